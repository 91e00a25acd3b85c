"""Only plain words state what derive holds: a lead's assumption, a trail's constraint or values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.read.plain_words import plain, unplain_words
from tests.read.page_reports import page_links, page_report


def test_the_words_outside_the_plain_ones_are_named_once_each_math_aside() -> None:
    assert unplain_words("With $\\sum_i y_i = 1$, we get") == []
    assert unplain_words("Without it, the shortcut fails; it fails.") == ["Without", "shortcut", "fails"]
    assert unplain_words("Let $x$ be given, i.e. fixed, see [the figure](https://x.org/not).") == []
    assert unplain_words("If $i = k$, then") == ["If"]
    assert unplain_words("If $i = k$, then", cases=True) == []
    assert plain("where y is the one-hot label") and not plain("where y would be one-hot")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Assuming zero of the examples have $T > 0$:", ["zero", "examples"]),  # plain words that pick out some
        (
            "Assuming $T > 0$ in the first layer, the last layer gives:",
            ["in the first layer", "first", "layer", "last"],
        ),
        ("Assuming the rest have $T > 0$:", ["rest"]),
        ("Assuming $T > 0$ is $\\text{false}$:", ["false"]),  # prose inside math
        ("Assuming $T > 0$ is n\u043et the case:", ["n\u043et"]),  # a Cyrillic o
        ("Assuming $T > 0$ is n\u200bo\u200bt the case:", ["not"]),  # zero-width spaces
        ("Assuming $T > 0$ is n o t the case:", ["n", "o", "t"]),  # spelled out
        ("Assuming[^1] $T > 0$:", ["[^…]", "0-9"]),  # a footnote may take it back
        ("Assuming $T > 0$ \u4e0d:", ["\u4e0d"]),
    ],
)
def test_words_that_pick_out_hide_or_spell_are_not_plain(text: str, words: list[str]) -> None:
    """From the session-33 probe: each had held T > 0 (or Σ y = 1, or y one-hot) for a display."""
    assert unplain_words(text) == words


def test_phrases_that_only_describe_a_one_hot_vector_are_plain() -> None:
    for text in (
        "The target $y$ is one-hot: only one entry is 1.",
        "Assuming $y$ is one-hot: $y = e_m$ for some class $m$.",
        "Assuming the targets sum to one: $\\sum_i y_i = 1$.",
        "Given that $\\sum_k y_k = 1$ as $y$ has one non-zero element, which is 1.",
    ):
        assert plain(text), text


@pytest.mark.parametrize(
    ("lead", "display", "verdicts"),
    [
        ("Assuming $T > 0$:", "\\sqrt{T^2} = T", ["proven"]),
        ("Assuming, as the book wrongly claims, $T > 0$:", "\\sqrt{T^2} = T", []),
        ("Given, for the sake of argument, $T > 0$:", "\\sqrt{T^2} = T", []),
    ],
)
def test_a_lead_states_its_assumption_in_plain_words_or_the_display_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, display: str, verdicts: list[str]
) -> None:
    """From the session-33 review: "Assuming, as the book wrongly claims, $T > 0$:" had been held, and √(T²) = T
    proven; no list of the words that take a statement back is complete, so only plain ones state."""
    report = page_report(tmp_path, capsys, f"{lead}\n\n$${display}$$\n")
    assert [status for status, *_ in page_links(report)] == verdicts
    if not verdicts:
        assert "in words derive does not read as stating it" in report["unchecked"][0]["reason"]


@pytest.mark.parametrize(
    ("trail", "verdicts"),
    [
        ("Here we used $\\sum_i y_i = 1$.", ["proven"]),
        ("Here we used $\\sum_i y_i = 1$, which does not hold here.", ["refuted"]),  # set aside: checked without
        ("Here we used $\\sum_i y_i = 1$, as the slides claim.", []),
        ("Here we used $\\sum_i y_i = 1$. Or so it seems.", []),
        ("where I have substituted $a = 1$, as the slides claim.", []),
    ],
)
def test_a_trail_says_what_its_display_used_in_plain_words_or_the_display_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], trail: str, verdicts: list[str]
) -> None:
    """ "Here we used $\\sum_i y_i = 1$, as the slides claim." had been held, and Σ_i y_i a = a proven."""
    page = f"---\nvectors: [y]\n---\n$$\\sum_i y_i a = a$$\n\n{trail}\n"
    report = page_report(tmp_path, capsys, page)
    assert [status for status, *_ in page_links(report)] == verdicts
    if not verdicts:
        assert "in words derive does not read as stating it" in report["unchecked"][0]["reason"]


@pytest.mark.parametrize(
    ("stated", "verdicts"),
    [
        ("where $y$ is one-hot.", ["proven", "proven"]),
        ("where $y$ is one-hot, supposedly.", ["proven", "unproven"]),  # hedged: no counterexample refutes
        ("where $\\sum_i y_i = 1$.", ["proven", "proven"]),
        ("where $\\sum_i y_i = 1$, supposedly.", ["proven", "unproven"]),
    ],
)
def test_the_prose_states_a_page_s_assumption_in_plain_words_or_not_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stated: str, verdicts: list[str]
) -> None:
    """ "…, where $y$ is one-hot, supposedly." had been held for the whole page, and p_k Σ_i y_i − y_k = p_k − y_k
    proven: the hedge was in no list."""
    page = (
        "Let $p_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}$ and $L = -\\sum_k y_k \\log p_k$, " + stated + "\n\n"
        "The gradient:\n\n$$\\frac{\\partial L}{\\partial z_k} = p_k \\sum_i y_i - y_k = p_k - y_k$$\n"
    )
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == verdicts


@pytest.mark.parametrize(
    "page",
    [
        "Here we do not\nassume $T > 0$:\n\n$$\\sqrt{T^2} = T$$\n",  # the paragraph the lead ends
        "Assuming $T > 0$, is this so?\n\n$$\\sqrt{T^2} = T$$\n",  # a question
    ],
)
def test_what_the_lead_s_paragraph_takes_back_or_asks_is_not_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    """From the session-33 probe: each had held T > 0 and proven √(T²) = T (only the line right before the display
    had been weighed)."""
    assert "proven" not in [status for status, *_ in page_links(page_report(tmp_path, capsys, page))]


@pytest.mark.parametrize(
    ("trail", "verdicts"),
    [
        ("Here we used $\\sum_i y_i = 1$\nby mistake; it does not hold.", []),  # the trail's paragraph: not plain
        ("Here we used $\\sum_i y_i = 1$?", []),
        ("Using $\\sum_i y_i = 1$, we get\n\n$$\\sum_i y_i b = b$$", ["refuted", "proven"]),  # the next one's lead
        ("Given that $\\sum_i y_i = 1$ holds for all $i$, we get\n\n$$\\sum_i y_i b = b$$", ["refuted", "proven"]),
    ],
)
def test_a_trail_s_paragraph_is_weighed_and_a_lead_of_the_next_display_is_no_trail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], trail: str, verdicts: list[str]
) -> None:
    """From the session-33 probe: each had held Σ y = 1 for Σ_i y_i a = a above it."""
    page = f"---\nvectors: [y]\n---\n$$\\sum_i y_i a = a$$\n\n{trail}\n"
    assert [status for status, *_ in page_links(page_report(tmp_path, capsys, page))] == verdicts


@pytest.mark.parametrize(
    "lead",
    [
        "Assuming $T > 0$ in the forward pass, the backward pass gives:",
        "Assuming $T > 0$ for the inputs, the outputs give:",
        "Assuming $T > 0$ for the inputs and $a = 3$, we get:",
        "Assuming, for the inputs, that $T > 0$:",
        "Assuming the inputs' $T > 0$:",
    ],
)
def test_a_lead_that_narrows_its_assumption_to_something_else_is_not_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """From session 33's final review: a preposition whose object is words, not a formula, or a possessive, narrows
    what is assumed to something the display need not be about; each had held T > 0 and proven √(T²) = T."""
    report = page_report(tmp_path, capsys, f"{lead}\n\n$$\\sqrt{{T^2}} = T$$\n")
    assert [status for status, *_ in page_links(report)] == []
    assert "unreadable" in json.dumps(report)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("For $x > 0$ we have", []),
        ("With the inputs $a = 3$, $b = 1$ of Fig. 7.12, the backward pass gives", []),
        ("We assume $T > 0$ throughout.", []),
        ("for all $i$ and for some class $m$", []),
        ("Assuming $T > 0$ in the forward pass, we get", ["in the forward pass"]),
        ("Given that $s = 1$ for the one-hot labels, we get", []),  # a description, taken whole
        ("Given that $s = 1$ for the labels, we get", ["for the labels"]),
    ],
)
def test_a_preposition_states_a_formula_and_narrows_by_words(text: str, words: list[str]) -> None:
    assert unplain_words(text, cases=True) == words
