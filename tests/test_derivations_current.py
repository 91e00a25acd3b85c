"""derivations/ holds the exports of every built-in derivation; this test fails when they drift from the code.

Regenerate with: derive export derivations
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derive.cli import EXPORTS
from derive.engine import names

ROOT = Path(__file__).resolve().parent.parent
EXPORTED = ROOT / "derivations"


@pytest.fixture(scope="module")
def regenerated(exports: Path) -> Path:
    """A fresh ``derive export`` (shared with the real-tools tests: one export per test session)."""
    return exports


STEMS = [stem for name in names() for stem in (name, f"{name}-symbolic")]


@pytest.mark.parametrize("name", STEMS)
@pytest.mark.parametrize("suffix", [suffix for _, suffix in EXPORTS])
def test_export_is_current(regenerated: Path, name: str, suffix: str) -> None:
    committed = EXPORTED / f"{name}{suffix}"
    assert committed.exists(), f"{committed} is missing: run 'derive export derivations'"
    fresh = (regenerated / f"{name}{suffix}").read_text(encoding="utf-8")
    assert committed.read_text(encoding="utf-8") == fresh, f"{committed} drifted: run 'derive export derivations'"


def test_no_stale_exports() -> None:
    expected = {f"{stem}{suffix}" for stem in STEMS for _, suffix in EXPORTS}
    present = {p.name for p in EXPORTED.iterdir() if p.suffix in {".tex", ".md", ".json"}}
    assert present <= expected, f"stale files in derivations/: {sorted(present - expected)}"
