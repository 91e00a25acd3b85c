"""Deciding one claim: a symbolic proof at every instance, else a counterexample, else unproven.

The provers (closed sums, written-out sums, index rewrites for every n) and the numeric search live behind
``decide_claim``; the checker imports this module on the first claim the verdict cache does not hold.
"""

from __future__ import annotations

import dataclasses
import functools
import random
from collections.abc import Sequence

from sympy import And, Basic, Eq, FiniteSet, GreaterThan, Integer, LessThan, S, Symbol

from derive.check import closed_sums, generic
from derive.check.claim import Claim, at_n, bears_on_n, entries_written, fixed_entries, size_values
from derive.check.closed_sums import prove_whole
from derive.check.conditioned import prove_under_conditions
from derive.check.cross_check import cross_check_sizes, cross_check_verdicts
from derive.check.defined import definedness
from derive.check.domains import Domains, domains_of, outside, sample_point
from derive.check.finite_values import decide_by_values
from derive.check.fixed_values import at_fixed_values
from derive.check.ground import (
    atoms_to_sample,
    free_indices,
    ground,
    index_values,
    one_hot_target,
    parts_of,
    row_weights,
    vector_length,
)
from derive.check.instances import Instance, Instances, scope_words
from derive.check.label_values import at_label_values
from derive.check.nonzero import inside_domains
from derive.check.numeric import DIGITS, compare
from derive.check.prove import as_matrix, prove_equal, strongest
from derive.check.sharpened import sharpening, with_sharpened
from derive.check.symbolic import VACUOUS, prove_symbolic
from derive.check.undefined_words import undefined_why, unshown_why
from derive.check.verdict import Counterexample, Evidence, Status, Verdict
from derive.check.words import words
from derive.engine.step import Assumption
from derive.model.notation import entry
from derive.model.real_values import negative_argument

#: Random points per claim for the numeric evidence, and the most points spent looking for a counterexample.
EVIDENCE_POINTS = 3
SEARCH_POINTS = 24
#: How a claim whose two sides are the same expression (once built) is proven, without a numeric check.
IDENTICAL_SIDES = "the same expression on both sides"


def decide_claim(claim: Claim, seed: int = 0, sample: bool = True, numeric_first: bool = False) -> Verdict:
    """Decide one claim where its sides are defined (``derive.check.defined``): a side that is no number (nan,
    zoo) makes it UNDEFINED; else a counterexample refutes it; else a side undefined at a point of the domain
    (1/0 there) makes it UNDEFINED; a side not shown defined caps a proof at UNPROVEN.

    ``sample=False`` leaves out the numeric evidence beside a claim proven at concrete n at every instance (a
    claim not proven everywhere is still searched for a counterexample): the cross-check of a claim about every n
    reports only its status at each n, and samples at one of them (``cross_check_verdicts``). ``numeric_first``:
    the random points are drawn before a proof is tried (``_decide_defined``)."""
    with inside_domains(claim.domains):  # h ∈ (0, 1) stated: 1 − h is nonzero for the provers' guards
        return _decide_claim(claim, seed, sample, numeric_first)


def _decide_claim(claim: Claim, seed: int, sample: bool, numeric_first: bool) -> Verdict:
    decide = functools.partial(decide_claim, seed=seed, sample=sample, numeric_first=numeric_first)
    by_values = decide_by_values(claim, decide)
    if by_values is not None:  # y ∈ {−1, 1} stated: the claim at each value
        return by_values
    claim = at_label_values(at_fixed_values(claim))  # x = 1 stated: 1 put in for x; cases on y_k ∈ {0, 1} decided
    defined = definedness(claim)
    if defined.invalid is not None:
        return Verdict(Status.UNDEFINED, defined.invalid)
    ranged = _range_only(claim.condition)
    wider = _decide_defined(dataclasses.replace(claim, condition=S.true), seed, sample) if ranged else None
    if wider is not None and wider.proven:  # "∀ i = 1, 2, 3": proven for every index value, so for those stated
        verdict = dataclasses.replace(wider, method=f"{wider.method} (for every index value, so in the range)")
    else:
        verdict = _decide_defined(claim, seed, sample, numeric_first)
    if verdict.refuted:  # a point where both sides are defined and differ says more than an undefined one
        return verdict
    if defined.point is not None:
        where = f"at {_point_words(defined.point)}, where {undefined_why(defined)}"  # the point kept, to be weighed
        return Verdict(Status.UNDEFINED, where, counterexample=Counterexample(defined.point, S.NaN, S.NaN))
    if defined.unknown is not None and verdict.proven:
        return dataclasses.replace(verdict, status=Status.UNPROVEN, method=unshown_why(defined.unknown))
    return verdict


