"""Plain TeX's font switches inside a group, ``{\\rm ce}``, written as the LaTeX command that sets the same group,
``{\\mathrm{ce}}``: CS229's ``\\ell_{\\rm ce}`` is the labelled name ``\\ell_{\\mathrm{ce}}``. A bold letter set
with the text font, ``\\textbf{x}`` (David Bieber's vectors), is the bold letter ``\\mathbf{x}`` it shows; so is a
bold of a bold, ``\\boldsymbol{\\mathbf{x}}`` (a site's ``\\vec``, written out from its macros)."""

from __future__ import annotations

import re

#: A switch opening its group, the group holding only letters, digits and spaces (nothing whose reading it changes).
_SWITCHED = re.compile(r"\{\s*\\(rm|bf|cal)(?![A-Za-z])\s*([A-Za-z0-9 ]+?)\s*\}")
_COMMANDS = {"rm": "mathrm", "bf": "mathbf", "cal": "mathcal"}
#: \textbf of one letter.
_TEXT_BOLD = re.compile(r"\\textbf\s*\{\s*([A-Za-z])\s*\}")
#: A bold command given one letter with no braces, ``\\mathbf w``, as MathJax reads it: ``\\mathbf{w}``.
_UNBRACED = re.compile(r"\\(mathbf|boldsymbol|bm)\s+([A-Za-z])(?![A-Za-z])")
#: A bold command around a bold command, ``\\boldsymbol{\\mathbf{x}}`` (a site's ``\\vec``): the inner one alone.
_DOUBLED = re.compile(
    r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*(\\(?:mathbf|boldsymbol|bm)\s*\{(?:[^{}]|\{[^{}]*\})*\})\s*\}"
)


#: An italic word of two letters or more right before its argument list: the name of a function (a survey's S-01).
_ITALIC_NAME = re.compile(r"\\mathit\s*\{\s*([A-Za-z]{2,})\s*\}(?=\s*(?:\\left\s*)?\()")


def with_font_commands(text: str) -> str:
    """``text`` with each ``{\\rm …}`` (``\\bf``, ``\\cal``) written ``{\\mathrm{…}}``, each ``\\mathbf w`` written
    ``\\mathbf{w}``, each ``\\textbf{x}`` written ``\\mathbf{x}``, and a bold of a bold,
    ``\\boldsymbol{\\mathbf{x}}``, as the inner bold alone (it shows the same letter), and an italic name applied,
    ``\\mathit{ReLU}(x)``, as ``\\mathrm{ReLU}(x)``; lines are kept as they are.
    Outside a script the group is dropped: ``{\\rm softmax}(z)`` is ``\\mathrm{softmax}(z)``."""
    text = _ITALIC_NAME.sub(r"\\mathrm{\1}", text)  # \\mathit{ReLU}(x): a name applied, not R·e·L·U(x)
    text = _TEXT_BOLD.sub(r"\\mathbf{\1}", text)
    text = _DOUBLED.sub(lambda m: m.group(1), text)
    text = _UNBRACED.sub(lambda m: f"\\{m.group(1)}{{{m.group(2)}}}", text)
    text = _SWITCHED.sub(lambda m: f"{{\\{_COMMANDS[m.group(1)]}{{{m.group(2)}}}}}", text)
    return _LOOSE.sub(lambda m: m.group(1) if _loose_at(text, m.start()) else m.group(0), text)


def _loose_at(text: str, at: int) -> bool:
    """Whether the group at ``at`` is no argument: not after a script (``_{\\mathrm{ce}}``), a command
    (``\\hat{\\mathbf{y}}``) or another group (``\\frac{a}{\\mathrm{b}}``)."""
    before = text[max(0, at - 64) : at].rstrip()
    if re.search(r"\\begin\s*\{[A-Za-z]+\*?\}$", before):  # \begin{equation} {\cal C}(W): its first, no argument
        return True
    if re.search(r"\\(?:over|cdot|times|quad|qquad|cr)$", before):  # {{\rm d} L \over {\rm d} p}: no argument
        return True
    return not before or (before[-1] not in "_^}" and not before[-1].isalpha())


#: A group that only sets a font, not a script's (``{\\mathrm{softmax}}(z)``, ``{\\mathcal{C}}(\\Theta)``): the name
#: itself, so that what follows applies to it (the group made softmax's argument unreadable, and 𝒞(Θ) a product).
_LOOSE = re.compile(r"\{(\\(?:mathrm|mathbf|mathcal)\{[A-Za-z0-9 ]+\})\}")
