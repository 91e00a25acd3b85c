"""|a|, sgn and sech as pages write them: the absolute value read as Abs, its derivative sgn(a) checked where
a ≠ 0 (said in the report), sech as 1/cosh; each right claim proven and a false twin refuted, and what reads two
ways (|a|b|c|) or is no absolute value (p(k|x)) refused."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

from derive.cli import main


def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:  # type: ignore[type-arg]
    path = tmp_path / "d.md"
    path.write_text(text if text.startswith("---") else "---\n---\n" + text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60", "--budget", "300"])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("bars", [("|", "|"), ("\\lvert ", " \\rvert"), ("\\left| ", " \\right|")])
@pytest.mark.parametrize("word", ["\\operatorname{sgn}", "\\operatorname{sign}", "\\text{sgn}"])
def test_the_derivative_of_the_absolute_value_is_the_sign_off_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bars: tuple[str, str], word: str
) -> None:
    """d|a|/da = sgn(a) is proven for a ≠ 0 (printed); = 1 is refuted by a counterexample a < 0."""
    left, right = bars
    text = f"$$\\frac{{d}}{{da}} {left}a{right} = {word}(a)$$\n\n$$\\frac{{d}}{{da}} {left}a{right} = 1$$\n"
    first, second = report(tmp_path, capsys, text)["links"]
    assert (first["status"], second["status"]) == ("proven", "refuted")
    assert any("a ≠ 0" in phrase for phrase in first["assuming"])
    assert Fraction(second["counterexample"]["values"]["a"]) < 0


@pytest.mark.parametrize(("rhs", "status"), [("|a - b|", "proven"), ("a - b", "refuted"), ("|a| - |b|", "refuted")])
def test_absolute_values_of_numbers(tmp_path: Path, capsys: pytest.CaptureFixture[str], rhs: str, status: str) -> None:
    (link,) = report(tmp_path, capsys, f"$$\\left|b - a\\right| = {rhs}$$\n")["links"]
    assert link["status"] == status


@pytest.mark.parametrize(("rhs", "status"), [("|\\hat{y}_i - y_i|", "proven"), ("(\\hat{y}_i - y_i)", "refuted")])
def test_the_absolute_error_inside_a_sum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rhs: str, status: str
) -> None:
    """Σ_i |y_i − ŷ_i| is Σ_i |ŷ_i − y_i| for every n; Σ_i (ŷ_i − y_i) is refuted."""
    text = f"$$\\frac{{1}}{{n}}\\sum_{{i=1}}^{{n}} |y_i - \\hat{{y}}_i| = \\frac{{1}}{{n}}\\sum_{{i=1}}^{{n}} {rhs}$$\n"
    (link,) = report(tmp_path, capsys, text)["links"]
    assert link["status"] == status


@pytest.mark.parametrize(
    ("rhs", "status"), [("\\operatorname{sech}^2 x", "proven"), ("\\operatorname{sech} x", "refuted")]
)
def test_sech_is_one_over_cosh(tmp_path: Path, capsys: pytest.CaptureFixture[str], rhs: str, status: str) -> None:
    """tanh'(x) = sech² x is proven; = sech x is refuted."""
    (link,) = report(tmp_path, capsys, f"$$\\frac{{d}}{{dx}} \\tanh x = {rhs}$$\n")["links"]
    assert link["status"] == status


@pytest.mark.parametrize(
    ("display", "words"),
    [
        ("$$|a|b|c| = 1$$", "two ways"),  # |a| b |c|, or |a |b| c|
        ("$$p(k|x) = 1$$", "no closing bar"),  # a conditional bar is no absolute value
        ("$$|x| = x_1$$", "a norm"),  # x a whole vector: its norm, or each entry's absolute value?
    ],
)
def test_what_is_no_single_absolute_value_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, words: str
) -> None:
    front = "---\nvectors: [x]\n---\n" if "x_1" in display else ""
    found = report(tmp_path, capsys, front + display + "\n")
    assert found["links"] == []
    assert any(words in u["reason"] for u in found["unchecked"])


@pytest.mark.parametrize(
    ("index", "rhs", "status"),
    [
        ("i", "\\operatorname{sgn}(\\hat{y}_i - y_i)", "proven"),
        ("i", "\\operatorname{sgn}(y_i - \\hat{y}_i)", "refuted"),
        ("k", "\\operatorname{sgn}(\\hat{y}_k - y_k)", "proven"),
        ("k", "1", "refuted"),
    ],
)
def test_the_mean_absolute_error_by_one_prediction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], index: str, rhs: str, status: str
) -> None:
    """MAE = (1/n) Σ_i |y_i − ŷ_i| defined inline (upright): ∂MAE/∂ŷ_i = (1/n) sgn(ŷ_i − y_i) where ŷ_i ≠ y_i, for
    every n (the sum's own i renamed apart from the derivative's); the flipped sign is refuted at such a point."""
    text = (
        "The mean absolute error $\\mathrm{MAE} = \\frac{1}{n}\\sum_{i=1}^{n} |y_i - \\hat{y}_i|$ has\n\n"
        f"$$\\frac{{\\partial \\mathrm{{MAE}}}}{{\\partial \\hat{{y}}_{index}}} = \\frac{{1}}{{n}} {rhs}$$\n"
    )
    (link,) = report(tmp_path, capsys, text)["links"]
    assert link["status"] == status
    assert any(f"y_{index} - yhat_{index} ≠ 0" in phrase for phrase in link["assuming"])
    if status == "refuted":
        values = link["counterexample"]["values"]
        at = values[index]
        assert Fraction(values[f"y_{at}"]) != Fraction(values[f"yhat_{at}"])  # where the slope has a value


@pytest.mark.parametrize(
    ("display", "status"),
    [
        ("|a| = a \\operatorname{sgn}(a)", "proven"),
        ("|a| = -a \\operatorname{sgn}(a)", "refuted"),
        ("\\frac{d}{da} |a|^3 = 3 a |a|", "proven"),
        ("\\frac{d}{da} |a|^3 = 3 a^2", "refuted"),
    ],
)
def test_absolute_values_and_signs_by_cases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], display: str, status: str
) -> None:
    """|a| and sgn(a) are compared case by case (a > 0, a < 0, and a = 0, the one point where neither holds)."""
    (link,) = report(tmp_path, capsys, f"$${display}$$\n")["links"]
    assert link["status"] == status
