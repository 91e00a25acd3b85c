"""What a display holds under, said in the prose around it but not as the whole line before it: a later sentence of
that line ("We work over the reals. Assume $x > 0$."), a condition in the sentence right after it ("… for
$i \\neq j$."), and a condition that sets a scalar ("When $y = 1$,"). Each was dropped, and a counterexample
outside what the page states refuted a true step (a newcomer's sweep of the checker)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report


@pytest.mark.parametrize(
    "lead",
    ["We work over the reals. Assume $x > 0$.", "Here is the setup. Suppose $x > 0$.", "Assume $x > 0$."],
    ids=["assume", "suppose", "alone"],
)
@pytest.mark.parametrize(("right", "verdict"), [("x", "proven"), ("-x", "refuted")])
def test_an_assumption_in_a_later_sentence_of_the_lead_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, right: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, f"{lead}\n\n$$|x| = {right}$$\n")
    assert [status for status, *_ in _links(report)] == [verdict]
    for link in report["links"]:
        if link.get("counterexample"):
            assert Fraction(link["counterexample"]["values"]["x"]) > 0


SOFTMAX = "---\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n---\nThen\n"


@pytest.mark.parametrize("after", ["for $i \\neq j$.", "when $i \\neq j$.", "for $i \\neq j$. The diagonal is below."])
def test_a_condition_right_after_a_display_is_its_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], after: str
) -> None:
    page = SOFTMAX + f"$$\\frac{{\\partial s_i}}{{\\partial z_j}} = -s_i s_j$$\n{after}\n"
    assert _links(_report(tmp_path, capsys, page)) == [("proven", "i ≠ j", "-s_i s_j")]


@pytest.mark.parametrize(
    "after",
    ["for $i \\neq j$:", "for $i \\neq j$, we have", "for $i = 1, \\dots, n$."],
    ids=["colon", "comma", "range"],
)
def test_a_sentence_that_introduces_what_follows_is_no_case_of_the_display_above(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], after: str
) -> None:
    page = SOFTMAX + f"$$\\frac{{\\partial s_i}}{{\\partial z_j}} = -s_i s_j$$\n{after}\n"
    assert [(status, case) for status, case, _ in _links(_report(tmp_path, capsys, page))] == [("refuted", None)]


@pytest.mark.parametrize(
    "after",
    [
        "for $i \\neq j$, and indeed for every $i$.",  # goes on, and widens it
        "for $i \\neq j$",  # not closed on its line: the next may go on
        "for $i \\neq j$. And for $i = j$ too.",  # the next sentence widens it
        "for $i \\neq j$. In general it fails.",  # or turns it
        "for $i \\neq j$.\nThe same holds for $i = j$.",  # the next line widens it
        "if $i \\neq j$, and $s_i(1 - s_j)$ otherwise.",  # goes on with the other case
    ],
    ids=["widened", "open", "widened-after", "turned-after", "next-line", "otherwise"],
)
def test_a_condition_after_a_display_that_goes_on_refuses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], after: str
) -> None:
    """Neither taken (the next words may widen or turn it) nor dropped: it was refuted at i = j, a counterexample
    outside the condition the page states (a probe)."""
    page = SOFTMAX + f"$$\\frac{{\\partial s_i}}{{\\partial z_j}} = -s_i s_j$$ {after}\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    assert any("goes on" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize("lead", ["When $y = 1$,", "If $y = 1$:", "For $y = 1$,"])
@pytest.mark.parametrize(("right", "verdict"), [("(1 - a)^2", "proven"), ("(2 - a)^2", "refuted")])
def test_a_condition_that_sets_a_scalar_holds_for_the_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, right: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, f"{lead}\n\n$$(y - a)^2 = {right}$$\n")
    assert [status for status, *_ in _links(report)] == [verdict]


def test_a_definition_under_a_condition_is_unread_and_what_uses_it_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``If $x > 0$: f = \\log x`` with f defined nowhere else, or ``g = \\sqrt{x}`` then "for $x > 0$.": f holds
    there only. Read as a claim, f was free and true steps were refuted (f = 47/25); read as f's definition, the
    condition was dropped. Now it is unread, and so is every display that uses f."""
    for page in ("If $x > 0$:\n\n$$f = \\log x$$\n\nThen\n\n$$e^{f} = x$$\n",
                 "We define\n\n$$f = \\log x$$\nfor $x > 0$.\n\nThen\n\n$$e^{f} = x$$\n"):  # fmt: skip
        report = _report(tmp_path, capsys, page)
        assert _links(report) == []
        reasons = [entry["reason"] for entry in report["unchecked"]]
        assert "a condition is stated with it" in reasons[0] and "f stands here" in reasons[-1]