def _range_only(condition: Basic) -> bool:
    """Whether a case condition only bounds indices (i ≤ 3, 1 ≤ i) or fixes one at a number (i = 1, as "Case 1:
    $i = 1$." states): dropping it makes a stronger claim."""
    parts = condition.args if isinstance(condition, And) else (condition,)
    fixed = isinstance(condition, Eq) and isinstance(condition.lhs, Symbol) and isinstance(condition.rhs, Integer)
    return fixed or (condition != S.true and all(isinstance(part, (GreaterThan, LessThan)) for part in parts))


def _point_words(point: Sequence[tuple[Basic, Basic]]) -> str:
    return ", ".join(f"{_words(name)} = {_words(value)}" for name, value in point) or "every point"


def _words(expr: object) -> str:
    """``expr`` as the checker's messages write it (q_1, Σ_{k=1}^{N} …)."""
    return words(expr)


def _decide_defined(claim: Claim, seed: int = 0, sample: bool = True, numeric_first: bool = False) -> Verdict:
    """Decide one claim: a symbolic proof at every instance, else a counterexample, else unproven.

    Each group of instances that relabeling the index values maps onto each other (``derive.check.symmetry``)
    is proven at its first instance: first with closed sums of exponentials kept whole
    (``derive.check.closed_sums``), then, if that fails, with every sum written out. The random points are drawn
    before the proofs where they are drawn anyway (``sample``) and where the claim is likely false
    (``numeric_first``: no proof for every n was found): the same points as after them, so the verdict is the
    same, only sooner for a false claim (a failed proof costs far more than a point). A counterexample decides,
    whatever a proof would have said.
    """
    space = claim.space
    if not isinstance(space.n, int):
        return _check_every_n(claim, seed)
    n = space.n
    rng = random.Random(seed)
    instances = Instances(claim)
    if not instances.values:
        return Verdict(Status.VACUOUS, "no index values satisfy the case", f"n = {n}")
    if claim.lhs == claim.rhs:  # the same expression on both sides, defined (see decide_claim): nothing to test
        count, variants = len(instances.values), len(instances.variants)
        scope = scope_words(n, instances.indices, count, variants, instances.entries, 0)
        return Verdict(Status.PROVEN, IDENTICAL_SIDES, scope)
    first = numeric_first or sample  # sampled anyway: the points first, and a false claim costs no failed proof
    early = _numeric(claim, instances, instances.numeric(), rng, seed, EVIDENCE_POINTS) if first else None
    refuted = early is not None and early[1] is not None  # then no proof is tried
    methods: list[str | None] = []
    open_positions: list[int] = []
    sharp = sharpening(claim)  # T > 0 stated: T positive for the provers
    for group in [] if refuted else instances.orbits():
        method = _prove(instances, instances.instance(*group[0]), sharp)
        if method is None:
            open_positions.extend(position for position, _ in group)
        else:
            methods.append(method)
    evidence, counterexample = None, None
    if sample or open_positions or refuted:
        evidence, counterexample = early or _numeric(claim, instances, instances.numeric(), rng, seed, EVIDENCE_POINTS)
    if counterexample is None and open_positions:
        unique = sorted(set(open_positions))
        _, counterexample = _numeric(claim, instances, unique, rng, seed, SEARCH_POINTS)
    proofs = 0 if open_positions else len(methods)  # the relabeling is named only for a proven claim
    count, variants = len(instances.values), len(instances.variants)
    scope = scope_words(n, instances.indices, count, variants, instances.entries, proofs)
    if counterexample is not None:
        why = "counterexample"  # drawn before any proof where a proof could pass (see above)
        scope = scope if bears_on_n(claim, counterexample.values) else ""  # of scalars alone: no n to name
        return Verdict(Status.REFUTED, why, scope, counterexample, evidence)
    if open_positions:
        why = "no symbolic test succeeded and no counterexample was found"
        return Verdict(Status.UNPROVEN, why, scope, None, evidence)
    return Verdict(Status.PROVEN, strongest(methods), scope, None, evidence)


