"""The entrywise quotient ⊘ (``\\oslash``) of vectors of one shape, as a cross-entropy gradient is written whole:
∂L/∂p = −y ⊘ p. Each divisor's entries must not be zero; a number beside ⊘ is refused, as beside ⊙."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_function_constants import check

CE = "---\ndefine:\n  L: -\\sum_i y_i \\log p_i\nassume:\n  - p_i > 0\n---\n"


@pytest.mark.parametrize(
    ("side", "status"),
    [
        ("-y \\oslash p", "proven"),
        ("-p \\oslash y", "refuted"),
        ("y \\oslash p", "refuted"),
        ("-y \\odot p \\oslash p \\oslash p", "proven"),  # left to right: ((y ⊙ p) ⊘ p) ⊘ p
        ("-y \\oslash p \\odot p \\oslash p", "proven"),
        ("-y \\oslash p \\oslash p", "refuted"),
        ("-y \\oslash p + y \\oslash (y - p) - y \\oslash (y - p)", "undefined"),  # y = p: 0 divides
        ("-y \\oslash p + (y - y) \\oslash (p - p)", "undefined"),  # 0/0, never cancelled away
    ],
)
def test_the_entrywise_quotient_divides_entry_by_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], side: str, status: str
) -> None:
    report = check(tmp_path, capsys, CE + f"$$\\frac{{\\partial L}}{{\\partial p}} = {side}$$\n")
    assert [link["status"] for link in report["links"]] == [status]


def test_a_number_beside_the_entrywise_quotient_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = check(tmp_path, capsys, CE + "$$\\frac{\\partial L}{\\partial p} = -y \\oslash 2$$\n")
    assert report["links"] == []
    assert report["unchecked"][-1]["reason"] == (
        "unreadable: ⊘ of a number: the entrywise quotient takes two vectors or matrices of one shape"
    )


def test_a_product_beside_the_entrywise_quotient_that_reads_two_ways_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """W y ⊘ p with W n × n: (W y) ⊘ p and W (y ⊘ p) both fit the shapes; neither is taken."""
    text = CE.replace("---\ndefine", "---\narrays:\n  W: [n, n]\ndefine", 1)
    report = check(tmp_path, capsys, text + "$$\\frac{\\partial L}{\\partial p} = W y \\oslash p$$\n")
    assert report["links"] == []
    assert report["unchecked"][-1]["reason"].startswith("unreadable: a product beside ⊘ can be read two ways")
