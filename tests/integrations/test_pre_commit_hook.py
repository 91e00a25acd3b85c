"""The pre-commit hook and the entry points: .pre-commit-hooks.yaml parses and runs a real console script on
Markdown and TeX files, and each entry point of pyproject.toml names a real plugin."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import import_module

import pytest
import yaml
from conftest import PROVEN, ROOT, declared_entry_points


def test_the_hook_runs_derive_check_on_markdown_and_tex_files() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert {"id", "name", "entry", "language"} <= set(hook)  # what pre-commit requires of a hook
    assert (hook["id"], hook["language"], hook["entry"]) == ("derive-check", "python", "derive check --many")
    files = re.compile(hook["files"])
    for name, matched in (
        ("docs/softmax.md", True),
        ("notes/ce.markdown", True),
        ("paper/grad.tex", True),
        ("derive/cli.py", False),
        ("notes.md.orig", False),
        ("README.mdx", False),
    ):
        assert bool(files.search(name)) is matched, name


def test_the_hook_entry_is_a_console_script_with_a_check_command() -> None:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        tomllib = pytest.importorskip("tomli")
    from derive.cli import cli, main

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    command, subcommand, *options = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())[0]["entry"].split()
    module, function = scripts[command].split(":")
    assert callable(getattr(import_module(module), function))
    assert subcommand in cli.commands
    assert main([subcommand, *options, str(PROVEN)]) == 0  # pre-commit appends the file names
    # a commit that touches only a README: one file without derive front matter, skipped, not an error
    assert main([subcommand, *options, str(ROOT / "README.md")]) == 0


def test_each_entry_point_names_a_real_plugin(require_modules: Callable[..., None]) -> None:
    require_modules("mkdocs")
    points = declared_entry_points()
    assert points["pytest11"] == {"derive": "derive.integrations.pytest_plugin"}
    plugin = import_module(points["pytest11"]["derive"])
    assert callable(plugin.pytest_addoption) and callable(plugin.pytest_collect_file)
    from mkdocs.plugins import BasePlugin

    module, name = points["mkdocs.plugins"]["derive"].split(":")
    assert issubclass(getattr(import_module(module), name), BasePlugin)
