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

import contextlib
import dataclasses
import re

from derive.errors import InputError
from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import GREEK
from derive.read.prose_domains import prose_formulas

#: Fonts that only set a letter in bold: \mathbf{w} is w, in bold.
_FONT = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(\\?[A-Za-z]+)\s*\}")
#: A letter alone in braces before a script, ``{X}^{T}`` (what ``{\mathbf{X}}^{T}`` leaves): X^{T}.
_BRACED = re.compile(r"\{\s*(\\?[A-Za-z]+)\s*\}(?=\s*[\^_])")
_MARKS = frozenset({"T", "top", "intercal"})
#: Letters that are no names: Euler's number, Leibniz's d, the imaginary unit, the transpose's T.
_NEVER = frozenset({"e", "d", "i", "T"})
#: Commands that open and close a norm.
_NORMS = {"|": "|", "lVert": "rVert", "Vert": "Vert"}
#: Size letters, in the order they are given out.
_FRESH = ("N", "D", "K", "M", "P", "Q", "R", "S", "U", "V")
_ONE = "1"


class _Opaque(Exception):
    """A construct this reader does not follow: what it stands in is of no known shape."""


@dataclasses.dataclass
class _Classes:
    """Union-find over lengths: each letter's rows and columns, fresh lengths of products, the length 1, and the
    lengths the front matter names."""

    parent: dict[str, str] = dataclasses.field(default_factory=dict)
    count: int = 0

    def find(self, a: str) -> str:
        self.parent.setdefault(a, a)
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb

    def fresh(self) -> str:
        self.count += 1
        return f"?{self.count}"


Shape = tuple[str, str] | None  # (rows, columns); None: a number


