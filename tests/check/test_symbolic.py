"""Proofs for every n: every built-in step is proven, wrong claims never are, and the concrete checker agrees."""

from __future__ import annotations

import pytest
from sympy import And, Basic, Derivative, Eq, KroneckerDelta, Ne, Piecewise, S, Sum, Symbol, exp, log

from derive.check.checker import Claim, chain_claims
from derive.check.claim import at_n
from derive.check.cross_check import cross_check
from derive.check.rewrites import IndexContext
from derive.check.symbolic import normalize, prove_symbolic
from derive.check.verdict import Status
from derive.engine.catalogue import build, names
from derive.engine.cross_entropy import one_hot, sum_to_one
from derive.engine.step import Assumption
from derive.model.notation import SumExcept
from derive.model.softmax import softmax_model

N = Symbol("n", integer=True, positive=True)
M = softmax_model(N)
i, j, k = M.i, M.j, M.k
s, z, y, L = M.s, M.z, M.y, M.L


def claim(lhs: Basic, rhs: Basic, condition: Basic = S.true, constraints: tuple[Assumption, ...] = ()) -> Claim:
    return Claim(lhs, rhs, M.space, M.definitions, condition, constraints)


def context(**kwargs: object) -> IndexContext:
    return IndexContext(n=N, indices=frozenset(M.space.indices), definitions=M.definitions, **kwargs)  # type: ignore[arg-type]


def builtin_claims(expected: str) -> list[tuple[str, Claim]]:
    """Every step of every built-in derivation with symbolic n whose chain is expected to hold (or fail),
    each step once."""
    seen: dict[Claim, str] = {}
    for name in names():
        derivation = build(name, N)
        for chain in derivation.chains:
            if chain.expected != expected or chain.instance_n is not None:  # worked instances are concrete
                continue
            for number, step in enumerate(chain_claims(chain, derivation), 1):
                seen.setdefault(step, f"{name}: {chain.title}, step {number}")
    return [(label, step) for step, label in seen.items()]


# ---------------------------------------------------------------------------------------------------------
# Every built-in step, for every n


@pytest.mark.parametrize("name", names())
def test_every_step_of_every_builtin_derivation_is_proven_for_every_n(name: str) -> None:
    derivation = build(name, N)
    for chain in derivation.chains:
        if chain.instance_n is not None:  # a worked instance at concrete n: the concrete checker's job
            continue
        for number, step in enumerate(chain_claims(chain, derivation), 1):
            method = prove_symbolic(step)
            where = f"{chain.title}, step {number}: {step.lhs} = {step.rhs}"
            if chain.expected == "holds":
                assert method is not None, where
                assert method.startswith("every n"), where
            else:
                assert method is None, where


def test_the_shortcut_chains_are_not_proven() -> None:
    failing = builtin_claims("fails")
    assert failing
    for label, step in failing:
        assert prove_symbolic(step) is None, label


def test_the_method_names_the_case_split_when_one_is_needed() -> None:
    both = claim(Derivative(s[i], z[k]), Piecewise((s[i] * (1 - s[i]), Eq(i, k)), (-s[i] * s[k], True)))
    method = prove_symbolic(both)
    assert method is not None
    assert "cases i = k and i ≠ k" in method
    assert "derivatives" in method


def test_the_cross_check_agrees_at_n_2() -> None:
    for label, step in builtin_claims("holds"):
        assert cross_check(step, [2]) == [(2, Status.PROVEN)], label


# At n = 2 to 6 (every size the cross-check takes), every built-in step's cross-check is proven:
# tests/check/test_checker.py, test_every_built_in_step_is_proven_for_every_n.


# ---------------------------------------------------------------------------------------------------------
# Soundness: wrong claims are never proven (and the concrete checker confirms that they are wrong)

