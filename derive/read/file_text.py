"""A check file's text, read as derive reads any file it is given: a one-line error for what is no text file; and
its comments, which the page does not show, blanked."""

from __future__ import annotations

import re
from pathlib import Path

from derive.errors import InputError

MAX_FILE_BYTES = 1_000_000


def read_text(path: Path) -> str:
    """The file's text: a one-line error for a missing file, a directory, a huge or undecodable file."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a .md or .tex file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: file too large ({size} bytes; at most {MAX_FILE_BYTES})")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{path}: file too large (at most {MAX_FILE_BYTES} bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text") from None
    if "\x00" in text:
        raise InputError(f"{path}:{text[: text.index(chr(0))].count(chr(10)) + 1}: binary data, not text")
    if not text.strip():
        raise InputError(f"{path}:1: the file is empty")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")  # a lone CR ends a line, as in Markdown


def shown_markdown(body: str) -> str:
    """A Markdown body as its page shows it, lines kept: comments blanked, a blog engine's math tags written as
    dollars, MkDocs' admonitions opened (``derive.read.admonitions``)."""
    from derive.read.admonitions import open_admonitions

    return open_admonitions(liquid_math(blank_comments(body, tex=False)))


def blank_comments(body: str, tex: bool) -> str:
    """The body with its comments blanked, lines kept: TeX's ``%`` to the end of a line, or Markdown's ``<!-- …
    -->``, which is not shown on the page, so nothing in it is read (a source note's "file.md (…; …)" was read as
    a function's fixed data after ';'). A comment that opens its line with words after it keeps its marks: Markdown
    makes that line an HTML block, and blanked it would be indented code instead, its math never listed."""
    if tex:
        return blank_tex_comments(body)

    def blanked(comment: re.Match[str]) -> str:
        spaces = re.sub(r"[^\n]", " ", comment.group(0))
        before = body[body.rfind("\n", 0, comment.start()) + 1 : comment.start()]
        end = body.find("\n", comment.end())
        after = body[comment.end() : end if end >= 0 else len(body)]
        if after.strip() and _OPENS_LINE.fullmatch(before):  # <!-- c --> $$x = y$$: an HTML block, as the page has it
            return f"<!--{spaces[4:-3]}-->"  # blanked whole, the text after it would be indented code, never listed
        return spaces

    return re.sub(r"<!--.*?-->", blanked, body, flags=re.S)


#: What may stand before a comment that opens a Markdown block: indentation, a quote's '>', a list item's marker.
_OPENS_LINE = re.compile(r"[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?")


#: A blog engine's math tag pair (Hexo's ``{% mathjax %} … {% endmathjax %}``, ``{% katex %}``, Octopress' ``{% math
#: %}``), which the engine renders before Markdown: its body is math, as between dollars.
_LIQUID_MATH = re.compile(r"\{%-?\s*(mathjax|katex|math)\b[^%]*?-?%\}(.*?)\{%-?\s*end\1\s*-?%\}", re.S)


def liquid_math(body: str) -> str:
    """The body with each math tag pair written as dollars, lines kept: ``$$ … $$`` where the pair stands on lines of
    its own (a display), ``$ … $`` within a line of prose."""
    body = _WRAPPED.sub(lambda m: f"\n{m.group(2).strip()}\n", body)  # <div …> {% mathjax %} … </div>: layout alone

    def converted(piece: str) -> str:
        def dollars(match: re.Match[str]) -> str:
            before = piece[piece.rfind("\n", 0, match.start()) + 1 : match.start()].strip()
            end = piece.find("\n", match.end())
            after = piece[match.end() : len(piece) if end < 0 else end].strip()
            alone = (not before or before.endswith(">")) and (not after or after.startswith("<"))  # <div>{% … %}</div>
            fence = "$$" if alone else "$"
            return f"{fence}{match.group(2)}{fence}"

        return _LIQUID_MATH.sub(dollars, piece)

    pieces = re.split(r"(^[ \t]*(?:```|~~~).*?^[ \t]*(?:```|~~~)[^\n]*$)", body, flags=re.S | re.M)  # code: as is
    return "".join(piece if k % 2 else converted(piece) for k, piece in enumerate(pieces))


#: A display of a math tag alone in a layout element (``<div style="…">``), tag and display on lines of their own:
#: the engine renders it before the HTML, so the element only places it (and an indented display is no code).
_WRAPPED = re.compile(
    r"^[ \t]*<(div|p|center)\b[^>\n]*>[ \t]*\n([ \t]*\{%-?\s*(mathjax|katex|math)\b(?:(?!\{%).)*%\}"
    r"(?:(?!\{%).)*\{%-?\s*end\3\s*-?%\}[ \t]*)\n[ \t]*</\1>[ \t]*$",
    re.S | re.M,
)


def blank_tex_comments(body: str) -> str:
    """A TeX body with every ``%`` comment blanked (lines and offsets kept)."""
    return re.sub(r"(?<!\\)((?:\\\\)*)%[^\n]*", lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), body)
