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


WEIGHT_DECAY = (
    "---\n---\n"
    "$$\n\\tilde{J}(\\mathbf{w}) = J(\\mathbf{w}) + \\frac{\\lambda}{2} \\|\\mathbf{w}\\|^2\n$$\n\n"
    "$$\n\\nabla_{\\mathbf{w}} \\tilde{J}(\\mathbf{w}) = \\nabla_{\\mathbf{w}} J(\\mathbf{w}) + GRADIENT\n$$\n"
)


@pytest.mark.parametrize(
    ("gradient", "status"),
    [
        ("\\lambda \\mathbf{w}", "proven"),
        ("2 \\lambda \\mathbf{w}", "refuted"),
        ("\\frac{\\lambda}{2} \\mathbf{w}", "refuted"),
    ],
)
def test_a_value_of_a_vector_made_of_a_function_of_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gradient: str, status: str
) -> None:
    """Weight decay, J̃(𝐰) = J(𝐰) + λ/2 ‖𝐰‖², J defined nowhere: J any function of the whole vector w, J̃ the value
    (its parentheses the vector it is written with); ∇_𝐰 J̃ = ∇_𝐰 J + λ𝐰 holds for every J, 2λ𝐰 does not."""
    found, unchecked = statuses(tmp_path, capsys, WEIGHT_DECAY.replace("GRADIENT", gradient))
    assert found == [(8, status)]
    assert not any(reason.startswith("unreadable") for reason in unchecked)


def test_a_value_of_a_vector_at_another_vector_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """J̃(𝐯) is not J̃(𝐰) renamed: the page defines J̃ for w only."""
    text = WEIGHT_DECAY.replace("GRADIENT", "\\lambda \\mathbf{w}").replace(
        "\\nabla_{\\mathbf{w}} \\tilde{J}(\\mathbf{w})", "\\nabla_{\\mathbf{w}} \\tilde{J}(\\mathbf{v})"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("\\tilde{J} is defined for (w) at line 4" in reason for reason in unchecked), unchecked


KL = (
    "---\nassume: ['p_i \\in (0, 1]', '\\sum_i p_i = 1']\n---\n"
    "With $q_i = \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}$, the divergence is\n\n"
    "$$\nD_{\\mathrm{KL}}(p \\parallel q) = \\sum_{i=1}^{n} p_i \\log \\frac{p_i}{q_i}\n$$\n\n"
    "and its gradient\n\n"
    "$$\n\\frac{\\partial D_{\\mathrm{KL}}(p \\parallel q)}{\\partial z_k} = GRADIENT\n$$\n"
)


@pytest.mark.parametrize(("gradient", "status"), [("q_k - p_k", "proven"), ("p_k - q_k", "refuted")])
def test_a_divergence_written_with_its_two_distributions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gradient: str, status: str
) -> None:
    """D_KL(p ∥ q) = Σ p_i log(p_i/q_i) defines the value D_KL, its arguments set apart by ∥."""
    found, unchecked = statuses(tmp_path, capsys, KL.replace("GRADIENT", gradient))
    assert found == [(13, status)]
    assert not any(reason.startswith("unreadable") for reason in unchecked)


def test_a_divergence_with_its_distributions_swapped_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """D_KL(q ∥ p) is not D_KL(p ∥ q): refused, not read as the value the page defined."""
    text = KL.replace("GRADIENT", "q_k - p_k").replace("(p \\parallel q)}{", "(q \\parallel p)}{")
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == []
    assert any("D_KL is defined for (p, q) at line 7" in reason for reason in unchecked), unchecked


#: Duchesnay's per-sample loss: an entry written with what it depends on, w standing nowhere in its body.
PER_SAMPLE = (
    "With $\\hat{{p}}_i = \\sigma(z_i)$, $\\sigma(t) = \\frac{{1}}{{1 + e^{{-t}}}}$ and $z_i = w x_i$:\n\n"
    "$$\n\\ell_i(w) = -\\left[ y_i \\log(\\hat{{p}}_i) + (1 - y_i) \\log(1 - \\hat{{p}}_i) \\right]\n$$\n\n"
    "$$\n{left} = {right}\n$$\n"
)


@pytest.mark.parametrize(
    ("left", "right", "status"),
    [
        ("\\frac{d\\ell_i}{dw}", "(\\hat{p}_i - y_i) x_i", "proven"),
        ("\\frac{d\\ell_i}{dw}", "(y_i - \\hat{p}_i) x_i", "refuted"),
        ("\\frac{d\\ell_i(w)}{d\\hat{p}_i}", "-\\frac{y_i}{\\hat{p}_i} + \\frac{1 - y_i}{1 - \\hat{p}_i}", "proven"),
        ("\\frac{d\\ell_i(w)}{d\\hat{p}_i}", "-\\frac{y_i}{\\hat{p}_i}", "refuted"),
    ],
)
def test_an_entry_written_with_what_it_depends_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], left: str, right: str, status: str
) -> None:
    """ℓ_i(w) = −[y_i log p̂_i + …], w nowhere in the body: the entry ℓ_i, labelled with w (it had been refused as
    "ℓ_i(w) beside the vector ℓ can be read two ways", and every step with ℓ_i with it); ℓ_i(w) elsewhere is it."""
    found, unchecked = statuses(tmp_path, capsys, PER_SAMPLE.format(left=left, right=right))
    assert found == [(8, status)], unchecked


def test_an_entry_label_with_other_arguments_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ℓ_i(v) beside ℓ_i(w) defined: the page defines ℓ_i for w only; reading ℓ_i(v) as the same value is a guess."""
    found, unchecked = statuses(tmp_path, capsys, PER_SAMPLE.format(left="\\ell_i(v)", right="\\ell_i(w)"))
    assert found == [] and any("not as a function of other arguments" in u for u in unchecked), unchecked


def test_an_entry_of_a_function_of_its_parameter_is_no_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """f_i(x) = x^2 + x_i: x stands bare in the body, a parameter: no value labelled with x, nothing proven of f_i."""
    page = "$$\nf_i(x) = x^2 + a_i\n$$\n\n$$\n\\frac{d f_i}{dx} = 0\n$$\n"
    found, _ = statuses(tmp_path, capsys, page)
    assert "proven" not in [status for _, status in found]
