"""Greek letters and math symbols typed as Unicode characters inside math (``δ_k = (y_k − \\hat{y}_k)``, a notebook's
pre-calculation pasted from a word processor): MathJax and KaTeX show each as the command that names it, so the
lexer reads each as that command. The letters follow unicode-math: ε is ``\\varepsilon`` and ϵ is ``\\epsilon``, φ is
``\\varphi`` and ϕ is ``\\phi``, as each is drawn."""

from __future__ import annotations

import re

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
_TYPED = re.compile("[" + "".join(UNICODE_COMMANDS) + "]")
#: Superscript digits typed as characters (``x²``): the power they show.
_POWERS = {"²": "^{2}", "³": "^{3}", "¹": "^{1}"}


def with_unicode_commands(text: str) -> str:
    """``text`` with each such character written as its command, a space after it where a letter follows (``δ_k``:
    ``\\delta_k``; ``γ ≥ 0``: ``\\gamma \\ge 0``): so the prose's ``$y ∈ \\{0, 1\\}$`` states a domain, and
    ``δ_k = …`` defines, as written with commands (lines kept)."""

    def command(match: re.Match[str]) -> str:
        after = text[match.end() : match.end() + 1]
        return "\\" + UNICODE_COMMANDS[match.group(0)] + (" " if after.isascii() and after.isalpha() else "")

    return re.sub("[²³¹]", lambda m: _POWERS[m.group(0)], _TYPED.sub(command, text))


__all__ = ["UNICODE_COMMANDS", "with_unicode_commands"]
