"""A connective typed as a row's left side, ``\\text{hence} &= …``: the row goes on from the one above. Read as a
definition of an upright name "hence", the step was never checked, and a false one passed unsaid."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.read.row_connectives import blank_connectives
from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

ROWS = "$$\n\\begin{{aligned}}\nf &= (a + 1)^2 \\\\\n{word} &= {right}\n\\end{{aligned}}\n$$\n"


@pytest.mark.parametrize("word", ["\\text{hence}", "\\text{Thus,}", "\\mbox{which gives}", "\\text{i.e.}"])
@pytest.mark.parametrize(("right", "verdict"), [("a^2 + 2a + 1", "proven"), ("a^2 + 2a + 2", "refuted")])
def test_a_connective_opening_a_row_continues_the_chain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str, right: str, verdict: str
) -> None:
    report = _report(tmp_path, capsys, ROWS.format(word=word, right=right))
    assert [(status, rhs) for status, _, rhs in _links(report)] == [(verdict, right)]


def test_a_connective_in_a_tex_file_continues_the_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from derive.cli import main

    path = tmp_path / "page.tex"
    rows = "f &= (a+1)^2 \\\\\n\\text{hence} &= a^2 + 2a + 2"
    path.write_text(f"\\begin{{align}}\n{rows}\n\\end{{align}}\n", encoding="utf-8")
    assert main(["check", str(path)]) == 1
    assert "refuted" in capsys.readouterr().out


@pytest.mark.parametrize(
    "text",
    ["\\text{hence } x &= 3", "\\text{Loss} &= 3", "y = \\text{hence} + 1", "\\text{or} &= 3"],
    ids=["name-after", "a-name", "not-at-row-start", "not-a-connective"],
)
def test_only_a_connective_alone_before_the_rows_equals_is_blanked(text: str) -> None:
    assert blank_connectives(text) == text


def test_blanking_keeps_offsets() -> None:
    text = "f &= 1 \\\\\n\\text{hence} &= 1"
    assert blank_connectives(text) == "f &= 1 \\\\\n" + " " * len("\\text{hence}") + " &= 1"


@pytest.mark.parametrize("name", ["\\mathrm{SO}", "\\text{SO}", "\\mathrm{so}"])
def test_a_name_spelled_as_a_connective_keeps_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """``Let $\\mathrm{SO} = 3x$``, then a row ``\\mathrm{SO} &= 2x``: a claim about SO (false), not "so"; blanked,
    it was proven as x + x = 2x."""
    page = f"Let ${name} = 3x$ be the second-order term.\n\n$$\n\\begin{{aligned}}\nx + x &= 2x \\\\\n{name} &= 2x\n"
    report = _report(tmp_path, capsys, page + "\\end{aligned}\n$$\n")
    assert ("proven", 6) not in [(link["status"], link["line"]) for link in report["links"]]  # refuted, or refused
    assert report["exit"] == 1


REASONS = (
    "$$\n\\begin{{align*}}\nJ &= -\\log(\\frac{{1}}{{1 + e^{{-z}}}}) \\\\\n"
    "\\because \\log(\\frac{{N}}{{M}}) &= \\log(N) - \\log(M) \\\\\n&= \\log(1 + e^{{-z}}) - \\log(1) \\\\\n"
    "\\because \\log(1) &= 0 \\\\\n&= {right}\n\\end{{align*}}\n$$\n"
)


@pytest.mark.parametrize(("right", "verdict"), [("\\log(1 + e^{-z})", "proven"), ("\\log(1 + e^{z})", "refuted")])
def test_a_reason_between_rows_is_an_aside_the_chain_goes_on_across(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """A blog's align* with ``\\because …`` rows between the steps: each ∵ row had started a chain of its own, and
    the next ``&= …`` was checked as ln 1 = 0 = ln(1 + e^{-z}) and refuted; the steps of J were never checked."""
    report = _report(tmp_path, capsys, REASONS.format(right=right))
    assert [status for status, *_ in _links(report)] == ["proven", verdict]
    assert [u["line"] for u in report["unchecked"] if u["reason"].startswith("a reason given with ∵")] == [4, 6]


@pytest.mark.parametrize(
    ("rows", "condition"),
    [
        ("\\sqrt{x^2} &= |x| \\\\\n\\because x > 0 \\\\\n&= x", "\\because x > 0"),
        ("s &= x + x \\\\\n\\because x = 1 \\\\\n&= 2", "\\because x = 1"),
    ],
)
def test_a_reason_between_rows_is_a_condition_that_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: str, condition: str
) -> None:
    """∵ x > 0 between |x| and x: the link is checked, and a counterexample that breaks the reason (x = −9/5)
    refutes nothing (a probe of session 35: it had been refuted)."""
    report = _report(tmp_path, capsys, f"$$\n\\begin{{align*}}\n{rows}\n\\end{{align*}}\n$$\n")
    statuses = [status for status, *_ in _links(report)]
    assert statuses[-1] == "unproven" and condition in report["links"][-1]["method"]


def test_a_bare_reason_before_a_step_is_no_aside(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``\\because`` alone, then ``&= x(x + 3)`` on the next line: the row holds the step (TeX sets one row), so it is
    not set aside as a reason; the false step is not skipped as one (a probe of session 35)."""
    rows = "x^2 + 2x &= x (x + 2) \\\\\n\\because\n&= x (x + 3)"
    report = _report(tmp_path, capsys, f"$$\n\\begin{{align*}}\n{rows}\n\\end{{align*}}\n$$\n")
    assert not any(u["reason"].startswith("a reason given with ∵") for u in report["unchecked"])
    assert any("unreadable" in u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize(("right", "verdict"), [("2x + 2", "proven"), ("2x + 3", "refuted")])
def test_a_reason_after_a_rows_math_is_an_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """A blog's ``&= … \\quad \\because \\dfrac{d}{du}f(x) = \\dfrac{df}{dg} \\cdot \\dfrac{dg}{du} \\tag{1}``: the rule
    beside the step is its reason, an aside (the row had been refused: "a remark after the math states a relation")."""
    rows = (
        "s &= (x + 1)^2 \\\\\n\\frac{ds}{dx} &= 2(x + 1) \\quad\n"
        "\\because \\dfrac{d}{du}f(x) = \\dfrac{df}{dg} \\cdot \\dfrac{dg}{du} \\tag{1} \\\\\n"
        f"&= {right}"
    )
    report = _report(tmp_path, capsys, f"$$\n\\begin{{align*}}\n{rows}\n\\end{{align*}}\n$$\n")
    assert [status for status, *_ in _links(report)] == ["proven", verdict]
    assert [u["line"] for u in report["unchecked"] if u["reason"].startswith("a reason given with ∵")] == [5]


def test_a_reason_after_a_rows_math_that_states_a_condition_refutes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "s &= x + x \\quad \\because x = 1 \\\\\n&= 2"
    report = _report(tmp_path, capsys, f"$$\n\\begin{{align*}}\n{rows}\n\\end{{align*}}\n$$\n")
    assert [status for status, *_ in _links(report)] == ["unproven"]
    assert "\\because x = 1" in report["links"][-1]["method"]


@pytest.mark.parametrize(("right", "verdict"), [("\\frac{1}{1 + x}", "proven"), ("\\frac{1}{x}", "refuted")])
def test_let_before_a_rows_left_side_defines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], right: str, verdict: str
) -> None:
    """``\\text{Let } f(x) &= \\ln(1 + x)``, a blog's definition in words opening an align* (the row had been refused as
    a remark in words holding a relation)."""
    rows = f"\\text{{Let }} f(x) &= \\ln(1 + x) \\\\\n\\frac{{d}}{{dx}} f(x) &= {right}"
    report = _report(tmp_path, capsys, f"Assume $x > 0$.\n\n$$\n\\begin{{align*}}\n{rows}\n\\end{{align*}}\n$$\n")
    assert [status for status, *_ in _links(report)] == [verdict]
    assert any(u["reason"].startswith("a definition of f(x)") for u in report["unchecked"])


def test_let_before_a_condition_is_no_definition(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a review: ``\\text{Let } x + y &= 3`` states a condition, not a name's definition: blanking "Let" had made
    it a claim, refuted at any x, y whose sum is not 3."""
    rows = "\\text{Let } x + y &= 3 \\\\\nx &= 3 - y"
    report = _report(tmp_path, capsys, f"$$\n\\begin{{align*}}\n{rows}\n\\end{{align*}}\n$$\n")
    assert not any(status == "refuted" for status, *_ in _links(report))
