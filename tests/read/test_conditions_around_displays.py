"""Conditions as the prose states them around displays, from a probe: an assumption before two displays holds for
both; a condition with "or" is refused, never dropped; a name defined under conditions more than once, or piece by
piece with "we define", is unread rather than read from its first piece; "If $x > 0$, we have" is a condition.
Each was a proof the page does not support, or a counterexample outside what it states."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report


@pytest.mark.parametrize("between", ["", "Hence\n\n"])
@pytest.mark.parametrize(("right", "verdict"), [("x", "proven"), ("-x", "refuted")])
def test_an_assumption_before_two_displays_holds_for_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], between: str, right: str, verdict: str
) -> None:
    page = f"Assume $x > 0$. Then\n\n$$\\sqrt{{x^2}} = x$$\n\n{between}$$|x| = {right}$$\n"
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == ["proven", verdict]  # the second was refuted at x = -9/5
    for link in report["links"]:
        if link.get("counterexample"):
            assert Fraction(link["counterexample"]["values"]["x"]) > 0


def test_a_condition_closing_the_display_above_is_not_the_next_one_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "$$\\sqrt{x^2} = x$$ for $x > 0$.\n\n$$|x| = x$$\n"
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == ["proven", "refuted"]


@pytest.mark.parametrize(
    "page",
    [
        "When $y = 1$ or $y = 0$,\n\n$$y^2 = y$$\n",
        "If $x > 0$ or $x < -1$,\n\n$$|x^2 + x| = x^2 + x$$\n",
        "$$y^2 = y$$ when $y = 1$ or $y = 0$.\n",
    ],
)
def test_a_condition_with_or_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> None:
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []  # each was refuted outside the condition (y = 47/25)
    assert len([u for u in report["unchecked"] if u["reason"].startswith("unreadable")]) == 1


@pytest.mark.parametrize("word", ["If", "When", "For"])
def test_a_name_defined_under_conditions_twice_is_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str
) -> None:
    page = f"{word} $x > 0$, let $f = x$. {word} $x < 0$, let $f = -x$.\n\n$$f = x$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []  # f = x was proven from the first piece
    assert any("defines more than once, under conditions" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(
    "page",
    [
        "If $x > 0$, we define\n\n$$f = x$$\n\nIf $x < 0$, we define\n\n$$f = -x$$\n\nIn both cases,\n\n$$f = x$$\n",
        "For $x > 0$ we define\n\n$$f = \\sqrt{x^2}$$\n\nand then\n\n$$f = x$$\n",
    ],
)
def test_pieces_the_page_defines_are_no_claims_about_a_later_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []  # "In both cases, f = x" was proven, and a piece refuted at x = 47/25


@pytest.mark.parametrize(("right", "verdict"), [("x", "proven"), ("-x", "refuted")])
@pytest.mark.parametrize("lead", ["If $x > 0$, we have", "For $x > 0$ it is", "When $x > 0$ the value is"])
def test_if_then_we_have_states_a_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str, lead: str
) -> None:
    """ "For $x > 0$ it is" (no comma) had been a condition nothing reads: a true step unproven (a newcomer's sweep)."""
    report = _report(tmp_path, capsys, f"{lead}\n\n$$|x| = {right}$$\n")
    assert [status for status, *_ in _links(report)] == [verdict]


@pytest.mark.parametrize(
    ("page", "verdict"),
    [
        ("If $a = b$, the loss vanishes. In general the loss is\n\n$$L = (a - b)^2$$\n\nand\n\n"
         "$$\\frac{\\partial L}{\\partial a} = 0$$\n", "refuted"),
        ("# Part 1\n\n$$\\frac{d}{dx}\\left[(x - a)^2 + (x - b)^2\\right] = 4(2x - a - b)$$\n\n# Part 2\n\n"
         "The minimum is at $x = \\frac{a + b}{2}$.\n", "refuted"),
    ],
)  # fmt: skip
def test_a_condition_or_a_point_is_no_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, verdict: str
) -> None:
    """``If $a = b$,``: the condition itself; ``the minimum is at $x = …$``: a point. Read as a := b and x := (a+b)/2,
    each proved a false step (a probe)."""
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))][-1:] == [verdict]


@pytest.mark.parametrize(
    "page",
    [
        "Assume $x > 0$, or else $y > 0$.\n\n$$\\sqrt{x^2} + y - y = x$$\n",
        "Assume $x > 0$; otherwise assume $x < 5$.\n\n$$\\sqrt{x^2} = x$$\n",
        "If $x > 0$:\n\n$$|x| = x$$\n\nOtherwise:\n\n$$|x| = -x$$\n",
        "If $x > 0$, let $f = x$. Then\n\n$$f = \\sqrt{x^2}$$\n",
    ],
)
def test_a_condition_derive_does_not_hold_refuses_rather_than_drops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """ "or else", "otherwise" between formulas, "Otherwise:" below a condition on values, a definition under one:
    each was proven under the first condition alone, or refuted outside the condition (a probe)."""
    report = _report(tmp_path, capsys, page)
    assert all(status == "proven" for status, *_ in _links(report)[:1]) and len(_links(report)) <= 1
    assert any(u["reason"].startswith("unreadable") for u in report["unchecked"])


