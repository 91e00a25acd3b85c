"""Markdown output of a checked derivation and of a check report: headings and prose with the verdicts, math in
$…$ and $$…$$ written by the LaTeX printer."""

from __future__ import annotations

from sympy import Basic, S

from derive.check import CheckedChain, CheckedDerivation, Verdict
from derive.engine.step import Assumption, Step
from derive.printers.latex import latex_expr
from derive.printers.plain import plain
from derive.printers.report_words import (
    CheckReport,
    assumed_here,
    assumed_line,
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
from derive.printers.words import MARKS, chain_outcome_words, size_words, summary_words, verdict_words

_ESCAPES = {"\\": "\\\\", "*": "\\*", "`": "\\`", "$": "\\$", "<": "&lt;"}


def _prose(text: str) -> str:
    """Prose safe in Markdown: characters that would start emphasis, code, math or HTML are escaped."""
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def _display(tex: str) -> str:
    return f"$$ {tex} $$"


def _assumption(assumption: Assumption) -> str:
    relation = assumption.relation
    if relation is None or relation is S.true:
        return _prose(assumption.phrase)
    return f"{_prose(assumption.phrase)}: ${latex_expr(relation)}$"


#: The mark beside a step for each verdict.


def _note(at: int, step: Step, verdict: Verdict) -> str:
    """A step's note after its chain: the rule, why it applies, and what backs the verdict."""
    why = step.rule.statement
    if step.justification and step.justification != step.rule.statement:
        why += f" ({step.justification})"
    return f"{at + 1}. **{_prose(step.rule.name)}**: {_prose(why)}. {_prose(verdict_words(verdict, _show))}"


def _show(value: Basic) -> str:
    return plain(value)


def _chain(checked: CheckedChain) -> list[str]:
    """The chain as its mathematics, each step with a mark (✓ ✗ ?), its rule and number; then a note per step."""
    chain = checked.chain
    heading = chain.title
    if chain.case.condition is not S.true and chain.case.name not in chain.title:
        heading += f"; case {chain.case.name}"
    lines = [f"## {_prose(heading)}", ""]
    constraints = chain.steps[0].assumptions
    if constraints:
        lines += ["Assuming " + "; ".join(_assumption(a) for a in constraints) + ".", ""]
    if chain.expected == "fails":
        lines += ["*This chain states a tempting shortcut: it is expected to fail.*", ""]
    lines += [_display(latex_expr(chain.lhs)), ""]
    pairs = list(zip(chain.steps, checked.verdicts, strict=True))
    for at, (step, verdict) in enumerate(pairs):
        lines += [
            f"{MARKS[verdict.status]} ({at + 1}) *{_prose(step.rule.name)}*",
            "",
            _display("= " + latex_expr(step.expr)),
            "",
        ]
    outcome = chain_outcome_words(checked)
    if outcome:
        lines += [f"**{_prose(outcome)}**", ""]
    lines += [*(_note(at, step, verdict) for at, (step, verdict) in enumerate(pairs)), ""]
    return lines


def markdown(checked: CheckedDerivation) -> str:
    """The checked derivation as Markdown: title, assumptions, definitions, a section per chain, the result."""
    d = checked.derivation
    lines = [f"# {_prose(d.title)}", ""]
    lines += [f"Derivation `{d.name}`, {size_words(d.n)}. {_prose(summary_words(checked))}", ""]
    lines += ["**Assumptions**", ""]
    lines += [f"- {_assumption(a)}" for a in d.assumptions]
    lines += ["", "**Definitions**", ""]
    lines += [f"- ${latex_expr(x.head)} = {latex_expr(x.body)}$" for x in d.definitions]
    lines.append("")
    if d.notes:
        lines += ["**Notes**", "", *(f"- {_prose(note)}" for note in d.notes), ""]
    for chain in checked.chains:
        lines += _chain(chain)
    lines += ["## Result", "", "Written out in the symbols of the model:", "", _display(latex_expr(d.result))]
    return "\n".join(lines) + "\n"


def markdown_report(report: CheckReport) -> str:
    lines = [f"# Check of `{report.document.path}`", "", f"{scope(report.document)}. {summary(report)}"]
    if inferred_line(report):
        lines += ["", f"*{inferred_line(report)}*"]
    if assumed_line(report):
        lines += ["", f"*{assumed_line(report)}*"]
    lines += [line for reading in report.document.readings for line in ("", f"*{reading}*")]
    first = report.first_wrong
    for (checked, opening), assumed in zip(chain_openings(report), assumed_here(report), strict=True):
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
        if assumed:
            lines.append(f"  - *{assumed}*")
        lines.append(f"  - read as: ${read_as(link)}$")
        diagnosis = checked.result.diagnosis
        if diagnosis is not None:
            lines.append(f"  - known mistake: {diagnosis.mistake} ({diagnosis.explanation})")
            if diagnosis.correct is not None:
                lines.append(f"  - the same rule gives: $= {latex_expr(diagnosis.correct)}$")
    skipped = not_checked(report)
    if skipped:
        lines += ["", "## Not checked", "", *(f"- {line}" for line in skipped)]
    if first is not None:
        lines += ["", f"**First {'wrong' if first.status.value == 'refuted' else 'unproven'} step:** {where(first)}."]
    return "\n".join(lines) + "\n"


__all__ = ["markdown", "markdown_report"]
