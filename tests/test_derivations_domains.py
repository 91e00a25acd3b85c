"""Every counterexample in derivations/*.json lies inside the domains its derivation states (probabilities in
[0, 1], a smoothing fraction in [0, 1], labels ±1, non-negative targets) and satisfies the constraints of its
step (a one-hot target is one-hot, a probability vector sums to one): a point outside them refutes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sympy import Indexed, IndexedBase, Integer, Symbol, sympify

from derive.check.domains import domains_of, outside
from derive.engine import SYMBOLIC_N, build

EXPORTED = Path(__file__).resolve().parent.parent / "derivations"
FILES = sorted(EXPORTED.glob("*.json"))


def _atom(name: str) -> Symbol | Indexed:
    """y_2 → the entry y[2]; epsilon → the symbol."""
    label, _, index = name.rpartition("_")
    if label and index.isdigit():
        return IndexedBase(label)[Integer(index)]
    return Symbol(name)


def test_there_are_exports_with_counterexamples() -> None:
    found = [s for f in FILES for s in json.loads(f.read_text(encoding="utf-8"))["steps"] if s["counterexample"]]
    assert len(FILES) > 20 and found


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_every_exported_counterexample_lies_inside_the_stated_domains(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    derivation = build(data["name"], data["n"] if isinstance(data["n"], int) else SYMBOLIC_N)
    domains = domains_of(derivation.assumptions)
    steps = [step for chain in derivation.chains for step in chain.steps]
    assert len(steps) == len(data["steps"])
    for exported, step in zip(data["steps"], steps, strict=True):
        found = exported["counterexample"]
        if found is None:
            continue
        point = {_atom(name): sympify(value) for name, value in found["values"].items()}
        assert outside(point, domains) is None, (path.name, exported["step"], found["values"])
        n = max((int(a.indices[0]) for a in point if isinstance(a, Indexed)), default=0)
        for constraint in step.assumptions:
            vector = constraint.vector
            if vector is None or constraint.kind == "domain":
                continue
            entries = [v for a, v in point.items() if isinstance(a, Indexed) and str(a.base) == str(vector)]
            if len(entries) == n and constraint.kind in ("one-hot", "sum-to-one"):
                assert sum(entries) == 1, (path.name, constraint.phrase, found["values"])
            if constraint.kind == "one-hot":
                assert all(v in (0, 1) for v in entries), (path.name, found["values"])
