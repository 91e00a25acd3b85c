"""What the prose says against an assumption it states. A hedged statement ("$y$ is one-hot only for
classification; here it holds counts", "we used $\\sum_i y_i = 1$ by mistake") is no fact of the page; a later
sentence that widens or drops it ("Now let $y$ be any non-negative weights", "Now drop this assumption") refuses
every display below it. Each of these proved a step the page itself calls false (a probe and a newcomer's sweep)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

SOFTMAX = "Let $p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$ and $L = -\\sum_i y_i \\log p_i$.\n\n"
SHORTCUT = "$$\\frac{\\partial L}{\\partial z_k} = p_k - y_k$$\n"


@pytest.mark.parametrize(
    "hedge",
    [
        "$y$ is one-hot only for classification; here it holds counts.",
        "Even though $y$ is one-hot in most datasets, we keep general weights $y_i \\geq 0$.",
        "$y$ is one-hot in PyTorch's CrossEntropyLoss, but here $y$ holds weights.",
    ],
)
def test_a_hedged_one_hot_is_no_assumption(tmp_path: Path, capsys: pytest.CaptureFixture[str], hedge: str) -> None:
    """Not held (it was proven under y one-hot), and not plainly set aside either: nothing is refuted, since the
    counterexample's y might be what the page states (session 35; it was refuted)."""
    report = _report(tmp_path, capsys, SOFTMAX + hedge + "\n\n" + SHORTCUT)
    assert [status for status, *_ in _links(report)] == ["unproven"]
    assert report["links"][0]["method"].startswith("not refuted")


def test_a_plain_one_hot_still_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(tmp_path, capsys, SOFTMAX + "The target $y$ is one-hot: only one entry is 1.\n\n" + SHORTCUT)
    assert [status for status, *_ in _links(report)] == ["proven"]


