"""A function written without its argument, as derivations write σ' = σ(1 − σ) or dσ/dx = σ(1 − σ).

In a display where a one-argument function (defined as ``\\sigma(x): …``, or generic) stands bare, the argument
is the one the display itself gives: what the function is applied to elsewhere in it, or what it differentiates
the function by (``\\frac{d\\sigma}{dx}``, ``\\frac{\\partial \\sigma}{\\partial z_j}``). When exactly one such
argument exists, each bare occurrence is read as applied to it. Where the display gives none but writes the
letter the function is defined with (``(1 + e^{-x})\\sigma = 1`` beside ``\\sigma(x): …``), that letter is the
argument. Otherwise the display is left as it is, and the reader refuses the bare name ("needs its arguments").
A derivative of something else (∂L/∂w beside a bare σ) says nothing of σ's argument, and gives none.
"""

from __future__ import annotations

from derive.errors import InputError
from derive.read.cursor import argument_end
from derive.read.known_functions import KNOWN_FUNCTIONS
from derive.read.latex_lexer import Token, in_word_groups
from derive.read.names import ACCENTS, Names, display_name

Shape = tuple[tuple[str, str], ...]


def _group_end(tokens: list[Token], at: int) -> int:
    """The index past the group (braces or parentheses) that opens at ``at``."""
    opener = tokens[at].kind
    closer = {"{": "}", "(": ")"}[opener]
    level = 0
    for end in range(at, len(tokens)):
        level += (tokens[end].kind == opener) - (tokens[end].kind == closer)
        if level == 0:
            return end + 1
    return len(tokens)


def _is_partial(token: Token) -> bool:
    return token.kind == "command" and token.value == "partial"


def _shape(tokens: list[Token]) -> Shape:
    return tuple((t.kind, t.value) for t in tokens)


def _variables(tokens: list[Token], functions: set[str]) -> set[Shape]:
    """What the display differentiates the function itself by: ``\\frac{d\\sigma}{dx}`` gives x (a derivative of
    something else, ∂L/∂w beside a bare σ, says nothing of σ's argument)."""
    found: set[Shape] = set()
    for at, token in enumerate(tokens):
        if not (token.kind == "command" and token.value in ("frac", "dfrac", "tfrac")) or at + 1 >= len(tokens):
            continue
        if tokens[at + 1].kind != "{":
            continue
        second = _group_end(tokens, at + 1)
        numerator = tokens[at + 2 : second - 1]
        differential = len(numerator) == 2 and (numerator[0].value == "d" or _is_partial(numerator[0]))
        if not (differential and numerator[1].kind in ("letter", "command") and numerator[1].value in functions):
            continue
        if second >= len(tokens) or tokens[second].kind != "{":
            continue
        inner = tokens[second + 1 : _group_end(tokens, second) - 1]
        if len(inner) >= 2 and (inner[0].value == "d" or _is_partial(inner[0])):
            variable = inner[1:]
            if variable and variable[0].value not in functions:
                found.add(_shape(variable))
    return found


def _mentions(inner: list[Token], name: str) -> bool:
    """σ(1 − σ): parentheses that hold the function itself, bare, are a factor beside it, not its argument
    (f(g(x)) holds another function, applied: an argument)."""
    following = [*inner[1:], None] if inner else []  # f(): nothing inside
    return any(
        t.kind in ("letter", "command") and t.value == name and (after is None or after.kind not in ("(", "'"))
        for t, after in zip(inner, following, strict=True)
    )


def with_arguments(tokens: list[Token], names: Names) -> list[Token]:
    """The display's tokens with each bare one-argument function applied to the display's one argument. An
    accented function's name (\\mathcal{L}(o) := …, "Lcal") is one token meanwhile: a bare 𝓛 had gone unseen."""
    one_place = {name for name, f in names.functions.items() if len(f.parameters) == 1} | set(names.generic)
    folded, stood_for = _folded(tokens, one_place)
    if not stood_for:
        return _with_arguments(tokens, names, one_place)
    out: list[Token] = []
    for token in _with_arguments(folded, names, one_place):
        out += stood_for.get(id(token), [token])
    return out


