"""A size of the front matter written in bold on the page: d2l declares the hidden layer's width h (``\\mathbf{z}
\\in \\mathbb{R}^h``) and names the hidden vector ``\\mathbf{h}``. derive reads a bold letter as the letter, so with
``sizes: {h: symbolic}`` the page's ``\\mathbf{h} = \\phi(\\mathbf{z})`` was read as the size h and refuted. Each
display that writes a size's letter in bold reads two ways (the size, or a vector of its own) and is refused,
naming both."""

from __future__ import annotations

import dataclasses

from derive.errors import InputError
from derive.read.find import Display, Found, Unchecked
from derive.read.frontmatter import FrontMatter
from derive.read.latex_lexer import tokenize

_BOLD = frozenset({"mathbf", "boldsymbol", "bm", "vec"})


def _bold_letters(display: Display) -> set[str]:
    """The letters a display writes in bold, ``\\mathbf{h}`` (or ``\\mathbf h``)."""
    try:
        tokens = tokenize(display.text, display.line)
    except InputError:
        return set()
    found = set()
    for at, token in enumerate(tokens[:-1]):
        if token.kind == "command" and token.value in _BOLD:
            following = tokens[at + 2] if tokens[at + 1].kind == "{" and at + 2 < len(tokens) else tokens[at + 1]
            if following.kind == "letter":
                found.add(following.value)
    return found


def refuse_bold_sizes(found: Found, front: FrontMatter) -> Found:
    """``found`` without the displays that write a size's letter in bold, each listed with why."""
    sizes = {entry.text.strip() for entry, _ in front.sizes}
    if not sizes:
        return found
    refused: list[tuple[Display, str]] = []
    for display in found.displays:
        both = sorted(sizes & _bold_letters(display))
        if both:
            refused.append((display, both[0]))
    if not refused:
        return found
    why = (
        "unreadable: \\mathbf{{{0}}} beside the size {0} of the front matter can be read two ways: the size {0}, or "
        "a vector of its own: give the size another letter"
    )
    return dataclasses.replace(
        found,
        displays=tuple(d for d in found.displays if all(d is not r for r, _ in refused)),
        unchecked=(*found.unchecked, *(Unchecked(d.line, why.format(letter)) for d, letter in refused)),
    )


__all__ = ["refuse_bold_sizes"]
