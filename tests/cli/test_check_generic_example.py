"""d2l's linear regression, read by `derive check` with no front matter (docs/reading.md): the model written for
the generic example (ŷ = w^T x + b) beside ŷ^{(i)} and x^{(i)} is example i's, and the loss written with its
parameters, l^{(i)}(w, b), the quantity at the page's own w and b. Proven where the page is right, refuted where a
slip is written in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

NONE = "---\n---\n"
MODEL = "$$\\hat{y} = \\mathbf{w}^\\top \\mathbf{x} + b.$$\n\n"
LOSS = (
    "When our prediction for an example $i$ is $\\hat{y}^{(i)}$ and the true label is $y^{(i)}$:\n\n"
    "$$l^{(i)}(\\mathbf{w}, b) = \\frac{1}{2} \\left(\\hat{y}^{(i)} - y^{(i)}\\right)^2.$$\n\n"
)
MEAN = (
    "$$L(\\mathbf{w}, b) =\\frac{1}{n}\\sum_{i=1}^n l^{(i)}(\\mathbf{w}, b) "
    "= {scale} \\sum_{i=1}^n \\frac{1}{2}\\left(\\mathbf{w}^\\top \\mathbf{x}^{(i)} + b - y^{(i)}\\right)^2.$$\n"
)


def verdicts(found: dict) -> list[tuple[int, str]]:  # type: ignore[type-arg]
    return [(link["line"], link["status"]) for link in found["links"]]


@pytest.mark.parametrize(
    ("model", "scale", "status"),
    [
        (MODEL, "\\frac{1}{n}", "proven"),
        (MODEL, "", "refuted"),  # the 1/n dropped
        (MODEL.replace("+ b", "- b"), "\\frac{1}{n}", "refuted"),  # the model's sign
    ],
)
def test_the_generic_examples_model_is_each_examples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], model: str, scale: str, status: str
) -> None:
    found = report(tmp_path, capsys, NONE, model + LOSS + MEAN.replace("{scale}", scale))
    assert verdicts(found) == [(9, status)]
    assert any("read for every example i" in reading for reading in found["readings"]), found["readings"]


def test_a_model_that_raises_an_examples_name_is_not_labelled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ŷ = w x^2: x^{(i)}^2 is no TeX; the definition stays as written, and ^{(i)} beside bare x reads two ways."""
    model = "$$\\hat{y} = w x^2 + b.$$\n\n"
    mean = (
        "$$\\frac{1}{n}\\sum_{i=1}^n l^{(i)}(w, b) = "
        "\\frac{1}{n}\\sum_{i=1}^n \\frac{1}{2}(w (x^{(i)})^2 + b - y^{(i)})^2$$\n"
    )
    found = report(tmp_path, capsys, NONE, model + LOSS + mean)
    assert verdicts(found) == []
    assert not any("read for every example" in reading for reading in found["readings"])


def test_a_loss_written_with_two_lists_keeps_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """l^{(i)}(w, b) and l^{(i)}(v, b) on one page: a function of its list, not the quantity at the page's w."""
    other = (
        "$$\\frac{1}{n}\\sum_{i=1}^n l^{(i)}(\\mathbf{v}, b) = \\frac{1}{n}\\sum_{i=1}^n l^{(i)}(\\mathbf{w}, b)$$\n"
    )
    found = report(tmp_path, capsys, NONE, MODEL + LOSS + other)
    assert "proven" not in [status for _, status in verdicts(found)]
    assert not any("the page's own parameters" in reading for reading in found["readings"])


RASCHKA_FRONT = "---\ndefine:\n  z: \\mathbf{w}^\\top \\mathbf{x}\n---\n"
LIKELIHOOD = (
    "$$l(\\mathbf{w}) = \\log L(\\mathbf{w}) = \\sum_{i=1}^{n} "
    "\\left[ y^{(i)} \\log\\left(\\phi\\left(z^{(i)}\\right)\\right) "
    "+ \\left(1 - y^{(i)}\\right) \\log\\left(1 - \\phi\\left(z^{(i)}\\right)\\right) \\right]$$\n\n"
    "The sigmoid $\\phi(z) = \\frac{1}{1 + e^{-z}}$. For a single sample, dropping the superscript $(i)$:\n\n"
    "$$\\frac{\\partial}{\\partial w_j} l(\\mathbf{w}) = \\left( y - \\phi(z) \\right) x_j = {last}$$\n"
)


@pytest.mark.parametrize(
    ("last", "status"),
    [("y x_j - \\phi(z) x_j", "proven"), ("y x_j + \\phi(z) x_j", "refuted")],
)
def test_a_total_beside_a_name_without_its_label_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, status: str
) -> None:
    """Raschka's ∂l/∂w_j "for a single sample": l sums over every example, y and z are one example's. The side
    with l is refused, naming both readings (it was refuted with l the whole sum); the rest is checked."""
    found = report(tmp_path, capsys, RASCHKA_FRONT, LIKELIHOOD.replace("{last}", last))
    assert verdicts(found) == [(9, status)]
    refused = [u["reason"] for u in found["unchecked"] if "reads two ways: the whole l" in u["reason"]]
    assert refused, found["unchecked"]


@pytest.mark.parametrize(
    ("right", "status"),
    [
        ("\\left(\\mathbf{w}^\\top \\mathbf{x}^{(i)}\\right)^2", "proven"),
        ("\\mathbf{w}^\\top \\mathbf{x}^{(i)}", "refuted"),  # the square dropped: ^{(i)} is a label, ^2 a power
    ],
)
def test_a_label_beside_a_power(tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str) -> None:
    mean = "\\frac{1}{n}\\sum_{i=1}^n"
    claim = f"$${mean} (\\hat{{y}}^{{(i)}} - b)^2 = {mean} {right}$$\n"
    found = report(tmp_path, capsys, NONE, MODEL + LOSS + claim)
    assert verdicts(found) == [(9, status)]


def test_a_label_left_unread_says_which_names_kept_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Raschka's page with no front matter: ^{(i)} stays refused, and the refusal names y and z, written bare too."""
    found = report(tmp_path, capsys, NONE, LIKELIHOOD.replace("{last}", "y x_j - \\phi(z) x_j"))
    reasons = [u["reason"] for u in found["unchecked"] if "^{(i)} can be read two ways" in u["reason"]]
    assert reasons, found["unchecked"]
    assert all("y, z written both with and without it" in reason for reason in reasons), reasons


def test_a_page_that_writes_the_generic_example_in_a_claim_keeps_its_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ŷ in a claim of its own ("for one example"): the model stays ŷ's, and the claim is checked with it."""
    page = MODEL + LOSS + "For one example:\n\n$$\\frac{\\partial \\hat{y}}{\\partial b} = {}$$\n"
    assert verdicts(report(tmp_path, capsys, NONE, page.replace("{}", "1"))) == [(11, "proven")]
    found = report(tmp_path, capsys, NONE, page.replace("{}", "-1"))
    assert verdicts(found) == [(11, "refuted")]
    assert not any("read for every example" in reading for reading in found["readings"])
