"""derive check on a two-layer network in matrix notation (issue 15, "Vectors and matrices"): layer names W_1,
W^{[2]}, sizes of their own (d inputs, H hidden, n outputs), σ(z) and σ'(z) entry by entry, softmax of a computed
vector, ⊙; each chain link proven entry by entry for every n, H and d, and each false twin refuted (a shape that
does not fit named with both shapes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

FRONT = """---
functions: [sigma]
sizes: {d: symbolic, H: symbolic}
arrays:
  W_1: [H, d]
  x: [d]
  b_1: [H]
  W_2: [n, H]
  b_2: [n]
assume:
  - y one-hot
---
"""
FORWARD = (
    "$$z = W_1 x + b_1, \\quad h = \\sigma(z), \\quad \\hat{y} = \\operatorname{softmax}(W_2 h + b_2)$$\n\n"
    "with the loss $L = -\\sum_k y_k \\log \\hat{y}_k$.\n\n"
)
DL_DZ = "W_2^T (\\hat{y} - y) \\odot \\sigma'(z)"


def one(tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, front: str = FRONT) -> dict:  # type: ignore[type-arg]
    found = report(tmp_path, capsys, front, FORWARD + f"$${display}$$\n")
    assert len(found["links"]) == 1, found["unchecked"]
    link: dict = found["links"][0]  # type: ignore[type-arg]
    return link


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\frac{\\partial L}{\\partial W_2} = (\\hat{y} - y) h^T", "proven"),
        ("\\frac{\\partial L}{\\partial b_2} = \\hat{y} - y", "proven"),
        (f"\\frac{{\\partial L}}{{\\partial z}} = {DL_DZ}", "proven"),
        (f"\\frac{{\\partial L}}{{\\partial W_1}} = \\left({DL_DZ}\\right) x^T", "proven"),
        (f"\\frac{{\\partial L}}{{\\partial b_1}} = {DL_DZ}", "proven"),
        ("\\frac{\\partial L}{\\partial h} = W_2^T (\\hat{y} - y)", "proven"),
        # false twins: σ′ replaced by σ, the sign of y, the one-hot target dropped
        ("\\frac{\\partial L}{\\partial z} = W_2^T (\\hat{y} - y) \\odot \\sigma(z)", "refuted"),
        ("\\frac{\\partial L}{\\partial W_2} = (\\hat{y} + y) h^T", "refuted"),
        ("\\frac{\\partial L}{\\partial W_2} = \\hat{y} h^T", "refuted"),
    ],
)
def test_the_backward_pass_of_a_two_layer_network(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert one(tmp_path, capsys, display)["status"] == status


def test_two_like_vectors_side_by_side_read_two_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """W_2ᵀ(ŷ − y) σ'(z), two H×1 vectors side by side: entry by entry, as blogs write it (then the gradient, true),
    or a matrix product, which names no matrix (then refuted)? It had been refuted; now refused, naming both."""
    found = report(
        tmp_path, capsys, FRONT, FORWARD + "$$\\frac{\\partial L}{\\partial z} = W_2^T (\\hat{y} - y) \\sigma'(z)$$\n"
    )
    assert found["links"] == []
    assert any("two H×1 vectors can be read two ways: entry by entry" in u["reason"] for u in found["unchecked"])


@pytest.mark.parametrize(
    ("display", "shapes"),
    [
        ("\\frac{\\partial L}{\\partial W_2} = h (\\hat{y} - y)^T", "n×H and H×n"),  # the outer product turned
        ("\\frac{\\partial L}{\\partial W_2} = (\\hat{y} - y) h", "n×H and no matrix"),  # a missing transpose
        ("\\frac{\\partial L}{\\partial z} = W_2 (\\hat{y} - y) \\odot \\sigma'(z)", "H×1 and no matrix"),  # W_2
        (f"\\frac{{\\partial L}}{{\\partial W_1}} = \\left({DL_DZ}\\right) x", "H×d and no matrix"),
    ],
)
def test_a_shape_that_does_not_fit_is_refuted_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, shapes: str
) -> None:
    link = one(tmp_path, capsys, display)
    assert link["status"] == "refuted"
    assert f"the sides have different shapes, {shapes}" in link["method"]


@pytest.mark.parametrize(
    "front",
    [
        FRONT.replace("W_1:", "W^{[1]}:").replace("W_2:", "W^{(2)}:"),
        FRONT.replace("W_1:", "W_{1}:"),
    ],
)
def test_a_layer_s_name_is_declared_as_the_page_writes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str
) -> None:
    """W^{[1]}, W^{(2)}, W_{1} in the front matter name the page's W_1 and W_2: one matrix each."""
    body = FORWARD.replace("W_1", "W^{[1]}") + "$$\\frac{\\partial L}{\\partial W^{(2)}} = (\\hat{y} - y) h^T$$\n"
    found = report(tmp_path, capsys, front, body)
    assert [link["status"] for link in found["links"]] == ["proven"]
    assert not [u for u in found["unchecked"] if "unreadable" in u["reason"]]


