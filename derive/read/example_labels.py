"""One example's label, as Murphy writes it: ``\\boldsymbol{\\mu}_n`` beside its entries ``\\mu_{nc}``.

A page about one example n (``\\text{NLL}_n``, ``\\mathbf{a}_n = \\mathbf{W}\\mathbf{x}_n``, ``y_{nc}``) that never
sums over n, bounds nothing by it and writes it nowhere but first in a subscript, writes every quantity of that one
example: n labels the example, and ``\\mu_{nc}`` is entry c of the vector ``\\boldsymbol{\\mu}_n``. Where a bold
vector is written with the label alone and its entries with the label first (the evidence that n is a label, not
a row of an array), the label is dropped from every subscript (``\\mu_{nc}`` is ``\\mu_c``, ``\\mathbf{x}_n`` is
``\\mathbf{x}``): the page's claims are then about one example, as Murphy's own Jacobian display writes them
(``\\frac{\\partial \\mu_c}{\\partial a_j}``, "subscripts n dropped"). Anything else written with n (a sum over it, a
bound, ``\\delta_{nj}``, ``x_{cn}``, n on its own) leaves the page as it is."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.latex_lexer import tokenize
from derive.read.names import GREEK

#: A subscript: one letter or a braced group without braces inside.
_SUBSCRIPT = re.compile(r"_\s*(?:([A-Za-z])|\{([^{}]*)\})")
#: The label and one entry index after it: ``nc``, ``n,c``, ``n c``.
_LABELLED = re.compile(r"\s*n\s*,?\s*([A-Za-z])\s*")
#: A bold name written with the label alone: ``\\mathbf{a}_n``, ``\\boldsymbol{\\mu}_{n}``.
_BOLD = re.compile(r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*(\\?[A-Za-z]+)\s*\}\s*_\s*(?:n(?![A-Za-z])|\{\s*n\s*\})")
#: A name written with the label first and an entry index: ``\\mu_{nc}``, ``y_{n,c}``.
_ENTRY = r"(?<![A-Za-z\\]){name}\s*_\s*\{{\s*n\s*,?\s*[A-Za-z]\s*\}}"
#: The name a subscript is on: a letter, a command (``\\mu``), or a braced group's closing brace.
_BEFORE = re.compile(r"(\\[A-Za-z]+|[A-Za-z]|\})\s*$")
#: Names whose subscripts are no example's: Kronecker's delta.
_NEVER = frozenset({"delta"})


def _on_name(text: str, at: int) -> bool:
    """Whether the subscript at ``at`` is on a name: a letter, a braced name (``\\mathbf{x}_n``, ``\\text{NLL}_n``)
    or a Greek letter other than δ; never on an operator (``\\sum_n``, ``\\max_n``, ``\\nabla_n``)."""
    before = _BEFORE.search(text[:at])
    if before is None:
        return False
    written = before.group(1)
    return not written.startswith("\\") or (written[1:] in GREEK and written[1:] not in _NEVER)


#: Environments' names and upright words (``\\begin{aligned}``, ``\\text{naive}``): no letter n of the math.
_WORDS = re.compile(r"\\(?:begin|end|text|mathrm|operatorname)\s*\{[^{}]*\}")
#: Where the math is, for the check that n is left nowhere: $…$, $$…$$, \\[…\\], \\(…\\), environments.
_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\[(.+?)\\\]|\\\((.+?)\\\)|(\\begin\{(\w+\*?)\}.+?\\end\{\6\})", re.S)


def _dropped(text: str) -> str | None:
    """``text`` with the label n dropped from every subscript, padded to keep each column; None where some
    subscript holds n otherwise (not first, beside a command, on Kronecker's delta)."""
    out = text
    for match in reversed(list(_SUBSCRIPT.finditer(text))):
        letter, group = match.group(1), match.group(2)
        if letter is not None:
            if letter != "n":
                continue
            replacement = " " * (match.end() - match.start())
        else:
            if "n" not in re.sub(r"\\[A-Za-z]+", "", group):
                continue
            if not _on_name(text, match.start()):
                return None
            if group.strip() == "n":
                replacement = " " * (match.end() - match.start())
            else:
                entry = _LABELLED.fullmatch(group)
                if entry is None:
                    return None
                inner = entry.group(1).rjust(len(group))
                replacement = "_{" + inner + "}"
                replacement = replacement.rjust(match.end() - match.start())
        if letter is not None and not _on_name(text, match.start()):
            return None
        out = out[: match.start()] + replacement + out[match.end() :]
    return out


def _n_left(text: str) -> bool:
    """Whether any math of ``text`` still writes the letter n (a sum over it, a bound, n on its own)."""
    for match in _MATH.finditer(text):
        formula = _WORDS.sub(" ", next(g for g in match.groups() if g is not None))
        try:
            tokens = tokenize(formula, 1)
        except InputError:
            return True
        if any(t.kind == "letter" and "n" in t.value for t in tokens):
            return True
    return False


def drop_example_labels(text: str, fixed_length: bool) -> tuple[str, str]:
    """``text`` with one example's label n dropped (see the module), and a line for the report ("" when it is
    not); ``fixed_length``: the front matter names the length, a size or n, and nothing is dropped."""
    if fixed_length:
        return text, ""
    evidence = sorted(
        {m.group(1) for m in _BOLD.finditer(text) if re.search(_ENTRY.format(name=re.escape(m.group(1))), text)}
    )
    if not evidence:
        return text, ""
    dropped = _dropped(text)
    if dropped is None or _n_left(dropped):
        return text, ""
    shown = ", ".join(f"{name}_{{nc}} entry c of {name}_n" for name in evidence)
    said = f"n read as one example's label, dropped from every subscript ({shown}): the page is about one example"
    return dropped, said


__all__ = ["drop_example_labels"]
