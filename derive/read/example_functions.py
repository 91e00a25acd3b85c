"""An example's quantity written with the parameters it depends on, as d2l writes its loss:
``l^{(i)}(\\mathbf{w}, b) = \\frac{1}{2}(\\hat{y}^{(i)} - y^{(i)})^2``, then ``\\sum_i l^{(i)}(\\mathbf{w}, b)``.

Where a page defines a labelled name with a list of its own names (``l^{(i)}(\\mathbf{w}, b) = …``) and writes that
name everywhere with the same list, the list only says what the quantity depends on: it is the quantity at the
page's own w and b, so ``l^{(i)}(\\mathbf{w}, b)`` reads as ``l^{(i)}`` (its body still holds w and b, so its
derivatives by them are the same). Written once with another list, or once without one, nothing is dropped.
So for a value defined with a function's value among its arguments, ``H(Y, \\sigma(A))`` (``value_heads``)."""

from __future__ import annotations

import re

from derive.read.value_heads import drop_value_lists

#: A labelled name and the list after it: ``l^{(i)}(\\mathbf{w}, b)``, ``\\ell^{(i)}\\left(w, b\\right)``.
_APPLIED = re.compile(
    r"(?P<name>(?<![A-Za-z\\])[A-Za-z]|\\[A-Za-z]+)\s*\^\s*\{\s*\(\s*(?P<label>[A-Za-z])\s*\)\s*\}"
    r"(?P<list>\s*(?:\\left\s*)?\((?P<args>[^()]*?)(?:\\right\s*)?\))?"
)
#: One name of the list: a letter, a Greek letter, either in bold.
_ARG = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?\\?[A-Za-z]+\s*\}?\s*")


def _names(args: str) -> bool:
    """Whether ``args`` is a list of names, ``\\mathbf{w}, b``."""
    return all(_ARG.fullmatch(arg) for arg in args.split(","))


def drop_parameter_lists(text: str) -> tuple[str, str]:
    """``text`` with the parameter lists of labelled quantities blanked (see the module), and a line for the
    report ("" when none is)."""
    uses: dict[tuple[str, str], list[re.Match[str]]] = {}
    for match in _APPLIED.finditer(text):
        uses.setdefault((match.group("name"), match.group("label")), []).append(match)
    cuts: list[tuple[int, int]] = []
    said = []
    for (name, label), matches in uses.items():
        lists = {re.sub(r"\s+", "", m.group("args")) if m.group("list") else None for m in matches}
        if len(lists) != 1 or None in lists or not _names(matches[0].group("args")):
            continue
        defined = any(re.match(r"\s*=", text[m.end() :]) for m in matches)
        if not defined:
            continue
        cuts += [(m.start("list"), m.end("list")) for m in matches]
        said.append(f"{name}^{{({label})}}({matches[0].group('args').strip()})")
    text, values = drop_value_lists(text)  # H(Y, \\sigma(A)) = …: the value H (``value_heads``)
    if not cuts:
        return text, values
    out = blank_spans(text, cuts)
    shown = ", ".join(said)
    said_here = f"{shown} read as the quantity at the page's own parameters: written so everywhere, the list says what "
    return out, "; ".join(filter(None, (said_here + "it depends on", values)))


def blank_spans(text: str, cuts: list[tuple[int, int]]) -> str:
    """``text`` with each (start, end) span blanked, its line breaks kept: every column stays where it was."""
    for start, end in sorted(cuts, reverse=True):
        text = text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]
    return text


__all__ = ["blank_spans", "drop_parameter_lists"]
