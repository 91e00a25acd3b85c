"""An algorithm box, as papers set one (Ioffe & Szegedy's batch normalization):
``\\mu_\\mathcal{B} \\leftarrow \\frac{1}{m} \\sum_{i=1}^{m} x_i \\qquad \\text{// mini-batch mean}``.

- A trailing ``\\text{// …}`` (or ``\\text{\\# …}``, ``\\triangleright …``) on a row is a code comment, not math.
- ``A \\leftarrow B`` (or ``\\gets``) on a display of one row is the definition ``A := B`` when B does not use A's
  name and no display before assigns A; an update (``w \\leftarrow w - \\eta g``) or a second assignment is a step of
  the algorithm, neither a definition nor a claim, and is left unchecked, saying so. Below a second assignment of
  a name the page defines, a display using the name is refused (its value before, or after?); an updated name
  that nothing defines stays a free number, and a claim of it holds for every value the update gives it.
- A trailing ``\\equiv \\mathrm{BN}_{\\gamma,\\beta}(x_i)`` on such an assignment names the value by a function the
  page does not define: it is not read (the report says so); the assignment still defines its name.
- A calligraphic subscript on a letter the page writes with no other subscript (``\\mu_\\mathcal{B}``) is no index:
  it labels the name, read as ``\\mu_{\\text{B}}``; so does a plain capital the page writes nowhere else (``\\mu_B``,
  ``derive.read.capital_labels``). A labelled name written only squared and defined so (``\\sigma_\\mathcal{B}^2
  \\leftarrow …``, the batch's variance) is one name, read as ``\\sigma_{\\text{Bsq}}``: the page differentiates by
  it (``\\partial \\sigma_\\mathcal{B}^2``). Written alone too, σ_B reads two ways (the root of the variance, or a
  number of its own): each display writing it alone is refused, naming both.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from derive.read.capital_labels import LABELLED, label_of, plain_letters
from derive.read.find import Display, Found, Unchecked
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.iteration_updates import with_iteration_updates
from derive.read.names import GREEK

#: Spacing that may stand before a comment.
_SPACE = r"(?:\s|\\q?quad\b|\\[,;:! ]|\\hspace\s*\{[^{}]*\})*"
#: The end of a row: ``\\``, ``\end{…}``, a closing delimiter, or the end of the text.
_ROW_END = r"(?=\s*(?:\\\\|\\end\s*\{|\\\]|\$|\Z))"
#: A code comment closing a row: ``\qquad \text{// mini-batch mean}``, ``\text{\# normalize}``, ``\triangleright …``.
_COMMENT = re.compile(
    _SPACE + r"(?:\\(?:text|textrm|mbox|textit)\s*\{\s*(?://|\\#|#)[^{}]*\}"
    r"|\\triangleright\b(?:[^\\$]|\\(?:text|textrm|mbox|textit)\s*\{[^{}]*\}|\\[,;:! ])*)" + _ROW_END
)
#: Where a row starts (a display's start, ``\\``, ``\begin{aligned}``), and the relation after a defined head.
_ROW_START = r"(?:^|\\\\|\\begin\s*\{[A-Za-z*]+\})\s*"
_DEFINES = r"\s*&?\s*(?:\\leftarrow|\\gets|:=|=)"
#: ``\leftarrow`` or ``\gets``, an assignment's arrow.
_ARROW = re.compile(r"\\(?:leftarrow|gets)(?![A-Za-z])")
#: A labelled function naming the assigned value, closing the row: ``\equiv \mathrm{BN}_{\gamma,\beta}(x_i)``.
_NAMED_BY = re.compile(
    r"\\equiv\s*\\(?:mathrm|operatorname|text)\s*\{\s*[A-Za-z]+\s*\}\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))?"
    r"\s*(?:\\left\s*)?\((?:[^()]|\([^()]*\))*(?:\\right\s*)?\)\s*[.,]?" + _ROW_END
)
#: The name at a row's start, before its arrow: a letter or command, with an accent's group, and its scripts.
_ACCENTS = r"hat|widehat|tilde|widetilde|bar|overline|mathbf|boldsymbol"
_FONT = re.compile(r"\\(?:mathbf|boldsymbol)\s*\{\s*(\\?[A-Za-z]+)\s*\}")
_BASE = re.compile(
    rf"\s*((?:\\(?:{_ACCENTS})\s*\{{[^{{}}]*\}}|\\[A-Za-z]+|[A-Za-z])(?:\s*_\s*\{{\\text\{{[A-Za-z]+\}}\}})?)"
)  # its upright label kept: \sigma_{\text{B}} is no \sigma_{\text{Bsq}}


def _blank(text: str) -> str:
    """``text`` with every character but line breaks a space: what is not read, its lines kept."""
    return "".join(c if c == "\n" else " " for c in text)


def _upright(base: str) -> re.Pattern[str]:
    """``base`` with an upright label, as derive's messages spell a labelled name: ``\\mu_{\\text{B}}``."""
    return re.compile(rf"(?<![A-Za-z\\]){re.escape(base)}\s*(?:\^\s*(?:2|\{{\s*2\s*\}})\s*)?_\s*\{{\s*\\text\s*\{{")


