"""How many training examples a page's sums over an example's letter run over (``derive.read.examples``), and where
they start: ``\\sum_{i=1}^m`` and Ng's ``\\sum_{i=0}^{m-1}`` both count m; a page that writes both is refused."""

from __future__ import annotations

from derive.read.latex_lexer import Token


def sum_counts(tokens: list[Token], labels: set[str], starts: set[int]) -> set[str]:
    """The upper bounds of the sums over an example's letter: ``\\sum_{i=1}^m``, ``\\sum_{i=1}^{m}``, and Ng's
    ``\\sum_{i=0}^{m-1}`` (m examples counted from 0, the page's entry 0 read as entry 1); each sum's start (0 or 1)
    added to ``starts``."""
    found = set()
    for at, token in enumerate(tokens):
        if token.kind != "command" or token.value != "sum":
            continue
        kinds = [t.kind for t in tokens[at + 1 : at + 13]]
        values = [t.value for t in tokens[at + 1 : at + 13]]
        if kinds[:6] != ["_", "{", "letter", "=", "number", "}"] or values[2] not in labels:
            continue
        if values[4] == "0" and kinds[6:12] == ["^", "{", "letter", "-", "number", "}"] and values[10] == "1":
            found.add(values[8])  # \sum_{i=0}^{m-1}
            starts.add(0)
        if values[4] != "1":
            continue
        if kinds[6:7] == ["^"] and len(kinds) > 7 and kinds[7] == "letter":
            found.add(values[7])
            starts.add(1)
        elif kinds[6:8] == ["^", "{"] and [t.kind for t in tokens[at + 9 : at + 11]] == ["letter", "}"]:
            found.add(tokens[at + 9].value)
            starts.add(1)
    return found


__all__ = ["sum_counts"]
