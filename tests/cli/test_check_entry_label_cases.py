"""Cases on the value of a label's entry, as Wikipedia's logistic regression defines the log loss ℓ_k by y_k = 1
and y_k = 0: the definition holds only for y_k ∈ {0, 1}, so a claim about ℓ_k is checked there (the assumption
printed), and a sum over the k where y_k = 1 is Σ_k [y_k = 1] · …. Each reading is tested with false twins."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

#: ℓ_k by cases on y_k's value, then the claim that combines them.
PAGE = (
    "Write $p_k = \\frac{1}{1 + e^{-z_k}}$ for each $k$.\n\n"
    "$$\\ell_k = \\begin{cases} -\\ln p_k & \\text{ if } y_k = 1, \\\\ -\\ln (1 - p_k) & \\text{ if } y_k = {zero}. "
    "\\end{cases}$$\n\nThese can be combined:\n\n$$\\ell_k = {claim}.$$\n"
)
TRUE = "-y_k\\ln p_k - (1 - y_k)\\ln (1 - p_k)"


def test_a_definition_by_cases_on_an_entry_s_value_is_proven_where_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = report(tmp_path, capsys, "", PAGE.replace("{zero}", "0").replace("{claim}", TRUE))
    (link,) = found["links"]
    assert link["status"] == "proven"
    assert any("y_k ∈ {0, 1}" in str(a) for a in link["assuming"]), link["assuming"]


@pytest.mark.parametrize(
    ("zero", "claim"),
    [
        ("0", "-(1 - y_k)\\ln p_k - y_k\\ln (1 - p_k)"),  # the cases swapped
        ("0", "y_k\\ln p_k - (1 - y_k)\\ln (1 - p_k)"),  # a sign flipped
        ("2", TRUE),  # the cases' values {1, 2}, not {0, 1}
    ],
)
def test_a_false_combination_is_refuted_at_a_value_the_cases_give(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], zero: str, claim: str
) -> None:
    found = report(tmp_path, capsys, "", PAGE.replace("{zero}", zero).replace("{claim}", claim))
    (link,) = found["links"]
    assert link["status"] == "refuted"
    assert link["counterexample"]["values"]["y_2"] in ("1", zero)


def test_cases_on_an_entry_that_overlap_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = PAGE.replace("{zero}", "1").replace("{claim}", TRUE)  # y_k = 1 twice, with different values
    found = report(tmp_path, capsys, "", page)
    assert not any(link["status"] == "proven" for link in found["links"])
    assert any("both hold" in u["reason"] for u in found["unchecked"])


SUMS = (
    "Write $p_k = \\frac{1}{1 + e^{-z_k}}$.\n\n"
    "$$L = \\sum_{k:y_k=1}\\ln(p_k) + \\sum_{k:y_k=0}\\ln(1-p_k) = \\sum_{k=1}^K \\left({claim}\\right)$$\n"
)
ASSUMED = "---\nassume:\n  - y_k \\in \\{0, 1\\}\n---\n"


@pytest.mark.parametrize(
    ("front", "claim", "status"),
    [
        (ASSUMED, "y_k \\ln(p_k)+(1-y_k)\\ln(1-p_k)", "proven"),
        (ASSUMED, "(1-y_k) \\ln(p_k)+y_k\\ln(1-p_k)", "refuted"),  # the cases swapped
        ("", "y_k \\ln(p_k)+(1-y_k)\\ln(1-p_k)", "refuted"),  # nothing says y_k ∈ {0, 1}: y_k = 1/2 is a point
    ],
)
def test_a_sum_over_the_k_where_a_label_has_a_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, claim: str, status: str
) -> None:
    found = report(tmp_path, capsys, front, SUMS.replace("{claim}", claim))
    assert [link["status"] for link in found["links"]] == [status]


def test_a_total_named_like_the_defined_entries_is_refused_not_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ℓ = Σ_k … beside ℓ_k defined: the vector of the ℓ_k (shapes differ), or a number of its own."""
    page = PAGE.replace("{zero}", "0").replace("{claim}", TRUE) + (
        "\n$$\\ell = \\sum_{k=1}^K \\left(y_k \\ln(p_k)+(1-y_k)\\ln(1-p_k)\\right)$$\n"
        "\n$$\\frac{\\partial \\ell}{\\partial z_1} = y_1 - p_1$$\n"
    )
    found = report(tmp_path, capsys, "", page)
    assert [link["status"] for link in found["links"]] == ["proven"]
    assert any("read two ways" in u["reason"] and "a number of its own" in u["reason"] for u in found["unchecked"])
    assert any("(as at line 9)" in u["reason"] for u in found["unchecked"]), found["unchecked"]  # ∂ℓ/∂z_1 too


INLINE = (
    "Write $p_k = \\frac{1}{1 + e^{-z_k}}$.\n\n"
    "$$L = \\sum_{k=1}^K \\begin{cases} \\ln p_k & \\text{if } y_k = 1 \\\\ \\ln(1 - p_k) & \\text{if } y_k = 0 "
    "\\end{cases} = \\sum_{k=1}^K \\left({claim}\\right)$$\n"
)


