"""A condition the prose states on a scalar, read or not, is never broken by a counterexample (the backstop of
derive.read.prose_conditions): a refutation whose counterexample breaks it is "not refuted", naming it."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

STEP = "$$\\sqrt{x^2} + 0 = x$$\n"  # false where x < 0, with real sides there


@pytest.mark.parametrize(
    ("lead", "condition"),
    [
        ("For $x \\in (0, \\infty)$,", "x \\in (0, \\infty)"),  # a probe: refuted at x = −9/5
        ("Consider only $0 < x < 1$.", "x \\in (0, 1)"),
        ("Here $x$ is strictly positive.", "x > 0"),
        ("We assume $x$ is greater than zero.", "x > 0"),
        ("Since $x = 2$ we have", "x = 2"),  # a second probe: x² = 4 had been refuted at x = 47/25
        ("Here $0 < x$.", "x > 0"),
        ("For positive $x$,", "x > 0"),
        ("Here $x, y > 0$.", "x > 0"),
        ("Here $x > 0$, not $x < 0$.", "x > 0"),  # a denial beside it says the same: it had ended x > 0 (refuted)
        ("Here $x$ is greater than $0$.", "x > 0"),  # a probe's signs in words, each refuted there
        ("Here $x$ exceeds zero.", "x > 0"),
        ("Let $x$ be bigger than $0$.", "x > 0"),
        ("Let $x$ be above zero.", "x > 0"),
    ],
)
def test_a_counterexample_that_breaks_a_stated_condition_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, condition: str
) -> None:
    report = page_report(tmp_path, capsys, f"{lead}\n\n{STEP}")
    assert [status for status, *_ in page_links(report)] == ["unproven"]
    assert f"breaks ${condition}$, stated at line 1" in report["links"][0]["method"]


@pytest.mark.parametrize(("words", "status"), [("We use data.", "unproven"), ("The data matrix is X.", "unproven")])
def test_a_counterexample_that_breaks_a_stated_domain_of_every_entry_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: str, status: str
) -> None:
    """From a probe: "Labels $y_i \\in \\{0, 1\\}$. We use data." (a word derive does not weigh as plain) left the
    domain unread, and Σ y_i² = Σ y_i was refuted at y_1 = 47/25, which the page rules out. Not read as an
    assumption, the domain still bars a counterexample that breaks it at any entry."""
    page = f"Labels $y_i \\in \\{{0, 1\\}}$. {words}\n\n$$\\sum_{{i=1}}^n y_i^2 = \\sum_{{i=1}}^n y_i$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == [status]
    assert "breaks $y_i \\in \\{0, 1\\}$, stated at line 1" in report["links"][0]["method"]


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        (
            "Labels $y_i \\in \\{0, 1\\}$ (binary).\n\nThe loss below is never negative.\n\n"
            "$$\n\\sum_i y_i^2 = \\sum_i y_i\n$$\n",
            "y_i \\in \\{0, 1\\}",
        ),
        (
            "Probabilities $0 < p < 1$ (strict), with $q$ a free number.\n\nThe sign of q does not matter.\n\n"
            "$$\n|p| + q = p + q\n$$\n",
            "p \\in (0, 1)",
        ),
    ],
)
def test_a_line_of_words_that_names_no_letter_widens_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, shown: str
) -> None:
    """From a probe: "The loss below is never negative." ("negative", and so "sign" or "for each", on a line with
    no math) had ended every condition above it, and the step was refuted at y_1 = 47/25 or p = −17/25, which the
    page rules out. Only words that widen whatever the letter ("In general,") do so on such a line."""
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == ["unproven"]
    assert f"breaks ${shown}$" in report["links"][0]["method"], report["links"][0]["method"]


SUMS = "$$\n\\sum_i y_i^2 = \\sum_i y_i\n$$\n"


@pytest.mark.parametrize(
    "page",
    [
        "Labels $y_i \\in \\lbrace 0, 1 \\rbrace$.\n\n" + SUMS,
        "Labels $y_i \\in \\left\\{0, 1\\right\\}$.\n\n" + SUMS,
        "Labels $y_i \\in \\{0, 1\\}\\ \\forall i$.\n\n" + SUMS,
        "Labels $y_i \\in \\{0, 1\\}, i = 1, \\dots, n$.\n\n" + SUMS,
        "Labels $y_j \\in \\{0, 1\\}$.\n\n" + SUMS,
        "Labels $\\mathbf{y} \\in \\{0, 1\\}^n$.\n\n" + SUMS,
        "## Binary labels $y_i \\in \\{0, 1\\}$\n\n" + SUMS,
        "> Labels $y_i \\in \\{0, 1\\}$.\n\n" + SUMS,
        "We compare the sums:\n\n" + SUMS + "\nThroughout, the labels satisfy $y_i \\in \\{0, 1\\}$.\n",
        "The first label $y_1 \\in \\{0, 1\\}$ and the second $y_2 \\in \\{0, 1\\}$.\n\n" + SUMS,
        "Probabilities $1 > y_i > 0$.\n\n" + SUMS.replace("y_i^2 = ", "y_i = 2"),
        "Probabilities $y_i \\in ]0, 1[$.\n\n" + SUMS.replace("y_i^2 = ", "y_i = 2"),
        "Probabilities $0 \\lt y_i \\lt 1$.\n\n" + SUMS.replace("y_i^2 = ", "y_i = 2"),
    ],
    ids=[
        "lbrace",
        "left",
        "forall",
        "range",
        "index",
        "bold",
        "heading",
        "quote",
        "after",
        "entries",
        "downwards",
        "french",
        "lt",
    ],
)
def test_a_set_the_page_puts_every_entry_in_bars_a_counterexample_that_breaks_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """From a probe: each spelling, or place, of a statement that the labels lie in {0, 1} (or the probabilities in
    (0, 1)) had left it unread, and Σ y_i² = Σ y_i was refuted at y_1 = 47/25, which the page rules out."""
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == ["unproven"], report["links"]
    assert "breaks $y_" in report["links"][0]["method"], report["links"][0]["method"]


def test_a_set_in_parenthesis_delimiters_is_read_as_in_dollars(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``\\(y_i \\in \\{0, 1\\}\\)`` states what ``$y_i \\in \\{0, 1\\}$`` states: both are the page's domain."""
    reports = [
        page_report(tmp_path, capsys, f"Labels {m}.\n\n" + SUMS)
        for m in ("\\(y_i \\in \\{0, 1\\}\\)", "$y_i \\in \\{0, 1\\}$")
    ]
    assert [(r["links"], r["assumptions"]) for r in reports] == [(reports[1]["links"], ["y_i \\in \\{0, 1\\}"])] * 2


