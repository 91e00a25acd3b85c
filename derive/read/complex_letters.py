"""Letters a page calls complex numbers ("Let $\\omega$ be any complex number", "$z \\in \\mathbb{C}$"). derive reads
every number as real, and an identity of the reals may fail for complex numbers (|z|² = z², e^{2x} = |e^{x+ω}|²
e^{−2ω}): proven so, what the page shows would not be what was checked. Wherever the parser meets such a letter
(a definition too), and in a link that shows one, it is refused, naming both readings."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.row_vectors import row_vectors

#: What makes a sentence call its letters complex: "complex number(s)", "complex-valued", "is complex.", "the complex
#: plane", "imaginary", ℂ (not "a complex expression", "a complex step": complicated).
_COMPLEX = re.compile(
    r"\bcomplex(?:\s+(?:numbers?|scalars?|variables?|values?|plane)\b|-valued\b|\s*[.,;:)]|\s*$)|\bimaginary\b"
    r"|\\math(?:bb|bf|rm)\s*\{?\s*C\b|ℂ",
    re.I,
)
#: A sentence: up to a full stop, or a paragraph's end.
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
#: Math in the text, and the names in it a sentence may speak of: a letter, a Greek letter, with a subscript.
_MATH = re.compile(r"\$([^$]+)\$|\\\((.+?)\\\)")
_NAME = r"(\\[A-Za-z]+|[A-Za-z])(?:_\{?\w+\}?)?"
#: "$z$", "$z, w$", "$z_1$", "$z \\in \\mathbb{C}$", "$z, w \\in ℂ^n$": the names a formula gives a kind.
_NAMED = re.compile(rf"\s*{_NAME}(?:\s*,\s*{_NAME})*\s*(?:\\in\b.*)?")
#: Words right after a formula that call its names real: "and $x$ a real one", "$x$ is real".
_REAL_AFTER = re.compile(r"\W*(?:(?:is|be|are|a|an|any|some)\s+)*real\b")
_OPERATORS = frozenset({"\\in", "\\mathbb", "\\mathbf", "\\mathrm", "\\left", "\\right"})


def complex_letters(text: str) -> dict[str, int]:
    """Each letter the page calls complex, with the line that first does: every name the math of a sentence that
    speaks of complex numbers writes alone ("Let $z$ and $w$ be complex numbers", "$z \\in \\mathbb{C}$")."""
    found: dict[str, int] = {}
    at = 0
    for sentence in _SENTENCE.split(text):
        start = text.find(sentence, at)
        at = max(at, start)
        if not _COMPLEX.search(_MATH.sub(lambda m: m.group(0) if "\\in" in m.group(0) else " ", sentence)):
            continue
        line = text.count("\n", 0, max(start, 0)) + 1
        for match in _MATH.finditer(sentence):
            math = match.group(1) or match.group(2)
            after = sentence[match.end() : match.end() + 30]  # "and $x$ a real one": real, said of x
            real = re.match(_REAL_AFTER, after) or re.search(r"\\mathbb\s*\{?\s*R", math)
            if _NAMED.fullmatch(math) and not real:
                names = re.findall(r"(?:^|,)\s*" + _NAME, math.split("\\in")[0])
                for name in (n for n in names if n not in _OPERATORS):
                    found[name] = min(found.get(name, line), line)
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
