"""Rows of a data matrix written in bold, as Murphy writes them: ``\\mathbf{x}_n`` beside ``x_{nd}`` is row n of an
N × D array x (``derive.read.bold_rows``). Each reading is proven where the page is right, and a false twin is
refuted or refused, never proven."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

#: A logistic regression's NLL and its gradient, in our own words; {entry} and {scale} are the twins' slips.
PAGE = (
    "The loss is $\\mathrm{{NLL}} = -\\frac{{1}}{{N}} \\sum_{{n=1}}^{{N}} \\left[ y_n \\log \\mu_n + (1 - y_n) "
    "\\log(1 - \\mu_n) \\right]$, with $\\mu_n = \\sigma(a_n)$ and $a_n = \\mathbf{{w}}^\\top \\mathbf{{x}}_n$.\n\n"
    "$$\n\\frac{{\\partial \\mu_n}}{{\\partial w_d}} = \\frac{{\\partial}}{{\\partial a_n}} \\sigma(a_n) "
    "\\frac{{\\partial a_n}}{{\\partial w_d}} = \\mu_n (1 - \\mu_n) {entry}\n$$\n\n"
    "using $\\sigma'(a) = \\sigma(a)(1 - \\sigma(a))$, so that\n\n"
    "$$\n\\frac{{\\partial \\mathrm{{NLL}}}}{{\\partial w_d}} = "
    "{scale} \\sum_{{n=1}}^{{N}} (\\mu_n - y_n) x_{{nd}}\n$$\n"
)


def test_a_bold_row_beside_its_entries_is_a_row_of_the_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, unchecked = statuses(tmp_path, capsys, PAGE.format(entry="x_{nd}", scale="\\frac{1}{N}"))
    assert found == [(4, "proven"), (4, "proven"), (10, "proven")]
    assert not [reason for reason in unchecked if "unreadable" in reason or "could not" in reason]


@pytest.mark.parametrize(
    ("entry", "scale", "expected"),
    [
        ("x_{nd}", "", [(4, "proven"), (4, "proven"), (10, "refuted")]),  # the 1/N left out
        ("x_{nd} w_d", "\\frac{1}{N}", [(4, "proven"), (4, "refuted"), (10, "proven")]),
    ],
)
def test_a_false_twin_is_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: str, scale: str, expected: list[tuple[int, str]]
) -> None:
    assert statuses(tmp_path, capsys, PAGE.format(entry=entry, scale=scale))[0] == expected


def test_the_entry_with_its_indices_swapped_is_not_proven(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """x_{dn} puts the feature d where the example's n goes: d then ranges over D and N at once."""
    found, unchecked = statuses(tmp_path, capsys, PAGE.format(entry="x_{dn}", scale="\\frac{1}{N}"))
    assert found == [(10, "proven")]
    assert any("slots of lengths" in reason for reason in unchecked)