class _Reader:
    """Reads one token list's products, sums and transposes into ``classes``."""

    def __init__(self, tokens: list[Token], shaped: dict[str, Shape], classes: _Classes, plain: set[str]) -> None:
        self.tokens, self.at, self.shaped, self.classes, self.plain = tokens, 0, shaped, classes, plain
        self.added: set[str] = set()  # plain letters added to a shaped term: shaped too
        self.seen: list[str] = []  # the plain letters read, in order

    def peek(self, offset: int = 0) -> Token | None:
        at = self.at + offset
        return self.tokens[at] if at < len(self.tokens) else None

    def relation(self) -> None:
        """Each side of each relation on its own: a side's shape is never tied to the other's."""
        while self.at < len(self.tokens):
            with contextlib.suppress(_Opaque):
                self.sum()
            token = self.peek()
            if token is not None:
                self.at += 1  # past the '=' (or what stopped the side), on to the next side

    def sum(self) -> Shape:
        shapes: list[Shape | str] = []
        opaque = False
        while True:
            sign = self.peek()
            if sign is not None and sign.kind in "+-":
                self.at += 1
            try:
                shapes.append(self.term())
            except _Opaque:
                opaque = True
                self.skip_term()
            sign = self.peek()
            if sign is None or sign.kind not in "+-":
                break
        known = [s for s in shapes if isinstance(s, tuple)]
        for one in known[1:]:
            self.classes.union(one[0], known[0][0])
            self.classes.union(one[1], known[0][1])
        if known:
            self.added |= {s for s in shapes if isinstance(s, str)}
        if opaque:
            raise _Opaque
        return known[0] if known else None

    def skip_term(self) -> None:
        depth = 0
        while (token := self.peek()) is not None:
            if token.kind in "({":
                depth += 1
            elif token.kind in ")}":
                if depth == 0:
                    return
                depth -= 1
            elif depth == 0 and (token.kind in "+-=<>," or (token.kind == "command" and token.value in _ENDS)):
                return
            self.at += 1

    def term(self) -> Shape | str:
        """A product's shape; a plain letter alone (with numbers) is returned as its name."""
        product: Shape = None
        factors = 0
        lone: str | None = None
        capital = False  # the factor before is a shaped capital letter: X w, X^T y
        small = False  # the factor before is a shaped small letter: w^T A
        plain: str | None = None  # the factor before is a plain capital letter: A w
        while (token := self.peek()) is not None and not _ends(token):
            shape, letter = self.factor()
            factors += 1
            lone = letter if factors == 1 else None
            if capital and letter is not None and len(letter) == 1 and letter.islower():
                self.added.add(letter)  # a matrix times a small letter: a vector
            whole = token.kind == "letter" and token.value in self.shaped
            if letter is not None and len(letter) == 1 and letter.isupper() and small:
                self.added.add(letter)  # w^T A: a matrix
            if plain is not None and whole and token.value.islower():
                self.added.add(plain)  # A w, w a vector: A a matrix
            capital = whole and token.value.isupper()
            small = whole and token.value.islower()
            plain = letter if letter is not None and len(letter) == 1 and letter.isupper() else None
            if shape is None:
                continue
            if product is not None:
                self.classes.union(product[1], shape[0])
                product = (product[0], shape[1])
            else:
                product = shape
        if factors == 0:
            raise _Opaque
        if product is None and lone is not None:
            return lone
        return product

    def group(self, close: str) -> Shape:
        shape = self.sum()
        token = self.peek()
        if token is None or token.kind != close:
            raise _Opaque
        self.at += 1
        return shape

    def scripts(self, shape: Shape) -> Shape:
        """A factor's transposes and inverses."""
        while (caret := self.peek()) is not None and caret.kind == "^":
            mark = self.peek(1)
            if mark is not None and mark.kind == "{":
                inner = self.tokens[self.at + 2 : self.at + 5]
                values = [(t.kind, t.value) for t in inner]
                if values[:2] in ([("letter", "T"), ("}", "}")], [("command", "top"), ("}", "}")]):
                    self.at += 4
                    shape = None if shape is None else (shape[1], shape[0])
                    continue
                if values[:3] == [("-", "-"), ("number", "1"), ("}", "}")]:
                    self.at += 5
                    if shape is not None:
                        self.classes.union(shape[0], shape[1])
                    continue
                raise _Opaque
            if mark is not None and mark.value in _MARKS and mark.kind in ("letter", "command"):
                self.at += 2
                shape = None if shape is None else (shape[1], shape[0])
                continue
            if shape is None and mark is not None and mark.kind == "number":
                self.at += 2  # a number's power: a number
                continue
            raise _Opaque
        return shape

    def transposing(self) -> bool:
        """Whether the caret here writes a transpose."""
        caret, mark = self.peek(), self.peek(1)
        if caret is None or caret.kind != "^" or mark is None:
            return False
        if mark.kind == "{":
            mark = self.peek(2)
        return mark is not None and mark.kind in ("letter", "command") and mark.value in _MARKS

    def factor(self) -> tuple[Shape, str | None]:
        token = self.peek()
        assert token is not None
        self.at += 1
        if token.kind == "number":
            return self.scripts(None), None
        if token.kind == "letter" or (token.kind == "command" and token.value in GREEK):
            name = token.value
            after = self.peek()
            if after is not None and after.kind in ("_", "("):
                raise _Opaque
            if name in self.shaped:
                return self.scripts(self.shaped[name]), None
            if name in self.plain:
                self.seen.append(name)
                return self.scripts(None), name
            raise _Opaque
        if token.kind in "([{":
            start = len(self.seen)
            shape = self.group({"(": ")", "[": "]", "{": "}"}[token.kind])
            if token.kind == "(" and self.transposing():  # (Xw - y)^T: what it holds is no number
                self.added |= set(self.seen[start:])
            return self.scripts(shape), None
        if token.kind == "command" and token.value in ("left", "right"):
            return self.factor()
        if token.kind == "command" and token.value in ("cdot", "times"):
            return None, None
        if (token.kind == "command" and token.value in _NORMS) or token.kind == "|":
            return self.norm(token), None
        if token.kind == "command" and token.value == "lvert":
            return self.norm(token), None
        if token.kind == "command" and token.value == "frac":
            return self.fraction(), None
        if token.kind == "command" and token.value == "nabla":
            return self.gradient(), None
        raise _Opaque

    def fraction(self) -> Shape:
        if (brace := self.peek()) is None or brace.kind != "{":
            raise _Opaque
        self.at += 1
        top = self.group("}")
        if (brace := self.peek()) is None or brace.kind != "{":
            raise _Opaque
        self.at += 1
        bottom = self.group("}")
        if bottom is not None:
            raise _Opaque
        return top

    def norm(self, opening: Token) -> Shape:
        """``\\|v\\|``, ``\\lVert v \\rVert``, ``\\lvert\\lvert v \\rvert\\rvert``, with ``_2`` and ``^2``: a number;
        what it holds is read for its products."""
        double = opening.value == "lvert"
        if double:
            second = self.peek()
            if second is None or second.value != "lvert":
                raise _Opaque
            self.at += 1
        close = "rvert" if double else _NORMS.get(opening.value, "|")
        self.sum()
        for _ in range(2 if double else 1):
            token = self.peek()
            if token is None or token.value != close:
                raise _Opaque
            self.at += 1
        for script in ("_", "^"):
            token, value = self.peek(), self.peek(1)
            if token is not None and token.kind == script and value is not None and value.kind == "number":
                self.at += 2
        return None

    def gradient(self) -> Shape:
        """``\\nabla_{w} …``: of w's shape; what it applies to is read for its products."""
        if (script := self.peek()) is None or script.kind != "_":
            raise _Opaque
        inner = self.tokens[self.at + 1 : self.at + 4]
        if inner and inner[0].kind == "{" and len(inner) == 3 and inner[2].kind == "}":
            name, self.at = inner[1].value, self.at + 4
        elif inner:
            name, self.at = inner[0].value, self.at + 2
        else:
            raise _Opaque
        shape = self.shaped.get(name)
        try:
            self.term()
        except _Opaque:
            self.skip_term()
        if shape is None:
            raise _Opaque
        return shape


#: Commands that end a side: relations, and the closing of a norm.
_ENDS = frozenset({"rVert", "Vert", "rvert", "|", "Rightarrow", "implies", "leq", "geq", "approx", "quad", "qquad"})


def _ends(token: Token) -> bool:
    return token.kind in "+-=<>,)]}|&" or (token.kind == "command" and token.value in _ENDS)


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
            ahead = [t for t in tokens[at + 1 : at + 3] if t.kind != "&"][:1]
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
    declared |= {re.split(r"[_({^]", key.text.strip().lstrip("\\"))[0] for key, _ in front.define}
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
        classes = _Classes()
        shaped: dict[str, Shape] = dict(known)
        for name in seeds:
            shaped[name] = (f"{name}.rows", f"{name}.columns")
            if not name[0].isupper():
                classes.union(f"{name}.columns", _ONE)
        added: set[str] = set()
        for tokens in streams:
            reader = _Reader(tokens, shaped, classes, plain)
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


__all__ = ["take_inferred_shapes"]
