"""``x[j]``, ``x[class]`` as code and PyTorch's documentation index a vector: right after a name (or a function's
closing parenthesis, ``\\text{softmax}(x)[i]``, which had been read as softmax(x) times i and refuted), with nothing
between, brackets holding only letters, digits and commas read two ways, the entry (x_j) or a product by a bracketed
group (x·[j]); refused naming both, where reading the product had proven ``\\sum_j x[j] = x \\sum_j j``."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.glued_groups import refuse_glued
from derive.read.latex_lexer import Token
from derive.read.names import GREEK

_ITEMS = frozenset({"letter", "number", ","})


def _applied(tokens: list[Token], close: int) -> bool:
    """Whether the ``)`` at ``close`` ends a function's arguments: its ``(`` stands right after a name, a command or
    a group (``f(x)``, ``\\sigma(z)``, ``\\text{softmax}(x)``), not after an operator ((a + b)[c] is a product)."""
    depth = 0
    for at in range(close, -1, -1):
        depth += {")": 1, "(": -1}.get(tokens[at].kind, 0)
        if depth == 0:
            before = tokens[at - 1] if at else None
            return before is not None and tokens[at].gap == "" and before.kind in ("letter", "command", "}")
    return False


def refuse_code_index(tokens: list[Token], at: int) -> None:
    """Refuse the ``[`` at ``at`` where it opens a code-style index of the name just before it, and the ``(`` of a
    lone number right after a name (``out_{o1}(0)``, ``L_{\\text{hard}}(1)``: at 0, or times 0?)."""
    _refuse_at_number(tokens, at)
    if at == 0 or at >= len(tokens) or tokens[at].kind != "[" or tokens[at].gap != "":
        return
    before = tokens[at - 1]
    applied = before.kind == ")" and _applied(tokens, at - 1)  # softmax(x)[i]: the entry i of its value, as NumPy
    if not (before.kind == "letter" or (before.kind == "command" and before.value in GREEK) or applied):
        return
    end = next((k for k in range(at + 1, len(tokens)) if tokens[k].kind == "]"), None)
    inside = tokens[at + 1 : end] if end is not None else []
    if not inside or any(t.kind not in _ITEMS for t in inside):
        return
    name, index = before.describe(), "".join(t.value for t in inside)
    if applied:
        raise InputError(
            f"line {tokens[at].line}: f(…)[{index}] can be read two ways: the entry {index} of the function's value, "
            f"as code indexes (write f(…)_{{{index}}}, as in \\operatorname{{softmax}}(x)_{{{index}}}), or the value "
            f"times the bracketed {index} (write f(…) \\cdot [{index}])"
        )
    if len(inside) > 1 and all(t.kind == "letter" for t in inside):  # x[class]: a word, or TeX's five letters
        product = "·".join(t.value for t in inside)
        raise InputError(
            f"line {tokens[at].line}: {name}[{index}] can be read two ways: the entry of {name} at an index named "
            f"{index}, as code indexes, or {name} times the bracketed product {product} (each letter a name, as TeX "
            f"sets it); derive's index names are one letter: write {name}_{{{inside[0].value}}} with {inside[0].value} "
            "the index"
        )
    raise InputError(
        f"line {tokens[at].line}: {name}[{index}] can be read two ways: the entry {index} of {name}, as code indexes "
        f"(write {name}_{{{index}}}), or {name} times the bracketed {index} (write {name} \\cdot [{index}])"
    )


def refuse_code_name(tokens: list[Token], at: int) -> None:
    """Refuse the number at ``at`` right after a one-letter name (``x2``, ``c1``, as code names variables): the name
    x₂, or x times 2, which is written 2x? Both are named; a held-out page's ``x2 = sum`` had been read x·2. So is
    what TeX sets as one where a product would be two (``derive.read.glued_groups``: x{-1}, {2}{5}, 2\\frac{1}{2})."""
    refuse_glued(tokens, at)
    if at == 0 or at >= len(tokens) or tokens[at].kind != "number":
        return
    before = tokens[at - 1]
    if before.kind != "letter" or len(before.value) != 1:
        return
    name, number = before.value, tokens[at].value
    raise InputError(
        f"line {tokens[at].line}: {name}{number} can be read two ways: a name numbered {number}, as code writes it "
        f"(write {name}_{{{number}}}), or {name} times {number} (write {number}{name} or {name} \\cdot {number})"
    )


def _refuse_at_number(tokens: list[Token], at: int) -> None:
    """``f_1(0)``, ``out_{o1}(0)``: a name, with its subscript, then a lone number in parentheses: the name at that
    number (a function's value), or the name times it (written 2x)? A probe proved out_{o1}(0) = 0 as a product."""
    shape = [t.kind for t in tokens[at : at + 4]]
    if at == 0 or tokens[at].gap != "" or (shape[:3] != ["(", "number", ")"] and shape != ["(", "-", "number", ")"]):
        return
    before = at - 1
    if tokens[before].kind == "}":  # a subscript's group: _{o1}, _{\text{hard}}
        depth = 0
        for before in range(at - 1, -1, -1):
            depth += {"}": 1, "{": -1}.get(tokens[before].kind, 0)
            if depth == 0:
                break
        before -= 1
    elif before >= 1 and tokens[before - 1].kind == "_":  # f_1, g_k
        before -= 1
    if before < 0 or (
        tokens[before].kind != "_"
        and not (
            tokens[before].kind == "letter" or (tokens[before].kind == "command" and tokens[before].value in GREEK)
        )
    ):
        return
    end = at + (3 if shape[1] == "number" else 4)
    inside = "".join(t.value for t in tokens[at + 1 : end - 1])
    raise InputError(
        f"line {tokens[at].line}: a name before ({inside}) can be read two ways: the name at {inside}, a function's "
        f"value (define the function, as f(x): …), or the name times {inside} (write {inside} before it)"
    )
