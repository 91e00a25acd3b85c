"""``\\\\[ … \\\\]`` and ``\\\\( … \\\\)``: math delimiters escaped for Markdown, as mdBook's MathJax support and
other renderers that pass the page through CommonMark first want them. CommonMark reads ``\\\\`` as one backslash
and ``\\X`` (X an ASCII punctuation mark) as X, so MathJax sees ``\\[ … \\]`` with the formula unescaped:
``\\\\{0, 1\\\\}`` is ``\\{0, 1\\}`` there, ``\\\\\\\\`` a row break. Such a formula is read as MathJax shows it.
Before, the brackets' first backslash stayed in the formula, and every display of such a page was "unreadable: a
backslash ends the formula".

Only outside math and code: ``\\\\[1.6em]``, a row break with its spacing inside a display, is no delimiter, nor is
an opener inside ``$$ … $$``, ``\\[ … \\]`` or an environment; an opener with no closer is left as written.
"""

from __future__ import annotations

import re

#: Regions where an escaped bracket is no delimiter: code, and math already delimited.
_SKIPPED = re.compile(
    r"```.*?```|~~~.*?~~~|`[^`\n]*`|\$\$.*?\$\$|(?<!\\)\$[^$\n]+\$|(?<!\\)\\\[.*?(?<!\\)\\\]"
    r"|\\begin\{(\w+\*?)\}.*?\\end\{\1\}",
    re.DOTALL,
)
#: An opener, two backslashes and a bracket or parenthesis (not three: ``\\\\\\[`` is a row break and a bracket).
_OPENER = re.compile(r"(?<!\\)\\\\([\[(])")
#: A row break's spacing, ``\\\\[1.6em]``: no delimiter.
_SPACING = re.compile(r"\\\\\[\s*-?[\d.]+\s*(?:em|ex|pt|mm|cm|in|mu|bp|pc|dd|sp)\s*\]")
_CLOSERS = {"[": "\\\\]", "(": "\\\\)"}
#: CommonMark's backslash escape: a backslash before an ASCII punctuation mark.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def escaped_math(text: str, tex: bool = False) -> str:
    """``text`` (a Markdown page; a TeX file is returned as it is) with each formula between escaped delimiters
    written as MathJax sees it: ``\\[ … \\]`` or ``\\( … \\)`` around the formula unescaped."""
    if tex or ("\\\\[" not in text and "\\\\(" not in text):
        return text
    skipped = [match.span() for match in _SKIPPED.finditer(text)]
    parts: list[str] = []
    at = 0
    for opener in _OPENER.finditer(text):
        start = opener.start()
        if start < at or any(a <= start < b for a, b in skipped) or _SPACING.match(text, start):
            continue
        closer = _CLOSERS[opener.group(1)]
        end = text.find(closer, opener.end())
        inline = opener.group(1) == "("
        if end < 0 or (inline and "\n\n" in text[opener.end() : end]):
            continue
        formula = _ESCAPE.sub(r"\1", text[opener.end() : end])
        parts += [text[at:start], f"\\{opener.group(1)}{formula}{closer[1:]}"]
        at = end + len(closer)
    return "".join(parts) + text[at:] if parts else text


__all__ = ["escaped_math"]
