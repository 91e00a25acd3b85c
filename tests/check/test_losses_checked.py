"""Every loss derivation is proven by the checker: at n = 3 and for every n, with its shortcut refuted by a
counterexample; and wrong answers are never proven. (Their speed is measured by bench/run.py, not here.)"""

from __future__ import annotations

import pytest
from sympy import Derivative, Integer, Pow, S, exp, log

from derive.check import Status, check_derivation
from derive.check.checker import Claim, chain_claims, check_claim
from derive.check.symbolic import prove_symbolic
from derive.engine import CATALOGUE, SYMBOLIC_N, build
from derive.engine.rules import add, mul
from derive.model.losses import focal_model, identity_mse_model, sigmoid_bce_model, softmax_head

ENTRIES = [entry for entry in CATALOGUE if entry.module == "builtins_losses"]

LOSSES = [entry.name for entry in ENTRIES]


@pytest.mark.parametrize("name", LOSSES)
def test_every_step_is_proven_at_n_3_and_every_shortcut_refuted(name: str) -> None:
    checked = check_derivation(build(name, 3))
    assert checked.ok
    for chain in checked.chains:
        if chain.chain.expected == "holds":
            assert all(v.status is Status.PROVEN and v.method for v in chain.verdicts)
        else:
            refuted = [v for v in chain.verdicts if v.refuted]
            assert refuted and all(v.counterexample is not None for v in refuted)


@pytest.mark.parametrize("name", LOSSES)
def test_the_final_result_of_every_chain_is_proven_for_every_n(name: str) -> None:
    """The index-notation prover alone (no cross-check): every claim of every chain that should hold."""
    derivation = build(name, SYMBOLIC_N)
    for chain in derivation.chains:
        for number, claim in enumerate(chain_claims(chain, derivation), 1):
            method = prove_symbolic(claim)
            if chain.expected == "holds":
                assert method is not None and method.startswith("every n"), f"{chain.title}, step {number}"
            else:
                assert method is None, f"{chain.title}, step {number}"


def _refuted(claim: Claim) -> bool:
    verdict = check_claim(claim)
    return verdict.status is Status.REFUTED and verdict.counterexample is not None


def test_wrong_binary_cross_entropy_gradients_are_refuted() -> None:
    m = sigmoid_bce_model(3)
    k = m.k
    lhs = Derivative(m.L, m.z[k])
    for wrong in (add(m.y[k], -m.s[k]), mul(m.s[k], add(S.One, -m.s[k]), add(m.s[k], -m.y[k]))):
        assert _refuted(Claim(lhs, wrong, m.space, m.definitions))
    assert check_claim(Claim(lhs, add(m.s[k], -m.y[k]), m.space, m.definitions)).proven


def test_wrong_temperature_and_smoothing_gradients_are_refuted() -> None:
    m = softmax_head(3, temperature=True)
    k = m.k
    lhs = Derivative(m.L, m.z[k])
    general = add(mul(m.s[k], m.y[1] + m.y[2] + m.y[3]), -m.y[k])
    assert check_claim(Claim(lhs, general / m.T, m.space, m.definitions)).proven
    assert _refuted(Claim(lhs, general * m.T, m.space, m.definitions))
    smoothed = softmax_head(3, loss="smoothed")
    lhs = Derivative(smoothed.L, smoothed.z[k])
    assert _refuted(Claim(lhs, add(smoothed.s[k], -smoothed.y[k]), smoothed.space, smoothed.definitions))


def test_wrong_squared_error_gradients_are_refuted() -> None:
    m = identity_mse_model(3)
    k = m.k
    lhs = Derivative(m.L, m.z[k])
    assert _refuted(Claim(lhs, add(m.y[k], -m.z[k]), m.space, m.definitions))
    assert _refuted(Claim(lhs, mul(Integer(2), add(m.z[k], -m.y[k])), m.space, m.definitions))


def test_a_wrong_focal_closed_form_is_refuted_and_not_proven_for_every_n() -> None:
    """The published form with the sign of γ p_t log p_t flipped."""
    for n in (3, SYMBOLIC_N):
        m = focal_model(n)
        k, s, g = m.k, m.s, m.gamma
        q = 1 / (1 + exp(m.y[k] * m.z[k]))
        wrong = mul(m.y[k], Pow(q, g), add(-mul(g, s[k], log(s[k])), s[k], S.NegativeOne))
        claim = Claim(Derivative(m.L, m.z[k]), wrong, m.space, m.definitions)
        if n == 3:
            assert _refuted(claim)
        else:
            assert prove_symbolic(claim) is None
