"""The identity matrix stated in the prose: "where $I_{kj}$ are the elements of the identity matrix" (Bishop),
"$I$ is the identity matrix", "$\\mathbf{I}$ denotes the identity matrix", "the identity matrix $I$". Each is read
as the front matter's ``define: I_{kj}: \\delta_{kj}`` (``derive.read.entry_definitions``), and the report says so."""

from __future__ import annotations

import re

from derive.read.entry_definitions import EntryDefinition
from derive.read.frontmatter import FrontMatter
from derive.read.latex_lexer import tokenize

#: The name in inline math: $I$, $\mathbf{I}$, \(I_{kj}\), $I_{k,j}$.
_NAME = (
    r"(?:\$|\\\()\s*(?:\\(?:mathbf|boldsymbol|bm|mathrm)\s*\{\s*)?(?P<name>[A-Z])\s*\}?"
    r"\s*(?:_\s*\{\s*(?P<first>[a-z])\s*,?\s*(?P<second>[a-z])\s*\})?\s*(?:\$|\\\))"
)
_IDENTITY = r"(?:the|an)\s+(?:\w+\s*[×x-]\s*\w+\s+)?identity\s+matrix"
_STATED = [
    re.compile(_NAME + r"\s+(?:are|is)\s+the\s+(?:elements|entries|components)\s+of\s+" + _IDENTITY, re.I),
    re.compile(_NAME + r"\s+(?:is|denotes|stands\s+for)\s+" + _IDENTITY, re.I),
    re.compile(_IDENTITY + r"\s*,?\s*" + _NAME, re.I),
]


def stated_identities(
    text: str, front: FrontMatter, entries: tuple[EntryDefinition, ...]
) -> tuple[EntryDefinition, ...]:
    """Each name the prose of ``text`` says is the identity matrix, as an entry definition I_{ab}: δ_{ab}; a name
    the front matter declares or defines is left as it says."""
    taken = {entry.name for entry in entries}
    taken |= {e.text.strip().lstrip("\\") for e in (*front.vectors, *front.arrays, *front.scalars)}
    taken |= {re.sub(r"[_({\\^ ].*", "", key.text.strip()) for key, _ in front.define}
    found: list[EntryDefinition] = []
    for number, line in enumerate(text.splitlines(), start=1):
        for pattern in _STATED:
            for match in pattern.finditer(line):
                name = match.group("name")
                if name in taken:
                    continue
                first, second = match.group("first") or "a", match.group("second") or "b"
                if first == second:
                    continue
                body = f"\\delta_{{{first}{second}}}"
                head = f"{name}_{{{first}{second}}}"
                said = f"{body}, the identity matrix, as the text says"
                found.append(EntryDefinition(name, (first, second), tuple(tokenize(body, number)), said, head, number))
                taken.add(name)
    return tuple(found)
