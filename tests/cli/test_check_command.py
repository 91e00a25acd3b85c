"""`derive check FILE`: the shipped examples, exit codes, JSON, and hostile input (one line, exit 2, nothing run)."""

from __future__ import annotations

import importlib
import json
import time
from pathlib import Path

import pytest

from derive.cli import main

ROOT = Path(__file__).resolve().parents[2]
CHECKS = ROOT / "derivations" / "checks"

FRONT = """---
n: symbolic
vectors: [z, y]
indices: [i, j, k]
define:
  s_i: \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}
  L: -\\sum_{i=1}^{n} y_i \\log s_i
---
"""


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["check", *args, "--format", "json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_seed_000_question_is_refuted_at_the_dropped_sum_with_a_zero_target(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, report = run_json(capsys, str(CHECKS / "seed-000-question.md"))
    assert code == 1
    links = report["links"]
    assert [link["status"] for link in links] == ["refuted", "proven", "refuted"]
    assert links[2]["rhs"] == "t_j (o_j - 1)" and links[2]["mistake"]["name"] == "a dropped sum over outputs"
    wrong = links[0]
    assert wrong["line"] == 19 and wrong["rhs"] == r"-\frac{t_j}{o_j} o_j (1 - o_j)"
    assert wrong["mistake"]["name"] == "a dropped sum over outputs"
    values = wrong["counterexample"]["values"]
    j = values["j"]
    assert values[f"t_{j}"] == "0"
    assert float(wrong["counterexample"]["lhs"]) != 0.0  # the gradient is not zero where t_j = 0
    assert report["first_wrong_line"] == 19


@pytest.mark.parametrize(
    ("name", "links"),
    [("seed-000-answer.md", 8), ("seed-002-softmax-layer.md", 18), ("seed-003-log-derivative.md", 20)],
)
def test_shipped_correct_derivations_are_fully_proven(
    capsys: pytest.CaptureFixture[str], name: str, links: int
) -> None:
    code, report = run_json(capsys, str(CHECKS / name))
    assert code == 0
    assert len(report["links"]) == links
    assert all(link["status"] == "proven" for link in report["links"])


def test_a_wrong_jacobian_is_refuted_with_the_diagonal_only_diagnosis(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "wrong.md"
    path.write_text(FRONT + "\n$$\\frac{\\partial s_i}{\\partial z_k} = s_i (1 - s_i)$$\n", encoding="utf-8")
    code, report = run_json(capsys, str(path))
    assert code == 1
    (link,) = report["links"]
    assert link["status"] == "refuted" and link["line"] == 10
    assert link["mistake"]["name"] == "the diagonal-only Jacobian s_i(1 − s_i)"
    assert set(link["counterexample"]) == {"values", "lhs", "rhs"}
    assert link["counterexample"]["lhs"] != link["counterexample"]["rhs"]


def test_every_output_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    question = str(CHECKS / "seed-000-question.md")
    for fmt, marker in (("text", "first wrong step"), ("markdown", "**← first wrong step**"), ("latex", r"\boxed")):
        assert main(["check", question, "--format", fmt]) == 1
        assert marker in capsys.readouterr().out
    target = tmp_path / "report.md"
    assert main(["check", question, "--format", "markdown", "--output", str(target)]) == 1
    assert "first wrong step" in target.read_text(encoding="utf-8")


def test_a_link_that_takes_too_long_is_unproven_not_a_hang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "slow.md"
    # true, and its proof writes (z_1 + … + z_16 + 1)^64 out: expanding it never ends (a false link would be refuted
    # at once, by the random points drawn before any proof)
    power = "(\\sum_{j=1}^{n} z_j + 1)^{63}"
    chain = f"(\\sum_{{j=1}}^{{n}} z_j + 1)^{{64}} = {power} \\sum_{{j=1}}^{{n}} z_j + {power}"
    path.write_text(FRONT.replace("n: symbolic", "n: 16") + f"\n$${chain}$$\n", "utf-8")
    start = time.monotonic()
    code, report = run_json(capsys, str(path), "--timeout", "1")
    assert time.monotonic() - start < 30
    assert code == 1
    (link,) = report["links"]
    assert link["status"] == "unproven"
    assert "time budget" in link["method"] or "memory" in link["method"]


HOSTILE = [
    ("---\nn: !!python/object/apply:os.system ['touch {marker}']\n---\n$$a = b$$\n", "malformed front matter"),
    (FRONT.replace("L: ", "L: __import__('os').system('touch {marker}') + "), "found '_'"),
    (FRONT.replace("[z, y]", "[\"__import__('os').system('touch {marker}')\"]"), "is not a name"),
    (FRONT + "$$__import__('os').system('touch {marker}') = 1$$\n", "found '_'"),
    (FRONT + "$$\\import_{os} = 1$$\n", "not supported"),
    (FRONT.replace("n: symbolic", "n: \"__import__('os').system('touch {marker}')\""), "n must be an integer"),
    (
        FRONT.replace(
            "indices: [i, j, k]\n", "indices: [i, j, k]\nassume:\n  - __import__('os').system('touch {marker}')\n"
        ),
        "cannot read the assumption",
    ),
    (FRONT + "$$y_1 = e^{9^{9^{9}}}$$\n", "exponent too large"),
    (FRONT + "$$y_1 = " + "{" * 10_000 + "y_1" + "}" * 10_000 + "$$\n", "formula too long"),
    (FRONT + "$$y_1 = " + "{" * 100 + "y_1" + "}" * 100 + "$$\n", "nested too deeply"),
    ("", "empty"),
]


@pytest.mark.parametrize(("text", "message"), HOSTILE)
def test_hostile_input_is_refused_in_one_line_and_nothing_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "hostile.md"
    path.write_text(text.replace("{marker}", str(marker)), encoding="utf-8")
    code = main(["check", str(path)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    if code == 2:  # the file cannot be read at all
        assert captured.out == ""
        assert captured.err.count("\n") == 1
        assert message in captured.err and str(path) in captured.err
    else:  # a display that cannot be read: listed as unreadable at its line, never checked
        assert code == 1
        assert "unreadable: " in captured.out and message in captured.out
        assert "proven" not in captured.out.replace("0 links proven", "")
    assert not marker.exists()


def test_bad_paths_are_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "b.md"
    binary.write_bytes(bytes(range(256)))
    empty = tmp_path / "empty"
    empty.mkdir()
    cases = (
        (tmp_path / "missing.md", "no such file"),
        (empty, "no .md, .markdown or .tex file under"),
        (binary, "UTF-8"),
    )
    for path, message in cases:
        assert main(["check", str(path)]) == 2
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1


def crash(*args: object) -> object:
    raise RuntimeError("boom")


def test_a_crash_in_the_checker_is_unproven_never_proven(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(importlib.import_module("derive.check.diagnose"), "check_link", crash)
    code, report = run_json(capsys, str(CHECKS / "seed-000-answer.md"), "--no-cache")  # no verdict read back
    assert code == 1
    assert {link["status"] for link in report["links"]} == {"unproven"}
    assert all("internal error: RuntimeError" in link["method"] for link in report["links"])


TEX = """% A comment before the front matter block is not allowed; blank comment lines are.
%
% ---
% n: 3
% vectors: [z]
% indices: [i, j, k]
% define:
%   s_i: \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}
% ---
\\documentclass{article}
\\begin{document}
\\begin{align*}
\\frac{\\partial s_i}{\\partial z_k} &= -s_i s_k \\quad (i \\neq k) \\\\
  &= -s_k s_i % a comment in the chain
\\end{align*}
\\end{document}
"""


def test_a_tex_file_is_checked_the_same_way(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "jacobian.tex"
    path.write_text(TEX.split("\n", 1)[1], encoding="utf-8")
    code, report = run_json(capsys, str(path))
    assert code == 0
    assert [(link["line"], link["case"], link["status"]) for link in report["links"]] == [
        (12, "i ≠ k", "proven"),
        (13, "i ≠ k", "proven"),
    ]
    assert report["links"][1]["rhs"] == "-s_k s_i"
    path.write_text(TEX, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "a front matter block below other text" in capsys.readouterr().err


def test_links_left_when_the_budget_is_spent_are_unproven_and_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    links = "".join(f"$$\nz_1 + {m} = {m} + z_1\n$$\n" for m in range(200))
    path = tmp_path / "many.md"
    path.write_text("---\nn: 3\nvectors: [z]\nindices: [i, k]\n---\n" + links, encoding="utf-8")
    code, report = run_json(capsys, str(path), "--no-cache", "--budget", "0.1", "--timeout", "60")
    assert code == 1
    left = [link for link in report["links"] if link["method"] == "the file's time budget is spent"]
    assert left and all(link["status"] == "unproven" for link in left)


def test_a_huge_number_with_the_cache_on_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DERIVE_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "huge.md"
    path.write_text(
        "---\nn: 3\nvectors: [z]\nindices: [i, k]\n---\n$$\n((10^{64})^{64})^{2} = z_1\n$$\n", encoding="utf-8"
    )
    for _ in range(2):  # twice: nothing half-written to the cache stands in the way
        assert main(["check", str(path), "--format", "json"]) == 1
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err and captured.err == ""
        (unchecked,) = json.loads(captured.out)["unchecked"]
        assert "too large" in unchecked["reason"] and unchecked["reason"].startswith("unreadable: ")


LOG_SOFTMAX = """---
define:
  p_i: \\frac{e^{z_i}}{\\sum_j e^{z_j}}
assume:
  - \\sum_i y_i = 1
---
$$-\\sum_i y_i \\log p_i = -\\sum_i y_i z_i + \\log\\sum_j e^{z_j}$$
"""


def test_the_files_assumptions_are_stated_beside_its_verdicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A proof is under the front matter's assumptions: the report states them (text, Markdown and JSON)."""
    path = tmp_path / "lse.md"
    path.write_text(LOG_SOFTMAX, encoding="utf-8")
    assert main(["check", str(path), "--no-cache"]) == 0
    text = capsys.readouterr().out
    assert "\nassuming Σ y = 1\n" in text
    assert "every n by index rewrites (definitions, logarithms of products" in text  # not the cross-check alone
    code, report = run_json(capsys, str(path), "--no-cache")
    assert code == 0 and report["assumptions"] == ["Σ y = 1"]
    assert main(["check", str(path), "--no-cache", "--format", "markdown"]) == 0
    assert "*assuming Σ y = 1*" in capsys.readouterr().out


def test_log_softmax_without_its_assumption_is_refuted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lse.md"
    path.write_text(LOG_SOFTMAX.replace("assume:\n  - \\sum_i y_i = 1\n", ""), encoding="utf-8")
    code, report = run_json(capsys, str(path), "--no-cache")
    assert code == 1 and report["assumptions"] == []
    assert [link["status"] for link in report["links"]] == ["refuted"]


def refuted_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> str:
    """The one "refuted — …" line of the text report of ``text``."""
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path), "--no-cache"]) == 1
    (line,) = [line.strip() for line in capsys.readouterr().out.splitlines() if "refuted —" in line]
    return line


SCALARS = "---\ndefine:\n  z: w x + b\n  L: (z - y)^2\n---\n"


@pytest.mark.parametrize("front", [SCALARS, SCALARS.replace("---\ndefine", "---\nn: 3\ndefine")])
def test_a_counterexample_of_scalars_alone_names_no_n(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str
) -> None:
    """Nothing in a problem of scalars has a length: its counterexample says nothing of n (it said "at n = 2")."""
    line = refuted_line(tmp_path, capsys, front + "$$\\frac{\\partial L}{\\partial w} = 2 (z - y)$$\n")
    assert line == (
        "refuted — counterexample: b = 47/25, w = 3/20, x = -9/5, y = -17/25; left side = -8.24400000000000, "
        "right side = 4.58000000000000"
    )


def test_a_counterexample_with_a_vector_still_names_its_n(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = refuted_line(tmp_path, capsys, "---\n---\n$$\\sum_k x_k = x_1$$\n")
    assert line.startswith("refuted — counterexample at n = 2: x_1 = "), line


def test_a_page_of_scalars_names_no_n(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A page where no length plays a part is checked once, as it stands: no 'every n', no n = 2..6."""
    path = tmp_path / "sigmoid.md"
    path.write_text(
        "---\ndefine:\n  \\sigma(x): \\frac{1}{1+e^{-x}}\n---\n$$\\sigma'(x) = \\sigma(x)(1-\\sigma(x))$$\n"
    )
    assert main(["check", str(path), "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"{path} — scalars only"
    assert "proven — rational identity (numerator expands to 0), cross-check proven\n" in out
    assert out.rstrip().endswith("All 1 links proven (scalars only).")
    assert "every n" not in out and "n = " not in out


@pytest.mark.parametrize(
    ("arrays", "message"),
    [
        ("{W: [2, 3]}", "the lengths of W are named, not numbers: give each number a one-letter name under sizes"),
        ("{W: [d]}", "'d' in the lengths of W is not a length: give it under sizes"),
        ("{W: d}", "give the lengths of W as a list of one or two names, as in [d, n]"),
    ],
)
def test_array_lengths_are_names_and_the_error_says_how_to_name_them(
    arrays: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page's own sizes in numbers ("W's dimensions are 2 x 3") are named under sizes first."""
    path = tmp_path / "a.md"
    path.write_text(f"---\narrays: {arrays}\n---\n$$x = x$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_n_among_the_sizes_with_its_own_value_is_the_page_s_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A held-out page's front matter listed n beside m (sizes: {m: symbolic, n: symbolic}): the file had stopped."""
    path = tmp_path / "a.md"
    path.write_text("---\nsizes: {m: symbolic, n: symbolic}\narrays: {W: [m, n]}\n---\n$$W_{ij} = W_{ij}$$\n")
    assert main(["check", str(path)]) == 0
    capsys.readouterr()
    path.write_text("---\nn: 3\nsizes: {n: symbolic}\n---\n$$x = x$$\n")
    assert main(["check", str(path)]) == 2
    assert "n is the page's length (n: 3): give it once" in capsys.readouterr().err


@pytest.mark.parametrize("function", ["g_j", "'g^l'", "'\\phi_k'"])
def test_a_function_with_a_script_in_the_front_matter_is_refused_naming_its_letter(
    function: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Held-out front matters listed functions per unit and per layer (functions: [g, g_j, g_k], [g, 'g^l'])."""
    path = tmp_path / "a.md"
    path.write_text(f"---\nfunctions: [{function}]\n---\n$$x = x$$\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    letter = function.strip("'").split("_")[0].split("^")[0]
    assert f"list the function's letter alone (functions: [{letter}])" in err and err.count("\n") == 1
