"""The layer derivations as data: catalogue entries, shapes stated, seed 002's looseness noted, and the printer
additions they need (θ and δ by name, a summary that never claims "every n" for worked instances alone)."""

from __future__ import annotations

import dataclasses

import pytest
from sympy import ImmutableMatrix

from derive.check import check_derivation
from derive.engine import CATALOGUE, SYMBOLIC_N
from derive.engine.step import Derivation
from derive.printers.plain import PlainPrinter
from derive.printers.prose import prose_tex
from derive.printers.words import scope_words

ENTRIES = [entry for entry in CATALOGUE if entry.module == "builtins_layers"]

LAYER_NAMES = {
    "dense-softmax-ce",
    "seed-002-network",
    "softmax-jacobian-matrix",
    "toy-network",
    "backprop-hidden",
    "backprop-hidden-tanh",
    "backprop-hidden-relu",
}


BY_NAME = {entry.name: entry for entry in ENTRIES}


def build(name: str, n: object) -> Derivation:
    return BY_NAME[name].build(n)  # type: ignore[arg-type]


def test_the_layer_entries_and_their_topics() -> None:
    assert set(BY_NAME) == LAYER_NAMES and len(ENTRIES) == len(LAYER_NAMES)
    assert BY_NAME["softmax-jacobian-matrix"].topic == "Jacobian properties"
    assert BY_NAME["dense-softmax-ce"].topic == "layers and back-propagation"


@pytest.mark.parametrize("name", sorted(LAYER_NAMES))
@pytest.mark.parametrize("n", [2, 3, SYMBOLIC_N])
def test_every_layer_derivation_builds(name: str, n: object) -> None:
    derivation = build(name, n)
    assert derivation.name == name and derivation.chains


def test_the_weight_gradient_matrix_has_the_shape_of_w() -> None:
    derivation = build("dense-softmax-ce", 3)
    (matrix,) = [c for c in derivation.chains if "∂L/∂W = x (ŷ − y)ᵀ" in c.title]
    assert "shape 2 × 3" in matrix.title
    assert ImmutableMatrix(matrix.lhs).shape == (2, 3)
    assert ImmutableMatrix(matrix.steps[-1].expr.as_explicit()).shape == (2, 3)
    assert isinstance(derivation.result, ImmutableMatrix) and derivation.result.shape == (2, 3)


def test_seed_002_is_called_loose_about_shapes() -> None:
    derivation = build("seed-002-network", 3)
    notes = " ".join(derivation.notes)
    assert "xᵀ(ŷ − y)" in notes and "loose about shapes" in notes and "outer product" in notes
    assert {int(w.indices[1]) for _, symbols in derivation.symbols if _ == "weights" for w in symbols} == {1, 2, 3}


def test_plain_names_for_seed_notation() -> None:
    derivation = build("seed-002-network", 3)
    text = PlainPrinter().doprint(derivation.definitions[0].head)
    assert text == "θ_j"
    assert "?" not in prose_tex("θ = wᵀx + b and tanh′(a) = 1 − tanh²(a)")
    assert r"\theta" in prose_tex("θ = wᵀx") and r"\tanh" in prose_tex("tanh′(a) = 1")


def test_a_derivation_of_worked_instances_only_does_not_claim_every_n() -> None:
    every_n = build("backprop-hidden-relu", SYMBOLIC_N)
    worked = dataclasses.replace(every_n, chains=tuple(dataclasses.replace(c, instance_n=3) for c in every_n.chains))
    words = scope_words(check_derivation(worked))
    assert words == "at the worked instance n = 3 only (none is proven for every n)"
    mixed = scope_words(check_derivation(build("toy-network", SYMBOLIC_N)))
    assert mixed.startswith("for every n") and "worked instance at n = 2" in mixed
