"""max, min and ReLU, cases and indicators on values, and a condition on values stated before a chain: each read
as the page shows it, a claim proven only where its sides are defined (said in the report), and a false twin
refuted by a counterexample that satisfies every stated condition."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

from derive.cli import main

RELU = "---\ndefine:\n  f(x): \\max(0, x)\n---\n"
HINGE = "---\n---\nHinge loss: $L = \\max(0, 1 - y m)$. "


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:  # type: ignore[type-arg]
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def links(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> list[dict]:  # type: ignore[type-arg]
    return report(tmp_path, capsys, text)["links"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("cases", "status"),
    [
        ("1 & x > 0 \\\\ 0 & x < 0", "proven"),
        ("0 & x > 0 \\\\ 1 & x < 0", "refuted"),
        ("0 & x < 0 \\\\ 1 & x > 0", "proven"),  # U-18's order: the case x = 0 left out by x ≠ 0 (was unproven)
        ("1 & x < 0 \\\\ 0 & x > 0", "refuted"),
    ],
)
def test_the_relu_derivative_is_checked_where_it_exists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cases: str, status: str
) -> None:
    """d/dx max(0, x) has no value at 0, nor have the cases: proven for x ≠ 0, and the report says so."""
    text = RELU + f"$$\\frac{{d}}{{dx}}f(x) = \\begin{{cases}} {cases} \\end{{cases}}$$\n"
    (link,) = links(tmp_path, capsys, text)
    assert link["status"] == status
    assert any("x ≠ 0" in phrase for phrase in link["assuming"])
    if status == "refuted":
        assert Fraction(link["counterexample"]["values"]["x"]) != 0


@pytest.mark.parametrize("head", ["\\mathrm{ReLU}", "\\operatorname{ReLU}", "\\text{ReLU}"])
def test_relu_without_a_definition_is_max_of_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], head: str
) -> None:
    """ReLU'(x) = 𝟙(x > 0) is proven for x ≠ 0; 𝟙(x < 0) is refuted; 𝟙(x ≥ 0), which agrees with it only off 0 but
    differs from Heaviside's ½ convention, is never proven at 0 (at best where both sides exist)."""
    text = "---\n---\n" + "".join(
        f"$$\\frac{{d}}{{dx}}{head}(x) = \\mathbb{{1}}{condition}$$\n\n" for condition in ("(x > 0)", "[x < 0]")
    )
    first, second = links(tmp_path, capsys, text)
    assert (first["status"], second["status"]) == ("proven", "refuted")
    assert any("x ≠ 0" in phrase for phrase in first["assuming"])


def test_heaviside_convention_is_never_proven_at_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """SymPy's d/dx Max(0, x) is Heaviside(x), ½ at 0: a claim about the value at 0 must not be proven."""
    text = (
        RELU
        + "$$\\frac{d}{dx}f(x) = \\begin{cases} 1 & x > 0 \\\\ \\frac{1}{2} & x = 0 \\\\ 0 & x < 0 \\end{cases}$$\n"
    )
    found = report(tmp_path, capsys, text)
    assert all(link["status"] != "proven" for link in found["links"])


@pytest.mark.parametrize(("rhs", "refuted"), [("-\\max(-a, -b)", False), ("\\max(-a, -b)", True)])
def test_min_and_max_of_numbers(tmp_path: Path, capsys: pytest.CaptureFixture[str], rhs: str, refuted: bool) -> None:
    """min(a, b) = max(−a, −b) is false and refuted; min(a, b) = −max(−a, −b) is true and never refuted."""
    (link,) = links(tmp_path, capsys, f"---\n---\n$$\\min(a, b) = {rhs}$$\n")
    assert (link["status"] == "refuted") is refuted


@pytest.mark.parametrize(("rhs", "status"), [("-y", "proven"), ("y", "refuted")])
def test_a_condition_stated_before_a_chain_is_its_assumption(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rhs: str, status: str
) -> None:
    """'When $y m < 1$,': ∂L/∂m = −y there (proven); = y is refuted at a point where y m < 1."""
    text = HINGE + f"When $y m < 1$,\n\n$$\\frac{{\\partial L}}{{\\partial m}} = {rhs}$$\n"
    (link,) = links(tmp_path, capsys, text)
    assert link["status"] == status
    assert link["assuming"] == ["y m < 1"]
    if status == "refuted":
        values = link["counterexample"]["values"]
        assert Fraction(values["y"]) * Fraction(values["m"]) < 1


