"""``\\circ`` between two vectors is Hadamard's entrywise product, as lecture notes write backpropagation
(δ^L = f'(z^L) ∘ ∂C/∂a^L): read as ``\\odot`` (``derive/read/hadamard.py``); beside a number it is refused, a
composition f ∘ g not read. It had stopped the display ("unexpected '\\circ'")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_function_constants import check

CE = "---\ndefine:\n  L: -\\sum_i y_i \\log p_i\nassume:\n  - p_i > 0\n---\n"


@pytest.mark.parametrize(
    ("side", "status"),
    [
        ("-y \\oslash p \\circ p \\oslash p", "proven"),
        ("y \\oslash p \\circ p \\oslash p", "refuted"),
        ("-p \\circ y", "refuted"),
    ],
)
def test_circ_between_vectors_is_the_entrywise_product(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str
) -> None:
    report = check(tmp_path, capsys, CE + f"$$\\frac{{\\partial L}}{{\\partial p}} = {side}$$\n")
    assert [link["status"] for link in report["links"]] == [status], report


def test_circ_beside_a_number_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = check(tmp_path, capsys, CE + "$$\\frac{\\partial L}{\\partial p} = -y \\circ 2$$\n")
    assert report["links"] == []
    assert report["unchecked"][-1]["reason"] == (
        "unreadable: ∘ of a number: the entrywise product takes two vectors or matrices of one shape; a composition "
        "f ∘ g is not read"
    )
