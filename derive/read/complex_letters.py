"""Letters a page calls complex numbers ("Let $\\omega$ be any complex number", "$z \\in \\mathbb{C}$"). derive reads
every number as real, and an identity of the reals may fail for complex numbers (|z|² = z², e^{2x} = |e^{x+ω}|²
e^{−2ω}): proven so, what the page shows would not be what was checked. Wherever the parser meets such a letter
(a definition too), and in a link that shows one, it is refused, naming both readings."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.row_vectors import row_vectors

_LETTER = r"\$\s*(\\[A-Za-z]+|[A-Za-z])\s*\$"
#: What makes "complex" a kind of number: "complex number", "complex-valued", "is complex." (not "a complex
#: expression", "a complex step": complicated).
_NUMBER = r"(?:\s+(?:number|scalar|variable|value)s?\b|-valued\b|\s*[.,;:)]|\s*$)"
#: "$z$ is a complex number", "Let $\\omega$ be any complex number", "a complex $z$", "$z \\in \\mathbb{C}$".
_CALLED = (
    re.compile(_LETTER + r"\s+(?:is|be|are|denotes)\s+(?:a|an|any|some)?\s*(?:arbitrary\s+)?complex" + _NUMBER, re.I),
    re.compile(r"\bcomplex\s+(?:number|scalar|variable|value)\s*" + _LETTER, re.I),
    re.compile(r"\$\s*(\\[A-Za-z]+|[A-Za-z])\s*\\in\s*\\mathbb\s*\{?\s*C\s*\}?\s*\$"),
)


def complex_letters(text: str) -> dict[str, int]:
    """Each letter the page calls complex, with the line that first does."""
    found: dict[str, int] = {}
    for pattern in _CALLED:
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found[match.group(1)] = min(found.get(match.group(1), line), line)
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
