"""Shapes read from how the page combines its letters, as a reader does: ``L(\\mathbf{w}) = \\|X\\mathbf{w} -
\\mathbf{y}\\|^2`` and ``\\nabla L = 2X^T(X\\mathbf{w} - \\mathbf{y})`` write X, w and y whole, never indexed, and
never state their shapes; X is transposed and multiplied by w, so X is a matrix, w a vector as long as X's rows are
wide, and y a vector as long as X's columns are tall (it is added to Xw).

Each letter the page writes transposed or in bold (and never indexes, declares or defines, nor raises to a power
or applies as a function) is given unknown row and column lengths; each product of such letters makes the first's
columns the second's rows, each sum makes its terms of one shape, a transpose swaps the two, ``A^{-1}`` is square,
and ``\\nabla_{w}`` gives its result w's shape. Two sides of an equation are never made of one shape: their shapes
are the page's claim, which derive checks. A lowercase letter is a column (its columns are one), as pages write
vectors; a plain letter added to a shaped term takes its shape. A class of lengths that a declared vector or array
already names keeps that name; another gets a fresh size letter the page never writes (N, D, K, …).

Only forced readings are taken: a letter whose shape comes out 1×1 (a number), a row, or a capital letter of one
column, stays as it was (read as a number, and refused where the page transposes it), and so does every letter
whose lengths are tied to such a letter, or to two different named lengths."""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import GREEK
from derive.read.prose_domains import prose_formulas
from derive.read.shape_products import LengthClasses, ProductReader, Shape
from derive.read.transposed import take_transposed_vectors

#: Fonts that only set a letter in bold: \mathbf{w} is w, in bold.
_FONT = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(\\?[A-Za-z]+)\s*\}")
#: A letter alone in braces before a script, ``{X}^{T}`` (what ``{\mathbf{X}}^{T}`` leaves): X^{T}.
_BRACED = re.compile(r"\{\s*(\\?[A-Za-z]+)\s*\}(?=\s*[\^_])")
#: Letters that are no names: Euler's number, Leibniz's d, the imaginary unit, the transpose's T.
_NEVER = frozenset({"e", "d", "i", "T"})
#: Size letters, in the order they are given out.
_FRESH = ("N", "D", "K", "M", "P", "Q", "R", "S", "U", "V")
_ONE = "1"


def _texts(front: FrontMatter, found: Found, text: str) -> list[tuple[str, int]]:
    written = [(d.text, d.line) for d in (*found.displays, *found.inline)]
    written += [(v.text, v.line) for _, v in front.define]
    written += [(math, line) for line, math, _, _ in prose_formulas(text)]
    return written


def _clean(text: str) -> str:
    text = _FONT.sub(r"\1", text)
    previous = None
    while previous != text:
        previous, text = text, _BRACED.sub(r"\1", text)
    return re.sub(r"\\(?:left|right)(?![A-Za-z])", "", text)


def _name(token: Token) -> str | None:
    if token.kind == "letter" and len(token.value) == 1 and token.value not in _NEVER:
        return token.value
    if token.kind == "command" and token.value in GREEK:
        return token.value
    return None


