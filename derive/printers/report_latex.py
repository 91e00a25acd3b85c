"""A check report as a standalone LaTeX document: each chain as an align* block, each link tagged with its
verdict and line, the first wrong step boxed, known mistakes with the correct right-hand side."""

from __future__ import annotations

from derive.printers.latex import LATEX_MARKS, PREAMBLE, latex_expr
from derive.printers.prose import prose_tex
from derive.printers.report_words import (
    CheckReport,
    constraints_line,
    has_case,
    not_checked,
    read_as,
    scope,
    summary,
    verdict_line,
)

TEXT_ESCAPES = {char: f"\\{char}" for char in "_%$&#{}"} | {"\\": r"\textbackslash{}", "~": r"\~{}", "^": r"\^{}"}


def latex_report(report: CheckReport) -> str:
    path = "".join(TEXT_ESCAPES.get(char, char) for char in report.document.path)
    parts = [
        PREAMBLE,
        r"\begin{document}",
        rf"\section*{{Check of \texttt{{{path}}}}}",
        prose_tex(f"{scope(report.document)}. {summary(report)}"),
    ]
    first = report.first_wrong
    chains: dict[int, list[str]] = {}
    notes: dict[int, list[str]] = {}
    heads: dict[int, str] = {}
    for checked in report.links:
        link = checked.link
        status = checked.status.value
        rows = chains.setdefault(link.chain, [])
        if not rows:
            heads[link.chain] = prose_tex(constraints_line(link))
            case = rf" \quad ({latex_expr(link.condition)})" if has_case(link) else ""
            rows.append(f"{link.lhs_latex}{case}")
        rhs = link.rhs_latex
        if checked is first:
            rhs = rf"\boxed{{{rhs}}}"
        flag = ", first wrong step" if checked is first else ""
        tag = rf"{LATEX_MARKS[checked.status]}\ \text{{line {link.line}{flag}}}"
        rows.append(rf"&= {rhs} && {tag}")
        chain_notes = notes.setdefault(link.chain, [])
        chain_notes.append(rf"\item Line {link.line} read as $\displaystyle {read_as(link)}$.")
        if status != "proven":
            chain_notes.append(rf"\item Line {link.line}: {prose_tex(verdict_line(checked))}")
            diagnosis = checked.result.diagnosis
            if diagnosis is not None:
                chain_notes.append(
                    rf"\item Known mistake: {prose_tex(diagnosis.mistake)} ({prose_tex(diagnosis.explanation)}); "
                    rf"the same rule gives $\displaystyle {latex_expr(diagnosis.correct)}$."
                )
    for number, rows in chains.items():
        parts.append(rf"\subsection*{{Chain {number}}}")
        if heads[number]:
            parts.append(rf"\emph{{{heads[number]}}}")
        parts += [r"\begin{align*}", " \\\\\n".join(rows), r"\end{align*}"]
        if number in notes:
            parts += [r"\begin{itemize}", *notes[number], r"\end{itemize}"]
    skipped = not_checked(report)
    if skipped:
        parts += [r"\subsection*{Not checked}", r"\begin{itemize}", *(rf"\item {prose_tex(s)}" for s in skipped)]
        parts.append(r"\end{itemize}")
    parts.append(r"\end{document}")
    return "\n".join(parts) + "\n"
