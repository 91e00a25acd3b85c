"""The constructs the seeds as written use (issue 15, "The seeds, as written"), each read as the page means it, each
refused where it reads two ways, and each unable to prove a false equation written with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from refusals import refusal
from sympy import And, Dummy, Ge, KroneckerDelta, Le, Symbol

from derive.cli import main
from derive.read import read_document
from derive.read.dummies import DUMMY_BASE

SOFTMAX = """---
length: C
define:
  s_i: \\frac{e^{x_i}}{\\sum_j e^{x_j}}
  \\text{softmax}_i: s_i
  J_{\\text{softmax}}: \\frac{\\partial s}{\\partial x}
  L: -\\sum_{i=1}^{C} y_i \\log s_i
  \\delta_j: \\frac{\\partial L}{\\partial x_j}
assume:
  - y one-hot
---
"""
i, k = Symbol("i", integer=True), Symbol("k", integer=True)


def write(tmp_path: Path, body: str, front: str = SOFTMAX) -> Path:
    path = tmp_path / "d.md"
    path.write_text(front + body, encoding="utf-8")
    return path


def checked(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, front: str = SOFTMAX) -> dict[str, object]:
    path = write(tmp_path, body, front)
    main(["check", str(path), "--format", "json", "--timeout", "120", "--budget", "900"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def statuses(report: dict[str, object]) -> list[str]:
    return [link["status"] for link in report["links"]]  # type: ignore[attr-defined]


# x_i = x_k as the case i = k -----------------------------------------------------------------------------------


def test_a_case_on_two_entries_of_the_variables_is_the_case_on_their_indices(tmp_path: Path) -> None:
    cases = "\\begin{cases} 1 & x_i = x_k \\\\ 0 & \\text{otherwise} \\end{cases}"
    body = f"$$ \\frac{{\\partial x_i}}{{\\partial x_k}} = {cases} = \\mathbb{{1}}(x_i = x_k) $$\n\n"
    body += "$$ = \\delta_{ik} \\text{ where } \\mathbb{1}(x_i = x_k) \\text{ (Indicator)} $$\n"
    front = SOFTMAX.replace("  \\delta_j: \\frac{\\partial L}{\\partial x_j}\n", "")  # δ is Kronecker's here
    links = read_document(write(tmp_path, body, front)).links
    assert [link.rhs for link in links] == [KroneckerDelta(i, k)] * 3  # the remark's indicator is no relation


@pytest.mark.parametrize(
    ("display", "words"),
    [
        ("\\mathbb{1}(s_i = s_k) = \\delta_{ik}", "can be read two ways"),  # a defined vector: equal values at i ≠ k
        ("\\mathbb{1}(y_i = y_k) = \\delta_{ik}", "can be read two ways"),  # one-hot: y_i = y_k = 0 at i ≠ k
        ("\\mathbb{1}(x_i = s_k) = \\delta_{ik}", "x_i = x_k is another statement"),
    ],
)
def test_a_case_on_entries_that_may_be_equal_at_other_indices_is_refused(
    tmp_path: Path, display: str, words: str
) -> None:
    assert words in refusal(write(tmp_path, f"$$ {display} $$\n"))


def test_a_false_equation_with_the_case_on_the_variables_is_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = checked(tmp_path, capsys, "$$ \\frac{\\partial x_i}{\\partial x_k} = \\mathbb{1}(x_i \\neq x_k) $$\n")
    assert statuses(report) == ["refuted"]


# \forall i = 1, 2, 3 --------------------------------------------------------------------------------------------


def test_values_listed_after_forall_are_the_range_the_chain_holds_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (link,) = read_document(write(tmp_path, "$$ s_i = s_i ,\\forall i = 1, 2, 3 $$\n")).links
    assert link.condition == And(Ge(i, 1), Le(i, 3))
    front = "---\nn: 4\nlength: C\n---\n"
    # false at i = 3 only: outside the range stated, so not refuted (and true inside it)
    report = checked(tmp_path, capsys, "$$ \\delta_{i3} = 0 ,\\forall i = 1, 2 $$\n", front)
    assert statuses(report) == ["proven"]
    report = checked(tmp_path, capsys, "$$ \\delta_{i2} = 0 ,\\forall i = 1, 2 $$\n", front)
    assert statuses(report) == ["refuted"]
    assert report["links"][0]["counterexample"]["values"]["i"] == "2"  # type: ignore[index]


# Jacobians and the chain rule written left to right -------------------------------------------------------------


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\frac{\\partial s}{\\partial x} = \\operatorname{diag}(s) - s s^T", "proven"),
        ("\\frac{\\partial s}{\\partial x} = \\operatorname{diag}(s) + s s^T", "refuted"),
        ("\\frac{\\partial s}{\\partial x_k} = s_k (e - s)", None),  # e is Euler's number: a side of no shape read
        ("J_{\\text{softmax}} = \\operatorname{diag}(s) - s s^\\top", "proven"),
        (
            "\\frac{\\partial L}{\\partial x} = \\frac{\\partial L}{\\partial s} \\frac{\\partial s}{\\partial x}",
            "proven",
        ),
        (
            "\\frac{\\partial L}{\\partial x} = \\frac{\\partial L}{\\partial s} \\operatorname{diag}(s)",
            "refuted",
        ),
        ("\\delta_j = \\frac{\\partial L}{\\partial s} \\frac{\\partial s}{\\partial x_j}", "proven"),
        ("\\delta_j = s_j - y_j", "proven"),
        ("\\delta_j = y_j - s_j", "refuted"),
    ],
)
def test_derivatives_of_whole_vectors_are_checked_entry_by_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str | None
) -> None:
    report = checked(tmp_path, capsys, f"$$ {display} $$\n")
    assert statuses(report) == ([status] if status else [])


def test_a_derivative_of_a_vector_by_a_matrix_is_no_matrix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    front = "---\narrays: [W]\ndefine:\n  z_k: \\sum_{i=1}^{n} W_{ik} x_i\n---\n"
    report = checked(tmp_path, capsys, "$$ \\frac{\\partial z}{\\partial W} = x^T $$\n", front)
    assert [link["method"] for link in report["links"]] == ["the sides have different shapes, n×n×n and 1×n"]  # type: ignore[index]


# Matrices with dots --------------------------------------------------------------------------------------------

ROWS = (
    "{a} & {b} & \\dots & {c} \\\\ {d} & {e} & \\dots & {f} \\\\ \\vdots & \\vdots & \\ddots & \\vdots \\\\ "
    "{g} & \\dots & \\dots & {h}"
)
JACOBIAN = {
    "a": "s_1(1-s_1)",
    "b": "-s_1s_2",
    "c": "-s_1s_n",
    "d": "-s_2s_1",
    "e": "s_2(1-s_2)",
    "f": "-s_2s_n",
    "g": "-s_ns_1",
    "h": "s_n(1-s_n)",
}


def matrix(**changed: str) -> str:
    return "\\begin{pmatrix} " + ROWS.format(**{**JACOBIAN, **changed}) + " \\end{pmatrix}"


def test_a_matrix_with_dots_is_the_pattern_its_entries_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = checked(tmp_path, capsys, f"$$ J_{{\\text{{softmax}}}} = {matrix()} $$\n\n$$ J_{{\\text{{softmax}}}} = "
                     f"{matrix(b='s_1s_2', c='s_1s_n', d='s_2s_1', f='s_2s_n', g='s_ns_1')} $$\n")  # fmt: skip
    assert statuses(report) == ["proven", "refuted"]  # the sign of every entry off the diagonal flipped


@pytest.mark.parametrize(
    ("changed", "words"),
    [
        ({"c": "-s_1s_1"}, "follow different patterns"),  # one entry off the pattern: which goes on at the dots?
        ({"b": "0", "c": "0", "f": "0"}, "above and below the diagonal follow different patterns"),
        ({"a": "\\vdots"}, "of dots between shown ones"),
    ],
)
def test_a_matrix_with_dots_whose_entries_follow_no_one_pattern_is_refused(
    tmp_path: Path, changed: dict[str, str], words: str
) -> None:
    assert words in refusal(write(tmp_path, f"$$ J_{{\\text{{softmax}}}} = {matrix(**changed)} $$\n"))


# Upright names, a question, δ of the page's own -----------------------------------------------------------------


def test_upright_and_labelled_names_are_the_names_defined(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "$$ \\text{softmax}_i = \\frac{e^{x_i}}{\\sum_j e^{x_j}} $$\n\n$$ \\text{softmax}_i = e^{x_i} $$\n"
    assert statuses(checked(tmp_path, capsys, body)) == ["proven", "refuted"]
    document = read_document(write(tmp_path, "$$ J_{\\text{jacobian}} + 1 = 0 $$\n"))  # never defined: a number
    assert any("read as a number of its own, labelled" in r for r in document.readings)  # (test_labelled_scalars)


def test_a_display_that_ends_with_a_question_mark_asks(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "$$ s_i = 1 ? $$\n"))
    assert not document.links
    assert [u.reason for u in document.unchecked] == ["asks (it ends with '?'): a question, not a claim"]


DL_DS = "\\frac{\\partial L}{\\partial s}"


def test_the_readers_bound_indices_are_numbered_apart_from_a_childs(tmp_path: Path) -> None:
    body = f"$$ \\frac{{\\partial L}}{{\\partial x}} = {DL_DS} \\frac{{\\partial s}}{{\\partial x}} $$\n"
    (link,) = read_document(write(tmp_path, body)).links
    dummies = link.rhs.atoms(Dummy)
    assert dummies and all(d.dummy_index >= DUMMY_BASE for d in dummies)  # a child counts from far below