def _labels(texts: list[str], plain: frozenset[str]) -> dict[tuple[str, str], str]:
    """Each (base, label) written with a calligraphic subscript (or a ``plain`` capital one, ``capital_labels``),
    where the base is a name (a letter, a Greek letter) never written with another subscript: its name spelled
    upright, ``\\mu_{\\text{B}}``."""
    found: dict[tuple[str, str], str] = {}
    for text in texts:
        for match in LABELLED.finditer(text):
            base, label = match.group("base"), label_of(match, plain)
            if label is None or (base.startswith("\\") and base[1:] not in GREEK):
                continue  # \sum_\mathcal{B}: a sum over the set, no name
            found[(base, label)] = ""
    kept: dict[tuple[str, str], str] = {}
    for base, label in found:
        other = re.compile(rf"(?<![A-Za-z\\]){re.escape(base)}(?![A-Za-z])\s*(?:\^\s*(?:\{{[^{{}}]*\}}|\S)\s*)?_")
        subscripts = sum(len(other.findall(text)) for text in texts)
        written = sum(1 for t in texts for m in LABELLED.finditer(t) if m.group("base") == base and label_of(m, plain))
        written += sum(len(_upright(base).findall(text)) for text in texts)  # \mu_{\text{B}}: …, a front matter's
        if subscripts == written:
            kept[(base, label)] = f"{base}_{{\\text{{{label}}}}}"
    return kept


def _relabelled(text: str, labels: dict[tuple[str, str], str], plain: frozenset[str]) -> str:
    def swap(match: re.Match[str]) -> str:
        name = labels.get((match.group("base"), label_of(match, plain) or ""))
        return match.group(0) if name is None else name + ("^2" if match.group("sup") else "")

    return LABELLED.sub(swap, text)


def _written(name: str, plain: frozenset[str]) -> str:
    """A labelled name as the page writes it: ``\\mu_{\\text{B}}`` is ``\\mu_\\mathcal{B}``, or ``\\mu_B``."""
    if name[-3] in plain:
        return name.replace("{\\text{", "")[:-2]
    return name.replace("{\\text{", "\\mathcal{")[:-1]


def _squared(name: str) -> re.Pattern[str]:
    """``name^2`` (``^{2}``): the labelled name written squared."""
    return re.compile(re.escape(name) + r"\s*\^\s*(?:2|\{\s*2\s*\})(?![0-9])")


def _variances(texts: list[str], keys: list[str], labels: dict[tuple[str, str], str]) -> dict[str, str]:
    """Each labelled name written squared whose square a display (or a front matter's key) defines: its one name."""
    kept: dict[str, str] = {}
    for (base, label), name in labels.items():
        squared = _squared(name)
        head = re.compile(_ROW_START + squared.pattern + _DEFINES)
        if any(head.search(text) for text in texts) or any(squared.fullmatch(key.strip()) for key in keys):
            kept[name] = f"{base}_{{\\text{{{label}sq}}}}"
    return kept


def _top_level_equals(text: str) -> bool:
    """Whether ``text`` holds '=' outside every group (``\\sum_{i=1}`` holds none)."""
    level = 0
    for char in text:
        level += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(char, 0)
        if char == "=" and level <= 0:
            return True
    return False


def _base(head: str) -> str:
    """The name an assignment's head writes, without its scripts: ``\\widehat{x}`` for ``\\widehat{x}_i``."""
    match = _BASE.match(head)
    base = match.group(1) if match is not None else head.strip()
    font = _FONT.fullmatch(base)
    return font.group(1) if font is not None else base


