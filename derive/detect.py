"""Whether a text is a derive file at all, cheaply (no YAML, no SymPy): a ``---`` … ``---`` block at its top (in TeX,
on ``%`` comment lines) with one of derive's front-matter keys at its top level.

``derive check PATH…``, pytest, MkDocs and the notebook magic all skip a file without one, never treating it as an
error; one test of this decides for all of them.
"""

from __future__ import annotations

import re

#: derive's front-matter keys: one of them at the top level of a front matter makes it derive's. A page whose
#: front matter is a site's own (title, template) is not a derivation.
KNOWN_KEYS = ("n", "length", "vectors", "arrays", "sizes", "indices", "scalars", "define", "assume", "functions",
              "network", "macros")  # fmt: skip
_KEY = re.compile(rf"^(?:{'|'.join(KNOWN_KEYS)})[ \t]*:")
#: Front matter stands at the top: a file is judged by its first characters.
HEAD_CHARS = 64 * 1024


def has_front_matter(text: str, tex: bool = False) -> bool:
    """Whether ``text`` opens with derive front matter. A block that is never closed but holds a derive key counts
    (reading the file then says what is wrong)."""
    inside = False
    for raw in text.lstrip("\ufeff").split("\n"):
        stripped = raw.strip()
        if tex:
            if not stripped and not inside:
                continue
            if not stripped.startswith("%"):
                return False
            content = stripped[1:].strip()
            line = stripped[1:]
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


__all__ = ["HEAD_CHARS", "KNOWN_KEYS", "has_front_matter"]
