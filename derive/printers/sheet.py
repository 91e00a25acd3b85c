"""One shape for everything printed: a ``Sheet`` is a titled list of chains, each a first expression and checked
links ``= rhs`` with a verdict. A checked derivation (``derive show``) and a check report (``derive check``)
both become one, in words, so that a format added later (HTML, GitHub annotations, JUnit) is one module that
prints a Sheet and knows nothing of where it came from. Nothing here computes: it only reads and words.
"""

from __future__ import annotations

from dataclasses import dataclass

from sympy import Basic, S

from derive.batch import Batch
from derive.check import CheckedChain, CheckedDerivation, Counterexample, Status
from derive.printers.plain import plain
from derive.printers.report_words import (
    CheckedLink,
    CheckReport,
    assumed_here,
    case_words,
    chain_heading,
    constraints_line,
    counterexample_at,
    mistake_line,
    not_checked,
    scope,
    summary,
    verdict_line,
)
from derive.printers.words import counterexample_n, size_words, summary_words, verdict_words


@dataclass(frozen=True)
class Row:
    """One checked link: "= rhs", its verdict, and what backs it."""

    rhs: Basic
    status: Status
    #: The rule's name (a built-in derivation) or "line 12" (a file).
    label: str
    #: The line in the file where the link stands, for a file.
    line: int | None
    #: The verdict in one line: "proven — …", "refuted — counterexample at n = 2: …".
    verdict: str
    counterexample: Counterexample | None = None
    counterexample_n: int | None = None
    #: "known mistake: …; the same rule gives …", or "".
    mistake: str = ""
    #: The step to look at first (a file's first wrong step).
    first_wrong: bool = False
    #: The right-hand side as the file wrote it (LaTeX), for a file.
    written: str = ""


@dataclass(frozen=True)
class ChainSheet:
    title: str
    lhs: Basic
    rows: tuple[Row, ...]
    #: The case in words ("i ≠ k"), or "".
    case: str = ""
    #: "assuming …", or "".
    assuming: str = ""
    #: A chain that shows a tempting shortcut: refuting it is its point.
    expected_to_fail: bool = False
    #: The chain came out as it claims (every link proven, or the shortcut refuted).
    ok: bool = True
    #: The left-hand side as the file wrote it (LaTeX), for a file.
    written: str = ""

    @property
    def line(self) -> int | None:
        return self.rows[0].line if self.rows else None


@dataclass(frozen=True)
class Sheet:
    #: "Softmax with cross-entropy: …", or the file's path.
    title: str
    #: "softmax-ce, n = 3", or "every n (symbolic)".
    subtitle: str
    chains: tuple[ChainSheet, ...]
    summary: str
    ok: bool
    #: The file checked, when there is one (a report), for annotations that point at its lines.
    path: str | None = None
    #: What was not checked, one line each, with the line of the file it stands at (None: the file as a whole).
    not_checked: tuple[tuple[int | None, str], ...] = ()


def _report_row(checked: CheckedLink, first: CheckedLink | None, assumed: str) -> Row:
    link = checked.link
    return Row(
        link.rhs,
        checked.status,
        f"line {link.line}",
        link.line,
        verdict_line(checked) + (f"; {assumed}" if assumed else ""),
        checked.counterexample,
        counterexample_at(checked),
        mistake_line(checked),
        checked is first,
        link.rhs_latex,
    )


def report_sheet(report: CheckReport) -> Sheet:
    first = report.first_wrong
    chains = []
    assumed = dict(zip(map(id, report.links), assumed_here(report), strict=True))
    for group in report.chains:
        link = group[0].link
        rows = tuple(_report_row(checked, first, assumed[id(checked)]) for checked in group)
        ok = all(row.status is Status.PROVEN for row in rows)
        heading, case, assuming = chain_heading(link), case_words(link), constraints_line(link)
        chains.append(ChainSheet(heading, link.lhs, rows, case, assuming, ok=ok, written=link.lhs_latex))
    path = report.document.path
    lines = [u.line for u in report.document.unchecked] + [None]  # not_checked ends with the inline equalities
    skipped = tuple(zip(lines, not_checked(report), strict=False))
    return Sheet(path, scope(report.document), tuple(chains), summary(report), report.ok, path, skipped)


def _chain_sheet(checked: CheckedChain) -> ChainSheet:
    chain = checked.chain
    rows = tuple(
        Row(
            step.expr,
            verdict.status,
            step.rule.name,
            None,
            verdict_words(verdict, plain),
            verdict.counterexample,
            counterexample_n(verdict),
        )
        for step, verdict in zip(chain.steps, checked.verdicts, strict=True)
    )
    case = chain.case.name if chain.case.condition is not S.true else ""
    constraints = chain.steps[0].assumptions
    assuming = "assuming " + "; ".join(a.phrase for a in constraints) if constraints else ""
    return ChainSheet(chain.title, chain.lhs, rows, case, assuming, chain.expected == "fails", checked.as_expected)


def derivation_sheet(checked: CheckedDerivation) -> Sheet:
    d = checked.derivation
    chains = tuple(_chain_sheet(chain) for chain in checked.chains)
    return Sheet(d.title, f"{d.name}, {size_words(d.n)}", chains, summary_words(checked), checked.ok)


def sheet(checked: CheckedDerivation | CheckReport) -> Sheet:
    """The one shape of a checked derivation or a check report."""
    return report_sheet(checked) if isinstance(checked, CheckReport) else derivation_sheet(checked)


@dataclass(frozen=True)
class Entry:
    """One thing printed among several: a checked file or derivation (``sheet``), or a file that could not be
    read (``error``); ``seconds`` it took, when timed."""

    name: str
    sheet: Sheet | None = None
    error: str | None = None
    seconds: float | None = None


def entries(checked: CheckedDerivation | CheckReport | Batch) -> list[Entry]:
    """What a format that prints one or many files prints: each checked or unreadable file (skipped files are
    left out), or the one derivation or report."""
    if isinstance(checked, Batch):
        return [
            Entry(str(f.path), None if f.report is None else report_sheet(f.report), f.error, f.seconds)
            for f in checked.files
            if not f.skipped
        ]
    name = checked.document.path if isinstance(checked, CheckReport) else checked.derivation.name
    return [Entry(name, sheet(checked))]


__all__ = ["ChainSheet", "Entry", "Row", "Sheet", "derivation_sheet", "entries", "report_sheet", "sheet"]
