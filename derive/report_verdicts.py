"""What the page states turns a verdict into "unproven": a counterexample, or a point where a side has no value,
that may break a condition the page states but derive does not hold (or assumptions it could not read), a value
written rounded; and a proof whose held domain the page's own words contradict (``vacuous``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sympy import Basic, S, Set
from sympy.sets import Contains

from derive.check.verdict import Status, Verdict

if TYPE_CHECKING:
    from derive.check.diagnose import LinkResult
    from derive.engine.step import Assumption
    from derive.read.document import Link


def kept(result: LinkResult, verdict: Verdict) -> LinkResult:
    """``result`` with ``verdict``; a known mistake named beside a refutation goes with it."""
    return replace(result, verdict=verdict, diagnosis=result.diagnosis if verdict.refuted else None)


def unrefuted(result: LinkResult, unread: Sequence[int], unheld: str, link: Link) -> LinkResult:
    """``result``, but unproven where it refutes by a counterexample on a page with assumptions derive could not read
    (stated before the ``unread`` lines), one that breaks a condition the prose states above the link, or one that
    gives a name a value where a display derive could not read states it: the counterexample may break what the page
    states; or where the link's value is written rounded (``= 0.479``). A shape mismatch stays refuted."""
    from derive.read import definition_leads as said
    from derive.read.prose_conditions import breaks
    from derive.read.rounded_values import rounded

    found = result.verdict.counterexample
    undefined = result.verdict.status is Status.UNDEFINED  # log x at x = −1: its point, as a counterexample's
    if not (result.verdict.refuted or undefined) or found is None:
        return result
    values, written = dict(found.values), link.unread_values
    broken = next(((line, text) for line, text, relation in link.stated if breaks(relation, values)), None)
    if undefined and (unread or unheld or broken or written):
        where = f"${broken[1]}$, stated at line {broken[0]}" if broken else "what the page states"
        method = (f"not decided: a side has no value {result.verdict.method.split(', where')[0]}, a point that may "
                  f"break {where}, which derive did not read as an assumption")  # fmt: skip
        return kept(result, replace(result.verdict, status=Status.UNPROVEN, method=method, counterexample=None))
    if undefined:
        return result
    at = (found.values, (found.lhs_value, found.rhs_value))
    approximate = rounded(link.rhs_latex, *at) or rounded(link.lhs_latex, *at)
    if not (unread or unheld or broken or written or approximate):
        return result
    if unread:  # the assumptions of the page derive could not read: the widest reason
        method = said.NOT_REFUTED.format(line=unread[0])
    elif written:  # δ_1 = … at a line derive could not read: any other δ_1 refutes nothing
        shown, line, what = written[0]
        words = {"value": said.NOT_REFUTED_VALUE, "lone": said.NOT_REFUTED_LONE, "named": said.NOT_REFUTED_NAMED}
        wording = words.get(what, said.NOT_REFUTED_BOUND)
        method = wording.format(name=shown, line=line)
    elif broken is not None:
        method = said.NOT_REFUTED_STATED.format(text=broken[1], line=broken[0])
    else:
        method = approximate or said.NOT_REFUTED_HERE.format(condition=unheld)
    return kept(
        result, replace(result.verdict, status=Status.UNPROVEN, method=method, counterexample=None, evidence=None)
    )


def for_every(result: LinkResult, link: Link) -> LinkResult:
    """``result``, its proof said to hold for every value of a name the page never defines that stands in one side
    of the link alone (``derive.read.one_sided``): whatever value the page gives it, the link holds."""
    lone = [shown for shown, _, what in link.unread_values if what == "lone"]
    if result.verdict.status is not Status.PROVEN or not lone:
        return result
    method = f"{result.verdict.method}; for every real ${lone[0]}$ (no definition of it read)"
    return kept(result, replace(result.verdict, method=method))


def _on_one_letter(relation: Basic) -> tuple[Basic, Set] | None:
    """A condition on one scalar as (the scalar, its set): x > 1, x ∈ (0, 1); None for any other."""
    try:
        if isinstance(relation, Contains):
            return relation.args[0], relation.args[1]
        (letter,) = relation.free_symbols
        return letter, relation.as_set()
    except (ValueError, NotImplementedError, TypeError, AttributeError):
        return None


def vacuous(result: LinkResult, link: Link, domains: Sequence[Assumption]) -> LinkResult:
    """``result``, but unproven where it is proven under a domain derive holds that a condition the page states
    above the link contradicts ("Assume $x > 1$." then "Assume $x < 0$.": proven under x < 0, no x is both)."""
    if result.verdict.status is not Status.PROVEN or not link.stated:
        return result
    held = [a for a in (*domains, *link.constraints) if a.kind == "domain" and a.relation is not None]
    for line, text, relation in link.stated:
        stated = _on_one_letter(relation)
        for assumption in held:
            other = _on_one_letter(assumption.relation)
            if stated is None or other is None or stated[0] != other[0] or other[1].intersect(stated[1]) != S.EmptySet:
                continue
            method = (f"not proven: the page states ${text}$ at line {line}, and derive holds {assumption.phrase}: no "
                      f"value satisfies both, so the proof says nothing of what the page means")  # fmt: skip
            return kept(result, replace(result.verdict, status=Status.UNPROVEN, method=method))
    return result


__all__ = ["kept", "unrefuted", "vacuous"]