@pytest.mark.parametrize("lead", ["Assume $x > 0$. In general, though:", "Assuming $x > 0$, or otherwise:"])
def test_an_assumption_that_later_words_may_turn_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """``Assume $x > 0$. In general, though:`` above ``|x| = x``: the later words turn it. It was proven under
    x > 0 (on main before this session too)."""
    report = _report(tmp_path, capsys, f"{lead}\n\n$$|x| = x$$\n")
    assert _links(report) == []
    assert "may turn it" in report["unchecked"][0]["reason"]


@pytest.mark.parametrize(
    "page",
    [
        "---\nvectors: [y, a]\n---\nWhen $y = 1$,\n\n$$\\sum_k (y_k - a_k)^2 = \\sum_k (1 - a_k)^2$$\n",  # a vector
        "When $n = 1$,\n\n$$\\sum_{i=1}^{n} x_i = x_1$$\n",  # the length
        "When $y_k = 1$,\n\n$$y_k x = x$$\n",  # an entry
    ],
    ids=["vector", "length", "entry"],
)
def test_a_condition_set_on_what_is_no_number_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """It was dropped, and the counterexample broke it (y_1 = -9/5 under "When $y = 1$,")."""
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    assert "cannot read the condition" in report["unchecked"][-1]["reason"]


@pytest.mark.parametrize(
    "lead", ["Assume $x > 0$. Now drop this assumption:", "Assume $x > 0$. Now let $x$ be arbitrary:"]
)
def test_an_assumption_dropped_in_words_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    report = _report(tmp_path, capsys, f"{lead}\n\n$$|x| = x$$\n")
    assert _links(report) == []


def test_a_statement_before_and_a_condition_after_refuse_the_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``Assume $z_1 > 0$.`` before and ``for $i \\neq j$.`` after: derive reads one; the other was dropped, and the
    counterexample had i = j."""
    page = SOFTMAX + "Assume $z_1 > 0$.\n\n$$\\frac{\\partial s_i}{\\partial z_j} = -s_i s_j$$\nfor $i \\neq j$.\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    assert "a statement before this display and another after it" in report["unchecked"][-1]["reason"]


def test_a_definition_under_a_condition_beside_one_that_holds_everywhere_is_a_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``If $x > 0$: f = x`` then ``f = |x|`` in general: f is |x|, and the first a claim under x > 0 (taken as
    f's definition once, the second display was refuted)."""
    report = _report(tmp_path, capsys, "If $x > 0$:\n\n$$f = x$$\n\nand in general\n\n$$f = |x|$$\n")
    assert [(link["status"], link["line"]) for link in report["links"]] == [("proven", 3)]


