"""A chain whose first side cannot be read (∂Q/∂z_i with Q undefined) still opens at its last side: a display below
that starts with '=' goes on from that side and is checked, true and false, while the unread display stays
listed as unreadable. Before, every display below it was refused as continuing what could not be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

FIRST = "$$\\frac{\\partial Q}{\\partial z_i} = 1 - \\frac{e^{z_i}}{\\sum_{k=1}^n e^{z_k}}$$\n"


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:
    path = tmp_path / "d.md"
    path.write_text(f"---\n---\n{text}", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("index", "status"), [("i", "proven"), ("k", "refuted")])
def test_a_display_below_goes_on_from_the_last_side_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], index: str, status: str
) -> None:
    below = f"\n$$= 1 - \\frac{{e^{{z_{index}}}}}{{\\sum_{{j=1}}^n e^{{z_j}}}}$$\n"
    report = check(tmp_path, capsys, FIRST + below)
    assert [(link["line"], link["status"], link["lhs"]) for link in report["links"]] == [
        (5, status, "1 - \\frac{e^{z_i}}{\\sum_{k=1}^n e^{z_k}}")
    ]
    unread = [u for u in report["unchecked"] if u["reason"].startswith("unreadable")]
    assert [u["line"] for u in unread] == [3], unread


def test_the_unread_display_alone_checks_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = check(tmp_path, capsys, FIRST + "\nSo the gradient is done.\n")
    assert report["links"] == []
    assert [u["line"] for u in report["unchecked"] if u["reason"].startswith("unreadable")] == [3]


@pytest.mark.parametrize(
    "first",
    [
        "\\left.\\frac{\\partial Q}{\\partial z_k}\\right|_{i \\neq k} = s_i(\\delta_{ik} - s_k)",  # a case in it
        "\\frac{\\partial Q}{\\partial w} = (p - y) x, \\qquad "
        "\\frac{\\partial Q}{\\partial b} = s_i(\\delta_{ik} - s_k)",
    ],
)
def test_no_opening_where_the_unread_part_may_state_what_the_last_side_holds_under(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str
) -> None:
    """From a probe: a bar with a case in the unread side (i ≠ k), or a second equation beside an unread first one
    ("The first of these expands to"): "= -s_i s_k" below had been refuted at i = k. It is unreadable, as before."""
    report = check(tmp_path, capsys, f"$${first}$$\n\n$$= -s_i s_k$$\n")
    assert report["links"] == []
    assert 5 in [u["line"] for u in report["unchecked"] if u["reason"].startswith("unreadable")]


@pytest.mark.parametrize(
    ("below", "status"), [("-(\\mathbf{y} - \\mathbf{s})", "proven"), ("\\mathbf{y} - \\mathbf{s}", "refuted")]
)
def test_a_vector_goes_on_as_a_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], below: str, status: str
) -> None:
    """From a probe: the side a display goes on from had been kept as one entry, so "= -(y - s)" below a vector
    was refuted for its shape (a number and N×1), after an unread first side and after a read one alike."""
    for first in ("\\nabla_{\\mathbf{z}} Q", "\\mathbf{s} - \\mathbf{y} + \\mathbf{0}"):
        page = f"$${first} = \\mathbf{{s}} - \\mathbf{{y}}$$\n\n$$= {below}$$\n\n"
        page += "$$\\mathbf{s}^\\top \\mathbf{y} = \\mathbf{y}^\\top \\mathbf{s}$$\n"  # s and y columns
        report = check(tmp_path, capsys, page)
        assert [(k["line"], k["status"]) for k in report["links"] if k["line"] == 5] == [(5, status)], first
