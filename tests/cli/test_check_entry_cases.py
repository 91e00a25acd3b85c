"""A case on an entry number stated before a display ("If $k = 1$:", "Case 1: \\(i = 1\\).") is the chain with that
index replaced by the number; a sum to one the prose states ("with $y_1 + y_2 + y_3 = 1$") is assumed."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_json import report

SQUARES = "---\n---\n$$L = \\sum_{i=1}^{n} x_i^2$$\n\n"


@pytest.mark.parametrize(("lead", "value", "status"), [
    ("If $k = 1$:", "2 x_1", "proven"),
    ("Now, for $k = 1$:", "2 x_k", "proven"),
    ("If $k = 1$:", "x_1", "refuted"),
    ("Case 2: \\(k = 2\\).", "2 x_1", "refuted"),
])  # fmt: skip
def test_a_case_on_an_entry_number_replaces_the_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, value: str, status: str
) -> None:
    """∂L/∂x_k = 2x_1 holds at k = 1 only: checked at k = 1 (it was refused, and before that refuted at k = 2)."""
    body = f"{lead}\n\n$$\\frac{{\\partial L}}{{\\partial x_k}} = {value}$$\n"
    found = report(tmp_path, capsys, SQUARES, body)
    assert [link["status"] for link in found["links"]] == [status]
    assert found["links"][0]["case"] == lead.split("$")[1] if "$" in lead else "k = 2"


@pytest.mark.parametrize("lead", ["If $k = 0$:", "If $k \\neq 1$:"])
def test_a_case_outside_the_range_or_unequal_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str
) -> None:
    body = f"{lead}\n\n$$\\frac{{\\partial L}}{{\\partial x_k}} = 2 x_k$$\n"
    found = report(tmp_path, capsys, SQUARES, body)
    assert found["links"] == [] and "unreadable" in found["unchecked"][-1]["reason"]


PAGE = (
    "---\nn: 3\n---\nFor three classes, with $y_1 + y_2 + y_3 = 1$ and "
    "$s_i = \\frac{{e^{{z_i}}}}{{e^{{z_1}} + e^{{z_2}} + e^{{z_3}}}}$,\n\n"
    "$$L = -y_1 \\ln s_1 - y_2 \\ln s_2 - y_3 \\ln s_3$$\n\n{lead}\n\n"
    "$$\\frac{{\\partial L}}{{\\partial z_1}} = -y_1 (1 - s_1) + y_2 s_1 + y_3 s_1 = {value}$$\n"
)


@pytest.mark.parametrize(("value", "last"), [("s_1 - y_1", "proven"), ("s_1 + y_1", "refuted")])
def test_a_case_that_binds_nothing_checks_the_chain_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, last: str
) -> None:
    """The last step needs y_1 + y_2 + y_3 = 1, stated in the prose: assumed, so the right step is proven."""
    found = report(tmp_path, capsys, "", PAGE.format(lead="Case 1: \\(i = 1\\).", value=value))
    assert [link["status"] for link in found["links"]] == ["proven", last]
    assert any("binds nothing" in u["reason"] for u in found["unchecked"])


def test_a_case_outside_a_concrete_range_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = report(tmp_path, capsys, "", PAGE.format(lead="Case 4: \\(i = 4\\).", value="s_1 - y_1"))
    assert found["links"] == [] and any("outside the range of i" in u["reason"] for u in found["unchecked"])


def test_without_the_stated_sum_the_step_that_needs_it_is_refuted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = PAGE.format(lead="Case 1: \\(i = 1\\).", value="s_1 - y_1").replace("with $y_1 + y_2 + y_3 = 1$ and ", "")
    assert [link["status"] for link in report(tmp_path, capsys, "", page)["links"]] == ["proven", "refuted"]


def test_a_sum_stated_for_one_chain_or_under_if_is_not_the_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only a sum stated as a fact ("with $…$") is the page's: one before a chain ("Assuming $…$:") is that
    chain's, so the chain before it, which needs it, is still refuted."""
    body = (
        "$$y_1 + y_2 + y_3 = 1$$\n\nAssuming $y_1 + y_2 + y_3 = 1$:\n\n$$2 y_1 + 2 y_2 + 2 y_3 = 2$$\n\n"
        "The weights of the three classes, if $y_1 + y_2 + y_3 = 1$, sum to one.\n"
    )
    found = report(tmp_path, capsys, "---\nn: 3\n---\n", body)
    assert [link["status"] for link in found["links"]] == ["refuted", "proven"]
