"""A name the prose's math gives a value derive does not take as its definition ("Since $p_{11} = …$," where p is a
vector of the page, survey T-07): the displays below that write it never refute, for a counterexample would give it
any value (``derive/read/inline_values.py``). A value read as a definition, or a case, changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

_SUM = "e^{s_{11}} + e^{s_{12}}"
_SUM_DERIVATIVE = "$$\n\\frac{\\partial}{\\partial w_1}(w_1 + w_2) = 1\n$$\n"  # ∂: d/dw_1 is refused anyway


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
    page = (
        "Since $w_{2} = 2 w_{1}$, the derivative is\n\n$$\n\\frac{\\partial}{\\partial w_{1}}(w_{1} + w_{2}) = 1\n$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert report["links"] == [], report
    assert "through w_2 needs the page's definition of w_2" in report["unchecked"][0]["reason"], report


@pytest.mark.parametrize(
    "tie",
    [
        "Since $w_2 = w_1$,",  # a name for a name, between entries of one vector (probe s52-2's e_namename)
        "Since $w_1 + w_2 = 3w_1$,",  # probe s53's c06: no side an entry alone
        "Since $2 w_1 = w_2$,",  # e_reversed
        "Let $w_2 := 2 w_1$.",  # e_coloneq
        "Since $\\displaystyle w_2 = 2 w_1$,",  # v_displaystyle
        "The weights are tied:\n\n$$\nw_2 \\equiv 2 w_1\n$$\n\nso",  # u_equiv: a display derive does not check
    ],
)
def test_entries_tied_in_any_way_leave_a_derivative_through_them_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tie: str
) -> None:
    page = f"{tie}\n\n{_SUM_DERIVATIVE}"
    report = page_report(tmp_path, capsys, page)
    assert [link for link in report["links"] if link["status"] == "proven"] == [], report
    assert any("through w_" in u["reason"] and "needs" in u["reason"] for u in report["unchecked"]), report


@pytest.mark.parametrize(
    "tie",
    [
        "$$\nw_2 = 2 w_1 \\quad \\text{(tied)}\n$$",  # probe s52-2's e_tie_display_read
        "$$\n2 w_1 = w_2\n$$",  # u_reversed
        "$$\nw_2 = w_1\n$$",  # u_namename
        "$$\nw_2 \\stackrel{\\text{def}}{=} 2 w_1\n$$",  # u_stackrel
        "$$\nw_2 = 2 w_1 \\text{ always}\n$$",  # u_textual
        "$$\n\\mathbf{w_{2}} = 2 \\mathbf{w_{1}}\n$$",  # probe s52's r4t
        "$$\nw_1 + w_2 = 3 w_1\n$$",  # probe s53's q11: no side an entry alone
        "$$\n2 w_1 - w_2 = 0\n$$",  # q06: a constraint, refuted before
    ],
)
def test_a_tie_in_a_display_is_not_refuted_and_a_derivative_through_it_is_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tie: str
) -> None:
    """A display that ties entries of one vector and writes nothing else reads two ways, a tie the page states or a
    claim true of no w: it had been refuted as the first wrong step and d/dw_1 (w_1 + w_2) = 1 below it proven."""
    page = f"---\nvectors: [w]\n---\nThe weights are tied:\n\n{tie}\n\nso\n\n{_SUM_DERIVATIVE}"
    report = page_report(tmp_path, capsys, page)
    assert [link["status"] for link in report["links"]] in ([], ["unproven"]), report
    assert any("through w_2" in u["reason"] and "needs" in u["reason"] for u in report["unchecked"]), report


@pytest.mark.parametrize(
    "constraint",
    [
        "$w_2 - 2 w_1 = 0$",
        "$w_2 / w_1 = 2$",
        "$$w_2 - 2 w_1 = 0$$",
        "$w_1$, and $w_2$ is always twice $w_1$",
        "$1 = 1$, and $w_2 - 2 w_1 = 0$",
    ],
)
def test_entries_a_formula_sets_a_number_of_leave_a_derivative_through_them_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], constraint: str
) -> None:
    """Probe s52-2's e_diff and e_ratio had proven d/dw_1 (w_1 + w_2) = 1 below "…satisfy $w_2 − 2w_1 = 0$"."""
    page = f"---\nvectors: [w]\n---\nThe weights satisfy {constraint}.\n\n{_SUM_DERIVATIVE}"
    report = page_report(tmp_path, capsys, page)
    assert "proven" not in [link["status"] for link in report["links"]], report
    assert any("through w_2" in u["reason"] for u in report["unchecked"]), report


@pytest.mark.parametrize(
    "define",
    ["---\ndefine:\n  \\mathbf{w}_{2}: 2 \\mathbf{w}_{1}\n---\n", "$$\n\\mathbf{w}_{2} = 2 \\mathbf{w}_{1}\n$$\n\n"],
)
def test_a_bold_entry_defined_is_the_entry_the_displays_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], define: str
) -> None:
    """Probe s52's r4e: \\mathbf{w}_2 defined as 2\\mathbf{w}_1 (in the front matter, or a display) was a name the
    display's bold entry was not, and d/dw_1 (w_1 + w_2) = 1 was proven."""
    bold = "\\frac{d}{d \\mathbf{w}_{1}}\\left(\\mathbf{w}_{1} + \\mathbf{w}_{2}\\right) = 1"
    page = f"{define}$$\n{bold}\n$$\n"
    assert "proven" not in [link["status"] for link in page_report(tmp_path, capsys, page)["links"]]


def test_a_tie_given_after_a_display_keeps_it_from_being_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Probe s52-2's f_where_after: w_2 − w_1 = w_1, "where $w_2 = 2 w_1$", had been refuted with w_2 free."""
    report = page_report(tmp_path, capsys, "$$\nw_2 - w_1 = w_1\n$$\n\nwhere $w_2 = 2 w_1$.\n")
    assert "refuted" not in [link["status"] for link in report["links"]], report


def test_a_constraint_the_prose_states_in_a_display_is_not_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Probe s53's qq02: "For two classes the probabilities satisfy $$s_1 + s_2 = 1$$" had been refuted as a claim."""
    page = "For two classes the probabilities satisfy\n\n$$s_1 + s_2 = 1$$\n"
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == ["unproven"]
