"""A name given a number again where a heading or words of change set it apart ("# Second part / From now on we
take $$a = 3$$", "From now on we take instead $$a = b^3$$") is defined anew: the displays below that use it are
refused (or read in the setting the words open), not read with the first value. A probe's r1c, r1i and r1j had
proven g(2) = 4 under a = 2 below "a = 3", and refuted the new value as a claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_report

SETUP = "# Setup\n\nThe output is\n\n$$a = 2$$\n\nThe function $g$ is\n\n$$g(x) = a x$$\n\n"


@pytest.mark.parametrize(
    "anew",
    [
        "# Second part\n\nFrom now on we take\n\n$$a = 3$$\n\n",
        "# Second part\n\nNow let\n\n$$a = 3$$\n\n",
    ],
)
def test_a_value_given_again_where_set_apart_is_no_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], anew: str
) -> None:
    report = page_report(tmp_path, capsys, SETUP + anew + "Then\n\n$$g(2) = 4$$\n", "--no-cache")
    assert [link["status"] for link in report["links"] if link["status"] in ("proven", "refuted")] == []


def test_a_value_given_again_in_the_same_section_is_a_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = page_report(tmp_path, capsys, SETUP + "so that\n\n$$a = 3$$\n", "--no-cache")
    assert [link["status"] for link in report["links"]] == ["refuted"]


def test_a_name_defined_again_from_now_on_is_not_read_with_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "The output is\n\n$$a = b^2$$\n\nThe function $g$ is\n\n$$g(x) = a x$$\n\n"
        "From now on we take instead\n\n$$a = b^3$$\n\nThen\n\n$$g(2) = 2b^2$$\n"
    )
    report = page_report(tmp_path, capsys, text, "--no-cache")
    assert [link["status"] for link in report["links"]] == []  # g(2) = 2b^2 had been proven under a = b^2