def test_pieces_each_under_a_condition_define_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``If $x > 0$: f = x``, ``If $x \\le 0$: f = 0``: no piece defines f for every x; what uses f is refused
    (each was a claim about a free f, refuted three times)."""
    page = "If $x > 0$:\n\n$$f = x$$\n\nIf $x \\le 0$:\n\n$$f = 0$$\n\nSo\n\n$$f^2 = \\max(x, 0)^2$$\n"
    report = _report(tmp_path, capsys, page)
    assert _links(report) == [] and "f stands here" in report["unchecked"][-1]["reason"]


@pytest.mark.parametrize(
    "page",
    [
        "Consider the case where $x > 0$. Then\n\n$$|x| = x$$\n",
        "We have\n\n$$|x| = x$$\nonly for $x > 0$.\n",
        "We have\n\n$$|x| = x$$\nfor every $x > 0$.\n",
    ],
    ids=["the-case-then", "only-for", "for-every"],
)
def test_more_wordings_of_a_condition_hold(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> None:
    """Each was dropped, and |x| = x refuted at x = -9/5 (a probe's pages)."""
    assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == ["proven"]


def test_a_sentence_that_excepts_a_case_refuses_the_display(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``… = -s_i s_j$$ except for $i = j$.``: the case it holds in is i ≠ j, said by what it is not; refused
    (dropped, the counterexample had i = j). The front matter's s_i keeps i an index though no display is left."""
    report = _report(
        tmp_path, capsys, SOFTMAX + "$$\\frac{\\partial s_i}{\\partial z_j} = -s_i s_j$$\nexcept for $i = j$.\n"
    )
    assert report["exit"] == 1 and _links(report) == []
    assert "excepts a case" in report["unchecked"][0]["reason"]


JOINED = (
    "Let $s_i = \\frac{{e^{{z_i}}}}{{\\sum_j e^{{z_j}}}}$. The derivative is\n\n"
    "$$\\frac{{\\partial s_i}}{{\\partial z_k}} = {first}$$\n\nwhen $i = k$, and\n\n"
    "$$\\frac{{\\partial s_i}}{{\\partial z_k}} = {second}$$\n\nwhen $i \\neq k$.\n"
)


@pytest.mark.parametrize(
    ("first", "second", "verdicts"),
    [
        ("s_i(1 - s_k)", "-s_i s_k", [("proven", "i = k"), ("proven", "i ≠ k")]),
        ("-s_i s_k", "-s_i s_k", [("refuted", "i = k"), ("proven", "i ≠ k")]),
        ("s_i(1 - s_k)", "s_i(1 - s_k)", [("proven", "i = k"), ("refuted", "i ≠ k")]),
    ],
)
def test_a_condition_that_closes_a_display_s_sentence_and_joins_the_next(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str, verdicts: list[tuple[str, str]]
) -> None:
    """ "$$…$$ when $i = k$, and $$…$$ when $i \\neq k$.": the first display had been checked with no case and
    refuted at i ≠ k, the second refused (a statement before it and after it); a newcomer's sweep."""
    report = _report(tmp_path, capsys, JOINED.format(first=first, second=second))
    assert [(status, case) for status, case, _ in _links(report)] == verdicts
    for link in report["links"]:
        if link["status"] == "refuted":
            values = link["counterexample"]["values"]
            assert (values["i"] == values["k"]) == (link["case"] == "i = k")


@pytest.mark.parametrize(
    "page",
    [
        # a statement before the first display too: "x > 0" had been dropped, and x = −9/5 refuted it
        "When $x > 0$, we have\n\n$$|x| \\delta_{ik} = x$$\n\nwhen $i = k$, and\n\n$$|x| \\delta_{ik} = 0$$\n\n"
        "when $i \\neq k$.\n",
        # "otherwise." after the second: its case not read, and it had been refuted at i = k
        "The derivative is\n\n$$x \\delta_{ik} = x$$\n\nwhen $i = k$, and\n\n$$x \\delta_{ik} = 0$$\n\notherwise.\n",
    ],
)
def test_a_joined_condition_that_cannot_be_read_whole_refuses_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []  # a probe: each had a counterexample outside what the page states
    assert len([u for u in report["unchecked"] if "joins the next with 'and'" in u["reason"]]) == 2


@pytest.mark.parametrize("lead", ["Now let $p > 2$:", "Take $p > 2$:", "Let $p > 2$:"])
@pytest.mark.parametrize(("right", "status"), [("p", "proven"), ("-p", "refuted")])
def test_now_let_and_take_state_the_domain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, right: str, status: str
) -> None:
    """ "Now let $p > 2$:" had been dropped, and a counterexample drawn at p = 47/25 (a probe)."""
    report = _report(tmp_path, capsys, f"{lead}\n\n$$\\sqrt{{p^2}} = {right}$$\n")
    assert [s for s, *_ in _links(report)] == [status]
    if status == "refuted":
        assert Fraction(report["links"][0]["counterexample"]["values"]["p"]) > 2


@pytest.mark.parametrize("word", ["So", "Thus", "Therefore,", "And so"])
def test_a_conclusion_below_two_cases_is_not_read_in_the_last(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str
) -> None:
    """ "So $$∂s_i/∂z_k = s_i(1 − s_k)$$" after "For $k \\neq i$:" and "For $k = i$:" had been read in the case k = i
    and proven; for k ≠ i it is false (a newcomer's sweep)."""
    page = (
        "Let $s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$.\n\nFor $k \\neq i$:\n\n"
        "$$\\frac{\\partial s_i}{\\partial z_k} = -s_i s_k$$\n\nFor $k = i$:\n\n"
        f"$$\\frac{{\\partial s_i}}{{\\partial z_k}} = s_i(1 - s_i)$$\n\n{word}\n\n"
        "$$\\frac{\\partial s_i}{\\partial z_k} = s_i(1 - s_k)$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [(status, case) for status, case, _ in _links(report)] == [("proven", "k ≠ i"), ("proven", "k = i")]
    assert "may go on in that case or conclude" in report["unchecked"][-1]["reason"]


@pytest.mark.parametrize(
    "word", ["Thus, in this case,", "In this case we get", "which means", "So in that case", "- Thus, in this case,"]
)
@pytest.mark.parametrize(("right", "status"), [("s_i(1 - s_k)", "proven"), ("s_i(1 - s_i) s_k", "refuted")])
def test_words_that_keep_the_case_go_on_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str, right: str, status: str
) -> None:
    """ "Thus, in this case," below "For $k = i$:" had been read with no case, and a true step refuted at k ≠ i (a
    probe); the slip after it is still refuted, in the case."""
    page = (
        "Let $s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$.\n\nFor $k = i$:\n\n"
        f"$$\\frac{{\\partial s_i}}{{\\partial z_k}} = s_i(1 - s_i)$$\n\n{word}\n\n"
        f"$$\\frac{{\\partial s_i}}{{\\partial z_k}} = {right}$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [(status, case) for status, case, _ in _links(report)] == [("proven", "k = i"), (status, "k = i")]


@pytest.mark.parametrize(
    "between",
    ["Let $k \\neq i$.\n\n", "## General result\n\n", "---\n\n", "Now let $k \\neq i$.\n", "## The other case\n"],
)
def test_words_that_keep_the_case_keep_none_across_another_paragraph_or_a_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], between: str
) -> None:
    """ "In this case we get" below "Let $k \\neq i$.", a heading or a rule had been read in the case k = i above,
    and the general s_i(1 − s_k) proven (a probe)."""
    page = (
        "Let $s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$.\n\nFor $k = i$:\n\n"
        f"$$\\frac{{\\partial s_i}}{{\\partial z_k}} = s_i(1 - s_i)$$\n\n{between}In this case we get\n\n"
        "$$\\frac{\\partial s_i}{\\partial z_k} = s_i(1 - s_k)$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == ["proven", "refuted"]


def test_a_definition_asked_about_defines_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Is $y = 2x$? No." had defined y, and y − x = x was proven (a probe)."""
    report = _report(tmp_path, capsys, "Is $y = 2x$? No.\n\n$$y - x = x$$\n")
    assert _links(report) == []


ONE_HOT_SUM = "---\nvectors: [y]\n---\nLEAD\n\n$$y_l + \\sum_{k \\neq l} y_k = RIGHT$$\n"


@pytest.mark.parametrize(
    "lead", ["but since the true labels are one-hot encoded,", "Because the targets are one-hot, their sum is"]
)
def test_a_reason_in_words_that_the_labels_are_one_hot_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """A-09's page: "but since the true labels are one-hot encoded," names no vector, so derive reads no one-hot;
    y_l + Σ_{k≠l} y_k = 1 had been refuted at y = (47/25, 3/20), labels no page calls one-hot. Not refuted now,
    naming the sentence; a false step (= 2) is not refuted either, and nothing is proven."""
    for right in ("1", "2"):
        report = _report(tmp_path, capsys, ONE_HOT_SUM.replace("LEAD", lead).replace("RIGHT", right))
        assert [status for status, *_ in _links(report)] == ["unproven"], right
        assert "one-hot" in report["links"][0]["method"]


def test_a_reason_in_words_holds_for_the_displays_that_go_on_with_its_chain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """C-05's homework: "since y is a one-hot vector, it sums to 1, we get $$= a_i Σ_j y_j − y_i$$ $$= a_i · 1 − y_i$$":
    the second display goes on with the chain the reason leads, and had been refuted at labels that sum to 2.03. Not
    refuted now; a display below with prose between is not under the reason, and a slip there is refuted."""
    page = (
        "---\nvectors: [y, a]\n---\n$$-y_i + \\sum_j y_j a_i = -y_i + a_i \\sum_j y_j$$\n\n"
        "Since y is a one-hot vector, it sums to 1, we get\n$$ = a_i \\sum_j y_j - y_i $$\n\n"
        "$$ = a_i \\cdot 1 - y_i$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == ["proven", "proven", "unproven"]
    page += "\nSo the gradient is\n\n$$\\sum_j y_j a_i = a_i$$\n"
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == ["proven", "proven", "unproven", "refuted"]


@pytest.mark.parametrize(
    "front",
    [
        "---\nvectors: [y]\nassume:\n  - y one-hot\n---\nbut since the true labels are one-hot encoded,\n",
        "---\nvectors: [y]\n---\nSince $y$ is one-hot,\n",
    ],
    ids=["page", "lead"],
)
def test_a_reason_that_the_labels_are_one_hot_hides_no_slip_where_one_hot_is_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str
) -> None:
    """Where the page (or the display's own lead, "Since $y$ is one-hot,") holds y one-hot, a reason in words adds
    nothing: a slip is refuted at a one-hot point, a true step proven."""
    for right, verdict in (("1", "proven"), ("2", "refuted")):
        page = front + f"\n$$y_l + \\sum_{{k \\neq l}} y_k = {right}$$\n"
        assert [status for status, *_ in _links(_report(tmp_path, capsys, page))] == [verdict], (front, right)


@pytest.mark.parametrize("held", ["\\sum_k p_k = 1", "p one-hot"])
def test_another_vector_held_one_hot_leaves_the_reason_a_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], held: str
) -> None:
    """The predictions p sum to one, the labels y are what the reason is about: Σ_k y_k² = Σ_k y_k had been refuted
    at y = (47/25, 3/20), labels that are not one-hot, because some vector was held (a probe)."""
    page = f"---\nvectors: [y, p]\nassume: ['{held}']\n---\nBut since the true labels are one-hot encoded, we have\n\n"
    report = _report(tmp_path, capsys, page + "$$\\sum_k y_k^2 = \\sum_k y_k$$\n")
    assert [status for status, *_ in _links(report)] == ["unproven"]


