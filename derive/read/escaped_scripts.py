"""``y\\_i``: a subscript escaped for Markdown. Hexo's renderer (and others that do not know math) reads ``\\_`` as
an escaped underscore before MathJax sees the formula, so blogs written for it escape every subscript
(``y\\_i = \\frac{e^{x\\_i}}{\\sum e^{x\\_k}}``, ``\\sum\\_{c=1}^C``). Rendered either way, ``y\\_i`` shows y, an
underscore or a lowered i, and i: no reader takes the underscore for a character of the formula. So in a Markdown
page's math, ``\\_`` right after a one-letter name, a command or a closing brace (no space) and right before a letter,
a digit or a brace is written ``_`` before anything reads the display; elsewhere (``N \\times \\_\\_``, a blank to fill
in; ``learning\\_rate``, a name spelled as code spells it) it stays, and the parser refuses it.
"""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Display, Found
from derive.read.plain_tex import plain_alignments
from derive.read.word_equations import lifted_equations

_ESCAPED = re.compile(r"(?<=[A-Za-z}])\\_(?=[A-Za-z0-9{])")
#: The name before ``\\_``: a command (``\\sum``), a run of letters, or a closing brace.
_BEFORE = re.compile(r"(?:\\?[A-Za-z]+|\})$")


#: A script that is a command with its braced arguments: ``_\\text{max}``, ``^\\frac{1}{2}``, ``^\\sqrt{2}``.
_COMMAND_SCRIPT = re.compile(
    r"([_^])\s*(\\(?:text|textrm|mathrm|mathit|mathbf|mathsf|mathtt|mathcal|operatorname|boldsymbol|bm|hat|tilde"
    r"|bar|vec|sqrt)\s*\{[^{}$]*\}|\\[dt]?frac\s*\{[^{}$]*\}\s*\{[^{}$]*\})"
)


def _script(match: re.Match[str]) -> str:
    """``_`` where the ``\\_`` follows one letter (y), a command (\\sum) or a brace; kept after a word
    (``learning\\_rate``, a name in code's spelling, not a letter with a subscript)."""
    before = _BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    named = before is not None and (before.group().startswith(("\\", "}")) or len(before.group()) == 1)
    return "_" if named else match.group()


def _display(display: Display) -> Display:
    """The display with its escaped subscripts written as subscripts."""
    text = _ESCAPED.sub(_script, display.text)
    return display if text == display.text else dataclasses.replace(display, text=text)


#: A sum's upper limit that names its index again, ``\\sum_{i=1}^{i=N}``: the bound is N.
_RESTATED = re.compile(r"(\\sum\s*_\s*\{\s*([A-Za-z])\s*=[^{}=]*\}\s*\^\s*\{)\s*\2\s*=(?!=)")


def grouped_scripts(found: Found) -> Found:
    """``found`` with each script that is a command with its arguments in braces: ``x_\\text{max}`` is
    ``x_{\\text{max}}``, as TeX reads it; each sum's upper limit that names its index again, ``^{i=N}``, as its
    bound alone (it had been "expected '}' but found '='"); plain TeX's \\eqalign and \\cases as LaTeX's; an equation
    in dollars inside words, ``\\text{and $y = 2$}``, outside them, as math (``derive.read.word_equations``)."""

    def grouped(display: Display) -> Display:
        text = _RESTATED.sub(r"\1", _COMMAND_SCRIPT.sub(r"\1{\2}", plain_alignments(lifted_equations(display.text))))
        return display if text == display.text else dataclasses.replace(display, text=text)

    return dataclasses.replace(
        found, displays=tuple(map(grouped, found.displays)), inline=tuple(map(grouped, found.inline))
    )


def unescaped_scripts(found: Found) -> Found:
    """``found`` with every display's and inline formula's escaped subscripts (``y\\_i``) written ``y_i``."""
    displays = tuple(_display(d) for d in found.displays)
    inline = tuple(_display(d) for d in found.inline)
    if displays == found.displays and inline == found.inline:
        return found
    first = min(d.line for d, e in zip((*found.displays, *found.inline), (*displays, *inline), strict=True) if d != e)
    said = f"line {first}: \\_ between a name and its script read as a subscript, escaped for Markdown (y\\_i is y_i)"
    return dataclasses.replace(found, displays=displays, inline=inline, readings=(*found.readings, said))


__all__ = ["grouped_scripts", "unescaped_scripts"]
