"""Greek letters, accented letters (``ŷ``) and math symbols typed as Unicode characters inside math (``δ_k = (y_k −
\\hat{y}_k)``, a notebook's pre-calculation pasted from a word processor): MathJax and KaTeX show each as the command
that names it, so the lexer reads each as that command. The letters follow unicode-math: ε is ``\\varepsilon`` and ϵ
is ``\\epsilon``, φ is ``\\varphi`` and ϕ is ``\\phi``, as each is drawn."""

from __future__ import annotations

import re
import unicodedata

#: Lower-case Greek letters, as drawn.
_LOWER = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "varepsilon", "ϵ": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ϑ": "vartheta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu",
    "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "varsigma", "τ": "tau", "υ": "upsilon", "φ": "varphi",
    "ϕ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
}  # fmt: skip
#: Capital Greek letters that are not drawn as Latin ones (Α is A).
_UPPER = {
    "Γ": "Gamma", "Δ": "Delta", "Θ": "Theta", "Λ": "Lambda", "Ξ": "Xi", "Π": "Pi", "Σ": "Sigma", "Υ": "Upsilon",
    "Φ": "Phi", "Ψ": "Psi", "Ω": "Omega",
}  # fmt: skip
#: Operators and relations typed as characters: ∑ is the sum (Σ, the letter, is not), ∂ the partial derivative.
_SYMBOLS = {
    "∑": "sum", "∏": "prod", "∂": "partial", "∇": "nabla", "∞": "infty", "≠": "neq", "≤": "le", "≥": "ge",
    "≈": "approx", "∈": "in", "∀": "forall", "⇒": "Rightarrow", "→": "to", "⋅": "cdot", "ℓ": "ell",
}  # fmt: skip

#: Each character and the command (without its backslash) it is read as.
UNICODE_COMMANDS = {**_LOWER, **_UPPER, **_SYMBOLS}
#: Commands MathJax and KaTeX take as other names of TeX's (``\\part`` for ∂, ``\\rarr`` for →, held-out U-35).
COMMAND_SYNONYMS = {"part": "partial", "rarr": "rightarrow", "rArr": "Rightarrow", "Rarr": "Rightarrow"}
_TYPED = re.compile("[" + "".join(UNICODE_COMMANDS) + "]")
#: Accents typed on a letter (``ŷ``, or y and a combining circumflex): the command that draws each.
_ACCENTS = {"\u0302": "hat", "\u0303": "tilde", "\u0304": "bar", "\u0307": "dot", "\u0308": "ddot"}
#: Each accented Latin letter typed as one character, and its letter and accent (ŷ: y, hat).
_ACCENTED = {
    chr(code): (unicodedata.normalize("NFD", chr(code))[0], _ACCENTS[unicodedata.normalize("NFD", chr(code))[1]])
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
    if len(unicodedata.normalize("NFD", chr(code))) == 2
    and unicodedata.normalize("NFD", chr(code))[0].isascii()
    and unicodedata.normalize("NFD", chr(code))[1] in _ACCENTS
}
#: One accented letter standing alone, as a name does (not the ï of "naïve" in the prose).
_ACCENT = re.compile(
    "(?<![A-Za-z])(?:([A-Za-z])([" + "".join(_ACCENTS) + "])|([" + "".join(_ACCENTED) + "]))(?![A-Za-z])"
)
#: Superscript digits typed as characters (``x²``): the power they show.
_POWERS = {"²": "^{2}", "³": "^{3}", "¹": "^{1}"}


def with_unicode_commands(text: str) -> str:
    """``text`` with each such character written as its command, a space after it where a letter follows (``δ_k``:
    ``\\delta_k``; ``γ ≥ 0``: ``\\gamma \\ge 0``): so the prose's ``$y ∈ \\{0, 1\\}$`` states a domain, and
    ``δ_k = …`` defines, as written with commands (lines kept)."""

    def command(match: re.Match[str]) -> str:
        after = text[match.end() : match.end() + 1]
        return "\\" + UNICODE_COMMANDS[match.group(0)] + (" " if after.isascii() and after.isalpha() else "")

    def accented(match: re.Match[str]) -> str:
        letter, accent = (match.group(1), _ACCENTS[match.group(2)]) if match.group(1) else _ACCENTED[match.group(3)]
        return f"\\{accent}{{{letter}}}"

    text = _ACCENT.sub(accented, text)  # ŷ: \\hat{y}
    return re.sub("[²³¹]", lambda m: _POWERS[m.group(0)], _TYPED.sub(command, text))


__all__ = ["COMMAND_SYNONYMS", "UNICODE_COMMANDS", "with_unicode_commands"]
