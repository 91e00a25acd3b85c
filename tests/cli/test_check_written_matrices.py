"""Matrices written out entry by entry (``\\begin{bmatrix}``) at a concrete n, beside the same matrix written whole
(diag(s) − s sᵀ): compared entry by entry, defined by a display, and, where the shapes differ, refuted naming both
shapes without a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

FRONT = "---\nn: 3\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n---\n"
ROWS = [["s_1(1-s_1)", "-s_1 s_2", "-s_1 s_3"], ["-s_2 s_1", "s_2(1-s_2)", "-s_2 s_3"],
        ["-s_3 s_1", "-s_3 s_2", "s_3 (1-s_3)"]]  # fmt: skip


def bmatrix(rows: list[list[str]]) -> str:
    return "\\begin{bmatrix} " + " \\\\ ".join(" & ".join(row) for row in rows) + " \\end{bmatrix}"


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> tuple[int, dict]:
    path = tmp_path / "d.md"
    path.write_text(FRONT + body, encoding="utf-8")
    code = main(["check", str(path), "--format", "json", "--timeout", "60"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("rows", "whole", "status"),
    [
        (ROWS, "\\operatorname{diag}(s) - s s^\\top", "proven"),
        (ROWS, "\\operatorname{diag}(s) + s s^\\top", "refuted"),
        ([*ROWS[:2], ["-s_3 s_1", "-s_3 s_1", "s_3 (1-s_3)"]], "\\operatorname{diag}(s) - s s^\\top", "refuted"),
    ],
)
def test_a_written_out_matrix_beside_one_written_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: list[list[str]], whole: str, status: str
) -> None:
    """Before, the written-out side was taken for a number, and the correct equation refuted."""
    _, report = check(tmp_path, capsys, f"$${bmatrix(rows)} = {whole}$$\n")
    assert [link["status"] for link in report["links"]] == [status]


def test_different_shapes_at_a_concrete_n_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A 2×2 matrix beside a 3×3 one, at n = 3: refuted with both shapes (it was a crash), written out at n = 3
    (s_3 stays s_3: n = 3 is not replaced by 2)."""
    two = [row[:2] for row in ROWS[:2]]
    code, report = check(tmp_path, capsys, f"$$J = \\operatorname{{diag}}(s) - s s^\\top = {bmatrix(two)}$$\n")
    (link,) = report["links"]
    assert code == 1 and link["status"] == "refuted", link
    assert "3×3 and 2×2" in link["method"], link
    assert "s_3" in json.dumps(link["counterexample"]), link["counterexample"]


@pytest.mark.parametrize(
    ("body", "status"),
    [  # J defined by the display that writes it out, then the chain after it checked
        (f"$$J = {bmatrix(ROWS)} = \\operatorname{{diag}}(s) - s s^\\top$$\n", "proven"),
        (f"$$J = {bmatrix(ROWS)}$$\n\n$$J = \\operatorname{{diag}}(s) - s s^\\top$$\n", "proven"),
        (f"$$J = {bmatrix(ROWS)}$$\n\n$$J = s s^\\top - \\operatorname{{diag}}(s)$$\n", "refuted"),
    ],
)
def test_a_matrix_defined_by_writing_it_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, status: str
) -> None:
    _, report = check(tmp_path, capsys, body)
    assert [link["status"] for link in report["links"]] == [status]
    assert any(u["reason"].startswith("a definition of J") for u in report["unchecked"]), report["unchecked"]


@pytest.mark.parametrize(("whole", "status"), [("\\operatorname{diag}(s) - s s^T", "proven"), ("s s^T", "refuted")])
def test_a_matrix_defined_whole_is_a_name_at_a_concrete_n(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], whole: str, status: str
) -> None:
    """J: ∂s/∂z in the front matter, then J in a display at n = 3 (it was 'unknown symbol J', J listed as known)."""
    front = FRONT.replace("---\n", "", 1).replace("---\n", "  J: \\frac{\\partial s}{\\partial z}\n---\n")
    path = tmp_path / "d.md"
    path.write_text("---\n" + front + f"$$J = {whole}$$\n", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    assert [link["status"] for link in json.loads(capsys.readouterr().out)["links"]] == [status]


def test_a_whole_vector_as_an_entry_of_a_written_matrix_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole vector s as an entry (s_3 written s) is refused at its line (s3 typed for s_3 was an internal error;
    it now reads two ways, x2 in tests/read/test_code_names.py)."""
    rows = [[*ROWS[0][:2], "-s_1 s"], *ROWS[1:]]
    code, report = check(
        tmp_path, capsys, f"$$J = {bmatrix(rows)}$$\n\n$$J = \\operatorname{{diag}}(s) - s s^\\top$$\n"
    )
    reasons = [u["reason"] for u in report["unchecked"]]
    assert code == 1 and any("an entry of a matrix written out is a whole vector" in r for r in reasons), reasons