@pytest.mark.parametrize(("power", "status"), [("", "proven"), ("^2", "refuted")])
def test_the_inner_product_with_a_row_is_over_its_features(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], power: str, status: str
) -> None:
    text = (
        "For each of $\\sum_{n=1}^{N} y_n$ examples,\n\n"
        f"$$\n\\mathbf{{w}}^\\top \\mathbf{{x}}_n = \\sum_{{d}} w_d x_{{nd}}{power}\n$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(4, status)]


def test_the_letter_also_written_plain_with_one_index_is_not_a_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Beside x_n not bold, \\mathbf{x}_n reads two ways (an entry of a vector x, or a row): nothing is proven."""
    text = PAGE.format(entry="x_{nd}", scale="\\frac{1}{N}") + "\nHere $x_n$ is the n-th input.\n"
    assert all(status != "proven" for _, status in statuses(tmp_path, capsys, text)[0])


@pytest.mark.parametrize(("sign", "status"), [("-", "proven"), ("+", "refuted")])
def test_rows_in_displays_the_page_defines_with(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, status: str
) -> None:
    """The bold row may stand only in a display that defines (μ_n = σ(wᵀx_n)), taken out of the checked ones."""
    text = (
        "$$\n\\mathrm{NLL} = -\\sum_{n=1}^{N} \\left[ y_n \\log \\mu_n + (1 - y_n) \\log(1 - \\mu_n) \\right]\n$$\n\n"
        "$$\n\\mu_n = \\sigma(\\mathbf{w}^\\top \\mathbf{x}_n)\n$$\n\n"
        "with $\\sigma'(a) = \\sigma(a)(1 - \\sigma(a))$. Then\n\n"
        "$$\n\\frac{\\partial \\mathrm{NLL}}{\\partial w_d} = "
        f"\\sum_{{n=1}}^{{N}} (\\mu_n {sign} y_n) x_{{nd}}\n$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(12, status)]


#: Duchesnay's NLL in our own words: the rows 𝐱_i are written only in 𝐰^⊤𝐱_i and in the gradient, never by entries.
TRANSPOSED = (
    "The loss is $\\mathcal{{L}} = - \\sum_{{i=1}}^n \\left[ y_i \\log(\\hat{{p}}_i) + (1 - y_i) "
    "\\log(1 - \\hat{{p}}_i) \\right]$, with $\\hat{{p}}_i = \\sigma(z_i)$, "
    "$\\sigma(t) = \\frac{{1}}{{1 + e^{{-t}}}}$, and "
    "$z_i = \\mathbf{{w}}^\\top \\mathbf{{x}}_i$.\n\n$$\n\\nabla_{{\\mathbf{{w}}}} \\mathcal{{L}} = {right}\n$$\n"
)


@pytest.mark.parametrize(
    ("right", "status"),
    [
        ("\\sum_{i=1}^n (\\hat{p}_i - y_i) \\mathbf{x}_i", "proven"),
        ("\\sum_{i=1}^n (y_i - \\hat{p}_i) \\mathbf{x}_i", "refuted"),
        ("\\frac{1}{n} \\sum_{i=1}^n (\\hat{p}_i - y_i) \\mathbf{x}_i", "refuted"),
        ("\\sum_{i=1}^n (\\hat{p}_i - y_i)", "refuted"),  # a number for a vector: the shapes differ
    ],
)
def test_a_bold_row_after_a_transposed_vector_is_a_row_of_the_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """𝐰^⊤𝐱_i makes 𝐱_i a vector as long as 𝐰, row i of the data (n × D): the gradient is proven for every D,
    and its twins refuted; without this the rows were numbers, and 𝐰^⊤ refused."""
    found, unchecked = statuses(tmp_path, capsys, TRANSPOSED.format(right=right))
    assert found == [(4, status)], unchecked


def test_a_basis_vector_after_a_transposed_vector_is_no_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: 𝐰^⊤𝐞_i made e an array, and the file stopped ("e cannot be declared as a array"): e is
    Euler's number or a basis vector, never data; the display is refused as before, the rest read."""
    page = "With $\\sum_{i=1}^n$ over the examples:\n\n$$\\mathbf{w}^\\top \\mathbf{e}_i = w_i$$\n\n$$2a = a + a$$\n"
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [(5, "proven")] and any("basis vector" in u for u in unchecked)


def test_a_counterexample_names_the_length_it_was_found_at(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: a shape mismatch found at D = 2, n = 3 was printed "counterexample at D = 3" (the n's value)."""
    from derive.cli import main

    path = tmp_path / "d.md"
    right = "\\sum_{i=1}^n (\\hat{p}_i - y_i) \\mathbf{x}_i^\\top"
    path.write_text(TRANSPOSED.format(right=right), encoding="utf-8")
    main(["check", str(path), "--no-cache"])
    out = capsys.readouterr().out
    assert "counterexample at D = 2: D = 2, n = 3" in out, out


#: Duchesnay's setup as he states it: the data as pairs, x_i not bold there, and the data matrix's shape below.
STATED = (
    "Inputs: $\\{{(x_i, y_i)\\}}_{{i=1}}^n$, with $y_i \\in \\{{0, 1\\}}$. "
    + TRANSPOSED
    + "\nIn matrix form, with $\\mathbf{{X}} \\in \\mathbb{{R}}^{{n \\times p}}$:\n\n"
    "$$\n\\nabla_{{\\mathbf{{w}}}} \\mathcal{{L}} = {matrix}\n$$\n"
)


_SUM = "\\sum_{i=1}^n (\\hat{p}_i - y_i) \\mathbf{x}_i"
_MATRIX = "\\mathbf{X}^\\top (\\hat{\\mathbf{p}} - \\mathbf{y})"


@pytest.mark.parametrize(
    ("right", "matrix", "expected"),
    [
        (_SUM, _MATRIX, ["proven", "proven"]),
        (_SUM, "\\mathbf{X}^\\top (\\mathbf{y} - \\hat{\\mathbf{p}})", ["proven", "refuted"]),
        (_SUM, "\\mathbf{X} (\\hat{\\mathbf{p}} - \\mathbf{y})", ["proven", "refuted"]),  # n × p times n: shapes
        (_SUM.replace("-", "+"), _MATRIX, ["refuted", "proven"]),
    ],
)
def test_the_rows_of_a_data_matrix_whose_shape_the_page_states(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, matrix: str, expected: list[str]
) -> None:
    """x_i in the pairs {(x_i, y_i)} names the example, not a vector's entry; 𝐗 ∈ R^{n×p} stated makes 𝐱_i row i of
    𝐗 (p its features): Σ(p̂_i − y_i)𝐱_i = 𝐗^⊤(𝐩̂ − 𝐲) is proven, with 𝐗's rows the same numbers as the 𝐱_i. Before,
    the pairs and the stated shape each stopped the rows being read, and every step with 𝐰^⊤ was refused."""
    found, unchecked = statuses(tmp_path, capsys, STATED.format(right=right, matrix=matrix))
    assert [s for _, s in found] == expected, unchecked


def test_a_data_matrix_stated_the_other_way_round_is_not_its_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """𝐗 ∈ R^{p×n}: its columns are the examples, so 𝐱_i is not its row; nothing is proven with the rows so."""
    text = STATED.replace("n \\times p", "p \\times n").format(
        right="\\sum_{i=1}^n (\\hat{p}_i - y_i) \\mathbf{x}_i",
        matrix="\\mathbf{X}^\\top (\\hat{\\mathbf{p}} - \\mathbf{y})",
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert "proven" not in [s for line, s in found if line > 6]


@pytest.mark.parametrize(
    "sentence",
    [
        "The centred design matrix is $\\mathbf{X} \\in \\mathbb{R}^{n \\times p}$, with rows "
        "$\\mathbf{x}_i - \\bar{\\mathbf{x}}$.",
        "The noisy design is $\\mathbf{X} \\in \\mathbb{R}^{n \\times p}$, whose rows are "
        "$\\mathbf{x}_i + \\boldsymbol{\\epsilon}_i$.",
        "Let $\\mathbf{X} \\in \\mathbb{R}^{n \\times p}$ be a random Gaussian noise matrix, independent of the "
        "inputs.",
        "The test inputs form $\\mathbf{X} \\in \\mathbb{R}^{n \\times p}$, a different set of $n$ points.",
        "Each $\\mathbf{x}_i \\in \\mathbb{R}^{d}$, and $\\mathbf{X} \\in \\mathbb{R}^{n \\times p}$.",
        "With $\\mathbf{X} \\in \\mathbb{R}^{n \\times p}$. Its rows hold the inputs in a random order.",
        "With $\\mathbf{X} \\in \\mathbb{R}^{n \\times p}$. The matrix is then standardized column by column.",
    ],
)
def test_a_matrix_the_prose_says_more_of_is_not_the_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str
) -> None:
    """From a probe: 𝐗 ∈ R^{n×p} was tied to the rows 𝐱_i by its letter alone, and Σ𝐱_i𝐱_i^⊤ = 𝐗^⊤𝐗 proven where
    the page says 𝐗's rows are 𝐱_i − x̄, or noise, or other points, or gives 𝐱_i another length. The tie holds only
    where the prose says no more of 𝐗 than its shape, in plain words; here nothing is proven with 𝐗."""
    page = (
        "Inputs: $\\{(x_i, y_i)\\}_{i=1}^n$, with scores $z_i = \\mathbf{w}^\\top \\mathbf{x}_i$. "
        f"{sentence}\n\n"
        "$$\n\\sum_{i=1}^n \\mathbf{x}_i \\mathbf{x}_i^\\top = \\mathbf{X}^\\top \\mathbf{X}\n$$\n"
    )
    found, _ = statuses(tmp_path, capsys, page)
    assert "proven" not in [status for _, status in found]
