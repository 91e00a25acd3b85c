"""A statement the page sets aside plainly is checked without; one in words neither plain nor plainly setting it
aside ("…, which never fails") is neither held nor dropped: a counterexample must satisfy what the page states."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.lead_sums import set_aside
from tests.read.page_reports import page_links, page_report

SUM = "---\nvectors: [y]\n---\n{lead}\n\n$$\\sum_i y_i a = a$$\n"


@pytest.mark.parametrize(
    ("lead", "verdicts"),
    [
        ("With $\\sum_i y_i = 1$, we get", ["proven"]),
        ("If $\\sum_i y_i = 1$ holds, then", ["proven"]),  # a case: the display holds under it
        ("Without $\\sum_i y_i = 1$, we get", ["refuted"]),  # set aside plainly: checked without
        ("With $\\sum_i y_i = 1$, which does not hold here, we get", ["refuted"]),
        ("With $\\sum_i y_i = 1$, which never fails, we get", []),  # two denials, which undo each other
        ("With $\\sum_i y_i = 1$ not violated, we get", []),
        ("Since $\\sum_i y_i = 1$ is never false, we get", []),
        ("Unless $\\sum_i y_i = 1$ fails, we get", ["unproven"]),  # not stated, not set aside: nothing refuted
        ("The constraint $\\sum_i y_i = 1$ is what we use:", ["unproven"]),
    ],
)
def test_a_lead_s_sum_to_one_is_held_set_aside_plainly_or_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, verdicts: list[str]
) -> None:
    """Each unread one had been set aside, and Σ_i y_i a = a refuted with y_2 = −9/5, which the lead rules out."""
    report = page_report(tmp_path, capsys, SUM.format(lead=lead))
    assert [status for status, *_ in page_links(report)] == verdicts
    if not verdicts:
        assert "in words derive does not read as stating it" in report["unchecked"][0]["reason"]
    if verdicts == ["unproven"]:
        assert "may break the condition stated before it" in report["links"][0]["method"]


@pytest.mark.parametrize(
    ("trail", "verdicts"),
    [
        ("Here we used $\\sum_i y_i = 1$, which never fails.", []),
        ("Here we used $\\sum_i y_i = 1$, which is not violated.", []),
        ("Here we used $\\sum_i y_i = 1$, which does not hold here.", ["refuted"]),
    ],
)
def test_a_trail_s_sum_to_one_is_set_aside_only_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], trail: str, verdicts: list[str]
) -> None:
    page = f"---\nvectors: [y]\n---\n$$\\sum_i y_i a = a$$\n\n{trail}\n"
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == verdicts


GRADIENT = (
    "Let $p_k = \\frac{{e^{{z_k}}}}{{\\sum_j e^{{z_j}}}}$ and $L = -\\sum_k y_k \\log p_k$, {stated}\n\n"
    "The gradient:\n\n$$\\frac{{\\partial L}}{{\\partial z_k}} = p_k \\sum_i y_i - y_k = p_k - y_k$$\n"
)


@pytest.mark.parametrize(
    ("stated", "verdicts"),
    [
        ("where $y$ is one-hot.", ["proven", "proven"]),
        ("where $y$ is one-hot, which never fails.", ["proven", "unproven"]),
        ("with $\\sum_i y_i = 1$, which never fails.", ["proven", "unproven"]),
        ("where $q$ is a vector.", ["proven", "refuted"]),
    ],
)
def test_the_page_s_statement_in_words_neither_plain_nor_setting_it_aside_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str, verdicts: list[str]
) -> None:
    """ "where $y$ is one-hot, which never fails." had been dropped, and p_k − y_k refuted with y = (47/25, 3/20)."""
    report = page_report(tmp_path, capsys, GRADIENT.format(stated=stated))
    assert [status for status, *_ in page_links(report)] == verdicts
    said = [u["reason"] for u in report["unchecked"] if "prose states an assumption" in u["reason"]]
    assert bool(said) == ("never" in stated)


def test_a_scalar_condition_in_two_denials_refutes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "Let $T$ be a number with $T > 0$, which never fails." had refuted √(T²) = T with T = −9/5."""
    page = "Let $T$ be a number with $T > 0$, which never fails.\n\n$$\\sqrt{T^2} = T$$\n"
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == ["unproven"]


