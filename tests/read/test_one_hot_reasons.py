"""A reason in words that the labels are one-hot (``derive.read.one_hot_reasons``): it refutes nothing a
counterexample at other labels would, for the displays it leads and those right below; where it names the vector,
a slip is refuted still, at one-hot labels, and the report says the counterexample keeps the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.page_reports import page_links as _links
from tests.read.page_reports import page_report as _report

REASON = "Since $y$ is a one-hot vector, it sums to 1, and we get\n\n"
FIRST = "$$\\sum_{i=1}^{n} y_i a_k - y_k = a_k \\sum_{i=1}^{n} y_i - y_k$$\n\n"


@pytest.mark.parametrize(
    "below",
    [
        "which simplifies to\n\n$$= a_k - y_k$$\n",  # a continuation after words that only go on
        "$$a_k \\sum_{i=1}^{n} y_i - y_k = a_k - y_k$$\n",  # a new chain right below, no prose between
    ],
)
def test_a_reason_leads_the_displays_right_below(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], below: str
) -> None:
    """From a probe: both had been refuted at y = (3/20, −9/5), labels the page says are one-hot."""
    report = _report(tmp_path, capsys, REASON + FIRST + below)
    assert [status for status, *_ in _links(report)] == ["proven", "unproven"]


def test_a_slip_under_a_named_reason_is_refuted_at_one_hot_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """a_k − y_k = 2a_k − y_k is false at every one-hot y with a_k ≠ 0: refuted there (it had been "not refuted"),
    the counterexample's y one-hot, and the report names the reason it keeps to."""
    report = _report(tmp_path, capsys, REASON + FIRST + "$$= a_k - y_k$$\n\n$$= 2 a_k - y_k$$\n")
    assert [status for status, *_ in _links(report)] == ["proven", "unproven", "refuted"]
    refuted = report["links"][2]
    values = refuted["counterexample"]["values"]
    assert sorted(values[name] for name in ("y_1", "y_2")) == ["0", "1"]
    assert "keeps to the reason before it (Since $y$ is a one-hot vector" in refuted["method"]


@pytest.mark.parametrize(
    "lead",
    [
        "For multi-label targets such as tag vectors, which are not one-hot and need not sum to 1, we get",
        "Since $y$ is not one-hot here, we get",
    ],
)
def test_a_reason_that_denies_one_hot_is_none(tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str) -> None:
    """ "such as" is no "as", and labels said not to be one-hot are no reason: the slip is refuted (a probe found it
    "not refuted")."""
    report = _report(tmp_path, capsys, f"{lead}\n\n" + FIRST + "$$= a_k - y_k$$\n")
    assert [status for status, *_ in _links(report)] == ["proven", "refuted"]


@pytest.mark.parametrize(
    ("lead", "display"),
    [
        (
            "Since $\\hat{y}$ is a one-hot vector here, it sums to 1 and we get",
            "\\sum_{i=1}^{n} (\\hat{y}_i + y_i) = 1 + \\sum_{i=1}^{n} y_i",
        ),
        (
            "Since $y$ is a one-hot vector and the softmax output $s$ sums to 1, we get",
            "\\sum_{i=1}^{n} (s_i - y_i) = 0",
        ),
        ("Since $y$ is a one-hot vector (with $y_k = 1$), we get", "\\sum_{i=1}^{n} y_i z_i = z_k"),
    ],
)
def test_a_reason_that_states_more_than_one_vector_one_hot_is_held_for_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, display: str
) -> None:
    """From a probe: each had been refuted at y one-hot by a counterexample that broke the rest of the reason (ŷ
    one-hot, not y; s summing to 1; y_k = 1). Only a reason about the named vector alone is held; these stay
    "not refuted"."""
    report = _report(tmp_path, capsys, f"{lead}\n\n$${display}$$\n")
    assert [status for status, *_ in _links(report)] == ["unproven"]


@pytest.mark.parametrize(
    "lead",
    [
        "With $\\sum_i y_i = 1$, since $y$ is a one-hot vector, we get",
        "With $\\sum_i y_i = 1$, since $y$ is an indicator vector, we get",
        "With $\\sum_i y_i = 1$, as $y$ is one-hot, we get",
    ],
)
def test_a_sum_to_one_held_leaves_a_one_hot_reason_a_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """From a probe: Σ_i y_i² = 1 had been refuted at y = (1/6, 5/6), labels that sum to one but are not one-hot,
    though the page says they are: holding Σ y = 1 is not holding y one-hot."""
    report = _report(tmp_path, capsys, f"{lead}\n\n$$\\sum_i y_i^2 = 1$$\n")
    assert [status for status, *_ in _links(report)] == ["unproven"]


@pytest.mark.parametrize(
    "lead",
    [
        "With $\\sum_i y_i = 1$ and $y_i \\in \\{0,1\\}$, we get",
        "With $\\sum_i y_i = 1$, since each $y_i \\in \\{0, 1\\}$, we get",
    ],
)
def test_a_sum_to_one_beside_another_condition_in_the_lead_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    """The sum had been read and the entries' condition dropped, and Σ y_i² = 1 refuted at y = (1/6, 5/6)."""
    report = _report(tmp_path, capsys, f"{lead}\n\n$$\\sum_i y_i^2 = 1$$\n")
    assert _links(report) == [] and report["unchecked"][0]["reason"].startswith("unreadable")


def test_a_page_one_hot_beside_a_lead_sum_to_one_keeps_its_points_one_hot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From a probe: y one-hot in the front matter and "With $\\sum_i y_i = 1$," had drawn y = (5/14, 9/14): the
    sum's weights overwrote the one-hot point. A false step is refuted at a one-hot y."""
    page = "---\nassume: [y one-hot]\n---\nWith $\\sum_i y_i = 1$, we get\n\n$$\\sum_i y_i^2 = 2$$\n"
    report = _report(tmp_path, capsys, page)
    assert [status for status, *_ in _links(report)] == ["refuted"]
    values = report["links"][0]["counterexample"]["values"]
    assert sorted(v for k, v in values.items() if k.startswith("y_")) == ["0", "1"]
