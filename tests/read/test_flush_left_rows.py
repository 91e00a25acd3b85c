"""Rows set flush left (``&a = b``), each an equation: a row that opens with a sign and holds '=' below one of them
reads two ways, the equation above going on or an equation of its own. Probe s51-C's c14 (``&(x-1)^2 = x^2 + 1
\\\\ &-2x = (x-1)^2 - x^2 - 1``) had been glued into one chain whose first link, (x-1)^2 = x^2 + 1 - 2x, was proven
though the page claims (x-1)^2 = x^2 + 1 (``derive/read/rows.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report


def _page(first: str, second: str) -> str:
    rows = f"&{first} \\\\\n&{second}"
    return f"Two identities, set flush left:\n\n$$\n\\begin{{aligned}}\n{rows}\n\\end{{aligned}}\n$$\n"


@pytest.mark.parametrize("sign", ["-", "+"])
def test_a_signed_row_below_a_flush_left_equation_is_refused_with_both_readings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str
) -> None:
    report = page_report(tmp_path, capsys, _page("(x - 1)^2 = x^2 + 1", f"{sign}2x = (x - 1)^2 - x^2 - 1"))
    assert report["links"] == [], report
    [unread] = report["unchecked"]
    assert "reads two ways" in unread["reason"] and "an equation of its own" in unread["reason"], unread


def test_a_braced_left_side_is_an_equation_of_its_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, _page("(x - 1)^2 = x^2 + 1", "{-2x} = (x - 1)^2 - x^2 - 1"))
    assert [(link["line"], link["lhs"], link["status"]) for link in report["links"]] == [
        (5, "(x - 1)^2", "refuted"),
        (6, "{-2x}", "proven"),
    ]


def test_a_signed_row_below_a_row_aligned_at_its_relation_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "$$\n\\begin{aligned}\n(x - 1)^2 &= x^2 \\\\\n&\\quad - 2x + 1 = x^2 - 2x + 1\n\\end{aligned}\n$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [(link["lhs"], link["rhs"], link["status"]) for link in report["links"]] == [
        ("(x - 1)^2", "x^2 \\quad - 2x + 1", "proven"),
        ("x^2 \\quad - 2x + 1", "x^2 - 2x + 1", "proven"),
    ], report


@pytest.mark.parametrize(
    "rows",
    [
        "&(x - 1)^2 \\\\\n&= x^2 + 1 \\\\\n&-2x = (x - 1)^2",  # below a row that goes on with '=' (probe s52's r1af)
        "(x - 1)^2 &= x^2 + 1 \\\\\n&-2x = (x - 1)^2",  # at the relation's column, not indented (r1ag)
        "(x - 1)^2 = x^2 + 1 & \\\\\n-2x = (x - 1)^2 &",  # each row ending with its mark (r1v)
        "&(x - 1)^2 = x^2 + 1 \\\\\n&\\underbrace{-2x}_{\\text{cross term}} = (x - 1)^2 - x^2 - 1",  # s52-2 a_13
    ],
)
def test_a_signed_row_not_indented_below_a_relation_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: str
) -> None:
    report = page_report(tmp_path, capsys, f"$$\n\\begin{{aligned}}\n{rows}\n\\end{{aligned}}\n$$\n")
    assert report["links"] == [], report
    assert "reads two ways" in report["unchecked"][0]["reason"]


@pytest.mark.parametrize(
    "rows",
    [
        "(x + 1)^2 &= x^2 + 2x + 1 \\\\\n&\\quad (x + 1) = x + 1",  # probe s53's s08: proven as its own equation
        "(x + 1)^3 &= (x + 1)^2 \\\\\n&\\quad (x + 1) = x^3 + 3x^2 + 3x + 1",  # s09: a true product, refuted
    ],
)
def test_an_indented_row_that_opens_without_a_sign_and_holds_an_equation_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: str
) -> None:
    report = page_report(tmp_path, capsys, f"$$\n\\begin{{aligned}}\n{rows}\n\\end{{aligned}}\n$$\n")
    assert report["links"] == [], report
    assert "the expression above going on, multiplied by what the row opens with" in report["unchecked"][0]["reason"]


@pytest.mark.parametrize(
    "rows",
    [
        "f &= (x + 1) \\\\\n&\\quad (x + 1) = x + 1",  # review: f = (x+1)(x+1) = x + 1 read on, the row proven alone
        "g &= 2(x + 1) \\\\\n&\\quad (x - 1) = 2x^2 - 2",  # probe s53's s01: a true product refuted
    ],
)
def test_an_indented_row_below_a_definition_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: str
) -> None:
    report = page_report(tmp_path, capsys, f"$$\n\\begin{{aligned}}\n{rows}\n\\end{{aligned}}\n$$\n")
    assert report["links"] == [], report
    assert "could not be read" in report["unchecked"][0]["reason"], report