def test_products_beside_odot_that_both_fit_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With H = n declared, W_2^T ((ŷ − y) ⊙ σ'(z)) fits as well as (W_2^T (ŷ − y)) ⊙ σ'(z): refused, not guessed."""
    front = (
        FRONT.replace("H: symbolic", "H: 3")
        .replace("d: symbolic", "d: 2")
        .replace("---\nfunctions", "---\nn: 3\nfunctions")
    )
    found = report(tmp_path, capsys, front, FORWARD + f"$$\\frac{{\\partial L}}{{\\partial z}} = {DL_DZ}$$\n")
    reasons = [u["reason"] for u in found["unchecked"] if "unreadable" in u["reason"]]
    assert not found["links"] and len(reasons) == 1 and "(A B) ⊙ C, or ⊙ first, A (B ⊙ C)" in reasons[0]


def test_a_function_of_a_computed_vector_other_than_sigma_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """g(W_1 x + b_1): g of each entry, or a function of all of them? Only σ (and a prime) says entry by entry."""
    front = FRONT.replace("[sigma]", "[sigma, g]").replace("assume:\n  - y one-hot\n", "")
    found = report(tmp_path, capsys, front, "$$g(W_1 x) = 0$$\n")
    assert not found["links"] and "g of a vector the page defines or computes" in found["unchecked"][0]["reason"]


NIELSEN = """---
functions: [sigma]
sizes: {d: symbolic, H: symbolic}
arrays:
  W^{(1)}: [H, d]
  b^{(1)}: [H]
  W^{(2)}: [n, H]
  b^{(2)}: [n]
  x: [d]
---
$$z^{(1)} = W^{(1)} x + b^{(1)}, \\quad a^{(1)} = \\sigma(z^{(1)}), \\quad z^{(2)} = W^{(2)} a^{(1)} + b^{(2)}, \\quad
a^{(2)} = \\sigma(z^{(2)})$$

with the cost $C = \\frac{1}{2} \\sum_j (y_j - a^{(2)}_j)^2$.

"""


@pytest.mark.parametrize(
    ("display", "status"),
    [  # Nielsen's BP1, BP2 and BP4 with layers labelled ^{(l)}, each layer's vectors defined whole
        ("\\frac{\\partial C}{\\partial z^{(2)}} = (a^{(2)} - y) \\odot \\sigma'(z^{(2)})", "proven"),
        ("\\frac{\\partial C}{\\partial z^{(2)}} = (y - a^{(2)}) \\odot \\sigma'(z^{(2)})", "refuted"),
        ("\\frac{\\partial C}{\\partial z^{(1)}} = \\left((W^{(2)})^T \\frac{\\partial C}{\\partial z^{(2)}}\\right) "
         "\\odot \\sigma'(z^{(1)})", "proven"),
        ("\\frac{\\partial C}{\\partial z^{(1)}} = \\left((W^{(2)})^T \\frac{\\partial C}{\\partial z^{(2)}}\\right) "
         "\\odot \\sigma'(z^{(2)})", "refused"),  # σ'(z^{(2)}) has n rows: no matrix beside an H×1
        ("\\frac{\\partial C}{\\partial W^{(2)}} = \\frac{\\partial C}{\\partial z^{(2)}} (a^{(1)})^T", "proven"),
        ("\\frac{\\partial C}{\\partial W^{(2)}} = \\frac{\\partial C}{\\partial z^{(2)}} (z^{(1)})^T", "refuted"),
    ],
)  # fmt: skip
def test_a_layer_s_vectors_defined_whole_as_nielsen_writes_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    found = report(tmp_path, capsys, NIELSEN, f"$${display}$$\n")
    if status == "refused":
        (link,) = found["links"]
        assert link["status"] == "refuted" and "H×1 and no matrix" in link["method"]
        return
    assert [link["status"] for link in found["links"]] == [status]


def test_a_transposed_entry_of_an_undeclared_vector_says_how_to_declare_a_layer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """W_1^T with nothing declared: an entry of a vector W cannot be transposed, and the matrix W_2's sizes are
    nowhere on the page: refused, naming both readings and the declaration."""
    found = report(tmp_path, capsys, "---\n---\n", "$$W_1^T y_1 = y_1 W_1$$\n")
    (unchecked,) = found["unchecked"]
    assert not found["links"] and "the entry 1 of a vector W" in unchecked["reason"]
    assert "a matrix W_1 of its own" in unchecked["reason"] and "arrays: {W_1: [n, H]}" in unchecked["reason"]
