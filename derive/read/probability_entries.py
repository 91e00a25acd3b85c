"""Probability notation for a discrete distribution over an index, as Szegedy et al. write label smoothing:
``p(k|x) = \\frac{\\exp(z_k)}{\\sum_i \\exp(z_i)}``, ``\\sum_k q(k|x) = 1``, ``\\ell = -\\sum_k \\log(p(k)) q(k)``.

``p(k|x)`` is the probability of label k for the one example x the page fixes: the entry p_k of a vector over the
labels, read so where k is an index some sum of the page runs over and every bar conditions on the same one name
(x, bold x, or a numbered example x_i). Beside such notation, ``u(k)``, a letter applied to that index alone, is an
entry too (u_k), and so is ``p(k)`` beside ``p(k|x)`` where the prose says the page omits the example ("For
brevity, let us omit the dependence of p and q on example x"); else p(k) may be a prior, and is left as written.
The text is rewritten in place (``p_{k}``, each line's length kept), and the report says so. A refutation stands
only with a counterexample at which each such p is a distribution (Σ_k p_k = 1, each in [0, 1]), as the notation
says; that is never assumed for a proof (a page may define p otherwise). A primed distribution,
``q'(k|x)``, is a name of its own, q' (q, a distribution over k, has no derivative), written
``q^{\\text{prime}}`` for the rest of the reader. Not read: a bar whose left side is no summed index (Goodfellow's
``P(y \\mid \\mathbf{x})``, y a label's value, not an index), two conditioning names (p(k|x) beside p(k|x'), the
same p at two examples; x beside bold x), an example's index that a sum runs over (Σ_i q(k|x_i): every
example's), one formula with p(k|x) and p(k) (a posterior and a prior), a name also applied to something else
(p(z)); those are left as written, and refused where read.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re

from sympy import Basic, Indexed

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.read.front_assumptions import build_assumptions
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.likelihood_entries import likelihood_entries
from derive.read.links import Link
from derive.read.names import Names, display_name

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
    """The name a bar conditions on, as one string: ``\\boldsymbol{x}`` → "\\mathbf{x}" (bold, whichever command),
    ``x_{i}`` → "x_i"; x and bold x are two names, as a reader takes them."""
    bold = re.sub(r"^(?:\\mathbf|\\boldsymbol|\\bm)\s*\{\s*([A-Za-z])\s*\}$", r"\\mathbf{\1}", written.strip())
    return bold if bold.startswith("\\mathbf") else re.sub(r"\s|[{}]", "", bold)  # x_{i}: x_i; x and 𝐱 apart


def _applied_otherwise(text: str, name: str, indices: set[str]) -> bool:
    """Whether ``name`` is written applied to anything but one of ``indices`` (alone or before a bar): f(x), f(z_k)."""
    opened = re.finditer(r"(?<![\\A-Za-z_^'])" + re.escape(name) + r"\s*\(\s*([^()]*?)\s*\)", text)
    return any(re.fullmatch(r"([a-z])(?:\s*(?:\||\\mid|\\vert).*)?", m.group(1), re.S) is None
               or m.group(1)[0] not in indices for m in opened)  # fmt: skip


def _both(formula: str, names: set[str], indices: set[str]) -> bool:
    """Whether one formula writes a name both conditioned and not, ``p(k|x)`` beside ``p(k)``: two distributions
    there (a posterior and a prior), which elsewhere may be one written short."""
    for name in names:
        alone = re.search(
            r"(?<![\\A-Za-z_^'])" + re.escape(name) + r"\s*\(\s*(?:" + "|".join(indices) + r")\s*\)", formula
        )
        if alone and re.search(r"(?<![\\A-Za-z_^'])" + re.escape(name) + r"\s*\([^()]*(?:\||\\mid|\\vert)", formula):
            return True
    return False


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


def probability_entries(text: str) -> tuple[str, str, tuple[tuple[str, str, int], ...]]:
    """``text`` with each ``p(k|x)`` (and, beside them, ``p(k)``, ``u(k)``) written as the entry ``p_{k}``, a
    line for the report saying what was read so ("" when nothing was), and the names read as distributions' entries,
    each with its index and the line it is first written on (``distribution_conditions``). A likelihood the page
    defines, P(y_i | x_i; w), is first written as the entry P_{i} (``likelihood_entries``)."""
    text, likelihoods = likelihood_entries(text)
    rewritten, note, distributions = _entries(text)
    return rewritten, "; ".join(filter(None, (likelihoods, note))), distributions


def distribution_conditions(
    links: list[Link], distributions: tuple[tuple[str, str, int], ...], front: FrontMatter, names: Names
) -> list[Link]:
    """The links, each with what the notation states of every distribution it writes in probability notation:
    Σ_k p_k = 1 and p_k ∈ [0, 1], tried on a refutation (``Link.notation_holds``), never assumed for a proof (a page
    may define p otherwise, or say its scores need not sum to one: held as an assumption, that proved both)."""
    held: list[Assumption] = []
    for name, index, line in distributions:
        shown = display_name(name.replace("'", PRIME))
        if name.replace("'", PRIME) not in names.vectors:
            continue
        said = (Entry(f"\\sum_{index} {shown}_{index} = 1", line), Entry(f"{shown}_{index} \\in [0, 1]", line))
        with contextlib.suppress(InputError):  # refused where read, if at all: then nothing is tried
            held += build_assumptions(dataclasses.replace(front, assume=said), names)
    if not held:
        return links
    return [dataclasses.replace(link, notation_holds=_written(link, held)) for link in links]


def _written(link: Link, held: list[Assumption]) -> tuple[Assumption, ...]:
    """The assumptions about a distribution whose entries a link's sides write."""
    return tuple(a for a in held if a.vector in link.bases or {e.base for e in _atoms(a)} & link.bases)


