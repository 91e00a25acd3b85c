"""Exact outputs, compared with tests/golden/ (DERIVE_UPDATE_GOLDEN=1 rewrites them after an intended change)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from derive.check import CheckedDerivation
from derive.printers import render

Checked = Callable[[str, int], CheckedDerivation]

SUFFIX = {"latex": "tex", "json": "json", "markdown": "md", "html": "html", "junit": "xml"}


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("softmax-jacobian", "latex"),
        ("softmax-jacobian", "json"),
        ("softmax-ce", "latex"),
        ("softmax-ce", "json"),
        ("softmax-ce", "markdown"),
        ("softmax-jacobian", "html"),
        ("softmax-ce", "junit"),
    ],
)
def test_golden(checked: Checked, golden: Callable[[str, str], None], name: str, fmt: str) -> None:
    golden(f"{name}-n2.{SUFFIX[fmt]}", render(checked(name, 2), fmt))


def test_golden_github_annotations_of_a_wrong_step(
    wrong: CheckedDerivation, golden: Callable[[str, str], None]
) -> None:
    """softmax-jacobian at n = 2 with the off-diagonal sign dropped: one ::error, and the summary line."""
    golden("softmax-jacobian-wrong-n2.github.txt", render(wrong, "github"))
