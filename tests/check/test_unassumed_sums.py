"""A refuted link that holds once a vector sums to one (d2l: Σ_j y_j log Σ_k e^{o_k} = log Σ_k e^{o_k}) says so,
naming the sum the file did not assume; it stays refuted. A link false even then names no such sum."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from derive.cli import main

PAGE = """---
---
$$
l = - \\sum_{{j=1}}^q y_j \\log \\frac{{\\exp(o_j)}}{{\\sum_{{k=1}}^q \\exp(o_k)}}
= \\sum_{{j=1}}^q y_j \\log \\sum_{{k=1}}^q \\exp(o_k) - \\sum_{{j=1}}^q y_j o_j
= {last}
$$
"""


def last_link(tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str) -> dict[str, object]:
    path = tmp_path / "d.md"
    path.write_text(PAGE.format(last=last), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--timeout", "60"])
    link: dict[str, object] = json.loads(capsys.readouterr().out)["links"][-1]
    return link


def test_a_step_right_only_where_y_sums_to_one_names_the_sum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = last_link(tmp_path, capsys, "\\log \\sum_{k=1}^q \\exp(o_k) - \\sum_{j=1}^q y_j o_j")
    assert link["status"] == "refuted"
    mistake = link["mistake"]
    assert isinstance(mistake, dict) and mistake["name"] == "a constraint used that was not assumed"
    assert "Σ y = 1" in mistake["explanation"] and mistake["correct_rhs"] is None


def test_a_step_false_even_where_y_sums_to_one_names_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = last_link(tmp_path, capsys, "2 \\log \\sum_{k=1}^q \\exp(o_k) - \\sum_{j=1}^q y_j o_j")
    assert link["status"] == "refuted" and "mistake" not in link


def test_the_terminal_report_says_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.md"
    path.write_text(PAGE.format(last="\\log \\sum_{k=1}^q \\exp(o_k) - \\sum_{j=1}^q y_j o_j"), encoding="utf-8")
    main(["check", str(path), "--timeout", "60"])
    assert "it holds where Σ y = 1, which the file does not assume" in capsys.readouterr().out
