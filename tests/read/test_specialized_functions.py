"""A function the front matter declares generic that the page then gives a value (``derive.read.
specialized_functions``): that display is listed, and the links below that use the function are proven where they
hold for every function and refuted nowhere. Held-out page U-29 (a chain rule for any f and g, then worked for
g(x) = x^2, f(u) = sin u) had six links refuted with g(t) = sin t."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

PAGE = """---
functions: [f, g]
---
## General

$$\\frac{{d}}{{dx}} f(g(x)) = f'(x)$$

## Example

Let
$$
{given}
$$

Then
$$
g'(x) = 2x
$$

$$
\\frac{{d}}{{dx}}(g(x) + x) = g'(x) + 1
$$

$$
f'(u) = \\cos(u)
$$
"""


@pytest.mark.parametrize(
    "given", ["g(x) = x^2,\\qquad f(u) = \\sin(u).", "g(x) = x^2 \\quad \\text{and} \\quad f(u) := \\sin(u)"]
)
def test_a_generic_function_given_a_value_refutes_nothing_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str
) -> None:
    found, unchecked = statuses(tmp_path, capsys, PAGE.format(given=given))
    assert found == [(6, "refuted"), (17, "unproven"), (21, "proven"), (25, "unproven")]  # above it: generic
    assert unchecked[0].startswith("unreadable: the front matter declares g and f generic (functions), and this")


def test_a_function_used_with_its_own_name_is_not_given_a_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """g(x) = g(x)^2 … writes g again: no value given; the links stay checked for every g."""
    found, _ = statuses(tmp_path, capsys, PAGE.format(given="g(2x) = 2 g(x)"))
    assert (17, "refuted") in found


def test_a_function_at_a_point_is_given_no_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """g(W_1 x) = 0 states g at one point, not g for every argument: the claim stays checked for every g."""
    found, unchecked = statuses(tmp_path, capsys, "---\nfunctions: [g]\n---\n$$g(2 x) = 0$$\n")
    assert found == [(4, "refuted")] and unchecked == []


@pytest.mark.parametrize(
    "page",
    [
        "---\nfunctions: [f]\n---\n$$y = f(x) = \\log(1 + e^x)$$\n\n$$\\frac{dy}{dx} = \\frac{e^x}{1+e^x}$$\n",
        "---\nfunctions: [g]\n---\nLet $y = g(x) + 1$.\n\n$$g(x) = x^2$$\n\n$$\\frac{dy}{dx} = 2x$$\n",
        "---\nfunctions: [g]\ndefine:\n  y: g(x)\n---\n$$g(x) = x^2$$\n\n$$\\frac{dy}{dx} = 2x$$\n",
    ],
)
def test_a_generic_function_given_a_value_reached_through_a_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """dy/dx with y = f(x): the link uses f through y (probe s54's R2: refuted with f(t) = sin t)."""
    found, _ = statuses(tmp_path, capsys, page)
    assert [status for _, status in found] == ["unproven"]


def test_a_value_given_before_an_implication(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """g(x) = x^2 ⇒ g(2) = 4 gives g a value (probe s54-2's r2: refuted with g = sin)."""
    found, _ = statuses(tmp_path, capsys, "---\nfunctions: [g]\n---\n$$g(x) = x^2 \\implies g(2) = 4$$\n")
    assert found == []
