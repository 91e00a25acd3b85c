"""A matrix written by its entries, ``\\left( … \\right)_{ij}`` (``derive.read.entry_builders``): the matrix whose
entry (i, j) is the number inside, compared entry by entry with a side written whole. It had been refused ("a
subscript here has nothing to attach to")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links, page_report

GRADIENT = "\\frac{\\partial L}{\\partial \\hat y}"
SQUARE = "\\frac{1}{N} \\frac{\\partial}{\\partial \\hat y_{ij}}"  # before (\hat y_{ij} - y_{ij})^2
#: N the mean's count, a length the front matter gives (a letter under \\frac{1}{N} alone stays a number).
LOSS = "---\nsizes:\n  N: symbolic\n---\n"
LOSS += "The loss is\n$$\nL = \\frac{1}{N}\\sum_{i, j} (\\hat y_{ij} - y_{ij})^2\n$$\nso\n"


def _chain(left: str, middle: str) -> str:
    """The page with ``left = middle = \\frac{2}{N} (\\hat y - y)`` below the loss."""
    rows = f"{left}\n&= {middle} \\\\\n&= \\frac{{2}}{{N}} (\\hat y - y)"
    return f"{LOSS}$$\n\\begin{{align}}\n{rows}\n\\end{{align}}\n$$\n"


@pytest.mark.parametrize(
    ("entry", "statuses"),
    [
        ("\\frac{2}{N} (\\hat y_{ij} - y_{ij})", ["proven", "proven"]),
        (f"{SQUARE} (\\hat y_{{ij}} - y_{{ij}})^2", ["proven", "proven"]),
        ("\\frac{1}{N} (\\hat y_{ij} - y_{ij})", ["refuted", "refuted"]),
        ("\\frac{2}{N} (\\hat y_{ij} - y_{ji})", ["refuted", "refuted"]),  # a transposed y: wrong off the diagonal
    ],
)
def test_a_matrix_by_its_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: str, statuses: list[str]
) -> None:
    report = page_report(tmp_path, capsys, _chain(GRADIENT, f"\\left( {entry} \\right)_{{ij}}"))
    assert [status for status, *_ in page_links(report)] == statuses
    if "refuted" in statuses:
        values = report["links"][0]["counterexample"]["values"]
        assert int(values["N"]) >= 1 and {"row", "column"} <= set(values)


@pytest.mark.parametrize(
    ("left", "middle", "reason"),
    [  # beside a number: the matrix, or its entry (i, j)?
        ("\\frac{\\partial L}{\\partial \\hat y_{ij}}", "\\left( \\frac{2}{N} (\\hat y_{ij} - y_{ij}) \\right)_{ij}",
         "can be read two ways"),
        # the sum binds the derivative's letters: which i?
        (GRADIENT, f"\\left( {SQUARE} \\sum_{{i, j}} (\\hat y_{{ij}} - y_{{ij}})^2 \\right)_{{ij}}",
         "nothing to attach to"),
        (GRADIENT, "\\left( \\frac{2}{N} \\right)_{ij}", "nothing to attach to"),  # no i, j inside
    ],
)  # fmt: skip
def test_a_matrix_by_its_entries_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], left: str, middle: str, reason: str
) -> None:
    report = page_report(tmp_path, capsys, _chain(left, middle))
    assert any(reason in entry["reason"] for entry in report["unchecked"]), report["unchecked"]
    assert "refuted" not in [status for status, *_ in page_links(report)][:1]
