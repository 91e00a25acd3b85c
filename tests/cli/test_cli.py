"""The command line: outputs, exit codes, one-line errors, and files written whole or not at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from derive.cli import main
from derive.engine import CATALOGUE, names


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line_error(code: int, out: str, err: str, *fragments: str) -> None:
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("derive: error: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def test_list_groups_derivations_by_topic_one_line_each_name_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list")
    assert code == 0
    entries = [line.split(maxsplit=1) for line in out.splitlines() if line.startswith("  ")]
    headings = [line for line in out.splitlines() if line and not line.startswith("  ")]
    topics = list(dict.fromkeys(entry.topic for entry in CATALOGUE))
    grouped = [entry.name for topic in topics for entry in CATALOGUE if entry.topic == topic]
    assert [name for name, _ in entries] == grouped
    assert sorted(grouped) == sorted(names())
    assert len(headings) == len(topics)
    assert all(description.strip() for _, description in entries)
    assert headings and all(heading.endswith(":") for heading in headings)


def test_default_prints_softmax_ce_for_every_n_with_the_3_by_3_instance(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 0
    assert "softmax-ce, every n" in out and "Σ_{j=1..n}" in out
    assert "Worked instance: the full 3 × 3 Jacobian at n = 3" in out
    assert "steps proven for every n" in out
    assert "\x1b[" not in out  # not a terminal: plain text


def test_show_symbolic_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "softmax-jacobian-log", "--symbolic", "--format", "json")
    document = json.loads(out)
    assert code == 0 and document["n"] == "n" and document["ok"] is True
    assert {step["status"] for step in document["steps"]} == {"proven"}
    assert all(step["scope"].startswith("every n") for step in document["steps"])


@pytest.mark.parametrize("fmt", ["json", "latex", "latex-fragment", "markdown", "text"])
def test_show_every_format_exits_0(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, err = run(capsys, "show", "softmax-jacobian", "--n", "2", "--format", fmt)
    assert code == 0, err
    assert out.strip()


def test_show_json_is_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "cross-entropy-grad", "--n", "2", "--format", "json")
    document = json.loads(out)
    assert code == 0
    assert document["name"] == "cross-entropy-grad" and document["n"] == 2
    assert document["symbols"]["logits"] == ["z_1", "z_2"]
    assert {step["status"] for step in document["steps"]} == {"proven"}


def test_output_file_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "d.tex"
    code, out, _ = run(capsys, "show", "softmax-jacobian", "--n", "2", "--format", "latex", "--output", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("\\documentclass")
    assert [p.name for p in tmp_path.iterdir()] == ["d.tex"]


@pytest.mark.parametrize("args", [["list"], ["show", "nope"], ["show", "softmax-ce", "--n", "257"]])
def test_listing_and_refusing_a_name_or_n_import_no_sympy(args: list[str]) -> None:
    script = f"import sys; from derive.cli import main; code = main({args!r}); print(code, 'sympy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == ("0 False" if args == ["list"] else "2 False")


def test_a_written_file_has_the_usual_permissions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A new file gets 0666 under the umask (not the 0600 of a temporary file); a replaced file keeps its mode."""
    new, kept = tmp_path / "new.md", tmp_path / "kept.md"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    previous = os.umask(0o022)
    try:
        for target in (new, kept):
            args = ("show", "softmax-jacobian", "--n", "2", "--format", "markdown", "--output", str(target))
            assert run(capsys, *args)[0] == 0
    finally:
        os.umask(previous)
    assert (new.stat().st_mode & 0o777, kept.stat().st_mode & 0o777) == (0o644, 0o640)
    assert kept.read_text(encoding="utf-8").startswith("#")


@pytest.mark.parametrize(
    "args, fragments",
    [
        (["show", "nope"], ["unknown derivation 'nope'", "derive list"]),
        (["show", "softmax-ce", "--n", "1"], ["at least 2"]),
        (["show", "softmax-ce", "--n", "three"], ["--n", "three"]),
        (["show", "softmax-ce", "--format", "docx"], ["--format", "docx"]),
        (["show"], ["NAME"]),
        (["frobnicate"], ["frobnicate"]),
        (["show", "softmax-ce", "--bogus"], ["--bogus"]),
        (["show", "softmax-ce", "--symbolic", "--n", "4"], ["--n and --symbolic", "drop one"]),
    ],
)
def test_bad_usage_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], fragments: list[str]
) -> None:
    assert_one_line_error(*run(capsys, *args), *fragments)


