"""Assertions for tests written in Python: a derivation in a file or a string must be proven, link by link.

from derive.testing import assert_proven

def test_my_notes():
    assert_proven("docs/softmax-gradient.md")
"""

from __future__ import annotations

from pathlib import Path

from derive.integrations.run import DEFAULT_BUDGET, DEFAULT_TIMEOUT, SUFFIXES, check_file, check_text


def assert_proven(
    path_or_text: str | Path, *, timeout: float = DEFAULT_TIMEOUT, budget: float = DEFAULT_BUDGET, cache: bool = True
) -> None:
    """Check a derivation and raise ``AssertionError`` unless every displayed equality was checked and proven;
    the error's message is the report, as ``derive check`` prints it (plain text).

    ``path_or_text`` is a ``Path``, a string naming an existing .md, .markdown or .tex file, or else the text of
    a derivation (Markdown with derive front matter). A file that cannot be read faithfully raises
    ``derive.errors.InputError``, whose message says what is wrong."""
    from derive.integrations.words import report_text

    if isinstance(path_or_text, Path) or _names_a_file(path_or_text):
        report = check_file(path_or_text, timeout=timeout, budget=budget, cache=cache)
    else:
        report = check_text(path_or_text, timeout=timeout, budget=budget, cache=cache)
    if not report.ok:
        raise AssertionError("\n" + report_text(report))


def _names_a_file(text: str) -> bool:
    """A one-line string ending in a derive suffix is a path (and must exist); a derivation's text is not one."""
    return "\n" not in text and Path(text).suffix.lower() in SUFFIXES


__all__ = ["assert_proven"]
