"""A total derivative by a numbered entry, d/dw_1, of what writes another entry of w, with w neither declared nor
that entry defined: it reads two ways (the entries independent, or related as the page's words may relate them), and
is refused where the page may relate them (``derive/read/total_derivatives.py``). Each page below had proven
d/dw_1 (w_1 + w_2) = 1 (probe s53)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

_SUM = "$$\\frac{d}{dw_1}(w_1 + w_2) = 1$$\n"


@pytest.mark.parametrize(
    "page",
    [
        f"The second weight is always twice the first weight.\n\n{_SUM}",  # a09
        f"$w_2$ is always twice $w_1$.\n\n{_SUM}",  # b01
        f"$$\\mathbf{{w}} = \\begin{{pmatrix}} a \\\\ 2a \\end{{pmatrix}}$$\n\n{_SUM}",  # c10
        f"We tie $w_2$ to $w_1$ by $w_2 \\leftarrow 2w_1$.\n\n{_SUM}",  # c13
        f"The second weight equals the first.\n\n{_SUM}",  # probe s53-2's r1p
        f"Le poids $w_2$ est égal à $w_1$.\n\n{_SUM}",  # r1g
        f"In this model $w_2$ is computed from $w_1$.\n\n{_SUM}",  # t14
        "Tied weights.\n\n$$\\frac{\\mathrm{d}}{\\mathrm{d}\\theta_1}(\\theta_1 + \\theta_2) = 1$$\n",
        "Tied weights: $$d/dw_{1} (w_1 + w_2) = 1$$\n",
        "The second weight equals the first. The loss is\n\n$$L = w_1 + w_2$$\n\n$$\\frac{dL}{dw_1} = 1$$\n",  # t2
        "Tied weights. Let\n\n$$z = w_1 + w_2$$\n\n$$L = 3z$$\n\nso\n\n$$\\frac{dL}{dw_1} = 3$$\n",  # through z
    ],
)
def test_a_total_derivative_through_another_entry_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    report = page_report(tmp_path, capsys, page)
    assert [link for link in report["links"] if link["status"] == "proven"] == [], report
    assert any("reads two ways: the entries independent" in u["reason"] for u in report["unchecked"]), report


@pytest.mark.parametrize(
    ("page", "status"),
    [
        ("$$\\frac{\\partial}{\\partial w_1}(w_1 + w_2) = 1$$\n", "proven"),  # a partial holds w_2 fixed
        ("---\nvectors: [w]\n---\n" + _SUM, "proven"),  # the front matter's inputs: independent
        ("---\ndefine:\n  w_2: 2 w_1\n---\n" + _SUM, "refuted"),  # w_2 defined: read through it
        ("$$\\frac{d}{dw_1}(3 w_1) = 3$$\n", "proven"),  # no other entry
        ("Tied weights. Let\n\n$$L = 3 w_1$$\n\nso\n\n$$\\frac{dL}{dw_1} = 3$$\n", "proven"),  # L writes no other
        ("$$\\frac{d}{dw_2}(w_1 x_1 + w_2 x_2 + b) = x_2$$\n", "proven"),  # d for ∂, nothing relating (P-06)
        ("With $w = (w_1, w_2)$ the weights,\n\n$$\\frac{d}{dw_1}(w_1 x_1 + w_2 x_2) = x_1$$\n", "proven"),  # n1b
        ("We step $w \\gets w - \\eta g$.\n\n$$\\frac{d}{dw_1}(w_1 x_1 + w_2 x_2) = x_1$$\n", "proven"),  # n1d
    ],
)
def test_a_partial_derivative_a_declared_vector_or_a_defined_entry_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, status: str
) -> None:
    assert [link["status"] for link in page_report(tmp_path, capsys, page)["links"]] == [status]
