"""Conditions the prose states in forms derive reads only to keep a counterexample honest
(``derive.read.condition_forms``, ``entry_conditions``, ``other_relations.limiting_remark``): "never negative", x ≮ 0,
¬(x < 0), x ∈ ℝ⁺, "$x$ in $(0, 1)$", "Let $x_i = 1$.", a quote's empty line, "If $x < 0$, then" below a display.
Each had let a counterexample that breaks it refute the display (a probe's R4, R5, R7, M3); what the page states
stays refutable where the counterexample keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import one_verdict, page_report

_STATED = [
    "Since $x$ is never negative,",
    "Since $x < 0$ never happens,",
    "We exclude $x < 0$:",
    "Since $x$ cannot be negative,",
    "Given that $x$ is not negative,",
    "Since $x \\not< 0$,",
    "Since $\\neg(x < 0)$,",
    "Since $x \\nless 0$,",
    "Since $x \\in \\mathbb{R}^+$,",
    "Since $x \\in \\mathbb{R}_{\\ge 0}$,",
    "For $x$ in $(0, 1)$,",
    "Here $x$ is in $(0, 1)$.",  # a probe's, as the rest below
    "We take $x$ in the interval $[0, 1]$.",
    "Here $x \\not\\lt 0$.",
    "Here $x \\in \\mathbb{R}_{\\geqslant 0}$.",
    "Negative $x$ never occurs.",
]


@pytest.mark.parametrize("lead", _STATED)
def test_a_counterexample_that_breaks_a_condition_in_these_forms_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    report = page_report(tmp_path, capsys, f"{lead}\n\n$$|x| = x$$\n", "--no-cache")
    assert one_verdict(report) == "unproven"
    assert "not refuted" in report["links"][0]["method"]


@pytest.mark.parametrize(
    "trail", ["because $x$ is never negative.", "since $x < 0$ never happens here.", "since we exclude $x < 0$."]
)
def test_so_after_the_display(tmp_path: Path, capsys: pytest.CaptureFixture[str], trail: str) -> None:
    report = page_report(tmp_path, capsys, f"$$|x| = x$$\n{trail}\n", "--no-cache")
    assert one_verdict(report) == "unproven"


@pytest.mark.parametrize(
    "remark",
    [
        "\\text{for positive } x",
        "\\text{for } x \\in \\mathbb{R}^+",
        "\\text{on } (0, \\infty)",
        "\\text{for all positive } x",
    ],
)
def test_so_in_words_inside_the_display(tmp_path: Path, capsys: pytest.CaptureFixture[str], remark: str) -> None:
    report = page_report(tmp_path, capsys, f"$$|x| = x \\quad {remark}$$\n", "--no-cache")
    assert one_verdict(report) == "unproven"


def test_for_all_inside_the_display_limits_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, "$$|x| = x \\quad \\text{for all } x$$\n", "--no-cache")
    assert one_verdict(report) == "refuted"


def test_a_counterexample_that_keeps_the_condition_still_refutes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = page_report(tmp_path, capsys, "Since $x$ is never positive,\n\n$$|x| = x$$\n", "--no-cache")
    assert one_verdict(report) == "refuted"
    assert report["links"][0]["counterexample"]["values"]["x"].startswith("-")  # x ≤ 0, as stated


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("---\nvectors: [x]\n---\nSince $x_i > 0$,\n\n$$|x_1| = x_1$$\n", "$x_i > 0$"),
    ],
)
def test_a_condition_on_every_entry_with_a_letter_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, breaks: str
) -> None:
    report = page_report(tmp_path, capsys, text, "--no-cache")
    assert one_verdict(report) == "unproven"
    assert f"breaks {breaks}" in report["links"][0]["method"]


def test_a_quote_s_empty_line_keeps_the_case_above_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    front = "---\nvectors: [z]\ndefine:\n  s_i: \\frac{e^{z_i}}{\\sum_k e^{z_k}}\n---\n"
    text = f"{front}> If $i = k$:\n>\n> $$\\frac{{\\partial s_i}}{{\\partial z_k}} = s_i(1 - s_i)$$\n"
    report = page_report(tmp_path, capsys, text, "--no-cache")
    assert [(link["status"], link["case"]) for link in report["links"]] == [("proven", "i = k")]


def test_a_condition_that_opens_the_next_display_s_sentence_is_not_the_one_above_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "If $x > 0$, then\n$$|x| = x.$$\nIf $x < 0$, then\n$$|x| = -x.$$\nIn every case,\n$$|x| = x.$$\n"
    report = page_report(tmp_path, capsys, text, "--no-cache")
    assert [link["status"] for link in report["links"]] == ["proven", "proven", "refuted"]


@pytest.mark.parametrize(("sign", "verdict"), [("<", "unproven"), (">", "refuted")])
def test_a_condition_below_that_says_the_display_above_holds_under_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, verdict: str
) -> None:
    """ "If $x < 0$, then this holds." below |x| = -x (a probe's): the counterexample x = 47/25 breaks it; under x > 0
    the display is false, and refuted at a point that keeps x > 0."""
    text = f"We have\n\n$$ |x| = -x $$\n\nIf $x {sign} 0$, then this holds.\n"
    assert one_verdict(page_report(tmp_path, capsys, text, "--no-cache")) == verdict
