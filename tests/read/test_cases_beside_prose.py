"""A display's own cases beside a case the prose states, and a case at a row's end before a closing '.' or an
environment's end: every row the page shows is checked, and no remark is read as a side of the chain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

FRONT = "---\ndefine:\n  p_i: \\frac{e^{o_i}}{\\sum_j e^{o_j}}\n---\n\n"
JACOBIAN = "\\frac{\\partial p_i}{\\partial o_k}"
SUMMARY = "\\begin{{cases}} {diagonal} & \\text{{if }}\\; i=k \\\\ - p_k p_i & \\text{{if }}\\; i\\neq k \\end{{cases}}"


def _links(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> list[dict]:
    path = tmp_path / "cases.md"
    path.write_text(FRONT + body, encoding="utf-8")
    main(["check", str(path), "--format", "json"])
    return json.loads(capsys.readouterr().out)["links"]


@pytest.mark.parametrize("carried", [False, True])
def test_a_summary_of_both_cases_is_checked_in_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], carried: bool
) -> None:
    """ "If $i \\neq k$," above a display (or above the display before it, the case carried over) whose cases
    environment states both cases: the row i = k is checked too. A wrong diagonal row, p_k (1 + p_k), was proven
    under the prose's i ≠ k, which left that row out."""
    above = f"$${JACOBIAN} = - p_k p_i$$\n\n" if carried else ""
    for diagonal, status in (("p_k (1 + p_k)", "refuted"), ("p_k (1 - p_k)", "proven")):
        summary = SUMMARY.format(diagonal=diagonal)
        links = _links(tmp_path, capsys, f"If $i \\neq k$,\n\n{above}$${JACOBIAN} = {summary}$$\n")
        assert links[-1]["status"] == status
        assert links[-1]["case"] is None


def test_the_prose_case_stays_where_the_display_states_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A display without cases of its own keeps the case the prose states."""
    (link,) = _links(tmp_path, capsys, f"If $i \\neq k$,\n\n$${JACOBIAN} = - p_k p_i$$\n")
    assert (link["status"], link["case"]) == ("proven", "i ≠ k")


@pytest.mark.parametrize(
    "display",
    [
        f"$${JACOBIAN} = p_k(1 - p_k),\\quad i = k.$$",
        f"$$\\begin{{equation}} {JACOBIAN} = p_k(1 - p_k),\\quad i = k \\end{{equation}}$$",
        f"\\begin{{equation}} {JACOBIAN} = p_k(1 - p_k),\\quad i = k. \\end{{equation}}",
    ],
)
def test_a_case_at_the_rows_end_before_a_period_or_the_environments_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    """``= p_i(1 - p_i),\\quad i = j.`` states the case i = j, as without the period: it was read as a chain
    ∂p_j/∂o_i = j (checked across the side it could not read) and refuted; inside an equation environment, i = j
    was split off as an equation of its own and the row checked with no case."""
    (link,) = _links(tmp_path, capsys, display + "\n")
    assert (link["status"], link["case"]) == ("proven", "i = k")


def test_no_link_is_checked_across_a_side_that_holds_a_remark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``= p_k(1 - p_k),\\quad i = 1.`` (a remark derive does not read as a case): the side with the remark is not
    read, and nothing after it is taken for a side of the chain. It checked ∂p_i/∂o_k = 1 across it."""
    path = tmp_path / "cases.md"
    path.write_text(FRONT + f"$${JACOBIAN} = p_k(1 - p_k),\\quad i = 1.$$\n", encoding="utf-8")
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "checked across" not in out
    assert "line 6: not checked — unreadable" in out
    assert "Nothing was checked" in out


def test_a_wrong_diagonal_is_not_named_a_sign_error_off_the_diagonal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """p_k (1 + p_k) in the case i = k is refuted with no known mistake named: it was "a sign error off the
    diagonal (the off-diagonal entry is −s_i s_k)", of an entry on the diagonal. Off it, the name stays."""
    path = tmp_path / "cases.md"
    path.write_text(FRONT + f"If $i = k$,\n\n$${JACOBIAN} = p_k (1 + p_k)$$\n", encoding="utf-8")
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "refuted" in out and "known mistake" not in out
    path.write_text(FRONT + f"If $i \\neq k$,\n\n$${JACOBIAN} = p_i p_k$$\n", encoding="utf-8")
    main(["check", str(path)])
    assert "known mistake: a sign error off the diagonal" in capsys.readouterr().out
