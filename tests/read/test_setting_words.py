"""A loss chosen in place of another ("Instead, let's use the log-cosh loss:") or of a generic one ("For
concreteness, let's use mean squared error:" below L = ℓ(a, y)) opens a setting of its own: the displays below are
read with the new loss. The first had been read as a claim about the old loss (refuted, with what used it below);
the second refused, as a second definition of a name whose first could not be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[list[tuple[int, str]], dict]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    report = json.loads(capsys.readouterr().out)
    return [(link["line"], link["status"]) for link in report["links"]], report


INSTEAD = (
    "---\n---\nThe loss for one example is\n\n$$L = \\frac{1}{2}(a - y)^2$$\n\n"
    "$$\\frac{\\partial L}{\\partial a} = a - y$$\n\nInstead, let's use the log-cosh loss:\n\n"
    "$$L = \\log \\cosh(a - y)$$\n\n$$\\frac{\\partial L}{\\partial a} = CLAIM$$\n"
)


@pytest.mark.parametrize(("claim", "status"), [("\\tanh(a - y)", "proven"), ("a - y", "refuted")])
def test_a_loss_used_instead_is_read_from_there_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """log cosh(a − y) used instead of the squared error: its derivative tanh(a − y) proven, and a − y (the squared
    error's, a slip) refuted at its line; L = log cosh(a − y) itself is no claim (it had been refuted against the
    first L, and tanh(a − y) with it)."""
    found, report = check(tmp_path, capsys, INSTEAD.replace("CLAIM", claim))
    assert found == [(7, "proven"), (13, status)], report["unchecked"]
    assert any(r.startswith("line 9: a setting of its own from here: L is line 11's") for r in report["readings"])


GENERIC = (
    "---\n---\nThe loss for one example is\n\n$$L = \\ell(a, y)$$\n\nWORDS\n\n"
    "$$L = \\frac{1}{2}(a - y)^2$$\n\n$$\\frac{\\partial L}{\\partial a} = CLAIM$$\n"
)


@pytest.mark.parametrize(("claim", "status"), [("a - y", "proven"), ("y - a", "refuted")])
def test_a_concrete_loss_below_a_generic_one_is_read_from_there_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], claim: str, status: str
) -> None:
    """L = ℓ(a, y), ℓ a loss the page never defines, then "For concreteness, let's use mean squared error": the
    display below is read with the squared error (a − y proven, y − a refuted)."""
    text = GENERIC.replace("WORDS", "For concreteness, let's use mean squared error:").replace("CLAIM", claim)
    found, report = check(tmp_path, capsys, text)
    assert found == [(11, status)], report["unchecked"]


def test_a_second_loss_with_no_words_that_set_it_apart_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same two losses with "We have:" between them: nothing says the second replaces the first, and the
    display below stays refused."""
    found, report = check(tmp_path, capsys, GENERIC.replace("WORDS", "We have:").replace("CLAIM", "a - y"))
    assert found == [], found
    reasons = {u["line"]: u["reason"] for u in report["unchecked"]}
    assert "L is defined at line 5 too" in reasons[9] and reasons[11].startswith("unreadable"), reasons
