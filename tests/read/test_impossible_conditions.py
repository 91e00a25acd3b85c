"""A condition the page's own definitions rule out stops the page, whatever word states it
(``derive.read.impossible_conditions``): "If" and "Suppose" had stopped it, while "Assume", "Let", "Take", "Here" and
"We know that" had let a + 1 = 2 be proven "assuming a > 5" beside ``$$a = 1$$`` (a probe's false proofs). A value
beside a definition with another ("Let $a = 2$.", ``$$a = 1$$``) is two values for one name, refused naming both."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import main


def _error(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[int, str]:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    code = main(["check", str(path), "--no-cache"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("said", "where"),
    [
        *((said, "above") for said in ("Assume", "Let", "Take", "Here", "We know that")),
        *((said, "below") for said in ("Let", "Take", "Here", "We know that")),
    ],
)
def test_a_condition_a_displayed_definition_rules_out_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str, where: str
) -> None:
    condition = f"{said} $a > 5$."
    text = f"$$a = 1$$\n\n{condition}\n\n$$a + 1 = 2$$\n"
    text = text if where == "above" else f"{condition}\n\n$$a = 1$$\n\n$$a + 1 = 2$$\n"
    code, error = _error(tmp_path, capsys, text)
    line, defined = (3, 1) if where == "above" else (1, 3)
    assert code == 2 and error.count("\n") == 1
    assert f":{line}: the condition $a > 5$ cannot hold: by the definition of a at line {defined} (a = 1)" in error


def test_a_value_below_an_assumption_that_rules_it_out_proves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Assume $a > 5$." above ``$$a = 1$$``: a value in its case, not a definition; a + 1 = 2 is not proven."""
    code, _ = _error(tmp_path, capsys, "Assume $a > 5$.\n\n$$a = 1$$\n\n$$a + 1 = 2$$\n")
    assert code == 1


def test_a_condition_the_front_matters_definition_rules_out_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, error = _error(tmp_path, capsys, "---\ndefine:\n  a: 1\n---\nAssume $a > 5$.\n\n$$a + 1 = 2$$\n")
    assert code == 2 and ":5: the condition $a > 5$ cannot hold: by the page's definitions" in error


@pytest.mark.parametrize("said", ["Let $a = 2$.", "Take $a = 2$.", "Here $a = 2$.", "We know that $a = 2$."])
def test_a_value_beside_a_definition_with_another_is_refused_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    """ "Let $a = 2$." then ``$$a = 1$$``: the display had been read as a's definition, the value dropped, and
    a + 1 = 2 proven."""
    code, error = _error(tmp_path, capsys, f"{said}\n\n$$a = 1$$\n\n$$a + 1 = 2$$\n")
    assert code == 2 and error.count("\n") == 1
    assert ":1: $a = 2$ and the definition a = 1 at line 3 give a two values" in error


@pytest.mark.parametrize(
    "said", ["Then $a < 0$, which is impossible.", "We cannot have $a < 0$.", "Let $a > 0$.", "Let $a = x^2 + 1$."]
)
def test_a_condition_rejected_or_consistent_stops_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str
) -> None:
    code, _ = _error(tmp_path, capsys, f"$$a = x^2 + 1$$\n\n{said}\n\n$$a - 1 = x^2$$\n")
    assert code == 0
