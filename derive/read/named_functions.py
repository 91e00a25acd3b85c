"""Letters the page's prose names functions: "let $f$ and $g$ both be functions", "the activation function
$\\phi$", "the loss function is $l$", "$f: \\mathbb{R} \\to \\mathbb{R}$", "$g$ maps from $\\mathbb{R}^m$ to …".

Such a letter, which the page writes applied (f(x), f'(x)) and neither defines nor declares, is read as a generic
function (an arbitrary differentiable real one, ``derive.read.generic_functions``), exactly as under
``functions:``, and the report says so. The words must name that letter: "a function of $x$" names no function x,
"the softmax function" no letter. A sentence that makes it a particular one ("the linear function $f$", "the
activation $\\sigma$, the sigmoid", "the $\\ell_2$ loss function $l$"), or a map to R^n or to (0, 1), names no
arbitrary real function: such a letter is left as it was (a stand-in for it would be no counterexample).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.definition_heads import RESERVED, definition_head
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.inference import declared_name
from derive.read.names import GREEK, display_name

#: Words that say nothing of which function it is: "the differentiable activation function $\\phi$".
DESCRIBING = frozenset({
    "activation", "loss", "cost", "objective", "error", "arbitrary", "generic", "general", "given", "same",
    "differentiable", "smooth", "real", "real-valued", "scalar", "scalar-valued", "continuous", "composite",
    "nonlinear", "non-linear", "intermediate", "elementwise", "element-wise", "univariate", "multivariate",
    "single-variable", "other", "new", "inner", "outer", "two", "three", "both",
})  # fmt: skip
#: Words a function's description may start after: "the", "we have", "let … be", "is".
STARTING = frozenset({
    "the", "a", "an", "some", "any", "our", "these", "those", "two", "both", "have", "has", "be", "is", "are",
    "being", "use", "define", "consider",
})  # fmt: skip
#: The nouns that name a function.
FUNCTION = frozenset({"function", "functions", "nonlinearity", "nonlinearities"})
#: Words that make a function a particular one, or restrict it: a letter named in their sentence is left alone.
PARTICULAR = frozenset({
    "sigmoid", "logistic", "softmax", "tanh", "relu", "softplus", "elu", "linear", "affine", "quadratic",
    "polynomial", "exponential", "exp", "log", "logarithm", "identity", "step", "heaviside", "convex", "concave",
    "monotone", "monotonic", "increasing", "decreasing", "bounded", "positive", "negative", "nonnegative",
    "periodic", "gaussian", "constant", "odd", "even", "lipschitz", "probability", "density", "distribution",
})  # fmt: skip
#: What ends a sentence.
_ENDS = frozenset({".", "!", "?", ";", "display"})
#: Prose tokens: a display or a blank line (a sentence break), inline math, a word, or one other character.
_TOKEN = re.compile(
    r"\$\$.*?\$\$|\\\[.*?\\\]|\$((?:\\\$|[^$])+)\$|\\\((.*?)\\\)|([A-Za-z][A-Za-z'-]*)|(\S)|\n[ \t]*\n", re.DOTALL
)
_NAME = r"(?:\\([A-Za-z]+)|([A-Za-z]))"
#: The math that names one letter: f, \phi, f(x), f(x) = …, Y = f(X), f: A \to B.
_ALONE = re.compile(rf"\s*{_NAME}\s*")
_APPLIED = re.compile(rf"\s*{_NAME}\s*(?:\\left\s*)?\(")
_ONE_APPLICATION = re.compile(rf"\s*{_NAME}\s*\((?:[^()]|\([^()]*\))*\)\s*[.,]?\s*")
_NEST = re.compile(rf"\s*{_NAME}\s*\((.*)\)\s*[.,]?\s*")
#: The real numbers: what a real-valued function maps to (to R^n: a vector function; to (0, 1): values that a
#: stand-in for an arbitrary function would leave, so no counterexample).
_REAL = r"\s*(?:\\mathbb\s*\{?R\}?|\\R|\\mathbf\{R\})\s*[.,]?\s*"
#: The real numbers or a power of them: what the function maps from (its arguments, each any real).
_SPACE = r"\s*(?:\\mathbb\s*\{?R\}?|\\R|\\mathbf\{R\})(?:\^\s*(?:\{[^{}]*\}|\w))?\s*"
_SIGNATURE = re.compile(rf"\s*{_NAME}\s*(?::|\\colon){_SPACE}\\(?:to|rightarrow){_REAL}")


def _letter(match: re.Match[str] | None) -> str | None:
    """The letter a match names, as the notation table writes it (phi for \\phi), or None when it is no name."""
    if match is None:
        return None
    greek, latin = match.group(1), match.group(2)
    if greek is not None:
        return greek if greek in GREEK else None
    return latin


def _named(math: str, applied: bool) -> str | None:
    """The letter a span of math names: alone (f, \\phi), with its signature, or (``applied``) written applied:
    f(x), f(x) = …, or Y = f(X) (the right side one application)."""
    found = _letter(_ALONE.fullmatch(math)) or _letter(_SIGNATURE.fullmatch(math))
    if found is not None or not applied:
        return found
    sides = math.split("=", 1)
    if len(sides) == 2 and "(" not in sides[0]:  # Y = f(X)
        return _letter(_ONE_APPLICATION.fullmatch(sides[1]))
    return _letter(_APPLIED.match(math))


def _composed(math: str) -> list[str]:
    """The functions a composite function's definition applies, f(x) = u(v(x)): u, v; none unless the right side
    is such a nest around one letter."""
    sides = math.split("=", 1)
    inside, heads = (sides[1] if len(sides) == 2 else ""), []
    while (match := _NEST.fullmatch(inside)) is not None:
        heads.append(_letter(match))
        inside = match.group(3)
    if _ALONE.fullmatch(inside) is None or not heads or None in heads:
        return []
    return [head for head in heads if head is not None]


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """The prose as (kind, value, line): kind "math" (inline), "word", "break" (a display, a sentence's end), "mark"."""
    tokens, line, counted = [], 1, 0
    for match in _TOKEN.finditer(text):
        line, counted = line + text.count("\n", counted, match.start()), match.start()
        math, bracketed, word, mark = match.group(1), match.group(2), match.group(3), match.group(4)
        if math is not None or bracketed is not None:
            tokens.append(("math", math if math is not None else bracketed, line))
        elif word is not None:
            tokens.append(("word", word.lower(), line))
        elif mark is not None and mark in ",":
            tokens.append(("mark", mark, line))
        else:
            tokens.append(("break", mark or "display", line))
    return tokens


def _list_after(tokens: list[tuple[str, str, int]], at: int) -> list[tuple[str, int]]:
    """The math spans from ``at`` on, joined by commas, "and", "or": "$f$, $g$ and $h$"."""
    spans: list[tuple[str, int]] = []
    while at < len(tokens) and tokens[at][0] == "math":
        spans.append((tokens[at][1], tokens[at][2]))
        at += 1
        while at < len(tokens) and tokens[at][1] in (",", "and", "or"):
            at += 1
    return spans


def _list_before(tokens: list[tuple[str, str, int]], at: int) -> list[tuple[str, int]]:
    """The math spans that end just before ``at``, joined by commas and "and": "$f$ and $g$ (both) are"."""
    spans: list[tuple[str, int]] = []
    at -= 1
    while at >= 0:
        if tokens[at][0] == "math":
            spans.append((tokens[at][1], tokens[at][2]))
        elif tokens[at][1] not in (",", "and"):
            break
        at -= 1
    return spans


def _plain_before(tokens: list[tuple[str, str, int]], at: int) -> bool:
    """Whether the words before "function" at ``at`` describe no particular function: only describing words back
    to a word it may start after (or the sentence's start)."""
    at -= 1
    while at >= 0 and tokens[at][0] == "word" and tokens[at][1] in DESCRIBING:
        at -= 1
    return at < 0 or tokens[at][0] in ("break", "mark") or tokens[at][1] in STARTING  # not "the $\\ell_2$ loss"


def _particular(tokens: list[tuple[str, str, int]], at: int) -> bool:
    """Whether the sentence around ``at`` names a particular function ("the activation function $\\sigma$, the
    sigmoid"): its letter is then no arbitrary function, and a stand-in would be no counterexample."""
    start = next((k for k in range(at, -1, -1) if tokens[k][0] == "break" and tokens[k][1] in _ENDS), -1)
    end = next((k for k in range(at, len(tokens)) if tokens[k][0] == "break" and tokens[k][1] in _ENDS), len(tokens))
    return any(kind == "word" and value in PARTICULAR for kind, value, _ in tokens[start + 1 : end])


def named_in_prose(text: str) -> dict[str, int]:
    """The letters the prose names functions, each with the line where it first does."""
    tokens = _tokens(text)
    named: list[tuple[str | None, int, int]] = []
    for at, (kind, value, _) in enumerate(tokens):
        if kind == "math":
            named.append((_letter(_SIGNATURE.fullmatch(value)), tokens[at][2], at))  # f: \mathbb{R} \to \mathbb{R}
            continue
        if kind != "word":
            continue
        if value in FUNCTION and _plain_before(tokens, at):
            ahead = at + 1
            if ahead < len(tokens) and tokens[ahead][1] in ("is", "are"):  # the loss function is $l$
                ahead += 1
            spans = _list_after(tokens, ahead)
            named += [(_named(math, True), line, at) for math, line in spans]
            if at and tokens[at - 1][1] == "composite":  # a composite function f(x) = u(v(x)): u and v too
                named += [(head, line, at) for math, line in spans[:1] for head in _composed(math)]
        if value in ("is", "are", "be", "being") and _describes_function(tokens, at + 1):  # $f$ is a function
            back = at - 1 if at and tokens[at - 1][1] == "both" else at
            named += [(_named(math, True), line, at) for math, line in reversed(_list_before(tokens, back))]
        if value in ("maps", "map") and _maps(tokens, at + 1):  # $g$ maps from $\mathbb{R}^m$ to $\mathbb{R}^n$
            named += [(_named(math, False), line, at) for math, line in reversed(_list_before(tokens, at))]
    first: dict[str, int] = {}
    for letter, line, at in named:
        if letter is not None and not _particular(tokens, at):
            first.setdefault(letter, line)
    return first


def _describes_function(tokens: list[tuple[str, str, int]], at: int) -> bool:
    """Whether describing words then "function(s)" start at ``at``, not followed by "of" (a function of $x$: x's)."""
    while at < len(tokens) and tokens[at][0] == "word" and tokens[at][1] in DESCRIBING | {"a", "an", "the"}:
        at += 1
    if at >= len(tokens) or tokens[at][1] not in FUNCTION:
        return False
    return at + 1 >= len(tokens) or tokens[at + 1][1] != "of"


def _maps(tokens: list[tuple[str, str, int]], at: int) -> bool:
    """Whether "(from) $A$ to $B$" follows "maps" at ``at``: A the reals or a power of them, B the reals."""
    at += 1 if at < len(tokens) and tokens[at][1] == "from" else 0
    shape = [kind if kind != "word" else value for kind, value, _ in tokens[at : at + 3]]
    if shape not in (["math", "to", "math"], ["math", "into", "math"], ["math", "onto", "math"]):
        return False
    return re.fullmatch(_SPACE, tokens[at][1]) is not None and re.fullmatch(_REAL, tokens[at + 2][1]) is not None


def _defined_name(key: Entry) -> str:
    """The name a definition's head defines (h for h_\\theta(x), L for L_\\delta(a): never a function of the prose)."""
    try:
        return definition_head(key)[0]
    except InputError:
        letter = re.match(r"\s*\\?([A-Za-z]+)", key.text)
        return letter.group(1) if letter is not None else key.text


def _applied(letter: str, text: str) -> bool:
    """Whether the page writes ``letter`` applied, f(x) or f'(x): a letter named a function but only ever written
    bare (the loss function $L$, then ∂L/∂z) is left to what the page's math says of it."""
    name = rf"\\{letter}(?![A-Za-z])" if len(letter) > 1 else rf"(?<![A-Za-z\\]){letter}"
    return re.search(rf"{name}\s*(?:'|\^\s*\{{?\s*\\prime\s*\}}?)*\s*(?:\\left\s*)?\(", text) is not None


@dataclass(frozen=True)
class NamedFunctions:
    """The letters the prose names functions and reads so, each with the line that names it."""

    lines: dict[str, int]

    def describe(self) -> str:
        """ "functions f (line 8), g (line 8), named so in the prose", or "" for none."""
        if not self.lines:
            return ""
        named = ", ".join(f"{display_name(letter)} (line {line})" for letter, line in self.lines.items())
        return f"functions {named}, named so in the prose"


def take_named_functions(front: FrontMatter, text: str) -> tuple[FrontMatter, NamedFunctions]:
    """The front matter with each letter the prose names a function, and that the page neither defines nor
    declares, a generic function; and those letters."""
    taken = {declared_name(e.text) for e in (*front.vectors, *front.arrays, *front.indices, *front.scalars)}
    taken |= {_defined_name(key) for key, _ in front.define} | {front.length}
    taken |= {e.text.strip().lstrip("\\") for e in front.functions} | {entry.text for entry, _ in front.sizes}
    taken |= {*RESERVED, "d"}  # e is Euler's number, d the differential's (\frac{d}{dx}): never a page's function
    named = {f: line for f, line in named_in_prose(text).items() if f not in taken and _applied(f, text)}
    entries = tuple(Entry(letter, line) for letter, line in named.items())
    return dataclasses.replace(front, functions=(*front.functions, *entries)), NamedFunctions(named)