def _prove(instances: Instances, instance: Instance, sharp: dict[Basic, Basic] | None = None) -> str | None:
    """How one instance is proven: with closed sums kept whole, else with every sum written out; or None. The
    provers see ``sharp`` put in (``derive.check.sharpened``)."""
    lhs, rhs = (side.xreplace(sharp or {}) for side in instances.sides(instance, whole=True))
    left, right = as_matrix(lhs), as_matrix(rhs)
    if left is None and right is None:
        method = prove_whole(lhs, rhs)
    elif left is not None and right is not None and left.shape == right.shape:
        found = [prove_whole(a, b) for a, b in zip(left, right, strict=True)]
        method = None if None in found else strongest(found)
    else:
        method = None
    written = tuple(side.xreplace(sharp or {}) for side in instances.sides(instance, whole=False))
    return (
        method
        or prove_equal(*written)
        or prove_under_conditions(instances.claim, instance.assignment, (written[0], written[1]))
    )


def _check_every_n(claim: Claim, seed: int, ns: Sequence[int] | None = None) -> Verdict:
    """A claim about every n: a proof by index rewrites, beside the concrete checker's verdicts at small n.

    A counterexample at one n refutes the claim for every n. The proof covers every n from the first at which
    some index value satisfies the case (``first_n``); a concrete verdict there or after it that is not proven
    (unproven, undefined, vacuous) disagrees with the proof, and the claim is then not proven.
    """
    first, length = first_n(claim), claim.space.n  # the page's name of its length (n, or C where n is an index)
    if first is None:
        return Verdict(Status.VACUOUS, f"no index values satisfy the case, at any {length}", f"every {length}")
    method = prove_symbolic(with_sharpened(claim, sharpening(claim)))
    if method == VACUOUS:
        return Verdict(Status.VACUOUS, f"no index values satisfy the case, at any {length}", f"every {length}")
    scalar = not claim.space.indices and not bears_on_n(claim)  # a page of scalars alone: checked once, no n named
    if ns is None:
        fixed = not scalar and fixed_entries(claim)  # H_4 W_13: the same claim at every n, checked at one
        ns = (max(first, 2),) if scalar else (first,) if fixed else cross_check_sizes(claim, first)
    checks = cross_check_verdicts(claim, ns, seed, numeric_first=method is None)  # no proof: likely false
    statuses = tuple((n, verdict.status) for n, verdict in checks)
    others = "".join(f", every {size} ≥ 1" for size in claim.space.sizes)  # the batch's N, at n + 1 when checked
    sized = "".join(f", {size} = {length} + {plus}" for plus, size in enumerate(claim.space.sizes, start=1))
    scope = f"every {length} ≥ {first}{others} ({cross_check_words(statuses, length)}{sized})"
    if scalar:
        scope = ", ".join(f"cross-check {status.value}" for _, status in statuses)
        method = method and method.removeprefix(f"every {length}").lstrip("; ")
        method = method and method.replace("by index rewrites", "by rewrites")
    written = entries_written(claim)  # p_1, p_2 and p_3 written out: the whole vector at n = 3, or a longer one's?
    for n, verdict in checks:
        if verdict.refuted and written > 1 and n > first and checks[0][1].proven:
            why = (
                f"it holds at {length} = {first}, where the entries it writes (up to {written}) may be the whole "
                f"vector, and fails at {length} = {n}: give the length ({length}: {first}) for that vector alone"
            )
            return Verdict(Status.UNPROVEN, why, scope, cross_check=statuses)
        if verdict.refuted:
            values = verdict.counterexample.values if verdict.counterexample is not None else ()
            where = f" at {length} = {n}" if bears_on_n(claim, values) else ""  # of scalars alone: no n to name
            why = f"counterexample{where}" + (f" (although a proof for every {length} passed)" if method else "")
            found = _with_sizes(verdict.counterexample, claim, n)
            return Verdict(Status.REFUTED, why, verdict.scope, found, verdict.evidence, statuses)
    for n, verdict in checks:
        if verdict.status is Status.UNDEFINED:
            return Verdict(Status.UNDEFINED, f"{verdict.method} (at {length} = {n})", scope, verdict.counterexample,
                           verdict.evidence, statuses)  # fmt: skip
    if method is None and checks and all(verdict.proven for _, verdict in checks):
        if not bears_on_n(claim):  # n bears on nothing (a page's 2-row column): the concrete proof is the proof
            method = checks[0][1].method
        elif fixed_entries(claim):  # H_4 W_13 at every n ≥ 14: one claim, proven at n = 14
            method = f"{checks[0][1].method} (of entries at numbers alone: the same claim at every {length})"
    if method is None:
        return Verdict(Status.UNPROVEN, f"no proof for every {length} was found", scope, cross_check=statuses)
    disagree = [(n, verdict.status) for n, verdict in checks if not verdict.proven]
    if disagree:
        words = cross_check_words(disagree, length).removeprefix("cross-check ")
        reason = next(verdict.method for _, verdict in checks if not verdict.proven)  # "cannot show that g(x) ≠ 0"
        why = f"the proof for every {length} ({method}) and the concrete check disagree: {words}: {reason}"
        if scalar:  # a page of scalars alone: no n to name
            why = f"the proof ({method}) and the concrete check disagree: {reason}"
        return Verdict(Status.UNPROVEN, why, scope, cross_check=statuses)
    return Verdict(Status.PROVEN, method, scope, cross_check=statuses)