@pytest.mark.parametrize(
    "lead",
    [
        "Because the labels are one-hot, we get",  # no vector in the display: no reason for it
        "The step below is wrong, not because the labels are one-hot but by a slip:",
        "Is this right, since the labels are one-hot?",
    ],
)
def test_a_one_hot_reason_that_is_no_condition_of_the_display_hides_no_slip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    report = _report(tmp_path, capsys, f"---\nvectors: [y]\n---\n{lead}\n\n$$2x + 3x = 6x$$\n")
    assert [status for status, *_ in _links(report)] == ["refuted"]


def test_a_condition_displayed_above_a_definition_proves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: "$$x > 0$$" right above "$$r = x$$", and "$$x < 0$$" above "$$r = 0$$": r = x had been read as
    r's definition everywhere, r = 0 refuted at x = 47/25 (outside x < 0), and dr/dx = 1 proven. Such a condition is
    read as one derive does not read: no definition under it, and nothing below refuted or proven with r."""
    page = (
        "---\nscalars: [x]\n---\nFor positive inputs,\n$$x > 0$$\n$$r = x$$\n\nFor negative inputs,\n$$x < 0$$\n"
        "$$r = 0$$\n\nSo for negative inputs\n$$\\frac{dr}{dx} = 1$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert all(status not in ("proven", "refuted") for status, *_ in _links(report)), _links(report)


def test_a_case_displayed_alone_is_no_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: "In the diagonal case $$i = k$$" had been refuted as a claim at i = 2, k = 1."""
    page = (
        "---\nvectors: [z]\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n---\nIn the diagonal case\n$$i = k$$\n\n"
        "$$\\frac{\\partial s_i}{\\partial z_k} = s_i (1 - s_k)$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert "refuted" not in [status for status, *_ in _links(report)]
    assert any("states a case" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize("condition", ["x \\not= 0", "x \\gt 0", "x \\succ 0"])
def test_a_condition_displayed_above_in_other_spellings_proves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], condition: str
) -> None:
    """From a fourth probe: the repository's own case with '\\not=', '\\gt' or '\\succ' had proven dr/dx = 1."""
    page = (
        f"---\nscalars: [x]\n---\nFor positive inputs,\n$${condition}$$\n$$r = x$$\n\nFor negative inputs,\n"
        "$$x < 0$$\n$$r = 0$$\n\nSo for negative inputs\n$$\\frac{dr}{dx} = 1$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert "proven" not in [status for status, *_ in _links(report)], _links(report)


@pytest.mark.parametrize(
    "above",
    ["$$\\newcommand{\\E}[1]{e^{#1}}$$", "$$\\frac{d}{dx} x^2 = 2 x \\mathbb{1}(x > 0) + 2x \\mathbb{1}(x \\le 0)$$"],
    ids=["macro", "equation-holding-a-relation"],
)
def test_a_display_above_that_is_no_condition_leaves_the_one_below_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], above: str
) -> None:
    """A macro's definition ('\\newcommand' had read as '\\ne') or an equation with a relation inside an indicator
    is no condition displayed alone: the display below is checked, and refuted where false."""
    report = _report(tmp_path, capsys, f"---\nscalars: [x]\n---\n{above}\n\n$$2x + 3x = 6x$$\n")
    assert [status for status, *_ in _links(report)][-1] == "refuted"


