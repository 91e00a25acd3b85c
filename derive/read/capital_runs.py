"""Runs of capital letters written together (FL, CE, MSE, BCE, NLL, KL), and words with a capital (Loss, Delta,
Out, a Q&A's names): one name, or a product of letters?

A run none of whose letters the page declares, defines or uses on its own is one name (the focal loss FL), as a
defined word is (``derive.read.names.merge_words``), and the report says so. A run whose letters are all names
of the page (W X, both matrices) is their product, as before. A run with some letters names of the page and some
not (F alone, L defined), or with a script on its last letter (AB^T: (AB)ᵀ or A Bᵀ?), reads two ways, and a
display that writes it is refused, naming both."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.definition_heads import definition_head
from derive.read.find import Found
from derive.read.frontmatter import FrontMatter
from derive.read.inference import declared_name
from derive.read.latex_lexer import Token, tokenize
from derive.read.typed_greek import NAMES as GREEK_NAMES
from derive.read.typed_greek import two_readings
from derive.read.unit_labels import WORDS, labelled_words

#: Commands whose braced argument is a word or a label, not letters to multiply: \text{CE}, \mathrm{KL}.
_WORDY = frozenset({"text", "mathrm", "operatorname", "textrm", "textit", "mathit", "mathsf", "mbox", "label", "tag"})


@dataclass(frozen=True)
class CapitalRuns:
    """The runs read as one name each, and those that read two ways."""

    words: frozenset[str] = frozenset()
    twofold: frozenset[str] = frozenset()

    def describe(self) -> str:
        """For the report: "FL one name (its letters are no names of the page)"."""
        shown = sorted(self.words - set(WORDS))  # net of net_{\\text{h1}}: said with its label
        return "; ".join(f"{word} one name (its letters are no names of the page)" for word in shown)


def _runs(tokens: list[Token]) -> tuple[list[str], set[str]]:
    """The runs of two or more capital letters written together outside scripts and words, or of a capital and two
    or more small letters (Loss; Wx is W times x), and every other letter the tokens use (alone or with a script)."""
    runs: list[str] = []
    others: set[str] = set()
    groups: list[bool] = []  # for each open group: whether its letters are a script or a word
    run: list[Token] = []

    def close(after: Token | None = None) -> None:
        if len(run) == 2 and run[1].value.islower():  # Wx: W times x, as every page writes a layer
            others.update(t.value for t in run)
        elif len(run) >= 2:  # AB^T, FL_i: a script on the last letter could be its own (A B^T): marked "+"
            scripted = after is not None and after.kind in ("_", "^", "'")
            runs.append("".join(t.value for t in run) + ("+" if scripted else ""))
        elif run:
            others.add(run[0].value)
        run.clear()

    for at, token in enumerate(tokens):
        before = tokens[at - 1] if at else None
        inside = bool(groups and groups[-1])
        capital = token.kind == "letter" and len(token.value) == 1 and token.value.isupper()
        scripted = before is not None and before.kind in ("_", "^")
        if capital and not inside and not scripted and (not run or (token.gap == "" and run[-1].value.isupper())):
            run.append(token)
            continue
        small = token.kind == "letter" and len(token.value) == 1 and token.value.islower() and token.gap == ""
        if small and not inside and run and (len(run) == 1 or not run[1].value.isupper()):  # Loss, Delta, Out
            run.append(token)
            continue
        close(token)
        if token.kind == "{":
            word = before is not None and before.kind == "command" and before.value in _WORDY
            groups.append(inside or word or bool(before and before.kind in ("_", "^")))
        elif token.kind == "}" and groups:
            groups.pop()
        elif token.kind == "letter":
            others.add(token.value)
    close()
    return runs, others


def _spaced(text: str, line: int) -> set[str]:
    try:
        return _spaced_runs(tokenize(text, line))
    except InputError:
        return set()


def _spaced_runs(tokens: list[Token]) -> set[str]:
    """The runs of letters written apart by white space only (``M S E``, ``L o s s``), which TeX sets as it sets
    ``MSE`` and ``Loss``: where the page writes such a run as one name too, the spaced one reads two ways (a probe
    proved ∂MSE/∂w two different things)."""
    runs: list[list[str]] = []
    for at, token in enumerate(tokens):
        letter = token.kind == "letter" and len(token.value) == 1
        if letter and runs and runs[-1] and token.gap == " " and tokens[at - 1].kind == "letter":
            runs[-1].append(token.value)
        else:
            runs.append([token.value] if letter else [])
    return {" ".join(run[a:b]) for run in runs for a in range(len(run)) for b in range(a + 2, len(run) + 1)}


def capital_runs(front: FrontMatter, found: Found) -> CapitalRuns:
    """The page's runs of capital letters, each one name or twofold (see the module)."""
    names = {declared_name(e.text) for e in (*front.vectors, *front.arrays, *front.scalars, *front.indices)}
    names |= {definition_head(key)[0] for key, _ in front.define} | {front.length}
    runs: set[str] = set()
    texts: Iterable[tuple[str, int]] = [(d.text, d.line) for d in (*found.displays, *found.inline)]
    texts = [*texts, *((value.text, value.line) for _, value in front.define)]
    for text, line in texts:
        try:
            found_runs, others = _runs(tokenize(text, line))
        except InputError:
            continue
        runs.update(found_runs)
        names |= others
    scripted = {run.rstrip("+") for run in runs if run.endswith("+")}
    runs = {run.rstrip("+") for run in runs}
    words = {run for run in runs - scripted if run not in names and not set(run) & names and run not in GREEK_NAMES}
    words |= labelled_words([text for text, _ in texts])  # net of net_{\\text{h1}}: one name (``unit_labels``)
    twofold = {run for run in runs - words if (run not in names and not set(run) <= names) or run in GREEK_NAMES}
    written = {run for run in (*runs, *names) if len(run) > 1 and run.isalpha()}  # MSE, Loss: one name each
    twofold |= {run for text, line in texts for run in _spaced(text, line) if run.replace(" ", "") in written}
    return CapitalRuns(frozenset(words), frozenset(twofold))


def refuse_twofold(tokens: list[Token], twofold: frozenset[str]) -> None:
    """A run of capital letters that reads two ways (some of its letters names of the page, some not), or a run of
    letters written apart by spaces that TeX sets as a name of the page (``M S E`` beside ``MSE``)."""
    if not twofold:
        return
    for spaced in sorted(_spaced_runs(tokens) & twofold):
        joined = spaced.replace(" ", "")
        raise InputError(
            f"line {tokens[0].line}: {spaced} can be read two ways: the name {joined}, as TeX sets it (it "
            f"drops the spaces), or the product {' · '.join(spaced.split())}: write {joined} or \\cdot"
        )
    for run in (written.rstrip("+") for written in _runs(tokens)[0]):
        if run in twofold and run in GREEK_NAMES:
            raise InputError(f"line {tokens[0].line}: {two_readings(run)}")
        if run in twofold:
            line = tokens[0].line
            raise InputError(
                f"line {line}: {run} can be read two ways: one name {run}, or the product {' '.join(run)} (a script "
                f"on its last letter, or letters the page uses on their own): define {run}, or write the product "
                "with \\cdot"
            )