@pytest.mark.parametrize(
    "lead", ["Let $x$ be a scalar with $x > 0$.", "Let $x$ be a positive number.", "Let $x$ be positive."]
)
def test_a_letter_declared_with_a_sign_in_words_is_a_stated_condition_not_a_domain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """Each had refuted log(x²) = 2 log x at x = −9/5 (a probe). Read as domains of the whole page, a third probe
    proved steps under them that the page had widened later in twenty wordings ("Now take $x = -3$.", "## Part 2: x
    below zero", "Now $x$ can be anything."): they are conditions of the backstop, never of a proof."""
    report = page_report(tmp_path, capsys, f"{lead}\n\n{STEP}")
    assert [status for status, *_ in page_links(report)] == ["unproven"]
    assert "breaks $x > 0$, stated at line 1" in report["links"][0]["method"]


@pytest.mark.parametrize(
    "lead",
    [
        "We never take $x > 0$ here.",  # denied
        "Let $x$ be a scalar with $x > 0$ or zero.",  # taken back: a counterexample at x = 0 would break nothing
        "Let $y$ be a scalar with $y > 0$.",  # another letter
    ],
)
def test_a_condition_taken_back_or_on_another_letter_keeps_the_refutation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    page = f"{lead}\n\n$$|x| = x$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == ["refuted"]


def test_a_case_holds_for_its_own_display_and_a_slip_in_the_other_case_is_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "For $x < 0$ we have\n\n$$|x| = -x$$\n\nFor $x > 0$ we have\n\n$$|x| = -x$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == ["proven", "refuted"]
    assert Fraction(report["links"][1]["counterexample"]["values"]["x"]) > 0


def test_a_case_ends_at_the_next_heading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "If $x > 0$, then\n\n$$|x| = x$$\n\n## Any sign\n\n$$|x| = x$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == ["proven", "refuted"]


@pytest.mark.parametrize("lead", ["Suppose $x > 0$.", "Assume that $x > 0$.", "We assume $x > 0$ throughout."])
def test_a_supposition_of_its_own_holds_past_the_next_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """A probe's "Suppose $x > 0$." then a heading: √(x²) = x was refuted at x = −9/5, a value the page rules out."""
    page = f"{lead}\n\n## The step\n\n{STEP}"
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == ["unproven"]


