"""A name a page defines again in a section of its own (``derive.read.redefinitions``): the same definition written
with its sum's bounds is one definition, not two."""

from __future__ import annotations

import pytest

from derive.read.redefinitions import same_math


@pytest.mark.parametrize(
    ("again", "same"),
    [
        ("\\frac{e^{z_j}}{\\sum_{k=1}^{K} e^{z_k}}", True),
        ("\\frac{e^{z_j}}{\\sum_{k=1}^K e^{z_k}}", True),
        ("\\frac{e^{z_j}}{\\sum_{k} e^{z_k}}", True),
        ("\\frac{e^{z_j}}{\\sum_{k=1}^{K-1} e^{z_k}}", False),
        ("\\frac{e^{z_j}}{\\sum_{k=2}^{K} e^{z_k}}", False),
        ("\\frac{e^{z_j}}{\\sum_{k=1}^{j} e^{z_k}}", False),
        ("\\frac{e^{z_j}}{\\sum_{k=1}^{m} e^{z_k}}", False),
        ("\\frac{e^{z_j}}{\\sum_{k=1}^{n} e^{z_k}}", True),
    ],
)
def test_a_definition_written_again_with_its_sum_bounds_is_the_same(again: str, same: bool) -> None:
    """A blog defines p_j with \\sum_k, then, in a section of its own, with \\sum_{k=1}^{K}: one definition, not two
    (18 displays below had been refused as 'p_j is defined twice on the page')."""
    assert same_math("\\frac{e^{z_j}}{\\sum_k e^{z_k}}", again) == same
