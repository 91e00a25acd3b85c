"""Terminal output with rich: a section per chain, each step with its expression, rule and verdict mark.

The only module that imports rich. Expressions are printed on one line by ``plain`` (z_i, Σ_{j=1..3}, ∂s_i/∂z_k).
"""

from __future__ import annotations

from io import StringIO

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text
from sympy import S

from derive.check import CheckedChain, CheckedDerivation, Status, Verdict
from derive.engine.step import Assumption
from derive.printers.plain import plain
from derive.printers.words import chain_outcome_words, counterexample_words, size_words, summary_words

#: A matrix larger than 7 × 7 shows its first and last 3 rows and columns (the exports show every entry).
MATRIX_EDGE = 3
#: The mark and style of each verdict.
MARKS = {
    Status.PROVEN: ("✓", "green"),
    Status.REFUTED: ("✗", "red"),
    Status.UNPROVEN: ("?", "yellow"),
    Status.VACUOUS: ("∅", "yellow"),
    Status.UNDEFINED: ("!", "red"),
}


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


def _chain(checked: CheckedChain) -> RenderableType:
    chain = checked.chain
    heading = Text(chain.title, style="bold cyan")
    if chain.case.condition is not S.true and chain.case.name not in chain.title:
        heading.append(f"  (case {chain.case.name})", style="cyan")
    parts: list[RenderableType] = [Text(""), heading]
    constraints = chain.steps[0].assumptions
    if constraints:
        parts.append(Text("assuming " + "; ".join(_assumption(a) for a in constraints), style="italic"))
    if chain.expected == "fails":
        parts.append(Text("a tempting shortcut: expected to fail", style="italic"))
    table = Table.grid(padding=(0, 1))
    table.add_column(width=1, no_wrap=True)
    table.add_column(ratio=3, overflow="fold")
    table.add_column(ratio=1, style="dim")
    table.add_row(Text(""), Text(plain(chain.lhs, MATRIX_EDGE)), Text(""))
    notes: list[RenderableType] = []
    unproven: dict[str, list[str]] = {}
    for at, (step, verdict) in enumerate(zip(chain.steps, checked.verdicts, strict=True)):
        rule = Text(step.rule.name)  # a Text, never a str: rich would read "[...]" in it as markup
        table.add_row(_mark(verdict, chain.expected == "fails"), Text("= " + plain(step.expr, MATRIX_EDGE)), rule)
        if verdict.status is Status.REFUTED and verdict.counterexample is not None:
            words = counterexample_words(verdict.counterexample, plain)
            notes.append(Text(f"  step {at + 1}, {step.rule.name}: {words}", style="red"))
        elif verdict.status is not Status.PROVEN:
            unproven.setdefault(f"{verdict.status.value}: {verdict.method}", []).append(str(at + 1))
    for method, steps in unproven.items():
        label = "step" if len(steps) == 1 else "steps"
        notes.append(Text(f"  {label} {', '.join(steps)} {method}", style="yellow"))
    parts += [table, *notes]
    outcome = chain_outcome_words(checked)
    if outcome:
        parts.append(Text(outcome, style="bold green" if checked.as_expected else "bold red"))
    return Group(*parts)


def renderable(checked: CheckedDerivation) -> RenderableType:
    """The checked derivation as a rich renderable: title rule, assumptions, definitions, chains, a summary."""
    d = checked.derivation
    parts: list[RenderableType] = [
        Rule(Text(d.title, style="bold")),
        Text(f"{d.name}, {size_words(d.n)}", style="dim"),
        Text("Assumptions", style="bold"),
        *(Text(f"  • {_assumption(a)}") for a in d.assumptions),
        Text("Definitions", style="bold"),
        *(Text(f"  • {plain(x.head)} = {plain(x.body)}") for x in d.definitions),
        *(Text(f"  note: {note}", style="italic") for note in d.notes),
    ]
    parts += [_chain(chain) for chain in checked.chains]
    style = "bold green" if checked.ok else "bold red"
    parts += [Text(""), Text(summary_words(checked), style=style)]
    return Group(*parts)


def print_checked(checked: CheckedDerivation, console: Console | None = None) -> None:
    """Print the checked derivation to ``console`` (a new Console on standard output by default)."""
    (console or Console()).print(renderable(checked))


def plain_text(checked: CheckedDerivation, width: int = 100) -> str:
    """The terminal output as plain text at ``width`` columns: the same content, no ANSI codes."""
    buffer = StringIO()
    console = Console(file=buffer, width=width, no_color=True, color_system=None, force_terminal=False)
    console.print(renderable(checked))
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


__all__ = ["MARKS", "plain_text", "print_checked", "renderable"]