def _with_sizes(counterexample: Counterexample | None, claim: Claim, n: int) -> Counterexample | None:
    """The counterexample with the value of each other length (a batch's N and C) at n among its values: the page
    names them, and the values of its entries make sense only with them."""
    if counterexample is None or not claim.space.sizes:
        return counterexample
    sizes = tuple((symbol, Integer(value)) for symbol, value in size_values(claim.space, n) if symbol != claim.space.n)
    return dataclasses.replace(counterexample, values=(*sizes, *counterexample.values))


def first_n(claim: Claim, tries: int | None = None) -> int | None:
    """The least n ≥ 1 at which every entry the claim writes exists and some value of the free indices satisfies its
    case, or None when there is none up to one more than the number of indices past that (enough: a case between k
    indices needs at most k values)."""
    indices = free_indices([claim.lhs, claim.rhs, claim.condition], claim.space)
    least = entries_written(claim)  # p_7 at a symbolic n: no n below 7 holds it
    for n in range(least, (tries or len(indices) + 2) + least):
        concrete = at_n(claim, n)
        if next(iter(index_values([concrete.lhs, concrete.rhs], concrete.condition, concrete.space)), None) is not None:
            return n
    return None


def cross_check_words(statuses: Sequence[tuple[int, Status]], length: object = "n") -> str:
    """ "cross-check proven at n = 2..6", or which n gave which verdict when they differ (``length``: the length's
    name on the page)."""
    groups: dict[Status, list[int]] = {}
    for n, status in statuses:
        groups.setdefault(status, []).append(n)
    parts = []
    for status, ns in groups.items():
        consecutive = ns == list(range(ns[0], ns[-1] + 1)) and len(ns) > 2
        shown = f"{ns[0]}..{ns[-1]}" if consecutive else ", ".join(map(str, ns))
        parts.append(f"{status.value} at {length} = {shown}")
    return "cross-check " + "; ".join(parts)


def _numeric(
    claim: Claim,
    instances: Instances,
    chosen: Sequence[int],
    rng: random.Random,
    seed: int,
    points: int,
) -> tuple[Evidence, Counterexample | None]:
    """Compare both sides at ``points`` random points under the constraints; the first difference is returned.

    Each point picks one of the ``chosen`` instances; both sides are grounded with closed sums kept whole, and
    each kept-whole sum is evaluated once at the point (to 10 more digits than the comparison). Every point
    lies inside the claim's domains and satisfies its constraints (a point that the constraints push outside a
    domain is not used): a point outside the domain refutes nothing.
    """
    n = claim.space.n
    assert isinstance(n, int)
    stated = domains_of(claim.domains)
    agreed = 0
    for attempt in range(points):
        instance = instances.instance(rng.choice(chosen))
        at = dict(instance.assignment)  # ŷ_i ≠ y_i at the instance's i: a condition on values holds it free
        conditions = tuple(c.xreplace(at) for c in stated.conditions)
        domains = dataclasses.replace(stated, conditions=conditions) if conditions else stated
        lhs, rhs = instances.sides(instance, whole=True, constrained=False)
        whole, _ = _to_sample(lhs, rhs)  # a sum kept whole may hold σ too: softmax(W σ(z) + b)
        functions = generic.stand_ins(_generic_in(lhs, rhs, whole), attempt)  # σ: sin, exp, …
        lhs, rhs = generic.put_in(lhs, functions), generic.put_in(rhs, functions)
        whole, atoms = _to_sample(lhs, rhs)
        held = [atom for atom in atoms if atom in claim.space.indices]  # y of q_k = δ_{k,y}: an index, in range
        drawn = sample_point([atom for atom in atoms if atom not in whole and atom not in held], domains, rng)
        if drawn is None:
            continue
        drawn = {**drawn, **{index: Integer(rng.randint(1, int(claim.space.upper_of(index)))) for index in held}}
        point = {**drawn, **_constrained(claim.constraints, n, drawn, rng, domains)}
        if outside(point, domains) is not None or _no_real_value(claim, instance, point):
            continue
        concrete = functools.partial(generic.put_in, chosen=functions) if functions else None
        kept = closed_sums.values(whole, point, DIGITS, concrete)
        result = compare(lhs, rhs, {**point, **kept})
        if result.outcome == "differ":
            values = tuple(instance.assignment.items()) + tuple(sorted(point.items(), key=lambda kv: str(kv[0])))
            values += generic.named(functions)
            return Evidence(points, agreed, seed, DIGITS), Counterexample(values, result.lhs, result.rhs)
        agreed += result.outcome == "agree"
    return Evidence(points, agreed, seed, DIGITS), None


