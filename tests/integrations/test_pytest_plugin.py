"""pytest --derive, through pytest itself (pytester runs whole sessions in a temporary directory, in a child
process that finds the plugin by its entry point, as an installed derive registers it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import MKDOCS_PAGE, PLAIN, PROVEN, REFUTED, TEX

#: A Python test beside the derivations: it runs with or without --derive, and says whether SymPy was imported.
PYTHON_TEST = """\
import sys

def test_python():
    assert "derive.integrations.pytest_plugin" in sys.modules  # the plugin was loaded by its entry point
    print("sympy imported:", "sympy" in sys.modules)
"""


@pytest.fixture
def project(pytester: pytest.Pytester, tool_env: dict[str, str]) -> pytest.Pytester:
    """A project with docs/ (a proven file, a refuted one, a .tex file, and pages that are not derivations), and a
    Python test."""
    docs = pytester.mkdir("docs")
    (docs / "answer.md").write_text(PROVEN.read_text(encoding="utf-8"), encoding="utf-8")
    (docs / "question.markdown").write_text(REFUTED.read_text(encoding="utf-8"), encoding="utf-8")
    (docs / "square.tex").write_text(TEX, encoding="utf-8")
    (docs / "README.md").write_text(PLAIN, encoding="utf-8")
    (docs / "about.md").write_text(MKDOCS_PAGE, encoding="utf-8")
    pytester.makepyfile(test_python=PYTHON_TEST)
    return pytester


def node_ids(result: pytest.RunResult) -> list[str]:
    return [line for line in result.outlines if "::" in line]


def test_each_chain_is_one_item_named_by_file_line_and_title(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("--derive", "--collect-only", "-q")
    assert node_ids(result) == [
        "docs/answer.md::line 19: Chain 1",
        "docs/answer.md::line 33: Chain 2",
        "docs/question.markdown::line 19: Chain 1",
        "docs/question.markdown::line 24: Chain 2",
        "docs/square.tex::line 8: Chain 1",
        "test_python.py::test_python",
    ]


def test_a_refuted_link_fails_its_chain_with_verdict_counterexample_and_known_mistake(
    project: pytest.Pytester,
) -> None:
    result = project.runpytest_subprocess("--derive", "-rf")
    result.assert_outcomes(passed=4, failed=2)
    result.stdout.fnmatch_lines(
        [
            "*_ derive: line 19: Chain 1 _*",
            "line 19: refuted — counterexample at n = 3: j = 1, t_1 = 0, *",
            "Chain 1, line 19",
            "    \\frac{\\partial E}{\\partial z_j}",
            "✗ = -\\frac{t_j}{o_j} o_j (1 - o_j)   line 19",
            "    refuted — counterexample at n = 3: *left side = *, right side = 0.0",
            "    known mistake: a dropped sum over outputs (*); the same rule gives -t_j + o_j·Σ_{i=1..n} t_i",
            "✓ = t_j (o_j - 1)   line 19",
            "*FAILED docs/question.markdown::line 19: Chain 1 - line 19: refuted*",
            "*FAILED docs/question.markdown::line 24: Chain 2 - line 24: refuted*",
        ]
    )
    assert "Traceback" not in result.stdout.str() and "raise " not in result.stdout.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_without_the_option_nothing_is_collected_and_sympy_is_not_imported(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("-s")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*sympy imported: False*"])
    with_option = project.runpytest_subprocess("-s", "--derive", "-k", "test_python or answer")
    with_option.stdout.fnmatch_lines(["*sympy imported: True*"])  # the probe can tell: --derive imports it


def test_only_the_paths_given_or_testpaths_are_searched(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\ntestpaths = docs\n")
    (project.path / "elsewhere.md").write_text(PROVEN.read_text(encoding="utf-8"), encoding="utf-8")
    in_testpaths = node_ids(project.runpytest_subprocess("--derive", "--collect-only", "-q"))
    assert in_testpaths and all(node.startswith("docs/") for node in in_testpaths)
    given = node_ids(project.runpytest_subprocess("--derive", "--collect-only", "-q", "elsewhere.md"))
    assert given == ["elsewhere.md::line 19: Chain 1", "elsewhere.md::line 33: Chain 2"]
    # a file named on the command line without derive front matter is skipped, not an error
    named = project.runpytest_subprocess("--derive", "docs/README.md", "docs/about.md", "elsewhere.md")
    named.assert_outcomes(passed=2)
    assert "ERROR" not in named.stdout.str() + named.stderr.str()


def test_an_unreadable_file_or_an_unchecked_equality_is_one_failing_item_without_a_traceback(
    pytester: pytest.Pytester, tool_env: dict[str, str]
) -> None:
    pytester.makefile(".md", broken="---\nn: 3\nvectors: [z]\nbogus: 1\n---\n$$z_1 = z_1$$\n")
    pytester.makefile(".md", partly="---\nn: 2\nvectors: [z]\nindices: [i]\n---\n$$z_1 = z_1$$\n\n$$z_1 < z_2$$\n")
    pytester.makefile(
        ".md", hidden="---\nn: 2\nvectors: [z]\nindices: [i]\n---\n$$z_1 = z_1$$\n\n<div>\n$$z_1 = z_2$$\n</div>\n"
    )
    result = pytester.runpytest_subprocess("--derive", "-rf")
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(
        [
            "derive: error: broken.md:4: unknown key 'bogus'*",
            "*line 9: not checked — display math inside an HTML block is not read*",
            "FAILED broken.md::read - derive: error: broken.md:4: unknown key*",
            "FAILED hidden.md::line 9: not checked - line 9: not checked — display math*",
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_the_verdict_cache_is_used_unless_told_not_to(
    pytester: pytest.Pytester, tool_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makefile(".tex", square=TEX)
    cache = tmp_path / "verdicts"
    monkeypatch.setenv("DERIVE_CACHE_DIR", str(cache))
    pytester.runpytest_subprocess("--derive", "--derive-no-cache").assert_outcomes(passed=1)
    assert not cache.exists() or not any(cache.rglob("*.*"))
    pytester.runpytest_subprocess("--derive").assert_outcomes(passed=1)
    assert any(cache.rglob("*.*")), os.listdir(cache)


def test_a_bad_number_of_seconds_is_a_usage_error(pytester: pytest.Pytester, tool_env: dict[str, str]) -> None:
    result = pytester.runpytest_subprocess("--derive", "--derive-timeout", "0")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--derive-timeout: '0' is not a number of seconds from 0.1 to 86400"])