def test_set_aside_is_one_denying_word_among_plain_ones() -> None:
    assert set_aside("Without $\\sum_i y_i = 1$, we get")
    assert set_aside("Here we used $\\sum_i y_i = 1$, which does not hold here.")
    assert not set_aside("With $\\sum_i y_i = 1$, which never fails, we get")
    assert not set_aside("Unless $\\sum_i y_i = 1$ fails, we get")
    assert not set_aside("With $\\sum_i y_i = 1$, as the book wrongly drops it, we get")
    assert not set_aside("With $\\sum_i y_i = 1$, we get")


@pytest.mark.parametrize(
    "lead",
    [
        "Assuming $T > 0$ is an error:",  # "error", "desired", "predicted" are no plain nouns
        "Assuming $T > 0$ is the desired case:",
        "Assuming $T > 0$ is $\\mathrm{false}$:",  # a word set in math
        "Assuming $T > 0$ is $\\mathbf{false}$:",
        "Assuming $T > 0$ is $false$:",
        "Assuming $T > 0$ is $\\emph{false}$:",
        "Assuming $T > 0$ is $\\mathrm{is\\,not\\,so}$:",
        "Assuming $T > 0$ if the inputs are correct, we get:",  # a case word inside an assumption narrows it
        "Assuming $T > 0$ whenever the inputs are one-hot:",
        "Assuming $T > 0$ that the forward pass uses, the backward pass gives:",  # a clause in words narrows it
        "Assuming $T > 0$ of the forward pass, the backward pass gives:",
        "Assuming $T > 0$ where the inputs are given:",
    ],
)
def test_words_that_negate_or_narrow_a_lead_in_plain_nouns_math_a_case_word_or_a_clause_are_not_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """From the session-34 probe: each had held T > 0 and proven √(T²) = T."""
    report = page_report(tmp_path, capsys, f"{lead}\n\n$$\\sqrt{{T^2}} = T$$\n")
    assert [status for status, *_ in page_links(report)] == []


@pytest.mark.parametrize(
    ("lead", "verdicts"),
    [
        ("Suppose $T > 0$ is false. Then:", []),  # the statement's own sentence, before "Then:"
        ("Assume $T > 0$ is untrue. Then:", []),
        ("Suppose $T > 0$ for the inputs. The outputs give:", []),
        ("The next line is false.\nAssuming $T > 0$:", []),  # a sentence before it that takes it back
        ("We do not do this.\nAssuming $T > 0$:", []),
        ("For brevity, let us omit the dependence on $x$. Assuming $T > 0$:", ["proven"]),
        ("The script printed:\n\n    Assuming $T > 0$:", ["unproven"]),  # code: no lead, and no refutation
    ],
)
def test_a_lead_is_weighed_from_its_statement_s_sentence_and_for_what_takes_it_back_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, verdicts: list[str]
) -> None:
    """From the session-34 probe: each but the last two had held T > 0 and proven √(T²) = T (only the lead's last
    sentence had been weighed; a line of an indented code block had been read as a lead)."""
    report = page_report(tmp_path, capsys, f"{lead}\n\n$$\\sqrt{{T^2}} = T$$\n")
    assert [status for status, *_ in page_links(report)] == verdicts


