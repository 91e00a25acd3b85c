"""MathJax 2's own markup for math, which kramdown writes and Jekyll blogs of its time keep in their Markdown:
``<script type="math/tex; mode=display">…</script>`` is a display, ``<script type="math/tex">…</script>`` a
formula in the text (Matt Petersen's softmax post writes every display so). A browser's MathJax 2 typesets each as
``\\[…\\]`` and ``\\(…\\)`` are typeset; read as HTML, a page of them had no display derive could read."""

from __future__ import annotations

import re

_SCRIPT = re.compile(
    r"""<script\s+type\s*=\s*(["'])math/tex(?P<display>;\s*mode\s*=\s*display)?\1\s*>(?P<math>(?:(?!</?script)[^`])*?)</script\s*>""",
    re.I | re.S,
)


def _delimited(match: re.Match[str]) -> str:
    """The script's math between the delimiters that mean what its type says: ``\\[ … \\]`` for a display, else
    ``\\( … \\)`` (not dollars, which a price in the prose, "$5", would pair with)."""
    opening, closing = ("\\[", "\\]") if match.group("display") else ("\\(", "\\)")
    return f"{opening}{match.group('math')}{closing}"


def script_math(body: str) -> str:
    """``body`` with MathJax 2's math scripts written as the math they typeset; every line stays where it was."""
    return _SCRIPT.sub(_delimited, body) if "math/tex" in body.lower() else body


__all__ = ["script_math"]
