"""Terminal output with rich: a section per chain, each step with its expression, rule and verdict mark.

The only module that imports rich. Expressions are printed on one line by ``plain`` (z_i, Σ_{j=1..3}, ∂s_i/∂z_k).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from io import StringIO

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.text import Text
from sympy import Basic, S

from derive.check import CheckedChain, CheckedDerivation, Status, Verdict
from derive.engine.step import Assumption
from derive.printers.layout import block, break_expression, wrap
from derive.printers.plain import plain
from derive.printers.report_words import (
    CheckReport,
    assumed_here,
    assumed_line,
    assumptions_line,
    chain_heading,
    chain_openings,
    constraints_line,
    inferred_line,
    mistake_line,
    not_checked,
    read_as,
    scope,
    summary,
    verdict_line,
)
from derive.printers.words import MARKS as UNICODE_MARKS
from derive.printers.words import (
    chain_outcome_words,
    counterexample_n,
    counterexample_words,
    evidence_words,
    size_words,
    summary_words,
    verdict_words,
)

#: A matrix larger than 7 × 7 shows its first and last 3 rows and columns (the exports show every entry).
MATRIX_EDGE = 3
#: The mark and style of each verdict.
STYLES = {Status.PROVEN: "green", Status.REFUTED: "red", Status.UNPROVEN: "yellow", Status.VACUOUS: "yellow"}
MARKS = {status: (mark, STYLES.get(status, "red")) for status, mark in UNICODE_MARKS.items()}


#: Spaces between an expression and its rule name.
GAP = "  "


def console_for_output() -> Console:
    """A Console on standard output; under ``NO_COLOR`` (any non-empty value) it writes no escape codes at all,
    neither colours nor bold, dim or italic."""
    if os.environ.get("NO_COLOR"):
        return Console(color_system=None)
    return Console()


def _assumption(assumption: Assumption) -> str:
    relation = assumption.relation
    if relation is None or relation is S.true:
        return assumption.phrase
    return f"{assumption.phrase}: {plain(relation)}"


def _mark(verdict: Verdict, expected_to_fail: bool) -> Text:
    mark, style = MARKS[verdict.status]
    if expected_to_fail and verdict.status is Status.REFUTED:
        style = "green"  # refuting a shortcut is the outcome the chain claims
    return Text(mark, style=f"bold {style}")


def _lines(lines: list[str], style: str = "") -> list[Text]:
    return [Text(line, style=style) for line in lines]


@dataclass(frozen=True)
class _Body:
    """An expression's lines after "= ", and the row that carries the mark and the rule name."""

    lines: list[str]
    anchor: int


def _body(expr: Basic, width: int | None, room: int | None, prefix: str) -> _Body:
    """The lines of one step's expression after ``prefix``: its first line within ``room`` (beside the rule
    name), the others within ``width``; a matrix as a grid with the prefix on its middle row."""
    shape = block(expr, MATRIX_EDGE)
    if len(shape) > 1:  # a grid: "=" on its middle row
        anchor = len(shape) // 2
        pad = " " * len(prefix)
        return _Body([(prefix if at == anchor else pad) + line for at, line in enumerate(shape)], anchor)
    return _Body(break_expression(prefix + shape[0], width, indent=len(prefix) + 2, first=room), 0)


def _chain(checked: CheckedChain, width: int | None, verbose: bool) -> list[RenderableType]:
    chain = checked.chain
    heading = Text(chain.title, style="bold cyan")
    if chain.case.condition is not S.true and chain.case.name not in chain.title:
        heading.append(f"  (case {chain.case.name})", style="cyan")
    parts: list[RenderableType] = [Text(""), heading]
    constraints = chain.steps[0].assumptions
    if constraints:
        parts += _lines(wrap("assuming " + "; ".join(_assumption(a) for a in constraints), width), "italic")
    if chain.expected == "fails":
        parts.append(Text("a tempting shortcut: expected to fail", style="italic"))
    pairs = list(zip(chain.steps, checked.verdicts, strict=True))
    rule_width = max(len(step.rule.name) for step, _ in pairs)
    room = None if width is None else max(width - 2 - len(GAP) - rule_width, 40)
    wide = None if width is None else width - 2
    parts += _lines(["  " + line.rstrip() for line in _body(chain.lhs, wide, wide, "").lines])
    bodies = [_body(step.expr, wide, room, "= ") for step, _ in pairs]
    column = max(len(body.lines[body.anchor].rstrip()) for body in bodies)
    notes: list[RenderableType] = []
    unproven: dict[str, list[str]] = {}
    for at, ((step, verdict), body) in enumerate(zip(pairs, bodies, strict=True)):
        for row, line in enumerate(body.lines):
            if row == body.anchor:
                text = _mark(verdict, chain.expected == "fails")
                text.append(" " + line.ljust(column) + GAP)
                text.append(step.rule.name, style="dim")  # appended as text, never read as rich markup
            else:
                text = Text("  " + line.rstrip())
            parts.append(text)
        if verbose and verdict.status is not Status.REFUTED:  # a refutation is spelled out below the chain
            parts += _lines(wrap(verdict_words(verdict, plain), width, "      ", "        "), "dim")
        if verdict.status is Status.REFUTED and verdict.counterexample is not None:
            words = counterexample_words(verdict.counterexample, plain, counterexample_n(verdict))
            notes += _lines(wrap(f"step {at + 1}, {step.rule.name}: {words}", width, "  ", "    "), "red")
        elif verdict.status is not Status.PROVEN:
            unproven.setdefault(f"{verdict.status.value}: {verdict.method}", []).append(str(at + 1))
    for method, steps in unproven.items():
        label = "step" if len(steps) == 1 else "steps"
        notes += _lines(wrap(f"{label} {', '.join(steps)} {method}", width, "  ", "    "), "yellow")
    parts += notes
    outcome = chain_outcome_words(checked)
    if outcome:
        parts += _lines(wrap(outcome, width), "bold green" if checked.as_expected else "bold red")
    return parts