def test_a_condition_that_closes_a_display_s_sentence_is_no_condition_below_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "$$|x| = x$$\nfor $x > 0$.\n\nNext,\n\n$$|x| = x$$\nfor $x < 0$.\n"
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == ["proven", "refuted"]


@pytest.mark.parametrize(
    "page",
    [  # the probe: each had hidden a slip as "not refuted", by a condition the page does not state
        "Is $x > 0$? We do not know.\n\n",
        "If $x > 0$ were true, things would be easy. It is not.\n\n",
        "Footnote: some authors let $x$ be a positive number.\n\n",
        "> Example: let $x$ be a positive number, say 3.\n\nIn general:\n\n",
        "For instance, with $x > 0$ one gets $\\sqrt{x^2} = x$. In general, however:\n\n",
        "Let $x$ be a positive number. (This is wrong; drop it.)\n\n",
        "For $x > 0$:\n\n$$\\sqrt{x^2} = x$$\n\nFor every real $x$:\n\n",
        "For $x > 0$:\n\n$$\\sqrt{x^2} = x$$\n\nWe never take $x > 0$ below.\n\n",
    ],
)
def test_a_condition_asked_set_aside_or_widened_again_hides_no_slip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    report = page_report(tmp_path, capsys, page + STEP)
    assert [status for status, *_ in page_links(report)][-1] == "refuted"


@pytest.mark.parametrize(("word", "first"), [("for", "proven"), ("where", "unproven")])
def test_a_condition_on_the_line_below_a_display_is_that_display_s_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str, first: str
) -> None:
    """ "$$…$$\\nfor $x > 0$.\\n\\n$$…$$": the display below had been proven under x > 0 (a probe). "where" is not read
    as the display's condition; its counterexample breaks it, and it is not refuted."""
    page = f"$$\\sqrt{{x^2}} = x$$\n{word} $x > 0$.\n\n{STEP}"
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == [first, "refuted"]


@pytest.mark.parametrize(
    "page",
    [  # a second probe: each proved √(x²) = x, or log(x²) = 2 log x, under an x > 0 the page does not state
        "Let $x$ be a scalar not necessarily with $x > 0$.\n\n$$\\sqrt{x^2} = x$$\n",
        "Let $x$ be a scalar never satisfying $x > 0$.\n\n$$\\sqrt{x^2} = x$$\n",
        "Let $x$ be positive, for contradiction.\n\n$$\\sqrt{x^2} = x$$\n",
        "Example: let $x$ be positive.\n\n$$\\sqrt{x^2} = x$$\n",
        "Some text.\n\n    Let $x$ be positive.\n\n$$\\sqrt{x^2} = x$$\n",
        "Let $x$ be positive; later we take $x$ negative.\n\n$$2 x = 2 x$$\n\nNow the other case:\n\n"
        "$$\\sqrt{x^2} = x$$\n",
        "Let $x$ be positive.\n\n$$2 x = 2 x$$\n\n## Negative x\n\n$$\\sqrt{x^2} = x$$\n",
    ],
)
def test_a_sign_declared_in_words_and_set_aside_or_widened_later_proves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)][-1] != "proven"


@pytest.mark.parametrize(
    "later",
    [
        "Now take $x = -3$.",
        "At $x = -2$ we get",
        "Now $x \\in \\mathbb{R}$.",
        "Now $x$ can be anything.",
        "Now replace $x$ by its opposite.",  # the review's ten minutes as an adversary: both proven under x > 0
        "Now replace $x$ by $-x$.",
    ],
)
def test_a_domain_of_the_page_restated_later_holds_nothing_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], later: str
) -> None:
    """ "Let $x > 0$ be a scalar." then "At $x = -2$ we get $$\\sqrt{x^2} = x$$": proven under x > 0 (a third probe)."""
    page = f"Let $x > 0$ be a scalar.\n\n$$\\sqrt{{x^2}} = x$$\n\n{later}\n\n$$\\sqrt{{x^2}} = x$$\n"
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == ["proven"]
    assert "widens or drops it" in report["unchecked"][-1]["reason"]


@pytest.mark.parametrize(
    "lead",
    [  # a third probe: each refuted at x = −17/25, y = 61/100, breaking what the page states of both
        "Let $x, y$ be positive numbers.",
        "Let $x$ and $y$ be positive.",
        "Both $x$ and $y$ are positive.",
        "For positive $x$ and $y$,",
    ],
)
def test_one_sign_in_words_on_several_letters_is_a_condition_on_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    report = page_report(tmp_path, capsys, f"{lead}\n\n$$\\sqrt{{x^2}} + \\sqrt{{y^2}} = x + y$$\n")
    assert [status for status, *_ in page_links(report)] == ["unproven"]
    assert "breaks $" in report["links"][0]["method"]


