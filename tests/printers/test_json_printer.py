"""The JSON contract: keys, types, SymPy syntax that sympify reads back, a result that evaluates as the model's."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

import pytest
from sympy import Basic, Indexed, IndexedBase, Integer, Matrix, Max, Rational, Symbol, sympify

from derive.check import CheckedDerivation
from derive.check.ground import ground
from derive.engine import names
from derive.printers.json import json_object, json_text, sympy_syntax

Checked = Callable[[str, int], CheckedDerivation]

#: Scalar parameters (listed under "parameters") and defined names of the derivations that have other ones.
PARAMETERS = {"softmax-temperature": ["T"], "label-smoothing": ["epsilon"], "focal-loss": ["gamma"]}
DEFINITIONS = {
    "mse-linear": {"yhat", "L"},
    "label-smoothing": {"s", "yhat", "ytilde", "L"},
    "dense-softmax-ce": {"z", "yhat", "L"},
    "seed-002-network": {"theta", "yhat", "J"},
    "softmax-jacobian-matrix": {"s"},
    "toy-network": {"y", "o", "E"},
    **{f"backprop-hidden{a}": {"a", "h", "z", "yhat", "delta", "L"} for a in ("", "-tanh", "-relu")},
}
SOFTMAX_ROLES = {"logits": ["z_1", "z_2"], "targets": ["y_1", "y_2"]}
W22 = ["1_1", "1_2", "2_1", "2_2"]
DENSE_ROLES = {"inputs": ["x_1", "x_2"], "weights": [f"W_{e}" for e in W22], "biases": ["b_1", "b_2"],
               "targets": ["y_1", "y_2"]}  # fmt: skip
HIDDEN_ROLES = {"inputs": ["x_1", "x_2"], "hidden weights": [f"V_{e}" for e in W22], "hidden biases": ["c_1", "c_2"],
                "output weights": [f"W_{e}" for e in W22], "output biases": ["b_1", "b_2"],
                "targets": ["y_1", "y_2"]}  # fmt: skip
#: The symbols by role at n = 2 of the derivations whose symbols are not the logits z and targets y.
ROLES = {
    "dense-softmax-ce": DENSE_ROLES,
    "seed-002-network": {**DENSE_ROLES, "weights": [f"w_{e}" for e in W22]},
    "softmax-jacobian-matrix": {"logits": ["z_1", "z_2"], "vector": ["v_1", "v_2"]},
    "toy-network": {"inputs": ["h_1", "h_2"], "weights": [f"w_{e}" for e in W22], "targets": ["t_1", "t_2"]},
    **{f"backprop-hidden{a}": HIDDEN_ROLES for a in ("", "-tanh", "-relu")},
}
BASES = {"z", "y", "s", "yhat", "ytilde", "x", "W", "w", "b", "V", "c", "a", "h", "delta", "theta", "t", "o", "v"}
POSITIVE = {"s", "yhat", "o"}
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
    assert vectors == ROLES.get(name, SOFTMAX_ROLES)
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
    """z_1 → z[1], W_1_2 → W[1, 2] (the inverse of the JSON naming), so that both forms evaluate the same way."""
    swap = {}
    for symbol in expr.free_symbols:
        base, *indices = symbol.name.split("_")
        if base in bases and indices and all(index.isdigit() for index in indices):
            swap[symbol] = IndexedBase(base)[tuple(int(index) for index in indices)]
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
    # probabilities (declared positive in the model, so SymPy may use it) get positive values
    values = {f"{b}[{m}]": Rational(rng.randint(1 if b in POSITIVE else -90, 90), 37)
              for b in sorted(BASES) for m in (1, 2)}  # fmt: skip
    values.update({f"{b}[{m}, {p}]": Rational(rng.randint(-90, 90), 37)
                   for b in "WwV" for m in (1, 2) for p in (1, 2)})  # fmt: skip
    values.update({name: Rational(rng.randint(1, 90), 37) for name in SCALARS})
    data = json_object(c)
    flat = [(chain.chain.lhs, step) for chain in c.chains for step in chain.chain.steps]
    for (lhs, step), printed in zip(flat, data["steps"], strict=True):
        for original, text in ((lhs, printed["lhs"]), (step.expr, printed["expr"])):
            parsed = _indexed_names(sympify(text), BASES)
            for indices in ({"i": 1, "j": 2, "k": 2}, {"i": 2, "j": 1, "k": 1}, {"i": 1, "j": 1, "k": 2}):
                a, b = _evaluate(original, indices, values), _evaluate(parsed, indices, values)
                assert (Matrix([a]) - Matrix([b])).norm() < 1e-20, (text, indices)


def _named(expr: Basic, indices: dict[str, int]) -> Basic:
    """Free indices set by name (i = 1, …) and sums done, then entries as the JSON names them: x[1, 2] → x_1_2."""
    expr = expr.xreplace({s: Integer(indices[s.name]) for s in expr.free_symbols if s.name in indices}).doit()
    names = {e: Symbol("_".join(str(part) for part in (e.base, *e.indices))) for e in expr.atoms(Indexed)}
    plain = {s: Symbol(s.name) for s in expr.free_symbols if isinstance(s, Symbol)}  # without assumptions
    return expr.xreplace(names).xreplace(plain)


@pytest.mark.parametrize("name", names())
def test_result_evaluates_like_the_model_result(checked: Checked, name: str) -> None:
    """A matrix result reads back as a matrix of the same shape and values; an index formula (∂L/∂V_ij) reads
    back to the same values at every assignment of its free indices."""
    c = checked(name, 3)
    data = json_object(c)
    rng = random.Random(7)
    point = {Symbol(name): Rational(rng.randint(-200, 200), 100) for role in data["symbols"].values() for name in role}
    parsed = sympify(data["result"])
    model = c.derivation.result
    if isinstance(model, Matrix):
        assert isinstance(parsed, Matrix) and parsed.shape == model.shape
    assignments = [{"i": a, "j": b} for a in (1, 2) for b in (1, 2)] if not isinstance(model, Matrix) else [{}]
    for indices in assignments:
        ours, theirs = (_named(e, indices).xreplace(point).evalf(30) for e in (parsed, model))
        assert not (ours.free_symbols | theirs.free_symbols), (ours.free_symbols, theirs.free_symbols)
        assert (Matrix([ours]) - Matrix([theirs])).norm() < 1e-20


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


def test_names_that_sympy_owns_read_back_as_symbols() -> None:
    from derive.model.activations import relu

    gamma, loss, a = Symbol("gamma", positive=True), Symbol("E"), Symbol("a", real=True)
    text = sympy_syntax(gamma * loss + relu(a))
    assert sympify(text) == Symbol("gamma") * Symbol("E") + Max(0, Symbol("a"))
