"""What the integrations say of a checked file, in the report printers' own words: the report grouped by chain,
each link's mark and verdict, and the problems (a link not proven, a displayed equality not checked). The glue
between a ``CheckReport`` and pytest, MkDocs and notebooks; nothing here computes."""

from __future__ import annotations

from dataclasses import dataclass

from derive.check.verdict import Status
from derive.printers.report_words import (
    CheckedLink,
    CheckReport,
    chain_heading,
    mistake_line,
    not_checked,
    scope,
    summary,
    verdict_line,
)
from derive.printers.words import MARKS


@dataclass(frozen=True)
class ChainReport:
    """One chain of a checked file: its heading ("Chain 2 (case i ≠ k)"), the line it starts on, its links."""

    number: int
    heading: str
    line: int
    links: tuple[CheckedLink, ...]

    @property
    def ok(self) -> bool:
        return all(link.status is Status.PROVEN for link in self.links)


@dataclass(frozen=True)
class Problem:
    """Why a file is not proven, at a line: a link refuted or not proven, or an equality not checked."""

    line: int
    message: str


def chains(report: CheckReport) -> list[ChainReport]:
    """The report's links grouped by chain, in file order."""
    grouped: dict[int, list[CheckedLink]] = {}
    for checked in report.links:
        grouped.setdefault(checked.link.chain, []).append(checked)
    return [
        ChainReport(number, chain_heading(links[0].link), min(c.link.line for c in links), tuple(links))
        for number, links in grouped.items()
    ]


def mark(checked: CheckedLink) -> str:
    """The link's verdict mark: ✓ proven, ✗ refuted, ? unproven (∅ vacuous, ! undefined)."""
    return MARKS[checked.status]


def link_lines(checked: CheckedLink) -> list[str]:
    """A link as the text report shows it: mark, right-hand side and line; the verdict with its counterexample;
    the known mistake and what the same rule gives, when one is recognised."""
    link = checked.link
    lines = [f"{mark(checked)} = {link.rhs_latex}   line {link.line}", f"    {verdict_line(checked)}"]
    mistake = mistake_line(checked)
    return lines + ([f"    {mistake}"] if mistake else [])


def chain_text(chain: ChainReport, only_failing: bool = False) -> str:
    """A chain's links (or only those not proven) under its heading and first left-hand side."""
    lines = [f"{chain.heading}, line {chain.line}", f"    {chain.links[0].link.lhs_latex}"]
    for checked in chain.links:
        if not (only_failing and checked.status is Status.PROVEN):
            lines += link_lines(checked)
    return "\n".join(lines)


def report_text(report: CheckReport) -> str:
    """The report as plain text, chain by chain, each link with its verdict (and counterexample, and known mistake),
    then what was not checked and the summary: the message of ``assert_proven``, the text of a notebook's output.
    (Written here, without rich, which in a notebook would show its console output instead of returning it.)"""
    parts = [f"{report.document.path} — {scope(report.document)}"]
    parts += [f"\n{chain_text(chain)}" for chain in chains(report)]
    skipped = not_checked(report)
    if skipped:
        parts += ["", *skipped]
    return "\n".join([*parts, "", summary(report)]) + "\n"


def title(checked: CheckedLink) -> str:
    """One line for a reader who points at a link's mark: "line 19: refuted — counterexample …; known mistake …"."""
    mistake = mistake_line(checked)
    return f"line {checked.link.line}: {verdict_line(checked)}" + (f"; {mistake}" if mistake else "")


def problems(report: CheckReport) -> list[Problem]:
    """Every reason the file is not proven, in line order: each link not proven, each display holding an equality
    that was not checked, and a file in which nothing was checked."""
    found = [Problem(c.link.line, title(c).split(": ", 1)[1]) for c in report.links if c.status is not Status.PROVEN]
    found += [Problem(u.line, f"not checked — {u.reason}") for u in report.document.unchecked if u.equality]
    if not report.links:
        found.append(Problem(1, "nothing was checked: no display holds an equality chain"))
    return sorted(found, key=lambda p: p.line)


__all__ = [
    "ChainReport",
    "Problem",
    "chain_text",
    "chains",
    "link_lines",
    "mark",
    "not_checked",
    "problems",
    "report_text",
    "title",
]
