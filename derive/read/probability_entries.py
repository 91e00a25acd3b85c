"""Probability notation for a discrete distribution over an index, as Szegedy et al. write label smoothing:
``p(k|x) = \\frac{\\exp(z_k)}{\\sum_i \\exp(z_i)}``, ``\\sum_k q(k|x) = 1``, ``\\ell = -\\sum_k \\log(p(k)) q(k)``.

``p(k|x)`` is the probability of label k for the one example x the page fixes: the entry p_k of a vector over the
labels, read so where k is an index some sum of the page runs over and every bar conditions on the same one name
(x, written bold or not). Beside such notation, ``p(k)`` and ``u(k)``, a letter applied to that index alone, are
entries too (p_k, u_k). The text is rewritten in place (``p_{k}``, each line's length kept), and the report says
so. A primed distribution, ``q'(k|x)``, is a name of its own, q' (q, a distribution over k, has no derivative),
written ``q^{\\text{prime}}`` for the rest of the reader. Not read: a bar whose left side is no summed index
(Goodfellow's ``P(y \\mid \\mathbf{x})``, y a label's value, not an index), two conditioning names (p(k|x) beside
p(k|x'), the same p at two examples), a name also applied to something else (p(z)); those are left as written,
and refused where read.
"""

from __future__ import annotations

import re

_NAME = r"(?:(?<![\\A-Za-z0-9_^'])|(?<=[_^][A-Za-z0-9]))([A-Za-z]'?)"  # ^Cq(k|x): q after a one-token script
#: How a primed distribution's name is written for the rest of the reader: q' is q^{\text{prime}}, a name of its
#: own (``derive.read.script_labels``), never q's derivative (q, a distribution over k, has none).
PRIME = "^{\\text{prime}}"
_CONDITIONED = re.compile(
    _NAME + r"\s*\(\s*([a-z])\s*(?:\||\\mid(?![A-Za-z])|\\vert(?![A-Za-z]))\s*"
    r"((?:\\mathbf|\\boldsymbol|\\bm)\s*\{\s*[A-Za-z]\s*\}|[A-Za-z](?:_\s*(?:[A-Za-z0-9]|\{\s*[A-Za-z0-9]\s*\}))?)\s*\)"
)
_SUMMED = r"\\sum_\s*(?:\{\s*{index}\s*(?:=|\\in|\}})|{index}(?![A-Za-z]))"
_KNOWN = frozenset("e")  # Euler's number: e(k) is no entry


def _conditioning(written: str) -> str:
    """The name a bar conditions on, its font dropped: ``\\mathbf{x}`` → "x"."""
    bare = re.sub(r"^(?:\\mathbf|\\boldsymbol|\\bm)\s*\{\s*([A-Za-z])\s*\}$", r"\1", written.strip())
    return re.sub(r"\s|[{}]", "", bare)  # x_{i}: x_i


def _applied_otherwise(text: str, name: str, indices: set[str]) -> bool:
    """Whether ``name`` is written applied to anything but one of ``indices`` (alone or before a bar): f(x), f(z_k)."""
    opened = re.finditer(r"(?<![\\A-Za-z_^'])" + re.escape(name) + r"\s*\(\s*([^()]*?)\s*\)", text)
    return any(re.fullmatch(r"([a-z])(?:\s*(?:\||\\mid|\\vert).*)?", m.group(1), re.S) is None
               or m.group(1)[0] not in indices for m in opened)  # fmt: skip


def _split_at(pattern: re.Pattern[str], text: str) -> list[str]:
    """``text`` cut at each match of ``pattern``: the pieces between, with each match between them."""
    pieces, at = [], 0
    for match in pattern.finditer(text):
        pieces += [text[at : match.start()], match.group(0)]
        at = match.end()
    return [*pieces, text[at:]]


def _padded(name: str, index: str, length: int) -> str | None:
    """``name_{index}`` (or ``name_index``) padded with spaces to ``length``; None where it does not fit."""
    name = name.replace("'", PRIME)
    for written in (f"{name}_{{{index}}}", f"{name}_{index}"):
        if len(written) <= length:
            return written + " " * (length - len(written))
    return f"{name}_{{{index}}}" if "'" not in name and PRIME in name else None


def probability_entries(text: str) -> tuple[str, str]:
    """``text`` with each ``p(k|x)`` (and, beside them, ``p(k)``, ``u(k)``) written as the entry ``p_{k}``, and
    a line for the report saying what was read so ("" when nothing was)."""
    conditioned = list(_CONDITIONED.finditer(text))
    if not conditioned:
        return text, ""
    given = {_conditioning(m.group(3)) for m in conditioned}
    indices = {m.group(2) for m in conditioned}
    names = {m.group(1) for m in conditioned}
    if len(given) != 1 or names & given or indices & given:
        return text, ""  # p(k|x) beside p(k|x'): one name at two examples
    summed = {i for i in indices if re.search(_SUMMED.replace("{index}", i), text)}
    if summed != indices:
        return text, ""  # P(y|x), y a label's value no sum runs over: not an entry of a distribution over y
    if any(_applied_otherwise(text, name, indices) for name in names):
        return text, ""  # p(k|x) beside p(z): p also a function of something else
    rewritten = text
    for match in reversed(conditioned):
        entry = _padded(match.group(1), match.group(2), match.end() - match.start())
        if entry is None or match.group(1) in _KNOWN:
            return text, ""
        rewritten = rewritten[: match.start()] + entry + rewritten[match.end() :]
    alone = re.compile(_NAME + r"\s*\(\s*(" + "|".join(sorted(indices)) + r")\s*\)")
    applied: set[str] = set()
    for match in reversed(list(alone.finditer(rewritten))):
        entry = _padded(match.group(1), match.group(2), match.end() - match.start())
        if entry is None or match.group(1) in _KNOWN or _applied_otherwise(rewritten, match.group(1), indices):
            continue
        applied.add(match.group(1))
        rewritten = rewritten[: match.start()] + entry + rewritten[match.end() :]
    for name in sorted(n for n in names | applied if n.endswith("'")):  # H(q', p): q' alone, a name of its own
        pattern = re.compile(r"(?<![\\A-Za-z_^'])" + re.escape(name) + r"(?!\s*\()")
        rewritten = "".join(
            part if k % 2 == 0 else name[0] + PRIME for k, part in enumerate(_split_at(pattern, rewritten))
        )
    (fixed,) = given
    shown = ", ".join(f"{n}(k|{fixed})" for n in sorted(names))
    more = f", and {', '.join(f'{n}(k)' for n in sorted(applied))}" if applied else ""
    note = (
        f"{shown}{more} read as the entries {', '.join(f'{n}_k' for n in sorted(names | applied))} of "
        f"distributions over the index {', '.join(sorted(indices))}, at the one example {fixed} the page fixes"
    )
    return rewritten, note
