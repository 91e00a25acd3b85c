"""MathJax 2's own markup for math, which kramdown writes and Jekyll blogs of its time keep in their Markdown:
``<script type="math/tex; mode=display">…</script>`` is a display, ``<script type="math/tex">…</script>`` a
formula in the text (Matt Petersen's softmax post writes every display so). A browser's MathJax 2 typesets each as
``\\[…\\]`` and ``\\(…\\)`` are typeset; read as HTML, a page of them had no display derive could read."""

from __future__ import annotations

import re

_SCRIPT = re.compile(r"<script\b(?P<attributes>[^>]*)>(?P<math>(?:(?!</?script).)*?)</script\s*>", re.I | re.S)
#: A script's type, quoted or not, among its attributes (``id="MathJax-Element-1"`` before or after it).
_TYPE = re.compile(r"\btype\s*=\s*[\"']?\s*math/tex(?P<display>\s*;\s*mode\s*=\s*display)?\s*[\"']?(?:\s|$)", re.I)


def _delimited(match: re.Match[str]) -> str:
    """The script's math between the delimiters that mean what its type says: ``$$ … $$`` for a display, or
    ``\\[ … \\]`` where a dollar stands elsewhere in its paragraph (a price, "$5", would pair with one); ``\\( … \\)``
    for a formula in the text. Any other script (JavaScript) is left as it is."""
    kind = _TYPE.search(match.group("attributes"))
    if kind is None:
        return match.group(0)
    if not kind.group("display"):
        return f"\\({match.group('math')}\\)"
    text = match.string  # its paragraph: a price on the line above pairs with a dollar as well
    starts = [m.end() for m in re.finditer(r"\n[ \t]*\n", text[: match.start()])]
    end = re.search(r"\n[ \t]*\n", text[match.end() :])
    paragraph = text[starts[-1] if starts else 0 : match.end() + end.start() if end else len(text)]
    dollars = "$" in _SCRIPT.sub("", paragraph)
    return f"\\[{match.group('math')}\\]" if dollars else f"$${match.group('math')}$$"


def script_math(body: str) -> str:
    """``body`` with MathJax 2's math scripts written as the math they typeset; every line stays where it was."""
    return _SCRIPT.sub(_delimited, body) if "math/tex" in body.lower() else body


__all__ = ["script_math"]
