"""A value a variable takes, not a definition: "which gives $$y = 2$$" below ``\\frac{d}{dy}(y^2) = 2y``. A display
``y = 2`` whose right side is a number, for a name the page differentiates by (or writes after a ∂) above it, or
any right side for a variable it differentiates by ("the minimum is at $x = a$" below df/dx: read as x := a, the
slip df/dx = 2(a - x) was proven), gives it no meaning page-wide: read as a definition, it had made
``\\frac{d}{dy}(y^2) = 2y = 4`` proven (2y with y := 2). Where its lead says it follows ("which gives", "so"), it
is a claim: checked as following from a condition the page sets (``derive.read.consequences``), else refuted
where it does not hold; without such words ("The minimum is at $$y = 2$$") it is a value at a point, listed, not
checked. Given before any derivative by it, it stays the point the page evaluates at (a definition)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from typing import Protocol, TypeVar

from derive.errors import InputError
from derive.read.consequences import follows_from_before
from derive.read.definition_heads import definition_head
from derive.read.find import Display, Unchecked
from derive.read.frontmatter import Entry
from derive.read.latex_lexer import tokenize
from derive.read.number_columns import EXAMPLE, IN_A_CASE, column_of_numbers

#: What a number is written with.
_NUMBER = frozenset({"number", "+", "-", "/", "(", ")", "{", "}", ".", ","})
#: What a derivative is taken by: ``\\partial y``, ``\\partial_{y}``, and the ``dy`` of ``\\frac{…}{dy}``.
_BY = (
    re.compile(r"\\partial\s*_?\s*\{?\s*(\\[A-Za-z]+|[A-Za-z])"),
    re.compile(r"\\frac\s*\{[^{}]*\}\s*\{\s*(?:\\mathrm\s*\{\s*d\s*\}|d)\s*(\\[A-Za-z]+|[A-Za-z])"),
)
#: What a derivative is taken by, never what is differentiated: ``\\frac{…}{\\partial x}``, ``\\frac{…}{dx}``.
_DENOMINATOR = re.compile(
    r"\\frac\s*\{[^{}]*\}\s*\{\s*(?:\\partial|\\mathrm\s*\{\s*d\s*\}|d)\s*(\\[A-Za-z]+|[A-Za-z])\s*\}"
)


#: How a point that may also be a definition is said: refused, and what uses the name with it.
TWO_WAYS = "reads two ways"


def differentiated(texts: Iterable[tuple[int, str]]) -> dict[str, int]:
    """The letters (``y``, ``sigma``) the page differentiates by, or writes after a ∂, each with its first line."""
    found: dict[str, int] = {}
    for line, text in sorted(texts):
        for pattern in _BY:
            for match in pattern.findall(text):
                found.setdefault(match.lstrip("\\"), line)
        for match in _DENOMINATOR.findall(text):  # "by:x": a variable, whose named points are values too
            found.setdefault("by:" + match.lstrip("\\"), line)
        for match in re.findall(r"(?<![\\A-Za-z])[A-Za-z](?![A-Za-z])", text):  # "use:x": where x is first written
            found.setdefault("use:" + match, line)
        head, equals, rest = text.partition("=")
        if equals and re.search(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+", "", rest.split("=")[0])):  # "formula:net"
            with contextlib.suppress(InputError):
                found.setdefault("formula:" + definition_head(Entry(head.strip(), line))[0], line)
    return found


#: Words before a display that make the value it gives a name a case ("In the special case", "If", "When").
_CASE_LEAD = re.compile(
    r"\b(?:if|when|whenever|unless|except|provided|(?:special\s+)?case|setting|suppose|assume|assuming"
    r"|for\s+example|for\s+instance|e\.\s?g)\b",
    re.I,
)


def value_reading(
    name: str, body: str, line: int, lead: str, varied: dict[str, int], headings: tuple[int, ...] = ()
) -> str:
    """How ``name = body`` at ``line`` reads: "" a definition; "claim"; or why it is listed, not checked (a value
    a variable differentiated by above it takes, with no words saying it follows)."""
    try:
        tokens = tokenize(body, line)
    except InputError:
        return ""
    allowed = {"frac", "dfrac", "tfrac", "sqrt", "cdot", "times"}
    number = all(t.kind in _NUMBER or (t.kind == "command" and t.value in allowed) for t in tokens)
    if number and varied.get("formula:" + name, line) != line:  # net = w x, and net = 6: an example's value
        return "claim"
    by = varied.get("by:" + name, line)  # a section of its own since (a heading between) uses the letter anew
    across = by < line and any(by < heading <= line for heading in headings)
    use = varied.get("use:" + name, line)  # written in a display of a section above: x free there
    bare = len([t for t in tokens if t.kind not in ("{", "}", "_")]) <= 2  # x = a, x = a_0, x = 2
    last = re.split(r"[.!?]\s", lead.strip())[-1]
    right_before = re.search(r"\b(?:if|when|whenever|unless|except|provided|with|and)\s*$", last, re.I)  # if $$x = y$$
    case = _CASE_LEAD.search(last) if number or (bare and right_before) else None
    plain = re.fullmatch(r"\\?[A-Za-z]+", name) is not None  # a column's name, as ``example_columns`` finds it
    case = case or (
        EXAMPLE.search(last) if plain and column_of_numbers(tokens) else None
    )  # "For example, … $$y = (0, 1)$$"
    if case is not None:  # "In the special case $$a = 0$$ the loss vanishes": a value there, never a's definition
        return f"{name} = {' '.join(body.split())} after '{case.group(0)}': {IN_A_CASE}, not a definition; not checked"
    if (
        tokens and bare and (across or any(use < heading <= line for heading in headings))
    ):  # "## Part 2: The minimum is at $x = a$.": a point, or x from here on?
        return (
            f"{TWO_WAYS}: {name} = {body.strip()} below a display of another section that writes {name} (line "
            f"{min(by, use)}): a point, or {name}'s meaning from here on (give the point a name of its own, as "
            f"{name}^* = …)"
        )
    if varied.get(name, line) >= line or not tokens or not (number or (by < line and not across)):
        return ""  # "the minimum is at $x = a$", x varied: a point, as $x = 2$ is
    if follows_from_before(lead):
        return "claim"
    why = f"a value {name} takes (a point, or a solution), below a derivative by {name} at line {varied[name]}"
    return f"{why}: no identity and no definition, not checked"


def input_value(head: str, body: str, line: int, lead: str, inputs: set[str]) -> Unchecked | None:
    """``T = 1`` for a number the front matter declares (an input, free on the page), where no words say it follows
    ("use $$T=1$$ in deployment", a held-out page): a value set for it, listed, not checked. As a claim it is false
    of every other T, and no page claims that; read as a definition it would hold above it too."""
    try:
        tokens = tokenize(body, line)
    except InputError:
        return None
    if head.strip().lstrip("\\") not in inputs or not tokens or follows_from_before(lead):
        return None
    allowed = {"frac", "dfrac", "tfrac", "sqrt", "cdot", "times"}
    if not all(t.kind in _NUMBER or (t.kind == "command" and t.value in allowed) for t in tokens):
        return None
    return Unchecked(line, f"a value set for {head.strip()}, a number the front matter declares: {head.strip()} = "
                     f"{body.strip()} is no identity and no definition, not checked")  # fmt: skip


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def body(self) -> str: ...


D = TypeVar("D", bound=_Named)


def as_value(
    definition: D | None, display: Display, varied: dict[str, int], headings: tuple[int, ...] = ()
) -> tuple[D | None, Unchecked | None]:
    """The definition as it stands, None where it is a claim, or a line listing it where it is a value at a point."""
    if definition is None:
        return None, None
    value = value_reading(definition.name, definition.body, display.line, display.lead, varied, headings)
    if value and value != "claim":
        return None, Unchecked(display.line, value)
    return (None if value else definition), None


__all__ = ["IN_A_CASE", "TWO_WAYS", "as_value", "differentiated", "input_value", "value_reading"]