def _folded(tokens: list[Token], one_place: set[str]) -> tuple[list[Token], dict[int, list[Token]]]:
    """The tokens with each ``\\mathcal{L}``, ``\\hat{f}`` naming a function made one command token of its name,
    and the tokens each such token stands for (by its identity)."""
    out: list[Token] = []
    stood_for: dict[int, list[Token]] = {}
    at = 0
    while at < len(tokens):
        token, group = tokens[at], tokens[at + 1 : at + 4]
        suffix = ACCENTS.get(token.value) if token.kind == "command" else None
        braced = [t.kind for t in group] == ["{", "letter", "}"]
        letter = group[1] if braced else group[0] if group and group[0].kind == "letter" else None  # \mathcal L
        if suffix and letter is not None and letter.value + suffix in one_place:
            width = 4 if braced else 2
            name = Token("command", letter.value + suffix, token.line, token.start, tokens[at + width - 1].end)
            stood_for[id(name)] = tokens[at : at + width]
            out.append(name)
            at += width
        else:
            out.append(token)
            at += 1
    return out, stood_for


def _with_arguments(tokens: list[Token], names: Names, one_place: set[str]) -> list[Token]:
    if not one_place or not any(t.kind in ("letter", "command") and t.value in one_place for t in tokens):
        return tokens
    bare: list[int] = []
    bare_names: set[str] = set()
    candidates = _variables(tokens, one_place)
    worded = in_word_groups(tokens)
    typed = _in_typed_words(tokens)
    for at, token in enumerate(tokens):
        if not (token.kind in ("letter", "command") and token.value in one_place) or at in worded | typed:
            continue  # the f of \\text{if}, of softplus typed as letters, is no function f
        if (at > 0 and tokens[at - 1].kind in ("_", "^")) or _accented(tokens, at):
            continue
        after = at + 1
        while after < len(tokens) and tokens[after].kind == "'":
            after += 1
        if _powered(tokens, after):  # σ^2(x), σ^{-1}: applied with a power, or the inverse; no bare σ to lend x
            continue
        opened = after < len(tokens) and tokens[after].kind == "("
        inner = tokens[after + 1 : _group_end(tokens, after) - 1] if opened else []
        if opened and not _mentions(inner, token.value):
            candidates.add(_shape(inner))
        elif not (after < len(tokens) and (tokens[after].kind, tokens[after].value) == ("command", "left")):
            bare.append(after)
            bare_names.add(token.value)
    if bare and not candidates:  # (1 + e^{-x})σ = 1 beside σ(x) := …: the display is about σ's own variable
        candidates = _own_parameter(tokens, bare_names, names)
    if (
        not bare
        or len(candidates) != 1
        or not any(kind == "letter" or kind == "command" for kind, _ in next(iter(candidates)))
    ):
        return tokens  # none, two, or a number only (σ = σ(0) is no identity of σ at 0)
    (argument,) = candidates
    _refuse_defined_parameter(bare_names, argument, names, tokens[0].line)
    out: list[Token] = []
    for at, token in enumerate(tokens):
        if at in bare:
            out += _applied(tokens[at - 1], argument)
        out.append(token)
    if len(tokens) in bare:
        out += _applied(tokens[-1], argument)
    return out


def _refuse_defined_parameter(bare: set[str], argument: Shape, names: Names, line: int) -> None:
    """dL/dz beside L(o) := -\\log o where the page defines o itself (o = σ(z)): L at z, as f'(x) is read, or L of
    the page's o, through o's definition? Both are how derivations write it; the display is refused, naming both."""
    defined = {*names.defined_scalars, *names.defined_vectors}
    for name in sorted(bare):
        function = names.functions.get(name)
        parameter = function.parameters[0].name if function is not None and len(function.parameters) == 1 else None
        if parameter in defined and argument != (("letter" if len(parameter) == 1 else "command", parameter),):
            shown, at = display_name(name), "".join(value for _, value in argument)
            raise InputError(
                f"line {line}: {shown} written alone, defined of {display_name(parameter)}, which the page defines "
                f"too, can be read two ways: {shown}({at}), {shown} at {at}, or {shown}({display_name(parameter)}) "
                f"of the page's {display_name(parameter)}, through its definition; write {shown}(…) with its argument"
            )