def test_missing_directory_is_refused_before_any_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "d.json"
    assert_one_line_error(*run(capsys, "show", "softmax-ce", "--format", "json", "-o", str(target)), "does not exist")
    assert not target.parent.exists()


def test_directory_as_output_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_one_line_error(*run(capsys, "show", "softmax-ce", "-o", str(tmp_path)), "directory")


def test_read_only_directory_is_refused_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tmp_path.chmod(0o500)
    if os.access(tmp_path, os.W_OK):  # root ignores permissions: make the check see what a user would
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == tmp_path else real_access(p, mode))
    try:
        code, out, err = run(capsys, "show", "softmax-ce", "-o", str(tmp_path / "x.md"))
        assert_one_line_error(code, out, err, "not writable")
        assert list(tmp_path.iterdir()) == []
    finally:
        tmp_path.chmod(0o700)


def test_an_unwritable_temporary_file_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tempfile

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, out, err = run(capsys, "show", "softmax-jacobian", "--n", "2", "-o", str(tmp_path / "x.json"))
    assert_one_line_error(code, out, err, "Permission denied")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "d.md"
    target.write_text("old contents\n", encoding="utf-8")

    def failing_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    assert_one_line_error(
        *run(capsys, "show", "softmax-jacobian", "--n", "2", "--format", "markdown", "-o", str(target)), "No space left"
    )
    assert target.read_text(encoding="utf-8") == "old contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["d.md"]


def test_console_script_and_module_entry_points() -> None:
    for command in (["derive", "list"], [sys.executable, "-m", "derive", "list"]):
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "softmax-ce" in result.stdout.split()


def test_help_names_the_commands() -> None:
    result = subprocess.run(["derive", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "show" in result.stdout and "list" in result.stdout


def test_exit_1_when_a_step_is_not_proven(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import dataclasses

    import derive.engine.catalogue as catalogue
    from derive.engine.rules import mul
    from derive.model import softmax_model

    original = catalogue.build

    def build_with_a_wrong_step(name: str, n: int = 3):
        derivation = original(name, n)
        chain = derivation.chains[1]
        m = softmax_model(n)
        wrong = dataclasses.replace(chain.steps[-1], expr=mul(m.s[m.i], m.s[m.k]))
        chains = (
            derivation.chains[0],
            dataclasses.replace(chain, steps=(*chain.steps[:-1], wrong)),
            *derivation.chains[2:],
        )
        return dataclasses.replace(derivation, chains=chains)

    monkeypatch.setattr(catalogue, "build", build_with_a_wrong_step)
    code, out, _ = run(capsys, "show", "softmax-jacobian", "--n", "2", "--format", "json")
    assert code == 1
    statuses = [step["status"] for step in json.loads(out)["steps"]]
    assert "refuted" in statuses


def test_a_bug_of_ours_is_one_line_exit_3(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """An exception derive did not foresee is said in one line, never a traceback; DERIVE_DEBUG=1 shows it."""

    def broken(*args: object, **kwargs: object) -> None:
        raise AttributeError("'int' object has no attribute 'is_Integer'")

    monkeypatch.setattr("derive.cli.choose_format", broken)
    monkeypatch.delenv("DERIVE_DEBUG", raising=False)
    assert main(["show", "softmax-ce", "--n", "2"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("derive: internal error: AttributeError in broken"), err
    monkeypatch.setenv("DERIVE_DEBUG", "1")
    with pytest.raises(AttributeError):
        main(["show", "softmax-ce", "--n", "2"])


def test_a_bug_of_ours_while_reading_a_file_is_one_line_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file is read in a child process: a bug met there is exit 3 too (it was exit 2, as if the input were
    wrong), and DERIVE_DEBUG=1 prints the child's traceback before the line."""

    def broken(*args: object, **kwargs: object) -> None:
        raise AttributeError("'Shaped' object has no attribute 'is_number'")

    path = tmp_path / "d.md"
    path.write_text("$$x = x$$\n", encoding="utf-8")
    monkeypatch.setattr("derive.read.read_document", broken)
    monkeypatch.delenv("DERIVE_DEBUG", raising=False)
    assert main(["check", str(path), "--no-cache"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: AttributeError (broken) while reading the file" in err, err
    assert "this is a bug in derive" in err
    monkeypatch.setenv("DERIVE_DEBUG", "1")
    assert main(["check", str(path), "--no-cache"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):") and "is_number" in err, err
