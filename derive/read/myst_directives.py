"""MyST's directives, which MyST and Jupyter Book render and markdown-it-py parses as fences: ```` ```{math} ````
holds a display (its options, ``:label: eq1``, set nothing), and any other directive but code's (```` ```{note} ````,
``{admonition} Proof``, ``{prf:proof}``, ``{exercise}``) holds Markdown, its displays shown as any others. derive
had read both as code and skipped their equalities without a word (two probes)."""

from __future__ import annotations

import re

#: Directives whose body is code or data, never Markdown: every other directive's body is read as Markdown (MyST's
#: admonitions, {exercise}, {solution}, {tab-item}, {figure}'s caption, {div}: a probe found each skipped unseen).
_CODE = re.compile(
    r"\{(?:code|code-block|code-cell|sourcecode|literalinclude|raw|eval-rst|mermaid|graphviz|csv-table|list-table"
    r"|image|include|bibliography|toctree|glue(?::\w+)?|jupyter-execute|ipython|doctest|testcode|tabularcolumns)\}",
)
#: A directive's option line, ``:label: eq1``, ``:class: tip``.
_OPTION = re.compile(r"^\s*:[\w-]+:.*$")


def myst_body(info: str, content: str, first: int) -> tuple[str, str] | None:
    """("math", the display) or ("markdown", the body, padded with blank lines so that it starts at line
    ``first``), for a fence whose ``info`` names a MyST directive derive reads; None for any other fence."""
    name = info.strip().split(" ")[0].lower()
    kept = content.split("\n")
    while kept and _OPTION.match(kept[0]):  # the options first, each blanked: the lines keep their numbers
        kept = kept[1:]
    body = "\n" * (content.count("\n") - "\n".join(kept).count("\n")) + "\n".join(kept)
    if name == "{math}":
        return "math", body
    if re.fullmatch(r"\{[\w:.-]+\}", name) and not _CODE.fullmatch(name):
        return "markdown", "\n" * (first - 1) + body
    return None


__all__ = ["myst_body"]
