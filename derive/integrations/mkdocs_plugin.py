"""The MkDocs plugin ``derive`` (entry point ``mkdocs.plugins``): each page with derive front matter is checked
at build time, as ``derive check`` checks a file.

After each display of such a page, a line of verdict marks (one per link: ✓ proven, ✗ refuted, ? unproven), each
with its verdict as its title, for readers to see; each link not proven, and each displayed equality not
checked, is a warning (so that ``mkdocs build --strict`` fails), and so is a page that cannot be read faithfully.
Pages without derive front matter (MkDocs' own ``title:`` front matter included) are left alone.

    plugins:
      - derive:
          cache: true     # the verdict cache (false: decide every verdict afresh)
          timeout: 10     # seconds for each link
          budget: 60      # seconds for each page
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from mkdocs.config import base
from mkdocs.config import config_options as options
from mkdocs.plugins import BasePlugin

from derive.integrations.run import DEFAULT_BUDGET, DEFAULT_TIMEOUT, has_front_matter, is_tex

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

    from derive.report import CheckedLink, CheckReport

#: A warning under this logger counts towards ``mkdocs build --strict``.
log = logging.getLogger("mkdocs.plugins.derive")
#: The colour of each verdict's mark (a page needs no stylesheet to show them; the classes allow one).
COLOURS = {"proven": "#2e7d32", "refuted": "#c62828"}
OTHER_COLOUR = "#ef6c00"


class DeriveConfig(base.Config):
    cache = options.Type(bool, default=True)
    timeout = options.Type((int, float), default=DEFAULT_TIMEOUT)
    budget = options.Type((int, float), default=DEFAULT_BUDGET)


class DerivePlugin(BasePlugin[DeriveConfig]):
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        source = page.file.content_string
        if is_tex(page.file.src_uri) or not has_front_matter(source):
            return markdown
        from derive.errors import DeriveError
        from derive.integrations.run import check_text
        from derive.integrations.words import problems

        where = page.file.src_uri
        try:
            report = check_text(
                source,
                name=where,
                timeout=float(self.config.timeout),
                budget=float(self.config.budget),
                cache=self.config.cache,
            )
        except DeriveError as error:
            log.warning(f"derive: {error}")
            return markdown
        for problem in problems(report):
            log.warning(f"derive: {where}:{problem.line}: {problem.message}")
        return with_marks(markdown, source, report)


def with_marks(markdown: str, source: str, report: CheckReport) -> str:
    """``markdown`` (the page without its front matter, as MkDocs hands it on) with a line of marks after each
    display that holds checked links; the links are placed by their line in ``source``."""
    lines = markdown.split("\n")
    offset = source.count("\n") - markdown.count("\n") if source.endswith(markdown) else None
    spans = display_spans(markdown)
    placed: dict[int, list[CheckedLink]] = {}
    loose: list[CheckedLink] = []
    for checked in report.links:
        at = None if offset is None else checked.link.line - offset
        span = next((s for s in spans if at is not None and s[0] <= at <= s[1]), None)
        if span is None:
            loose.append(checked)
        else:
            placed.setdefault(span[1], []).append(checked)
    for end in sorted(placed, reverse=True):
        indent = lines[end - 1][: len(lines[end - 1]) - len(lines[end - 1].lstrip())]
        lines[end:end] = ["", indent + marks_html(placed[end]), ""]
    if loose:  # another plugin changed the page: the marks of what cannot be placed go first
        lines[:0] = [marks_html(loose), ""]
    return "\n".join(lines)


def marks_html(links: list[CheckedLink]) -> str:
    """A line of marks, one per link, each with its verdict as its title (the text shown on pointing); inline HTML,
    so that Markdown puts it in a paragraph of its own wherever the display stands (in a list item too)."""
    from derive.integrations.words import mark, title

    spans = " ".join(
        f'<span class="derive-mark derive-{c.status.value}" title="{html.escape(title(c), quote=True)}" '
        f'style="color: {COLOURS.get(c.status.value, OTHER_COLOUR)}">{mark(c)}</span>'
        for c in links
    )
    return f'<span class="derive-verdicts" style="display: block; text-align: right">{spans}</span>'


def display_spans(markdown: str) -> list[tuple[int, int]]:
    """The first and last line (1-based) of each display of ``markdown``, found as derive's reader finds them (a
    ``$$`` display inside a paragraph spans its paragraph)."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.amsmath import amsmath_plugin
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.texmath import texmath_plugin

    parser = (
        MarkdownIt("commonmark")
        .use(dollarmath_plugin, allow_space=True, double_inline=True)
        .use(amsmath_plugin)
        .use(texmath_plugin, delimiters="brackets")
    )
    from derive.read.admonitions import open_admonitions

    markdown = open_admonitions(markdown)  # !!! note: its displays, read at their lines, get their marks there
    spans = []
    cursor = 0
    for token in parser.parse(markdown):
        math = token.type in ("math_block", "math_block_label", "amsmath") or (
            token.type == "fence" and token.info.strip().lower() == "math"
        )
        inline = token.type == "inline" and any(c.type == "math_inline_double" for c in token.children or ())
        if (math or inline) and token.map is not None:
            end = token.map[1]
            if token.type == "amsmath":  # its map ends a line short of \end{…}
                closing = token.content.rstrip().rsplit("\n", 1)[-1].strip()
                lines = markdown.split("\n")
                end = next((at + 1 for at in range(token.map[0], len(lines)) if closing in lines[at]), end)
            spans.append((token.map[0] + 1, end))
        elif math:  # texmath's \[ … \] has no line map: find it in the text
            at = markdown.find(token.content, cursor)
            if at >= 0:
                close = markdown.find("\\]", at + len(token.content))
                cursor = close if close >= 0 else at + len(token.content)
                spans.append((markdown.count("\n", 0, at) + 1, markdown.count("\n", 0, cursor) + 1))
    return spans
