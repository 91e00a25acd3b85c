"""Numbers named by a letter and a number, as a model's parameters are written: ``\\beta_0 + \\beta_1 x_k``
(Wikipedia's logistic regression), ``\\theta_0 + \\theta_1 x`` (Ng's linear regression).

A letter the page writes only with number subscripts, 0 among them (never alone, with a letter index, or
transposed), and that nothing declares or defines, names numbers of their own: β_0 and β_1 are two scalars. No
other reading fits: an entry of a vector is counted from 1, so β_0 is none, and a vector (β_0, β_1) counted from 0
would be the same two numbers. A page that writes such a name before '=' (a formula for β_0) is left as it is: the
name may be defined there. The report says what was read so. (m_1 … m_{12} numbered from 1 are entries of a vector
m, read at every n from 12 on: ``derive.check.claim.entries_written``.)"""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.names import GREEK

#: Fonts that only set a letter in bold: \\boldsymbol{\\beta}_0 is β_0.
_FONT = re.compile(r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*(\\?[A-Za-z]+)\s*\}")
#: A letter with subscript 0, or with a number of two digits (a small network's w_{21}): a candidate.
_CANDIDATE = re.compile(r"(?<![A-Za-z\\])(\\[A-Za-z]+|[A-Za-z])\s*_\s*(?:0|\{\s*(?:0|[1-9]\d+)\s*\})(?![\d.])")
#: A function subscripted by what it is parametrized by, applied: ``h_\\theta(x)`` (``derive.read.hypotheses``).
_HYPOTHESIS = re.compile(
    r"(?:(?<![A-Za-z\\])|(?<=\\partial))(?P<head>\s*[A-Za-z])\s*_\s*(?:\{\s*\\[A-Za-z]+\s*\}|\\[A-Za-z]+)"
    r"(?=\s*(?:\\left\s*)?\()|(?<=\\partial)(?P<bare>\s*[A-Za-z])\s*_\s*(?:\{\s*\\[A-Za-z]+\s*\}|\\[A-Za-z]+)"
)  # ∂h_θ/∂θ_1 too, bare (``derive.read.hypotheses``)
#: What follows a name: a number subscript, and whether '=' follows it.
_AFTER = r"(?![A-Za-z])(?:\s*_\s*(?:(?P<digit>\d)(?![\d.])|\{\s*(?P<number>\d+)\s*\}))?(?P<equals>\s*&?\s*:?=)?"


def with_numbered_scalars(
    front: FrontMatter, found: Found, written: tuple[tuple[str, int], ...] = ()
) -> tuple[FrontMatter, Found]:
    """``front`` with β_0, β_1 scalars where the page writes β only so (see the module), and a reading saying so;
    ``written``: more of what the page writes, as text and line (a hypothesis's definition, taken already)."""
    texts = [(_FONT.sub(r"\1", t.text), t.line) for t in (*found.displays, *found.inline)]
    texts += [(_FONT.sub(r"\1", text), line) for text, line in written]
    texts += [(_FONT.sub(r"\1", f"{key.text} = {body.text}"), key.line) for key, body in front.define]
    texts.sort(key=lambda text: text[1])
    every = "\n".join(text for text, _ in texts)
    every = _HYPOTHESIS.sub(lambda m: m.group("head") or m.group("bare"), every)  # h_\theta(x): θ names, not a use
    known = {e.text.strip() for e in (*front.vectors, *front.scalars, *front.arrays, *front.indices)}
    known |= {re.split(r"[_({^\s]", e.text.strip())[0] for e in (*front.scalars, *front.vectors, *front.arrays)}
    known |= {re.split(r"[_({^\s]", key.text.strip())[0] for key, _ in front.define}
    known |= {e.text.strip().lstrip("\\") for e in front.functions}
    taken: list[tuple[str, tuple[str, ...], int]] = []
    for text, line in texts:
        for match in _CANDIDATE.finditer(text):
            name = match.group(1)
            if name in known or name == "e" or (name.startswith("\\") and name[1:] not in GREEK):
                continue
            if any(name == other for other, _, _ in taken):
                continue
            numbers: set[str] = set()
            for use in re.finditer(r"(?<![A-Za-z\\])" + re.escape(name) + _AFTER, every):
                number = use.group("digit") or use.group("number")
                if number is None or use.group("equals"):
                    break  # β alone, β_j, or β_0 = …: not this reading
                numbers.add(str(int(number)))
            else:  # w_{11}, w_{21} only: entry (2, 1) of a matrix, or 21 of a vector? Numbers of their own either way
                if "0" in numbers or all(len(number) > 1 for number in numbers):
                    taken.append((name, tuple(sorted(numbers, key=int)), line))
    if not taken:
        return front, found
    readings = tuple(
        f"line {line}: {', '.join(f'{name}_{k}' for k in numbers)} read as numbers of their own "
        f"({name} is written only with the numbers {', '.join(numbers)})"
        for name, numbers, line in taken
    )
    scalars = tuple(Entry(f"{name}_{{{k}}}", line) for name, numbers, line in taken for k in numbers)  # θ_{10}
    inferred = tuple(f"{name.lstrip(chr(92))}_{k}" for name, numbers, _ in taken for k in numbers)  # as infer_names's:
    return (  # ∂o_{21}/∂v_{11} of o_21, free, reads two ways (a constant, or of v?), as o_21 named in [o_ij] does
        dataclasses.replace(front, scalars=(*front.scalars, *scalars), undeclared=(*front.undeclared, *inferred)),
        dataclasses.replace(found, readings=(*found.readings, *readings)),
    )
