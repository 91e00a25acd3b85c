"""A subscript that may label a value rather than number an entry: the focal loss's ``p_t = \\sum_i y_i p_i``
beside ``p_i = …`` (p of the target class). Two definitions of p's entries conflict: p_t read as p's entry at an
index t contradicts p_i's definition, read as a value labelled t it is a name of its own. A page that writes p_t
so is refused where it uses p_t, naming both readings; ``p_{\\text{t}}`` is the label's name, read as written."""

from __future__ import annotations

import re
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.find import Found
from derive.read.frontmatter import FrontMatter
from derive.read.latex_lexer import Token

#: ``p_t = body``, ``p_{t} := body``, as an inline formula or a display of its own.
_HEAD = re.compile(
    r"^\s*(?P<name>\\?[A-Za-z]+)\s*_\s*(?:\{\s*(?P<a>[A-Za-z])\s*\}|(?P<b>[A-Za-z]))\s*:?=(?P<body>.*)$", re.S
)


@dataclass(frozen=True)
class EntryLabel:
    """``p_t`` defined (at ``line``) by p's entries at another index, while p's entries are defined at ``other``."""

    name: str
    letter: str
    line: int
    other: int

    def refusal(self, line: int) -> str:
        shown = f"{self.name}_{self.letter}"
        return (
            f"line {line}: {shown} can be read two ways: {self.name}'s entry at an index {self.letter} (as "
            f"{self.name}'s entries are defined at line {self.other}), or a value labelled {self.letter} (as {shown} "
            f"is defined at line {self.line}): write {self.name}_{{\\text{{{self.letter}}}}} for the label"
        )


#: The letter a sum binds, or a definition takes as its parameter: an index of the page, never a label.
_BOUND = re.compile(r"\\(?:sum|prod)\s*(?:\\limits\s*)?_\s*\{?\s*([A-Za-z])(?![A-Za-z])")
_PARAMETER = re.compile(r"_\s*\{?\s*([A-Za-z])\s*\}?\s*$")


def entry_labels(front: FrontMatter, found: Found) -> tuple[EntryLabel, ...]:
    """Each ``p_t = …`` written with p's entries at another index, on a page that also defines p's entries, t an
    index nowhere else (no sum binds it, no definition of the front matter takes it): z_o = Σ_j z_j w_jo, with o
    an index of the page, is a recursion, not a label."""
    texts = [d.text for d in (*found.displays, *found.inline)] + [value.text for _, value in front.define]
    indices = {letter for text in texts for letter in _BOUND.findall(text)}
    indices |= {match.group(1) for key, _ in front.define if (match := _PARAMETER.search(key.text))}
    heads: dict[str, list[tuple[str, int, str]]] = {}
    for display in (*found.displays, *found.inline):
        match = _HEAD.match(display.text.strip().strip("$").rstrip(".,; "))
        if match is not None:
            name = match.group("name").lstrip("\\")
            heads.setdefault(name, []).append((match.group("a") or match.group("b"), display.line, match.group("body")))
    found_labels = []
    for name, defined in heads.items():
        for letter, line, body in defined:
            used = set(re.findall(rf"(?<![A-Za-z\\]){re.escape(name)}\s*_\s*\{{?\s*([A-Za-z])\b", body)) - {letter}
            others = [at for other, at, _ in defined if other != letter]
            if used and others and letter not in indices:
                found_labels.append(EntryLabel(name, letter, line, others[0]))
    return tuple(found_labels)


def refuse_labels(tokens: list[Token], labels: tuple[EntryLabel, ...]) -> None:
    """Refuse ``p_t`` (``p_{t}``) where the page's definitions of p's entries conflict (see the module)."""
    for label in labels:
        for at in range(len(tokens) - 2):
            if (
                tokens[at].value != label.name
                or tokens[at].kind not in ("letter", "command")
                or tokens[at + 1].kind != "_"
            ):
                continue
            after = tokens[at + 2 : at + 5]
            if after[0].value == label.letter or [t.value for t in after] == ["{", label.letter, "}"]:
                raise InputError(label.refusal(tokens[at].line))
