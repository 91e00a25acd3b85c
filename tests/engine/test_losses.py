"""The loss derivations as data: names, topics, case splits, shortcuts, notes and results (no checking here)."""

from __future__ import annotations

import pytest
from sympy import Eq, ImmutableMatrix, Indexed, Ne, Symbol

from derive.engine import CATALOGUE, SYMBOLIC_N, build, names

ENTRIES = [entry for entry in CATALOGUE if entry.module == "builtins_losses"]

LOSSES = [entry.name for entry in ENTRIES]
TOPICS = {
    "sigmoid-bce": "binary heads",
    "soft-targets": "softmax variants",
    "softmax-temperature": "softmax variants",
    "log-softmax-nll": "softmax variants",
    "label-smoothing": "softmax variants",
    "mse-linear": "regression",
    "mse-softmax": "regression",
    "focal-loss": "other losses",
}
#: The derivations that show a tempting shortcut refuted.
WITH_SHORTCUT = {"sigmoid-bce", "soft-targets", "softmax-temperature", "label-smoothing", "mse-softmax", "focal-loss"}


def test_every_loss_is_in_the_catalogue_under_its_topic() -> None:
    assert {entry.name: entry.topic for entry in ENTRIES} == TOPICS
    assert set(LOSSES) <= set(names())
    assert names()[0] == "softmax-ce"


@pytest.mark.parametrize("name", LOSSES)
@pytest.mark.parametrize("n", [3, SYMBOLIC_N])
def test_builds_with_rules_and_justifications(name: str, n: int | Symbol) -> None:
    derivation = build(name, n)
    assert derivation.name == name and derivation.notes
    for chain in derivation.chains:
        for step in chain.steps:
            assert step.rule.name and step.rule.statement and step.justification
    assert any(c.expected == "fails" for c in derivation.chains) == (name in WITH_SHORTCUT)


@pytest.mark.parametrize("name", LOSSES)
def test_results_are_vectors_over_the_listed_symbols(name: str) -> None:
    derivation = build(name, 4)
    assert isinstance(derivation.result, ImmutableMatrix) and derivation.result.shape == (4, 1)
    listed = {symbol for _, group in derivation.symbols for symbol in group}
    assert derivation.result.atoms(Indexed) <= listed
    labels = {entry.base.label for entry in derivation.result.atoms(Indexed)}
    parameters = {s for s in derivation.result.free_symbols if isinstance(s, Symbol)} - labels
    assert parameters <= listed


@pytest.mark.parametrize("name", ["sigmoid-bce", "focal-loss"])
def test_sigmoid_derivative_is_split_into_the_cases_i_equal_k_and_not(name: str) -> None:
    derivation = build(name, 3)
    cases = {chain.case.name: chain.case.condition for chain in derivation.chains if chain.case.name != "all indices"}
    i, k = derivation.space.indices[0], derivation.space.indices[2]
    assert cases == {"i = k": Eq(i, k), "i ≠ k": Ne(i, k)}


def test_parameters_are_listed() -> None:
    assert [str(s) for s in dict(build("softmax-temperature", 3).symbols)["parameters"]] == ["T"]
    assert [str(s) for s in dict(build("label-smoothing", 3).symbols)["parameters"]] == ["epsilon"]
    assert [str(s) for s in dict(build("focal-loss", 3).symbols)["parameters"]] == ["gamma"]
    assert "parameters" not in dict(build("sigmoid-bce", 3).symbols)


def test_label_smoothing_says_which_framework_definition_it_matches() -> None:
    notes = " ".join(build("label-smoothing", 3).notes)
    assert "PyTorch" in notes and "label smoothing ε" in notes and "(1 − ε) times the one-hot target plus ε/C" in notes


def test_focal_loss_says_which_head_and_labels() -> None:
    notes = " ".join(build("focal-loss", 3).notes)
    assert "Lin et al. (2017)" in notes and "y_i = 1 or y_i = −1" in notes and "sigmoid" in notes
