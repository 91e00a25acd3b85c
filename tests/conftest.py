"""Shared test settings: tools that some tests need, and what happens when one is missing."""

from __future__ import annotations

import atexit
import importlib.util
import json
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn, TypeVar

import pytest
from hypothesis import settings

# Property tests and fuzzers draw the same examples on every run (CI included), so a red run is
# reproducible and a green one is not luck. To search further at random:
#   HYPOTHESIS_PROFILE=explore DERIVE_FUZZ_SCALE=20 python3 -m pytest tests/read/test_fuzz.py tests/check
settings.register_profile("derive", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "derive"))

# The verdict cache of every test (and of every derive it starts as a child process) is a directory of this
# session's own, removed at the end: tests never read or write ~/.cache/derive, nor a cache of another run.
# pytest-xdist's workers inherit the directory from the controlling process, so that they share it. Tests of
# pages check them with the cache on: a claim that several tests check is decided once per session and read back
# in the others (the cache's key is the claim's exact content and the code's, so a hit is the verdict this code
# reaches). Tests of the checker call it directly; tests of the cache, or of a checker patched to fail, use a
# directory of their own or --no-cache; so do tests of time limits.
_SHARED = "DERIVE_TEST_SESSION_CACHE"
if os.environ.get(_SHARED):
    CACHE_DIR = os.environ[_SHARED]
else:
    CACHE_DIR = os.environ[_SHARED] = tempfile.mkdtemp(prefix="derive-test-cache-")
    atexit.register(shutil.rmtree, CACHE_DIR, ignore_errors=True)
os.environ["DERIVE_CACHE_DIR"] = CACHE_DIR


# CPython 3.11 keeps its frames in 16 KiB chunks and unmaps a chunk as soon as the stack falls back below it: a
# loop whose calls cross a chunk's edge maps and unmaps it on every call. At the depth where pytest calls a test,
# SymPy's recursion sat on such an edge and spent a quarter of the suite's time in mmap and munmap (strace: 656,000
# pairs in six tests). Each test therefore runs in a thread of its own, whose frame stack starts empty, as it does
# under the derive command; a test that needs the main thread (signal.alarm) is marked main_thread.
T = TypeVar("T")


def in_fresh_thread(call: Callable[[], T]) -> T:
    """``call()`` in a thread of its own; what it raised (a failure, a skip, an interrupt) is raised here."""
    results: list[T] = []
    raised: list[BaseException] = []

    def run() -> None:
        try:
            results.append(call())
        except BaseException as error:
            raised.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join()
    if raised:
        raise raised[0]
    return results[0]


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run the test function in a fresh thread (unless it is marked main_thread)."""
    if pyfuncitem.get_closest_marker("main_thread") is not None:
        return None
    arguments = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    in_fresh_thread(lambda: pyfuncitem.obj(**arguments))
    return True


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked slow first (a stable sort: the order is otherwise kept, the same in every worker): started
    last, one of them could keep a worker busy for a minute after the other has run out of tests."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


# pytester runs whole pytest sessions in a temporary directory: the tests of derive's pytest plugin
# (tests/integrations/test_pytest_plugin.py). It only adds fixtures.
pytest_plugins = ["pytester"]


def require_tool(name: str, install_hint: str) -> str:
    """The path of tool ``name``; skip the test when it is missing, or fail under DERIVE_REQUIRE_TOOLS=1 (CI)."""
    path = shutil.which(name)
    if path is None:
        missing_tool(f"{name} is not installed: {install_hint}")
    return path


def missing_tool(message: str) -> NoReturn:
    """Skip the test with ``message`` (how to install what is missing), or fail under DERIVE_REQUIRE_TOOLS=1."""
    if os.environ.get("DERIVE_REQUIRE_TOOLS") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def pdflatex() -> str:
    """The path of pdflatex (skip without it; fail under DERIVE_REQUIRE_TOOLS=1, as in CI)."""
    return require_tool("pdflatex", "install texlive-latex-base texlive-latex-recommended")


@pytest.fixture(scope="session")
def chktex() -> str:
    """The path of chktex (skip without it; fail under DERIVE_REQUIRE_TOOLS=1, as in CI)."""
    return require_tool("chktex", "install chktex (Debian: apt-get install chktex)")


@pytest.fixture(scope="session")
def pdftoppm() -> str:
    """The path of pdftoppm (skip without it; fail under DERIVE_REQUIRE_TOOLS=1, as in CI)."""
    return require_tool("pdftoppm", "install poppler-utils (Debian: apt-get install poppler-utils)")


@pytest.fixture(scope="session")
def chromium() -> str:
    """The path of headless-capable chromium (skip without it; fail under DERIVE_REQUIRE_TOOLS=1, as in CI)."""
    return require_tool("chromium", "install Debian's chromium (apt-get install chromium)")


JS = Path(__file__).resolve().parent / "js"

#: A formula for tests/js/check_math.mjs: TeX, and whether it is display math.
Formula = tuple[str, bool]


@dataclass(frozen=True)
class MathFailure:
    """A formula that KaTeX or MathJax refused, with the engine's error message."""

    engine: str
    tex: str
    error: str


