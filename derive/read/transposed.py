"""Vectors a page writes only whole, in a transpose product: ``w^\\top x``, ``\\boldsymbol{w}^\\top \\boldsymbol{h}``
(the hinge loss, Goodfellow's sigmoid unit). A lowercase letter transposed and multiplied by another is an inner
product of two vectors of one length; read as numbers, the transpose would be refused. Each such letter the page
never indexes, declares or defines is a vector, said in the report; the products are looked for in the page's
displays and in the definitions it states (d2l's model, ``\\hat{y} = \\mathbf{w}^\\top \\mathbf{x} + b``)."""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.examples import label_at
from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import GREEK

#: Fonts that only set a vector in bold: \boldsymbol{w} is w.
_FONT = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(\\?[A-Za-z]+)\s*\}")
#: The transpose marks: ^T, ^\top, ^\intercal, braced or not.
_MARKS = frozenset({"T", "top", "intercal", "mathsf"})


def _lowercase(token: Token) -> str | None:
    """The name of a lowercase letter or a lowercase Greek letter, or None."""
    if token.kind == "letter" and len(token.value) == 1 and token.value.islower() and token.value != "e":
        return token.value
    if token.kind == "command" and token.value in GREEK and token.value.islower():
        return token.value
    return None


def _pairs(tokens: list[Token], examples: frozenset[str] = frozenset()) -> list[tuple[str, ...]]:
    """The (a, b) of each ``a^T b`` in ``tokens``: two bare lowercase letters, the first transposed; (a,) where b is
    one of ``examples``, the page's training examples' vectors, written with its label (``w^\\top x^{(i)}``)."""
    found: list[tuple[str, ...]] = []
    for at, token in enumerate(tokens):
        first = _lowercase(token)
        if first is None or at + 2 >= len(tokens) or tokens[at + 1].kind != "^":
            continue
        mark, after = tokens[at + 2], at + 3
        letter = mark.kind == "letter"  # ^T, ^{T}: T may be a name of the page (the power T)
        if mark.kind == "{":
            inner = [t for t in tokens[at + 3 : at + 6] if t.kind != "}"]
            if not inner or inner[0].value not in _MARKS:
                continue
            letter = inner[0].kind == "letter"
            after = next((k for k in range(at + 3, len(tokens)) if tokens[k].kind == "}"), len(tokens)) + 1
        elif mark.value not in _MARKS:
            continue
        second = _lowercase(tokens[after]) if after < len(tokens) else None
        bare = after + 1 >= len(tokens) or tokens[after + 1].kind not in ("_", "^", "(")
        if second is not None and (at == 0 or tokens[at - 1].kind != "_"):
            if bare:
                found.append((first, second))
            elif label_at(tokens, after + 1) is not None and second in examples and not letter:
                found.append((first,))  # w^\top x^{(i)}: example i's (w^T beside a name T: the power T?)
    return found


def _written(name: str) -> str:
    """A name as the front matter writes it: \\theta for θ, w for w."""
    return "\\" + name if name in GREEK else name


def take_transposed_vectors(front: FrontMatter, found: Found) -> tuple[FrontMatter, Found]:
    """``front`` with each letter of an ``a^T b`` the page never indexes, declares or defines as a vector, and a
    reading saying so."""
    texts = [d.text for d in (*found.displays, *found.inline)] + [v.text for _, v in front.define]
    known = {e.text.strip().lstrip("\\") for e in (*front.vectors, *front.scalars, *front.arrays, *front.indices)}
    known |= {re.split(r"[_({^]", _FONT.sub(r"\1", key.text).strip().lstrip("\\"))[0] for key, _ in front.define}
    every = " ".join(texts)
    examples = frozenset(e.text.strip() for e in front.arrays)  # x^{(i)}_j: the examples' array (examples.py)
    names: list[str] = []
    line = 0
    written = [(d.text, d.line) for d in (*found.displays, *found.inline)] + [(v.text, v.line) for _, v in front.define]
    for text, at in sorted(written, key=lambda w: w[1]):  # a definition the page states is read too
        try:
            tokens = tokenize(_FONT.sub(r"\1", text), at)
        except InputError:
            continue
        for pair in _pairs(tokens, examples):
            for name in pair:
                indexed = re.search(rf"(?<![A-Za-z\\]){re.escape(name)}\s*_|\\{re.escape(name)}\s*_", every)
                if name not in known and name not in names and indexed is None:
                    names.append(name)
                    line = line or at
    if not names:
        return front, found
    shown = ", ".join(_written(n) for n in names)
    first = _written(names[0])
    kind = "vectors" if len(names) > 1 else "a vector"
    reading = f"line {line}: {shown} read as {kind}: written transposed and multiplied ({first}ᵀ…), never indexed"
    return (
        dataclasses.replace(
            front,
            vectors=(*front.vectors, *(Entry(_written(n), line) for n in names)),
            undeclared=(*front.undeclared, *names),  # inferred, as infer_names's are: not the page's declarations
        ),
        dataclasses.replace(found, readings=(*found.readings, reading)),
    )
