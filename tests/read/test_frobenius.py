"""``\\|W\\|_F`` names the Frobenius norm (``derive.read.frobenius``): its square is Σ_pq W_pq², whose gradient is
2W; the right claim proven, a false one refuted. A bare norm of a matrix stays refused (Frobenius or spectral)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

WEIGHTS = "---\nsizes:\n  H: symbolic\narrays:\n  W: [H, n]\n---\n\n"


@pytest.mark.parametrize(
    ("norm", "right", "status"),
    [
        ("\\|\\mathbf{W}\\|_\\textrm{F}", "\\lambda \\mathbf{W}", "proven"),
        ("\\|\\mathbf{W}\\|_F", "2 \\lambda \\mathbf{W}", "refuted"),
        ("\\lVert W \\rVert_{\\mathrm{F}}", "\\lambda \\mathbf{W}", "proven"),
        ("\\|W\\|_{F}", "\\lambda", "refuted"),
    ],
)
def test_the_frobenius_norm_written_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], norm: str, right: str, status: str
) -> None:
    text = WEIGHTS + f"$$s = \\frac{{\\lambda}}{{2}} {norm}^2$$\n\n$$\\frac{{\\partial s}}{{\\partial W}} = {right}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(10, status)]


def test_a_bare_norm_of_a_matrix_stays_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = WEIGHTS + "$$s = \\frac{\\lambda}{2} \\|W\\|^2$$\n\n$$\\frac{\\partial s}{\\partial W} = \\lambda W$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and any("Frobenius norm" in reason for reason in unchecked)


@pytest.mark.parametrize(
    ("norm", "right", "status"),
    [
        ("\\|w\\|_2", "\\lambda w_j", "proven"),
        ("\\|w\\|_{2}", "2 \\lambda w_j", "refuted"),
        ("\\lVert w \\rVert_2", "\\lambda w_j", "proven"),
    ],
)
def test_the_euclidean_norm_of_a_vector_written_with_its_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], norm: str, right: str, status: str
) -> None:
    """``\\|w\\|_2^2`` (L2 regularisation as notes write it) had been refused: "a subscript here has nothing to attach
    to", advice the page could not follow (a newcomer's sweep)."""
    text = f"$$R = \\frac{{\\lambda}}{{2}} {norm}^2$$\n\n$$\\frac{{\\partial R}}{{\\partial w_j}} = {right}$$\n"
    assert statuses(tmp_path, capsys, text)[0] == [(3, status)]


def test_the_2_norm_of_a_matrix_stays_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = WEIGHTS + "$$s = \\frac{\\lambda}{2} \\|W\\|_2^2$$\n\n$$\\frac{\\partial s}{\\partial W} = \\lambda W$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [] and unchecked
