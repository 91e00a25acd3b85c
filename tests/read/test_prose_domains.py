"""Domains the prose states in the clause that sets up the page: "where $y$ is one-hot and $T > 0$.", ", where $y
\\in \\{0, 1\\}$ is the label.", "Here the label is $y \\in \\{0, 1\\}$ and $0 < p < 1$.", and an example's
"$y^{(i)} \\in \\{0, 1\\}$". Each had been dropped without a word, and a correct step refuted (or undefined) at a
point the page rules out (a newcomer's sweep)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from tests.read.page_reports import page_report as _report

TEMPERATURE = (
    "$$p_i = \\frac{{e^{{z_i/T}}}}{{\\sum_j e^{{z_j/T}}}}, \\quad L = -\\sum_i y_i \\log p_i$$\n\n{setup}\n\n"
    "$$\\frac{{\\partial L}}{{\\partial z_k}} = {right}$$\n"
)
LABEL = "{setup}\n\n$$-y\\log p - (1-y)\\log(1-p) = {right}$$\n"


@pytest.mark.parametrize(
    ("page", "setup", "right", "status"),
    [
        (TEMPERATURE, "where $y$ is one-hot and $T > 0$.", "\\frac{1}{T}(p_k - y_k)", "proven"),
        (TEMPERATURE, "where $T > 0$ and $y$ is one-hot.", "\\frac{1}{T}(p_k - y_k)", "proven"),
        (TEMPERATURE, "where $y$ is one-hot and $T > 0$.", "\\frac{1}{T}(p_k + y_k)", "refuted"),
        (TEMPERATURE, "where $y$ is one-hot.", "\\frac{1}{T}(p_k - y_k)", "undefined"),  # T = 0 not ruled out
        (LABEL, "Here the label is $y \\in \\{0, 1\\}$ and $0 < p < 1$.", "-\\log(y p + (1-y)(1-p))", "proven"),
        (LABEL, "Here the label is $y \\in \\{0, 1\\}$ and $0 < p < 1$.", "-\\log(y p + (1-y)p)", "refuted"),
        (LABEL, "Let $c = 2$, where $y \\in \\{0, 1\\}$ is the label and $0 < p < 1$.", "-\\log(y p + (1-y)(1-p))",
         "proven"),
    ],
)  # fmt: skip
def test_a_domain_in_the_clause_that_sets_up_the_page_holds_for_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, setup: str, right: str, status: str
) -> None:
    report = _report(tmp_path, capsys, page.format(setup=setup, right=right))
    assert [link["status"] for link in report["links"]] == [status]
    if status == "refuted":  # the counterexample inside what the page states
        values = {name: Fraction(value) for name, value in report["links"][0]["counterexample"]["values"].items()}
        assert values.get("y", 0) in (0, 1) and values.get("T", 1) > 0 and 0 < values.get("p", Fraction(1, 2)) < 1


@pytest.mark.parametrize(
    "setup",
    [
        "The slope is one where $x > 0$.",  # a region, in a sentence of its own after the first claim
        "where $x > 0$ is assumed only for this step.",
    ],
)
def test_a_where_clause_after_the_first_claim_or_hedged_is_no_domain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str
) -> None:
    page = f"$$|x| + 0 = |x|$$\n\n{setup}\n\n$$|x| = x$$\n"
    report = _report(tmp_path, capsys, page)
    assert [link["status"] for link in report["links"]][-1] == "refuted"
    assert not any("domain of the whole page" in reading for reading in report["readings"])


@pytest.mark.parametrize(("right", "status"), [("h - y^{(i)}", "proven"), ("y^{(i)} - h", "refuted")])
def test_an_example_s_label_domain_holds_for_every_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    page = (
        "$$J = -\\sum_{i=1}^{m} \\left[y^{(i)} \\log h + (1 - y^{(i)}) \\log(1 - h)\\right]$$\n\n"
        "where $0 < h < 1$ and $y^{(i)} \\in \\{0, 1\\}$.\n\n"
        f"$$\\frac{{\\partial J}}{{\\partial h}} = \\sum_{{i=1}}^{{m}} \\frac{{{right}}}{{h(1 - h)}}$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [link["status"] for link in report["links"]] == [status]
    assert any("y^{(i)} \\in \\{0, 1\\}" in reading for reading in report["readings"])


@pytest.mark.parametrize(
    "said",
    [
        "Here the label is $y \\in \\{0, 1\\}$ and $0 < p < 1$ is false.",
        "Here the label is $y \\in \\{0, 1\\}$ and $0 < p < 1$ in the next section.",
        "Here the label is $y \\in \\{0, 1\\}$ and $0 < p < 1$ only after clipping.",
        "We write the loss $L = -\\log p$, where $0 < p < 1$ is what we hope for.",
    ],
)
def test_a_domain_the_page_denies_or_puts_off_is_not_assumed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    """Each was read as p ∈ (0, 1) for the page, and |p| = p proven (a probe)."""
    report = _report(tmp_path, capsys, f"{said}\n\n$$|p| = p$$\n")
    assert [link["status"] for link in report["links"]] == ["refuted"]


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("The matrix contains $N$ training examples.", "proven"),
        ("We take a mini-batch of size $N$.", "proven"),
        ("If $N$ training examples were given.", "undefined"),
        ("The matrix $N$ is given.", None),  # a matrix under a fraction bar: refused (``bold_products``)
    ],
)
def test_a_letter_that_counts_examples_is_at_least_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str, status: str
) -> None:
    """A batch's N ("containing $N$ training examples") is a count: a mean 1/N is defined (it had been undefined at
    N = 0, the page's words saying what N is); a count under "if", or a letter named otherwise, is not held."""
    report = _report(tmp_path, capsys, f"{words}\n\n$$\n\\frac{{d}}{{dx}} \\frac{{x^2}}{{N}} = \\frac{{2x}}{{N}}\n$$\n")
    assert [link["status"] for link in report["links"]] == ([] if status is None else [status])


