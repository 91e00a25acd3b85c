"""Every documented example is backed by a test: each ```python block of README.md and docs/*.md runs as written."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PAGES = (README, *sorted((ROOT / "docs").glob("*.md")))


def python_blocks(page: Path) -> list[str]:
    return re.findall(r"^ *```python\n(.*?)^ *```$", page.read_text(encoding="utf-8"), re.DOTALL | re.MULTILINE)


BLOCKS = python_blocks(README)
EXAMPLES = [(page, textwrap.dedent(block)) for page in PAGES for block in python_blocks(page)]


def test_the_readme_has_python_examples() -> None:
    assert BLOCKS


@pytest.mark.parametrize(
    ("page", "source"), EXAMPLES, ids=[f"{page.name}-block{at + 1}" for at, (page, _) in enumerate(EXAMPLES)]
)
def test_documented_python_block_runs(page: Path, source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # an example that writes a file writes it here
    exec(compile(source, str(page), "exec"), {"__name__": "__readme__"})