@pytest.mark.parametrize(
    ("second", "claim", "status"),
    [
        ("Assume $x < 0$.", "\\sqrt{x^2} = -x", "unproven"),  # proven under x < 0 alone, x > 1 dropped
        ("Assume $x < 0$.", "\\sqrt{x^2} = 5", "unproven"),  # refuted at x = −3/50, which breaks x > 1
        ("Now assume $x < 0$.", "\\sqrt{x^2} = -x", "proven"),  # the second takes the first's place
        ("Assume $x > 2$.", "\\sqrt{x^2} = x", "proven"),  # no contradiction
    ],
)
def test_a_second_condition_that_contradicts_the_first_does_not_drop_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], second: str, claim: str, status: str
) -> None:
    """A probe: "Assume $x > 1$." then "Assume $x < 0$." held x < 0 alone: a step was proven with no x satisfying
    both, and another refuted at a point that breaks x > 1. With no words that the second takes the first's place,
    both stand: the proof is not one of what the page means, and the counterexample refutes nothing."""
    report = page_report(tmp_path, capsys, f"Assume $x > 1$.\n\n{second}\n\n$${claim}$$\n")
    assert [s for s, *_ in page_links(report)] == [status], report


@pytest.mark.parametrize("entry", ["\\hat{p}_i", "\\tilde{p}_i", "\\bar{p}_i"])
def test_a_condition_on_an_accented_entry_stated_far_above_keeps_its_points_undecided(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: str
) -> None:
    """ "Assume $0 < \\hat{p}_i < 1$." two paragraphs above: the verdict had been "undefined at p̂ = 1", a point the
    page rules out; it is not decided there, naming the condition."""
    page = f"Assume $0 < {entry} < 1$.\n\nThe loss is below.\n\n"
    page += f"$$\\frac{{\\partial}}{{\\partial {entry}}} \\log(1 - {entry}) = -\\frac{{1}}{{1 - {entry}}}$$\n"
    (link,) = page_report(tmp_path, capsys, page)["links"]
    assert link["status"] == "unproven" and "may break" in link["method"]


def test_a_supposition_with_a_display_of_its_own_ends_at_the_next_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Suppose $x > 0$." with its display, then "## Negative inputs": the slip below is refuted (a probe found it
    "not refuted" when every supposition held past headings)."""
    page = f"Suppose $x > 0$.\n\n$$\\sqrt{{x^2}} = x$$\n\n## Negative inputs\n\nNow take an input below zero.\n\n{STEP}"
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == ["proven", "refuted"]


@pytest.mark.parametrize(
    ("name", "stated", "widening"),
    [
        ("\\hat{p}_i", "Let $0 < \\hat{p}_i < 1$ be the probability.", "From here on $\\hat{p}_i$ can take any value."),
        ("p_i", "Let $0 < p_i < 1$ be the probability.", "From here on $p_i$ can be negative."),
        ("\\bar{x}", "Let $\\bar{x} > 0$ be the mean.", "After centering, $\\bar{x}$ may be below zero as well."),
    ],
)
def test_words_that_widen_an_entry_or_an_accented_name_end_its_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, stated: str, widening: str
) -> None:
    """A condition on every entry (or on x̄) had held for the whole page, past words that widen it: the slip below
    them was "not refuted" (a probe)."""
    page = f"{stated}\n\n## Later\n\n{widening}\n\n$$\\sqrt{{{name}^2}} = {name}$$\n"
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == ["refuted"]


@pytest.mark.parametrize(
    "between",
    ["Since each $\\log p_i$ is negative, the loss is positive:", "Note that $-p_k$ is negative."],
)
def test_words_said_of_another_number_widen_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], between: str
) -> None:
    """ "$\\log p_i$ is negative" speaks of log p_i, not of p: it had ended 0 < p_i < 1, and the step below, true
    there, was refuted at p_2 = 47/25 (a probe)."""
    page = f"Each probability satisfies $0 < p_i < 1$.\n\n{between}\n\n$$|\\log p_k| = -\\log p_k$$\n"
    assert "refuted" not in [status for status, *_ in page_links(page_report(tmp_path, capsys, page))]


@pytest.mark.parametrize("heading", ["## Negative inputs", "## The general case"])
def test_a_heading_that_widens_ends_a_supposition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], heading: str
) -> None:
    page = f"Suppose $x > 0$.\n\n{heading}\n\n{STEP}"
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == ["refuted"]
