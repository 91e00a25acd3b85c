"""Known mistakes in softmax / cross-entropy derivations, recognized by the checker itself.

A refuted link is matched against the mistakes people make, relative to the first expression of its chain:
a dropped sum over outputs, the diagonal-only Jacobian s_i(1 − s_i), a sign error off the diagonal, a
constraint (Σ_i y_i = 1) used that was not assumed. A link matches a mistake only when the checker *proves*
its right-hand side equal to the mistaken form; the correct right-hand side that the same rule gives is
reported beside it. ``check_link`` is what runs for one link: the verdict, then (if refuted) the diagnosis.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sympy import (
    Basic,
    Derivative,
    Dummy,
    Eq,
    Expr,
    Indexed,
    IndexedBase,
    Integer,
    KroneckerDelta,
    Mul,
    Ne,
    S,
    Sum,
    Symbol,
    exp,
    log,
)

from derive.check.cache import VerdictCache
from derive.check.checker import Claim, check_claim, load_provers
from derive.check.claim import at_n, entries_written
from derive.check.domains import Domains, domains_of, outside, sample_in, sample_point
from derive.check.exact import KeyMemo
from derive.check.ground import ground, row_weights, vector_length
from derive.check.index_mistakes import DROPPED_SUM, index_mistakes
from derive.check.numeric import compare
from derive.check.one_path import one_path
from derive.check.unassumed_sums import unassumed_sums
from derive.check.verdict import Counterexample, Status, Verdict
from derive.engine.step import Assumption
from derive.model.notation import Definition

DIAGONAL_ONLY = "the diagonal-only Jacobian s_i(1 − s_i)"
SIGN_OFF_DIAGONAL = "a sign error off the diagonal"
UNASSUMED_CONSTRAINT = "a constraint used that was not assumed"

#: The length at which a targeted counterexample is looked for when n is symbolic.
WITNESS_N = 3


@dataclass(frozen=True)
class Diagnosis:
    """Which known mistake a refuted link makes, why, and the correct right-hand side by the same rule."""

    mistake: str
    explanation: str
    #: None where no rule gives one (a step right only under a constraint the page did not state).
    correct: Basic | None
    #: A counterexample that shows the mistake plainly (e.g. the target entry 0), when one was found.
    counterexample: Counterexample | None = None


@dataclass(frozen=True)
class LinkResult:
    verdict: Verdict
    diagnosis: Diagnosis | None = None


@dataclass(frozen=True)
class _Model:
    """The softmax (s over logits z) and cross-entropy (L over targets y) found among the definitions."""

    s: IndexedBase
    z: IndexedBase
    y: IndexedBase | None
    loss: Symbol | None


def _alias_of(definitions: tuple[Definition, ...], base: IndexedBase) -> IndexedBase:
    """Follow definitions such as ŷ_i := s_i to the name they stand for."""
    for _ in range(len(definitions)):
        for definition in definitions:
            body = definition.body
            if definition.name == base and isinstance(body, Indexed) and body.indices == (definition.index,):
                base = body.base
                break
        else:
            return base
    return base


def _softmax(definition: Definition, n: Expr) -> IndexedBase | None:
    """The logits z when ``definition`` is s_v := e^{z_v} / Σ_{w=1}^{n} e^{z_w}."""
    if not isinstance(definition.name, IndexedBase) or definition.index is None:
        return None
    numerator, denominator = definition.body.as_numer_denom()
    if not (isinstance(numerator, exp) and isinstance(numerator.args[0], Indexed)):
        return None
    logit = numerator.args[0]
    if logit.indices != (definition.index,) or not isinstance(denominator, Sum) or len(denominator.limits) != 1:
        return None
    w, lower, upper = denominator.limits[0]
    if lower == 1 and upper == n and denominator.function == exp(logit.base[w]):
        return logit.base
    return None


def find_model(claim: Claim) -> _Model | None:
    definitions, n = claim.definitions, claim.space.upper
    for definition in definitions:
        z = _softmax(definition, n)
        if z is None:
            continue
        s = definition.name
        assert isinstance(s, IndexedBase)
        for candidate in definitions:
            body = candidate.body
            if isinstance(candidate.name, Symbol) and isinstance(body, Mul) and body.args[0] == -1:
                total = Mul(*body.args[1:])
                if isinstance(total, Sum) and len(total.limits) == 1 and total.limits[0][1:] == (1, n):
                    w = total.limits[0][0]
                    for factor in Mul.make_args(total.function):
                        rest = total.function / factor
                        if (
                            isinstance(factor, log)
                            and isinstance(factor.args[0], Indexed)
                            and _alias_of(definitions, factor.args[0].base) == s
                            and factor.args[0].indices == (w,)
                            and isinstance(rest, Indexed)
                            and rest.indices == (w,)
                        ):
                            return _Model(s, z, rest.base, candidate.name)
        return _Model(s, z, None, None)
    return None


def _candidates(head: Basic, claim: Claim, model: _Model) -> Iterator[tuple[str, str, Basic, Basic]]:
    """(mistake, explanation, mistaken form, correct form) for the chain head ``head``."""
    if not isinstance(head, Derivative) or len(head.variables) != 1:
        return
    variable = head.variables[0]
    if not (isinstance(variable, Indexed) and variable.base == model.z):
        return
    k = variable.indices[0]
    s, expr = model.s, head.expr
    unequal = isinstance(claim.condition, Ne)
    if model.loss is not None and model.y is not None and expr == model.loss:
        y = model.y
        w = next((v for v in claim.space.indices if v != k), Dummy("w", integer=True))  # ∇_z L: k alone in scope
        total = Sum(y[w], (w, 1, claim.space.upper))
        correct = s[k] * total - y[k]
        yield (
            DROPPED_SUM,
            "only the output term at the same index was kept; the chain rule sums over every output",
            -(y[k] / s[k]) * s[k] * (1 - s[k]),
            correct,
        )
        if not any(c.vector == y and c.kind in ("sum-to-one", "one-hot") for c in claim.constraints):
            yield (UNASSUMED_CONSTRAINT, f"this uses Σ {y} = 1, which the file does not assume", s[k] - y[k], correct)
        return
    inner = expr.args[0] if isinstance(expr, log) else expr
    if not (isinstance(inner, Indexed) and _alias_of(claim.definitions, inner.base) == s):
        return
    i = inner.indices[0]
    if isinstance(expr, log):
        correct = S.Zero - s[k] if unequal else KroneckerDelta(i, k) - s[k]
        yield (DIAGONAL_ONLY, "the i = k entry was used for every entry", 1 - s[i], correct)
        if not isinstance(claim.condition, Eq):  # under i = k, no off-diagonal term shows
            yield (SIGN_OFF_DIAGONAL, "the off-diagonal term has the wrong sign", KroneckerDelta(i, k) + s[k], correct)
        return
    correct = -s[i] * s[k] if unequal else s[i] * (KroneckerDelta(i, k) - s[k])
    yield (DIAGONAL_ONLY, "the i = k entry was used for every entry", s[i] * (1 - s[i]), correct)
    yield (DIAGONAL_ONLY, "the i = k entry was used for every entry", s[k] * (1 - s[k]), correct)
    if isinstance(claim.condition, Eq):  # the case i = k: on the diagonal, where no off-diagonal sign shows
        return
    yield (SIGN_OFF_DIAGONAL, "the off-diagonal entry is −s_i s_k", s[i] * s[k], correct)
    yield (SIGN_OFF_DIAGONAL, "the off-diagonal entry is −s_i s_k", s[i] * (KroneckerDelta(i, k) + s[k]), correct)


def diagnose(claim: Claim, head: Basic, seed: int = 0) -> Diagnosis | None:
    """The known mistake that a refuted ``claim`` (a link of a chain that starts at ``head``) makes, or None.

    A mistake is reported only when the checker proves the link's right-hand side equal to its mistaken form.
    """
    model = find_model(claim)
    found = _model_mistake(claim, head, model, seed) if model is not None else None
    if found is not None:
        return found
    for mistake, explanation, correct in index_mistakes(claim, seed):
        return Diagnosis(mistake, explanation, correct)
    for mistake, explanation, correct in one_path(claim, seed):
        return Diagnosis(mistake, explanation, correct)
    for explanation, _ in unassumed_sums(claim, seed):
        return Diagnosis(UNASSUMED_CONSTRAINT, explanation, None)
    return None


def _model_mistake(claim: Claim, head: Basic, model: _Model, seed: int) -> Diagnosis | None:
    """The softmax / cross-entropy mistake the link makes, relative to the chain's head."""
    for mistake, explanation, wrong, correct in _candidates(head, claim, model):
        same = dataclasses.replace(claim, lhs=claim.rhs, rhs=wrong)
        if not check_claim(same, seed).proven:
            continue
        if mistake == UNASSUMED_CONSTRAINT:
            assert model.y is not None
            unit = Assumption("sum-to-one", f"Σ {model.y} = 1", None, model.y)
            with_it = dataclasses.replace(claim, lhs=head, constraints=(*claim.constraints, unit))
            if not check_claim(with_it, seed).proven:
                continue
        witness = None
        if mistake == DROPPED_SUM and isinstance(head, Derivative):
            witness = _zero_target_witness(claim, model, head.variables[0].indices[0], seed)
        return Diagnosis(mistake, explanation, correct, witness)
    return None


