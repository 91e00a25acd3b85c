"""Braces TeX does not show between a name and parentheses: ``LSE{(a + b)}``, ``f{}(x)``, ``\\sigma{(z)}``. TeX sets
each as the name applied, LSE(a + b); read as a group of their own, they hid the parentheses from the rules that
ask whether a name is applied, and LSE{(a + b)} = LSE{(a)} + LSE{(b)} was proven as products (probe s52's r2p)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from derive.read.latex_lexer import Token


def _partners(tokens: list[Token]) -> dict[int, int]:
    """Where each brace and parenthesis that opens closes (one pass: a hostile formula costs its length only)."""
    partners: dict[int, int] = {}
    open_at: dict[str, list[int]] = {"{": [], "(": []}
    for at, token in enumerate(tokens):
        if token.kind in open_at:
            open_at[token.kind].append(at)
        elif token.kind in ("}", ")"):
            stack = open_at["{" if token.kind == "}" else "("]
            if stack:
                partners[stack.pop()] = at
    return partners


#: The most tokens read so: past the parser's own limit, a formula is refused anyway (``latex_parser.MAX_TOKENS``).
_MOST = 5000
#: Commands of two arguments: a group after their first, one token unbraced, is their second (\\frac d{dx}).
_TWO_ARGUMENTS = frozenset({"frac", "dfrac", "tfrac", "cfrac", "binom", "stackrel", "overset", "underset"})
#: Commands whose braced argument is a name as TeX sets it: \mathit{f}, \operatorname{LSE}, \hat{f}.
_NAMING = frozenset(
    {"mathit", "mathrm", "mathbf", "mathsf", "mathcal", "operatorname", "text", "textrm", "textit", "boldsymbol", "bm",
     "hat", "widehat", "tilde", "widetilde", "bar", "overline", "vec", "dot", "ddot", "check"}
)  # fmt: skip


def _greek(token: Token) -> bool:
    from derive.read.names import GREEK  # it reads the lexer's tokens

    return token.kind == "command" and token.value in GREEK


def _opens_parentheses(tokens: list[Token], at: int) -> bool:
    """Whether what stands at ``at`` opens parentheses or another group: ``(``, ``\\left(``, ``{``."""
    return at < len(tokens) and (
        tokens[at].kind in ("(", "{") or (tokens[at].kind, tokens[at].value) == ("command", "left")
    )


def _one_name(tokens: list[Token], first: int, end: int, partners: dict[int, int]) -> bool:
    """Whether ``tokens[first:end]`` is one name: a letter, a word, a Greek letter, or a font or accent around one."""
    if end - first == 1:
        return tokens[first].kind == "letter" or _greek(tokens[first])
    if end > first and all(t.kind == "letter" for t in tokens[first:end]):  # {LSE}: one word, as TeX sets it
        return True
    named = tokens[first].kind == "command" and tokens[first].value in _NAMING and tokens[first + 1].kind == "{"
    return named and partners.get(first + 1) == end - 1


def unbraced(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the braces TeX does not show between a name and parentheses (see the module): an empty
    group (``f{}(x)``, ``f{{}}(x)``), braces around the name (``{f}(x)``, ``{\\hat{f}}(x)``) or around the
    parentheses (``f{(x)}``, after ``\\mathit{f}`` too)."""
    if len(tokens) > _MOST or not any(t.kind == "{" for t in tokens):
        return tokens  # a formula this long is refused by the parser, unread
    partners = _partners(tokens)
    opened = {end: start for start, end in partners.items()}
    kept: list[Token] = []
    named: list[bool] = []  # for each kept token: whether it ends a name parentheses may apply
    at = 0
    while at < len(tokens):
        token, end = tokens[at], partners.get(at)
        before = named[-1] if named else False
        if token.kind == "{" and end is not None:
            inside = tokens[at + 1 : end]
            if before and all(t.kind in "{}" for t in inside) and _opens_parentheses(tokens, end + 1):  # f{}{}(x)
                at = end + 1
                continue
            argument = bool(kept) and (  # after a group, another may be an argument: \\frac{d}{dx}(x)
                kept[-1].kind in ("^", "_", "}") or (kept[-1].kind == "command" and not _greek(kept[-1]))
            )
            argument = argument or (at >= 2 and tokens[at - 2].value in _TWO_ARGUMENTS)  # \\frac d{dx}(m x)
            if not argument and _one_name(tokens, at + 1, end, partners) and _opens_parentheses(tokens, end + 1):
                tokens = [*tokens[:at], *inside, *tokens[end + 1 :]]  # {f}(x): f(x), read again from f
                partners, opened = _partners(tokens), {}
                opened = {e: s for s, e in partners.items()}
                continue
            first = at + 2 if (tokens[at + 1].kind, tokens[at + 1].value) == ("command", "left") else at + 1
            if before and partners.get(first) == end - 1:  # f{(a + b)}: its parentheses, as TeX shows them
                tokens = [*tokens[:at], *inside, *tokens[end + 1 :]]
                partners = _partners(tokens)
                opened = {e: s for s, e in partners.items()}
                continue
        kept.append(token)
        closes_name = token.kind == "}" and at in opened and opened[at] > 0 and tokens[opened[at] - 1].value in _NAMING
        named.append(token.kind in ("letter", "'") or _greek(token) or closes_name)
        at += 1
    return kept


__all__ = ["unbraced"]
