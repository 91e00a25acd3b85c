"""Assumptions stated before a display of definitions ("Assuming $T > 0$ and $a < 0$:" above $$f = \\sqrt{T^2}$$).

A definition holds wherever its name is used, so what the page assumes for it holds there too: each formula is read
as a domain of the whole page, as the prose's domains are (``derive.read.prose_domains``), and the report says so;
a lead below a chain holds for the links below it only (the chain above was not written under it).
A lead derive cannot read is said at its display; the definitions below it are still read, but no link of the page
is refuted then, since a counterexample might break what the lead assumes (``Document.unread_assumptions``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.chain_cases import assumed_formulas, lead_assumptions
from derive.read.find import Unchecked
from derive.read.frontmatter import Entry
from derive.read.links import Link
from derive.read.names import Names
from derive.read.page_arrays import PageDefinition

#: What the report says of a link that would have been refuted on a page with a lead it could not read.
NOT_REFUTED = (
    "not refuted: a counterexample was found, but it may break the assumptions before line {line}, which derive "
    "could not read"
)
#: The same, for a condition stated right before the link's display ("while if $i = k$,").
NOT_REFUTED_HERE = (
    "not refuted: a counterexample was found, but it may break the condition stated before it ({condition}), which "
    "derive could not read"
)
#: The same, for a link that writes a name whose value a display states that derive could not read.
NOT_REFUTED_VALUE = (
    "not refuted: a counterexample was found, but it gives ${name}$ a value of its own, where line {line} states "
    "its value, which derive could not read"
)
#: The same, for a link whose side writes a name the page never defines nor writes elsewhere (``one_sided``).
NOT_REFUTED_LONE = (
    "not refuted: a counterexample was found, but it gives ${name}$ a value of its own, and ${name}$, of which derive "
    "read no definition, stands in this side only: the page may name its value here; define it to check the link so"
)
#: The same, for a link below a condition derive could not read that writes one of its names (``x_i > 0``).
NOT_REFUTED_BOUND = (
    "not refuted: a counterexample was found, but it may break ${name}$, stated at line {line}, which derive could "
    "not read"
)
#: The same, for a link that writes a letter the prose names as a particular function or its values (``named_unread``).
NOT_REFUTED_NAMED = (
    "not refuted: a counterexample was found, but it gives ${name}$ a value of its own, where the prose says at line "
    "{line}, in words derive does not read, which function ${name}$ is or takes the values of: define ${name}$ by its "
    "formula to check the link so"
)
#: The same, for a counterexample that breaks a condition the prose states above the link (``prose_conditions``).
NOT_REFUTED_STATED = (
    "not refuted: the counterexample found breaks ${text}$, stated at line {line}, which derive did not read as an "
    "assumption of this link: state it as 'Assume ${text}$.' or in the front matter's assume"
)


@dataclass(frozen=True)
class Leads:
    """What leads of definitions state: ``domains`` for the whole page, as front-matter assumptions; ``later``, the
    leads that come after a chain (line, lead), whose assumptions hold for the links below them only; what is said
    of the leads that could not be read, and their lines."""

    domains: tuple[Entry, ...] = ()
    later: tuple[tuple[int, str], ...] = ()
    unread: tuple[Unchecked, ...] = ()
    unread_lines: tuple[int, ...] = ()


def definition_leads(page: Sequence[PageDefinition], names: Names, first_chain: int | None) -> Leads:
    """The assumptions stated before the page's displays of definitions (``first_chain``: the line of the first
    display left to check, if any: a chain above a lead was not written under it)."""
    domains: list[Entry] = []
    later: list[tuple[int, str]] = []
    unread: list[Unchecked] = []
    seen: set[str] = set()
    for definition in page:
        if not definition.lead or definition.lead in seen:
            continue
        seen.add(definition.lead)
        formulas = assumed_formulas(definition.lead, names)
        if formulas is None:
            continue
        try:
            lead_assumptions(definition.lead, names, definition.line)  # each formula read, or why not
        except InputError as error:
            why = str(error).split(": ", 1)[-1]
            said = f"unreadable: {why}; the definitions below it are read, and no link of the page is refuted"
            unread.append(Unchecked(definition.line, said, equality=False))
            continue
        if first_chain is not None and first_chain < definition.line:
            later.append((definition.line, definition.lead))
            continue
        domains += [Entry(formula, definition.line) for formula in formulas]
    return Leads(tuple(domains), tuple(later), tuple(unread), tuple(u.line for u in unread))


def below_leads(links: Sequence[Link], later: Sequence[tuple[int, str]], names: Names) -> list[Link]:
    """Each link with the assumptions of the leads of definitions above it that came after a chain."""
    stated = [(line, lead_assumptions(lead, names, line) or ()) for line, lead in later]
    return [
        dataclasses.replace(
            link, constraints=(*link.constraints, *(a for line, s in stated if line < link.line for a in s))
        )
        for link in links
    ]


def lead_readings(entries: Sequence[Entry]) -> tuple[str, ...]:
    """What the report says of each assumption read from a lead of definitions."""
    return tuple(
        f"line {e.line}: ${e.text}$, assumed before the definitions there, read as a domain of the whole page"
        for e in entries
    )


__all__ = [
    "NOT_REFUTED",
    "NOT_REFUTED_BOUND",
    "NOT_REFUTED_HERE",
    "NOT_REFUTED_LONE",
    "NOT_REFUTED_NAMED",
    "NOT_REFUTED_STATED",
    "NOT_REFUTED_VALUE",
    "Leads",
    "below_leads",
    "definition_leads",
    "lead_readings",
]
