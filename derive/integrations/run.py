"""Check a file, or a string, as ``derive check`` does: read it within a time bound, check every link within the
file's time budget (in child processes, within the memory cap), and return the report.

``has_front_matter`` says whether a text is a derive file at all, cheaply (no YAML, no SymPy): the integrations
skip every file without derive front matter, never treating one as an error.
"""

from __future__ import annotations

import re
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from derive.errors import InputError

if TYPE_CHECKING:
    from derive.check.cache import VerdictCache
    from derive.read import Document
    from derive.report import CheckReport

#: As on the command line: seconds for each link, and for the whole file.
DEFAULT_TIMEOUT, DEFAULT_BUDGET = 10.0, 60.0
#: The files that may hold a derivation.
SUFFIXES = (".md", ".markdown", ".tex")
#: derive's front-matter keys (derive.read.frontmatter.KNOWN_KEYS): one of them at the top level of a front
#: matter makes it derive's. A page whose front matter is MkDocs' own (title, template) is not a derivation.
FRONT_MATTER_KEYS = ("n", "length", "vectors", "arrays", "sizes", "indices", "scalars", "define", "assume")
_KEY = re.compile(rf"^(?:{'|'.join(FRONT_MATTER_KEYS)})[ \t]*:")
#: Front matter stands at the top: a file is judged by its first characters.
HEAD_CHARS = 64 * 1024


def is_tex(name: str | Path) -> bool:
    return Path(name).suffix.lower() in (".tex", ".latex")


def has_front_matter(text: str, tex: bool = False) -> bool:
    """Whether ``text`` opens with derive front matter: a ``---`` … ``---`` block at the top (in TeX, on ``%``
    comment lines, as ``derive check`` reads it) with one of derive's keys at its top level."""
    lines = text.lstrip("\ufeff").split("\n")
    inside = False
    for raw in lines:
        stripped = raw.strip()
        if tex:
            if not stripped and not inside:
                continue
            if not stripped.startswith("%"):
                return False
            content = stripped[1:].strip()
            line = raw.strip()[1:]
            line = line[1:] if line.startswith(" ") else line
        else:
            content, line = stripped, raw
        if not inside:
            if content == "---":
                inside = True
            elif content:
                return False
            continue
        if content == "---":
            return False
        if _KEY.match(line):
            return True
    return False


def is_derive_file(path: Path) -> bool:
    """A .md, .markdown or .tex file whose text opens with derive front matter; any other file (or one that cannot
    be read as UTF-8) is not one."""
    if path.suffix.lower() not in SUFFIXES or not path.is_file():
        return False
    try:
        with path.open(encoding="utf-8") as handle:
            head = handle.read(HEAD_CHARS)
    except (OSError, UnicodeDecodeError):
        return False
    return has_front_matter(head, is_tex(path))


def read(path: Path, budget: float = DEFAULT_BUDGET) -> Document:
    """The file read as ``derive check`` reads it, in a child process under a time bound; ``InputError`` (one line
    naming the file and line) when it cannot be read faithfully."""
    from derive.report import read_file

    return read_file(path, budget)


def verdict_cache(cache: bool) -> VerdictCache | None:
    from derive.check.cache import VerdictCache

    return VerdictCache.default() if cache else None


def check_document(
    document: Document, timeout: float = DEFAULT_TIMEOUT, budget: float = DEFAULT_BUDGET, cache: bool = True
) -> CheckReport:
    """Check every link of a read document, as ``derive check`` does; the report that its printers print."""
    from derive.report import check_document as check

    return check(document, timeout, budget, verdict_cache(cache))


def check_file(
    path: str | Path, *, timeout: float = DEFAULT_TIMEOUT, budget: float = DEFAULT_BUDGET, cache: bool = True
) -> CheckReport:
    """Check the derivation in a file (.md with derive front matter, or .tex): the report ``derive check``
    prints. ``timeout`` bounds each link and ``budget`` the file, in seconds; ``cache=False`` decides every
    verdict afresh. ``InputError`` for a file that cannot be read faithfully (its message is one line)."""
    started = time.monotonic()
    document = read(Path(path), budget)
    return check_document(document, timeout, max(0.0, budget - (time.monotonic() - started)), cache)


def check_text(
    text: str,
    *,
    tex: bool = False,
    name: str = "<text>",
    timeout: float = DEFAULT_TIMEOUT,
    budget: float = DEFAULT_BUDGET,
    cache: bool = True,
) -> CheckReport:
    """Check a derivation given as a string: Markdown with derive front matter (or TeX, with ``tex``). The report
    names it ``name``, as do the messages of an ``InputError``; otherwise as ``check_file``."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="derive-text-") as directory:
        path = Path(directory) / ("text.tex" if tex else "text.md")
        path.write_text(text, encoding="utf-8")
        try:
            document = read(path, budget)
        except InputError as error:
            raise InputError(str(error).replace(str(path), name)) from None
    document = replace(document, path=name)
    return check_document(document, timeout, max(0.0, budget - (time.monotonic() - started)), cache)


__all__ = ["SUFFIXES", "check_document", "check_file", "check_text", "has_front_matter", "is_derive_file", "read"]
