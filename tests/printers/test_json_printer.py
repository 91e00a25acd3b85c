"""The JSON contract: keys, types, SymPy syntax that sympify reads back, a result that evaluates as the model's."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

import pytest
from sympy import Basic, Indexed, IndexedBase, Integer, Matrix, Rational, Symbol, sympify

from derive.check import CheckedDerivation
from derive.check.ground import ground
from derive.engine import names
from derive.printers.json import json_object, json_text, sympy_syntax

Checked = Callable[[str, int], CheckedDerivation]

#: Scalar parameters (listed under "parameters") and defined names of the derivations that have other ones.
PARAMETERS = {"softmax-temperature": ["T"], "label-smoothing": ["epsilon"], "focal-loss": ["gamma"]}
DEFINITIONS = {"mse-linear": {"yhat", "L"}, "label-smoothing": {"s", "yhat", "ytilde", "L"}}
#: Names that sympify would read as SymPy functions or constants, read as plain symbols (γ is "gamma").
SYMBOL_NAMES = {name: Symbol(name) for name in ("gamma",)}
BASES = {"z", "y", "s", "yhat", "ytilde"}
SCALARS = ("T", "epsilon", "gamma", "c", "m")

TOP_LEVEL = ["name", "title", "n", "ok", "assumptions", "definitions", "symbols", "steps", "result"]
STEP_KEYS = {
    "chain", "case", "lhs", "rule", "justification", "expr", "latex", "status", "expected", "method", "scope",
    "assumptions", "evidence", "counterexample",
}  # fmt: skip


@pytest.mark.parametrize("name", names())
def test_contract(checked: Checked, name: str) -> None:
    c = checked(name, 2)
    data = json_object(c)
    assert list(data)[: len(TOP_LEVEL)] == TOP_LEVEL
    assert data["name"] == name and data["n"] == 2 and data["ok"] is c.ok is True
    assert all(isinstance(a, str) for a in data["assumptions"])
    vectors = {role: symbols for role, symbols in data["symbols"].items() if role != "parameters"}
    assert vectors == {"logits": ["z_1", "z_2"], "targets": ["y_1", "y_2"]}
    assert set(data["symbols"].get("parameters", [])) == set(PARAMETERS.get(name, []))
    assert set(data["definitions"]) == DEFINITIONS.get(name, {"s", "yhat", "L"})
    assert len(data["steps"]) == sum(len(chain.verdicts) for chain in c.chains)
    for step in data["steps"]:
        assert set(step) >= STEP_KEYS
        assert step["status"] in {"proven", "refuted", "unproven"} and step["expected"] in {"holds", "fails"}
        assert step["evidence"] is None or set(step["evidence"]) == {"points", "agreed", "seed", "digits"}
        if step["status"] == "refuted":
            assert set(step["counterexample"]) == {"values", "lhs", "rhs"}
        else:
            assert step["counterexample"] is None


def test_text_is_deterministic_and_ends_with_a_newline(checked: Checked) -> None:
    c = checked("softmax-ce", 2)
    text = json_text(c)
    assert text == json_text(c) and text.endswith("}\n")
    assert "ŷ" in text  # ensure_ascii=False
    assert json.loads(text) == json_object(c)


def _indexed_names(expr: Basic, bases: set[str]) -> Basic:
    """z_1 → z[1] (the inverse of the JSON naming), so that both forms can be evaluated the same way."""
    swap = {}
    for symbol in expr.free_symbols:
        base, _, index = symbol.name.rpartition("_")
        if base in bases and index.isdigit():
            swap[symbol] = IndexedBase(base)[int(index)]
    return expr.xreplace(swap)


def _evaluate(expr: Basic, indices: dict[str, int], values: dict[str, Rational]) -> Basic:
    """The value of an expression in z, y, s and the indices, entries named by z[1] style, at a point."""
    assignment = {s: Integer(indices[s.name]) for s in expr.atoms(Symbol) if s.name in indices}
    expr = ground(expr, (), assignment)
    entries = {e: values[str(e)] for e in expr.atoms(Indexed)}
    scalars = {s: values[s.name] for s in expr.free_symbols if isinstance(s, Symbol) and s.name in SCALARS}
    return expr.xreplace({**entries, **scalars}).evalf(30)


@pytest.mark.parametrize("name", names())
def test_expressions_read_back_to_the_same_values(checked: Checked, name: str) -> None:
    c = checked(name, 2)
    rng = random.Random(1)
    values = {f"{b}[{m}]": Rational(rng.randint(-90, 90), 37) for b in sorted(BASES) for m in (1, 2)}
    values.update({name: Rational(rng.randint(1, 90), 37) for name in SCALARS})
    data = json_object(c)
    flat = [(chain.chain.lhs, step) for chain in c.chains for step in chain.chain.steps]
    for (lhs, step), printed in zip(flat, data["steps"], strict=True):
        for original, text in ((lhs, printed["lhs"]), (step.expr, printed["expr"])):
            parsed = _indexed_names(sympify(text, locals=SYMBOL_NAMES), BASES)
            for indices in ({"i": 1, "j": 2, "k": 2}, {"i": 2, "j": 1, "k": 1}, {"i": 1, "j": 1, "k": 2}):
                a, b = _evaluate(original, indices, values), _evaluate(parsed, indices, values)
                assert (Matrix([a]) - Matrix([b])).norm() < 1e-20, (text, indices)


@pytest.mark.parametrize("name", names())
def test_result_evaluates_like_the_model_result(checked: Checked, name: str) -> None:
    c = checked(name, 3)
    data = json_object(c)
    rng = random.Random(7)
    names_to_symbols = {name: symbol for role in c.derivation.symbols for name, symbol in
                        zip(data["symbols"][role[0]], role[1], strict=True)}  # fmt: skip
    point = {name: Rational(rng.randint(-200, 200), 100) for name in names_to_symbols}
    parsed = sympify(data["result"], locals=SYMBOL_NAMES)
    ours = parsed.xreplace({Symbol(name): value for name, value in point.items()}).evalf(30)
    model = c.derivation.result.xreplace({names_to_symbols[n]: v for n, v in point.items()}).evalf(30)
    assert isinstance(parsed, Matrix) and parsed.shape == model.shape
    assert (ours - model).norm() < 1e-20


def test_sympy_syntax_forms() -> None:
    from derive.engine.rules import mul
    from derive.model import SumExcept

    i, k = Symbol("i", integer=True), Symbol("k", integer=True)
    z, y = IndexedBase("z"), IndexedBase("y")
    assert sympy_syntax(z[1]) == "z_1"
    assert sympy_syntax(z[i]) == "Indexed('z', i)"
    assert sympy_syntax(SumExcept(mul(y[i], z[k]), (i, 1, 3), k)) == (
        "Sum((Indexed('y', i)*Indexed('z', k))*(1 - KroneckerDelta(i, k)), (i, 1, 3))"
    )
    assert sympy_syntax(Matrix([[z[1], 0], [0, z[2]]]).as_immutable()) == "Matrix([[z_1, 0], [0, z_2]])"


def test_refuted_step_has_its_counterexample(wrong: CheckedDerivation) -> None:
    (step,) = [s for s in json_object(wrong)["steps"] if s["status"] == "refuted"]
    counterexample = step["counterexample"]
    assert counterexample is not None and counterexample["values"]
    assert set(counterexample["values"]) >= {"i", "k", "z_1", "z_2"}
    assert all(isinstance(v, str) and sympify(v).is_number for v in counterexample["values"].values())
    assert sympify(counterexample["lhs"]) == -sympify(counterexample["rhs"])
    assert step["expected"] == "holds"