def renderable(checked: CheckedDerivation, width: int | None = None, verbose: bool = False) -> RenderableType:
    """The checked derivation as a rich renderable: title rule, assumptions, definitions, chains, a summary.
    Lines are broken to ``width`` columns (not at all for None), never padded at their end; ``verbose`` adds
    each verdict's method, scope and evidence under its step."""
    d = checked.derivation
    parts: list[RenderableType] = [
        Rule(Text(d.title, style="bold")),
        Text(f"{d.name}, {size_words(d.n)}", style="dim"),
        Text("Assumptions", style="bold"),
    ]
    for assumption in d.assumptions:
        parts += _lines(wrap(_assumption(assumption), width, "  • "))
    parts.append(Text("Definitions", style="bold"))
    for definition in d.definitions:
        text = f"{plain(definition.head)} = {plain(definition.body)}"
        room = None if width is None else width - 4
        parts += _lines(
            ["  • " + line if at == 0 else "  " + line for at, line in enumerate(break_expression(text, room))]
        )
    for note in d.notes:
        parts += _lines(wrap(note, width, "  note: "), "italic")
    for chain in checked.chains:
        parts += _chain(chain, width, verbose)
    style = "bold green" if checked.ok else "bold red"
    parts += [Text(""), *_lines(wrap(summary_words(checked), width), style)]
    return Group(*parts)


def print_checked(checked: CheckedDerivation, console: Console | None = None, verbose: bool = False) -> None:
    """Print the checked derivation to ``console`` (standard output by default): broken to the terminal's width,
    or not at all when the output is not a terminal (a pipe, a file)."""
    console = console or console_for_output()
    width = console.width if console.is_terminal else None
    console.print(renderable(checked, width, verbose), soft_wrap=True)


def plain_text(checked: CheckedDerivation, width: int = 100, verbose: bool = False) -> str:
    """The terminal output as plain text at ``width`` columns: the same content, no ANSI codes."""
    buffer = StringIO()
    console = Console(file=buffer, width=width, no_color=True, color_system=None, force_terminal=False)
    console.print(renderable(checked, width, verbose), soft_wrap=True)
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def report_renderable(report: CheckReport, verbose: bool = False) -> RenderableType:
    """The report as a rich renderable; ``verbose`` adds the numeric evidence beside each verdict's method, what
    each link was read as (derive's LaTeX), and a point at which the assumptions all hold."""
    parts: list[RenderableType] = [Text(f"{report.document.path} — {scope(report.document)}", style="bold")]
    if inferred_line(report):
        parts.append(Text(inferred_line(report), style="dim"))
    if assumed_line(report):
        parts.append(Text(assumed_line(report), style="italic"))
    parts += [Text(reading, style="dim") for reading in report.document.readings]
    if verbose and assumptions_line(report):
        parts.append(Text(assumptions_line(report), style="dim"))
    first = report.first_wrong
    for (checked, opening), assumed in zip(chain_openings(report), assumed_here(report), strict=True):
        link = checked.link
        if opening:
            parts += [Text(""), Text(chain_heading(link), style="bold cyan")]
            if constraints_line(link):
                parts.append(Text(constraints_line(link), style="italic"))
            parts.append(Text(f"    {link.lhs_latex}"))
        mark, style = MARKS[checked.status]
        row = Text(f"{mark} ", style=f"bold {style}")
        row.append(f"= {link.rhs_latex}")
        row.append(f"   line {link.line}", style="dim")
        if checked is first:
            kind = "wrong" if checked.status.value == "refuted" else checked.status.value
            row.append(f"   ← first {kind} step", style=f"bold {style}")
        parts.append(row)
        colour = "dim" if checked.status.value == "proven" else style
        parts.append(Text(f"      {verdict_line(checked)}", style=colour))
        if assumed:
            parts.append(Text(f"      {assumed}", style="italic"))
        evidence = evidence_words(checked.result.verdict.evidence)
        if verbose and evidence:
            parts.append(Text(f"      {evidence}", style=colour))
        if verbose:
            parts.append(Text(f"      read as: {read_as(link)}", style="dim"))
        mistake = mistake_line(checked)
        if mistake:
            parts.append(Text(f"      {mistake}", style=style))
    skipped = not_checked(report)
    if skipped:
        parts += [Text(""), *(Text(line, style="yellow") for line in skipped)]
    parts += [Text(""), Text(summary(report), style="bold green" if report.ok else "bold red")]
    return Group(*parts)


def print_report(report: CheckReport, console: Console | None = None, verbose: bool = False) -> None:
    """Print the report to ``console`` (standard output by default, without escape codes under NO_COLOR); lines
    are not wrapped when the output is not a terminal."""
    console = console or console_for_output()
    console.print(report_renderable(report, verbose), soft_wrap=not console.is_terminal)


def report_text(report: CheckReport, width: int = 100, verbose: bool = False) -> str:
    """The terminal report as plain text at ``width`` columns (no ANSI codes)."""
    buffer = StringIO()
    console = Console(file=buffer, width=width, no_color=True, color_system=None, force_terminal=False)
    console.print(report_renderable(report, verbose))
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


__all__ = [
    "MARKS",
    "console_for_output",
    "plain_text",
    "print_checked",
    "print_report",
    "renderable",
    "report_renderable",
    "report_text",
]