@pytest.mark.parametrize(
    ("claim", "status"),
    [("y_k \\ln(p_k)+(1-y_k)\\ln(1-p_k)", "proven"), ("y_k \\ln(p_k)+(1+y_k)\\ln(1-p_k)", "refuted")],
)
def test_cases_on_an_entry_inside_a_sum_are_checked_where_they_are_defined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    found = report(tmp_path, capsys, "", INLINE.replace("{claim}", claim))
    (link,) = found["links"]
    assert link["status"] == status
    assert link["assuming"] == ["y_k ∈ {0, 1} (where the cases are defined)"]
    if status == "refuted":
        assert all(v in ("0", "1") for k, v in link["counterexample"]["values"].items() if k.startswith("y_"))


INDICATOR = (
    "$$\nL = -\\sum_{i=1}^{N} \\log[\\mu_i^{\\mathbb{I}(y_i=1)} \\times (1 - \\mu_i)^{\\mathbb{I}(y_i=0)}] "
    "= -\\sum_{i=1}^{N} [{claim}]\n$$\n"
)
STATED = "---\nassume:\n  - y_i \\in \\{0, 1\\}\n  - \\mu_i \\in (0, 1)\n---\n"


def test_an_indicator_of_an_entry_s_value_names_the_values_to_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Murphy's 8.2 = 8.3 holds for y_i ∈ {0, 1} only: with the values unstated it is refused, naming them."""
    found = report(tmp_path, capsys, "", INDICATOR.replace("{claim}", "y_i \\log \\mu_i + (1 - y_i) \\log(1 - \\mu_i)"))
    assert not found["links"]
    assert any("assume: ['y_i \\in \\{0, 1\\}']" in u["reason"] for u in found["unchecked"]), found["unchecked"]


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("y_i \\log \\mu_i + (1 - y_i) \\log(1 - \\mu_i)", ("proven", "unproven")),
        ("(1 - y_i) \\log \\mu_i + y_i \\log(1 - \\mu_i)", ("refuted",)),  # the cases swapped
    ],
)
def test_an_indicator_of_an_entry_s_stated_values_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: tuple[str, ...]
) -> None:
    found = report(tmp_path, capsys, STATED, INDICATOR.replace("{claim}", claim))
    (link,) = found["links"]
    assert link["status"] in status
    if link["status"] == "refuted":
        assert all(v in ("0", "1") for k, v in link["counterexample"]["values"].items() if k.startswith("y_"))


def test_a_derivative_by_the_label_of_cases_on_its_values_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ℓ_k is given at y_k = 1 and y_k = 0 only: no slope by y_k (the polynomial through them would make one up)."""
    claim = "\\ln(1 - p_k) - \\ln p_k$$\n"
    page = PAGE.replace("{zero}", "0").replace(
        "$$\\ell_k = {claim}.$$\n", "$$\\frac{\\partial \\ell_k}{\\partial y_k} = " + claim
    )
    found = report(tmp_path, capsys, "", page)
    assert not found["links"]
    assert any("no slope" in u["reason"] for u in found["unchecked"]), found["unchecked"]


def test_a_sum_whose_condition_is_not_on_its_own_index_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = SUMS.replace("\\sum_{k:y_k=1}", "\\sum_{k:y_j=1}").replace("{claim}", "y_k \\ln(p_k)+(1-y_k)\\ln(1-p_k)")
    found = report(tmp_path, capsys, ASSUMED, page)
    assert not any(link["status"] == "proven" for link in found["links"])
    assert any("where a condition holds" in u["reason"] for u in found["unchecked"]), found["unchecked"]


PROSE = (
    "Write $p_k = \\frac{1}{1 + e^{-z_k}}$. {lead} $y_k \\in \\{0, 1\\}$ is observed.\n\n"
    "$$L = \\sum_{k:y_k=1}\\ln(p_k) + \\sum_{k:y_k=0}\\ln(1-p_k) = \\sum_{k=1}^K \\left({claim}\\right)$$\n"
)


@pytest.mark.parametrize(
    ("lead", "claim", "status"),
    [
        ("The label", "y_k \\ln(p_k)+(1-y_k)\\ln(1-p_k)", "proven"),
        ("The label", "y_k \\ln(p_k)+(1+y_k)\\ln(1-p_k)", "refuted"),  # a sign flipped
        ("If", "y_k \\ln(p_k)+(1-y_k)\\ln(1-p_k)", "unproven"),  # a condition derive does not hold: y_k = 1/2 breaks it
    ],
)
def test_an_entry_s_values_stated_in_prose_are_the_page_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, claim: str, status: str
) -> None:
    found = report(tmp_path, capsys, "", PROSE.replace("{lead}", lead).replace("{claim}", claim))
    (link,) = found["links"]
    assert link["status"] == status
