"""An array defined by its entries on the page, ``O_{ip} = \\sum_j A_{ij} V_{jp}``: never a claim refuted for any O.
Where the page writes O with two indices only it is read as the front matter's define would read it
(``derive.read.page_arrays``); where O also stands with one index, or the definition is inline, it is listed as a
definition derive could not read (with the front matter's way to give it). Beside other definitions in one display
(``z_j = 2 x_j, \\quad S_{ij} = …``) the others are read too."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses


def test_an_array_defined_by_its_entries_is_no_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found, unchecked = statuses(tmp_path, capsys, "---\n---\n\n$$O_{ip} = \\sum_j A_{ij} V_{jp}.$$\n")
    assert found == []  # was refuted: O free, any O
    assert "a definition of O_{ip}, read as the front matter's define: nothing to check" in unchecked


def test_an_array_also_written_with_one_index_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "---\n---\n\n$$O_{ip} = \\sum_j A_{ij} V_{jp}.$$\n\n$$O_k = 2$$\n"
    found, unchecked = statuses(tmp_path, capsys, text)
    assert (4, "proven") not in found and (4, "refuted") not in found
    assert any(
        "the definition of O_{ip} could not be read (it defines the entries of an array (O also stands with one index "
        "at line 6: another reading of O): give it in the front matter: define: {O_{ip}: …})" in reason
        for reason in unchecked
    )


def test_an_array_equation_that_uses_its_own_name_is_still_a_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, _ = statuses(tmp_path, capsys, "---\n---\n\n$$O_{ip} = O_{pi}$$\n")
    assert found == [(4, "refuted")]


@pytest.mark.parametrize(("value", "expected"), [("2", "proven"), ("3", "refuted")])
def test_the_other_definitions_of_its_display_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, expected: str
) -> None:
    text = (
        "---\n---\n\n$$z_j = 2 x_j, \\quad S_{ij} = x_i x_j$$\n\n"
        f"$$\\frac{{\\partial z_j}}{{\\partial x_j}} = {value}$$\n"
    )
    found, unchecked = statuses(tmp_path, capsys, text)
    assert found == [(6, expected)]
    assert "a definition of S_{ij}, read as the front matter's define: nothing to check" in unchecked