def test_let_a_case_throughout_this_section(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = (
        "$p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$.\n\nLet $i \\neq k$ throughout this section.\n\n"
        "$$\\frac{\\partial p_i}{\\partial z_k} = -p_i p_k$$\n"
    )
    assert [(status, case) for status, case, _ in _links(_report(tmp_path, capsys, page))] == [("proven", "i ≠ k")]


@pytest.mark.parametrize(
    "lead",
    [
        "Assume $y$ is one-hot.",
        "Let $y$ be a one-hot target.",
        "Let $y$ be the one-hot label.",
        "We assume $\\sum_i y_i = 1$.",
        "Throughout, assume $\\sum_i y_i = 1$.",
        "Let $y$ be a distribution, i.e. nonnegative.",
    ],
)
def test_an_assumption_as_people_word_it(tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str) -> None:
    """Each was dropped, and Σ y_i = 1 refuted with y_1 = 47/25 (a second newcomer's sweep)."""
    report = _report(tmp_path, capsys, f"{lead}\n\n$$\\sum_{{i=1}}^{{n}} y_i = 1$$\n")
    assert [status for status, *_ in _links(report)] == ["proven"]


@pytest.mark.parametrize(
    "lead", ["while if $i = k$,", "whereas for $i = k$:", "For the diagonal, $i = k$:", "When $i = k$ instead,"]
)
def test_a_condition_nothing_reads_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """Dropped, the true diagonal entry was refuted at i ≠ k; now read, or its counterexample refutes nothing (it
    may break the condition derive could not read), and a step true for every i, k is still proven."""
    entry = "$$\\frac{\\partial \\log s_i}{\\partial z_k} = 1 - s_k$$\n"
    page = f"Let $s_i = \\frac{{e^{{z_i}}}}{{\\sum_j e^{{z_j}}}}$.\n\n{lead}\n\n" + entry
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] in (["proven"], ["unproven"])
    everywhere = page.replace("1 - s_k", "\\delta_{ik} - s_k")
    assert [status for status, *_ in _links(_report(tmp_path, capsys, everywhere))] == ["proven"]


@pytest.mark.parametrize(("right", "verdict"), [("\\sigma(z) - 1", "proven"), ("\\sigma(z)", "refuted")])
def test_when_y_is_1_the_gradient_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    page = (
        "Let $\\sigma(z) = \\frac{1}{1+e^{-z}}$ and $L = -y\\log\\sigma(z) - (1-y)\\log(1-\\sigma(z))$.\n\n"
        f"When $y = 1$, the gradient is\n\n$$\\frac{{\\partial L}}{{\\partial z}} = {right}$$\n"
    )
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == [verdict]


