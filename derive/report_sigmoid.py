"""σ, a function the page never defines, read as any function: a refutation of a link through it, found with σ = sin,
may not hold for the logistic sigmoid ML pages mean by σ (survey T-04's σ′(Z) = σ(Z)(1 − σ(Z)), refuted though it
is the sigmoid's own identity). Each such refutation is tried again with σ the sigmoid: refuted there too, it stands
(under both readings); else the link is "not refuted", naming both readings. Never a proof."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sympy import Basic, exp
from sympy.core.function import AppliedUndef

from derive.check.verdict import Status
from derive.report_verdicts import kept

if TYPE_CHECKING:
    from derive.check.cache import VerdictCache
    from derive.check.claim import Claim
    from derive.check.diagnose import LinkResult
    from derive.read.links import Link

#: The name derive gives the letter σ, applied.
_SIGMA = "sigma"


def _applies_sigma(expr: Basic) -> bool:
    return any(node.func.__name__ == _SIGMA for node in expr.atoms(AppliedUndef))


def _through_sigma(claim: Claim) -> bool:
    """Whether ``claim`` applies σ, a function its definitions do not write out (one the page defines is)."""
    return any(_applies_sigma(e) for e in (claim.lhs, claim.rhs, *(d.body for d in claim.definitions)))


def _sigmoid(expr: Basic) -> Basic:
    """``expr`` with σ the logistic sigmoid, its derivatives taken."""
    swapped = expr.replace(
        lambda node: isinstance(node, AppliedUndef) and node.func.__name__ == _SIGMA,
        lambda node: 1 / (1 + exp(-node.args[0])),
    )
    return swapped.doit()


def _as_sigmoid(call: tuple[Claim, Basic]) -> tuple[Claim, Basic]:
    claim, head = call
    definitions = tuple(replace(d, body=_sigmoid(d.body)) for d in claim.definitions)
    return replace(claim, lhs=_sigmoid(claim.lhs), rhs=_sigmoid(claim.rhs), definitions=definitions), head


def sigmoid_rechecked(
    links: Sequence[Link],
    calls: Sequence[tuple[Claim, Basic]],
    results: list[LinkResult],
    check: tuple[float, VerdictCache | None, float],
    inferred: Sequence[bool],
) -> list[LinkResult]:
    """``results``, each refutation through a σ its page never declares nor defines (``inferred``, link by link)
    tried again with σ the sigmoid (see the module): where that refutes too it stands; else the link is unproven,
    naming both readings."""
    from derive.check.diagnose import check_links

    again = [
        k
        for k, (link, result) in enumerate(zip(links, results, strict=True))
        if inferred[k] and result.verdict.refuted and link.shapes is None and _through_sigma(calls[k][0])
    ]
    if not again:
        return results
    timeout, cache, budget = check
    results = list(results)
    rechecked = check_links([_as_sigmoid(calls[k]) for k in again], timeout, cache, budget=budget)
    for k, result in zip(again, rechecked, strict=True):
        if result.verdict.refuted:
            continue  # false of any function and of the sigmoid: it stands
        how = "it is proven" if result.verdict.proven else "no counterexample was found"
        method = (
            "not refuted: σ, which the page never defines, is read as any function, and a counterexample was found "
            f"for one; with σ the logistic sigmoid, as ML pages write σ, {how}: define σ (σ(x): 1/(1 + e^{{-x}})), "
            "or declare it any function (functions: [\\sigma]), to have it checked so"
        )
        verdict = replace(results[k].verdict, status=Status.UNPROVEN, method=method, counterexample=None, evidence=None)
        results[k] = kept(results[k], verdict)
    return results


__all__ = ["sigmoid_rechecked"]
