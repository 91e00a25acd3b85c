"""--verbose on `derive`, `derive show` and `derive check`: each verdict's method, scope and evidence in the
terminal text; without it, the marks and rule names only."""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import main

WRITTEN = """---
n: 2
vectors: [z]
indices: [i, j, k]
define:
  s_i: \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}
---
$$
\\frac{\\partial \\log s_i}{\\partial z_k} = \\delta_{ik} - s_k
$$
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_show_verbose_prints_each_verdicts_method_and_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    code, quiet = run(capsys, "show", "softmax-jacobian-log", "--n", "2")
    assert code == 0 and "numeric check agrees" not in quiet
    code, verbose = run(capsys, "show", "softmax-jacobian-log", "--n", "2", "--verbose")
    assert code == 0
    assert "      proven — " in verbose and "numeric check agrees at 3/3 random points" in verbose


def test_bare_derive_takes_verbose(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "--verbose")
    assert code == 0 and "      proven — " in out


def test_check_verbose_adds_the_numeric_evidence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.md"
    path.write_text(WRITTEN, encoding="utf-8")
    code, quiet = run(capsys, "check", str(path))
    assert code == 0 and "numeric check agrees" not in quiet
    code, verbose = run(capsys, "check", str(path), "--verbose")
    assert code == 0 and "numeric check agrees at" in verbose