def _powered(tokens: list[Token], at: int) -> bool:
    """Whether a function's name is followed at ``at`` by a superscript that makes it no bare name: one before its
    parentheses (σ^2(x), the square of σ(x); lending σ an argument read it σ(x)^2 · x), or ^{-1} (the inverse
    function, or the reciprocal?). Left as written, the reader refuses it."""
    if at >= len(tokens) or tokens[at].kind != "^":
        return False
    end = argument_end(tokens, at + 1)
    if end is None:
        return False
    script = "".join(t.value for t in tokens[at + 1 : end] if t.kind not in ("{", "}"))
    return script == "-1" or (end < len(tokens) and tokens[end].kind == "(")


def _own_parameter(tokens: list[Token], bare: set[str], names: Names) -> set[Shape]:
    """The parameter every bare function is defined with (σ(x) := …: x), when it is one letter or Greek name, no
    vector or array of the page, and the display is about it alone: it writes it, in no script and with none (x_i
    is an entry of another x), and names nothing else but e and the functions (e^{-x} beside a bare σ)."""
    parameters = set()
    for name in sorted(bare):
        function = names.functions.get(name)
        if function is None or len(function.parameters) != 1:
            return set()  # a generic function has no letter of its own
        parameters.add(function.parameters[0].name)
    if len(parameters) != 1:
        return set()
    (parameter,) = parameters
    if parameter in names.vectors or parameter in names.arrays:  # (σ − y) x_i: x_i no argument of σ(x)
        return set()
    shape = (("letter" if len(parameter) == 1 else "command", parameter),)
    following = [*tokens[1:], None]
    written = False
    for at, (t, after) in enumerate(zip(tokens, following, strict=True)):
        if (t.kind, t.value) == shape[0]:
            if (at > 0 and tokens[at - 1].kind in ("_", "^")) or (after is not None and after.kind == "_"):
                return set()
            written = True
        elif _a_name(t) and t.value not in bare:  # ∂L/∂w = (σ − y) x: σ is σ(wx + b) to its author
            return set()
    return {shape} if written else set()


def _a_name(token: Token) -> bool:
    """Whether a token names a quantity: a letter other than Euler's e, or a Greek letter."""
    from derive.read.names import GREEK

    return (token.kind == "letter" and token.value != "e") or (token.kind == "command" and token.value in GREEK)


#: Words typed as letters that derive reads as a function's name (the known functions, and the words it reads
#: beside them: relu, diag, log p, exp): no letter of one is a function of the page.
_TYPED = (*KNOWN_FUNCTIONS, "relu", "ReLU", "max", "min", "diag", "log", "exp")


def _in_typed_words(tokens: list[Token]) -> set[int]:
    """The positions of letters in a function's word typed as letters side by side (softplus(x), log p)."""
    covered: set[int] = set()
    for at in range(len(tokens)):
        for word in _TYPED:
            run = tokens[at : at + len(word)]
            if (
                len(run) == len(word)
                and all(t.kind == "letter" for t in run)
                and all(t.gap == "" for t in run[1:])
                and "".join(t.value for t in run) == word
            ):
                covered |= set(range(at, at + len(word)))
    return covered


def _accented(tokens: list[Token], at: int) -> bool:
    """Whether the letter at ``at`` is under an accent (the J of ``\\tilde{J}``, a name of its own, not J)."""
    from derive.read.names import ACCENTS

    before = tokens[at - 2 : at] if at >= 2 and tokens[at - 1].kind == "{" else tokens[at - 1 : at]
    return bool(before) and before[0].kind == "command" and before[0].value in ACCENTS


def _applied(before: Token, argument: Shape) -> list[Token]:
    """``( argument )`` as tokens that take no room on the page (placed where ``before`` ends)."""
    line, end = before.line, before.end
    inner = [Token(kind, value, line, end, end) for kind, value in argument]
    return [Token("(", "(", line, end, end), *inner, Token(")", ")", line, end, end)]
