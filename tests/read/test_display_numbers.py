"""An equation number typed before a display's math, ``$$ 1: … = … $$`` (``derive.read.display_numbers``), is a
label: the equation is checked, a true step proven and a false one refuted; a proportion keeps its colons. A
``\\require{…}`` before the math shows nothing either."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

FRONT = "---\nscalars: [x]\n---\n"


def test_a_numbered_step_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = FRONT + "$$ 1: \\frac{d}{dx} x^2 = 2x $$\n\n$$2:\n\\frac{d}{dx} x^3 = 2 x^2 $$\n"
    assert statuses(tmp_path, capsys, text) == ([(4, "proven"), (7, "refuted")], [])


@pytest.mark.parametrize(
    "display", ["$$1:2 = x:4$$", "$$ 1 : x = 2 $$", "$$ 1: x = 2 : 4 $$", "$$ 2: 1 = 2 $$", "$$ 1: 2 = 1/2 $$"]
)
def test_a_colon_that_may_be_a_ratio_stays(tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str) -> None:
    found, unchecked = statuses(tmp_path, capsys, FRONT + display + "\n")
    assert found == []
    assert unchecked == ["holds ':': derive checks equalities (=) only"]


def test_a_mathjax_require_shows_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``\\require{cancel}`` loads a MathJax extension and shows no math (``derive.read.rows``' labels): the
    equation after it is checked; it was "the construct \\require is not supported here"."""
    text = FRONT + "$$ \\require{cancel} \\frac{d}{dx} x^2 = 2x $$\n\n$$ \\require{cancel} \\frac{d}{dx} x^2 = x $$\n"
    assert statuses(tmp_path, capsys, text) == ([(4, "proven"), (6, "refuted")], [])
