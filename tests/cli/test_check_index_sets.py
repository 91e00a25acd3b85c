"""derive check on sums over sets the page names but never defines: \\sum_{j \\in input(o)} (issue 15, seed 001).

Such a set is any subset of the indices, never all of them: a claim is proven only if it holds for every subset,
and one that needs the full range is refuted by a membership the counterexample names. Each true claim has a false
twin that must be refuted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

FRONT = "---\n---\n"
SUM = "\\sum_{j \\in input(o)}"


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> dict:  # type: ignore[type-arg]
    path = tmp_path / "d.md"
    path.write_text(FRONT + body, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "120"])
    found: dict = json.loads(capsys.readouterr().out)  # type: ignore[type-arg]
    return found


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> list[str]:
    found = report(tmp_path, capsys, body)
    assert not found["unchecked"], found["unchecked"]
    return [link["status"] for link in found["links"]]


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        (
            f"\\frac{{\\partial}}{{\\partial x_k}} {SUM} x_j w_{{j \\to o}} = {SUM} \\delta_{{jk}} w_{{j \\to o}}",
            "proven",
        ),
        # only when k is in input(o): the set is not every index
        (f"\\frac{{\\partial}}{{\\partial x_k}} {SUM} x_j w_{{j \\to o}} = w_{{k \\to o}}", "refuted"),
        (f"{SUM} (x_j + y_j) = {SUM} x_j + {SUM} y_j", "proven"),
        (f"{SUM} x_j = \\sum_j x_j", "refuted"),
        (f"{SUM} 2 x_j = 2 {SUM} x_j", "proven"),
        (f"{SUM} x_j = \\sum_{{j \\in input(k)}} x_j", "refuted"),  # the set of another neuron
    ],
)
def test_a_named_set_is_any_subset_of_the_indices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, expected: str
) -> None:
    assert statuses(tmp_path, capsys, f"$${display}$$\n") == [expected]


def test_a_refutation_names_the_memberships_and_the_report_the_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = report(tmp_path, capsys, f"$${SUM} x_j = \\sum_j x_j$$\n")
    assert "sets input(…)" in found["inferred"], found["inferred"]
    values = found["links"][0]["counterexample"]["values"]
    memberships = {name: value for name, value in values.items() if name.startswith("input")}
    assert memberships and set(memberships.values()) <= {"0", "1"}, values


@pytest.mark.parametrize(
    "display",
    [
        f"z_o = {SUM} z_j w_{{j \\to o}}",  # seed 001's line 18: z_o of the layer after the z_j
        "a_j = \\sum_{k \\in path(j)} a_k w_{j \\to k}",
    ],
)
def test_one_vector_at_a_set_and_its_members_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    (unchecked,) = report(tmp_path, capsys, f"$${display}$$\n")["unchecked"]
    assert "two ways" in unchecked["reason"] and "network" in unchecked["reason"], unchecked["reason"]


def test_a_sum_over_a_set_of_its_own_index_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (unchecked,) = report(tmp_path, capsys, "$$\\sum_{j \\in path(j)} x_j = x_j$$\n")["unchecked"]
    assert "name its index apart" in unchecked["reason"], unchecked["reason"]


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("\\sum_k \\frac{\\partial s}{\\partial z_k} = s (1 - \\sum_k s_k)", "proven"),
        ("\\sum_k \\frac{\\partial s}{\\partial z_k} = s", "refuted"),
    ],
)
def test_a_sum_of_whole_vectors_is_read_entry_by_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, expected: str
) -> None:
    """Σ_k ∂s/∂z_k, of s written whole, is the vector of the sums Σ_k ∂s_p/∂z_k (it was refused)."""
    front = "---\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n---\n"
    path = tmp_path / "d.md"
    path.write_text(front + f"$${display}$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    found = json.loads(capsys.readouterr().out)
    assert not found["unchecked"] and [link["status"] for link in found["links"]] == [expected], found