def test_otherwise_with_more_formulas_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Otherwise the derivative is zero (we take $f'(0) = 0$):" was read as a case x ≠ 0, and the ReLU's true
    zero refuted at x = 1/10."""
    page = (
        "The unit is $f(x) = \\max(0, x)$.\n\nIf $x > 0$, we have\n\n$$\\frac{d}{dx} f(x) = 1$$\n\n"
        "Otherwise the derivative is zero (we take $f'(0) = 0$ as a convention):\n\n$$\\frac{d}{dx} f(x) = 0$$\n"
    )
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == ["proven"]


def test_let_then_define(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Let $T > 0$. Define" above the tempered softmax: T > 0 held (it was undefined at T = 0)."""
    page = (
        "Let $T > 0$. Define\n\n$$s_i = \\frac{e^{z_i/T}}{\\sum_j e^{z_j/T}}$$\n\nThe log of it:\n\n"
        "$$\\log s_i = \\frac{z_i}{T} - \\log\\sum_j e^{z_j/T}$$\n"
    )
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == ["proven"]


@pytest.mark.parametrize(
    "page",
    [
        "When $x > 0$, the slope is one; else it is\n\n$$|x| = x$$\n",
        "When $x > 0$, it would be wrong to write\n\n$$|x| = x$$\n",
        "On the diagonal, while if $x = 1$ and $y = 1$, we have\n\n$$x y = 1$$\n",
        "The constraint fails unless $z = x + 1$.\n\n$$z - x = 1$$\n",
        "If $z = x + 1$, the lines meet; they generally do not. For arbitrary $z$ and $x$,\n\n$$z - x = 1$$\n",
        "We assume $y$ is one-hot only in the next section; here $y$ is arbitrary.\n\n$$\\sum_{i=1}^{n} y_i = 1$$\n",
        "Assume $y$ is one-hot-free, i.e. arbitrary:\n\n$$\\sum_{i=1}^{n} y_i = 1$$\n",
    ],
)
def test_what_a_probe_of_the_conditions_proved(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> None:
    """Each was proven: an "else" after a condition, "unless $z = x + 1$" read as z's definition, "one-hot only in
    the next section" read as one-hot, a two-formula condition dropped (a probe of this session's changes)."""
    assert "proven" not in [status for status, *_ in _links(_report(tmp_path, capsys, page))]


@pytest.mark.parametrize(("right", "status"), [("(A + A^T) x", "proven"), ("2 A x", "refuted")])
def test_a_lead_that_states_shapes_is_no_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, status: str
) -> None:
    """The Matrix Cookbook's "For a vector $x \\in \\mathbb{R}^n$ and a matrix $A \\in …$,": read as shapes, and also
    as a condition nothing reads, so that the slip 2Ax was only "not refuted" (a newcomer's sweep)."""
    page = (
        "For a vector $x \\in \\mathbb{R}^n$ and a matrix $A \\in \\mathbb{R}^{n \\times n}$,\n\n"
        f"$$\\frac{{\\partial (x^T A x)}}{{\\partial x}} = {right}$$\n"
    )
    assert [s for s, *_ in _links(_report(tmp_path, capsys, page))] == [status]


@pytest.mark.parametrize(
    ("page", "sign"),
    [
        ("We have $$ |x| = {right} $$ since $x > 0$.\n", 1),
        ("$$ |x| = {right} $$\n\nwhere $x > 0$.\n", 1),
        ("$$ |x| = {right} $$\n\nbecause $x > 0$.\n", 1),
        ("Let $x < 0$ instead.\n\n$$ |x| = {right} $$\n", -1),
        ("Take $x < 0$ instead of $x > 0$.\n\n$$ |x| = {right} $$\n", -1),
        ("Instead of $x > 0$, take $x < 0$.\n\n$$ |x| = {right} $$\n", -1),
        ("Rather than $x > 0$, take $x < 0$.\n\n$$ |x| = {right} $$\n", -1),
        ("We could take $x > 0$ instead, but we take $x < 0$.\n\n$$ |x| = {right} $$\n", -1),
        ("$$ |x| = {right} $$ since $x > 0$ fails.\n", -1),
        ("$$ |x| = {right} $$\n\nholds only when $x > 0$.\n", 1),
        ("Since $x > \\frac{{1}}{{2}}$,\n\n$$ |2x - 1| = 2{right} - 1 $$\n", 1),  # a bound written as a fraction
        ("Since $x > 1/2$,\n\n$$ |2x - 1| = 2{right} - 1 $$\n", 1),
        ("$$ |x| = {right} $$ since $x > 0$ does not hold.\n", -1),
    ],
)
def test_a_condition_after_its_display_or_said_instead_keeps_its_counterexamples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, sign: int
) -> None:
    """A probe's pages: each true step (|x| = x where x > 0, |x| = -x where x < 0) had been refuted at a point that
    breaks the condition the page states after it, or says "instead" of another; the false step stays refuted
    inside it."""
    true, false = ("x", "-x") if sign > 0 else ("-x", "x")
    front = "---\nscalars: [x]\n---\n"
    assert [s for s, *_ in _links(_report(tmp_path, capsys, front + page.format(right=true), "--no-cache"))] != [
        "refuted"
    ]
    (link,) = _report(tmp_path, capsys, front + page.format(right=false), "--no-cache")["links"]
    assert link["status"] == "refuted" and sign * Fraction(link["counterexample"]["values"]["x"]) > 0


@pytest.mark.parametrize(
    "page",
    [
        "$$ a + a = 2a $$\n\nas $x > 0$, we get\n\n$$ |x| = x $$\n",
        "$$ |x| = x $$\n\nwhere $x > 0$, so\n\n$$ |x|^3 = x^3 $$\n",
        "$$ a + a = 2a $$\n\nbecause $x > 0$,\n\n$$ |x| = x $$\n",
        "$$ a + a = 2a $$\n\nand since $x > 0$,\n\n$$ |x| = x $$\n",
        "$$ a + a = 2a $$\n\nwhere $a$ is real. Since $x > 0$,\n\n$$ |x| = x $$\n",
        "$$ a + a = 2a $$\n\nwhere $x > 0$ from now on.\n\n$$ |x| = x $$\n",
    ],
)
def test_a_condition_that_leads_on_holds_for_the_display_below_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """ "as $x > 0$, we get" below a display leads into the next one: read only as the first display's reason, it had
    let the next be refuted at x = -9/5 (a probe's find)."""
    statuses = [s for s, *_ in _links(_report(tmp_path, capsys, "---\nscalars: [x, a]\n---\n" + page, "--no-cache"))]
    assert "refuted" not in statuses


@pytest.mark.parametrize(
    "page", ["Since $x_1 > 0$,\n\n$$ |x_1| = x_1 $$\n", "Let $x_1 = 1$.\n\n$$ \\sum_{i=1}^{n} x_i = 1 + x_2 $$\n"]
)
def test_a_condition_on_one_entry_keeps_its_counterexamples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """A condition or a value on an entry at a number: unread, each display had been refuted at x_1 = -9/5 or 47/25."""
    statuses = [s for s, *_ in _links(_report(tmp_path, capsys, "---\nn: 2\nvectors: [x]\n---\n" + page, "--no-cache"))]
    assert statuses == ["unproven"]