@pytest.mark.parametrize(
    "pieces",
    [
        "When\n$$x > 0$$\nwe take\n$$r = x$$\n",  # a condition displayed, words joining it to the definition
        "For positive inputs, that is for $x > 0$, we take\n$$r = x$$\n",  # a condition in words before "we take"
        "If $x > 0$, we take\n$$r = x$$\nand if $x < 0$, we take\n$$r = 0$$\n",  # two pieces, each under one
    ],
    ids=["displayed-then-words", "words", "two-pieces"],
)
def test_a_definition_under_a_condition_stated_around_it_proves_nothing_elsewhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pieces: str
) -> None:
    """From a fourth probe: r = x under "When $$x > 0$$ we take" (or "If $x > 0$, we take") had been read as r's
    definition everywhere, and dr/dx = 1 "for negative inputs" proven."""
    page = f"---\nscalars: [x]\n---\n{pieces}\nSo for negative inputs\n$$\\frac{{dr}}{{dx}} = 1$$\n"
    report = _report(tmp_path, capsys, page)
    assert "proven" not in [status for status, *_ in _links(report)], _links(report)


def test_a_sum_to_one_stated_in_a_lead_holds_for_the_display_right_below_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "With $L = …$ and $\\sum_i y_i = 1$, $$…$$ $$…$$": the second display, right below with no prose between, is
    under the lead as the first is (it had been refuted at labels summing to 2.03, a false refutation); a slip
    there is still refuted, and a display with prose between is not under it. "With $\\sum_i y_i = 1$," alone had
    been read as a value put in, and its display refused."""
    first = "---\nvectors: [y, s]\n---\nWith $\\sum_i y_i = 1$,\n\n$$-y_j + s_j \\sum_i y_i = s_j - y_j$$\n\n"
    rest = "$$-y_j(1 - s_j) + \\sum_{i \\ne j} y_i s_j = s_j - y_j$$\n\n"
    rest += "$$-y_j + \\sum_{i \\ne j} y_i s_j = s_j - y_j$$\n"
    report = _report(tmp_path, capsys, first + rest)
    assert [status for status, *_ in _links(report)] == ["proven", "proven", "refuted"]
    report = _report(tmp_path, capsys, first + "But in general:\n\n" + rest)
    assert [status for status, *_ in _links(report)] == ["proven", "refuted", "refuted"]


@pytest.mark.parametrize(
    ("lead", "verdicts"),
    [
        ("With $\\sum_i y_i = 1$ dropped, we get", ["refuted"]),  # one word sets it aside: checked without
        ("With $\\sum_i y_i = 1$ false, we get", ["refuted"]),
        ("Since $\\sum_i y_i = 1$ fails for soft labels, we get", []),  # in other words too: refused, not guessed
        ("Beyond the case where $\\sum_i y_i = 1$, we get", []),
        ("Dropping the condition where $\\sum_i y_i = 1$, we get", ["refuted"]),
        ("In contrast to the case with $\\sum_i y_i = 1$, for general labels we get", []),
        ("Compared with $\\sum_i y_i = 1$, general labels give", []),
        ("The book assumes labels with $\\sum_i y_i = 1$; we do not, and get", []),
    ],
)
def test_a_sum_to_one_the_lead_sets_aside_is_no_constraint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, verdicts: list[str]
) -> None:
    """From a probe: each had been read as the chain's constraint, and Σ_i y_i a = a proven; the words that set it
    aside may stand after the formula too. Set aside by one plain denial, the chain is checked without it; in other
    words it is refused (a counterexample must not break what the page may state)."""
    report = _report(tmp_path, capsys, f"---\nvectors: [y]\n---\n{lead}\n\n$$\\sum_{{i}} y_i a = a$$\n")
    assert [status for status, *_ in _links(report)] == verdicts


@pytest.mark.parametrize(
    "lead",
    [
        "With $\\sum_i y_i = 1$ gone, we get",
        "With $\\sum_i y_i = 1$, were it so, we get",
        "With $\\sum_i y_i = 1$ as the textbooks say, we get",
        "With $\\sum_i y_i = 1$, ha, we get",
    ],
)
def test_a_sum_to_one_in_words_neither_plain_nor_setting_it_aside_refuses_the_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """No list of the words that set a sum aside is complete (each probe found more): a lead's sum holds only in
    plain words (``derive.read.plain_words``), and in words that are neither, held or dropped would be a guess (a
    refutation could break what the lead states), so the display is refused, naming the words."""
    report = _report(tmp_path, capsys, f"---\nvectors: [y]\n---\n{lead}\n\n$$\\sum_{{i}} y_i a = a$$\n")
    assert _links(report) == []
    assert "in words derive does not read as stating it" in report["unchecked"][-1]["reason"]


@pytest.mark.parametrize(
    "lead",
    [
        "With $\\sum_i y_i = 1$ replaced by $\\sum_i y_i = 2$, we get",
        "With $\\sum_i y_i = 1$ only in the limit, we get",
    ],
)
def test_a_sum_to_one_the_lead_replaces_is_no_constraint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """From a third probe: both had been read as Σ y = 1, and Σ_i y_i c = c proven."""
    report = _report(tmp_path, capsys, f"---\nvectors: [y]\n---\n{lead}\n\n$$\\sum_i y_i c = c$$\n")
    assert [status for status, *_ in _links(report)] != ["proven"]


def test_a_sum_to_one_in_a_lead_that_cannot_be_read_refuses_the_display(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "With $\\sum_k y_k = 1$," with k no index of the page had been dropped, and the display refuted."""
    report = _report(tmp_path, capsys, "With $\\sum_k y_k = 1$, we get\n\n$$\\sum_i y_i c = c$$\n")
    assert _links(report) == [] and report["unchecked"][0]["reason"].startswith("unreadable")