def _zero_target_witness(claim: Claim, model: _Model, index: Basic, seed: int) -> Counterexample | None:
    """A counterexample with the target entry at ``index`` (the gradient's index) set to 0: the asker's
    "no update when t_j = 0" case. Found by evaluating both sides, like any counterexample."""
    if model.y is None:
        return None
    concrete = claim if claim.space.is_concrete else at_n(claim, max(WITNESS_N, entries_written(claim)))
    n = concrete.space.n
    assert isinstance(n, int)
    free = [v for v in concrete.space.indices if v in (claim.lhs.free_symbols | claim.rhs.free_symbols)]
    if len(free) > n:
        return None
    assignment = {free_index: Integer(value) for value, free_index in enumerate(free, start=1)}
    hot = assignment.get(index)
    if hot is None:
        return None
    if concrete.condition.xreplace(assignment) != S.true:
        return None
    lhs = ground(concrete.lhs, concrete.definitions, assignment)
    rhs = ground(concrete.rhs, concrete.definitions, assignment)
    rng = random.Random(seed)
    y = model.y
    atoms = sorted((lhs.atoms(Indexed) | rhs.atoms(Indexed)), key=str)
    domains = domains_of(concrete.domains)
    kinds: set[str] = {c.kind for c in concrete.constraints if c.vector == y}
    length = max((vector_length(c, n) for c in concrete.constraints if c.vector == y), default=n)  # y of length q
    for _ in range(8):
        point = sample_point([atom for atom in atoms if atom.base != y], domains, rng)
        if point is None:
            return None
        point.update(_target_with_zero(y, length, hot, kinds, domains, rng))
        point.update(_forced(concrete.constraints, y, n, rng))
        if outside(point, domains) is not None:
            continue
        result = compare(lhs, rhs, point)
        if result.outcome == "differ":
            values = tuple(assignment.items()) + tuple(sorted(point.items(), key=lambda kv: str(kv[0])))
            return Counterexample(values, result.lhs, result.rhs)
    return None


