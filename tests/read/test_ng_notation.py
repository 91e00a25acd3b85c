"""Andrew Ng's names for derivatives written with a layer's label, ``dz^{[L]}``, ``dW^{[L]}``: where the page names
one itself (``dW^{[L]} = \\frac{\\partial \\mathcal{L}}{\\partial W^{[L]}}``) it is that derivative wherever d and
W^{[L]} stand together; where the page never says so, it is still refused (d·W^{[L]}, or the derivative?)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

FORWARD = "$$\\mathcal{L} = \\frac{1}{2}(a^{[L]} - y)^2, \\quad a^{[L]} = w^{[L]} x + b^{[L]}$$\n\n"
NAMED = "$$dw^{[L]} = \\frac{\\partial \\mathcal{L}}{\\partial w^{[L]}}$$\n\n"


@pytest.mark.parametrize(("right", "status"), [("(a^{[L]} - y) x", "proven"), ("(a^{[L]} + y) x", "refuted")])
def test_a_labelled_name_the_page_names_is_that_derivative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    report = page_report(tmp_path, capsys, FORWARD + NAMED + f"$$dw^{{[L]}} = {right}$$\n")
    assert page_links(report) == [(status, None, right)]
    assert any("definition of dw^{[L]}" in u["reason"] for u in report["unchecked"])
    if status == "refuted":  # the counterexample gives values to the page's own names
        assert {"w^{[L]}", "x", "y"} <= set(report["links"][0]["counterexample"]["values"])


def test_the_derivative_keeps_the_loss_s_own_factor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A loss with a factor of its own (a batch's mean has 1/m): its derivative has the factor too, so a form written
    without it for ∂𝓛/∂w^{[L]} (Ng's per-example dz beside a mean loss) is a slip of the page: refuted, not proven."""
    forward = FORWARD.replace("\\frac{1}{2}", "\\frac{1}{4}")
    right = "(a^{[L]} - y) x"
    page = forward + NAMED + f"$$dw^{{[L]}} = {right}$$\n\n$$dw^{{[L]}} = \\frac{{1}}{{2}} {right}$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == ["refuted", "proven"]


@pytest.mark.parametrize(
    "named",
    [
        "",  # the page never says what dw^{[L]} is
        "$$dw^{[L]} = \\frac{\\partial \\mathcal{L}}{\\partial b^{[L]}}$$\n\n",  # another name's derivative
        "$$dw^{[L]} = \\frac{\\partial \\mathcal{L}}{\\partial w^{[l]}}$$\n\n",  # another layer's
    ],
)
def test_a_labelled_name_the_page_does_not_name_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], named: str
) -> None:
    report = page_report(tmp_path, capsys, FORWARD + named + "$$dw^{[L]} = (a^{[L]} - y) x$$\n")
    assert page_links(report) == []
    assert any("can be read two ways: the product d \\cdot w^{[L]}" in u["reason"] for u in report["unchecked"])


def test_another_labelled_name_stays_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Naming dw^{[L]} says nothing of db^{[L]}: it is still refused."""
    report = page_report(tmp_path, capsys, FORWARD + NAMED + "$$db^{[L]} = a^{[L]} - y$$\n")
    assert page_links(report) == []
    assert any("the product d \\cdot b^{[L]}" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(("right", "status"), [("\\sigma(z)(1 - \\sigma(z))", "proven"), ("\\sigma(z)^2", "refuted")])
def test_an_ng_name_over_the_examples_defines_no_letter_d(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """``db = \\frac{1}{m} \\sum_{i=1}^{m} (\\hat{y}^{(i)} - y^{(i)})`` is Ng's db, not a total d over the examples:
    ``\\frac{d\\sigma}{dz}`` beside a bare ŷ was refused whole as that d with ŷ's example dropped."""
    page = (
        "$$\\sigma(z) = \\frac{1}{1 + e^{-z}}, \\quad \\hat{y} = \\sigma(z)$$\n\n"
        f"$$\\frac{{d\\sigma}}{{dz}} = {right} = \\hat{{y}}(1 - \\hat{{y}})$$\n\n"
        "$$db = \\frac{1}{m} \\sum_{i=1}^{m} (\\hat{y}^{(i)} - y^{(i)})$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == [status]
    reasons = [u["reason"] for u in report["unchecked"]]
    assert not any("defined over every example" in reason for reason in reasons)
    assert any("\\hat{y} beside \\hat{y}^{(i)}" in reason for reason in reasons)  # ŷ bare: the examples' refusal


@pytest.mark.parametrize("label", ["^{[L]}", ""])
@pytest.mark.parametrize(("right", "status"), [("x", "proven"), ("2x", "refuted")])
def test_leibniz_d_stays_the_differential_beside_a_named_d_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, right: str, status: str
) -> None:
    """On a page that names dw (or dw^{[L]}), ``\\frac{d a}{dw}`` and ``\\frac{d}{dw} a`` are Leibniz's derivatives
    by w: the d of the lower group is the differential. It was read as the named dw, d a letter of its own, and the
    true ``\\frac{d a}{dw} = x`` was refuted with a value for d."""
    page = (FORWARD + NAMED).replace("^{[L]}", label)
    page += f"$$\\frac{{d a{label}}}{{dw{label}}} = {right}$$\n\n$$\\frac{{d}}{{dw{label}}} a{label} = {right}$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == [status, status]
    assert "scalars b, w" in report["inferred"].replace("^{[L]}", "")  # no letter d


@pytest.mark.parametrize("label", ["[L](i)", "[2](i)"])
def test_a_layer_s_label_with_an_example_s_is_no_power(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str
) -> None:
    """``A_k^{[L](i)}`` (Ng's layer L of example i) was read as A_k to the power L·i, and the derivative of a loss
    written with it by the power rule; it is refused, naming both, as ``^{[L]}`` and ``^{(i)}`` alone are."""
    page = f"$$\\frac{{\\partial}}{{\\partial a}} a^{{{label}}} = 0$$\n"
    report = page_report(tmp_path, capsys, page)
    assert page_links(report) == []
    assert any(f"^{{{label}}} can be read two ways" in u["reason"] for u in report["unchecked"])


def test_a_named_d_name_whose_definition_is_unread_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The page names dw^{[L]} by a loss it never defines: the display with dw^{[L]} is refused saying that its
    definition could not be read, not that d·w^{[L]} is a reading."""
    report = page_report(tmp_path, capsys, NAMED + "$$dw^{[L]} = (a^{[L]} - y) x$$\n")
    assert page_links(report) == []
    reasons = [u["reason"] for u in report["unchecked"]]
    assert any("which the page defines as a derivative of its loss, is not read" in reason for reason in reasons)


def test_a_longer_word_that_opens_with_d_is_still_merged_in_a_fraction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only Ng's two letters (dw) give way to Leibniz's d: a word the page defines, ``dist``, is still that word in
    ``\\frac{dist}{dt}`` (read as d·i·s·t, it was refuted with values for i and s); the display stays refused."""
    report = page_report(tmp_path, capsys, "---\ndefine:\n  dist: t^2\n---\n$$\\frac{dist}{dt} = 2t$$\n")
    assert page_links(report) == []
    assert "i, s" not in report["inferred"]
