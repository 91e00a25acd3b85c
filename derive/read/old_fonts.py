"""Plain TeX's font switches inside a group, ``{\\rm ce}``, written as the LaTeX command that sets the same group,
``{\\mathrm{ce}}``: CS229's ``\\ell_{\\rm ce}`` is the labelled name ``\\ell_{\\mathrm{ce}}``."""

from __future__ import annotations

import re

#: A switch opening its group, the group holding only letters, digits and spaces (nothing whose reading it changes).
_SWITCHED = re.compile(r"\{\s*\\(rm|bf|cal)(?![A-Za-z])\s*([A-Za-z0-9 ]+?)\s*\}")
_COMMANDS = {"rm": "mathrm", "bf": "mathbf", "cal": "mathcal"}
#: A bold command given one letter with no braces, ``\\mathbf w``, as MathJax reads it: ``\\mathbf{w}``.
_UNBRACED = re.compile(r"\\(mathbf|boldsymbol|bm)\s+([A-Za-z])(?![A-Za-z])")


def with_font_commands(text: str) -> str:
    """``text`` with each ``{\\rm …}`` (``\\bf``, ``\\cal``) written ``{\\mathrm{…}}``, and each ``\\mathbf w``
    written ``\\mathbf{w}``; lines are kept as they are."""
    text = _UNBRACED.sub(lambda m: f"\\{m.group(1)}{{{m.group(2)}}}", text)
    return _SWITCHED.sub(lambda m: f"{{\\{_COMMANDS[m.group(1)]}{{{m.group(2)}}}}}", text)
