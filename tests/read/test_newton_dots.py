"""Newton's dot on a function of the page: \\dot{FL}(p) is FL'(p) ṗ, the rate of FL(p) as p changes, as an answer on
the focal loss writes its gradient; \\dot p is the rate of p, a quantity of its own. The report says how it read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_function_constants import check

FOCAL = "---\nassume: ['0 < p < 1']\n---\n$$FL(p) = -(1-p)^\\gamma log(p)$$\n\n$$CE(p) = -log(p)$$\n\n"


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\dot {FL}(p) = \\dot p [\\gamma(1-p)^{\\gamma -1} log(p) -\\frac{(1-p)^\\gamma}{p}]", "proven"),
        ("\\dot {FL}(p) = \\dot p [\\gamma(1-p)^{\\gamma -1} log(p) +\\frac{(1-p)^\\gamma}{p}]", "refuted"),
        ("\\dot{CE}(p) = -\\frac{\\dot p}{p}", "proven"),
        ("\\dot{CE}(p) = \\frac{\\dot p}{p}", "refuted"),
        ("\\dot{FL}(p) = (1-p)^\\gamma \\dot{CE}(p) + \\gamma \\dot p (1-p)^{\\gamma -1} log(p)", "proven"),
        ("\\dot{FL}(p) = (1-p)^\\gamma \\dot{CE}(p) + \\gamma \\dot p (1-p)^{\\gamma} log(p)", "refuted"),
    ],
)
def test_a_dotted_function_is_its_rate_by_the_chain_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    report = check(tmp_path, capsys, FOCAL + f"$${display}$$\n")
    assert [link["status"] for link in report["links"]] == [status]
    said = [line for line in report["readings"] if "Newton's dot" in line]
    assert said and said[0].startswith("\\dot{")


def test_a_dotted_name_that_is_no_function_of_the_page_is_not_read_as_a_rate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """\\dot{G}(p), G nowhere defined: no derivative to take; refused, never read as G'(p) ṗ."""
    report = check(tmp_path, capsys, FOCAL + "$$2 \\dot p = \\dot{G}(p)$$\n")
    assert report["links"] == [] and report["unchecked"][-1]["reason"].startswith("unreadable")
    assert not any("Newton's dot" in line for line in report["readings"])


@pytest.mark.parametrize(("right", "status"), [("2 p \\dot p", "proven"), ("2 p", "refuted")])
def test_a_dotted_function_on_the_left_is_a_claim_not_a_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """\\dot{g}(p) = 2p beside g(p) = p^2 was read as the definition of a new function ġ (nothing checked, and ġ
    then meant 2p below): it is g's rate, a claim, refuted; 2p ṗ proven."""
    report = check(tmp_path, capsys, f"$$g(p) = p^2$$\n\n$$\\dot{{g}}(p) = {right}$$\n")
    assert [link["status"] for link in report["links"]] == [status]


@pytest.mark.parametrize("claim", ["\\frac{d}{dt}(t \\dot{x}) = \\dot{x}", "\\frac{d}{dt}(t \\dot x) = \\dot x"])
def test_the_dot_of_a_quantity_the_page_defines_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str
) -> None:
    """ẋ beside x = t³: the rate of the page's x (which changes with t), or a number of its own? A probe's
    d/dt (t ẋ) = ẋ had been proven, ẋ read as a constant. Refused; beside no x it stays a name of its own."""
    for definition in ("x = t^3", "x(t) = t^3"):
        report = check(tmp_path, capsys, f"$${definition}$$\n\n$${claim}$$\n")
        assert report["links"] == [] and "defined on the page can be read two" in report["unchecked"][-1]["reason"]
    alone = check(tmp_path, capsys, f"$${claim}$$\n")
    assert [link["status"] for link in alone["links"]] == ["proven"]