def _letters(streams: list[list[Token]], raw: list[str]) -> tuple[set[str], set[str], set[str]]:
    """The letters written, those written transposed, and those ruled out: indexed, raised to a power, applied."""
    written: set[str] = set()
    transposed: set[str] = set()
    out: set[str] = set()
    for tokens in streams:
        for at, token in enumerate(tokens):
            name = _name(token)
            if name is None or (at and tokens[at - 1].kind in ("_", "^")):
                continue
            written.add(name)
            after = tokens[at + 1] if at + 1 < len(tokens) else None
            ahead = [t for t in tokens[at + 1 : at + 3] if t.kind not in ("&", "}")][:1]  # \mathbf{z} = …
            alone = at == 0 or tokens[at - 1].kind not in ("letter", "number", ")", "}", "^", "_", "command")
            alone = alone or (tokens[at - 1].kind == "command" and tokens[at - 1].value in ("cr", "quad", "qquad"))
            if ahead and ahead[0].kind == "=" and alone:
                out.add(name)  # M = \Sigma^{-1}: defined by the page, its shape that of its formula
            if after is None:
                continue
            if after.kind in ("_", "(", "'"):
                out.add(name)
                if after.kind == "_" and name.islower():
                    out.add(name.upper())  # y_{ij} beside Y: Y's entries, as the page writes them
            elif after.kind == "^":
                mark = tokens[at + 2 : at + 5]
                values = [(t.kind, t.value) for t in mark]
                if values[:1] in ([("letter", "T")], [("command", "top")], [("command", "intercal")]) or values[:3] in (
                    [("{", "{"), ("letter", "T"), ("}", "}")],
                    [("{", "{"), ("command", "top"), ("}", "}")],
                ):
                    transposed.add(name)
                elif values[:4] != [("{", "{"), ("-", "-"), ("number", "1"), ("}", "}")]:
                    out.add(name)
    for text in raw:  # \mathbf{x}_i, x^{(i)}: indexed, whatever the font
        for name in list(written):
            shown = re.escape("\\" + name if name in GREEK else name)
            if re.search(rf"(?<![A-Za-z\\]){shown}(?![A-Za-z])\s*\}}?\s*(?:_|\^\s*\{{\s*\()", text):
                out.add(name)
    return written, transposed, out


def _article(letter: str) -> str:
    """ "an N×D", "a D×N": the article a letter's name takes."""
    return "an" if letter.upper() in "AEFHILMNORSX" else "a"


def _bold(texts: list[str]) -> set[str]:
    return {m.group(1).lstrip("\\") for text in texts for m in _FONT.finditer(text)}


