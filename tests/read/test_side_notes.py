"""A display that opens with a relation other than '=' (``\\neq expr``, as seed 003 writes its second term) and a
one-column array beside its expression: the relation is not checked, the expression opens the chain the displays
below go on from, and the note is a chain of its own; each checked, a false variant refuted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

FRONT = """---
length: C
define:
  f(t): t^2 + 1
---
"""
NOTE = "\\left[\\begin{array}{l} \\frac{\\partial \\log f(y)}{\\partial y} \\\\ = {rhs} \\end{array} \\right]"
OPENS = "$$\\neq \\frac{\\partial \\log (\\sum e^{x_i})}{\\partial x_k} " + NOTE + "$$\n\n"
GOES_ON = "$$\\Rightarrow \\frac{1}{\\sum e^{x_i}} \\left(\\frac{\\partial \\sum e^{x_i}}{\\partial x_k} \\right)$$\n\n"


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> dict[str, list[dict[str, object]]]:
    path = tmp_path / "d.md"
    path.write_text(FRONT + body, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "600"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("note", "last", "expected"),
    [
        (
            "\\frac{1}{f(y)} \\frac{\\partial f(y)}{\\partial y}",
            "= \\frac{1}{\\sum e^{x_i}} e^{x_k}",
            [(6, "proven"), (8, "proven"), (10, "proven")],
        ),
        (  # false variants: the note's rule doubled, the chain's last step without its sum
            "\\frac{2}{f(y)} \\frac{\\partial f(y)}{\\partial y}",
            "= \\frac{1}{\\sum e^{x_i}} e^{x_i}",
            [(6, "refuted"), (8, "proven"), (10, "refuted")],
        ),
    ],
)
def test_a_relation_opens_a_chain_and_a_side_note_is_a_chain_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], note: str, last: str, expected: list[tuple[int, str]]
) -> None:
    body = OPENS.replace("{rhs}", note).replace("$$\n", ".$$\n") + GOES_ON + f"$${last}$$\n"
    found = report(tmp_path, capsys, body)
    assert [(link["line"], link["status"]) for link in found["links"]] == expected
    assert [(u["line"], u["reason"].split(":")[0]) for u in found["unchecked"]] == [(6, "starts with '≠'")]
    chains = [link["chain"] for link in found["links"]]
    assert chains == [1, 2, 2]  # the note, then the chain the ≠ display opens


def test_an_opening_nothing_goes_on_from_claims_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = report(tmp_path, capsys, "$$\\approx \\sum e^{x_i}$$\n\n$$a = a$$\n")
    assert [(link["line"], link["chain"]) for link in found["links"]] == [(8, 1)]
    assert found["unchecked"][0]["reason"].startswith("starts with '≈'")


@pytest.mark.parametrize(
    "display",
    [
        "$$\\neq x \\left[\\begin{array}{ll} a & = a \\end{array}\\right]$$",  # two columns: not a remark
        "$$\\neq x \\left[\\begin{array}{l} a \\\\ = a \\end{array}\\right] y$$",  # a factor after it
        "$$\\neq f(y) = 1$$",  # a relation, then an equation: what is claimed equal?
    ],
)
def test_what_is_no_side_note_or_opening_is_not_read_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str
) -> None:
    found = report(tmp_path, capsys, display + "\n\n$$\\Rightarrow 2$$\n")
    assert found["links"] == []
