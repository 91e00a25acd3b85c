"""Exact outputs, compared with tests/golden/ (DERIVE_UPDATE_GOLDEN=1 rewrites them after an intended change)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from derive.check import CheckedDerivation
from derive.printers import render

Checked = Callable[[str, int], CheckedDerivation]

SUFFIX = {"latex": "tex", "json": "json", "markdown": "md"}


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("softmax-jacobian", "latex"),
        ("softmax-jacobian", "json"),
        ("softmax-ce", "latex"),
        ("softmax-ce", "json"),
        ("softmax-ce", "markdown"),
    ],
)
def test_golden(checked: Checked, golden: Callable[[str, str], None], name: str, fmt: str) -> None:
    golden(f"{name}-n2.{SUFFIX[fmt]}", render(checked(name, 2), fmt))