def test_without_the_condition_the_margin_refutes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without 'When y m < 1', ∂L/∂m = −y is false where the margin is met (y m > 1): refuted there."""
    (link,) = links(tmp_path, capsys, HINGE + "\n\n$$\\frac{\\partial L}{\\partial m} = -y$$\n")
    assert link["status"] == "refuted"
    values = link["counterexample"]["values"]
    assert Fraction(values["y"]) * Fraction(values["m"]) > 1


@pytest.mark.parametrize(
    ("display", "words"),
    [
        ("$$L = \\max x = y$$", "two ways"),
        ("$$\\max_j (z_j - 1) = y$$", "not read yet"),
        ("$$\\frac{\\partial}{\\partial z_k} \\max_j z_j = 0$$", "derive does not take"),
        ("$$\\begin{cases} 1 & x \\ge 0 \\\\ 0 & x \\le 0 \\end{cases} = y$$", "two ways"),
    ],
)
def test_what_reads_two_ways_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, words: str
) -> None:
    found = report(tmp_path, capsys, f"---\n---\n{display}\n")
    assert found["links"] == []
    assert any(words in u["reason"] for u in found["unchecked"])


SHIFT = "\\mathrm{softmax}(z)_i = \\frac{e^{z_i - M}}{\\sum_k e^{z_k - M}}"
TWIN = "\\mathrm{softmax}(z)_i = \\frac{e^{z_i - M}}{\\sum_k e^{z_k}}"


@pytest.mark.parametrize("largest", ["\\max_j z_j", "m"])
def test_the_softmax_shift_by_the_largest_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], largest: str
) -> None:
    """Subtracting max_j z_j (or m = max_j z_j, defined inline) above and below is proven for every n; subtracting
    it only above is refused by a counterexample; ∂m/∂z_k is refused (an indicator, undefined at a tie)."""
    lead = "For numerical stability let $m = \\max_j z_j$.\n\n" if largest == "m" else ""
    displays = [
        SHIFT.replace("M", largest),
        TWIN.replace("M", largest),
        f"\\frac{{\\partial}}{{\\partial z_k}} {largest} = 0",
    ]
    text = "---\n---\n" + lead + "".join(f"$$ {display} $$\n\n" for display in displays)
    found = report(tmp_path, capsys, text)
    assert [link["status"] for link in found["links"]] == ["proven", "refuted"]
    assert "every n" in found["links"][0]["scope"]
    assert any("derive does not take" in u["reason"] for u in found["unchecked"])


@pytest.mark.parametrize(("rhs", "status"), [("-y x", "proven"), ("y x", "refuted")])
def test_the_hinge_gradient_over_vectors_under_its_margin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rhs: str, status: str
) -> None:
    """∇_w max(0, 1 − y wᵀx) = −y x where y wᵀx < 1, for every n; y x is refuted at a point inside the margin."""
    text = "---\nvectors: [w, x]\n---\nHinge loss: $L = \\max(0, 1 - y w^\\top x)$. When $y w^\\top x < 1$,\n\n"
    (link,) = links(tmp_path, capsys, text + f"$$\\nabla_w L = {rhs}$$\n")
    assert link["status"] == status
    assert link["assuming"] == ["y w^\\top x < 1"]
    if status == "refuted":
        values = {name: Fraction(value) for name, value in link["counterexample"]["values"].items()}
        margin = sum(values[f"w_{at}"] * values[f"x_{at}"] for at in (1, 2, 3, 4, 5, 6) if f"w_{at}" in values)
        assert values["y"] * margin < 1


@pytest.mark.parametrize("braces", [("\\{", "\\}"), ("\\left\\{", "\\right\\}")])
def test_max_of_a_set_listed_in_braces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], braces: tuple[str, str]
) -> None:
    """\\max\\{0, 1 - yz\\} (a hinge loss as a Q&A writes it) is \\max(0, 1 - yz): its derivative is -y where yz < 1,
    and the asker's \\max\\{0, -y\\} is refuted (once: refused, \\max with no argument list)."""
    opening, closing = braces
    hinge = f"\\max{opening}0, 1 - yz{closing}"
    text = (
        f"---\n---\n$$l(z) = {hinge}$$\n\n$$l'(z) = \\max{opening}0, -y{closing}$$\n\n"
        f"For $y z < 1$,\n\n$$\\frac{{d}}{{dz}} {hinge} = -y$$\n"
    )
    found = links(tmp_path, capsys, text)
    assert [(link["line"], link["status"]) for link in found] == [(5, "refuted"), (9, "proven")]
    values = found[0]["counterexample"]["values"]
    assert Fraction(values["y"]) * Fraction(values["z"]) != 1


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("ReLU(z) = max(0,z)", "proven"),  # held-out U-18, typed as letters
        ("relu(z) = \\max(0, z)", "proven"),
        ("ReLU(z) = min(0,z)", "refuted"),
        ("\\frac{d}{dz} relu(z) = 1", "refuted"),
    ],
)
def test_max_min_and_relu_typed_as_letters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    """Before, "U(…) with U undeclared" or "max typed as letters" refused each."""
    assert [link["status"] for link in links(tmp_path, capsys, f"So\n\n$${display}$$\n")] == [status]


def test_max_typed_where_each_letter_is_a_name_reads_two_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "---\nscalars: [m, a, x]\n---\n$$max(a, x) = m$$\n"
    found = report(tmp_path, capsys, text)
    assert found["links"] == [] and "can be read two ways" in found["unchecked"][0]["reason"]


def test_a_longer_word_ending_in_max_is_not_max(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """argmax(0, z) typed: not a·r·g times max(0, z) (probe s54's F9: proven equal to a r g \\max(0, z))."""
    found = report(tmp_path, capsys, "So\n\n$$argmax(0, z) = a r g \\max(0, z)$$\n")
    assert found["links"] == [] and "can be read two ways" in found["unchecked"][0]["reason"]


def test_cases_of_three_rows_are_refused_saying_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A table of three cases names no derivative (probe s54's p5_abs: 'a derivative of the largest …')."""
    text = "So\n\n$$|x| = \\begin{cases} x & x > 0 \\\\ 5 & x = 0 \\\\ -x & x < 0 \\end{cases}$$\n"
    found = report(tmp_path, capsys, text)
    assert found["links"] == [] and "cases of three rows or more" in found["unchecked"][0]["reason"]