def _uses(base: str, text: str) -> bool:
    """Whether ``text`` writes the name ``base`` (perhaps inside an accent: ``\\hat{w}`` uses w, conservatively)."""
    pattern = re.escape(base) + (r"(?![A-Za-z])" if base[-1].isalpha() and base.startswith("\\") else "")
    return re.search(rf"(?<![A-Za-z\\]){pattern}", text) is not None


def _front_texts(front: FrontMatter) -> list[str]:
    """Every name and formula the front matter writes."""
    entries = [*front.vectors, *front.indices, *front.scalars, *front.assume, *front.arrays, *front.functions]
    entries += [part for pair in (*front.define, *front.network) for part in pair]
    return [entry.text for entry in entries] + [entry.text for entry, _ in (*front.sizes, *front.shapes)]


def _labelled(text: str, plain: frozenset[str]) -> bool:
    """Whether ``text`` writes a name with a label (calligraphic, or one of the ``plain`` capitals)."""
    return any(label_of(match, plain) for match in LABELLED.finditer(text))


def _only_labelled(base: str, texts: list[str], plain: frozenset[str]) -> bool:
    """Whether every ``base`` the texts write carries a label (``\\mu_\\mathcal{B}: …``)."""
    pattern = re.compile(rf"(?<![A-Za-z\\]){re.escape(base)}" + (r"(?![A-Za-z])" if base.startswith("\\") else ""))
    labelled = sum(1 for t in texts for m in LABELLED.finditer(t) if m.group("base") == base and label_of(m, plain))
    labelled += sum(len(_upright(base).findall(text)) for text in texts)  # \mu_{\text{B}}: …, as messages write it
    return labelled == sum(len(pattern.findall(text)) for text in texts)


def _renamed_front(front: FrontMatter, renamed: Callable[[str], str]) -> FrontMatter:
    """The front matter with each name, key and formula written as the page's are read."""

    def one(entry: Entry) -> Entry:
        return dataclasses.replace(entry, text=renamed(entry.text))

    return dataclasses.replace(
        front,
        scalars=tuple(map(one, front.scalars)),
        assume=tuple(map(one, front.assume)),
        define=tuple((one(key), one(body)) for key, body in front.define),
    )