def _no_real_value(claim: Claim, instance: Instance, point: dict[Basic, Basic]) -> bool:
    """Whether a root of even degree or a logarithm the page writes is of a negative number at ``point``: no
    counterexample there, though SymPy wrote √x·√x as x (a probe refuted √x·√x = |x| at x = −9/5)."""
    for guard in claim.nonzero:
        if negative_argument(guard) is None:
            continue
        value = ground(guard, claim.definitions, instance.assignment).xreplace(point)
        if value.is_number and value == 0:
            return True
    return False


def _generic_in(lhs: Basic, rhs: Basic, whole: frozenset[Basic]) -> list[tuple[Basic, int]]:
    """The generic functions of both sides and of the terms of their kept-whole sums (``generic.generic_functions``),
    from the walk that finds their variables (``parts_of``, remembered: a chain's neighbouring claims, and the
    points of one claim, ground the same sides again and again)."""
    found = parts_of(lhs)[2] | parts_of(rhs)[2]
    for term in closed_sums.terms_of(whole):
        found |= parts_of(term)[2]
    return generic.functions_in(found)


def _to_sample(lhs: Basic, rhs: Basic) -> tuple[frozenset[Basic], list[Basic]]:
    """The kept-whole sums in both sides and the variables a point gives values to (``atoms_to_sample`` of the
    sides and of those sums' terms), once per pair of sides."""
    try:
        return _to_sample_of(lhs, rhs)
    except TypeError:  # a mutable matrix is no key
        return _sample_atoms(lhs, rhs)


def _sample_atoms(lhs: Basic, rhs: Basic) -> tuple[frozenset[Basic], list[Basic]]:
    free = parts_of(lhs)[1] | parts_of(rhs)[1]
    whole = frozenset(free & closed_sums.TERMS.keys())  # closed_sums.hidden, from the remembered free symbols
    return whole, atoms_to_sample([lhs, rhs, *closed_sums.terms_of(whole)])


_to_sample_of = functools.lru_cache(maxsize=1024)(_sample_atoms)


def _constrained(
    constraints: Sequence[Assumption], n: int, point: dict[Basic, Basic], rng: random.Random, domains: Domains
) -> dict[Basic, Basic]:
    """Values that make the sampled point satisfy the constraints (Σ y = 1, or a random one-hot y). Σ y = 1 beside
    y ∈ {0, 1}^n is one-hot: weights drawn from 1..9 would leave every point outside the domain."""
    forced: dict[Basic, Basic] = {}
    hot = {c.vector for c in constraints if c.kind == "one-hot"}  # a one-hot vector sums to one already
    for constraint in constraints:
        vector = constraint.vector
        if vector is None or (constraint.kind == "sum-to-one" and vector in hot):
            continue
        labels = domains.of(entry(vector, (1,))).is_subset(FiniteSet(0, 1)) is True
        length = vector_length(constraint, n)  # y of length q: all its q entries, not n
        if constraint.kind == "rows-sum-to-one":
            forced.update(row_weights(constraint, rng))
        elif constraint.kind == "one-hot" or (constraint.kind == "sum-to-one" and labels):
            forced.update(one_hot_target(vector, length, rng.randint(1, length)))
        elif constraint.kind == "sum-to-one":
            weights = [Integer(rng.randint(1, 9)) for _ in range(length)]
            forced.update({entry(vector, (m,)): weights[m - 1] / sum(weights) for m in range(1, length + 1)})
    return forced


__all__ = ["EVIDENCE_POINTS", "SEARCH_POINTS", "cross_check_words", "decide_claim"]
