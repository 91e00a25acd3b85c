"""``\\frac{\\partial \\ell}{\\partial D_{ab}}``: a loss differentiated by an entry of an array the page defines by its
entries. D_{ab} there is the variable of backpropagation's upstream gradient (``derive.read.upstream_arrays``), not a
formula to differentiate by: it is left as written, where every other D_{ab} is written out by its definition."""

from __future__ import annotations

from derive.read.latex_lexer import Token

#: Fonts a loss's letter is written in: \mathcal{L}.
_FONTS = frozenset({"mathcal", "mathscr", "mathrm", "mathit"})


def loss_by_entry(tokens: list[Token], at: int, end: int) -> bool:
    """Whether ``tokens[at:end]`` (D_{ab}) is the whole denominator of ``\\frac{\\partial ℓ}{\\partial D_{ab}}``, ℓ one
    letter or command (\\ell, \\mathcal{L})."""
    if at < 4 or end >= len(tokens) or tokens[end].kind != "}" or tokens[at].kind not in ("letter", "command"):
        return False
    if tokens[at - 1].value != "partial" or tokens[at - 2].kind != "{" or tokens[at - 3].kind != "}":
        return False
    close, depth, opened = at - 3, 0, 0
    for opened in range(close - 1, 0, -1):  # the "{" that ``close`` closes
        depth += {"}": 1, "{": -1}.get(tokens[opened].kind, 0)
        if depth < 0:
            break
    if depth >= 0:
        return False
    if tokens[opened - 1].kind != "command" or tokens[opened - 1].value not in ("frac", "dfrac", "tfrac"):
        return False
    top = tokens[opened + 1 : close]
    if not top or top[0].value != "partial":
        return False
    name = top[1:]
    if len(name) == 1:
        return name[0].kind in ("letter", "command") and name[0].value != "partial"
    return [t.kind for t in name] == ["command", "{", "letter", "}"] and name[0].value in _FONTS