def _target_with_zero(
    y: IndexedBase, n: int, zero: Basic, kinds: set[str], domains: Domains, rng: random.Random
) -> dict[Basic, Basic]:
    """The target with its entry at ``zero`` set to 0 and the others as the constraints on it require: one-hot
    at another class, or summing to one, or drawn inside their domain."""
    others = [m for m in range(1, n + 1) if m != zero]
    values: dict[Basic, Basic] = {y[zero]: S.Zero}
    if "one-hot" in kinds:
        hot = rng.choice(others)
        values.update({y[m]: S.One if m == hot else S.Zero for m in others})
    elif "sum-to-one" in kinds:
        weights = [Integer(rng.randint(1, 9)) for _ in others]
        values.update({y[m]: w / sum(weights) for m, w in zip(others, weights, strict=True)})
    else:
        for m in others:
            drawn = sample_in(domains.of(y[m]), rng) if domains.stated(y[m]) else Integer(rng.randint(1, 9)) / 10
            values[y[m]] = S.Zero if drawn is None else drawn
    return values


def _forced(constraints: Sequence[Assumption], skip: IndexedBase, n: int, rng: random.Random) -> dict[Basic, Basic]:
    """Values that put in force the constraints on vectors other than ``skip`` (a random one-hot target, or
    weights that sum to one)."""
    forced: dict[Basic, Basic] = {}
    for constraint in constraints:
        vector = constraint.vector
        if vector is None or vector == skip:
            continue
        if constraint.kind == "rows-sum-to-one":
            forced.update(row_weights(constraint, rng))
        elif constraint.kind == "one-hot":
            length = vector_length(constraint, n)
            hot = rng.randint(1, length)
            forced.update({vector[m]: S.One if m == hot else S.Zero for m in range(1, length + 1)})
        elif constraint.kind == "sum-to-one":
            length = vector_length(constraint, n)
            weights = [Integer(rng.randint(1, 9)) for _ in range(length)]
            forced.update({vector[m]: weights[m - 1] / sum(weights) for m in range(1, length + 1)})
    return forced


