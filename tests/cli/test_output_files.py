"""--output never replaces a symlink or a special file: a symlink's target is replaced whole, a device or FIFO is
written in place, ``-`` is standard output; every written file is announced on standard error.

Run as root, the old "temporary file, then rename" replaced /dev/stdout and would replace /dev/null: every test
here that names a device guards os.replace and os.rename, so that such a rename fails the test instead of
breaking the machine."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import derive
from derive.cli import main

#: Where the derive under test lives, for a child process.
ROOT = Path(derive.__file__).resolve().parents[1]
SHOW = ("show", "softmax-jacobian", "--n", "2", "--format", "json")

#: Installed before derive runs: a rename onto anything but a regular file (or a new name) is refused.
GUARD = """
import os, stat, sys
def guard(real):
    def rename(src, dst, *args, **kwargs):
        try:
            mode = os.lstat(dst).st_mode
        except OSError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            raise AssertionError(f"renamed over {dst}, which is not a regular file")
        return real(src, dst, *args, **kwargs)
    return rename
os.replace, os.rename = guard(os.replace), guard(os.rename)
"""


@pytest.fixture
def guarded(monkeypatch: pytest.MonkeyPatch) -> None:
    """os.replace and os.rename refuse to replace a symlink or a special file (and fail the test)."""
    namespace: dict[str, object] = {}
    exec(GUARD.replace("os.replace, os.rename = ", "replace, rename = "), namespace)
    monkeypatch.setattr(os, "replace", namespace["replace"])
    monkeypatch.setattr(os, "rename", namespace["rename"])


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_symlink_is_followed_and_its_target_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    real.write_text("old\n", encoding="utf-8")
    link.symlink_to(real.name)
    code, out, err = run(capsys, *SHOW, "-o", str(link))
    assert (code, out, err) == (0, "", f"wrote {link}\n")
    assert link.is_symlink() and os.readlink(link) == "real.json"
    assert json.loads(real.read_text(encoding="utf-8"))["name"] == "softmax-jacobian"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "link.json"
    link.symlink_to("new.json")
    assert run(capsys, *SHOW, "-o", str(link))[0] == 0
    assert link.is_symlink() and json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))


def test_a_symlink_into_a_missing_directory_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / "link.json"
    link.symlink_to("missing/new.json")
    code, out, err = run(capsys, *SHOW, "-o", str(link))
    assert (code, out) == (2, "")
    assert err == (
        f"derive: error: cannot write {link}: {link} links to {tmp_path / 'missing' / 'new.json'}, whose directory"
        f" {tmp_path / 'missing'} does not exist; create it or write elsewhere\n"
    )


def test_a_fifo_is_written_in_place(tmp_path: Path, capsys: pytest.CaptureFixture[str], guarded: None) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, out, err = run(capsys, *SHOW, "-o", str(fifo))
    reader.join(timeout=60)
    assert (code, out, err) == (0, "", f"wrote {fifo}\n")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert json.loads(received[0])["name"] == "softmax-jacobian"
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_dev_null_stays_a_device(capsys: pytest.CaptureFixture[str], guarded: None) -> None:
    before = os.lstat("/dev/null")
    code, out, err = run(capsys, *SHOW, "-o", "/dev/null")
    assert (code, out, err) == (0, "", "wrote /dev/null\n")
    after = os.lstat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_dash_is_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *SHOW, "-o", "-")
    assert (code, err) == (0, "")
    assert json.loads(out)["name"] == "softmax-jacobian"
    assert list(tmp_path.iterdir()) == []  # no file called "-"


def test_dot_slash_dash_is_a_file_called_dash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *SHOW, "-o", "./-")
    assert (code, out, err) == (0, "", f"wrote {tmp_path / '-'}\n")
    assert json.loads((tmp_path / "-").read_text(encoding="utf-8"))


@pytest.mark.parametrize("redirect", ["pipe", "file", "append"])
def test_dev_stdout_writes_standard_output_and_stays_a_symlink(tmp_path: Path, redirect: str) -> None:
    """As in the report: ``-o /dev/stdout``, run as the user runs it, standard output a pipe or a file."""
    before = os.lstat("/dev/stdout")
    script = GUARD + f"from derive.cli import main; sys.exit(main({[*SHOW, '-o', '/dev/stdout']!r}))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    target = tmp_path / "out.json"
    if redirect == "append":
        target.write_text("kept\n", encoding="utf-8")
    with open(target, "a" if redirect == "append" else "w", encoding="utf-8") as sink:
        stdout = subprocess.PIPE if redirect == "pipe" else sink
        done = subprocess.run(
            [sys.executable, "-c", script], stdout=stdout, stderr=subprocess.PIPE, env=env, timeout=300
        )
    assert (done.returncode, done.stderr) == (0, b"")
    text = done.stdout.decode() if redirect == "pipe" else target.read_text(encoding="utf-8")
    if redirect == "append":
        assert text.startswith("kept\n")
        text = text.removeprefix("kept\n")
    assert json.loads(text)["name"] == "softmax-jacobian"
    after = os.lstat("/dev/stdout")
    assert stat.S_ISLNK(after.st_mode) and after.st_ino == before.st_ino


def test_write_errors_name_no_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """derive export has no --output: an error while writing a file must not tell the user to choose one."""

    def full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    target = tmp_path / "d.json"
    code, out, err = run(capsys, *SHOW, "-o", str(target))
    assert (code, out, err) == (2, "", f"derive: error: cannot write {target}: No space left on device\n")
