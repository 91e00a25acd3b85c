"""Letters a page calls complex numbers ("Let $\\omega$ be any complex number", "$z \\in \\mathbb{C}$"). derive reads
every number as real, and an identity of the reals may fail for complex numbers (|z|² = z², e^{2x} = |e^{x+ω}|²
e^{−2ω}): proven so, what the page shows would not be what was checked. Wherever the parser meets such a letter
(a definition too), and in a link that shows one, it is refused, naming both readings."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.row_vectors import row_vectors

#: What makes a sentence call its letters complex: "complex number(s)", "complex-valued", "is complex.", "the complex
#: plane", "a complex root", "non-real", "imaginary", ℂ (not "a complex expression", "a complex step": complicated).
_COMPLEX = re.compile(
    r"\bcomplex(?:\s+(?:numbers?|scalars?|variables?|values?|plane|quantit(?:y|ies)|roots?|conjugates?|entries)\b"
    r"|[\s-]valued\b|\s*[.,;:)]|\s*$)|\bimaginary\b|\bnon-?real\b|\\math(?:bb|bf|rm)\s*\{?\s*C\b|ℂ",
    re.I,
)
#: A sentence that denies complex numbers, or speaks of parts: "Unlike complex numbers, $x$ here is real", "$x$, $y$
#: its real and imaginary parts".
_DENIED = re.compile(
    r"\b(?:not|no|never|unlike|without)\b[^.]{0,40}\b(?:complex|imaginary)\b|\b(?:real|imaginary)\s+parts?\b", re.I
)
#: A sentence: up to a full stop, or a paragraph's end.
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
#: Math in the text, and the names in it a sentence may speak of: a letter, a Greek letter, with a subscript.
_MATH = re.compile(r"\$([^$]+)\$|\\\((.+?)\\\)")
_NAME = r"(\\[A-Za-z]+|[A-Za-z])(?:_\{?\w+\}?)?"
#: "$z$", "$z, w$", "$z_1$", "$z \\in \\mathbb{C}$", "$z, w \\in ℂ^n$": the names a formula gives a kind.
_NAMED = re.compile(rf"\s*{_NAME}(?:\s*,\s*{_NAME})*\s*(?:\\in\b.*)?")
#: A name set in ℂ anywhere on the page, in a display too: "z \\in \\mathbb{C}", "z, w \\in ℂ".
_IN_C = re.compile(rf"{_NAME}((?:\s*,\s*{_NAME})*)\s*\\in\s*(?:\\math(?:bb|bf|rm)\s*\{{?\s*C\b|ℂ)")
#: Math that names ℂ, which the sentence's words are read with.
_SET_C = re.compile(r"\\in|ℂ|\\math\w+\s*\{?\s*C\b")
#: A formula that defines a name: "z = x + iy", "w := z^2 + 1".
_DEFINES = re.compile(rf"^\s*{_NAME}\s*:?=(.*)$", re.S)
#: Words after a formula, to its clause's end, that call its names real: "and $x$ a real one", "with $x$ real".
_REAL_AFTER = re.compile(r"[^,;.]*?(?<!non-)(?<!non)\breal\b(?!\s+or\s+complex)")
_OPERATORS = frozenset({"\\in", "\\mathbb", "\\mathbf", "\\mathrm", "\\left", "\\right"})


def _add(found: dict[str, int], name: str, line: int) -> bool:
    """Record ``name`` as complex at ``line``; whether it is new."""
    new = name not in found and name not in _OPERATORS
    if name not in _OPERATORS:
        found[name] = min(found.get(name, line), line)
    return new


def complex_letters(text: str) -> dict[str, int]:
    """Each letter the page calls complex, with the line that first does: every name the math of a sentence that
    speaks of complex numbers writes alone or defines ("Let $z$ and $w$ be complex numbers", "$z = x + iy$ be a
    complex number"), one set in ℂ anywhere, and one the page defines with a complex letter (w = z^2 + 1)."""
    found: dict[str, int] = {}
    at = 0
    for sentence in _SENTENCE.split(text):
        start = text.find(sentence, at)
        at = max(at, start)
        shown = _MATH.sub(lambda m: m.group(0) if _SET_C.search(m.group(0)) else " ", sentence)  # "in $\\mathbb{C}$"
        if not _COMPLEX.search(shown) or _DENIED.search(sentence):
            continue
        line = text.count("\n", 0, max(start, 0)) + 1
        for match in _MATH.finditer(sentence):
            math = match.group(1) or match.group(2)
            real = _REAL_AFTER.match(sentence[match.end() :]) or re.search(r"\\mathbb\s*\{?\s*R", math)
            defined = _DEFINES.match(math)
            if defined is not None:
                _add(found, defined.group(1), line)
            elif _NAMED.fullmatch(math) and not real:
                for name in re.findall(r"(?:^|,)\s*" + _NAME, math.split("\\in")[0]):
                    _add(found, name, line)
    for match in _IN_C.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        for name in [match.group(1), *re.findall(_NAME, match.group(2))]:
            _add(found, name, line)
    formulas = [m.group(0) for m in re.finditer(r"\$\$.+?\$\$|\$[^$]+\$|\\\[.+?\\\]", text, re.S)]
    rows = [row.strip("$").strip() for f in formulas for row in re.split(r"\\\\|\n", f.strip("$").strip("\\[]"))]
    grown = True
    while grown and found:  # w = z^2 + 1 with z complex: w too, and what is defined with w
        grown = False
        for row in rows:
            defined = _DEFINES.match(row)
            letters = "|".join(re.escape(name) for name in found)
            if defined is not None and re.search(rf"(?<![A-Za-z\\])(?:{letters})(?![A-Za-z])", defined.group(2)):
                grown |= _add(found, defined.group(1), text.count("\n", 0, text.find(row)) + 1)
    return found


def stated_kinds(text: str) -> tuple[int, dict[str, int]]:
    """What the prose says the page's vectors and numbers are that derive does not read them as: rows (the line
    that says so, ``row_vectors``), and complex numbers."""
    return row_vectors(text), complex_letters(text)


def complex_refusal(letter: str, said: int) -> str:
    """Why a letter the page calls complex (at line ``said``) is refused."""
    return (
        f"{letter} is a complex number (line {said}), and derive reads every number as real: what it stands in can be "
        f"read two ways, for a complex {letter}, as the page means it, or a real one, as derive would check it; "
        "derive checks identities of real numbers only"
    )


def refuse_complex(sides_latex: list[str], letters: dict[str, int], line: int) -> None:
    """Refuse a link that writes a letter the page calls complex (``letters``), where the parser met none (a name
    written otherwise): what the page shows is refused too."""
    for letter, said in sorted(letters.items()):
        pattern = rf"(?<![A-Za-z\\]){re.escape(letter)}(?![A-Za-z])"
        if any(re.search(pattern, side) for side in sides_latex):
            raise InputError(f"line {line}: {complex_refusal(letter, said)}")


__all__ = ["complex_letters", "complex_refusal", "refuse_complex", "stated_kinds"]