def take_inferred_shapes(front: FrontMatter, found: Found, text: str) -> tuple[FrontMatter, Found]:
    """``front`` with the shapes the page's products, sums and transposes force on letters it never indexes,
    declares or defines (see the module); ``found`` with a reading that says so."""
    written = _texts(front, found, text)
    streams: list[list[Token]] = []
    for body, line in written:
        try:
            streams.append(tokenize(_clean(body), line))
        except InputError:
            continue
    letters, transposed, out = _letters(streams, [body for body, _ in written])
    indexed = set(re.findall(r"(?<![A-Za-z\\])([A-Za-z])\s*\}?\s*_", _FONT.sub(r"\1", text)))
    out |= indexed | {letter.upper() for letter in indexed}  # y_{ij} beside Y = WX: Y's entries, W's too
    declared = {e.text.strip().lstrip("\\") for e in (*front.vectors, *front.arrays, *front.scalars, *front.indices)}
    declared |= {e.text.strip().lstrip("\\") for e in front.functions}
    declared |= {re.split(r"[_({^]", _FONT.sub(r"\1", key.text).strip().lstrip("\\"))[0] for key, _ in front.define}
    sizes = {e.text for e, _ in front.sizes} | {front.length}
    bold = _bold([body for body, _ in written])
    seeds = {name for name in (transposed | bold) & letters if name not in declared | out | sizes}
    grouped = any(re.search(r"\)\s*\^\s*\{?\s*(?:T|\\top|\\intercal)(?![A-Za-z])", body) for body, _ in written)
    if not transposed & seeds and not grouped:  # nothing transposed: no letter of the page is shown a matrix
        return front, found
    lengths = {e.text.strip().lstrip("\\"): dims for e, dims in front.shapes}
    known: dict[str, Shape] = {}
    for entry in (*front.vectors, *front.arrays):
        name = entry.text.strip().lstrip("\\")
        slots = lengths.get(name, (front.length,) if entry in front.vectors else None)
        if slots is not None and len(slots) in (1, 2):
            known[name] = (f"={slots[0]}", f"={slots[1]}" if len(slots) == 2 else _ONE)
    plain = {name for name in letters if name not in declared | out | sizes | seeds}
    for _ in range(4):  # a plain letter added to a shaped term is shaped too: read again with it
        classes = LengthClasses()
        shaped: dict[str, Shape] = dict(known)
        for name in seeds:
            shaped[name] = (f"{name}.rows", f"{name}.columns")
            if not name[0].isupper():
                classes.union(f"{name}.columns", _ONE)
        added: set[str] = set()
        for tokens in streams:
            reader = ProductReader(tokens, shaped, classes, plain)
            reader.relation()
            added |= reader.added
        if not added:
            break
        seeds |= added
        plain -= added
    named: dict[str, set[str]] = {}
    for pair in known.values():
        for dim in pair or ():
            if dim.startswith("="):
                named.setdefault(classes.find(dim), set()).add(dim[1:])
    named.setdefault(classes.find(_ONE), set()).add(_ONE)
    bad: set[str] = {root for root, names in named.items() if len(names) > 1}
    dims = {name: (classes.find(f"{name}.rows"), classes.find(f"{name}.columns")) for name in seeds}
    one = classes.find(_ONE)
    dropped = set()
    for name, (rows, columns) in dims.items():
        if rows == one or (name[0].isupper() and columns == one) or rows in bad or columns in bad:
            dropped.add(name)
    tied = {c for name in dropped for c in dims[name] if c != one}
    changed = True
    while changed:
        changed = False
        for name, (rows, columns) in dims.items():
            if name not in dropped and (rows in tied or columns in tied):
                dropped.add(name)
                tied |= {c for c in (rows, columns) if c != one}
                changed = True
    named_roots = {root for root in named if root != one}
    for name, (rows, columns) in dims.items():  # w^T x_i alone: tied to nothing, its length not shown
        others = {c for other, two in dims.items() if other != name and other not in dropped for c in two}
        if not ({rows, columns} - {one}) & (others | named_roots):
            dropped.add(name)
    taken = {name for name in dims if name not in dropped}
    if not taken:
        return front, found
    used = set(re.findall(r"(?<![A-Za-z\\])([A-Za-z])(?![A-Za-z])", text)) | sizes | declared | letters
    fresh = iter(size for size in _FRESH if size not in used)
    size_of: dict[str, str] = {root: next(iter(names)) for root, names in named.items() if len(names) == 1}
    order = sorted(taken, key=lambda name: (not name[0].isupper(), name))
    for name in order:
        for root in dims[name]:
            if root not in size_of:
                size = next(fresh, None)
                if size is None:
                    return front, found
                size_of[root] = size
    new_sizes = [size_of[root] for name in order for root in dims[name] if size_of[root] not in sizes | {_ONE}]
    new_sizes = list(dict.fromkeys(new_sizes))
    shapes = {
        name: (size_of[dims[name][0]],) if dims[name][1] == one else tuple(size_of[root] for root in dims[name])
        for name in order
    }
    lines = [t.line for tokens in streams for t in tokens if t.value in (transposed & taken or taken)]
    line = min(lines, default=front.line)

    def shown(name: str) -> str:
        return "\\" + name if name in GREEK else name

    vectors = [n for n in order if len(shapes[n]) == 1]
    arrays = [n for n in order if len(shapes[n]) == 2]
    new_front = dataclasses.replace(
        front,
        vectors=(*front.vectors, *(Entry(shown(n), line) for n in vectors)),
        arrays=(*front.arrays, *(Entry(shown(n), line) for n in arrays)),
        sizes=(*front.sizes, *((Entry(s, line), None) for s in new_sizes)),
        shapes=(*front.shapes, *((Entry(shown(n), line), shapes[n]) for n in order)),
    )
    parts = [
        f"{_article(s[0])} {s[0]}×{s[1]} matrix" if len(s) == 2 else f"a vector of {s[0]}"
        for s in (shapes[n] for n in order)
    ]
    reading = (
        f"line {line}: {', '.join(shown(n) for n in order)} read as {', '.join(parts)}: written whole, transposed "
        "and multiplied, never indexed"
    )
    return new_front, dataclasses.replace(found, readings=(*found.readings, reading))


def take_whole_letters(front: FrontMatter, found: Found, text: str) -> tuple[FrontMatter, Found]:
    """Letters the page writes whole and never indexes: ``w^\\top x`` two vectors (``transposed``), then the shapes
    the page's products, sums and transposes force on the rest."""
    return take_inferred_shapes(*take_transposed_vectors(front, found), text)


__all__ = ["take_inferred_shapes", "take_whole_letters"]
