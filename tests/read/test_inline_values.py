"""A name the prose's math gives a value derive does not take as its definition ("Since $p_{11} = …$," where p is a
vector of the page, survey T-07): the displays below that write it never refute, for a counterexample would give it
any value (``derive/read/inline_values.py``). A value read as a definition, or a case, changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

_SUM = "e^{s_{11}} + e^{s_{12}}"


def test_a_value_given_inline_and_not_read_keeps_the_links_below_from_refuting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (
        f"---\nvectors: [p, s]\n---\nSince $p_{{11}} = \\frac{{e^{{s_{{11}}}}}}{{{_SUM}}}$,\n\n"
        f"$$\n\\frac{{e^{{s_{{11}}}}}}{{{_SUM}}} = p_{{11}}\n$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    [link] = report["links"]
    assert (link["line"], link["status"]) == (7, "unproven"), report
    assert "line 4 gives p_11 a value" in report["links"][0]["method"], link


@pytest.mark.parametrize(("claim", "status"), [("2x", "proven"), ("3x", "refuted")])
def test_a_value_read_as_a_definition_is_checked_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    page = f"Let $L = x^2 + a b$ be the loss.\n\n$$\n\\frac{{dL}}{{dx}} = {claim}\n$$\n"
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == [status]


def test_a_derivative_through_a_value_given_inline_is_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Probe s52's r4y: "Since $w_{2} = 2 w_{1}$", then d/dw_1 (w_1 + w_2) = 1 had been proven, w_2 held apart."""
    page = "Since $w_{2} = 2 w_{1}$, the total derivative is\n\n$$\n\\frac{d}{d w_{1}}(w_{1} + w_{2}) = 1\n$$\n"
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == [], report
    assert "through w_1, w_2 needs the page's definition of w_1, w_2" in report["unchecked"][0]["reason"], report


@pytest.mark.parametrize(
    "tie",
    [
        "Since $w_2 = w_1$,",  # a name for a name, between entries of one vector (probe s52-2's e_namename)
        "Since $2 w_1 = w_2$,",  # e_reversed
        "Let $w_2 := 2 w_1$.",  # e_coloneq
        "Since $\\displaystyle w_2 = 2 w_1$,",  # v_displaystyle
        "The weights are tied:\n\n$$\nw_2 \\equiv 2 w_1\n$$\n\nso",  # u_equiv: a display derive does not check
    ],
)
def test_entries_tied_in_any_way_leave_a_derivative_through_them_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tie: str
) -> None:
    page = f"{tie}\n\n$$\n\\frac{{d}}{{d w_1}}(w_1 + w_2) = 1\n$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [link for link in report["links"] if link["status"] == "proven"] == [], report
    assert any("through w_" in u["reason"] and "needs" in u["reason"] for u in report["unchecked"]), report


def test_a_tie_given_after_a_display_keeps_it_from_being_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Probe s52-2's f_where_after: w_2 − w_1 = w_1, "where $w_2 = 2 w_1$", had been refuted with w_2 free."""
    report = page_report(tmp_path, capsys, "$$\nw_2 - w_1 = w_1\n$$\n\nwhere $w_2 = 2 w_1$.\n")
    assert "refuted" not in [link["status"] for link in report["links"]], report
