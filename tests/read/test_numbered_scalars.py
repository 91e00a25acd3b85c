"""Numbers named by a letter and a number (``derive.read.numbered_scalars``): θ_0, θ_1 written only so are two
scalars, read with no front matter; beside θ_j, θ_0 stays refused (a bias, or an entry counted from 0?)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report
from tests.read.test_reads_pages import statuses

LINE = "$$\\frac{{\\partial}}{{\\partial \\theta_{by}}} (\\theta_0 + \\theta_1 x - y)^2 = {value}$$\n"


@pytest.mark.parametrize(
    ("by", "value", "status"),
    [
        ("1", "2(\\theta_0 + \\theta_1 x - y) x", "proven"),
        ("0", "2(\\theta_0 + \\theta_1 x - y)", "proven"),
        ("0", "2(\\theta_0 + \\theta_1 x - y) x", "refuted"),
    ],
)
def test_a_letter_written_only_with_numbers_names_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], by: str, value: str, status: str
) -> None:
    assert statuses(tmp_path, capsys, "---\n---\n" + LINE.format(by=by, value=value))[0] == [(3, status)]


def test_beside_an_entry_with_a_letter_index_zero_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "$$\\frac{\\partial}{\\partial \\theta_0} (\\theta_0 + \\sum_{j=1}^{n} \\theta_j x_j)^2 = "
        "2(\\theta_0 + \\sum_{j=1}^{n} \\theta_j x_j)$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and "index 0 is outside" in unchecked[0]


def test_a_name_written_before_an_equals_is_left_to_its_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """θ_0 = …: a formula for θ_0, which may define it: the page is read as before (θ_0 refused there, θ_1 an
    entry of θ; a Latin letter so written and defined is a name of its own, ``test_numbered_definitions``)."""
    text = "$$\\theta_0 = \\bar{y} - \\theta_1 \\bar{x}$$\n\n$$\\frac{d}{dx}(\\theta_1 x) = \\theta_1$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(3, "proven")] and "index 0 is outside" in unchecked[0]


@pytest.mark.parametrize(
    ("front", "display"),
    [
        ("n: 3\n", "\\frac{\\partial}{\\partial y_2} (y_1 + y_2 + y_3) = 1"),  # at n = 3: entries of y, read so
        ("", "\\frac{\\partial}{\\partial y_1} (y_1 + y_2 + \\dots + y_n) = 1"),  # y_n: a vector of n
    ],
)
def test_a_vector_s_entries_stay_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, display: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, f"---\n{front}---\n$${display}$$\n")
    assert found == [(len(front.splitlines()) + 3, "proven")], unchecked
    assert not any("numbers of their own" in u for u in unchecked)


@pytest.mark.parametrize("letter", ["w", "\\theta"])
def test_numbers_past_9_name_numbers_too(tmp_path: Path, capsys: pytest.CaptureFixture[str], letter: str) -> None:
    """θ_0 … θ_{10}: the scalar θ_10 made of them had stopped the file (exit 2, "not a name")."""
    body = "(LET_0 + LET_{10} x)".replace("LET", letter)
    text = f"---\n---\n$$\\frac{{\\partial}}{{\\partial {letter}_{{10}}}} {body}^2 = 2{body} x$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(3, "proven")]


@pytest.mark.parametrize(
    "text",
    [
        # w_2 = a b, an entry past 1 of a vector nothing defines, beside w_j: w_2 stays w's entry, never a number of
        # its own, which would make ∂w_2/∂a = 0 and refute the link below (w only with numbers: numbered_definitions)
        "---\n---\n$$w_2 = a b$$\n\n$$\\frac{\\partial w_2}{\\partial a} + \\sum_j w_j = b + \\sum_j w_j$$\n",
        # y one-hot: y is a vector, its y_0 refused (a number of its own would leave the assumption about nothing)
        "---\nassume:\n  - y one-hot\n---\n$$y_0 + y_1 = y_1 + y_0$$\n",
    ],
)
def test_a_letter_an_unread_definition_or_an_assumption_names_is_no_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and unchecked, (found, unchecked)


@pytest.mark.parametrize(("factor", "status"), [("1 - h_\\theta(x)", "proven"), ("1 + h_\\theta(x)", "refuted")])
def test_numbers_in_a_hypothesis_body_are_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str, status: str
) -> None:
    """A blog's logistic hypothesis: θ_0, θ_1 written in h_θ(x)'s body only, θ beside h its label. Before, θ was a
    vector, θ_0 outside 1..n, and every derivative by θ_1 unreadable."""
    text = (
        "$$h_\\theta(x) = \\frac{1}{1 + e^{-\\theta_0 - \\theta_1 x}}$$\n\n"
        f"$$\\frac{{\\partial}}{{\\partial \\theta_1}} h_\\theta(x) = h_\\theta(x) ({factor}) x$$\n"
    )
    assert statuses(tmp_path, capsys, text)[0] == [(3, status)]


@pytest.mark.parametrize(("right", "status"), [("i_1", "proven"), ("i_2", "refuted")])
def test_a_letter_written_only_with_two_digit_numbers_names_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """A small network's weights, w_{11} and w_{21}: entry (2, 1) of a matrix, or 21 of a vector? Written only so,
    they are numbers of their own either way. Before, index 21 was outside 1..n and every line refused."""
    text = f"$$h_1 = i_1 w_{{11}} + i_2 w_{{21}}$$\n\n$$\\frac{{\\partial h_1}}{{\\partial w_{{11}}}} = {right}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(3, status)]


def test_entries_a_matrix_names_are_no_constants(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """O = PV = [o_ij]: o_21 names an entry of the product, no constant; ∂o_21/∂v_11 = p_21 had been refuted with
    its left side 0, and the naming link refuted with o_22 free (survey T's FR8, T-07)."""
    page = (
        "$$\nP = \\begin{bmatrix} p_{11} & p_{12} \\\\ p_{21} & p_{22} \\end{bmatrix}, \\quad\n"
        "V = \\begin{bmatrix} v_{11} & v_{12} \\\\ v_{21} & v_{22} \\end{bmatrix}\n$$\n\n"
        "$$\nO = PV = \\begin{bmatrix} p_{11}v_{11} + p_{12}v_{21} & p_{11}v_{12} + p_{12}v_{22} \\\\\n"
        "p_{21}v_{11} + p_{22}v_{21} & p_{21}v_{12} + p_{22}v_{22} \\end{bmatrix} = "
        "\\begin{bmatrix} o_{11} & o_{12} \\\\ o_{21} & o_{22} \\end{bmatrix}\n$$\n\n"
        "$$\n\\frac{\\partial o_{21}}{\\partial v_{11}} = p_{21}\n$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert "refuted" not in [link["status"] for link in report["links"]], report["links"]
    assert any("∂o_21/∂v_11 can be read two ways" in u["reason"] for u in report["unchecked"])
