"""A number a variable takes is no definition: "which gives $$y = 2$$" below ``\\frac{d}{dy}(y^2) = 2y = 4`` had
made that chain proven (y := 2 page-wide). It is a claim: checked as following from a condition the page sets,
else refuted where it does not hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report
from tests.read.test_reads_pages import statuses


def test_a_value_below_a_derivative_by_it_defines_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\n---\n\n$$\\frac{d}{dy}(y^2) = 2y = 4$$\n\nwhich gives\n\n$$y = 2$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(4, "proven"), (4, "refuted"), (8, "refuted")]  # 2y = 4 is no identity


@pytest.mark.parametrize(("value", "expected"), [("2", "proven"), ("3", "refuted")])
def test_a_value_that_follows_from_a_condition_is_checked_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, expected: str
) -> None:
    text = (
        "---\n---\n\nWe set the derivative to zero:\n\n$$\\frac{d}{dy}(y^2 - 4y) = 2y - 4 = 0$$\n\n"
        f"which gives\n\n$$y = {value}$$\n"
    )
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(6, "proven"), (10, expected)]


def test_a_name_never_differentiated_by_is_still_defined(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\n---\n\n$$c = 2$$\n\n$$\\frac{d}{dx}(c x^2) = 4x$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(6, "proven")]


def test_a_value_with_no_words_that_it_follows_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "---\n---\n\n$$\\frac{d}{dy}(y^2 - 4y) = 2y - 4$$\n\nThe minimum is at\n\n$$y = 2$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(4, "proven")]
    assert any(
        r.startswith("a value y takes (a point, or a solution), below a derivative by y at line 4") for r in unchecked
    )


def test_a_value_given_before_the_derivative_is_the_point_evaluated_at(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "---\n---\n\nAt\n\n$$x = 3$$\n\nthe slope is\n\n$$\\frac{d}{dx} x^2 = 2x = 6$$\n"
    found, _ = statuses(tmp_path, capsys, text)
    assert found == [(10, "proven"), (10, "proven")]


def test_a_point_named_by_a_letter_below_a_derivative_is_no_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``so the minimum is at $x = a$`` below ``\\frac{df}{dx} = 2(a - x)``: x := a made both sides 0, and the slip
    (the sign) was proven (a newcomer's sweep)."""
    from tests.read.page_reports import page_links, page_report

    page = "Let $f = (x - a)^2$. Then\n\n$$\n\\frac{{df}}{{dx}} = {right}\n$$\n\nso the minimum is at $x = a$.\n"
    wrong = page_report(tmp_path, capsys, page.replace("{{", "{").replace("}}", "}").replace("{right}", "2(a - x)"))
    assert [status for status, *_ in page_links(wrong)] == ["refuted"]
    right = page_report(tmp_path, capsys, page.replace("{{", "{").replace("}}", "}").replace("{right}", "2(x - a)"))
    assert [status for status, *_ in page_links(right)] == ["proven"]


@pytest.mark.parametrize(
    ("above", "verdict"),
    [
        ("\\frac{d}{dx} (x - a)^2 = 4(x - a)", "refuted"),  # the slip: was proven with x := a from Part 2
        ("(x - a)^2 = 0", "refuted"),  # x free in Part 1: was proven
        ("\\frac{d}{dx} (x - a)^2 = 2(x - a)", "proven"),
    ],
)
def test_a_point_named_in_a_later_section_is_no_definition_above(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], above: str, verdict: str
) -> None:
    """``x = a`` in a section below a display that writes x (another section) reads two ways, a point or x's
    meaning from there on; it is not read as x's definition for the whole page (a probe)."""
    page = f"# Part 1\n\n$${above}$$\n\n# Part 2\n\nThe minimum is at $x = a$.\n"
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == [verdict]
    assert not any("definition of x" in u["reason"] for u in report["unchecked"])  # a point ("at"), or two readings


@pytest.mark.parametrize(
    ("lead", "status"), [("* use", None), ("We take", None), ("which gives", "refuted"), ("so", "refuted")]
)
def test_a_number_the_front_matter_declares_set_to_a_value_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, status: str | None
) -> None:
    """A held-out page's "use $$T=1$$ in deployment", T declared a scalar: T = 1 had been refuted as a claim about
    every T. With no words that it follows, it is a value set for T, listed, not checked; with them, a claim."""
    claim = "$$\\frac{\\partial q}{\\partial z} = \\frac{q}{T}$$\n"
    page = f"---\nscalars: [T]\n---\n$$q = e^{{z/T}}$$\n\n{lead}\n\n$$T = 1$$\n\n" + claim
    report = _report(tmp_path, capsys, page)
    assert [link["status"] for link in report["links"] if link["line"] == 8] == ([status] if status else [])
    if status is None:
        assert any("a value set for T" in u["reason"] for u in report["unchecked"]), report["unchecked"]
