"""The verdict cache on the command line: on by default, off with --no-cache (before or after the command),
the same bytes either way, and an unusable cache directory is no error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from derive.cli import main

ROOT = Path(__file__).resolve().parents[2]
CHECKS = ROOT / "derivations" / "checks"
CHECKER = "derive.check.checker"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    assert captured.err == ""
    return code, captured.out


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("DERIVE_CACHE_DIR", str(directory))
    return directory


def stored(directory: Path) -> int:
    return len(list(directory.rglob("*.json")))


@pytest.mark.parametrize("fmt", ["json", "latex", "markdown", "text"])
def test_show_gives_the_same_bytes_cold_warm_and_without_the_cache(
    fmt: str, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("show", "softmax-ce", "--n", "2", "--format", fmt)
    fresh = run(capsys, *args, "--no-cache")
    assert stored(cache_dir) == 0
    cold = run(capsys, *args)
    assert stored(cache_dir) > 0
    warm = run(capsys, *args)
    assert fresh == cold == warm and fresh[0] == 0


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("show", "softmax-ce", "--symbolic", "--format", "json"),
        ("show", "softmax-ce", "--symbolic", "--format", "latex"),
    ],
)
def test_a_warm_run_decides_nothing_and_gives_the_same_bytes(
    args: tuple[str, ...], cache_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = run(capsys, "--no-cache", *args)
    cold = run(capsys, *args)
    checker = sys.modules[CHECKER]
    real, decided = checker.check_claim, []

    def check_claim(claim: object, seed: int = 0) -> object:
        verdict = real(claim, seed)
        decided.append(verdict.status.value)
        return verdict

    monkeypatch.setattr(checker, "check_claim", check_claim)
    monkeypatch.setenv("DERIVE_WORKERS", "1")  # every claim decided in this process, where it is counted
    # the shortcut too, refuted, at the cross-check's n: read back with its counterexample
    assert run(capsys, *args) == cold == fresh
    assert decided == []
    assert run(capsys, "--no-cache", *args) == cold
    assert "proven" in decided and "refuted" in decided


@pytest.mark.parametrize("where", ["before", "after"])
def test_no_cache_neither_reads_nor_writes(where: str, cache_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["show", "softmax-jacobian-log", "--n", "2", "--format", "json"]
    args = ["--no-cache", *args] if where == "before" else [*args, "--no-cache"]
    assert run(capsys, *args)[0] == 0
    assert not cache_dir.exists()


TINY = """---
n: 2
vectors: [z]
indices: [i, j, k]
define:
  s_i: \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}
---
$$\\frac{\\partial s_i}{\\partial z_k} = s_i (\\delta_{ik} - s_k) = s_i \\delta_{ik} - s_i s_k = s_i s_k$$
"""


def test_derive_check_reads_its_verdicts_back(cache_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("check", str(CHECKS / "seed-000-answer.md"), "--format", "json")
    fresh = run(capsys, *args, "--no-cache")
    assert stored(cache_dir) == 0
    cold = run(capsys, *args)
    assert stored(cache_dir) > 0
    assert fresh == cold == run(capsys, *args)
    text = ("check", str(CHECKS / "seed-000-answer.md"))
    assert run(capsys, *text) == run(capsys, *text, "--no-cache")


def test_derive_check_reads_its_refuted_links_back(
    tmp_path: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tiny.md"
    source.write_text(TINY, encoding="utf-8")
    fresh = run(capsys, "check", str(source), "--format", "json", "--no-cache")
    assert fresh[0] == 1 and '"refuted"' in fresh[1]
    assert run(capsys, "check", str(source), "--format", "json") == fresh
    assert stored(cache_dir) == 3  # the two proven links and the refuted one
    assert run(capsys, "check", str(source), "--format", "json") == fresh


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_derive_check_diagnoses_a_refuted_link_read_back(
    fmt: str, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The cache holds the verdict; the known mistake (and its chosen counterexample) is found again."""
    args = ("check", str(CHECKS / "seed-000-question.md"), "--format", fmt)
    fresh = run(capsys, *args, "--no-cache")
    assert fresh[0] == 1 and "a dropped sum over outputs" in fresh[1]
    assert run(capsys, *args) == fresh
    assert stored(cache_dir) > 0
    assert run(capsys, *args) == fresh


def test_an_unusable_cache_directory_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setenv("DERIVE_CACHE_DIR", str(blocked))
    args = ("show", "softmax-jacobian-log", "--n", "2", "--format", "markdown")
    assert run(capsys, *args) == run(capsys, *args, "--no-cache")
    source = tmp_path / "tiny.md"
    source.write_text(TINY, encoding="utf-8")
    check = ("check", str(source), "--format", "json")
    assert run(capsys, *check) == run(capsys, *check, "--no-cache")
    assert blocked.read_text() == ""
