"""A worked example after a general rule, as a blog's chain-rule interlude writes it: ``z = f(x, y)`` with ``x = g(t),
y = h(t)``, then "Consider the composite function" above ``z = \\sin(x^2 + y^2), \\qquad x = e^t, \\qquad y = t^2``.

The display of three equations is three definitions (``conjunctions``), each of a name defined above; the lead of
the display, a paragraph of its own, opens a setting (``scopes``), where the old meaning's claims (∂z/∂x) are none of
the setting's. An ``align`` row that restates the rule's definitions side by side (``z &= f(x, y), \\quad x = g(t),
\\quad y = h(t), \\\\``) is one claim per equation. The example was refused ("z is defined twice"), its row
unreadable ("unexpected ','")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

CHAIN = "\\frac{\\partial z}{\\partial x} \\frac{d x}{d t} + \\frac{\\partial z}{\\partial y} \\frac{d y}{d t}"
RULE = """---
functions: [f, g, h]
---
Consider a function $z = f(x, y)$ that depends on $x$ and $y$, i.e.

$$
x = g(t), \\qquad y = h(t).
$$

The chain rule gives

$$
\\frac{d z}{d t} = CHAIN.
$$

""".replace("CHAIN", CHAIN)
EXAMPLE = """Consider the composite function

$$
z = \\sin(x^2 + y^2), \\qquad x = e^t, \\qquad y = t^2.
$$

Therefore

$$
\\frac{d z}{d t} = 2x \\cos(x^2 + y^2)\\, e^t + 2y \\cos(x^2 + y^2)\\, 2t = 2\\cos(e^{2t} + t^4)(e^{2t} + {right}).
$$
"""


@pytest.mark.parametrize(("right", "last"), [("2t^3", "proven"), ("t^3", "refuted")])
def test_a_worked_example_is_a_setting_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, last: str
) -> None:
    report = page_report(tmp_path, capsys, RULE + EXAMPLE.replace("{right}", right))
    assert [s for s, *_ in page_links(report)] == ["proven", "proven", last]
    assert "line 16: a setting of its own from here: x is line 19's definition" in " ".join(report["readings"])
    if last == "refuted":  # at t = 47/25: 2cos(55.44)(42.95 + 13.29) = 50.19 against 2cos(55.44)(42.95 + 6.64) = 44.26
        assert set(report["links"][2]["counterexample"]["values"]) == {"t"}


def test_a_worked_example_whose_lead_opens_no_setting_is_checked_against_the_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without "Consider", z = sin(x² + y²) is a claim about the rule's z = f(x, y): false for some f."""
    page = RULE + EXAMPLE.replace("Consider the composite", "The composite").replace("{right}", "2t^3")
    statuses = [s for s, *_ in page_links(page_report(tmp_path, capsys, page))]
    assert statuses[0] == "proven" and statuses[1:4] == ["refuted"] * 3


ROW = """---
functions: [f, g, h]
---
Consider a function $z = f(x, y)$ that depends on $x$ and $y$, with

$$
x = g(t), \\qquad y = h(t).
$$

Then

$$
\\begin{align}
z &= f(x, y), \\quad x = g(t), \\quad y = {y}, \\\\
\\frac{d z}{d t}
&= CHAIN.
\\end{align}
$$
""".replace("CHAIN", CHAIN)


@pytest.mark.parametrize(("y", "status"), [("h(t)", "proven"), ("g(t)", "refuted")])
def test_a_row_of_equations_side_by_side_is_one_claim_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], y: str, status: str
) -> None:
    report = page_report(tmp_path, capsys, ROW.replace("{y}", y))
    assert page_links(report) == [
        ("proven", None, "f(x, y)"),
        ("proven", None, CHAIN),
        ("proven", None, "g(t)"),
        (status, None, y),
    ]
    assert not [u for u in report["unchecked"] if u["reason"].startswith("unreadable")]


def test_a_row_the_next_row_goes_on_from_is_left_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``a &= b, \\quad c = d \\\\ &= e``: which equation the third row goes on with is not for derive to say."""
    page = "$$\n\\begin{align}\nu &= 2t, \\quad v = 3t \\\\\n&= 3t\n\\end{align}\n$$\n"
    report = page_report(tmp_path, capsys, page)
    assert not [s for s, *_ in page_links(report) if s == "proven"]


def test_a_reason_beside_a_row_is_no_equation_of_its_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``… \\quad \\because \\frac{d}{du} e^u = e^u``: the reason given for the row, not a display of its own."""
    row = "\\frac{d}{dt} e^{2t} &= 2 e^{2t} \\quad \\because \\frac{d}{du} e^u = e^u \\\\"
    page = f"$$\n\\begin{{align}}\n{row}\ny &= 1\n\\end{{align}}\n$$\n"
    report = page_report(tmp_path, capsys, page)
    assert "\\because is not supported" not in " ".join(u["reason"] for u in report["unchecked"])
    assert len([u for u in report["unchecked"] if u["reason"].startswith("unreadable")]) <= 1


def test_a_setting_keeps_the_other_definition_written_beside_the_one_it_redefines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: blanking ``z = x^2`` of ``$$z = x^2, \\qquad y = 2x$$`` in the setting's view had left ``, \\qquad
    y = 2x``, unreadable, so y = 5x below became the setting's definition and \\frac{3}{5} x y = 3x^2 was proven."""
    page = (
        "Let\n\n$$z = x^2, \\qquad y = 2x$$\n\nso that\n\n$$\\frac{dz}{dx} = y$$\n\nConsider now the function\n\n"
        "$$z = x^3$$\n\nThen\n\n$$\\frac{dz}{dx} = 3x^2 = \\frac{3}{5} x y$$\n\n$$y = 5x$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert [link["status"] for link in report["links"]] == ["proven", "proven", "refuted", "refuted"]


@pytest.mark.parametrize(
    "beside",
    [
        "z = x^2 \\\\\ny = 2x",
        "\\begin{aligned}\nz &= x^2 \\\\\ny &= 2x\n\\end{aligned}",
        "z = x^2 \\quad \\text{and} \\quad y = 2x",
    ],
)
@pytest.mark.parametrize(("right", "status"), [("2x + x^3", "proven"), ("3x + x^3", "refuted")])
def test_a_setting_keeps_a_definition_on_the_next_row_or_after_and(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], beside: str, right: str, status: str
) -> None:
    """From a second probe: y = 2x on the row after z = x^2, or after ``\\quad \\text{and} \\quad``, had been lost in
    the setting's view of part two, and y + z = 2x + x^3 refuted with y = 3/20."""
    page = f"## Part one\n\n$$\n{beside}\n$$\n\n$$y + z = 2x + x^2$$\n\n"
    page += f"## Part two\n\n$$z = x^3$$\n\n$$y + z = {right}$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [link["status"] for link in report["links"]] == ["proven", status]
