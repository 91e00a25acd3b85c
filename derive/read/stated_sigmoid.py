"""A function the page never defines but states the derivative of, in prose: "We have $\\sigma'(z) =
\\sigma(z)(1-\\sigma(z))$, so". That is the logistic sigmoid's derivative, and the page's later steps use it; read as
any function, σ would make those steps refuted by a σ the page rules out. So σ is read as the logistic sigmoid
1/(1 + e^{−x}), and the report says so at the statement's line. So is a σ applied (σ(x), also in the front
matter's define) and defined nowhere on a page whose prose names the sigmoid ("Its derivative is the logistic
sigmoid:").

Only the exact statement is recognized (σ(z)(1 − σ(z)) or (1 − σ(z))σ(z), with \\left, \\right, \\cdot and spaces
as written); a function the page defines anywhere keeps its definition.
"""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Display, Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.named_particular import named_readings, take_named_functions

#: What does not change the statement's reading: spacing, \left, \right, \cdot, braces around the prime.
_NOISE = re.compile(r"\s+|\\left|\\right|\\cdot|\\,|\\;|\\!|\\ ")
_NAME = r"(\\[A-Za-z]+|[A-Za-z])"
_ARG = r"(\\[A-Za-z]+|[A-Za-z](?:_\{?[A-Za-z0-9]\}?)?)"
_PRIME = r"(?:'|\^\{?\\prime\}?|′)"
#: N'(v) = N(v)(1 - N(v)) or N'(v) = (1 - N(v))N(v), N and v as written (\1 and \2 back-references).
_STATEMENTS = (
    re.compile(rf"^{_NAME}{_PRIME}\({_ARG}\)=\1\(\2\)\(1-\1\(\2\)\)[.,]?$"),
    re.compile(rf"^{_NAME}{_PRIME}\({_ARG}\)=\(1-\1\(\2\)\)\1\(\2\)[.,]?$"),
)
#: The logistic sigmoid, as a definition's body in its parameter x.
SIGMOID = "\\frac{1}{1 + e^{-x}}"


def _stated(text: str) -> str | None:
    """The name whose derivative ``text`` states to be the logistic sigmoid's, or None."""
    compact = _NOISE.sub("", text.replace("{(", "(").replace(")}", ")"))
    for pattern in _STATEMENTS:
        match = pattern.match(compact)
        if match is not None:
            return match.group(1)
    return None


#: A font around a name: \\boldsymbol{\\sigma}, \\mathrm{\\sigma} are σ.
_FONTED = re.compile(r"\\(?:mathrm|boldsymbol|bm|mathbf|mathit)\{(\\[A-Za-z]+|[A-Za-z])\}")
#: The signs a definition is written with: =, :=, \\equiv, \\coloneqq, \\triangleq, \\defeq, \\stackrel{def}{=}.
_OVER = r"(?:stackrel|overset)\{(?:[^{}]|\{[^{}]*\})*\}\{=\}"  # \stackrel{\text{def}}{=}
_DEFINING = rf"(?::=|=|\\(?:equiv|coloneqq|coloneq|triangleq|defeq|doteq|{_OVER}))"


def _defines(display: Display, name: str) -> bool:
    """Whether ``display`` defines ``name`` as a function of its own (σ(z) = …, σ(z) := …, ŷ = σ(z) = …), also on
    an aligned row (``\\sigma(z) &= …``) or with ``\\equiv`` (a probe's σ(z) = 1/(1 + e^{-2z}) had been missed)."""
    compact = _FONTED.sub(r"\1", _NOISE.sub("", display.text).replace("&", ""))  # \boldsymbol{\sigma}(z) = …
    named = re.escape(name)
    return (
        re.search(rf"(?:^|=|\}}|\\\\|quad|,){named}\([^()]*\){_DEFINING}", compact) is not None
        or re.search(rf"=:{named}\(|{named}:[^=]*\\mapsto", compact) is not None  # … =: σ(z); σ: z ↦ …
    )


#: Math in a Markdown or TeX page, which the prose around it is read without.
_MATH = re.compile(r"\$\$.*?\$\$|\$[^$]*\$|\\\[.*?\\\]|\\\(.*?\\\)|\\begin\{(\w+\*?)\}.*?\\end\{\1\}", re.DOTALL)
#: The prose naming the sigmoid.
_SIGMOID_WORD = re.compile(  # "a hidden layer of logistic units"
    r"\bsigmoid\b|\blogistic\s+(?:function|units?|neurons?|activations?|nonlinearit(?:y|ies))\b", re.IGNORECASE
)
_APPLIED_SIGMA = re.compile(r"\\sigma\s*(?:\\left\s*)?\(")
#: σ named alone in a sentence's math (``$\\sigma$``), what the prose then says of it being what σ is.
_ALONE = re.compile(r"\$\s*\{?\\sigma\}?\s*(?:\(\s*[a-z]\s*\)\s*)?(?:=[^$]*)?\$|\\\(\s*\\sigma\s*\\\)")