class MathRenderer:
    """tests/js/check_math.mjs --lines in one node process for the session (starting node and loading KaTeX and
    MathJax took about half a second a call): every failure of KaTeX (strict) and MathJax 3 (throwing on errors)."""

    def __init__(self, node: str) -> None:
        self.process = subprocess.Popen(
            [node, str(JS / "check_math.mjs"), "--lines"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.lock = threading.Lock()

    def __call__(self, formulas: list[Formula]) -> list[MathFailure]:
        """The failures on ``formulas``; [] when all render."""
        payload = json.dumps([{"tex": tex, "display": display} for tex, display in formulas])
        assert self.process.stdin is not None and self.process.stdout is not None
        with self.lock:
            self.process.stdin.write(payload + "\n")
            self.process.stdin.flush()
            line = self.process.stdout.readline()
        assert line, f"check_math.mjs ended (exit {self.process.poll()})"
        report = json.loads(line)
        assert "error" not in report, report
        assert report["checked"] == len(formulas)
        return [MathFailure(f["engine"], f["tex"], f["error"]) for f in report["failures"]]

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)


@pytest.fixture(scope="session")
def math_renderer() -> Iterator[MathRenderer]:
    """KaTeX and MathJax through node and tests/js's npm packages (skip without them; fail under
    DERIVE_REQUIRE_TOOLS=1)."""
    node = require_tool("node", "install Node.js 18 or later (Debian: apt-get install nodejs npm)")
    if not all((JS / "node_modules" / package).is_dir() for package in ("katex", "mathjax-full")):
        missing_tool("KaTeX and MathJax are not installed: run 'npm ci --prefix tests/js'")
    renderer = MathRenderer(node)
    yield renderer
    renderer.close()


def require_modules_installed(*modules: str) -> None:
    """Skip (or fail under DERIVE_REQUIRE_TOOLS=1) unless every Python module in ``modules`` can be imported."""
    missing = [module for module in modules if importlib.util.find_spec(module) is None]
    if missing:
        missing_tool(f"{', '.join(missing)} not installed: pip install -e '.[test]'")


@pytest.fixture(scope="session")
def require_modules() -> Callable[..., None]:
    """require_modules_installed, for tests that need the optional Python packages of the test extra."""
    return require_modules_installed


@pytest.fixture(scope="session")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory written by ``derive export`` (once per session): NAME.tex/.md/.json and NAME-symbolic.* for
    every built-in derivation."""
    from derive.cli import main

    directory = tmp_path_factory.mktemp("exports")
    assert in_fresh_thread(lambda: main(["export", str(directory)])) == 0
    return directory
