"""A check report in the terminal with rich: each chain's links with a mark, the line, both sides' LaTeX."""

from __future__ import annotations

from io import StringIO

from rich.console import Console, Group, RenderableType
from rich.text import Text

from derive.printers.report_words import (
    CheckReport,
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
from derive.printers.terminal import MARKS, console_for_output
from derive.printers.words import evidence_words


def renderable(report: CheckReport, verbose: bool = False) -> RenderableType:
    """The report as a rich renderable; ``verbose`` adds the numeric evidence beside each verdict's method, what
    each link was read as (derive's LaTeX), and a point at which the assumptions all hold."""
    parts: list[RenderableType] = [Text(f"{report.document.path} — {scope(report.document)}", style="bold")]
    if inferred_line(report):
        parts.append(Text(inferred_line(report), style="dim"))
    if verbose and assumptions_line(report):
        parts.append(Text(assumptions_line(report), style="dim"))
    first = report.first_wrong
    for checked, opening in chain_openings(report):
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
    console.print(renderable(report, verbose), soft_wrap=not console.is_terminal)


def report_text(report: CheckReport, width: int = 100, verbose: bool = False) -> str:
    """The terminal report as plain text at ``width`` columns (no ANSI codes)."""
    buffer = StringIO()
    console = Console(file=buffer, width=width, no_color=True, color_system=None, force_terminal=False)
    console.print(renderable(report, verbose))
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
