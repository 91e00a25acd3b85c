"""The page's prose that may state an assumption of the whole page ("…, where $y$ is one-hot."): its text with what
states nothing of the page blanked, line by line, so that line numbers and columns still hold. Code (fenced or
indented), struck-out text, quotes and footnotes state nothing of the page; nor do the items of a list whose opening
line is not in plain words ("We do not assume any of the following:"), which may set them all aside."""

from __future__ import annotations

import re
from collections.abc import Sequence

from derive.read.display_prose import LIST_ITEM
from derive.read.plain_words import plain


def _scoped(lines: list[str], displays: Sequence[int]) -> list[str]:
    """``lines`` with every line blanked but those above the first display and below the last heading above the last
    display (1-based display lines)."""
    if not displays:
        return lines
    first, last = min(displays), max(displays)
    headings = [n for n, line in enumerate(lines[: last - 1], start=1) if _HEADING.match(line) or _RUN_IN.match(line)]
    start = max(headings, default=0)
    return [line if start < number < first else "" for number, line in enumerate(lines, start=1)]


def out_of_scope(text: str, displays: Sequence[int]) -> str:
    """``text`` with only the lines above its last display that ``_scoped`` leaves out kept (a section's, or one
    above a heading): what such a line says of the page's vectors may hold for some of its displays."""
    if not displays:
        return re.sub(r"[^\n]", " ", text)
    lines = text.split("\n")
    scoped = _scoped(lines, displays)
    last = max(displays)
    return "\n".join(
        line if number < last and not kept and line.strip() else ""
        for number, (line, kept) in enumerate(zip(lines, scoped, strict=True), start=1)
    )


#: A heading, in Markdown (ATX, a setext underline, a rule, HTML) or TeX.
_HEADING = re.compile(r"\s{0,3}(?:#{1,6}(?:\s|$)|=+\s*$|-{3,}\s*$|\*{3,}\s*$)|\s*<h[1-6]\b|\s*\\(?:sub)*section\*?\{")
#: A paragraph that opens with a bold run-in title, "**Regression.** Here …": a section of its own.
_RUN_IN = re.compile(
    r"\s{0,3}(?:(?:\*\*|__)[^*_\n]{1,60}?(?:\*\*|__)|[*_][^*_\n]{1,60}?[.:][*_]|<(?:strong|b|em|i)>[^<\n]{1,60}</)"
)
#: Struck-out text: ``~~…~~`` (over lines too), GFM's ``~…~``, ``<s>``, ``<del>``, ``<strike>``.
STRUCK = re.compile(r"~~.*?~~|(?<!~)~(?!~)[^~\n]+?(?<!~)~(?!~)|<(s|del|strike)\b[^>]*>.*?</\1\s*>", re.S | re.I)
#: A footnote's definition: "[^1]: Not so: …".
_FOOTNOTE = re.compile(r"^\s*\[\^[^\]]+\]:")
#: A line that closes a display ("$$…$$", "\\]", "\\end{align}"): no words of the paragraph a list below opens with.
_DISPLAY_END = re.compile(r"(?:\$\$|\\\]|\\end\{[A-Za-z*]+\})\s*$")


def stated_prose(text: str, displays: Sequence[int] = ()) -> str:
    """``text`` with its code, struck-out text, quotes, footnotes and the items of lists opened by a line that is not
    plain blanked (see the module); and, given the lines of its ``displays``, every line but those above them all
    with no heading between the line and the last display: what a section says holds in that section alone, and
    what the page says below a display may be said of that display."""
    text = STRUCK.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)  # ~~…~~ over lines, ~…~, <s>…</s>
    lines = _scoped(text.split("\n"), displays)
    kept: list[str] = []
    fenced = False
    code = footnote = False
    opening = ""  # the paragraph of prose before the current list
    listed = blanked_list = False
    for number, line in enumerate(lines):
        stripped = line.strip()
        previous = lines[number - 1] if number else ""
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
            kept.append("")
            continue
        indented = line.startswith(("    ", "\t"))
        code = indented and not listed and (code or not previous.strip())
        footnote = bool(_FOOTNOTE.match(line)) or (footnote and (indented or not stripped))
        item = LIST_ITEM.match(line) is not None
        if item and not listed:
            blanked_list = bool(opening) and not plain(opening)
        listed = (item or (listed and (line[:1] in (" ", "\t") or not stripped))) and bool(stripped or listed)
        if not item and stripped and not indented:
            listed = False
            joined = previous.strip() and not LIST_ITEM.match(previous) and not _HEADING.match(previous)
            joined = joined and not _DISPLAY_END.search(previous)  # "$$…$$⏎where:": the words alone open the list
            opening = "" if _HEADING.match(line) else (f"{opening} {stripped}" if joined else stripped)
        table = stripped.startswith("|") or " | " in stripped  # a table's cells: what a row says is its columns'
        hidden = fenced or code or footnote or table or stripped.startswith(">") or (listed and blanked_list)
        kept.append("" if hidden else line)
    return "\n".join(kept)
