"""Verdicts and tallies in words, shared by the printers: "proven — <method>, <scope>; numeric check …"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sympy import Basic, Indexed

from derive.check import CheckedChain, CheckedDerivation, Counterexample, Evidence, Status, Verdict
from derive.check.verdict import KEEPS_REASON, SHAPE_MISMATCH

#: A name of a counterexample and its value.
Pair = tuple[Basic, Basic]
#: How a printer writes one value (a symbol name, a number) of a counterexample.
Show = Callable[[Basic], str]

#: The mark of each verdict, in every format that prints Unicode (LaTeX has its own, latex.LATEX_MARKS).
MARKS = {
    Status.PROVEN: "✓",
    Status.REFUTED: "✗",
    Status.UNPROVEN: "?",
    Status.VACUOUS: "∅",
    Status.UNDEFINED: "!",
}


def size_words(n: object) -> str:
    """ "n = 3" for a concrete n, "every n (symbolic)" for a Symbol."""
    return f"n = {n}" if isinstance(n, int) else f"every {n} (symbolic)"


def evidence_words(evidence: Evidence | None) -> str:
    """ "numeric check agrees at 3/3 random points", or "" when there was no numeric check."""
    if evidence is None:
        return ""
    return f"numeric check agrees at {evidence.agreed}/{evidence.points} random points"


def counterexample_n(verdict: Verdict, length: str = "n") -> int | None:
    """The length at which a counterexample was found, as the verdict's scope states it ("n = 2, …"), or None;
    ``length`` is its name (D where the page's n counts the examples)."""
    at = rf"(?<![\w\\]){re.escape(length)} = (\d+)"
    found = re.search(at, verdict.scope) or re.search(at, verdict.method)
    return int(found.group(1)) if found else None


def _natural(name: Basic) -> tuple[object, ...]:
    """y_2 before y_10: an entry sorts by its base, then its indices as numbers."""
    if isinstance(name, Indexed):
        indices = tuple((0, int(i), "") if i.is_Integer else (1, 0, str(i)) for i in name.indices)
        return (2, str(name.base), indices)
    return (0 if name.is_integer else 1, str(name), ())  # the indices (k) first, then the other symbols


#: Beyond this many values, those the steps' own indices pick out come first and the rest after "other values".
MANY_VALUES = 8


def counterexample_values(counterexample: Counterexample) -> tuple[list[Pair], list[Pair]]:
    """The values to show first and the other values, each in natural order (y_2 before y_10), the indices (k)
    first. With many values, those first are the indices, the other symbols and the entries at those indices
    (the values the two sides turn on); otherwise all are first and there are no others."""
    values = sorted(counterexample.values, key=lambda pair: _natural(pair[0]))
    picked = {value for name, value in values if not isinstance(name, Indexed) and value.is_Integer}
    first = [(name, value) for name, value in values if not isinstance(name, Indexed)]
    at_index = [(m, v) for m, v in values if isinstance(m, Indexed) and all(i in picked for i in m.indices)]
    rest = [(m, v) for m, v in values if isinstance(m, Indexed) and (m, v) not in at_index]
    if len(values) > MANY_VALUES and at_index and rest:
        return first + at_index, rest
    return values, []


def counterexample_words(counterexample: Counterexample, show: Show, n: int | None = None, length: str = "n") -> str:
    """ "counterexample at n = 2: k = 2, y_1 = 47/25, …; left side = …, right side = …", values written by
    ``show`` in the order of ``counterexample_values`` (the others after "other values"); "any values" where the
    sides are numbers that differ whatever the values (x − x = 2)."""

    def listed(pairs: list[Pair]) -> str:
        return ", ".join(f"{show(name)} = {show(value)}" for name, value in pairs)

    first, others = counterexample_values(counterexample)
    shown = f"{listed(first)}; other values: {listed(others)}" if others else listed(first) or "any values"
    sides = f"left side = {show(counterexample.lhs_value)}, right side = {show(counterexample.rhs_value)}"
    where = f" at {length} = {n}" if n is not None else ""
    return f"counterexample{where}: {shown}; {sides}"


def verdict_words(verdict: Verdict, show: Show) -> str:
    """The verdict in one line: "proven — <method>, <scope>; numeric check agrees at 3/3 random points"."""
    if verdict.status is Status.REFUTED and verdict.counterexample is not None:
        words = counterexample_words(verdict.counterexample, show, counterexample_n(verdict))
        if verdict.method.startswith(SHAPE_MISMATCH):
            return f"refuted — {verdict.method}; {words}"
        if verdict.method.startswith(KEEPS_REASON):
            return f"refuted — {words}; {verdict.method}"
        return f"refuted — {words}"
    how = ", ".join(part for part in (verdict.method, verdict.scope) if part)
    numeric = evidence_words(verdict.evidence)
    detail = "; ".join(part for part in (how, numeric) if part)
    return f"{verdict.status.value} — {detail}" if detail else verdict.status.value


@dataclass(frozen=True)
class Tally:
    """Steps claimed to hold and how many are proven; shortcut chains and how many are refuted."""

    steps: int
    proven: int
    shortcuts: int
    refuted_shortcuts: int


def tally(checked: CheckedDerivation) -> Tally:
    """Count proven steps (in chains that should hold) and refuted shortcuts (chains that should fail)."""
    holds = [c for c in checked.chains if c.chain.expected == "holds"]
    fails = [c for c in checked.chains if c.chain.expected == "fails"]
    return Tally(
        steps=sum(len(c.verdicts) for c in holds),
        proven=sum(v.proven for c in holds for v in c.verdicts),
        shortcuts=len(fails),
        refuted_shortcuts=sum(c.as_expected for c in fails),
    )


def summary_words(checked: CheckedDerivation) -> str:
    """ "All 21 steps proven." or "2 of 21 steps not proven.", then what became of the shortcuts."""
    t = tally(checked)
    plural = "" if t.steps == 1 else "s"
    line = (
        f"All {t.steps} step{plural} proven {scope_words(checked)}."
        if t.proven == t.steps
        else (f"{t.steps - t.proven} of {t.steps} step{plural} not proven.")
    )
    if t.shortcuts == 1:
        line += (
            " The shortcut is refuted, as expected."
            if t.refuted_shortcuts
            else (" The shortcut was expected to fail but is not refuted.")
        )
    elif t.shortcuts > 1:
        line += f" {t.refuted_shortcuts} of {t.shortcuts} shortcuts refuted, as expected."
    return line


def scope_words(checked: CheckedDerivation) -> str:
    """ "at n = 3", or "for every n (each step cross-checked at small n; worked instances at n = 3)"."""
    n = checked.derivation.space.n
    if isinstance(n, int):
        return f"at n = {n}"
    instances = sorted({c.chain.instance_n for c in checked.chains if c.chain.instance_n is not None})
    if all(c.chain.instance_n is not None for c in checked.chains):
        return f"at the worked instance n = {', '.join(map(str, instances))} only (none is proven for every {n})"
    worked = f"; worked instance at n = {', '.join(map(str, instances))}" if instances else ""
    return f"for every {n} (each step also cross-checked at small n{worked})"


def chain_outcome_words(checked: CheckedChain) -> str:
    """What a chain came to when it matters: a shortcut refuted (or not), or steps of a chain not proven."""
    if checked.chain.expected != "fails":
        missing = sum(not v.proven for v in checked.verdicts)
        if not missing:
            return ""
        return f"{missing} of {len(checked.verdicts)} steps in this chain not proven."
    if checked.as_expected:
        return "Refuted, as expected: this shortcut is false."
    return "Expected to fail, but no step is refuted."


__all__ = [
    "Show",
    "Tally",
    "chain_outcome_words",
    "counterexample_n",
    "counterexample_values",
    "counterexample_words",
    "evidence_words",
    "scope_words",
    "size_words",
    "summary_words",
    "tally",
    "verdict_words",
]
