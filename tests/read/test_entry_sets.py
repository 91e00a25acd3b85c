"""A vector written as its entries in set braces, ``\\mathbf{x} = \\{ x_1, x_2, ..., x_n \\}``: the column of those
entries, as a matrix with dots is read. A blog writes its input and its softmax so; both displays were refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import one_verdict, page_links, page_report

SOFTMAX = "$$p_j = \\frac{e^{x_j}}{\\sum_k e^{x_k}}$$\n\n"


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("\\mathbf{x} = \\{ x_1, x_2, ..., x_n \\}", "proven"),
        ("\\mathbf{p} = \\{ p_1, p_2, \\dots, p_n \\}", "proven"),
        ("\\mathbf{p} = \\{ x_1, x_2, ..., x_n \\}", "refuted"),
        ("\\mathbf{x} = \\{ x_n, x_2, ..., x_1 \\}", "unreadable"),  # no pattern of one entry: refused
    ],
)
def test_a_vector_listed_in_set_braces_is_that_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    assert one_verdict(page_report(tmp_path, capsys, SOFTMAX + f"Then\n\n$${display}$$\n")) == status


@pytest.mark.parametrize("listed", ["\\{ x_1, x_2 \\}", "\\{ x_1, z_2, \\dots, x_n \\}", "\\{ 1, 2, \\dots, n \\}"])
def test_any_other_set_stays_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], listed: str) -> None:
    report = page_report(tmp_path, capsys, SOFTMAX + f"Then\n\n$$\\mathbf{{x}} = {listed}$$\n")
    assert not page_links(report)
    assert any(u["reason"].startswith("unreadable") for u in report["unchecked"])


def test_a_list_that_ends_short_of_the_length_stays_a_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """From a probe: ``\\{ x_1, x_2, \\dots, x_k \\}``, the first k entries, had been proven equal to x."""
    report = page_report(tmp_path, capsys, "Then\n\n$$\n\\mathbf{x} = \\{ x_1, x_2, \\dots, x_k \\}\n$$\n")
    assert report["links"] == []
    assert "is a set, not a value" in report["unchecked"][-1]["reason"]
