"""A layer's array written without its label in a section about that layer alone: R-01's "Derivative 1" is about
W^{(2)} and writes its entries W_{i,j}, W_{0,0} (and ∇_W L), W^{(1)} standing only in "Derivative 3". Where the
section (the outermost heading below the page's top level that holds the display) writes one numbered label of W and
no other, the text outside every such section none either, the section never writes W alone, and the page never
equates a plain W, W_{i,j} can only be W^{(2)}_{i,j}; it is written so, before anything reads the page. Refused
before ("W with a subscript beside W^{(2)} can be read two ways", ``script_labels.refuse_unlabelled``), which still
holds wherever two labels are in scope. A subscript that is a number alone (W_1) is a layer's name: never touched."""

from __future__ import annotations

import re
from collections.abc import Sequence

from derive.errors import InputError
from derive.read.frontmatter import FrontMatter
from derive.read.label_transposes import with_label_transposes  # applied first, in document.py's one line
from derive.read.latex_lexer import Token, tokenize
from derive.read.page_headings import page_headings

#: Where a page writes math (as ``derive.read.likelihood_entries`` finds it), and code fences set apart.
_MATH = re.compile(
    r"\$\$.*?\$\$|(?<!\\)\$[^$\n]+\$|\\\[.*?\\\]|\\\(.*?\\\)|\\begin\{(\w+\*?)\}.*?\\end\{\1\}|^```+\s*math\b.*?^```+",
    re.S | re.M,
)
_CODE = re.compile(r"^(```+|~~~+)(?!\s*math\b).*?^\1", re.S | re.M)
_FONTS = frozenset({"mathbf", "boldsymbol", "bm", "mathit"})
#: A name the lexer made of a letter and its numbered label (``script_labels``, ``bold_labels``): W_2.
_MERGED = re.compile(r"([A-Za-z])_(\d+)")
_TEX_LEVELS = {"section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5}


def _level(lines: Sequence[str], line: int) -> int:
    """The level of the heading at 1-based ``line``: its #s, \\section's depth, a setext or an HTML heading's."""
    text = lines[line - 1]
    if (atx := re.match(r"\s{0,3}(#{1,6})\s", text)) is not None:
        return len(atx.group(1))
    if (tex := re.match(r"\s*\\(section|subsection|subsubsection|paragraph)\b", text)) is not None:
        return _TEX_LEVELS[tex.group(1)]
    if (html := re.match(r"\s*<h([1-6])", text, re.I)) is not None:
        return int(html.group(1))
    below = lines[line].strip() if line < len(lines) else ""
    return 1 if below.startswith("=") else 2


def _scopes(lines: Sequence[str], headings: Sequence[int]) -> list[tuple[int, int]]:
    """The sections [start, end) below the page's top heading level, each the outermost such one around its lines."""
    levels = {h: _level(lines, h) for h in headings}
    top = min(levels.values(), default=0)
    scopes: list[tuple[int, int]] = []
    for heading in headings:
        level = levels[heading]
        if level <= top or any(a <= heading < b for a, b in scopes):
            continue
        end = next((h for h in headings if h > heading and levels[h] <= level), len(lines) + 1)
        scopes.append((heading, end))
    return scopes


def _label(tokens: list[Token], at: int) -> str | None:
    """``^{(2)}`` or ``^{[2]}`` at ``at``: the label as written, else None."""
    run = tokens[at : at + 6]
    kinds = [t.kind for t in run]
    if len(run) < 6 or kinds[:2] != ["^", "{"] or kinds[5] != "}":
        return None
    if (kinds[2], kinds[4]) not in (("(", ")"), ("[", "]")):
        return None
    digits = run[3].value
    return f"^{{{run[2].value}{digits}{run[4].value}}}" if run[3].kind == "number" and digits.isdigit() else None


def _inner(math: str) -> str:
    """A span's math, its delimiters blanked (offsets kept)."""
    cut = 2 if math.startswith(("$$", "\\[", "\\(")) else 1 if math.startswith("$") else 0
    return " " * cut + math[cut : len(math) - cut] + " " * cut if cut else math


def _group_end(tokens: list[Token], at: int) -> int:
    """The end of the script argument at ``at`` (a group or one token)."""
    if at < len(tokens) and tokens[at].kind == "{":
        depth = 0
        for k in range(at, len(tokens)):
            depth += {"{": 1, "}": -1}.get(tokens[k].kind, 0)
            if depth == 0:
                return k + 1
        return len(tokens)
    return at + 1


class _Uses:
    """How one span writes one base letter: its labels, its entries without one, its bare and ∇ uses."""

    def __init__(self) -> None:
        self.labels: set[str] = set()
        self.entries: list[int] = []  # where to write the label (offsets in the span)
        self.nablas: list[tuple[int, int]] = []  # ∇_W: the span of W's argument, to write as {W^{(2)}}
        self.bare = False
        self.pairs = False  # written with two indices somewhere: an array, as ``refuse_unlabelled`` reads it
        self.equated = False


def _read(tokens: list[Token], uses: dict[str, _Uses], math: str) -> None:
    """Each one-letter name of ``tokens`` (the lexer's of ``math``), as ``_Uses`` records it."""
    for at, token in enumerate(tokens):
        merged = _MERGED.fullmatch(token.value) if token.kind == "letter" else None
        if merged is not None and "^" in math[token.start : token.end]:  # \mathbf{W}^{(2)}, W_{ij}^{(2)}: W_2
            uses.setdefault(merged.group(1), _Uses()).labels.add(f"^{{({merged.group(2)})}}")
            continue
        if token.kind != "letter" or len(token.value) != 1 or token.value == "e":
            continue
        use = uses.setdefault(token.value, _Uses())
        font = at >= 2 and tokens[at - 1].kind == "{" and tokens[at - 2].kind == "command"
        font = font and tokens[at - 2].value in _FONTS
        first = at - 2 if font else at
        after = at + 1
        inner = _label(tokens, after)
        if font and inner is None:
            after += 1 if after < len(tokens) and tokens[after].kind == "}" else 0
        elif font and inner is not None:
            use.labels.add(inner)
            continue
        before = tokens[first - 1] if first >= 1 else None
        if before is not None and before.kind in ("_", "^"):  # a script itself: ∇_W, or x_W
            nabla = before.kind == "_" and first >= 2 and tokens[first - 2].value == "nabla"
            if nabla and _label(tokens, after) is None:
                use.nablas.append((tokens[first].start, tokens[after - 1].end))
            elif _label(tokens, after) is not None:
                use.labels.add(_label(tokens, after) or "")
            else:
                use.bare = True
            continue
        label = _label(tokens, after)
        if label is not None:
            use.labels.add(label)
            continue
        if after < len(tokens) and tokens[after].kind == "_":
            end = _group_end(tokens, after + 1)
            label = _label(tokens, end)
            if label is not None:
                use.labels.add(label)
                continue
            script = [t for t in tokens[after + 1 : end] if t.kind not in ("{", "}")]
            if len(script) == 1 and script[0].kind == "number":  # W_1: a layer's own name
                continue
            pair = [t.kind for t in script] in (["letter", "letter"], ["number", "number"])
            use.pairs |= pair or any(t.kind == "," for t in script)  # W_{ij}, W_{0,0}: an array's entry
            use.entries.append(tokens[after - 1].end)
            use.equated |= end < len(tokens) and tokens[end].kind == "="
            continue
        use.bare = True
        use.equated |= after < len(tokens) and tokens[after].kind == "="


def _definition(tokens: list[Token], math: str) -> tuple[str, dict[str, _Uses], set[str]] | None:
    """A span that opens with a name and '=' (z^{(2)}_k = Σ_j W^{(2)}_{kj} h_j): the name's token ("z_2"), how its
    right side writes each letter, and the names it writes; else None."""
    equals = next((k for k, t in enumerate(tokens) if t.kind == "="), None)
    if equals is None or not tokens or tokens[0].kind != "letter":
        return None
    right: dict[str, _Uses] = {}
    _read(tokens[equals + 1 :], right, math)
    return tokens[0].value, right, {t.value for t in tokens[equals + 1 :] if t.kind == "letter"}


def _tied(definitions: Sequence[tuple[str, dict[str, _Uses], set[str]]], letter: str, label: str) -> set[str]:
    """The names whose definitions write ``letter`` with a label other than ``label``, or such a name (h = σ(z^{(1)})
    and z^{(1)} = W^{(1)} x): a section that writes one may mean that other layer's W."""
    tied: set[str] = set()
    grown = True
    while grown:
        grown = False
        for head, right, names in definitions:
            other = letter in right and bool(right[letter].labels - {label})
            if head not in tied and head != letter and (other or names & tied):
                tied.add(head)
                grown = True
    return tied


def _plain_body(definitions: Sequence[tuple[str, dict[str, _Uses], set[str]]], letter: str, label: str) -> bool:
    """Whether a definition of a name other than that layer's (z_j, or z^{(1)}_j, not z^{(2)}) writes ``letter``'s
    entries without a label (z_j = Σ_i W_{ji} x_i beside y_k = Σ_j W^{(2)}_{kj} h_j): W may be an array of its own."""
    own = f"_{label.strip('^{}()[]')}"
    return any(letter in right and right[letter].entries and not head.endswith(own) for head, right, _ in definitions)


def _declared(front: FrontMatter | None) -> set[str]:
    """The letters the front matter declares or defines a plain name of (arrays: {W: [n, m]}): never relabelled."""
    from derive.read.inference import declared_name  # it reads the page's names, after this module

    if front is None:
        return set()
    entries = (*front.vectors, *front.arrays, *front.scalars, *front.indices, *(head for head, _ in front.define))
    return {name for entry in entries if len(name := declared_name(entry.text)) == 1}


def math_spans(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` writes math, code fences set apart: each span's start, end, and math, delimiters blanked."""
    plain = _CODE.sub(lambda m: " " * len(m.group(0)), text)
    return [(m.start(), m.end(), _inner(text[m.start() : m.end()])) for m in _MATH.finditer(plain)]


def with_labels(text: str, tex: bool = False, front: FrontMatter | None = None) -> tuple[str, str]:
    """``text`` with the labels it leaves out written (``with_section_labels``) and its layers' letters written as
    labels (``derive.read.layer_letters``), and a line for the report ("" for none)."""
    from derive.read.layer_letters import with_layer_letters  # it reads the spans this module finds

    text = with_section_labels(text, tex, front)
    return with_layer_letters(text, math_spans(text), front)


def with_section_labels(text: str, tex: bool = False, front: FrontMatter | None = None) -> str:
    """``text`` with each W_{i,j} of a section that writes W^{(2)} alone as its labelled W written W^{(2)}_{i,j}
    (none of a letter ``front`` declares)."""
    lines = text.split("\n")
    scopes = _scopes(lines, page_headings(text, tex))
    read: list[tuple[int, int, int, dict[str, _Uses]]] = []  # each span: start, end, its scope, its uses
    written: dict[int, set[str]] = {}  # each span's names, by its start
    definitions: list[tuple[str, dict[str, _Uses], set[str]]] = []
    unread_scopes: set[int] = set()
    for start, end, math in math_spans(text):
        line = text.count("\n", 0, start) + 1
        scope = next((k for k, (a, b) in enumerate(scopes) if a <= line < b), -1)
        uses: dict[str, _Uses] = {}
        try:
            tokens = tokenize(math)
            _read(tokens, uses, math)
            definitions += filter(None, [_definition(tokens, math)])
            written[start] = {t.value for t in tokens if t.kind == "letter"}
        except InputError:
            unread_scopes.add(scope)
            continue
        read.append((start, end, scope, uses))
    if -1 in unread_scopes:  # math outside every section that could not be read: its labels unknown
        return text
    edits: list[tuple[int, int, str]] = []
    letters = {letter for *_, uses in read for letter, use in uses.items() if use.entries} - _declared(front)
    for letter in sorted(letters):
        if any(uses[letter].equated for *_, uses in read if letter in uses):
            continue  # a plain W the page equates to something: an array of its own
        every = set().union(*(uses[letter].labels for *_, uses in read if letter in uses))
        outside = set().union(*(uses[letter].labels for _, _, scope, uses in read if scope == -1 and letter in uses))
        for scope in range(-1, len(scopes)):  # -1: the text outside every section, where the whole page is in scope
            here = [(start, uses[letter]) for start, _, s, uses in read if s == scope and letter in uses]
            labels = every if scope == -1 else outside.union(*(use.labels for _, use in here))
            if not any(use.pairs for _, use in here):
                continue  # z_i beside z^{(2)}: a vector's entries, which derive reads as z's (``label_twins``)
            if scope in unread_scopes or len(labels) != 1 or any(use.bare for _, use in here):
                continue
            (label,) = labels
            tied = _tied(definitions, letter, label)
            if any(written[start] & tied for start, _ in here) or _plain_body(definitions, letter, label):
                continue  # ∂z^{(1)}_j/∂W_{ji} in a section that writes W^{(2)} alone: z^{(1)} is made of W^{(1)}
            for start, use in here:
                edits += [(start + at, start + at, label) for at in use.entries]
                edits += [(start + a, start + b, f"{{{text[start + a : start + b]}{label}}}") for a, b in use.nablas]
    for a, b, new in sorted(edits, reverse=True):
        text = text[:a] + new + text[b:]
    return text


__all__ = ["math_spans", "with_label_transposes", "with_labels", "with_section_labels"]