def with_algorithm_boxes(found: Found, front: FrontMatter, page: str = "") -> tuple[FrontMatter, Found]:
    """``found`` with an algorithm box's rows read as the module says: comments blanked, assignments made
    definitions (``:=``), calligraphic labels made names; updates and reassignments left unchecked. A letter the
    front matter writes otherwise than with the label keeps the front matter's reading: it is never relabelled.
    ``page``, the page's text: a plain capital that labels a name stands nowhere else in it, prose included."""
    found = with_iteration_updates(found)  # w^{(l+1)} = w^{(l)} - h ∇E(w^{(l)}): an update too
    texts = [d.text for d in (*found.displays, *found.inline)]
    declared = _front_texts(front)
    plain = plain_letters([page or "\n".join(texts), *declared], GREEK, frozenset({front.length}))  # \mu_B
    if not any(_ARROW.search(t) or _COMMENT.search(t) or _labelled(t, plain) for t in texts):
        return front, found
    labels = {
        key: name
        for key, name in _labels(texts + declared, plain).items()
        if _only_labelled(key[0], declared, plain) and not any(_upright(key[0]).search(t) for t in texts)
    }  # \mu_{\text{B}} beside \mu_\mathcal{B} on the page: perhaps two names, left as they are
    relabelled = [_relabelled(t, labels, plain) for t in texts]
    keys = [_relabelled(key.text, labels, plain) for key, _ in front.define]
    variances = _variances(relabelled, keys, labels)

    def renamed(text: str) -> str:
        text = _relabelled(text, labels, plain)
        for name, one in variances.items():
            text = _squared(name).sub(one.replace("\\", "\\\\"), text)
        return text

    defined_names = {_base(renamed(key.text)) for key, _ in front.define}
    declared_names = {_base(e.text) for e in (*front.scalars, *front.vectors, *front.arrays, *front.indices)}
    readings: list[str] = []
    unchecked: list[Unchecked] = []
    assigned: dict[str, int] = {}  # each name an assignment defines, and its line
    changed: dict[str, int] = {}  # each name assigned again or updated, and the line of that
    alone = {name: re.compile(re.escape(name) + r"(?!\s*\^\s*(?:2|\{\s*2\s*\})(?![0-9]))") for name in variances}
    root = {name: re.compile(_ROW_START + re.escape(name) + _DEFINES) for name in variances}
    alone = {  # σ_B alone where the page or the front matter defines it (σ_B = \sqrt{σ_B^2}): that definition
        name: pattern
        for name, pattern in alone.items()
        if not any(root[name].search(t) for t in relabelled) and not any(root[name].fullmatch(k + "=") for k in keys)
    }

    def read(display: Display, is_display: bool) -> Display | None:
        text = _COMMENT.sub(lambda m: _blank(m.group(0)), display.text)
        text = _relabelled(text, labels, plain)
        for name, one in variances.items():
            if is_display and name in alone and alone[name].search(text):
                written = _written(name, plain)
                unchecked.append(Unchecked(display.line, (
                    f"unreadable: {written} alone, beside the defined {written}^2, can be read two ways: the root "
                    f"of that variance, \\sqrt{{{written}^2}}, or a number of its own: write {written}^2, or define "
                    f"{written}"), "=" in text))  # fmt: skip
                return None
            text = _squared(name).sub(one.replace("\\", "\\\\"), text)
        stale = next(((base, line) for base, line in changed.items() if _uses(base, text)), None)
        if is_display and stale is not None:
            unchecked.append(Unchecked(display.line, (
                f"unreadable: {stale[0]} is assigned again at line {stale[1]} (an update), so {stale[0]} here can be "
                "read two ways: its value before that line, or after"), "=" in text))  # fmt: skip
            return None
        arrows = list(_ARROW.finditer(text))
        if not is_display or not arrows:
            return dataclasses.replace(display, text=text)
        if "\\\\" in text or "&" in text or len(arrows) > 1 or _top_level_equals(text):
            return dataclasses.replace(display, text=text)
        named = _NAMED_BY.search(text)
        if named is not None:
            shown = " ".join(named.group(0).split())
            readings.append(f"line {display.line}: {shown} names the assigned value by a function the page does "
                            "not define: not read")  # fmt: skip
            text = text[: named.start()] + _blank(named.group(0)) + text[named.end() :]
        arrow = arrows[0]
        head, body = text[: arrow.start()], text[arrow.end() :]
        base = _base(head)
        if not base:  # "\leftarrow 3": no name to assign
            return dataclasses.replace(display, text=text)
        if _uses(base, body) or base in assigned:
            why = "uses its own name" if base not in assigned else f"assigns a name assigned at line {assigned[base]}"
            if base in assigned:  # a free name updated stays free (a claim of it holds for every value it takes)
                changed[base] = display.line
            unchecked.append(Unchecked(display.line, (
                f"an update ({' '.join(head.split())} \\leftarrow …), a step of the algorithm that {why}: neither a "
                "definition nor a claim, so not checked"), equality=False))  # fmt: skip
            return None
        assigned[base] = display.line
        if base in declared_names:
            unchecked.append(Unchecked(display.line, (
                f"assigns {' '.join(head.split())}, which the front matter declares: a step of the algorithm giving it "
                "a value, not checked"), equality=False))  # fmt: skip
            return None
        relation = "=" if base in defined_names else ":="  # the front matter's definition: the assignment must agree
        return dataclasses.replace(display, text=f"{head}{relation.ljust(arrow.end() - arrow.start())}{body}")

    displays = [read(d, True) for d in found.displays]
    inline = [read(d, False) for d in found.inline]
    every = (*found.displays, *found.inline)
    for (base, label), name in sorted(labels.items()):
        first = min((d.line for d in every if name in _relabelled(d.text, labels, plain)), default=1)
        shown = label if label in plain else f"\\mathcal{{{label}}}"
        if name in variances:
            readings.append(f"line {first}: {_written(name, plain)}^2: one name, the variance the page defines "
                            f"({base} takes no other subscript), read as {variances[name]}")  # fmt: skip
        else:
            readings.append(f"line {first}: {_written(name, plain)}: a name labelled {shown} ({base} takes no "
                            f"other subscript), read as {name}")  # fmt: skip
    return _renamed_front(front, renamed), dataclasses.replace(
        found,
        displays=tuple(d for d in displays if d is not None),
        inline=tuple(d for d in inline if d is not None),
        unchecked=(*found.unchecked, *unchecked),
        readings=(*found.readings, *sorted(readings, key=lambda said: int(said.split(":")[0].split()[-1]))),
    )
