"""A base's two scripts in either order, as TeX takes them: ``\\sigma^2_B`` typesets as ``\\sigma_B^2`` does (batch
norm's variance), and ``\\Sigma^m_{i=1}`` as ``\\Sigma_{i=1}^m``, a sum with its limits. Both were refused as a script
after a superscript; the rendered page shows one thing, so they are written in the one order the reader reads.

Only where the source cannot mean anything else: the superscript a plain number (``^2``, ``^{2}``: a digit has no
subscript of its own to take) on one name (a letter, a Greek letter, an accented letter). ``e^z_1`` stays refused (the
page may mean e^{z_1}), as does a script after a group (``(x)^2_i``, ``{z}^2_2``: the group's entry, or its square?)."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.cursor import argument_end
from derive.read.latex_lexer import Token

#: Commands that make a name of the one letter in their group: ``\\hat{x}^2_i`` is ``\\hat{x}_i^2``.
_NAMING = frozenset({"hat", "widehat", "tilde", "widetilde", "bar", "overline", "vec", "dot", "mathbf", "boldsymbol",
                     "bm", "mathcal"})  # fmt: skip
#: Commands that take the token after them as an argument: ``\\sqrt x^2_i`` scripts the root, not x.
_TAKING = _NAMING | {"sqrt", "frac", "dfrac", "tfrac", "text", "mathrm", "operatorname", "mathit", "mathsf", "mathbb"}


def _base_end(tokens: list[Token], at: int) -> int | None:
    """The end of one name starting at ``at`` (a letter, a Greek letter, ``\\hat{x}``), or None."""
    from derive.read.names import GREEK  # names imports the lexer, which imports this module

    token, before = tokens[at], tokens[at - 1] if at else None
    if before is not None and (before.kind in ("^", "_") or (before.kind == "command" and before.value in _TAKING)):
        return None  # a script's own argument, or a command's
    if token.kind == "letter" and len(token.value) == 1:
        return at + 1
    if token.kind == "command" and token.value in GREEK:
        return at + 1
    inner = tokens[at + 1 : at + 4]
    if token.kind != "command" or token.value not in _NAMING or [t.kind for t in inner][::2] != ["{", "}"]:
        return None
    letter = inner[1].kind == "letter" and len(inner[1].value) == 1
    return at + 4 if letter or (inner[1].kind == "command" and inner[1].value in GREEK) else None


def _number_end(tokens: list[Token], at: int) -> int | None:
    """The end of a superscript at ``at`` that is a plain number (``2``, ``{2}``, ``{10}``), or None."""
    if at < len(tokens) and tokens[at].kind == "number" and len(tokens[at].value) == 1:
        return at + 1
    group = tokens[at : at + 3]
    if [t.kind for t in group] == ["{", "number", "}"] and group[1].value.isdigit():
        return at + 3
    return None


def subscripts_first(tokens: list[Token]) -> list[Token]:
    """The tokens with each name's plain-number superscript written after its subscript (``x^2_i``: ``x_i^2``)."""
    out = list(tokens)
    at = 0
    while at < len(out) - 4:
        base = _base_end(out, at)
        if base is None or out[base].kind != "^":
            at += 1
            continue
        upper = _number_end(out, base + 1)
        below = upper is not None and upper < len(out) and out[upper].kind == "_"
        lower = argument_end(out, upper + 1) if below and upper is not None else None
        if upper is not None and lower is not None and not (lower < len(out) and out[lower].kind in ("^", "_")):
            moved = [*out[upper:lower], *out[base:upper]]
            last = moved[-1]  # spanning the whole, so that a side's text ends where the page's does
            moved[-1] = Token(last.kind, last.value, last.line, last.start, out[lower - 1].end, last.gap, last.origin)
            out[base:lower] = moved
        at = base
    return out


def limits_written_below(tokens: list[Token], at: int, upper_end: int) -> bool:
    """Whether ``\\Sigma`` at ``at``, its upper limit ending at ``upper_end``, has a lower limit that sets its index
    (``\\Sigma^m_{i=1}``): the sum sign, as ``\\sum^m_{i=1}`` is, never a name Σ with scripts."""
    if tokens[at].value != "Sigma" or upper_end + 1 >= len(tokens) or tokens[upper_end + 1].kind != "{":
        return False
    end = argument_end(tokens, upper_end + 1) or upper_end + 1
    return any(t.kind == "=" for t in tokens[upper_end + 2 : end - 1])


def refuse_layer_first(tokens: list[Token], at: int, shown: str, layered: bool) -> None:
    """Refuse ``a^2_j`` (the number's ``^`` at ``at``, read after the subscript it was written before) where the page
    labels the name's layers (``a^l_j``, ``a^{(1)}_j``), as Nielsen writes ``w^3_{24}``: layer 2's a_j, or a_j
    squared? Both named. ``a_j^2``, written in that order, is the square, as elsewhere."""
    if not layered or at >= len(tokens) or tokens[at].kind != "^":
        return
    below = next((k for k in range(at - 1, -1, -1) if tokens[k].kind == "_"), None)
    if below is None or not tokens[at].start < tokens[below].start:
        return
    number = _number_end(tokens, at + 1)
    if number is None:
        return
    power = "".join(t.value for t in tokens[at + 1 : number] if t.kind == "number")
    raise InputError(
        f"line {tokens[at].line}: the superscript {power} written before the subscript of {shown}, on a page that "
        f"labels its layers, can be read two ways: layer {power}'s {shown} (write it with the page's label, "
        f"^{{({power})}}), or {shown} to the power {power} (write {shown}^{power}, the subscript first)"
    )


__all__ = ["limits_written_below", "refuse_layer_first", "subscripts_first"]