@pytest.mark.parametrize(
    "between",
    [
        "$\\forall i, k$,\n\n",
        "$(\\text{for all } i, k)$\n\n",
        "$$\\text{for all } i, k$$\n\n",
        "$\\text{In general:}$\n\n",
    ],
)
def test_words_set_in_math_between_two_displays_end_the_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], between: str
) -> None:
    """A case carried over a paragraph of math that says the next display holds for all i, k: a probe's pages
    proved ∂s_i/∂z_k = s_i(1 − s_k) in the case i = k. The display below it is no step of the case."""
    page = (
        "Let $s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$.\n\nIf $i = k$:\n\n"
        f"$$\\frac{{\\partial s_i}}{{\\partial z_k}} = s_i(1 - s_i)$$\n\n{between}"
        "$$\\frac{\\partial s_i}{\\partial z_k} = s_i(1 - s_k)$$\n"
    )
    report = _report(tmp_path, capsys, page)
    found = [(status, case) for status, case, _ in _links(report)]
    assert found[:1] == [("proven", "i = k")] and found[1:] in ([("refuted", None)], []), found


@pytest.mark.parametrize(
    "page",
    [
        "1. If $i = k$:\n\n   $$\\sum_m \\delta_{im} \\delta_{mk} = 1$$\n"
        "2. $$\\sum_m \\delta_{im} \\delta_{mk} = 1$$\n",
        "- If $i = k$:\n\n  $$\\sum_m \\delta_{im} \\delta_{mk} = 1$$\n\n$$\\sum_m \\delta_{im} \\delta_{mk} = 1$$\n",
    ],
)
def test_a_case_stated_in_a_list_item_is_not_the_next_items_nor_below_the_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """A probe's pages: a display in the next item, or below the list, had been read in the item's case i = k, and
    Σ_m δ_im δ_mk = 1 proven there; it is no step of that case."""
    report = _report(tmp_path, capsys, page)
    found = [(status, case) for status, case, _ in _links(report)]
    assert found[:1] == [("proven", "i = k")] and found[1:] in ([("refuted", None)], []), found


