"""What a display that opens with '=' goes on from (``derive.read.links``): below a displayed definition, the
definition's right side, as a reader takes "$$f = 3x$$ $$= x + 2x$$" for f = 3x = x + 2x; below a definition that
itself stands below a chain, either, and it is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


@pytest.mark.parametrize(
    ("above", "tail", "expected"),
    [
        ("", "$$= x + 2x$$\n", [(3, "proven")]),
        ("We set\n\n", "$$= x + 2x$$\n", [(5, "proven")]),
        ("", "$$= x + 2x$$\n\n$$= 4x$$\n", [(3, "proven"), (5, "refuted")]),
        ("", "$$= 2x + 2x$$\n", [(3, "refuted")]),
    ],
)
def test_a_continuation_below_a_definition_goes_on_from_its_right_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], above: str, tail: str, expected: list[tuple[int, str]]
) -> None:
    """From a probe: "= x + 2x" below "f = 3x" had gone on from the chain above the definition (2x = x + 2x) and
    been refuted; it is checked against 3x, and a slip there is refuted."""
    found, _ = statuses(tmp_path, capsys, f"{above}$$f = 3x$$\n\n{tail}")
    assert found == expected


def test_a_definition_with_a_chain_goes_on_from_the_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """L = 3x = 4x, then "= x + 2x": from 4x, the chain's last side (a probe: it had gone on from 3x and proven
    3x = x + 2x); "= 4x" below L = 3x = 2x + 2x is proven."""
    found, _ = statuses(tmp_path, capsys, "$$L = 3x = 4x$$\n\n$$= x + 2x$$\n")
    assert found == [(1, "refuted"), (3, "refuted")]
    found, _ = statuses(tmp_path, capsys, "$$L = 3x = 2x + 2x$$\n\n$$= 4x$$\n")
    assert found == [(1, "refuted"), (3, "proven")]


@pytest.mark.parametrize(
    "page",
    [
        "$$(u z)^2 = u^2 z^2,$$\n\nwhere\n\n$$u = a + b,$$\n\n$$= (a + b)^2 z^2.$$\n",
        "$$\\sum_{i=1}^{n} a_i = \\sum_{i=1}^{n} a_i$$\n\nwhere\n\n$$b_k = 2 c_k$$\n\n$$= c_k + c_k$$\n",
        "$$\\frac{d}{dx} x^2$$\n\n$$f = 3x$$\n\n$$= x + 2x$$\n",  # an expression opens a chain too
        "$$E = (x+1)^2 + 1$$\n\n$$u = x + 1$$\n\n$$= u^2 + 1$$\n",  # E = u² + 1, or u = u² + 1? (a probe)
        "$$ E = x^2 $$ $$ u = x + 1 $$\n$$ = x + 1 $$\n",  # two on one line (a fourth probe)
    ],
)
def test_below_a_definition_below_a_chain_it_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """From two probes: the first reads on from the chain (u²z² = (a + b)²z²), the second from the definition
    (2c_k = c_k + c_k); each had been refuted one way or the other. Refused, naming both."""
    found, unchecked = statuses(tmp_path, capsys, page)
    assert [status for _, status in found] == ([] if "frac" in page or "E =" in page else ["proven"])
    assert any("it may go on from either" in u for u in unchecked)


def test_a_heading_between_leaves_the_continuation_going_on_from_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, unchecked = statuses(tmp_path, capsys, "$$f = 3x$$\n\n## Next\n\n$$= x + 2x$$\n")
    assert found == [] and any("continuing nothing" in u for u in unchecked)