def check_link(claim: Claim, head: Basic, seed: int = 0) -> LinkResult:
    """The verdict on one link and, if it is refuted, the known mistake it makes."""
    verdict = check_claim(claim, seed)
    if not verdict.refuted:
        return LinkResult(verdict)
    return LinkResult(verdict, diagnose(claim, head, seed))


def recheck_link(claim: Claim, head: Basic, seed: int, known: Verdict | None) -> LinkResult:
    """``check_link``, or for a refuted verdict ``known`` already (read from the cache), its diagnosis alone."""
    if known is None:
        return check_link(claim, head, seed)
    return LinkResult(known, diagnose(claim, head, seed))


def check_links(
    calls: Sequence[tuple[Claim, Basic]],
    timeout: float,
    cache: VerdictCache | None = None,
    seed: int = 0,
    budget: float | None = None,
) -> list[LinkResult]:
    """``check_link`` on every (claim, head) in child processes, each link with its own ``timeout``, the whole
    run within ``budget`` seconds (the links left then are unproven: the file's time budget is spent), and all
    the children within one memory cap (``derive.read.sandbox.TOTAL_MEMORY``), except the links whose verdict
    ``cache`` holds (a refuted one is still diagnosed there, as the cache holds verdicts, not diagnoses). A
    time-out or a crash is unproven, and only a verdict the checker reached is stored."""
    from derive.read.sandbox import TOTAL_MEMORY, run_many  # children: only derive check needs them

    memo = KeyMemo()
    keys = [cache.key(claim, seed, memo) if cache is not None else None for claim, _ in calls]
    known = [cache.read(key, claim) if cache is not None else None for key, (claim, _) in zip(keys, calls, strict=True)]
    results: list[LinkResult | None] = [
        None if verdict is None or verdict.refuted else LinkResult(verdict) for verdict in known
    ]
    todo = [at for at, result in enumerate(results) if result is None]
    work = [(*calls[at], seed, known[at]) for at in todo]
    if work:
        load_provers()  # once here, not in each child
    outcomes = run_many(recheck_link, work, timeout, budget=budget, total_memory=TOTAL_MEMORY)
    for at, outcome in zip(todo, outcomes, strict=True):
        if outcome.failure is None:
            results[at] = outcome.value
            if cache is not None and known[at] is None:
                cache.write(keys[at], outcome.value.verdict)
        else:
            results[at] = LinkResult(Verdict(Status.UNPROVEN, outcome.failure))
    return [result for result in results if result is not None]