LOG_PARTITION = log(Sum(exp(z[j]), (j, 1, N)))
NO_CASE_SPLIT_JACOBIAN = claim(Derivative(s[i], z[k]), s[i] * (1 - s[k]))
WRONG = {
    "∂s_i/∂z_k = s_i(1 − s_k) for all i, k": NO_CASE_SPLIT_JACOBIAN,
    "Σ_i y_i(δ_ik − s_k) = y_k − s_k without Σ y = 1": claim(
        Sum(y[i] * (KroneckerDelta(i, k) - s[k]), (i, 1, N)), y[k] - s[k]
    ),
    "s_k Σ_i y_i − y_k = s_k − y_k without Σ y = 1": claim(s[k] * Sum(y[i], (i, 1, N)) - y[k], s[k] - y[k]),
    "sign flip off the diagonal": claim(Derivative(s[i], z[k]), s[i] * s[k], Ne(i, k)),
    "the diagonal formula under no case": claim(Derivative(s[i], z[k]), s[i] * (1 - s[i])),
    "a dropped sum": claim(Derivative(-Sum(y[i] * log(s[i]), (i, 1, N)), z[k]), -y[k] / s[k] * s[k] * (1 - s[k])),
    "a delta whose partner can leave 1..n": claim(Sum(KroneckerDelta(j, k + 1) * exp(z[j]), (j, 1, N)), exp(z[k + 1])),
    "Σ = 1 applied to the wrong vector": claim(Sum(z[i], (i, 1, N)), 1, S.true, (sum_to_one(M),)),
    "Σ = 1 applied to a partial sum": claim(Sum(y[i], (i, 1, N - 1)), 1, S.true, (sum_to_one(M),)),
    "a one-hot entry is not 1": claim(y[k], 1, S.true, (one_hot(M),)),
    "∂/∂z_k of a sum over k, kept as a sum": claim(
        Derivative(Sum(z[k] ** 2, (k, 1, N)), z[k]), 2 * Sum(z[k], (k, 1, N))
    ),
    "Σ_{i≠k} y_i = Σ_i y_i": claim(SumExcept(y[i], (i, 1, N), k), Sum(y[i], (i, 1, N))),
    "Σ_i 1 = n + 1": claim(Sum(S.One, (i, 1, N)), N + 1),
    "∂L/∂z_k = s_k − y_k without a constraint": claim(Derivative(L, z[k]), s[k] - y[k]),
    "L = −Σ y_i z_i + log Σ e^{z_j} without Σ y = 1": claim(L, -Sum(y[i] * z[i], (i, 1, N)) + LOG_PARTITION),
    "L = −Σ y_i z_i − log Σ e^{z_j} (a sign slip)": claim(
        L, -Sum(y[i] * z[i], (i, 1, N)) - LOG_PARTITION, S.true, (sum_to_one(M),)
    ),
    "L = −Σ y_i z_i + Σ_i log Σ e^{z_j} (the log of the sum taken n times)": claim(
        L, -Sum(y[i] * z[i], (i, 1, N)) + Sum(LOG_PARTITION, (i, 1, N)), S.true, (sum_to_one(M),)
    ),
}


@pytest.mark.parametrize("label", list(WRONG))
def test_a_wrong_claim_is_not_proven(label: str) -> None:
    assert prove_symbolic(WRONG[label]) is None


@pytest.mark.parametrize(
    "label",
    [
        "∂s_i/∂z_k = s_i(1 − s_k) for all i, k",
        "Σ_i y_i(δ_ik − s_k) = y_k − s_k without Σ y = 1",
        "s_k Σ_i y_i − y_k = s_k − y_k without Σ y = 1",
        "sign flip off the diagonal",
        "the diagonal formula under no case",
        "a dropped sum",
        "a delta whose partner can leave 1..n",
        "L = −Σ y_i z_i + log Σ e^{z_j} without Σ y = 1",
    ],
)
def test_the_wrong_claims_are_really_wrong(label: str) -> None:
    assert cross_check(WRONG[label], [3]) == [(3, Status.REFUTED)]


RIGHT = {
    "Σ_{i≠k} y_i = Σ_i y_i − y_k": claim(SumExcept(y[i], (i, 1, N), k), Sum(y[i], (i, 1, N)) - y[k]),
    "Σ_i 1 = n": claim(Sum(S.One, (i, 1, N)), N),
    "Σ_i δ_ij δ_ik = δ_jk": claim(Sum(KroneckerDelta(i, j) * KroneckerDelta(i, k), (i, 1, N)), KroneckerDelta(j, k)),
    "Σ_i Σ_j δ_ij y_j = Σ_k y_k": claim(
        Sum(Sum(KroneckerDelta(i, j) * y[j], (j, 1, N)), (i, 1, N)), Sum(y[k], (k, 1, N))
    ),
    "∂/∂z_k Σ_k z_k² = 2 z_k": claim(Derivative(Sum(z[k] ** 2, (k, 1, N)), z[k]), 2 * z[k]),
    "Σ_i s_i = 1": claim(Sum(s[i], (i, 1, N)), 1),
    "log s_i = z_i − log Σ_j e^{z_j}": claim(log(s[i]), z[i] - log(Sum(exp(z[j]), (j, 1, N)))),
    "∂L/∂z_k = s_k − y_k for a one-hot y": claim(Derivative(L, z[k]), s[k] - y[k], S.true, (one_hot(M),)),
    "L = −Σ y_i z_i + log Σ e^{z_j} when Σ y = 1 (log-softmax)": claim(
        L, -Sum(y[i] * z[i], (i, 1, N)) + LOG_PARTITION, S.true, (sum_to_one(M),)
    ),
    "L = −Σ_i y_i (z_i − log Σ e^{z_j}) for any y": claim(L, -Sum(y[i] * (z[i] - LOG_PARTITION), (i, 1, N))),
}


