"""A chain with a side the reader cannot read (J(x), J defined nowhere) still checks its other links: the link
between readable sides is proven or refuted as written, the unread side is listed with why and which links it
leaves unchecked, and a display that goes on from an unread last side is refused, never read from another side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[int, dict[str, object]]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    code = main(["check", str(path), "--format", "json", "--timeout", "60"])
    return code, json.loads(capsys.readouterr().out)


def statuses(found: dict[str, object]) -> list[str]:
    return [link["status"] for link in found["links"]]  # type: ignore[attr-defined]


def reasons(found: dict[str, object]) -> list[str]:
    return [u["reason"] for u in found["unchecked"]]  # type: ignore[attr-defined]


PAGE = """We have

$$\\frac{{\\partial}}{{\\partial x}} J(x) = \\frac{{\\partial}}{{\\partial x}} x^3 = {last}$$
"""


@pytest.mark.parametrize(("last", "expected"), [("3x^2", "proven"), ("3x^3", "refuted"), ("2x^2", "refuted")])
def test_the_links_after_an_unread_first_side_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, expected: str
) -> None:
    code, found = check(tmp_path, capsys, PAGE.format(last=last))
    assert statuses(found) == [expected]
    assert code == 1  # an equality not checked: the file does not pass, even with every checked link proven
    (reason,) = reasons(found)
    assert reason.startswith("unreadable: J(…) with J undeclared")
    assert "link 1 of chain 1 not checked" in reason


@pytest.mark.parametrize(("last", "expected"), [("x^2 + 2x + 2", "refuted"), ("x^2 + 2x + 1", "proven")])
def test_a_side_in_the_middle_is_checked_across(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str, expected: str
) -> None:
    text = f"$$x^2 + 2x + 1 = (x + 1)^2 = J(x) = {last}$$\n"
    _, found = check(tmp_path, capsys, text)
    # a = b = J(x) = c claims b = c whatever J(x) is: that link is checked across J(x), never J(x) itself
    assert statuses(found) == ["proven", expected]
    assert [link["rhs"] for link in found["links"]] == ["(x + 1)^2", last]  # type: ignore[attr-defined]
    (reason,) = reasons(found)
    assert "link 3 of chain 1 is checked across it, from the side before it" in reason


def test_a_display_going_on_from_an_unread_last_side_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "$$x^2 + 2x + 1 = (x + 1)^2 = J(x)$$\n\n$$= (x + 1)^2$$\n"
    _, found = check(tmp_path, capsys, text)
    assert statuses(found) == ["proven"]  # J(x) = (x + 1)², read from (x + 1)², would have been proven
    assert any("could not be read" in r or "continuing" in r for r in reasons(found))


def test_a_chain_with_one_readable_side_is_unreadable_as_a_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, found = check(tmp_path, capsys, "$$J(x) = x^2$$\n\n$$\\frac{d}{dx} J(x) = K(x)$$\n")
    assert statuses(found) == []
    assert any(r.startswith("unreadable:") and "not checked" not in r for r in reasons(found))