@pytest.mark.parametrize(
    ("page", "verdicts"),
    [
        ("---\nvectors: [y]\n---\nThe labels $y$ are one-hot.\n\nNot here: they are soft.\n\nThe loss gives:\n\n"
         "$$\\sum_i y_i a = a$$\n", ["unproven"]),
        ("---\nvectors: [y]\n---\nThings we never assume:\n\nThe labels $y$ are one-hot.\n\nThe loss gives:\n\n"
         "$$\\sum_i y_i a = a$$\n", ["unproven"]),
        ("---\nvectors: [y]\n---\nThe labels $y$ are one-hot.\n\nThe loss gives:\n\n$$\\sum_i y_i a = a$$\n",
         ["proven"]),
        ("The temperature $T > 0$ is fixed.\n\nThat is false.\n\n$$\\sqrt{T^2} = T$$\n", ["unproven"]),
        ("Assuming $T > 0$:\n\n$$\\sqrt{T^2} = T$$\n\nThat assumption is false: $T$ is any real number.\n", []),
        ("Assuming $T > 0$:\n\n$$\\sqrt{T^2} = T$$\n\nOops, $T > 0$ fails.\n", []),  # the same letter, denied
        ("Assuming $T > 0$:\n\n$$\\sqrt{T^2} = T$$\n\nWe no longer require that.\n", ["proven"]),  # what follows
        ("Assuming $T > 0$:\n\n$$\\sqrt{T^2} = T$$\n\nHere $T$ is the temperature.\n", ["proven"]),
    ],
)  # fmt: skip
def test_a_statement_the_next_paragraph_or_the_one_that_opens_it_may_take_back_is_not_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, verdicts: list[str]
) -> None:
    """From the session-34 probe: each had held y one-hot or T > 0 and proven the display."""
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == verdicts


@pytest.mark.parametrize(
    ("page", "verdicts"),
    [
        (SUM.format(lead="With $\\sum_i y_i = 1$, not $\\sum_i y_i = 0$, we get"), []),  # a denial of another thing
        (SUM.format(lead="With $\\sum_i y_i = 1$ and without the bias, we get"), []),
        (SUM.format(lead="With $\\sum_i y_i = 1$ we get $a$, and for every $y$ we get"), []),  # claimed beyond it
        ("---\nvectors: [y]\n---\n$$\\sum_i y_i a = a$$\n\nHere we used $\\sum_i y_i = 1$, not the bias.\n", []),
        ("---\nvectors: [y]\n---\nThe labels sum to one: $\\sum_i y_i = 1$.\n\nWe get\n\n$$\\sum_i y_i a = a$$\n",
         ["unproven"]),  # stated page-wide in words derive does not read as stating it: nothing refuted
        ("---\n---\nWith $T = 2$ we get $T^2 = 4$, and for every $T$ we get\n\n$$\\sqrt{T^2} = T$$\n", ["unproven"]),
        ("---\n---\nAssuming $\\color{white} T > 0$:\n\n$$\\sqrt{T^2} = T$$\n", []),  # the page shows no formula
    ],
)  # fmt: skip
def test_a_denial_counts_only_in_its_statement_s_clause_and_what_is_claimed_beyond_is_not_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, verdicts: list[str]
) -> None:
    """From the session-34 second probe: the first four and the fifth had refuted Σ_i y_i a = a with y_2 = −9/5,
    which the page rules out; the sixth had held T = 2 and the last T > 0, each proving √(T²) = T."""
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == verdicts


