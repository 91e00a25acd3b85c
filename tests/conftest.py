"""Shared test settings: tools that some tests need, and what happens when one is missing."""

from __future__ import annotations

import os
import shutil

import pytest


def require_tool(name: str, install_hint: str) -> str:
    """The path of tool ``name``; skip the test when it is missing, or fail under DERIVE_REQUIRE_TOOLS=1 (CI)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed: {install_hint}"
        if os.environ.get("DERIVE_REQUIRE_TOOLS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def pdflatex() -> str:
    """The path of pdflatex (skip without it; fail under DERIVE_REQUIRE_TOOLS=1, as in CI)."""
    return require_tool("pdflatex", "install texlive-latex-base texlive-latex-recommended")
