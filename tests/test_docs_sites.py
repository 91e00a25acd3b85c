"""The Markdown exports in documentation sites, unchanged: a MkDocs site with pymdownx.arithmatex (generic mode)
builds with --strict, and Sphinx/MyST's dollarmath (markdown-it) finds the same formulas; every formula that
each one finds renders with KaTeX and MathJax. ``mkdocs build --strict`` alone accepts bad math, so the
formulas are taken out of the built HTML and rendered."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

#: The markdown_extensions of the MkDocs configuration that docs/exports.md shows (the page scripts need a browser).
MKDOCS_YML = """\
site_name: derive exports
docs_dir: docs
strict: true
markdown_extensions:
  - pymdownx.arithmatex:
      generic: true
"""
#: What arithmatex's generic mode writes: \\( … \\) in a span, \\[ … \\] in a div.
ARITHMATEX = re.compile(
    r'<span class="arithmatex">\\\((.*?)\\\)</span>|<div class="arithmatex">\\\[(.*?)\\\]</div>', re.DOTALL
)
#: Math in Markdown as the exports write it: $$…$$ (display), then $…$ (inline).
DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
INLINE = re.compile(r"(?<!\\)\$(.+?)(?<!\\)\$")

MathRenderer = Callable[[list[tuple[str, bool]]], list[Any]]


def markdown_math(markdown: str) -> list[tuple[str, bool]]:
    """The formulas of a Markdown export, (TeX, display), in the order display-first as a reference count."""
    display = [(m.group(1).strip(), True) for m in DISPLAY.finditer(markdown)]
    return display + [(m.group(1), False) for m in INLINE.finditer(DISPLAY.sub(" ", markdown))]


def arithmatex_math(page: str) -> list[tuple[str, bool]]:
    """The formulas that arithmatex (generic) put into a built page, unescaped, as (TeX, display)."""
    return [
        (html.unescape(inline if display == "" else display).strip(), display != "")
        for inline, display in ARITHMATEX.findall(page)
    ]


def assert_renders(formulas: list[tuple[str, bool]], math_renderer: MathRenderer) -> None:
    failures = math_renderer(formulas)
    assert not failures, "\n".join(f"{f.engine}: {f.error}\n    {f.tex}" for f in failures)


def test_arithmatex_extraction_reads_both_kinds() -> None:
    page = '<p>x <span class="arithmatex">\\(a &lt; b\\)</span></p><div class="arithmatex">\\[ \\frac{1}{2} \\]</div>'
    assert arithmatex_math(page) == [("a < b", False), (r"\frac{1}{2}", True)]


def test_mkdocs_site_of_the_exports_builds_strictly_and_every_formula_renders(
    exports: Path, tmp_path: Path, math_renderer: MathRenderer, require_modules: Callable[..., None]
) -> None:
    require_modules("mkdocs", "pymdownx")
    docs = tmp_path / "docs"
    docs.mkdir()
    pages = sorted(exports.glob("*.md"))
    assert pages
    (docs / "index.md").write_text("# derive exports\n\n" + "".join(f"- [{p.stem}]({p.name})\n" for p in pages))
    for page in pages:
        (docs / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML)
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    formulas: list[tuple[str, bool]] = []
    for page in pages:
        built = (tmp_path / "site" / page.stem / "index.html").read_text(encoding="utf-8")
        found = arithmatex_math(built)
        expected = markdown_math(page.read_text(encoding="utf-8"))
        # arithmatex sees exactly the formulas the export wrote: none lost to Markdown, none split or merged
        assert sorted(found) == sorted(expected), page.name
        assert "$" not in re.sub(r"<(span|div) class=\"arithmatex\">.*?</\1>", "", built, flags=re.DOTALL).replace(
            "\\$", ""
        ), f"{page.name}: a $ outside arithmatex's math"
        formulas += found
    assert_renders(formulas, math_renderer)


@pytest.mark.parametrize("stem", ["softmax-ce", "softmax-ce-symbolic"])
def test_myst_dollarmath_finds_every_formula_and_each_renders(
    stem: str, exports: Path, math_renderer: MathRenderer, require_modules: Callable[..., None]
) -> None:
    """MyST (Sphinx) parses Markdown with markdown-it and the dollarmath plugin: the same formulas come out."""
    require_modules("markdown_it", "mdit_py_plugins")
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    text = (exports / f"{stem}.md").read_text(encoding="utf-8")
    parser = MarkdownIt("commonmark").use(dollarmath_plugin)
    found: list[tuple[str, bool]] = []
    for token in parser.parse(text):
        if token.type == "math_block":
            found.append((token.content.strip(), True))
        for child in token.children or []:
            if child.type in ("math_inline", "math_inline_double"):
                found.append((child.content.strip(), child.type == "math_inline_double"))
    assert sorted(found) == sorted(markdown_math(text))
    assert_renders(found, math_renderer)
