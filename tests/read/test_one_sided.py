"""A function the text only implies (a prime on it), on one side of a link only: the page defines it there in a
way derive did not read, so the link is unread, naming both readings; never refuted by f = sin. Declared generic,
the same claim is checked for every function, and refuted by none where the page gives f a value."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report
from tests.read.test_reads_pages import statuses

GATHER = (
    "{front}Softplus:\n\n\\begin{{gather*}}\ny = f(x) = \\log(1 + e^{{x}}) \\\\\n"
    "f'(x) = \\frac{{e^{{x}}}}{{1 + e^{{x}}}} = {last}\n\\end{{gather*}}\n"
)
ALONE = "---\n---\n$$f'(x) = \\frac{{e^{{x}}}}{{1 + e^{{x}}}} = {last}$$\n"


@pytest.mark.parametrize(
    ("last", "links"), [("\\frac{1}{1 + e^{-x}}", [(3, "proven")]), ("\\frac{e^x}{(1 + e^x)^2}", [(3, "refuted")])]
)
def test_a_function_the_page_never_defines_is_never_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, links: list[tuple[int, str]]
) -> None:
    """f' of an f the page never defines: only the link without f is checked, e^x/(1 + e^x) = 1/(1 + e^{-x}), and
    its false twin refuted."""
    read, unchecked = statuses(tmp_path, capsys, ALONE.format(last=last))
    assert read == links
    assert any("f, which the page never defines, stands on one side only" in u for u in unchecked)


def test_a_declared_function_is_any_function_and_the_claim_is_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Declared generic, f is any function: but the row above gives it a value (f(x) = log(1 + e^x)), so the
    claim is checked for every f and refuted by none (``derive.read.specialized_functions``)."""
    text = GATHER.format(front="---\nfunctions: [f]\n---\n", last="\\frac{1}{1 + e^{-x}}")
    links, unchecked = statuses(tmp_path, capsys, text)
    assert (8, "unproven") in links
    assert not any("stands on one side only" in u for u in unchecked)


@pytest.mark.parametrize(("front", "status"), [("", "unproven"), ("functions: ['\\sigma']\n", "refuted")])
def test_a_function_on_both_sides_is_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, status: str
) -> None:
    """σ'(z) = σ(z)(1 − σ(z)) of an arbitrary σ: false of most, checked; σ undeclared may be the sigmoid, for which
    it holds, so it is "not refuted" (``derive/report_sigmoid.py``); declared any function, it is refuted."""
    text = f"---\n{front}---\n$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n"
    links, _ = statuses(tmp_path, capsys, text)
    assert links == [(3 + front.count("\n"), status)]


#: Hjorth-Jensen's cost, its output y named a^L in the prose alone; a^L written a here.
RENAMED = (
    "{front}$$\\frac{{1}}{{2}}\\sum_{{i=1}}^n (y_i - t_i)^2 = \\frac{{1}}{{2}}\\sum_{{i=1}}^n (a_i - t_i)^{{{power}}}$$"
    "\n\n$$\\frac{{\\partial}}{{\\partial a_j}} \\frac{{1}}{{2}}\\sum_{{i=1}}^n (a_i - t_i)^2 = a_j - t_j$$\n"
)


@pytest.mark.parametrize(
    ("front", "power", "first"),
    [
        ("", "2", None),  # y named a here: unread, naming both readings
        ("", "3", "refuted"),  # no renaming: a claim, false
        ("---\nvectors: [y]\n---\n", "2", "refuted"),  # y declared: the claim for every y, false
    ],
)
def test_a_name_written_in_one_side_only_in_place_of_another_is_never_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, power: str, first: str | None
) -> None:
    """½Σ(y_i − t_i)² = ½Σ(a_i − t_i)², y written nowhere else: the page names y = a there (it had been refuted, y
    and a free); a link that is no renaming, or y declared, is checked as before."""
    read, unchecked = statuses(tmp_path, capsys, RENAMED.format(front=front, power=power))
    line = 4 if front else 1
    assert read == ([] if first is None else [(line, first)]) + [(line + 2, "proven")]
    named = "y, which the page never defines, stands in this side only, and the link writes a in its place"
    assert any(named in u for u in unchecked) == (first is None)


def test_letters_a_chain_names_in_its_last_side_refute_nothing_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "For simplicity, let's denote" z(x) = √(2/π) x (1 + 0.044715 x²) = x (a + b x²): a and b are named there, in
    words derive does not read; read as any numbers, that link and z'(x) = a + 3b x² below had been refuted (T-09)."""
    page = (
        "For simplicity, let's denote:\n\n"
        "$$z(x) = \\sqrt{\\frac{2}{\\pi}} \\cdot x \\cdot (1 + 0.044715 \\cdot x^2) = x \\cdot (a + b \\cdot x^2)$$\n\n"
        "The derivative of $z(x)$:\n\n$$z'(x) = a + 3b \\cdot x^2$$\n"
    )
    report = page_report(tmp_path, capsys, page)
    assert [(link["line"], link["status"]) for link in report["links"]] == [(3, "unproven"), (7, "unproven")]
    assert all("where line 3 states its value" in link["method"] for link in report["links"])