@pytest.mark.parametrize("label", list(RIGHT))
def test_identities_beyond_the_builtins_are_proven(label: str) -> None:
    assert prove_symbolic(RIGHT[label]) is not None


@pytest.mark.parametrize("condition", [And(Eq(i, k), Eq(k, j), Ne(i, j)), And(Eq(i, k), Ne(i, k))])
def test_an_impossible_case_is_vacuous(condition: Basic) -> None:
    method = prove_symbolic(claim(s[i], 0, condition))
    assert method is not None and method.startswith("vacuous")


def test_concrete_n_is_left_to_the_concrete_checker() -> None:
    concrete = at_n(claim(Sum(s[i], (i, 1, N)), 1), 3)
    assert prove_symbolic(concrete) is None


# ---------------------------------------------------------------------------------------------------------
# The rewrites one by one


def test_sums_that_differ_only_in_their_index_name_become_identical() -> None:
    assert normalize(Sum(y[i], (i, 1, N)), context()) == normalize(Sum(y[j], (j, 1, N)), context())


def test_a_delta_sum_collapses_only_onto_an_index_in_range() -> None:
    assert normalize(Sum(KroneckerDelta(j, k) * exp(z[j]), (j, 1, N)), context()) == exp(z[k])
    outside = normalize(Sum(KroneckerDelta(j, k + 1) * exp(z[j]), (j, 1, N)), context())
    assert outside.has(Sum) and outside.has(KroneckerDelta)


def test_a_derivative_by_the_sums_own_index_is_taken_after_renaming() -> None:
    assert normalize(Derivative(Sum(z[k] ** 2, (k, 1, N)), z[k]), context()) == 2 * z[k]


def test_constant_factors_leave_the_sum() -> None:
    pulled = normalize(Sum(s[k] * y[i], (i, 1, N)), context())
    assert pulled == normalize(s[k] * Sum(y[j], (j, 1, N)), context())


def test_a_sum_that_leaves_out_an_index_in_range_is_split() -> None:
    split = normalize(SumExcept(y[i], (i, 1, N), k), context())
    assert split == normalize(Sum(y[i], (i, 1, N)) - y[k], context())
    kept = normalize(SumExcept(y[i], (i, 1, N), k + 1), context())
    assert kept.has(SumExcept)


def test_cases_fix_the_kronecker_delta() -> None:
    assert normalize(KroneckerDelta(i, k), context(unequal=frozenset({frozenset({i, k})}))) == 0
    assert normalize(KroneckerDelta(i, k), context(equal=((k, i),))) == 1


def test_the_unit_sum_needs_its_constraint() -> None:
    assert normalize(Sum(y[j], (j, 1, N)), context(unit_sums=(y,))) == 1
    assert normalize(Sum(y[j], (j, 1, N)), context()) != 1


def test_at_n_substitutes_the_length_everywhere() -> None:
    concrete = at_n(claim(s[k] * Sum(y[i], (i, 1, N)) - y[k], s[k] - y[k], S.true, (sum_to_one(M),)), 3)
    assert concrete.space.n == 3
    parts = [concrete.lhs, concrete.rhs, *(d.body for d in concrete.definitions)]
    parts += [c.relation for c in concrete.constraints if c.relation is not None]
    assert not any(part.has(N) for part in parts)


def test_a_generic_derivative_at_a_point_is_one_quantity_whatever_its_bound_variable() -> None:
    """σ'(z_j) written by the reader and σ'(z_j) the checker's differentiation gives hold different bound
    variables: one placeholder for both (they stood for two, and σ'(z_j)(A − B) = σ'(z_j)A − σ'(z_j)B failed);
    σ'(z_j)(A + B) stays unproven beside it."""
    from derive.model.generic import at_points
    from derive.read.generic_functions import generic

    sigma = generic("sigma")
    at = [at_points(Derivative(sigma(z[j]), z[j])) for _ in range(3)]
    assert len({str(a.variables) for a in at}) == 1 and at[0].variables != at[1].variables  # fresh bound variables
    lhs = at[0] * (z[k] - exp(z[k]))
    assert prove_symbolic(claim(lhs, at[1] * z[k] - at[2] * exp(z[k]))) is not None
    assert prove_symbolic(claim(lhs, at[1] * z[k] + at[2] * exp(z[k]))) is None
