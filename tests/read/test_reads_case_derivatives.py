"""Derivatives of cases on values (the Huber loss's): checked off the boundaries where the rows meet, said in the
report, since a jump has no derivative there; ``otherwise`` is the rest of the rows; δ alone is a number."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

from derive.cli import main

#: The Huber loss, defined in the front matter (YAML single quotes keep each backslash as written).
HUBER = (
    "---\nassume: ['\\delta > 0']\ndefine:\n  'L(a)': '"
    + r"\begin{cases} \frac{1}{2} a^2 & \text{for } |a| \le \delta, \\ "
    + r"\delta \cdot \left(|a| - \frac{1}{2}\delta\right), & \text{otherwise.} \end{cases}"
    + "'\n---\n"
)


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:  # type: ignore[type-arg]
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("lhs", ["\\frac{d}{dx} f(x)", "f'(x)"])
def test_a_jump_has_no_derivative(tmp_path: Path, capsys: pytest.CaptureFixture[str], lhs: str) -> None:
    """f = 1 for x > 0, 5 for x ≤ 0: f' = 0 holds only off x = 0, where f jumps; it was proven at every x."""
    text = (
        "---\ndefine:\n  'f(x)': '" + r"\begin{cases} 1 & x > 0 \\ 5 & x \le 0 \end{cases}" + f"'\n---\n$${lhs} = 0$$\n"
    )
    (link,) = report(tmp_path, capsys, text)["links"]
    assert link["status"] == "proven"
    assert any("x ≠ 0" in phrase for phrase in link["assuming"])


@pytest.mark.parametrize(
    ("rhs", "status"),
    [
        (
            "a & \\text{for } |a| \\le \\delta, \\\\ \\delta \\cdot \\operatorname{sgn}(a), & \\text{otherwise.}",
            "proven",
        ),
        ("a & \\text{for } |a| \\le \\delta, \\\\ \\delta, & \\text{otherwise.}", "refuted"),
        ("a & |a| \\le \\delta \\\\ -\\delta \\operatorname{sgn}(a) & \\text{otherwise}", "refuted"),
    ],
)
def test_the_huber_loss_derivative_case_by_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rhs: str, status: str
) -> None:
    """L'(a) = a for |a| ≤ δ, δ sgn(a) otherwise: proven where |a| ≠ δ and a ≠ 0 (both printed); δ alone, or
    −δ sgn(a), refuted at a point where δ > 0 and |a| > δ."""
    (link,) = report(tmp_path, capsys, HUBER + f"$$L'(a) = \\begin{{cases}} {rhs} \\end{{cases}}$$\n")["links"]
    assert link["status"] == status
    assert any("|a|" in phrase and "≠ 0" in phrase for phrase in link["assuming"])
    if status == "refuted":
        values = link["counterexample"]["values"]
        a, delta = Fraction(values["a"]), Fraction(values["delta"])
        assert delta > 0 and abs(a) > delta


def test_a_labelled_functions_prime_is_refused_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = report(tmp_path, capsys, "---\n---\n$$L_\\delta'(a) = a$$\n")
    assert found["links"] == []
    assert any("labelled by a subscript" in u["reason"] for u in found["unchecked"])


@pytest.mark.parametrize(
    ("rows", "status"),
    [("1 & x > 0 \\\\ 0 & \\text{otherwise}", "proven"), ("0 & x > 0 \\\\ 1 & \\text{otherwise}", "refuted")],
)
def test_otherwise_is_the_rest_of_the_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: str, status: str
) -> None:
    """'otherwise' after a row on values is where that row does not hold (it was refused as overlapping it)."""
    text = f"---\n---\n$$\\frac{{d}}{{dx}} \\max(0, x) = \\begin{{cases}} {rows} \\end{{cases}}$$\n"
    (link,) = report(tmp_path, capsys, text)["links"]
    assert link["status"] == status
    assert any("x ≠ 0" in phrase for phrase in link["assuming"])


@pytest.mark.parametrize(("sign", "status"), [("", "proven"), ("-", "refuted")])
def test_rows_on_either_side_of_one_boundary_are_exclusive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sign: str, status: str
) -> None:
    """|a| < δ and |a| > δ cannot both hold (one quantity |a| − δ on either side of 0): the rows are read."""
    rows = f"a & |a| < \\delta \\\\ {sign}\\delta \\operatorname{{sgn}}(a) & |a| > \\delta"
    text = HUBER + f"$$\\frac{{d}}{{da}} L(a) = \\begin{{cases}} {rows} \\end{{cases}}$$\n"
    (link,) = report(tmp_path, capsys, text)["links"]
    assert link["status"] == status
