"""Displays as books set them: a definition ending in a period and an equation number (``ζ(x) = …. \\tag{3.31}``)
still defines, and an integral's differential (``\\int σ(y)\\, dy``) names no d that would make every d/dx read
two ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main


def statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[list[str], str]:
    path = tmp_path / "d.md"
    path.write_text("---\n---\n" + text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--no-cache", "--timeout", "60"])
    report = json.loads(capsys.readouterr().out)
    return [link["status"] for link in report["links"]], " ".join(u["reason"] for u in report["unchecked"])


@pytest.mark.parametrize("number", ["\\tag{3.31}", "\\tag*{(3.31)}", "\\label{eq:softplus}", "\\notag"])
@pytest.mark.parametrize(("derivative", "status"), [("\\frac{1}{1+\\exp(-x)}", "proven"), ("\\exp(x)", "refuted")])
def test_a_definition_with_an_equation_number_after_its_period_defines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], number: str, derivative: str, status: str
) -> None:
    text = (
        f"$$\n\\zeta(x) = \\log\\left(1 + \\exp(x)\\right). {number}\n$$\n\n"
        f"$$\\frac{{d}}{{dx}}\\zeta(x) = {derivative}$$\n"
    )
    found, notes = statuses(tmp_path, capsys, text)
    assert found == [status]
    assert "a definition of \\zeta(x)" in notes


@pytest.mark.parametrize(
    ("derivative", "status"), [("\\sigma(x)(1 - \\sigma(x))", "proven"), ("\\sigma(x)", "refuted")]
)
def test_an_integral_s_differential_is_no_name_d(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], derivative: str, status: str
) -> None:
    text = (
        "$$\\sigma(x) = \\frac{1}{1 + \\exp(-x)}$$\n\n"
        f"$$\\frac{{d}}{{dx}}\\sigma(x) = {derivative}$$\n\n"
        "$$\\zeta(x) = \\int_{-\\infty}^{x} \\sigma(y)\\, dy$$\n"
    )
    found, notes = statuses(tmp_path, capsys, text)
    assert found == [status]
    assert "with d declared as a name" not in notes
