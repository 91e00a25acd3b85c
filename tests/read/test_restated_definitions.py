"""A name a page defines twice in two sections with bodies of one value (a blog's σ(x) = (1 + e^{-x})^{-1}, then,
under a heading, σ(x) = \\frac{1}{1 + e^{-x}}): the same definition, restated. Every display below the second had been
refused ("defined twice … may mean either"); a body of another value is a definition of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

PAGE = (
    "$$\n\\sigma(x) = (1 + e^{{-x}})^{{-1}}\n$$\n\n## Simplify\n\n$$\n\\sigma(x) = {again} \\quad \\Rightarrow \\quad "
    "1 - \\sigma(x) = \\frac{{e^{{-x}}}}{{1 + e^{{-x}}}}\n$$\n\n"
    "$$\n\\frac{{d}}{{dx}} \\sigma(x) = \\sigma(x)(1 - \\sigma(x))\n$$\n"
)


@pytest.mark.parametrize(
    ("again", "verdicts"),
    [
        ("\\frac{1}{1 + e^{-x}}", ["proven", "proven", "proven"]),  # the same function: a claim, proven
        ("\\frac{e^{x}}{1 + e^{x}}", ["proven", "proven", "proven"]),
    ],
)
def test_a_definition_restated_with_a_body_of_the_same_value_is_one_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], again: str, verdicts: list[str]
) -> None:
    report = page_report(tmp_path, capsys, PAGE.format(again=again))
    assert [status for status, *_ in page_links(report)] == verdicts
    assert not any("defined twice" in u["reason"] for u in report["unchecked"])


def test_a_definition_with_a_body_of_another_value_is_a_second_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = PAGE.format(again="\\frac{1}{1 + e^{x}}")
    report = page_report(tmp_path, capsys, page.replace("## Simplify", "## Another function"))
    # the section under the heading is a setting of its own, with its own σ: 1 − σ(x) and σ' = σ(1 − σ) fail there
    assert [status for status, *_ in page_links(report)] == ["refuted", "refuted"]
    # below "## Simplify" the second body is a step that simplifies the first, a claim: its slip (e^{x} for
    # e^{-x}) refuted at its line, and what holds of the page's σ proven
    report = page_report(tmp_path, capsys, page)
    assert [(link["line"], link["status"]) for link in report["links"]] == [
        (8, "refuted"),
        (8, "proven"),
        (12, "proven"),
    ]


@pytest.mark.parametrize(
    ("front", "first", "second", "claim"),
    [
        ("functions: [f]", "g = f(x + y)", "g = f(x) + f(y)", "g = f(x + y)"),  # f applied, no product
        ("arrays: [A, B]", "C = AB", "C = BA", "C = AB"),  # matrices do not commute
        ("", "f(x) = x + 1", "f(x) = \\frac{x^2 - 1}{x - 1}", "f(1) = 2"),  # 0/0 at x = 1
    ],
)
def test_bodies_equal_only_as_numbers_or_off_a_point_are_two_definitions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, first: str, second: str, claim: str
) -> None:
    """A second probe of session 35: each second definition had been taken for the first, and the claim below it,
    false of the second, proven."""
    page = f"---\n{front}\n---\n# Part one\n\nLet ${first}$.\n\n$${first}$$\n\n"
    page += f"# Part two\n\nLet ${second}$.\n\n$${claim}$$\n"
    report = page_report(tmp_path, capsys, page)
    assert page_links(report)[-1][0] != "proven"