#: Words that make a sentence's sigmoid one example, or not σ at all: "any activation, such as the sigmoid",
#: "not necessarily the sigmoid".
_HEDGES = re.compile(
    r"\b(?:not|any|arbitrary|generic|general|such\s+as|e\.g|for\s+example|like|unlike|instead|rather|whether|if|or)\b"
    r"|n't\b|\b(?:rescaled|scaled|shifted|hard|approximat\w*|variant|squared|gain|bipolar|curves?|steep\w*|cannot)\b"
    r"|\b(?:never|mistake\w*|wrong|incorrect\w*|only|unless|except|log|antiderivative|integral|complement\w*|slope)\b"
    r"|\bof\s+\$"
    r"|\b(?:derivative|gradient|slope|inverse)\s+of\s+(?:the\s+|a\s+)?(?:logistic\s+)?(?:sigmoid|function)\b",
    re.IGNORECASE,
)
#: Another function a sentence that writes σ may name it as: "The hidden units use $\sigma$, the hyperbolic tangent."
_OTHER_FUNCTION = re.compile(
    r"\b(?:tanh|hyperbolic|relu|rectifi\w*|softplus|swish|gelu|identity|linear|step|derivative\s+of|hard|elu|selu"
    r"|softsign|arctan\w*|atan|log-log|erf|probit|gompertz|gaussian|sine|cosine|sinusoid\w*|polynomial|quadratic)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def _named_in_prose(text: str) -> int | None:
    """The line where the page's prose (outside its math) names the sigmoid, or None; None too when any sentence
    naming it hedges (σ may then be another function, and a claim true only of the sigmoid must not be proven)."""
    for sentence in _SENTENCE.split(text):  # "… use $\sigma$, the hyperbolic tangent": σ is another function there
        words = _MATH.sub(" ", sentence)
        if "\\sigma" in sentence and _OTHER_FUNCTION.search(words):
            return None  # "The output is a sigmoid, the hidden $\sigma$ the ELU": which σ is, is said otherwise
        if re.search(r"\$\s*\\sigma\s*=|sigmoid\s+of\s+\$", sentence):  # "$\sigma = \tanh$", "the sigmoid of $2z$"
            return None
        alone = _ALONE.search(sentence)  # "$\sigma$ is the softsign": the prose says what σ is
        named = _SIGMOID_WORD.search(sentence)
        after = [m.group(0) for m in _MATH.finditer(sentence, named.end())] if named is not None else []
        if alone and (named is None or any(not _ALONE.fullmatch(m) for m in after)):  # "the sigmoid $2/(1+e^{-z})$"
            return None
    prose = _MATH.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    matches = list(_SIGMOID_WORD.finditer(prose))
    for match in matches:
        start = max(prose.rfind(". ", 0, match.start()), prose.rfind("\n\n", 0, match.start()), 0)
        ends = [at for at in (prose.find(". ", match.end()), prose.find("\n\n", match.end())) if at >= 0]
        if _HEDGES.search(prose[start : min(ends, default=len(prose))]):
            return None
    return None if not matches else prose.count("\n", 0, matches[0].start()) + 1


def take_stated_sigmoid(front: FrontMatter, found: Found, text: str) -> tuple[FrontMatter, Found]:
    """The front matter with σ(x): 1/(1 + e^{−x}) for each name an inline statement gives the sigmoid's derivative
    (or σ applied, on a page whose prose names the sigmoid: ``text``) and nothing defines, the statement no longer
    counted as unchecked, and a note at its line."""
    named = take_named_functions(front, found, text)  # "Let $g$ be the exponential function."
    front, found = named, dataclasses.replace(found, readings=(*found.readings, *named_readings(front, named)))
    defined = {entry.text.split("(")[0].strip() for entry, _ in front.define}
    defined |= {entry.text.strip() for entry in front.functions}
    every = (*found.displays, *found.inline)
    taken: list[tuple[Display, str]] = []
    lines = text.split("\n")
    for display in found.inline:
        name = _stated(display.text)
        if name is None or name in defined or any(_defines(other, name) for other in every):
            continue
        said = lines[display.line - 1] if 0 < display.line <= len(lines) else ""
        sentence = next((part for part in _SENTENCE.split(said) if display.text in part), said)
        if _HEDGES.search(_MATH.sub(" ", sentence)):  # "we cannot use $\sigma' = \sigma(1 - \sigma)$ here"
            continue
        if name not in {n for _, n in taken}:
            taken.append((display, name))
    named_at = _named_in_prose(text)
    sigma = "\\sigma"
    unnamed = sigma not in defined and not any(_defines(d, sigma) for d in every)
    applied = (*(d.text for d in every), *(value.text for _, value in front.define))  # also in a define's body
    if named_at is not None and not taken and unnamed and any(_APPLIED_SIGMA.search(t) for t in applied):
        return _with_sigmoid(front, found, sigma, named_at, "the page's prose names the sigmoid at this line")
    if not taken:
        return front, found
    entries = tuple((Entry(f"{name}(x)", d.line), Entry(SIGMOID, d.line)) for d, name in taken)
    notes = tuple(
        f"line {d.line}: {name} read as the logistic sigmoid 1/(1 + e^(−x)): the line states its derivative "
        f"{name}(1 − {name}) and the page defines {name} nowhere (define {name}(x): … to read it otherwise)"
        for d, name in taken
    )
    kept = tuple(d for d in found.inline if all(d is not t for t, _ in taken))
    return (
        dataclasses.replace(front, define=(*front.define, *entries)),
        dataclasses.replace(
            found,
            inline=kept,
            readings=(*found.readings, *notes),
            inline_equalities=found.inline_equalities - len(taken),
        ),
    )


def _with_sigmoid(front: FrontMatter, found: Found, name: str, line: int, why: str) -> tuple[FrontMatter, Found]:
    """The front matter with ``name`` defined as the logistic sigmoid, and a note at ``line`` saying ``why``."""
    note = (f"line {line}: {name} read as the logistic sigmoid 1/(1 + e^(−x)): {why}, and the page defines {name} "
            f"nowhere (define {name}(x): … to read it otherwise)")  # fmt: skip
    return (
        dataclasses.replace(front, define=(*front.define, (Entry(f"{name}(x)", line), Entry(SIGMOID, line)))),
        dataclasses.replace(found, readings=(*found.readings, note)),
    )
