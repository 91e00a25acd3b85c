"""A defined name subscripted by the length or a size (Roelants' ``\\Sigma_C: …`` with ``length: C``): C is no
index but part of the name, one scalar, written as a name labelled by an upright word is (``J_{\\text{softmax}}``)
and read where Σ, _ and C stand together (``derive.read.names.merge_words``)."""

from __future__ import annotations

import dataclasses
import re

from derive.read.frontmatter import Entry, FrontMatter


def length_labels(front: FrontMatter) -> FrontMatter:
    """``\\Sigma_C: …`` with C the length (or a size): C is no index but part of the name, one scalar; written
    ``\\Sigma_{\\text{C}}``, a name labelled as ``J_{\\text{softmax}}`` is."""
    lengths = {front.length, *(entry.text for entry, _ in front.sizes)}
    define = []
    for key, value in front.define:
        match = re.fullmatch(r"\s*(\\?[A-Za-z]+)\s*_\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))\s*", key.text)
        if match is not None and (match.group(2) or match.group(3)) in lengths and match.group(1) != "\\sum":
            key = Entry(f"{match.group(1)}_{{\\text{{{match.group(2) or match.group(3)}}}}}", key.line)
        define.append((key, value))
    return dataclasses.replace(front, define=tuple(define))
