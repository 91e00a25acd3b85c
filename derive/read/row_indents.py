"""A row indented below a row aligned at its relation (``a &= b \\\\ &\\quad (x + 1) = c``) that opens with no sign
and holds '=': TeX's indentation says the expression above goes on, multiplied by what the row opens with, while its
own '=' makes it an equation of its own. Read as the second, (x + 1)² = x² + 2x + 1, (x + 1) = x + 1 was proven, and
read so a true product carried onto the row was refuted (probe s53's s08, s09, s01): it is refused, naming both.
So is a row that opens with a sign and holds '=' (``flush_left_sign``)."""

from __future__ import annotations

from derive.read.latex_lexer import WIDE_GAPS, Token


def indented_equation(cells: list[Token], left: list[Token] | None, at_relation: bool, how: str, sides: int) -> str:
    """Why the row ``cells`` (its left cell ``left``, its ``sides`` at top level '=') reads two ways, or ""."""
    if how != "new" or left != [] or not at_relation or sides < 2 or cells[0].gap not in WIDE_GAPS:
        return ""
    return (
        f"line {cells[0].line}: a row indented below a row aligned at its relation, opening with "
        f"'{cells[0].describe()}' and holding '=', reads two ways: the expression above going on, multiplied by what "
        "the row opens with, or an equation of its own; write the product on one row (or start the row with \\cdot), "
        "or give the equation a row of its own, not indented"
    )


def flush_left_sign(cells: list[Token]) -> str:
    """Why an aligned row that opens with a sign and holds '=' is refused, unless it is indented below a row aligned
    at its relation: it reads two ways (c14: &(x − 1)^2 = x^2 + 1 \\\\ &−2x = … had been glued into one false
    chain and proven; so had the same below &= x^2 + 1, and a row that ends with its mark, −2x = … &)."""
    sign = cells[1 if cells[0].kind == "{" else 0].describe()  # \underbrace{-2x}: −
    return (
        f"line {cells[0].line}: an aligned row that starts with '{sign}' and holds '=' reads two ways: the "
        f"expression above going on ('{sign}' continuing its right side) or an equation of its own (its left side "
        f"starting with '{sign}'); for a row that goes on, align the rows at the relation (a &= b \\\\ &\\quad "
        f"{sign} c), and put an equation's own left side in braces (&{{{sign}…}} = …)"
    )


__all__ = ["flush_left_sign", "indented_equation"]
