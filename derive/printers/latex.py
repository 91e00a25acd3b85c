"""LaTeX output of a checked derivation and of a check report, as a fragment or a standalone document.

Expressions are printed by ``latex_math``; every string that comes from prose (rule names, justifications,
titles) goes through ``prose_tex`` so that the .tex file is plain ASCII.
"""

from __future__ import annotations

from sympy import Basic, MatrixBase, S

from derive.check import CheckedChain, CheckedDerivation, Counterexample, Status, Verdict
from derive.engine.step import Assumption, Step
from derive.printers.latex_math import BASE_NAMES, MathLatexPrinter, latex_expr
from derive.printers.prose import prose_tex, text_tex
from derive.printers.report_words import (
    CheckReport,
    assumed_here,
    constraints_line,
    has_case,
    not_checked,
    read_as,
    scope,
    summary,
    verdict_line,
)
from derive.printers.words import (
    chain_outcome_words,
    counterexample_n,
    counterexample_values,
    evidence_words,
    size_words,
    summary_words,
)

#: The mark beside a step in its align* block, for each verdict; the words are in the notes after the chain.
LATEX_MARKS = {
    Status.PROVEN: r"\checkmark",
    Status.REFUTED: r"\times",
    Status.UNPROVEN: "?",
    Status.VACUOUS: r"\emptyset",
    Status.UNDEFINED: "!",
}

PREAMBLE = r"""\documentclass[11pt]{article}
\usepackage{amsmath}
\usepackage{amssymb}
% Wide margins without extra packages, so that the n x n matrices fit the page.
\setlength{\oddsidemargin}{-0.4in}
\setlength{\evensidemargin}{-0.4in}
\setlength{\textwidth}{7.3in}
\setlength{\topmargin}{-0.6in}
\setlength{\textheight}{9.4in}
\allowdisplaybreaks[4]
\setlength{\emergencystretch}{2em}
"""


