"""A page's definition of a name its front matter gives lengths (``arrays: {h: [n]}`` beside
``$$h_i = \\sum_j W_{ij} x_j$$``): the page's definition, or a claim about the input? Refused naming both, never
refuted as a claim about a free h (``derive/read/declared_definitions.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

PAGE = (
    "The hidden layer computes\n\n$$h_i = \\sum_j W_{{ij}} x_j$$\n\nand then\n\n$$z_i = \\sigma(h_i)$$\n\n"
    "so\n\n$$\\frac{{\\partial z_i}}{{\\partial W_{{ij}}}} = \\sigma'(h_i) x_j$$\n"
)
FRONT = "---\nsizes: {{d: symbolic}}\narrays: {{W: [n, d], x: [d]{extra}}}\nfunctions: [sigma]\n{more}---\n"


def test_a_name_given_lengths_that_the_page_defines_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A held-out page's helper-written front matter (C-08) had made h_i = Σ_j W_ij x_j a refuted claim."""
    key = "arrays"
    report = page_report(tmp_path, capsys, FRONT.format(extra=", h: [n], z: [n]", more="") + PAGE.format())
    assert page_links(report) == [], report  # z_i's and h_i's definitions unread: what uses them is unread too
    reasons = [u["reason"] for u in report["unchecked"] if u["reason"].startswith("unreadable")]
    for name in "hz":
        said = f"unreadable: the definition of {name}_i could not be read (the front matter declares {name} under {key}"
        assert any(r.startswith(said) and "reads two ways" in r and f"drop {name} from {key}" in r for r in reasons)


def test_dropped_from_the_front_matter_as_the_refusal_says_the_definitions_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = page_report(tmp_path, capsys, FRONT.format(extra="", more="") + PAGE.format())
    assert [s for s, *_ in page_links(report)] == ["proven"], report


def test_a_name_listed_as_an_input_stays_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """vectors: [h, z] lists inputs: the page's h_i = … is a claim about the input h, checked (and false)."""
    report = page_report(tmp_path, capsys, FRONT.format(extra="", more="vectors: [h, z]\n") + PAGE.format())
    assert [s for s, *_ in page_links(report)][:1] == ["refuted"], report


def test_a_declared_input_an_assumption_is_about_stays_a_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """y one-hot: y is the input the assumption says, and y_i = … a claim about it (here a false one)."""
    page = "---\nvectors: [y]\nassume:\n  - y one-hot\n---\n$$y_i = \\frac{1}{n}$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [s for s, *_ in page_links(report)] == ["refuted"], report


@pytest.mark.parametrize(
    "front",
    ["vectors: [z, x]", "arrays: {z: [n], x: [n]}", "vectors: [z, x]\nscalars: [a]"],
)
def test_an_inline_definition_of_a_declared_input_leaves_what_uses_it_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str
) -> None:
    """An inline definition is never checked: read as the declared input, z would be proven constant in x, as
    ∂e^{z_i}/∂x_i = 0 was (a probe's page). Neither reading is taken: the link that uses z is unread, naming why."""
    page = f"---\n{front}\n---\nLet $z_i = e^{{x_i}}$.\n\n$$\\frac{{\\partial}}{{\\partial x_i}} e^{{z_i}} = 0$$\n"
    report = page_report(tmp_path, capsys, page)
    assert page_links(report) == [], report
    reasons, at = {u["line"]: u["reason"] for u in report["unchecked"]}, 4 + front.count("\n")
    assert "(the front matter declares z under" in reasons[at] and "reads two ways" in reasons[at], reasons
    assert reasons[at + 2].startswith(
        "unreadable: ∂/∂x_i of what is written through z needs the page's definition of z"
    )


def test_a_display_below_a_definition_of_an_input_given_lengths_is_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """arrays: {h: [n]} beside $$h_i = Σ_j W_ij x_j$$: the definition reads two ways, and ∂e^{h_i}/∂x_i = 0 below
    had been proven, reading h as the input after all."""
    page = (
        "---\nsizes: {d: symbolic}\narrays: {h: [n], W: [n, d], x: [d]}\n---\n"
        "$$h_i = \\sum_j W_{ij} x_j$$\n\n$$\\frac{\\partial}{\\partial x_j} e^{h_i} = 0$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert page_links(report) == [], report
    assert any(
        u["line"] == 7 and "through h needs the page's definition of h" in u["reason"] for u in report["unchecked"]
    )


def test_an_inline_value_of_a_declared_input_is_no_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "where $y_k = 1$" gives a number, no meaning: y stays the declared input, and the link is read."""
    page = "---\nvectors: [y, x]\n---\nwhere $y_k = 1$.\n\n$$\\frac{\\partial}{\\partial x_i} e^{y_i} = 0$$\n"
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == ["proven"]


@pytest.mark.parametrize(
    "page",
    [
        "---\nscalars: [a, x]\n---\nLet $a = x^2$.\n\n$$\\frac{d}{dx}(a x) = a$$\n",  # probe s51-A's a21
        "Let $a = x^2 \\cdot \\mathbf{1}^\\top \\mathbf{1}$.\n\n$$\\frac{d}{dx}(a x) = a$$\n",  # unread, undeclared
    ],
)
def test_a_derivative_of_an_unread_name_beside_the_variable_is_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """d/dx (a x) = a holds only if a is no function of x; a's definition unread, that was proven all the same."""
    report = page_report(tmp_path, capsys, page)
    assert page_links(report) == [], report
    assert any("through a needs the page's definition of a" in u["reason"] for u in report["unchecked"])


def test_a_derivative_by_the_unread_name_itself_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """By z_i, z is the variable held: its own unread definition decides nothing (26edb8c had refused survey S-03's
    softmax derivatives by z_i, z = Wx + b unread above them)."""
    page = "Let $z = W x + \\mathbf{1}$ here.\n\n$$\\frac{\\partial}{\\partial z_i} e^{z_i} = e^{z_i}$$\n"
    assert [s for s, *_ in page_links(page_report(tmp_path, capsys, page))] == ["proven"]
