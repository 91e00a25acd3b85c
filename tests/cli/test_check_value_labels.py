"""A value written with what it labels, as books write a loss: ``l(\\mathbf{y}, \\hat{\\mathbf{y}}) = …`` (ŷ nowhere
in the body, 𝐲 in a vector font) defines l; ``l(\\mathbf{y}, \\hat{\\mathbf{y}})`` elsewhere is that value, and l
with other arguments is refused (``derive.read.value_labels``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

D2L = (
    "---\n---\n"
    "The loss, where $\\sum_{j=1}^q y_j = 1$:\n\n"
    "$$\n\\begin{aligned}\n"
    "l(\\mathbf{y}, \\hat{\\mathbf{y}}) &= - \\sum_{j=1}^q y_j \\log "
    "\\frac{\\exp(o_j)}{\\sum_{k=1}^q \\exp(o_k)} \\\\\n"
    "&= \\log \\sum_{k=1}^q \\exp(o_k) - \\sum_{j=1}^q y_j o_j.\n"
    "\\end{aligned}\n$$\n\n"
    "The derivative, where $\\sum_{j=1}^q y_j = 1$:\n\n"
    "$$\n\\partial_{o_j} l(\\mathbf{y}, \\hat{\\mathbf{y}}) = \\frac{\\exp(o_j)}{\\sum_{k=1}^q \\exp(o_k)} - y_j"
    " = \\mathrm{softmax}(\\mathbf{o})_j - y_j.\n$$\n"
)


@pytest.mark.parametrize(
    ("derivative", "status"),
    [
        ("\\frac{\\exp(o_j)}{\\sum_{k=1}^q \\exp(o_k)} - y_j", "proven"),
        ("\\frac{\\exp(o_j)}{\\sum_{k=1}^q \\exp(o_k)} + y_j", "refuted"),
        ("\\frac{\\exp(o_j)}{\\sum_{k=1}^q \\exp(o_k)} - 2 y_j", "refuted"),
    ],
)
def test_a_loss_written_with_the_vectors_it_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], derivative: str, status: str
) -> None:
    """d2l's l(𝐲, 𝐲̂): ŷ stands nowhere in the body, so the parentheses label the value (no function of two
    numbers); ∂_{o_j} l(𝐲, 𝐲̂) is the derivative of that value, proven with Σ y = 1, and a false one refuted."""
    text = D2L.replace("\\frac{\\exp(o_j)}{\\sum_{k=1}^q \\exp(o_k)} - y_j =", f"{derivative} =")
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(8, "proven"), (15, status), (15, "proven" if status == "proven" else status)]
    assert not any(reason.startswith("unreadable") for reason in unchecked)


def test_the_label_with_other_arguments_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """l(𝐲, 𝐨) elsewhere is not silently the value the page defined as l(𝐲, 𝐲̂): refused, naming both."""
    written = "\\partial_{o_j} l(\\mathbf{y}, \\hat{\\mathbf{y}})"
    text = D2L.replace(written, "\\partial_{o_j} l(\\mathbf{y}, \\mathbf{o})")
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(8, "proven")]
    assert any("l is defined for (y, \\hat{y}) at line 7" in reason for reason in unchecked), unchecked


def test_a_function_of_a_bare_parameter_is_still_a_function(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """f(x, y) = x^2 + 1 writes x bare in its body: a function of its parameters, applied elsewhere (f(2, 5) = 5
    refuted, f(2, 5) = 5 + 0 … the true value 5 proven), not a label."""
    text = "---\n---\n$$\nf(x, y) = x^2 + 1\n$$\n\n$$\nf(2, b) = 5\n$$\n\n$$\nf(3, b) = 5\n$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(8, "proven"), (12, "refuted")]
