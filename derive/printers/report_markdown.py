"""A check report as Markdown: each chain as a list of links (mark, line, both sides), the wrong step marked."""

from __future__ import annotations

from derive.printers.latex import latex_expr
from derive.printers.report_words import (
    CheckReport,
    chain_heading,
    chain_openings,
    constraints_line,
    inferred_line,
    not_checked,
    read_as,
    scope,
    summary,
    verdict_detail,
    where,
)
from derive.printers.words import MARKS


def markdown_report(report: CheckReport) -> str:
    lines = [f"# Check of `{report.document.path}`", "", f"{scope(report.document)}. {summary(report)}"]
    if inferred_line(report):
        lines += ["", f"*{inferred_line(report)}*"]
    first = report.first_wrong
    for checked, opening in chain_openings(report):
        link = checked.link
        if opening:
            lines += ["", f"## {chain_heading(link)}", ""]
            if constraints_line(link):
                lines += [f"*{constraints_line(link)}*", ""]
            lines += [f"$${link.lhs_latex}$$", ""]
        status = checked.status.value
        flag = " **← first wrong step**" if checked is first and status == "refuted" else ""
        flag = flag or (" **← first unproven step**" if checked is first else "")
        lines.append(f"- {MARKS[checked.status]} line {link.line}: $= {link.rhs_latex}$ — **{status}**{flag}")
        if verdict_detail(checked):
            lines.append(f"  - {verdict_detail(checked)}")
        lines.append(f"  - read as: ${read_as(link)}$")
        diagnosis = checked.result.diagnosis
        if diagnosis is not None:
            lines.append(f"  - known mistake: {diagnosis.mistake} ({diagnosis.explanation})")
            lines.append(f"  - the same rule gives: $= {latex_expr(diagnosis.correct)}$")
    skipped = not_checked(report)
    if skipped:
        lines += ["", "## Not checked", "", *(f"- {line}" for line in skipped)]
    if first is not None:
        lines += ["", f"**First {'wrong' if first.status.value == 'refuted' else 'unproven'} step:** {where(first)}."]
    return "\n".join(lines) + "\n"
