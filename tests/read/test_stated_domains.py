"""Domains as people state them in the front matter become Contains relations the checker samples inside."""

from __future__ import annotations

from pathlib import Path

import pytest
from sympy import FiniteSet, IndexedBase, Interval, Symbol, oo
from sympy.sets import Contains

from derive.cli import main
from derive.errors import InputError
from derive.read import read_document

FRONT = "---\nn: 3\nvectors: [y]\nindices: [i]\nscalars: [T, a]\nassume:\n  - '{}'\n---\n$$a = a$$\n"
y = IndexedBase("y", real=True)
i = Symbol("i", integer=True)
T, a = Symbol("T", real=True), Symbol("a", real=True)


def stated(tmp_path: Path, assumption: str) -> object:
    path = tmp_path / "d.md"
    path.write_text(FRONT.format(assumption), encoding="utf-8")
    (domain,) = read_document(path).assumptions
    assert domain.kind == "domain"
    return domain.relation


@pytest.mark.parametrize(
    ("assumption", "relation"),
    [
        ("y_i \\in [0, 1]", Contains(y[i], Interval(0, 1))),
        ("0 \\le y_i \\le 1", Contains(y[i], Interval(0, 1))),
        ("y_2 \\in (0, 1]", Contains(y[2], Interval(0, 1, True, False))),
        ("T > 0", Contains(T, Interval.open(0, oo))),
        ("a \\ge -1", Contains(a, Interval(-1, oo))),
        ("1 > a", Contains(a, Interval.open(-oo, 1))),
        ("a \\in [0, \\infty)", Contains(a, Interval(0, oo))),
        ("y \\in \\{0, 1\\}^n", Contains(y[i], FiniteSet(0, 1))),
    ],
)
def test_domains_as_people_state_them(tmp_path: Path, assumption: str, relation: object) -> None:
    assert stated(tmp_path, assumption) == relation


@pytest.mark.parametrize(
    "assumption", ["0 < a > 1", "y \\in \\mathbb{R}", "a \\in [b, 1]", "a + 1 > 0", "a \\in (1, 1)", "1 < a < 0"]
)
def test_what_is_not_one_of_those_forms_is_refused(tmp_path: Path, assumption: str) -> None:
    with pytest.raises(InputError):
        stated(tmp_path, assumption)


def test_a_counterexample_outside_the_stated_domain_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.md"
    front = "---\nn: 2\nvectors: [y]\nindices: [i]\nscalars: [T]\nassume:\n  - 'T > 0'\n---\n"
    path.write_text(front + "$$\\sqrt{T^2} = T$$\n", encoding="utf-8")
    assert main(["check", str(path), "--no-cache", "--format", "json"]) == 1
    assert '"status": "unproven"' in capsys.readouterr().out  # true for T > 0: never refuted at T < 0
    path.write_text(front.replace("  - 'T > 0'\n", "  - 'T \\in [-2, 2]'\n") + "$$\\sqrt{T^2} = T$$\n")
    assert main(["check", str(path), "--no-cache", "--format", "json"]) == 1
    assert '"status": "refuted"' in capsys.readouterr().out