def test_a_page_wide_one_hot_beside_a_denial_of_another_thing_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "where $y$ is one-hot, without the bias." had set the one-hot aside, and refuted p_k − y_k with y = (47/25,
    3/20)."""
    report = page_report(tmp_path, capsys, GRADIENT.format(stated="where $y$ is one-hot, without the bias."))
    assert [status for status, *_ in page_links(report)] == ["proven", "unproven"]


@pytest.mark.parametrize(
    ("lead", "verdicts"),
    [
        ("Assuming $T > 0$ with $-T$ substituted for $T$:", []),  # another expression put in for the letter
        ("Assuming $T > 0$, then $T$ becomes $-T$:", []),
        ("Assume $T > 0$. Now let $T$ denote $-T$. We get:", []),
        ("Assuming $T > 0$, we can simplify:", ["proven"]),  # plain wordings that state it
        ("Assuming $T > 0$, the expression becomes:", ["proven"]),
        ("Assuming $T > 0$ (the temperature is positive):", ["proven"]),
        ("We assume $T > 0$ from now on:", ["proven"]),
    ],
)
def test_a_lead_that_puts_another_expression_in_for_its_letter_is_not_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, verdicts: list[str]
) -> None:
    """From the session-34 third probe: the first three had held T > 0 and proven √(T²) = T for a display whose T
    is −T; the others had been refused for a word not on the list."""
    report = page_report(tmp_path, capsys, f"---\n---\n{lead}\n\n$$\\sqrt{{T^2}} = T$$\n")
    assert [status for status, *_ in page_links(report)] == verdicts


@pytest.mark.parametrize(
    "stated", ["where the softmax of $y$ is a probability vector.", "where the prediction for $y$ is one-hot."]
)
def test_what_the_prose_says_of_another_thing_of_a_vector_is_not_said_of_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str
) -> None:
    """From the session-34 third probe: each had held y one-hot or Σ y = 1 and proven p_k Σ_i y_i − y_k = p_k − y_k."""
    report = page_report(tmp_path, capsys, GRADIENT.format(stated=stated))
    assert [status for status, *_ in page_links(report)] == ["proven", "refuted"]


@pytest.mark.parametrize(
    ("page", "verdicts"),
    [
        ("---\n---\n$T$ is positive throughout.\n\nThen\n\n$$\\sqrt{T^2} = T$$\n", ["unproven"]),
        ("---\n---\nThe temperature $T$ is always positive.\n\nThen\n\n$$\\sqrt{T^2} = T$$\n", ["unproven"]),
        ("---\nvectors: [y]\n---\nThe labels $y$ sum to one.\n\nThen\n\n$$\\sum_i y_i a = a$$\n", ["proven"]),
        ("---\nvectors: [y]\n---\nThe labels $y$ always sum to one.\n\nThen\n\n$$\\sum_i y_i a = a$$\n", ["proven"]),
    ],
)
def test_a_sign_or_a_sum_to_one_the_prose_states_is_held_or_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str, verdicts: list[str]
) -> None:
    """From the session-34 third probe: each had been refuted with T = −9/5 or y_2 = −9/5, which the page rules out."""
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == verdicts


def test_a_statement_the_front_matter_assumes_anyway_is_not_said_unheld(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The front matter's y one-hot holds whatever the prose's words: no unreadable line, and the shortcut proven."""
    page = "---\nvectors: [y]\nassume: [y one-hot]\n---\n" + GRADIENT.format(
        stated="where $y$ is one-hot, which never fails."
    )
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == ["proven", "proven"]
    assert not [u for u in report["unchecked"] if "prose states an assumption" in u["reason"]]


@pytest.mark.parametrize(
    ("lead", "status"),
    [
        ("When every label is either 0 or 1,", "unproven"),  # a probe's: refuted at y_1 = 61/100
        ("If the labels are binary:", "unproven"),
        ("When we expand the sums,", "refuted"),  # no value stated: checked as written
        ("If one wants, the sum can be dropped:", "refuted"),  # a probe's: "one" is no value stated
        ("When we have two terms,", "refuted"),
    ],
)
def test_a_condition_in_words_alone_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, status: str
) -> None:
    page = f"---\n---\n{lead}\n\n$$\\sum_{{i=1}}^n (y_i^2 - y_i) x_i + \\sum_{{i=1}}^n (p_i - y_i) x_i = "
    page += "\\sum_{i=1}^n (p_i - y_i) x_i$$\n"
    assert [status_ for status_, _, _ in page_links(page_report(tmp_path, capsys, page))] == [status]
