"""Why a page is read again from its start: a definition it could not read (read then as a display), or lengths of
vectors it learned while reading (read then with them known from the start)."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.declarations import DefinitionError
from derive.read.frontmatter import FrontMatter
from derive.read.hypotheses import Hypothesis, take_hypotheses
from derive.read.names import display_name
from derive.read.page_arrays import PageDefinition


class Learned(Exception):
    """Lengths of vectors learned while reading: read the page again with them known from its start."""

    def __init__(self, lengths: dict[str, str]) -> None:
        self.lengths = lengths


class UnreadDefinition(Exception):
    """A display taken for a page's definition could not be read as one: read it again as a display."""

    def __init__(self, definition: tuple[int, str], reason: str, contested: dict[str, str] | None = None) -> None:
        self.definition = definition
        self.reason = reason
        #: Vectors the page sums up to two lengths, found while reading it (``latex_sums.contest``): kept.
        self.contested = contested or {}


def unread_definition(
    error: InputError,
    page: tuple[PageDefinition, ...],
    only_at: bool = False,
    learned: dict[str, str] | None = None,
    made: set[tuple[int, str]] | None = None,
) -> Exception:
    """The page's definition an error was met in, to read the page again with it a display; the error itself
    when it is the front matter's (or, ``only_at``, not at a page definition's line). The lengths ``learned`` so far
    that a sum contradicted go with it. A definition the reader ``made`` from the page (a name given to a sum's
    terms, which it makes no more once refused) is the page's too: unread, never the whole file's error."""
    named = isinstance(error, DefinitionError) and made is not None and error.key in made
    at = [error.key] if named and isinstance(error, DefinitionError) else []
    at = at or [(d.line, d.head) for d in page if str(error).startswith(f"line {d.line}:")]
    at = at or _spanning(error, page)  # a definition over several lines (cases): met at a line inside it
    if isinstance(error, DefinitionError) and error.key in at:  # the one that could not be read
        at = [error.key]
    at = [key for key in at if repr(key[1]) in str(error)] or at  # the one the message names, of several on a line
    if not at and (not page or only_at):
        return error
    # the last on its line, else (a cycle through the page's definitions) the page's last: one at a time
    reason = str(error).split(": ", 1)[-1] if str(error).startswith("line ") else str(error)
    contested = {name: size for name, size in (learned or {}).items() if "|" in size}
    swapped = [(d.line, d.head) for d in page if d.swapped and f" {display_name(d.name)} →" in str(error)]
    at = at or swapped[-1:]  # log(p/(1 − p)) = x above p = σ(x): x's definition, read the other way, is let go
    return UnreadDefinition(at[-1] if at else (page[-1].line, page[-1].head), reason, contested)


def _spanning(error: InputError, page: tuple[PageDefinition, ...]) -> list[tuple[int, str]]:
    """The page's definition whose display holds the line the error names, below its first line; [] if none. The
    page's last definition was blamed instead, one at a time, each with this error, till the right one was."""
    match = re.match(r"line (\d+):", str(error))
    if match is None:
        return []
    line = int(match.group(1))
    spans = [(d.line, d.head) for d in page if d.line < line <= d.line + f"{d.head}\n{d.body}".count("\n") + 1]
    return spans[-1:]


def page_hypotheses(front: FrontMatter, page: tuple[PageDefinition, ...]) -> tuple[FrontMatter, tuple[Hypothesis, ...]]:
    """``take_hypotheses``; one the page defines and that cannot be read (``y_i(x) = \\frac{e^{x_i}}{…}``, x with
    a script) leaves that definition unread, not the whole file."""
    try:
        return take_hypotheses(front)
    except InputError as error:
        raise unread_definition(error, page, only_at=True) from None


__all__ = ["Learned", "UnreadDefinition", "page_hypotheses", "unread_definition"]
