"""Fuzzing `derive check`'s input (hypothesis): random and mutated files never raise an uncaught exception,
never hang, and always end in a document (then verdicts) or a one-line error naming the file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from derive.errors import DeriveError
from derive.read import read_document

#: Its deadline is signal.alarm, which only the main thread may set (tests/conftest.py runs other tests in threads).
pytestmark = pytest.mark.main_thread

#: More examples per property when exploring (see tests/conftest.py); 1 in CI.
FUZZ_SCALE = int(os.environ.get("DERIVE_FUZZ_SCALE", "1"))

EXAMPLES = sorted((Path(__file__).parents[2] / "derivations" / "checks").glob("*.md"))
KEYS = ["n", "vectors", "indices", "scalars", "define", "assume", "length", "bogus"]
TOKENS = [
    r"\frac",
    "{",
    "}",
    "z_i",
    "y_k",
    "s_i",
    "^",
    r"\sum_{j=1}^{n}",
    r"\sum_{j \neq i}",
    "=",
    "&=",
    r"\\",
    r"\partial",
    "e^{",
    "(",
    ")",
    r"\left(",
    r"\right)",
    r"\log",
    r"\exp",
    "+",
    "-",
    r"\cdot",
    "2",
    "9",
    r"\delta_{ik}",
    r"\hat{y}_i",
    "L",
    "n",
    "_",
    "$",
    "é",
    "\x00",
    "__import__('os')",
    "!!python/object",
    "%",
]
FUZZ = settings(max_examples=40 * FUZZ_SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail the test (instead of hanging) if the block takes longer than ``seconds``."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"reading took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def read_or_one_line_error(path: Path) -> None:
    """The file reads to a document, or fails with a DeriveError of one line that names the file."""
    with deadline(20):
        try:
            read_document(path)
        except DeriveError as error:
            message = str(error)
            assert "\n" not in message and message.strip(), message
            assert str(path) in message or path.name in message, message


values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-5, 20), st.text(max_size=12), st.sampled_from(TOKENS)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=8,
)
bodies = st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join)


@FUZZ
@given(st.dictionaries(st.sampled_from(KEYS), values, max_size=6), bodies)
def test_random_files_read_or_fail_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, front: dict, body: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "random.md"
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n\n$$\n" + body + "\n$$\n"
    path.write_text(text, encoding="utf-8", errors="surrogateescape")
    read_or_one_line_error(path)


@FUZZ
@given(
    st.sampled_from(EXAMPLES),
    st.lists(
        st.tuples(st.integers(0, 10**6), st.sampled_from(["delete", "duplicate", "insert"]), st.sampled_from(TOKENS)),
        min_size=1,
        max_size=6,
    ),
)
def test_mutated_examples_read_or_fail_in_one_line(
    tmp_path_factory: pytest.TempPathFactory, example: Path, edits: list[tuple[int, str, str]]
) -> None:
    text = example.read_text(encoding="utf-8")
    for position, kind, token in edits:
        at = position % (len(text) + 1)
        if kind == "delete":
            text = text[:at] + text[at + 1 :]
        elif kind == "duplicate":
            text = text[:at] + text[at : at + 8] + text[at:]
        else:
            text = text[:at] + token + text[at:]
    path = tmp_path_factory.mktemp("fuzz") / example.name
    path.write_text(text, encoding="utf-8", errors="surrogateescape")
    read_or_one_line_error(path)


@pytest.mark.slow
@settings(max_examples=6 * FUZZ_SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(EXAMPLES), st.integers(0, 10**6), st.sampled_from(TOKENS))
def test_the_command_ends_in_verdicts_or_one_line(
    tmp_path_factory: pytest.TempPathFactory, example: Path, position: int, token: str
) -> None:
    text = example.read_text(encoding="utf-8")
    at = position % (len(text) + 1)
    path = tmp_path_factory.mktemp("fuzz") / example.name
    path.write_text(text[:at] + token + text[at:], encoding="utf-8", errors="surrogateescape")
    run = subprocess.run(
        [sys.executable, "-m", "derive", "check", str(path), "--timeout", "3", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode in (0, 1, 2), run.stderr
    assert "Traceback" not in run.stderr
    if run.returncode == 2:
        assert run.stderr.count("\n") == 1 and run.stdout == "", run.stderr
    else:
        assert run.stdout.lstrip().startswith("{")


def test_a_50_megabyte_file_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from derive.cli import main

    path = tmp_path / "huge.md"
    with path.open("w", encoding="utf-8") as stream:
        stream.write("---\nn: 3\nvectors: [z]\nindices: [i]\n---\n")
        chunk = "$$ z_i = z_i $$\n" * 4096
        while stream.tell() < 50 * 1024 * 1024:
            stream.write(chunk)
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "Traceback" not in captured.err
