"""MyST's directives, which MyST and Jupyter Book render and markdown-it-py parses as fences: ```` ```{math} ````
holds a display (its options, ``:label: eq1``, set nothing), and an admonition (```` ```{note} ````, ``{admonition}
Proof``, ``{prf:proof}``) holds Markdown, its displays shown as any others. derive had read both as code and
skipped their equalities without a word (a probe)."""

from __future__ import annotations

import re

#: Directives whose body is Markdown: MyST's admonitions and sphinx-proof's blocks.
_MARKDOWN = re.compile(
    r"\{(?:admonition|note|warning|tip|hint|important|caution|attention|danger|error|seealso|dropdown|topic"
    r"|sidebar|margin|card|prf:\w+|proof:\w+)\}",
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
    if _MARKDOWN.fullmatch(name):
        return "markdown", "\n" * (first - 1) + body
    return None


__all__ = ["myst_body"]
