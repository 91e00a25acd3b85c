"""How a name the prose may give a meaning again is matched with the name a display defines: one key for the ways a
page writes the same name (``\\mathrm{act}``, ``\\operatorname{act}``, ``\\mathit{act}`` and ``act``; ``\\mathbf{s}``,
``s_i``, ``s_{j}`` and ``s``; ``g_{1}`` and ``g_1``), and a pattern that finds it in a display however spaced.
Keyed apart, a renaming of ``\\mathit{act}`` missed the definition of ``\\mathrm{act}`` (probe s51-A's b4b, b10, j1)."""

from __future__ import annotations

import re

#: A name in the prose's math that may be given a meaning again: a word in an upright, italic or bold face, an
#: accented or calligraphic letter, a command, a letter or a word, each with a subscript or not.
RENAMED = (
    r"((?:\\(?:mathrm|operatorname|text|mathit|mathbf|boldsymbol|bm|vec|hat|tilde|bar|mathcal)\s*\{\s*\\?[A-Za-z]+"
    r"\s*\}|\\[A-Za-z]+|[A-Za-z]+)(?:\s*_\s*(?:\{\s*(?:\\text\s*\{\s*)?[A-Za-z0-9]+\s*\}?\s*\}|[A-Za-z0-9]))?)"
)
#: Faces that set a name without making it another: an upright or italic word is the word, a bold letter the letter.
_FACES = re.compile(r"\\(?:mathrm|operatorname|text|mathit|mathbf|boldsymbol|bm|vec)\{(\\?[A-Za-z]+)\}")


def name_key(name: str) -> str:
    """A name as compared: no spaces or faces, an index subscript dropped (``s_i``, ``s_{j}`` are entries of s), a
    number or word subscript kept unbraced (``g_{1}`` is ``g_1``)."""
    key = _FACES.sub(r"\1", re.sub(r"\s+", "", name))
    key = re.sub(r"_\{?[a-z]\}?$", "", key)  # s_i: an entry of s
    return re.sub(r"_\{(\w+)\}", r"_\1", key)


def written(key: str) -> str:
    """A pattern for a name (``name_key``) as a display writes it, in any face, with any index, however spaced."""
    base, _, sub = key.partition("_")
    plain = re.escape(base).replace(r"\{", r"\s*\{\s*").replace(r"\}", r"\s*\}")
    faced = rf"(?:\\(?:mathrm|operatorname|text|mathit|mathbf|boldsymbol|bm|vec)\s*\{{\s*{plain}\s*\}}|{plain})"
    return faced + (rf"\s*_\s*(?:\{{\s*{re.escape(sub)}\s*\}}|{re.escape(sub)})" if sub else "")


__all__ = ["RENAMED", "name_key", "written"]
