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
    report = page_report(tmp_path, capsys, PAGE.format(again="\\frac{1}{1 + e^{x}}"))
    # the section under the heading is a setting of its own, with its own σ: 1 − σ(x) and σ' = σ(1 − σ) fail there
    assert [status for status, *_ in page_links(report)] == ["refuted", "refuted"]
