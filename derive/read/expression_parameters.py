"""A function defined at whole expressions, as Ng's course writes its logistic cost: ``\\text{Cost}(h_\\theta(x^{(i)}),
y^{(i)}) = -y^{(i)} \\log(h_\\theta(x^{(i)})) - (1 - y^{(i)}) \\log(1 - h_\\theta(x^{(i)}))``. Where the body writes
each argument only whole, and nothing else of what the arguments are made of, it says what the function does to
any two numbers: Cost(t, u) = -u log(t) - (1 - u) log(1 - t), read with the head's arguments wherever the page applies
it. Read as written, the head was no definition ("the upright name Cost is not known") and every use was refused.
A body that writes an argument's letters otherwise (``f(x^2) = x^4``, ``H(Y, \\sigma(A)) = -\\sum_i Y_i \\log
\\sigma(A_i)``) is no function of the arguments alone, and is left as it was."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.definition_heads import definition_head
from derive.read.entry_parameters import one_number
from derive.read.frontmatter import Entry
from derive.read.inference import Usage
from derive.read.latex_lexer import Token, in_word_groups, tokenize

#: The letters the parameters are taken from, the first ones the page leaves free.
_PARAMETERS = ("t", "u", "v", "s", "r", "q")
#: Commands that set no name: an argument written with them is matched as written, never counted as a name.
_LAYOUT = frozenset({"left", "right", ",", ";", "!", "quad", "qquad"})
#: Commands that open no name an argument could be: an operator's (\\sum_i(x_i), \\frac{a}{b}) or a layout's.
_OPERATORS = _LAYOUT | {"sum", "prod", "int", "lim", "max", "min", "frac", "dfrac", "tfrac", "sqrt", "partial", "nabla"}
#: Commands whose group makes a name of its own: y in \\hat{y} is no argument y.
_MARKS = frozenset({"hat", "tilde", "bar", "vec", "dot", "ddot", "widehat", "widetilde", "overline", "check",
                    "breve", "mathbf", "boldsymbol", "bm", "pmb", "mathcal", "mathbb", "mathit", "mathsf"})  # fmt: skip


def at_arguments(head: str, body: str, usage: Usage, line: int) -> tuple[str, str] | None:
    """The head and body of a function defined at entries (``derive.read.entry_parameters``) or at whole
    expressions, rewritten with parameters; None where the head is neither, or the body not of its arguments."""
    entries = one_number(head, body, usage, line)
    if entries is not None:
        return entries
    try:
        definition_head(Entry(head, line))  # \\sigma(x), J(\\mathbf{w}): parameters as written, read as before
    except InputError:
        return _at_expressions(head, body, usage, line)
    return None


def _shape(tokens: list[Token]) -> list[tuple[str, str]]:
    """The tokens as compared: no ``\\left``/``\\right``; a script of one token braced (h_\\theta is h_{\\theta})."""
    kept = [t for t in tokens if not (t.kind == "command" and t.value in _LAYOUT)]
    out: list[tuple[str, str]] = []
    for at, token in enumerate(kept):
        out.append((token.kind, token.value))
        after = kept[at + 1] if at + 1 < len(kept) else None
        if token.kind in ("_", "^") and after is not None and after.kind != "{":
            out += [("{", "{"), (after.kind, after.value), ("}", "}")]
        elif at > 0 and kept[at - 1].kind in ("_", "^") and token.kind != "{":
            out.pop()  # already written braced
    return out


def _arguments(head: list[Token]) -> tuple[list[Token], list[list[Token]]] | None:
    """The function's tokens and each argument's, for a head ``F(a, b)`` whose parentheses close last; else None."""
    opening = next((k for k, t in enumerate(head) if t.kind == "("), None)
    if opening is None or opening == 0 or head[-1].kind != ")":
        return None
    function = (
        head[: opening - 1]
        if head[opening - 1].kind == "command" and head[opening - 1].value == "left"
        else head[:opening]
    )
    arguments: list[list[Token]] = [[]]
    level = 0
    for token in head[opening + 1 : -1]:
        level += {"(": 1, ")": -1, "{": 1, "}": -1}.get(token.kind, 0)
        if level < 0:
            return None  # F(a)(b): the parentheses close before the end
        if token.kind == "," and level == 0:
            arguments.append([])
        elif not (token.kind == "command" and token.value == "right" and level == 0):
            arguments[-1].append(token)
    return (function, arguments) if level == 0 else None


def _names(tokens: list[Token]) -> set[str]:
    return {t.value for t in tokens if t.kind == "letter" or (t.kind == "command" and t.value not in _LAYOUT)}


def _at_expressions(head: str, body: str, usage: Usage, line: int) -> tuple[str, str] | None:
    """``(\\text{Cost}(t, u), body with t and u for the arguments)`` where the body writes each argument only whole."""
    try:
        head_tokens, body_tokens = tokenize(head, line), tokenize(body, line)
    except InputError:
        return None
    split = _arguments(head_tokens)
    if split is None:
        return None
    function, arguments = split
    shapes = [_shape(argument) for argument in arguments]
    if all(len(shape) <= 1 for shape in shapes) or not all(_atomic(shape) for shape in shapes):
        return None  # f(x, y): parameters already, read as written; f(x + 1) = 2x + 1: no x + 1 in 2x + 1
    if any(a != b and _inside(shapes[a], shapes[b]) for a in range(len(shapes)) for b in range(len(shapes))):
        return None  # F(h(x), x), F(x, x): one argument within another
    words = in_word_groups(body_tokens)
    spans: list[tuple[int, int, int]] = []  # start, end (token positions), argument
    at = 0
    while at < len(body_tokens):
        found = None if at in words else _match(body_tokens, at, shapes)
        if found is None:
            at += 1
            continue
        end, which = found
        after = body_tokens[end] if end < len(body_tokens) else None
        label = [t.kind for t in body_tokens[end : end + 3]] == ["^", "{", "("]  # y^{(i)} beside the argument y
        if (after is not None and after.kind in ("_", "'")) or label or _marked(body_tokens, at):
            return None  # y^{(i)}_j: an entry of the argument; \\hat{y}, x_y: a name of its own
        spans.append((at, end, which))
        at = end
    covered = {k for start, end, _ in spans for k in range(start, end)}
    rest = [t for k, t in enumerate(body_tokens) if k not in covered]
    if (
        not spans
        or _names(rest) & set().union(*(_names(argument) for argument in arguments))
        or (_names(function) - {"text", "mathrm", "operatorname"}) & _names(rest)
    ):
        return None  # the body writes an argument's letters otherwise, or the function itself
    written = _names(head_tokens) | _names(body_tokens)
    taken = {*usage.vectors, *usage.arrays, *usage.alone, *usage.lettered, *usage.indices, *usage.applied}
    free = [p for p in _PARAMETERS if p not in written and p not in taken][: len(arguments)]
    if len(free) < len(arguments):
        return None
    for start, end, which in reversed(spans):
        body = f"{body[: body_tokens[start].start]} {free[which]} {body[body_tokens[end - 1].end :]}"
    name = head[: head_tokens[len(function) - 1].end] if function else ""
    return f"{name}({', '.join(free)})", body


def _atomic(shape: list[tuple[str, str]]) -> bool:
    """Whether an argument is one name: a letter or a Greek one (an accent's or a font's group around it), its
    subscripts and labels, and at most one group in parentheses it is applied to (``h_{\\theta}(x^{(i)})``,
    ``\\hat{y}_i``); not a power (x^2) nor e^x, whose values are not every number (a probe proved Cost(-1, y) from
    Cost(x^2, y) = x^2 + y)."""
    at = 0
    if len(shape) > 3 and shape[0][0] == "command" and shape[0][1] in _MARKS and shape[1][0] == "{":
        at = _closing(shape, 1)
    elif shape and (shape[0][0] == "letter" or (shape[0][0] == "command" and shape[0][1] not in _OPERATORS)):
        at = 1
    if at == 0 or shape[0] == ("letter", "e"):  # e^{x}: a value of its own, no name the function is defined at
        return False
    applied = False
    while at < len(shape):
        label = shape[at][0] == "_" or shape[at + 2 : at + 3] == [("(", "(")]  # x^{(i)}, not the power x^{2}
        if shape[at][0] in ("_", "^") and at + 1 < len(shape) and shape[at + 1][0] == "{" and not applied and label:
            at = _closing(shape, at + 1)
        elif shape[at][0] == "(" and not applied:
            at, applied = _closing(shape, at), True
        else:
            return False
    return at == len(shape)


def _closing(shape: list[tuple[str, str]], at: int) -> int:
    """Past the group that opens at ``shape[at]`` (a brace or a parenthesis), or ``len(shape) + 1`` if unclosed."""
    level = 0
    for end in range(at, len(shape)):
        level += {"{": 1, "(": 1, "}": -1, ")": -1}.get(shape[end][0], 0)
        if level == 0:
            return end + 1
    return len(shape) + 1


def _marked(tokens: list[Token], at: int) -> bool:
    """Whether ``tokens[at]`` stands in an accent's or a font's group, or as another name's script."""
    before = tokens[at - 1] if at > 0 else None
    if before is not None and before.kind in ("_", "^"):
        return True
    mark = tokens[at - 2] if at > 1 else None
    return (
        before is not None
        and before.kind == "{"
        and mark is not None
        and mark.kind == "command"
        and mark.value in _MARKS
    )


def _inside(small: list[tuple[str, str]], large: list[tuple[str, str]]) -> bool:
    """Whether ``small`` stands within ``large`` as a run of its tokens."""
    return any(large[k : k + len(small)] == small for k in range(len(large) - len(small) + 1))


def _match(tokens: list[Token], at: int, shapes: list[list[tuple[str, str]]]) -> tuple[int, int] | None:
    """Where an argument written at ``tokens[at]`` ends, and which argument it is; None where none starts there."""
    for which, shape in enumerate(shapes):
        for end in range(at + 1, min(len(tokens), at + 4 * len(shape) + 4) + 1):
            if _shape(tokens[at:end]) == shape:
                return end, which
    return None
