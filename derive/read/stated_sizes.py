"""A size the prose fixes for the displays below it, as notes make a softmax concrete: "let's make it more concrete by
looking at a vector of size $3$", "Suppose $C = 3$:", "Take $n = 2$." The displays from that sentence to the next
heading (or to words that widen it again, "In general, for any $n$") write the entries out (z_1, z_2, z_3,
e^{z_1} + e^{z_2} + e^{z_3}); read at the page's symbolic length, index 2 was outside 1..C and every such display
unread. Such a display, one that cannot be read at every length, is read and checked at that size: each link says
so, and no claim is proven for any other size; a display that can be read at every length is checked for every
length. "$C = 3$" fixes a size only where C is the page's length; "a vector of size $3$" only on a page of one
length; a size held back ("We don't take $n = 3$", "if", a question) fixes none.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sympy import Indexed, IndexedBase, Integer

from derive.read.display_links import display_links
from derive.read.find import Display, Found, Unchecked
from derive.read.links import Link
from derive.read.macros import Macros
from derive.read.names import Names, display_name

#: "Suppose $C = 3$", "let $n = 2$", "for $K = 3$ classes", "take $n=3$": a letter set to a number by a lead word.
_SET = re.compile(
    r"\b(?:suppose|let|for|with|take|consider|assume|say)\s+(?:that\s+)?(?:we\s+have\s+)?"
    r"\$\s*(?P<letter>[A-Za-z])\s*=\s*(?P<value>\d+)\s*\$",
    re.I,
)
#: "a vector of size $3$", "vectors of length 3", "three classes" is not read (a number in words).
_OF_SIZE = re.compile(
    r"\b(?:vectors?|inputs?|outputs?|logits|layers?)\s+of\s+(?:size|length|dimension)\s+\$?\s*(?P<value>\d+)\s*\$?",
    re.I,
)
#: Words after the statement that take it back or make it one case among others: "for $n = 3$ or more".
_NOT_FIXED = re.compile(r"^\s*(?:or|and\s+(?:up|more|above)|,?\s*(?:say|e\.g\.)|\\?(?:leq?|geq?|<|>))", re.I)


#: A sentence that holds a size back: negated, hypothetical, a question, or false.
_HELD_BACK = re.compile(
    r"\b(?:not|never|won't|if|would|could|tempting|fails?|false|wrong|instead|unless|whether|or)\b|n't\b|\?", re.I
)
#: Words that widen a size again ("In general, for any $n$", "for every $n$", "Actually, forget that").
_GENERAL = re.compile(
    r"\b(?:in\s+general|general\s+(?:case|\$?[a-z]\$?)|for\s+(?:any|all|every|each|arbitrary)|arbitrary|forget|back\s+to)\b",
    re.I,
)
#: A line that starts a section as a heading does: a setext underline's title, a rule, a bold line, an HTML heading.
_ENDS = re.compile(r"^\s*(?:\*\*[^*]+\*\*\s*$|<h[1-6]\b|>\s*#|-{3,}\s*$|\*{3,}\s*$|_{3,}\s*$)", re.I)


def _sentence(line: str, start: int, end: int) -> str:
    """The sentence of ``line`` that holds [start, end)."""
    begin = max((m.end() for m in re.finditer(r"[.!?;]\s", line[:start])), default=0)
    after = re.search(r"[.!?;](?:\s|$)", line[end:])
    return line[begin : end + (after.end() if after else len(line) - end)]


@dataclass(frozen=True)
class StatedSize:
    """A size the prose fixes: the letter it names (None: "a vector of size 3"), the value, and its line."""

    letter: str | None
    value: int
    line: int

    def describe(self, length: str) -> str:
        return f"at {length} = {self.value}, as stated at line {self.line}"


def stated_sizes(found: Found, text: str) -> dict[int, StatedSize]:
    """Each display line under a size the prose fixes, with that size: from the statement to the next heading (a
    later statement in the same section replaces it)."""
    return _stated_sizes(text, tuple(d.line for d in found.displays), tuple(found.headings))


@functools.lru_cache(maxsize=64)
def _stated_sizes(text: str, displays: tuple[int, ...], headings_found: tuple[int, ...]) -> dict[int, StatedSize]:
    """``stated_sizes``, remembered: every display of a page asks, and a page is read several times."""
    lines = text.split("\n")
    statements: list[StatedSize] = []
    ends = list(headings_found)  # where a size stops: a heading, a rule, or words that widen it again
    for number, line in enumerate(lines, start=1):
        if _ENDS.match(line) or (number < len(lines) and re.match(r"^\s*(?:-{3,}|={3,})\s*$", lines[number])):
            ends.append(number)
        if line.lstrip().startswith(("$$", "\\[", "#")):
            continue
        for match in (*_SET.finditer(line), *_OF_SIZE.finditer(line)):
            sentence = _sentence(line, match.start(), match.end())
            if _NOT_FIXED.match(line[match.end() :]) or _HELD_BACK.search(sentence):
                continue  # "We don't take $n = 3$", "if we had $C = 3$", "Take $n = 3$ or $n = 4$"
            letter = match.groupdict().get("letter")
            statements.append(StatedSize(letter, int(match.group("value")), number))
        if _GENERAL.search(line):  # "In general, for any $n$:", "Actually, forget that"
            ends.append(number)
    if not statements:
        return {}
    statements.sort(key=lambda s: s.line)
    headings = sorted(ends)
    sizes: dict[int, StatedSize] = {}
    for display in displays:
        before = [s for s in statements if s.line < display]
        if not before:
            continue
        last = before[-1]
        heading = bisect.bisect_left(headings, last.line)  # a widening on the statement's own line ends it too
        if heading < len(headings) and headings[heading] < display:
            continue  # a heading between: the size was that section's
        sizes[display] = last
    return sizes


def size_for(names: Names, size: StatedSize | None) -> int | None:
    """The value ``size`` fixes the page's length to, or None where it names another letter, the page has more than
    one length, or its length is not symbolic."""
    if size is None or isinstance(names.n, Integer) or names.sizes:
        return None
    if size.letter is not None and size.letter != names.length_name:
        return None
    return size.value if size.value >= 1 else None


def sized_links(
    display: Display,
    names: Names,
    macros: Macros,
    history: list[Link],
    chains: int,
    unchecked: list[Unchecked],
    page: tuple[Found, str],
) -> list[Link]:
    """``display_links`` of ``display``, read and checked at the size the prose fixes for it (``page``: the math
    found and the text), if any."""
    size = stated_sizes(*page).get(display.line)
    value = size_for(names, size)
    before, names.entries_past_one = len(unchecked), value is None  # z_3 under "of size 3": at that size
    try:
        read = display_links(display, names, macros, history, chains, unchecked)
    finally:
        names.entries_past_one = True
    unread = [u for u in unchecked[before:] if u.reason.startswith("unreadable")]
    if value is None or size is None or not unread:
        return read  # read at every length where it can be: the size is used only where entries are written out
    sized: list[Unchecked] = []
    with at_size(names, value):
        again = display_links(display, names, macros, history, chains, sized)
    if not again or len([u for u in sized if u.reason.startswith("unreadable")]) >= len(unread):
        return read
    del unchecked[before:]
    unchecked.extend(sized)
    read = again
    loose = _loose(read, names)
    if loose:  # "= (a_1, a_2, a_3)" with a defined nowhere: free numbers, or the names the display gives
        shown = ", ".join(display_name(name) for name in sorted(loose))
        unchecked.append(Unchecked(display.line, (
            f"unreadable: read {size.describe(names.length_name)}, this display writes entries of {shown}, which the "
            "page neither defines nor uses in a definition: free numbers, or names the display gives its sides; "
            "define them (as in a_k: …)"
        )))  # fmt: skip
        return []
    said = size.describe(names.length_name)
    return [dataclasses.replace(link, instance_n=value, instance_said=said) for link in read]


def _loose(links: list[Link], names: Names) -> set[str]:
    """The vectors whose entries ``links`` write that no definition defines or uses (a display at a stated size
    that writes such entries may be naming them; read as free numbers, its true steps were refuted)."""
    definitions = names.defined.definitions if names.defined is not None else ()
    known = {str(d.name.label if isinstance(d.name, IndexedBase) else d.name) for d in definitions}
    known |= {str(e.base.label) for d in definitions for e in d.body.atoms(Indexed)}
    written = {str(e.base.label) for link in links for side in (link.lhs, link.rhs) for e in side.atoms(Indexed)}
    return written - known


@contextmanager
def at_size(names: Names, value: int | None) -> Iterator[None]:
    """Read with the page's length ``value`` (nothing changes for None): entries 1..value are in range, and the
    length's letter stands for that number."""
    if value is None:
        yield
        return
    saved = names.n
    names.n = Integer(value)
    try:
        yield
    finally:
        names.n = saved