@pytest.mark.parametrize(
    ("setup", "claim", "status"),
    [
        ("Assume $x > \\log 2$.", "\\sqrt{x^2} = x", "proven"),  # an irrational bound: drawn near it, exactly
        ("Assume $x > \\sqrt{2}$.", "\\sqrt{x^2} = -x", "refuted"),
        ("Assume $x \\in (0, \\pi)$.", "\\sqrt{x^2} = x", "proven"),
    ],
)
def test_a_domain_with_an_irrational_bound_is_drawn_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str, claim: str, status: str
) -> None:
    """A probe: x > log 2 in the prose made every link "unproven — internal error: TypeError", the draw log 2 + 97/50
    being no rational. A point is drawn near it, and kept only inside the domain."""
    report = _report(tmp_path, capsys, f"{setup}\n\n$${claim}$$\n")
    assert [link["status"] for link in report["links"]] == [status], report
    if status == "refuted":
        (point,) = [link["counterexample"] for link in report["links"]]
        assert float(Fraction(point["values"]["x"].replace("Rational(", "").strip(")").replace(", ", "/"))) > 2**0.5, (
            point
        )


@pytest.mark.parametrize("stated", ["W = W^\\top", "W = \\frac{1}{2} W^\\top", "W_{11} = W^\\top"])
def test_a_matrix_equation_stated_as_an_assumption_is_refused_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str
) -> None:
    """A probe: "Assume $W = W^\\top$." stopped the file with exit 3 (AttributeError in the bound's reader)."""
    report = _report(tmp_path, capsys, f"Assume ${stated}$.\n\n$$W_{{ij}} = W_{{ji}}$$\n")
    assert report["links"] == [] and any("cannot read the assumptions" in u["reason"] for u in report["unchecked"])
