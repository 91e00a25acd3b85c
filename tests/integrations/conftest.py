"""The integrations run inside real tools (pytest, MkDocs, a Jupyter kernel), which find derive's plugins by
their entry points. ``entry_points`` makes pyproject.toml's entry points visible to those tools for this tree,
whether this tree is installed (as in CI) or only on PYTHONPATH (a worktree beside another installed copy)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKS = ROOT / "derivations" / "checks"
#: Every link proven (8 links in 2 chains).
PROVEN = CHECKS / "seed-000-answer.md"
#: Two chains, each with a link refuted on line 19 and 24 (a dropped sum over outputs).
REFUTED = CHECKS / "seed-000-question.md"
#: A TeX file with derive front matter in % comments: one chain, proven.
TEX = """\
% ---
% n: 2
% vectors: [z]
% indices: [i]
% ---
\\documentclass{article}
\\begin{document}
\\[ (z_1 + z_2)^2 = z_1^2 + 2 z_1 z_2 + z_2^2 \\]
\\end{document}
"""
#: Markdown with math but no front matter, and a page whose front matter is MkDocs' own: not derivations.
PLAIN = "# Notes\n\nNot a derivation:\n\n$$a = b$$\n"
MKDOCS_PAGE = "---\ntitle: About\n---\n# About\n\n$$x = y$$\n"


def declared_entry_points() -> dict[str, dict[str, str]]:
    """pyproject.toml's [project.entry-points.*]: group → name → object reference."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        tomllib = pytest.importorskip("tomli")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return dict(project.get("entry-points", {}))


@pytest.fixture(scope="session")
def entry_points(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding the metadata of a distribution that declares pyproject.toml's entry points (nothing
    else): on sys.path, it lets pytest and MkDocs load derive's plugins from this tree by entry point."""
    directory = tmp_path_factory.mktemp("entry-points")
    info = directory / "derive_entry_points_under_test-0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: derive-entry-points-under-test\nVersion: 0\n")
    sections = [
        f"[{group}]\n" + "".join(f"{name} = {target}\n" for name, target in points.items())
        for group, points in declared_entry_points().items()
    ]
    (info / "entry_points.txt").write_text("\n".join(sections))
    return directory


@pytest.fixture
def tool_env(entry_points: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The environment for a tool run as a child process: this tree and its entry points first on PYTHONPATH
    (set in this process too, for pytester's subprocess runs); the verdict cache stays the session's own."""
    path = os.pathsep.join(filter(None, [str(entry_points), str(ROOT), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("PYTHONPATH", path)
    return dict(os.environ)
