"""MIT 6.036's linear regression, read by `derive check` with no front matter (docs/reading.md): the examples
x^{(i)} counted by n ("over the $n$ training examples"), their features by a letter of derive's own, x^{(i)} after
θ^T an example's vector, and θ_0 beside θ in J(θ, θ_0) a bias of its own. Each reading is proven where the page is
right and refuted where a slip is written in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

NONE = "---\n---\n"
TERM = "\\left(\\theta^T x^{(i)} + \\theta_0 - y^{(i)}\\right)"
OBJECTIVE = (
    "The mean squared error over the $n$ training examples:\n\n"
    f"$$J(\\theta, \\theta_0) = \\frac{{1}}{{n}}\\sum_{{i=1}}^{{n}}{TERM}^2 .$$\n\n"
)
SUM = "\\sum_{i=1}^{n}"
GRADIENT = "$$\\nabla_\\theta J = {}" + SUM + TERM + " x^{(i)}$$\n"
PARTIAL = "$$\\frac{\\partial J}{\\partial \\theta_0} = {}" + SUM + TERM + "$$\n"


def verdicts(found: dict) -> list[tuple[int, str]]:  # type: ignore[type-arg]
    return [(link["line"], link["status"]) for link in found["links"]]


def reasons(found: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["reason"] for u in found["unchecked"] if "definition of" not in u["reason"]]


@pytest.mark.parametrize(
    ("scale", "status"),
    [("\\frac{2}{n}", "proven"), ("\\frac{1}{n}", "refuted"), ("2", "refuted")],  # the slip: 1/n for 2/n
)
def test_the_gradient_by_the_vector_over_n_examples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], scale: str, status: str
) -> None:
    found = report(tmp_path, capsys, NONE, OBJECTIVE + GRADIENT.replace("{}", scale))
    assert verdicts(found) == [(7, status)]
    assert reasons(found) == []
    assert any("\\theta_0 as a number of its own" in reading for reading in found["readings"]), found["readings"]


@pytest.mark.parametrize(("scale", "status"), [("\\frac{2}{n}", "proven"), ("\\frac{1}{n}", "refuted")])
def test_the_derivative_by_the_bias(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], scale: str, status: str
) -> None:
    found = report(tmp_path, capsys, NONE, OBJECTIVE + PARTIAL.replace("{}", scale))
    assert verdicts(found) == [(7, status)]


def test_theta_written_with_other_entries_keeps_theta_0_an_entry_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """θ_j elsewhere on the page: θ_0 may be θ's entry 0 (counted from 0), so it is not read as a bias."""
    entry = "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{2}{n}\\sum_{i=1}^{n} x_j^{(i)}$$\n"
    found = report(tmp_path, capsys, NONE, OBJECTIVE + entry)
    assert verdicts(found) == []
    assert not any("\\theta_0 as a number" in reading for reading in found["readings"])


def test_a_second_definition_with_other_arguments_is_another_function(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """J(θ, θ_0), then "the objective becomes $J(\\theta) = …$" in the same section: the display below, which may
    mean either, is refused rather than checked with the first."""
    again = (
        "Absorbing $\\theta_0$ into $\\theta$, the objective becomes "
        "$J(\\theta) = \\frac{1}{n}(W\\theta - T)^T(W\\theta - T)$"
        " and\n\n$$\\nabla_\\theta J = \\frac{2}{n} W^T (W\\theta - T)$$\n"
    )
    found = report(tmp_path, capsys, "---\narrays: {W: [n, n], T: [n]}\n---\n", OBJECTIVE + again)
    assert verdicts(found) == []
    assert any("defined twice" in reason for reason in reasons(found)), reasons(found)


def test_a_letter_never_transposed_beside_its_0_is_no_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """f(x, x_0), a point and the point expanded about: x is not made a vector with a bias x_0."""
    page = "$$f(x, x_0) = (x - x_0)^2$$\n\n$$\\frac{\\partial f}{\\partial x} = 2(x - x_0)$$\n"
    found = report(tmp_path, capsys, NONE, page)
    assert not any("as a number of its own" in reading for reading in found["readings"]), found["readings"]


def test_a_page_that_drops_the_superscript_is_read_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Raschka's "for a single sample, dropping the superscript": z^{(i)} and z on one page. Examples counted by n
    are not read there (z would read two ways), so the single sample's chain is still checked."""
    page = (
        "Over the $n$ examples:\n\n$$l = \\sum_{i=1}^{n} y^{(i)} \\log z^{(i)}$$\n\n"
        "For a single sample, dropping the superscript:\n\n$$\\frac{\\partial}{\\partial y} y z^2 = z^2$$\n"
    )
    assert verdicts(report(tmp_path, capsys, NONE, page)) == [(9, "proven")]


@pytest.mark.parametrize("front", ["---\nscalars: [\\theta_0]\n---\n", "---\nlength: d\nscalars: [\\theta_0]\n---\n"])
def test_the_bias_declared_as_the_index_0_message_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str
) -> None:
    """θ_0 under scalars, as the refusal of index 0 advises: θ beside it is still the page's vector."""
    found = report(tmp_path, capsys, front, OBJECTIVE + GRADIENT.replace("{}", "\\frac{2}{n}"))
    assert [status for _, status in verdicts(found)] == ["proven"]


@pytest.mark.parametrize(("scale", "status"), [("\\frac{2}{n}", "proven"), ("\\frac{1}{n}", "refuted")])
def test_bold_examples_and_a_bold_parameter_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], scale: str, status: str
) -> None:
    """\\mathbf{x}^{(i)} and \\boldsymbol{\\theta}^\\top, as Géron and UFLDL set them: the same reading in bold."""

    def bold(text: str) -> str:
        return text.replace("x^{(i)}", "\\mathbf{x}^{(i)}").replace("\\theta^T", "\\boldsymbol{\\theta}^\\top")

    found = report(tmp_path, capsys, NONE, bold(OBJECTIVE + GRADIENT.replace("{}", scale)))
    assert verdicts(found) == [(7, status)]


def test_a_label_that_is_also_an_entrys_index_numbers_no_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Géron's \\boldsymbol{\\theta}^{(k)} beside y_k^{(i)} and \\mathbf{x}^{(i)}: k indexes classes, so ^{(k)} is no
    example's number (i is, y_k^{(i)} read), and w^{(k)} is refused naming both readings (^{(i)} was refused before
    it: the two sums counted two ways)."""
    page = "$$J = \\frac{1}{m}\\sum_{i=1}^{m}\\sum_{k=1}^{K} y_k^{(i)} \\log w^{(k)}$$\n"
    found = report(tmp_path, capsys, NONE, page)
    assert verdicts(found) == []
    assert any("^{(k)} can be read two ways" in u["reason"] for u in found["unchecked"]), found["unchecked"]


def test_examples_and_entries_both_counted_by_n_are_not_read_as_examples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Σ_{i=1}^{n} over examples beside Σ_{j=1}^{n} over a vector's entries: n counts both, so the examples are not
    given a count of their own apart from the entries' (a claim meant for one n could be refuted at two)."""
    page = "$$L = \\sum_{i=1}^{n} y^{(i)} \\sum_{j=1}^{n} z_j$$\n"
    found = report(tmp_path, capsys, NONE, page)
    assert not any("training examples" in reading for reading in found["readings"]), found["readings"]
