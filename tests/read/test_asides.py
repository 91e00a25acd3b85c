"""A display that starts with '=' below an aside, a lone expression repeating a part of a chain above it (NNFS's
notes take ``\\frac{\\partial}{\\partial z_k} e^{z_j}`` out of the quotient rule's numerator): it may go on from the
aside or from the chain, and is refused naming both; read as the aside's, a true quotient was refuted three times."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

CHAIN = (
    "Let $S_j = \\frac{e^{z_j}}{\\sum_l e^{z_l}}$.\n\n"
    "$$\\frac{\\partial S_j}{\\partial z_k} = \\frac{\\frac{\\partial e^{z_j}}{\\partial z_k} \\sum_l e^{z_l}"
    " - e^{z_j} e^{z_k}}{(\\sum_l e^{z_l})^2}$$\n\n"
)


def test_an_equals_below_an_aside_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = (
        CHAIN + "The derivative in the numerator,\n\n$$\\frac{\\partial e^{z_j}}{\\partial z_k}$$\n\n"
        "is e^{z_j} when $j = k$. Substituting it:\n\n"
        "$$= \\frac{e^{z_j} \\sum_l e^{z_l} - e^{z_j} e^{z_k}}{(\\sum_l e^{z_l})^2}$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == ["proven"]  # the chain above; not the '=' below the aside
    assert any("below the expression at line 7" in u["reason"] for u in report["unchecked"])


def test_an_equals_below_a_lone_left_side_goes_on_from_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A lone expression that repeats nothing above it is the chain's first side, as before."""
    page = "The derivative\n\n$$\\frac{d}{dx} x^2$$\n\nis\n\n$$= 2x$$\n"
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == ["proven"]


@pytest.mark.parametrize("chain", ["$$\\frac{d}{dx} (x+1)^3 = 3 (x+1)^2$$", "$$f = 3 (x+1)^2$$"])
def test_an_aside_written_otherwise_or_below_a_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], chain: str
) -> None:
    """``(x+1)^{2}`` repeats ``(x+1)^2``; a definition above is a chain too: '= x^2 + 2x + 1' was proven (a probe)."""
    page = f"{chain}\n\nThe factor\n\n$$(x+1)^{{2}}$$\n\n$$= x^2 + 2x + 1$$\n"
    report = _report(tmp_path, capsys, page)
    assert any("below the expression at line 5" in u["reason"] for u in report["unchecked"])
