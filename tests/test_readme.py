"""The README is for users: short, its two commands work where the system Python refuses ``pip install`` outside a
virtual environment, CI runs exactly its test command, and the internals live in docs/ (linked)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
VENV = "python3 -m venv .venv && . .venv/bin/activate && "


def section(title: str) -> str:
    """The text under the ``## title`` heading, up to the next heading of that level."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.DOTALL | re.MULTILINE)
    assert match, f"no section {title!r}"
    return match.group(1)


def shell_commands(text: str) -> list[str]:
    return [
        line
        for block in re.findall(r"^```sh\n(.*?)^```$", text, re.DOTALL | re.MULTILINE)
        for line in block.splitlines()
    ]


def test_the_readme_reads_in_five_minutes() -> None:
    assert len(README.encode("utf-8")) <= 12 * 1024


def test_quick_start_installs_and_tests_in_a_virtual_environment() -> None:
    """Debian and Ubuntu refuse a bare ``pip install`` (externally-managed-environment): each command creates
    and activates a virtual environment before it installs."""
    assert shell_commands(section("Quick start")) == [
        f"{VENV}pip install . && derive",
        f"{VENV}pip install -e '.[test]' && python -m pytest",
    ]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    test_command = shell_commands(section("Quick start"))[1]
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert test_command in lines


def test_users_first_internals_in_docs() -> None:
    headings = re.findall(r"^(#{2,3}) (.+)$", README, re.MULTILINE)
    titles = [title for _, title in headings]
    order = ["Quick start", "Example", "Checking a derivation you wrote: `derive check`", "Usage", "Library", "Exports"]
    assert [title for title in titles if title in order] == order
    reads = titles.index("What derive reads")
    assert headings[reads][0] == "###" and titles[reads - 1] == order[2]  # under the check file format
    for internal in ("Speed", "The verdict cache", "Layout", "Testing with real tools"):
        assert internal not in titles
    for doc in ("docs/benchmarks.md", "docs/cache.md", "docs/design.md"):
        assert f"]({doc})" in README


def test_every_relative_link_resolves() -> None:
    for page in (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))):
        for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if not target.startswith(("http://", "https://")):
                assert (page.parent / target).exists(), f"{page.name} links to {target}, which does not exist"


def test_no_unexplained_seed_numbers() -> None:
    """ "seed 000" means nothing to a reader: say what it is (the file names may keep their numbers)."""
    assert not re.search(r"\bseed \d", README, re.IGNORECASE)
    assert "a question from a Q&A site whose derivation drops a sum" in " ".join(README.split())
