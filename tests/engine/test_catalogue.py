"""The catalogue of built-in derivations: names, errors, and the shape of what each builds."""

from __future__ import annotations

import inspect
import subprocess
import sys
from importlib import import_module

import pytest
from sympy import Derivative, ImmutableMatrix, Indexed, Symbol

from derive.engine import CATALOGUE, build, lookup, names
from derive.errors import UsageError


def test_names_are_unique_and_the_default_is_first() -> None:
    assert len(set(names())) == len(names())
    assert names()[0] == "softmax-ce"
    assert {"softmax-jacobian", "softmax-jacobian-log", "cross-entropy-grad", "softmax-ce"} <= set(names())


def test_every_builder_in_a_family_module_is_listed_once() -> None:
    listed = [(entry.module, entry.function) for entry in CATALOGUE]
    assert len(set(listed)) == len(listed)
    for module in {entry.module for entry in CATALOGUE}:
        family = import_module(f"derive.engine.{module}")
        builders = {
            name
            for name, value in vars(family).items()
            if inspect.isfunction(value) and value.__module__ == family.__name__ and not name.startswith("_")
        }
        assert builders == {function for listed_module, function in listed if listed_module == module}


def test_listing_imports_no_family_and_building_imports_only_its_own() -> None:
    script = (
        "import sys; from derive.engine import catalogue as c; c.names(); c.lookup('toy-network');"
        "c.entry_for('softmax-ce', 256);"
        "print(sorted(m for m in sys.modules if m.startswith('derive.engine.builtins')), 'sympy' in sys.modules);"
        "c.build('softmax-ce', 2);"
        "print(sorted(m for m in sys.modules if m.startswith('derive.engine.builtins')))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[] False", "['derive.engine.builtins_softmax']"]


def test_unknown_name_suggests_the_closest_ones_not_all() -> None:
    with pytest.raises(UsageError, match=r"^unknown derivation 'softmax-jacobain'; did you mean 'softmax-jacobian'\?"):
        lookup("softmax-jacobain")
    with pytest.raises(UsageError) as refused:
        lookup("nope")
    assert str(refused.value) == "unknown derivation 'nope' (see 'derive list')"


@pytest.mark.parametrize("n", [1, 0, -3])
def test_n_below_two_is_refused(n: int) -> None:
    with pytest.raises(UsageError, match="at least 2"):
        build("softmax-ce", n)


@pytest.mark.parametrize("entry", CATALOGUE, ids=lambda e: e.name)
def test_every_step_has_a_rule_and_a_justification(entry) -> None:
    derivation = build(entry.name, 3)
    assert derivation.name == entry.name
    for chain in derivation.chains:
        for step in chain.steps:
            assert step.rule.name and step.rule.statement and step.justification
            assert step.case is chain.case


def test_n_above_the_supported_maximum_is_refused_with_the_fix() -> None:
    with pytest.raises(UsageError, match="--n 256 or less") as refused:
        build("softmax-ce", 257)
    assert "\n" not in str(refused.value)
    with pytest.raises(UsageError, match=r"for softmax-jacobian, 16 .*--n 16 or less"):
        build("softmax-jacobian", 17)


def test_jacobian_cases_are_split_as_the_seeds_split_them() -> None:
    derivation = build("softmax-jacobian", 3)
    cases = [chain.case.name for chain in derivation.chains]
    assert cases[:2] == ["i = k", "i ≠ k"]
    assert derivation.chains[0].lhs.has(Derivative)


@pytest.mark.parametrize(
    "name, shape", [("softmax-jacobian", (4, 4)), ("cross-entropy-grad", (4, 1)), ("softmax-ce", (4, 1))]
)
def test_results_are_matrices_over_the_listed_symbols(name: str, shape: tuple[int, int]) -> None:
    derivation = build(name, 4)
    assert isinstance(derivation.result, ImmutableMatrix)
    assert derivation.result.shape == shape
    listed = {symbol for _, group in derivation.symbols for symbol in group}
    assert derivation.result.atoms(Indexed) <= listed


def test_symbolic_n_shows_the_matrix_as_a_worked_instance_at_n_3() -> None:
    derivation = build("softmax-ce", Symbol("n", integer=True, positive=True))
    instances = [chain for chain in derivation.chains if chain.instance_n is not None]
    assert [chain.instance_n for chain in instances] == [3]
    assert instances[0].lhs.shape == (3, 3)


def test_shortcut_chain_is_marked_as_expected_to_fail() -> None:
    derivation = build("softmax-ce", 3)
    failing = [chain for chain in derivation.chains if chain.expected == "fails"]
    assert len(failing) == 1 and not failing[0].steps[0].assumptions