def _atoms(assumption: Assumption) -> set[Indexed]:
    relation = assumption.relation
    return relation.atoms(Indexed) if isinstance(relation, Basic) else set()


#: Words that say a page writes p(k) for p(k|x): "For brevity, let us omit the dependence of p and q on example x."
_OMITTED = re.compile(
    r"\b(?:omit|drop|suppress|leav(?:e|ing)\s+out)\w*\b[^.]{0,80}\bdependen|\bfor\s+brevity\b|\bwe\s+write\s+\$?[A-Za-z]\(",
    re.I,
)


def _entries(text: str) -> tuple[str, str, tuple[tuple[str, str, int], ...]]:
    """``probability_entries``: the text rewritten, the note, and every name read as a distribution's entries."""
    conditioned = list(_CONDITIONED.finditer(text))
    if not conditioned:
        return text, "", ()
    given = {_conditioning(m.group(3)) for m in conditioned}
    indices = {m.group(2) for m in conditioned}
    names = {m.group(1) for m in conditioned}
    if len(given) != 1 or names & given or indices & given:
        return text, "", ()  # p(k|x) beside p(k|x'): one name at two examples
    summed = {i for i in indices if re.search(_SUMMED.replace("{index}", i), text)}
    if summed != indices:
        return text, "", ()  # P(y|x), y a label's value no sum runs over: not an entry of a distribution over y
    (fixed,) = given
    example = re.fullmatch(r"[A-Za-z]_([A-Za-z])", fixed)
    if example is not None and re.search(_SUMMED.replace("{index}", example.group(1)), text):
        return text, "", ()  # q(k|x_i) beside Σ_i: every example's q, not one example's
    if any(_both(formula, names, indices) for formula in re.split(r"\n\s*\n|(?<!\\)\$\$?", text)):
        return text, "", ()  # Σ_k p(k|x) log p(k|x)/p(k): the posterior and the prior, two distributions
    if any(_applied_otherwise(text, name, indices) for name in names):
        return text, "", ()  # p(k|x) beside p(z): p also a function of something else
    rewritten = text
    for match in reversed(conditioned):
        entry = _padded(match.group(1), match.group(2), match.end() - match.start())
        if entry is None or match.group(1) in _KNOWN:
            return text, "", ()
        rewritten = rewritten[: match.start()] + entry + rewritten[match.end() :]
    alone = re.compile(_NAME + r"\s*\(\s*(" + "|".join(sorted(indices)) + r")\s*\)")
    applied: set[str] = set()
    for match in reversed(list(alone.finditer(rewritten))):
        entry = _padded(match.group(1), match.group(2), match.end() - match.start())
        if entry is None or match.group(1) in _KNOWN or _applied_otherwise(rewritten, match.group(1), indices):
            continue
        if match.group(1) in names and not _OMITTED.search(text):  # q(k) beside q(k|x): a prior, or q(k|x) short?
            continue
        applied.add(match.group(1))
        rewritten = rewritten[: match.start()] + entry + rewritten[match.end() :]
    for name in sorted(n for n in names | applied if n.endswith("'")):  # H(q', p): q' alone, a name of its own
        pattern = re.compile(r"(?<![\\A-Za-z_^'])" + re.escape(name) + r"(?!\s*\()")
        rewritten = "".join(
            part if k % 2 == 0 else name[0] + PRIME for k, part in enumerate(_split_at(pattern, rewritten))
        )
    shown = ", ".join(f"{n}({next(iter(indices)) if len(indices) == 1 else 'k'}|{fixed})" for n in sorted(names))
    more = f", and {', '.join(f'{n}(k)' for n in sorted(applied))}" if applied else ""
    note = (
        f"{shown}{more} read as the entries {', '.join(f'{n}_k' for n in sorted(names | applied))} of "
        f"distributions over the index {', '.join(sorted(indices))}, at the one example {fixed} the page fixes"
    )
    index = next(iter(indices)) if len(indices) == 1 else None
    line = text.count("\n", 0, conditioned[0].start()) + 1
    return rewritten, note, tuple((name, index, line) for name in sorted(names | applied) if index is not None)
