"""A bias beside its vector, as MIT 6.036 writes a linear model's parameters: ``J(\\theta, \\theta_0)``.

A function applied to a letter and to that letter with subscript 0, each its own argument, lists two parameters:
the vector θ, written whole and transposed (θ^T x), and the bias θ_0, a number of its own (θ's entries are counted
from 1, and an entry of θ would be no argument beside θ). Where the page writes the letter with no other subscript
(θ_j, θ_1: then θ_0 may be an entry, counted from 0) and neither is declared or defined, θ is read as a vector and
θ_0 as a number, and the report says so; otherwise the page is read as before (index 0 refused, naming the bias).
A letter never transposed (f(x, x_0), a point and the point expanded about) is no vector so."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.hypotheses import Hypothesis
from derive.read.labelled_scalars import with_labelled_scalars
from derive.read.numbered_scalars import with_numbered_scalars

#: ``J(\\theta, \\theta_0)``, ``L(w, w_{0})``: a name applied to a letter and to that letter with subscript 0.
_PAIR = re.compile(
    r"(?:[A-Za-z]|\\[A-Za-z]+)\s*(?:\\left)?\(\s*(?P<name>\\[a-z]+|[a-z])\s*,\s*(?P=name)\s*_\s*(?:0|\{\s*0\s*\})\s*"
    r"(?:\\right)?\)"
)
#: Fonts that only set a vector in bold: \\boldsymbol{\\theta} is θ.
_FONT = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(\\?[A-Za-z]+)\s*\}")
#: A transpose after a name (``\\theta^T``, ``w^{\\top}``): the page uses it as a vector, never as a number alone.
_TRANSPOSED = r"(?![A-Za-z])\s*\^\s*\{?\s*(?:T(?![A-Za-z])|\\top\b|\\intercal\b)"
#: A lowercase letter, Latin or Greek, as a label's arguments name it.
_LETTER = re.compile(r"[a-z]|[a-z]{2,}")
#: A subscript after a name: what shows whether the page writes other entries of it.
_SUBSCRIPT = r"(?![A-Za-z])\s*_\s*(?:\{\s*)?(?P<index>[^\s{}])"


def with_biases(
    front: FrontMatter,
    found: Found,
    labels: Iterable[tuple[tuple[str, ...], str, int]],
    hypotheses: Iterable[Hypothesis] = (),
) -> tuple[FrontMatter, Found]:
    """``front`` with θ a vector and θ_0 a number where the page writes ``J(\\theta, \\theta_0)`` (see the
    module), and a reading saying so; ``labels``: the arguments the page's definitions are written with
    (("theta", "theta_0") for J(θ, θ_0)), their bodies and lines. Then β_0, β_1 numbers of their own where the
    page writes β only so (``derive.read.numbered_scalars``), in its displays or its ``hypotheses``' bodies."""
    written = tuple((h.written, h.line) for h in hypotheses)  # h_\theta(x) = g(\theta_0 + \theta_1 x)
    return with_labelled_scalars(*with_numbered_scalars(*_with_biases(front, found, labels), written))  # L_{hard}


def _with_biases(
    front: FrontMatter, found: Found, labels: Iterable[tuple[tuple[str, ...], str, int]]
) -> tuple[FrontMatter, Found]:
    labels = list(labels)
    texts = [(_FONT.sub(r"\1", t.text), t.line) for t in (*found.displays, *found.inline)]  # \boldsymbol{\theta}
    pairs = [(m.group("name").lstrip("\\"), line) for text, line in texts for m in _PAIR.finditer(text)]
    pairs += [(name, line) for arguments, _, line in labels for name in arguments if f"{name}_0" in arguments]
    every = " ".join([text for text, _ in texts] + [_FONT.sub(r"\1", body) for _, body, _ in labels])
    known = {e.text.strip().lstrip("\\") for e in (*front.vectors, *front.scalars, *front.arrays, *front.indices)}
    known |= {re.split(r"[_({^\s]", key.text.strip().lstrip("\\"))[0] for key, _ in front.define}
    numbers = {e.text.replace(" ", "").replace("{", "").replace("}", "").lstrip("\\") for e in front.scalars}
    taken: list[tuple[str, int]] = []
    for bare, line in pairs:
        if bare in known or any(bare == n for n, _ in taken) or bare == "e" or not _LETTER.fullmatch(bare):
            continue
        written = re.escape(_written(bare))
        indices = {m.group("index") for m in re.finditer(r"(?<![A-Za-z\\])" + written + _SUBSCRIPT, every)}
        whole = re.search(r"(?<![A-Za-z\\])" + written + _TRANSPOSED, every)  # θ^T: the page's vector
        if indices <= {"0"} and whole is not None:  # θ_0 its only subscript: no entry of θ is written
            taken.append((bare, line))
    if not taken:
        return front, found
    readings = tuple(
        f"line {line}: {_written(name)} read as a vector and {_written(name)}_0 as a number of its own (its bias), "
        f"both arguments of one function"
        for name, line in taken
    )
    return (
        dataclasses.replace(
            front,
            vectors=(*front.vectors, *(Entry(_written(name), line) for name, line in taken)),
            scalars=(
                *front.scalars,
                *(Entry(_written(name) + "_0", line) for name, line in taken if f"{name}_0" not in numbers),
            ),
        ),
        dataclasses.replace(found, readings=(*found.readings, *readings)),
    )


def _written(name: str) -> str:
    """A name as the front matter writes it: \\theta for θ, w for w."""
    return "\\" + name if len(name) > 1 else name


__all__ = ["with_biases"]
