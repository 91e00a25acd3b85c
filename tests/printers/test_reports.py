"""Check reports in every format: exact text at a fixed width, the wrong step marked, JSON fields as documented.

The verdicts here are made up (printers never compute): the reports must show what they are given.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sympy import Indexed, Integer, Rational, Symbol

from derive.check.diagnose import DROPPED_SUM, Diagnosis, LinkResult
from derive.check.verdict import Counterexample, Status, Verdict
from derive.printers.json import report_object as json_object
from derive.printers.latex import latex_report
from derive.printers.markdown import markdown_report
from derive.printers.terminal import report_text
from derive.read import read_document
from derive.report import CheckReport, report

TEXT = """---
n: symbolic
vectors: [z, y]
indices: [i, j, k]
define:
  s_i: \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}
  L: -\\sum_{i=1}^{n} y_i \\log s_i
---
$$
\\begin{aligned}
\\frac{\\partial L}{\\partial z_k} &= y_k (s_k - 1) \\\\
&= y_k s_k - y_k
\\end{aligned}
$$
"""

k = Symbol("k", integer=True)


@pytest.fixture
def checked(tmp_path: Path) -> CheckReport:
    path = tmp_path / "d.md"
    path.write_text(TEXT, encoding="utf-8")
    document = read_document(path)
    base_y = next(entry.base for entry in document.links[1].rhs.atoms(Indexed) if str(entry.base) == "y")
    counterexample = Counterexample(((k, Integer(1)), (base_y[1], Integer(0))), Rational(1, 10), Integer(0))
    diagnosis = Diagnosis(DROPPED_SUM, "only one term kept", Symbol("x"), counterexample)
    results = [
        LinkResult(Verdict(Status.REFUTED, "counterexample at n = 2", "n = 2", counterexample), diagnosis),
        LinkResult(Verdict(Status.PROVEN, "identical normal forms", "every n ≥ 1")),
    ]
    return report(document, results)


def test_terminal_text_marks_the_first_wrong_step(checked: CheckReport) -> None:
    text = report_text(checked, width=120)
    lines = text.splitlines()
    assert lines[0].endswith("d.md — every n (symbolic)")
    assert lines[1:] == [
        "",
        "Chain 1",
        "    \\frac{\\partial L}{\\partial z_k}",
        "✗ = y_k (s_k - 1)   line 11   ← first wrong step",
        "      refuted — counterexample at n = 3: k = 1, y_1 = 0; left side = 1/10, right side = 0",
        "      known mistake: a dropped sum over outputs (only one term kept); the same rule gives x",
        "✓ = y_k s_k - y_k   line 12",
        "      proven — identical normal forms, every n ≥ 1",
        "",
        "1 of 2 links proven, 1 refuted, 0 unproven. First wrong step: line 11 (chain 1, link 1).",
    ]


def test_json_has_file_and_links_with_line_sides_status_counterexample(checked: CheckReport) -> None:
    data = json.loads(json.dumps(json_object(checked)))
    assert data["file"].endswith("d.md") and data["n"] == "symbolic" and data["ok"] is False
    first, second = data["links"]
    assert (first["line"], first["lhs"], first["rhs"], first["status"]) == (
        11,
        r"\frac{\partial L}{\partial z_k}",
        "y_k (s_k - 1)",
        "refuted",
    )
    assert first["counterexample"] == {"values": {"k": "1", "y_1": "0"}, "lhs": "1/10", "rhs": "0"}
    assert first["mistake"] == {"name": DROPPED_SUM, "explanation": "only one term kept", "correct_rhs": "x"}
    assert second["status"] == "proven" and "counterexample" not in second and second["line"] == 12


def test_markdown_and_latex_mark_the_wrong_step_only(checked: CheckReport) -> None:
    markdown = markdown_report(checked)
    assert markdown.count("← first wrong step") == 1  # one link is marked
    assert "- ✗ line 11: $= y_k (s_k - 1)$ — **refuted** **← first wrong step**" in markdown
    assert "- ✓ line 12: $= y_k s_k - y_k$ — **proven**" in markdown
    assert "refuted —" not in markdown  # the status once, then what backs it
    assert "  - counterexample at n = 3: k = 1, y_1 = 0; left side = 1/10, right side = 0" in markdown
    latex = latex_report(checked)
    assert r"&= \boxed{y_k (s_k - 1)} && \times\ \text{line 11, first wrong step}" in latex
    assert r"&= y_k s_k - y_k && \checkmark\ \text{line 12}" in latex
    assert latex.count(r"\boxed") == 1


def test_an_all_proven_report_marks_nothing(checked: CheckReport) -> None:
    proven = LinkResult(Verdict(Status.PROVEN, "identical normal forms"))
    ok = report(checked.document, [proven, proven])
    assert ok.ok and ok.first_wrong is None
    assert "first wrong" not in report_text(ok) and r"\boxed" not in latex_report(ok)
    assert "All 2 links proven" in markdown_report(ok)


def test_a_chain_case_is_shown_in_words(tmp_path: Path) -> None:
    path = tmp_path / "case.md"
    path.write_text(
        TEXT.split("$$")[0] + "$$\\frac{\\partial s_i}{\\partial z_k} = -s_i s_k \\quad (i \\neq k)$$\n", "utf-8"
    )
    document = read_document(path)
    checked = report(document, [LinkResult(Verdict(Status.PROVEN, "identical normal forms"))])
    assert "Chain 1 (case i ≠ k)" in report_text(checked)
    assert "## Chain 1 (case i ≠ k)" in markdown_report(checked)
    assert r"\quad (i \neq k)" in latex_report(checked)


def test_the_latex_report_compiles(checked: CheckReport, tmp_path: Path, pdflatex: str) -> None:
    import subprocess

    (tmp_path / "report.tex").write_text(latex_report(checked), encoding="utf-8")
    run = subprocess.run(
        [pdflatex, "-interaction=nonstopmode", "-halt-on-error", "report.tex"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-2000:]


def test_no_color_removes_every_escape_code_from_the_report(
    checked: CheckReport, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from derive.printers.terminal import print_report

    monkeypatch.setenv("FORCE_COLOR", "1")  # a terminal, as rich sees it
    monkeypatch.delenv("NO_COLOR", raising=False)
    print_report(checked)
    assert "\x1b[1m" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    print_report(checked)
    out = capsys.readouterr().out
    assert "\x1b" not in out and "first wrong step" in out