class DerivationLatexPrinter(MathLatexPrinter):
    """LaTeX for checked chains and derivations (and, through ``MathLatexPrinter``, for expressions)."""

    def _step_line(self, at: int, step: Step, verdict: Verdict, lhs: Basic) -> str:
        start = self.expression(lhs) if at == 0 else ""
        note = rf"{LATEX_MARKS[verdict.status]}\ \text{{({at + 1}) {prose_tex(step.rule.name)}}}"
        return rf"{start} &= {self.expression(step.expr)} && {note}"

    def _justification(self, step: Step, verdict: Verdict) -> str:
        how = ", ".join(part for part in (verdict.method, verdict.scope) if part)
        detail = "; ".join(part for part in (how, evidence_words(verdict.evidence)) if part)
        if verdict.status is Status.REFUTED:
            detail = "by the counterexample given after the chain"
        verdict_tex = f"{verdict.status.value} ({prose_tex(detail)})" if detail else verdict.status.value
        return rf"\item \textbf{{{prose_tex(step.rule.name)}}}: {prose_tex(step.justification)} --- {verdict_tex}."

    def counterexample(self, at: int, step: Step, counterexample: Counterexample, n: int | None = None) -> str:
        """A refuted step's counterexample as a sentence with inline math, its values in natural order."""
        first, others = counterexample_values(counterexample)

        def listed(pairs: list[tuple[Basic, Basic]]) -> str:
            return ", ".join(f"${self._print(name)} = {self._print(value)}$" for name, value in pairs)

        values = listed(first) + (f" (other values: {listed(others)})" if others else "")
        size = f" $n = {n}$ and" if n is not None else ""
        where = f"at{size} {values}, " if values else ""
        return (
            rf"\noindent\textbf{{Counterexample}} to step {at + 1} (\emph{{{prose_tex(step.rule.name)}}}): "
            rf"{where}the left side is ${self._print(counterexample.lhs_value)}$ "
            rf"and the right side is ${self._print(counterexample.rhs_value)}$."
        )

    def assumption(self, assumption: Assumption) -> str:
        """An assumption's phrase, and its relation in math when it has one."""
        relation = assumption.relation
        if relation is None or relation is S.true:
            return prose_tex(assumption.phrase)
        return f"{prose_tex(assumption.phrase)}: ${self._print(relation)}$"

    def _print_CheckedChain(self, checked: CheckedChain) -> str:
        chain = checked.chain
        lines = [f"% {prose_tex(chain.title)}", rf"\subsection*{{{prose_tex(chain.title)}}}"]
        about = []
        if chain.case.condition is not S.true:
            about.append(f"Case {prose_tex(chain.case.name)}.")
        constraints = chain.steps[0].assumptions
        if constraints:
            about.append("Assuming " + "; ".join(self.assumption(a) for a in constraints) + ".")
        if chain.expected == "fails":
            about.append(r"\emph{This chain states a tempting shortcut: it is expected to fail.}")
        if about:
            lines.append(r"\noindent " + "\n".join(about))  # a sentence a line: chktex misreads "$. \emph"
        lines.append(r"\begin{align*}")
        pairs = list(zip(chain.steps, checked.verdicts, strict=True))
        lines.append(" \\\\\n".join(self._step_line(at, s, v, chain.lhs) for at, (s, v) in enumerate(pairs)))
        lines.append(r"\end{align*}")
        for at, (step, verdict) in enumerate(pairs):
            if verdict.status is Status.REFUTED and verdict.counterexample is not None:
                n = counterexample_n(verdict)
                lines.append(self.counterexample(at, step, verdict.counterexample, n) + "\n")
        outcome = chain_outcome_words(checked)
        if outcome:
            lines.append(rf"\noindent\textbf{{{text_tex(outcome)}}}" + "\n")
        lines.append(r"\begin{enumerate}\small")
        lines.extend(self._justification(s, v) for s, v in pairs)
        lines.append(r"\end{enumerate}")
        return "\n".join(lines)

    def _print_CheckedDerivation(self, checked: CheckedDerivation) -> str:
        return "\n\n".join(str(self._print(chain)) for chain in checked.chains) + "\n"

    def result(self, result: Basic) -> str:
        """The final result: one line, or a matrix entry by entry (one line each, so that it fits the page)."""
        if isinstance(result, MatrixBase):
            rows = []
            for r in range(result.rows):
                for c in range(result.cols):
                    where = f"{r + 1}" if result.cols == 1 else f"{r + 1}, {c + 1}"
                    rows.append(rf"\text{{entry }} ({where}) &= {self.expression(result[r, c])}")
            return "\\begin{align*}\n" + " \\\\[3pt]\n".join(rows) + "\n\\end{align*}"
        return f"\\begin{{align*}}\n& {self.expression(result)}\n\\end{{align*}}"

    def document(self, checked: CheckedDerivation) -> str:
        """A standalone article: title, n, assumptions, definitions, the chains, and the result."""
        d = checked.derivation
        parts = [
            PREAMBLE,
            rf"\title{{{prose_tex(d.title)}}}",
            r"\author{checked step by step with \texttt{derive}}",
            r"\date{}",
            r"\begin{document}",
            r"\maketitle",
            rf"\noindent Derivation \texttt{{{text_tex(d.name)}}}, {prose_tex(size_words(d.n))}. "
            + prose_tex(summary_words(checked)),
            r"\section*{Assumptions}",
            r"\begin{itemize}",
            *(rf"\item {self.assumption(a)}" for a in d.assumptions),
            r"\end{itemize}",
            r"\section*{Definitions}",
            r"\begin{align*}",
            " \\\\\n".join(f"{self.expression(x.head)} &= {self.expression(x.body)}" for x in d.definitions),
            r"\end{align*}",
        ]
        if d.notes:
            parts += [r"\section*{Notes}", r"\begin{itemize}", *(rf"\item {prose_tex(x)}" for x in d.notes)]
            parts.append(r"\end{itemize}")
        parts += [r"\section*{Derivation}", str(self._print(checked)), r"\section*{Result}"]
        parts.append(r"\noindent Written out in the symbols of the model:")
        parts += [self.result(d.result), r"\end{document}"]
        return "\n".join(parts) + "\n"


def latex_fragment(checked: CheckedDerivation) -> str:
    """Every chain as a commented, headed align* block with its verdicts: to \\input into a larger document."""
    return str(DerivationLatexPrinter().doprint(checked))


def latex_document(checked: CheckedDerivation) -> str:
    """A standalone article (amsmath and amssymb only) that compiles with pdflatex."""
    return DerivationLatexPrinter().document(checked)


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
    for checked, assumed in zip(report.links, assumed_here(report), strict=True):
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
        if assumed:
            chain_notes.append(rf"\item Line {link.line}: {prose_tex(assumed)}.")
        if status != "proven":
            chain_notes.append(rf"\item Line {link.line}: {prose_tex(verdict_line(checked))}")
            diagnosis = checked.result.diagnosis
            if diagnosis is not None:
                gives = (
                    ""
                    if diagnosis.correct is None
                    else (rf"; the same rule gives $\displaystyle {latex_expr(diagnosis.correct)}$")
                )
                chain_notes.append(
                    rf"\item Known mistake: {prose_tex(diagnosis.mistake)} ({prose_tex(diagnosis.explanation)}){gives}."
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


__all__ = [
    "BASE_NAMES",
    "LATEX_MARKS",
    "PREAMBLE",
    "DerivationLatexPrinter",
    "latex_document",
    "latex_expr",
    "latex_fragment",
    "latex_report",
]
