"""An entry written with the vector it is a function of, as a softmax page defines it: ``y_i(x) = \\frac{\\exp(x_i)}
{\\sum_j \\exp(x_j)}``, then ``\\partial y_i / \\partial x_k`` and ``y_i(x)`` again.

Where the page defines ``NAME_i(ARG) = …`` with a body that writes ARG by its entries at i (``x_i``), and every
``NAME_…(…)`` it writes has that same ARG, the argument only says what the entry depends on: ``y_i(x)`` is the entry
y_i at the page's x, so the list is blanked and y_i read as an entry defined by that body. A page that writes
another argument (``y_i(z)``), or a body that never indexes ARG by the entry's index (``h_w(x) = w^T x``, a
hypothesis), keeps the list, and is read as before (``s_i(x)`` stays refused, naming both readings)."""

from __future__ import annotations

import re

from derive.read.example_functions import blank_spans

_NAME = r"(?P<name>(?<![A-Za-z\\])[A-Za-z]|\\[A-Za-z]+(?:\s*\{\s*[A-Za-z]\s*\})?)"
_INDEX = r"_\s*(?:\{\s*(?P<braced>[A-Za-z])\s*\}|(?P<bare>[A-Za-z]))"
_ARG = r"\s*(?:\\left\s*)?\(\s*(?P<arg>(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?[A-Za-z]\s*\}?)\s*(?:\\right\s*)?\)"
#: ``y_i(x)``, ``y_{i}(\\mathbf{x})``, ``\\hat{y}_i(x)``: an entry, and one letter in parentheses after it.
_APPLIED = re.compile(_NAME + r"\s*" + _INDEX + r"(?P<list>" + _ARG + r")")
#: Every application of a name (any argument), to see that the page writes one argument only.
_ANY = re.compile(_NAME + r"\s*" + _INDEX + r"\s*(?:\\left\s*)?\((?P<args>[^()]*)\)")


def _letter(arg: str) -> str:
    return re.sub(r"\\(?:mathbf|boldsymbol|bm)|[\s{}]", "", arg)


def entry_function_arguments(text: str) -> tuple[str, str]:
    """``text`` with the argument of each entry defined as a function of the page's vector blanked (see the module),
    and a line for the report ("" when none is)."""
    uses: dict[str, list[re.Match[str]]] = {}
    for match in _APPLIED.finditer(text):
        uses.setdefault(re.sub(r"\s+", "", match.group("name")), []).append(match)
    cuts: list[tuple[int, int]] = []
    said = []
    for name, matches in uses.items():
        letters = {_letter(m.group("arg")) for m in matches}
        written = {_letter(m.group("args")) for m in _ANY.finditer(text) if re.sub(r"\s+", "", m.group("name")) == name}
        if len(letters) != 1 or written != letters:
            continue
        letter = letters.pop()
        defines = False
        for match in matches:
            index = match.group("braced") or match.group("bare")
            after = re.match(r"\s*=([^$\n]*)", text[match.end() :])
            body = after.group(1) if after else ""
            if re.search(rf"(?<![A-Za-z\\]){letter}\s*\}}?\s*_\s*\{{?\s*{index}(?![A-Za-z])", body):
                defines = True
        if not defines:
            continue
        cuts += [(m.start("list"), m.end("list")) for m in matches]
        said.append(f"{matches[0].group(0).strip()}")
    if not cuts:
        return text, ""
    said_line = f"{', '.join(said)} read as the entry at the page's own vector: its argument says what it depends on"
    return blank_spans(text, cuts), said_line


__all__ = ["entry_function_arguments"]
