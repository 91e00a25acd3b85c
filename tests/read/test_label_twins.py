"""A letter's entries beside its labelled entries left undefined (``derive.read.label_twins``): C-05's homework
writes a_i · 1 − y_i = a_i^{(2)} − y_i, meaning its one output a; read as a vector of its own, a^{(2)} was free and
the step refuted. Refused now, naming both readings; with a^{(2)} defined, it is a claim like any other."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_reads_pages import statuses

SOFTMAX = "$$a_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\n\n"


def test_a_letter_beside_its_undefined_labelled_twin_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, unchecked = statuses(tmp_path, capsys, SOFTMAX + "$$a_i \\cdot 1 - y_i = a_i^{(2)} - y_i$$\n")
    assert found == []
    assert [u for u in unchecked if u.startswith("unreadable")] == [
        "unreadable: a beside a^{(2)}, with a^{(2)} defined nowhere on the page, can be read two ways: the same "
        "vector, written once with its label (a is the layer-2 a), or a vector of its own, free here; write one of "
        "them throughout, or define a^{(2)}"
    ]


@pytest.mark.parametrize(
    ("claim", "status"),
    [("a_i^{(2)} = 2 a_i", "proven"), ("a_i^{(2)} = a_i", "refuted"), ("a^{(1)}_i + a^{(2)}_i = a^{(2)}_i", "refuted")],
)
def test_with_the_twin_defined_or_no_plain_letter_the_link_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    page = SOFTMAX + "$$a^{(2)}_i = 2 a_i$$\n\n" if "2 a_i" in claim or claim == "a_i^{(2)} = a_i" else ""
    found, _ = statuses(tmp_path, capsys, page + f"$${claim}$$\n")
    assert [verdict for _, verdict in found] == [status]


def test_the_plain_letter_undefined_beside_a_defined_twin_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: a^{(2)} defined, a free: a_i · 1 − y_i = a_i^{(2)} − y_i had been refuted."""
    page = "---\ndefine:\n  a^{(2)}_i: z_i^2\n---\n$$a_i \\cdot 1 - y_i = a_i^{(2)} - y_i$$\n"
    found, unchecked = statuses(tmp_path, capsys, page)
    assert found == [] and any("with a defined nowhere on the page" in u for u in unchecked)