@pytest.mark.parametrize(
    "trail",
    [
        "Here we used $\\sum_i y_i = 1$ by mistake: our $y$ are counts.",
        "The last step uses $\\sum_i y_i = 1$. That is wrong here, since $y$ holds counts.",
    ],
)
def test_a_constraint_the_page_calls_a_mistake_is_not_assumed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], trail: str
) -> None:
    """Not held; and in words other than one plain denial, not set aside either: the display is refused, not
    checked without what the page may state (session 34)."""
    page = SOFTMAX + "$$\\frac{\\partial L}{\\partial z_k} = p_k \\sum_i y_i - y_k = p_k - y_k$$\n\n" + trail + "\n"
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == []
    assert any("in words derive does not read" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(
    ("stated", "widening"),
    [
        ("Here $y$ is a one-hot vector.", "Now let $y$ be any non-negative weights (they need not sum to one). Then"),
        ("Assuming $x > 0$:\n\n$$M = \\log x$$", "Now drop this assumption and let $x$ be any real number. Then"),
        ("Assuming $x > 0$:\n\n$$M = \\log x$$", "For any real $x$ we have"),
        ("Here $y$ is a one-hot vector.", "Below, the targets $y$ sum to three instead."),  # a probe's s1
        ("Here $y$ is a one-hot vector.", "Now suppose $y$ is not one-hot but any probability vector. Then"),
        ("Here $y$ is a one-hot vector.", "Now the targets sum to three instead."),  # no letter: a probe's F3
        ("Here $y$ is a one-hot vector.", "Now $y$ is a multi-hot vector: several classes can be on."),
    ],
)
def test_an_assumption_widened_below_refuses_the_displays_after(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str, widening: str
) -> None:
    claim = SHORTCUT if "one-hot" in stated else "$$\\sqrt{x^2} = x$$\n"
    page = SOFTMAX + stated + "\n\n## Then\n\n" + widening + "\n\n" + claim
    report = _report(tmp_path, capsys, page)
    if "one-hot" in stated:  # said in the section above "## Then" only: not held below it, so refuted there
        unread = "sum to one" in widening  # "they need not sum to one" right above: not refuted either (session 35)
        unread = unread or "probability vector" in widening  # y sums to one there: p_k - y_k holds (session 50)
        assert [status for status, *_ in _links(report)] == ["unproven" if unread else "refuted"]
        return
    assert _links(report) == []  # it was proven
    last = page.count("\n")
    assert [u["line"] for u in report["unchecked"] if "widens or drops it" in u["reason"]] == [last]


@pytest.mark.parametrize(
    "lead", ["Assume $x > 0$. Scratch that; $x$ can be negative here:", "Assume $x > 0$. Actually, we won't need that:"]
)
def test_an_assumption_taken_back_in_the_lead_refuses_its_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    report = _report(tmp_path, capsys, f"{lead}\n\n$$\\sqrt{{x^2}} = x$$\n")
    assert _links(report) == []  # it was proven under x > 0
    assert any("may turn it" in u["reason"] for u in report["unchecked"])


def test_a_quantifier_over_another_letter_widens_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "For each label $k$ the model computes $p(k|x)$" quantifies k, not p: p's domain holds below it."""
    page = (
        "---\nassume: ['x > 0']\n---\nWe compute $f$.\n\nFor each label $k$ the model computes $x$ again.\n\n"
        "$$|x| = x$$\n"
    )
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == ["proven"]


def test_a_domain_of_a_defined_name_holds_of_what_it_is_made_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Assume $a > 0$." with a = wx + b (a ReLU's argument) is wx + b > 0: the ReLU's slope x is proven under it,
    and the verdict says so. It had been refused as "a is defined by the page", and before that, with a drawn
    apart from w, x and b, refuted."""
    page = "Let $a = wx + b$ and $h = \\max(0, a)$.\n\nAssume $a > 0$.\n\n$$\\frac{\\partial h}{\\partial w} = x$$\n"
    report = _report(tmp_path, capsys, page)
    (link,) = report["links"]
    assert link["status"] == "proven"
    assert "under the stated condition" in link["method"]


@pytest.mark.parametrize(
    "widening",
    ["Now take $x$ negative.", "From now on $x$ is allowed to be negative as well.", "We no longer require that."],
)
def test_a_widening_in_other_words(tmp_path: Path, capsys: pytest.CaptureFixture[str], widening: str) -> None:
    page = f"Let $x > 0$ be given.\n\n$$\\sqrt{{x^2}} = x$$\n\n{widening}\n\n$$\\sqrt{{x^2}} + 0 = x$$\n"
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == ["proven"]  # the second was proven under x > 0


@pytest.mark.parametrize(("glossary", "status"), [(True, "proven"), (False, "unread")])
def test_soft_targets_beside_hard_targets_in_a_glossary_widen_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], glossary: bool, status: str
) -> None:
    """Hinton's distillation, in a held-out page's notes: "* hard targets: one-hot labels" beside "* soft targets:
    the teacher's probabilities" names two kinds of target, and y stays the one-hot one; every display below had
    been refused. Without the hard targets' entry, "soft targets" still drops the one-hot assumption."""
    terms = "* hard targets: one-hot labels\n* soft targets: the teacher's class probabilities\n" if glossary else ""
    page = (
        "---\nassume:\n  - y one-hot\n---\n"
        + terms
        + "\nWe raise the entropy of the soft targets.\n\n"
        + SOFTMAX
        + SHORTCUT
    )
    report = _report(tmp_path, capsys, page)
    found = [s for s, *_ in _links(report)] or ["unread"]
    assert found == [status], report


def test_a_glossary_of_soft_targets_hides_no_multi_hot_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A probe: with a glossary of hard and soft targets, "From here on $y$ holds multi-hot labels." had been passed
    over too, and ∂L/∂z_k = s_k − y_k proven under one-hot y."""
    page = (
        "---\nassume:\n  - y one-hot\n---\n* hard targets: one-hot labels\n"
        "* soft targets: the teacher's probabilities\n\n"
        "From here on $y$ holds multi-hot labels.\n\n" + SOFTMAX + SHORTCUT
    )
    assert _links(_report(tmp_path, capsys, page)) == []


ONE_HOT_FRONT = (
    "---\nvectors: [z, y]\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n  L: -\\sum_i y_i \\log s_i\n---\n"
)
GRADIENT = "$$\\frac{\\partial L}{\\partial z_k} = s_k - y_k$$\n"


@pytest.mark.parametrize(
    ("stated", "dropped"),
    [
        ("Here $y$ is one-hot.\n\n", "\nWithout the one-hot assumption:\n\n"),
        ("Here $y$ is one-hot.\n\n", "\nIn general:\n\n"),
        ("Here $y$ is one-hot.\n\n", "\nFor general targets:\n\n"),
        ("where $y$ is one-hot:\n", "and, $y$ now being any vector,\n"),
    ],
)
def test_a_one_hot_the_page_drops_holds_for_no_display_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str, dropped: str
) -> None:
    """Session 48's probe: the second ∂L/∂z_k = s_k - y_k, claimed without one-hot targets (where it is false), had
    been proven under the one-hot of the line above: the display below the words that drop it is refused."""
    page = ONE_HOT_FRONT + stated + GRADIENT + dropped + GRADIENT
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == ["proven"]
    last = page.count("\n")
    assert [u["line"] for u in report["unchecked"] if "widens or drops it" in u["reason"]] == [last]


def test_a_one_hot_with_general_words_that_name_a_formula_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "In general" is read as dropping the assumptions only in a sentence with no formula of its own (one that
    quantifies a letter, "In general, for $x$", is read by that letter)."""
    page = ONE_HOT_FRONT + "Here $y$ is one-hot.\n\n" + GRADIENT + "\nIn general, $s_k > 0$ holds, and again\n\n"
    report = _report(tmp_path, capsys, page + GRADIENT)
    assert [status for status, *_ in _links(report)] == ["proven", "proven"]