@pytest.mark.parametrize(
    ("lead", "statement", "continued"),
    [
        ("Hence, in general,", "If $i = k$:", "s_i(1 - s_k)"),
        ("So for all $i, k$,", "If $i = k$:", "s_i(1 - s_k)"),
        ("For both cases:", "If $i = k$:", "s_i(1 - s_k)"),
        ("and, dropping the case,", "If $i = k$:", "s_i(1 - s_k)"),
        ("That is, $\\forall i, k$:", "If $i = k$:", "s_i(1 - s_k)"),
    ],
)
def test_a_continuation_whose_lead_widens_the_case_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, statement: str, continued: str
) -> None:
    """ "= s_i(1 − s_k)" below "Hence, in general," went on from the chain under i = k and was proven there (a
    probe); the lead widens the case, so the display reads two ways and is refused."""
    page = (
        f"Let $s_i = \\frac{{e^{{z_i}}}}{{\\sum_j e^{{z_j}}}}$.\n\n{statement}\n\n"
        f"$$\\frac{{\\partial s_i}}{{\\partial z_k}} = s_i(1 - s_i)$$\n\n{lead}\n\n$$= {continued}$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [status for status, _, _ in _links(report)] == ["proven"]
    assert any("widen that" in u["reason"] for u in report["unchecked"])


def test_a_continuation_whose_lead_widens_a_stated_domain_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Now for any real $x$, negative included, $$= |x|$$" below "Assuming $x > 0$: $$\\sqrt{x^2} = x$$": x = |x|
    had been proven under x > 0."""
    page = "Assuming $x > 0$:\n\n$$\\sqrt{x^2} = x$$\n\nNow for any real $x$, negative included,\n\n$$= |x|$$\n"
    report = _report(tmp_path, capsys, page)
    assert [status for status, _, _ in _links(report)] == ["proven"]
    assert any("widen that" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(
    "rows",
    [
        "&= s_i(1 - s_i) && \\text{if } i = k \\\\\n&= s_i(1 - s_k) && \\text{for all } i, k",
        "&= s_i(1 - s_i) && \\text{if } i = k \\\\\n&= s_i(1 - s_k) \\quad \\forall i, k",
        "&= s_i(1 - s_i) && \\text{if } i = k \\\\\n&= s_i(1 - s_k) && \\text{in general}",
        "&= s_i(1 - s_i) && \\text{if } i = k \\\\\n&= s_i(1 - s_k) && (\\text{any } i, k)",
        "&= s_i(1 - s_i) && \\text{if } i = k \\\\\n&= s_i(1 - s_k) && \\text{always}",
        "&= s_i(1 - s_i) && \\text{if } i = k \\\\\n&= s_i(1 - s_k) && \\text{in every case}",
        "&= s_i(1 - s_i) && \\text{if } i = k \\\\\n&= s_i(1 - s_k) && \\text{both cases}",
        "&= s_i(1 - s_i) && \\text{if } i = k \\\\\n&= s_i(1 - s_k) && (\\text{all } i, k)",
    ],
)
def test_a_row_that_says_it_holds_in_every_case_beside_a_row_with_a_case_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: str
) -> None:
    """A probe's aligned rows: the first states i = k, the second "for all i, k"; the chain had been read under the
    first row's case and s_i(1 − s_i) = s_i(1 − s_k) proven. Which rows hold in the case cannot be told: refused."""
    page = (
        "Let $s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$.\n\n\\begin{align}\n"
        f"\\frac{{\\partial s_i}}{{\\partial z_k}} {rows}\n\\end{{align}}\n"
    )
    report = _report(tmp_path, capsys, page)
    assert _links(report) == []
    assert any("a row holds in every case, another in one" in u["reason"] for u in report["unchecked"])


def test_a_continuation_that_says_it_holds_for_all_below_a_case_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "$$= s_i(1 − s_k), \\quad \\text{for all } i, k$$" below a display under i = k: proven so (a probe)."""
    page = (
        "Let $s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$.\n\n"
        "$$\\frac{\\partial s_i}{\\partial z_k} = s_i(1 - s_i), \\quad i = k$$\n\n"
        "$$= s_i(1 - s_k), \\quad \\text{for all } i, k$$\n"
    )
    report = _report(tmp_path, capsys, page)
    assert [status for status, _, _ in _links(report)] == ["proven"]
    assert any("widen that" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(
    "remark", ["\\quad \\text{for all } i, k", "\\quad \\forall i, k", "\\qquad (\\text{any } i, k)", "\\text{ always}"]
)
def test_a_display_that_says_it_holds_in_every_case_takes_no_case_from_above(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], remark: str
) -> None:
    """A probe's page: "If $i = k$:" above two displays, the second ending "\\quad \\text{for all } i, k"; it had
    been read in the case i = k, and s_i − s_i s_k proven there. It says it holds for all: no step of the case."""
    page = (
        "Let $s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$.\n\nIf $i = k$:\n\n"
        "$$\\frac{\\partial s_i}{\\partial z_k} = s_i(1 - s_i)$$\n\n"
        f"$$\\frac{{\\partial s_i}}{{\\partial z_k}} = s_i - s_i s_k {remark}$$\n"
    )
    found = [(status, case) for status, case, _ in _links(_report(tmp_path, capsys, page))]
    assert found[:1] == [("proven", "i = k")] and ("proven", "i = k") not in found[1:], found


@pytest.mark.parametrize(
    "lead",
    [
        "Apart from the case $i = j$:",  # probe s52-2's c_apart0
        "Excluding $i = j$:",  # c_exclude0
        "Outside the diagonal $i = j$:",  # c_outside0
        "In the case that does not have $i = j$:",  # c_notcase0
        "Unless $i = j$:",  # c_unless0
    ],
)
def test_a_case_the_lead_excludes_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """∂x_i/∂x_j = 0 below a lead that sets the case i = j aside had been refuted at i = j = 2."""
    page = f"---\nvectors: [x]\n---\n{lead}\n\n$$\n\\frac{{\\partial x_i}}{{\\partial x_j}} = 0\n$$\n"
    assert [link["status"] for link in _report(tmp_path, capsys, page)["links"]] == ["unproven"]


def test_a_matrix_property_the_lead_states_refutes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Probe s53's u01: "For a symmetric matrix $A$:" above ∇_x(xᵀAx) = 2Ax had been refuted at a non-symmetric A."""
    page = (
        "---\nvectors: [x]\narrays:\n  A: [n, n]\n---\nFor a symmetric matrix $A$:\n\n$$\\nabla_x (x^T A x) = 2 A x$$\n"
    )
    assert [link["status"] for link in _report(tmp_path, capsys, page)["links"]] == ["unproven"]
