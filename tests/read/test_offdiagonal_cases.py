"""A Jacobian's off-diagonal entries written right after its diagonal ones, no case stated (``derive.read.
offdiagonal_cases``): read under j ≠ i, said in the report; false there, refuted; a lead that widens it, or a case
of its own, leaves it as written. Held-out U-05 had ∂g_i/∂x_j = −g_i g_j refuted at i = j."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = """---
define:
  s_i: \\frac{{e^{{x_i}}}}{{\\sum_k e^{{x_k}}}}
---
The derivative of this function is given by
$$\\frac{{\\partial s_i}}{{\\partial x_i}} = s_i(1 - s_i)$$
{lead}
$$\\frac{{\\partial s_i}}{{\\partial x_j}} = {value}$$
"""


def _report(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:  # type: ignore[type-arg]
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("value", "status"), [("-s_i s_j", "proven"), ("s_i s_j", "refuted")])
def test_the_entries_after_the_diagonal_are_read_off_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, status: str
) -> None:
    report = _report(tmp_path, capsys, PAGE.format(lead="and", value=value))
    assert [link["status"] for link in report["links"]] == ["proven", status]
    assert report["links"][1]["case"] == "j ≠ i"
    assert report["readings"] == [
        "line 8: read under j ≠ i, the entries the display at line 6 (its case j = i) leaves; state the case if the "
        "page means another"
    ]


@pytest.mark.parametrize("lead", ["In general,", "For every $i$ and $j$:", "Combining both cases,"])
def test_a_lead_that_widens_it_leaves_it_for_every_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    report = _report(tmp_path, capsys, PAGE.format(lead=lead, value="-s_i s_j"))
    assert [link["status"] for link in report["links"]] == ["proven", "refuted"]


def test_an_entry_of_a_defined_vector_labelled_with_its_vector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """g_i(\\vec{x}) where the page defines g_i(\\vec{x}) = …: the entry, its label the vector it depends on (it
    was refused, "g_i(x) beside the vector g": the entry as a function, or a product)."""
    page = "We have\n$$g_i(\\vec{x})=\\frac{e^{x_i}}{\\sum_{k=1}^ne^{x_k}}$$\nso\n$$\\sum_{i=1}^ng_i(\\vec{x})=1$$\n"
    report = _report(tmp_path, capsys, page)
    assert [link["status"] for link in report["links"]] == ["proven"]


@pytest.mark.parametrize(
    ("lead", "value", "expected"),
    [
        ("and, with $i = j$ too,", "-s_i s_j", "unproven"),  # probe s54's F2: the lead widens it (a case it states)
        ("for $i$ and $j$ alike", "-s_i s_j", "refuted"),
        ("and", "s_i(\\delta_{ij} - s_j)", "proven"),  # F3: a delta makes it a formula for every pair
        ("and", "s_i(2\\delta_{ij} - s_j)", "refuted"),
        ("and the others are", "-s_i s_j", "proven"),
        ("", "-s_i s_j", "proven"),  # R1: right below, no words (it had been refuted at i = j)
        ("and", "-s_i s_j \\quad \\forall i, j", "refuted"),  # probe s54-2's FP4: said for every pair
        ("and", "-s_i s_j \\quad \\text{(all } i, j)", "refuted"),
    ],
)
def test_only_a_joining_lead_reads_the_entries_off_the_diagonal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, value: str, expected: str
) -> None:
    report = _report(tmp_path, capsys, PAGE.format(lead=lead, value=value))
    assert [link["status"] for link in report["links"]] == ["proven", expected]
