"""What the prose says of the whole page: in plain words, above every display, in no code, quote or footnote, in no
list a line that is not plain opens, and under no heading that a display lies beyond."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.stated_prose import stated_prose
from tests.read.page_reports import page_links, page_report

SOFTMAX = "Let $p_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}$ and $L = -\\sum_k y_k \\log p_k$.\n\n"
SHORTCUT = "$$\\frac{\\partial L}{\\partial z_k} = p_k \\sum_i y_i - y_k = p_k - y_k$$\n"
ROOT = "$$\\sqrt{T^2} = T$$\n"


def test_code_quotes_struck_text_and_footnotes_say_nothing_of_the_page() -> None:
    text = "A $x$.\n```\nB $y$\n```\n\n    C $z$\n\n~~D~~ $w$\n> E\n[^1]: F\n    G\n\nWe do not assume:\n\n- H\n- I\n"
    assert stated_prose(text).split("\n") == [
        "A $x$.", "", "", "", "", "", "", "", "", "", "", "", "We do not assume:", "", "", "", "",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("said", "claim", "verdicts"),
    [
        ("Here $y$ is one-hot.\n\n", SHORTCUT, ["proven", "proven"]),  # the control
        ("```\nHere $y$ is one-hot.\n```\n\n", SHORTCUT, ["proven", "refuted"]),
        ("> Here $y$ is one-hot.\n\n", SHORTCUT, ["proven", "unproven"]),  # a quote right above: refutes nothing
        ("We do not assume any of the following:\n\n- $y$ is one-hot.\n- $z$ is bounded.\n\n", SHORTCUT,
         ["proven", "refuted"]),
        ("## Example 1\n\nHere $y$ is one-hot.\n\n$$L = -\\sum_k y_k \\log p_k$$\n\n## Example 2: soft labels\n\n",
         SHORTCUT, ["proven", "proven", "refuted"]),
        ("", SHORTCUT + "\nIn the output, $y$ is one-hot.\n", ["proven", "refuted"]),  # below the display
    ],
)  # fmt: skip
def test_a_one_hot_statement_holds_for_the_page_only_where_the_page_says_it_of_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str, claim: str, verdicts: list[str]
) -> None:
    """From the session-33 probe: each had held y one-hot for the whole page, and p_k − y_k proven."""
    report = page_report(tmp_path, capsys, SOFTMAX + said + claim)
    assert [status for status, *_ in page_links(report)] == verdicts


@pytest.mark.parametrize(
    "said",
    [
        "    the temperature $T > 0$.\n\n",  # indented code
        "~~the temperature $T > 0$.~~\n\n",
        "It is not the case that\nthe temperature $T > 0$.\n\n",  # the sentence began a line above
        "We cannot say that the temperature is positive, i.e.\n$T > 0$ is the temperature.\n\n",
        "Let $L = \\sqrt{T^2}$, where $T > 0$ $\\text{is not assumed}$.\n\n",
        "Assuming[^1] $T > 0$:\n\n" + ROOT + "\n[^1]: Not so: $T$ is negative here.\n\n",
    ],
)
def test_a_domain_holds_for_the_page_only_where_the_page_says_it_of_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    """From the session-33 probe: each had held T > 0 for the whole page, and √(T²) = T proven."""
    page = said if ROOT in said else said + ("$$L = T$$\n" if "Let $L" in said else ROOT)
    assert "proven" not in [status for status, *_ in page_links(page_report(tmp_path, capsys, page))]


@pytest.mark.parametrize(
    "said",
    [
        "It is false (see Fig. 2) that the temperature $T > 0$.\n\n",  # an abbreviation's period
        "It is in*correct* that the temperature $T > 0$.\n\n",  # emphasis inside a word
        "It is &#110;&#111;&#116; true that the temperature $T > 0$.\n\n",  # HTML entities
        "Here the temperature $T > 0$ $\\text{is {not} assumed}$.\n\n",
        "Here the temperature $T > 0$ $\\mathrm{is\\ not\\ assumed}$.\n\n",
        "~Let $T > 0$ be the temperature.~\n\n",
        "~~Let $T > 0$ be\nthe temperature.~~\n\n",
        "The temperature $T > 0$ holds for 0 of the inputs.\n\n",
        "# Part one\n\n" + ROOT + "\n# Part two\n\nHere the temperature $T > 0$.\n\n$$T + T = 2T$$\n",
    ],
)
def test_a_domain_in_hidden_or_marked_up_words_is_not_the_page_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    """From the session-33 second probe: each had held T > 0 for the whole page, and √(T²) = T proven."""
    page = said if ROOT in said else said + ROOT
    statuses = [status for status, *_ in page_links(page_report(tmp_path, capsys, page))]
    assert statuses[0] != "proven"


@pytest.mark.parametrize(
    ("said", "shortcut"),
    [
        ("It is not true (see Fig. 2) that $y$ is one-hot.\n\n", "unproven"),  # not held, not plainly set aside
        ("<s>Here $y$ is one-hot.</s>\n\n", "refuted"),
        ("\u274c Here $y$ is one-hot.\n\n", "unproven"),  # neither held nor set aside: nothing refuted
        ("| Fact | Holds |\n|---|---|\n| $y$ is one-hot. | no |\n\n", "refuted"),
        ("We do not assume\nthese:\n\n- $y$ is one-hot.\n\n", "unproven"),
    ],
)
def test_a_one_hot_statement_in_hidden_or_marked_up_words_is_not_the_page_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str, shortcut: str
) -> None:
    """From the session-33 second probe: each had held y one-hot for the whole page, and p_k − y_k proven."""
    report = page_report(tmp_path, capsys, SOFTMAX + said + SHORTCUT)
    assert [status for status, *_ in page_links(report)] == ["proven", shortcut]
