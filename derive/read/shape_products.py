"""The products, sums and transposes of one formula, read into classes of lengths (``shape_inference``): each
letter's rows and columns a length, a product tying the first factor's columns to the second's rows, a sum its
terms' shapes, a transpose swapping the two; what it does not follow is opaque, of no known shape."""

from __future__ import annotations

import contextlib
import dataclasses

from derive.read.latex_lexer import Token
from derive.read.names import GREEK

#: The transpose marks.
_MARKS = frozenset({"T", "top", "intercal"})
#: Commands that open and close a norm.
_NORMS = {"|": "|", "lVert": "rVert", "Vert": "Vert"}


class Opaque(Exception):
    """A construct this reader does not follow: what it stands in is of no known shape."""


@dataclasses.dataclass
class LengthClasses:
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


class ProductReader:
    """Reads one token list's products, sums and transposes into ``classes``."""

    def __init__(self, tokens: list[Token], shaped: dict[str, Shape], classes: LengthClasses, plain: set[str]) -> None:
        self.tokens, self.at, self.shaped, self.classes, self.plain = tokens, 0, shaped, classes, plain
        self.added: set[str] = set()  # plain letters added to a shaped term: shaped too
        self.seen: list[str] = []  # the plain letters read, in order

    def peek(self, offset: int = 0) -> Token | None:
        at = self.at + offset
        return self.tokens[at] if at < len(self.tokens) else None

    def relation(self) -> None:
        """Each side of each relation on its own: a side's shape is never tied to the other's."""
        while self.at < len(self.tokens):
            with contextlib.suppress(Opaque):
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
            except Opaque:
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
            raise Opaque
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
            raise Opaque
        if product is None and lone is not None:
            return lone
        return product

    def group(self, close: str) -> Shape:
        shape = self.sum()
        token = self.peek()
        if token is None or token.kind != close:
            raise Opaque
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
                raise Opaque
            if mark is not None and mark.value in _MARKS and mark.kind in ("letter", "command"):
                self.at += 2
                shape = None if shape is None else (shape[1], shape[0])
                continue
            if shape is None and mark is not None and mark.kind == "number":
                self.at += 2  # a number's power: a number
                continue
            raise Opaque
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
                raise Opaque
            if name in self.shaped:
                return self.scripts(self.shaped[name]), None
            if name in self.plain:
                self.seen.append(name)
                return self.scripts(None), name
            raise Opaque
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
        raise Opaque

    def fraction(self) -> Shape:
        if (brace := self.peek()) is None or brace.kind != "{":
            raise Opaque
        self.at += 1
        top = self.group("}")
        if (brace := self.peek()) is None or brace.kind != "{":
            raise Opaque
        self.at += 1
        bottom = self.group("}")
        if bottom is not None:
            raise Opaque
        return top

    def norm(self, opening: Token) -> Shape:
        """``\\|v\\|``, ``\\lVert v \\rVert``, ``\\lvert\\lvert v \\rvert\\rvert``, with ``_2`` and ``^2``: a number;
        what it holds is read for its products."""
        double = opening.value == "lvert"
        if double:
            second = self.peek()
            if second is None or second.value != "lvert":
                raise Opaque
            self.at += 1
        close = "rvert" if double else _NORMS.get(opening.value, "|")
        self.sum()
        for _ in range(2 if double else 1):
            token = self.peek()
            if token is None or token.value != close:
                raise Opaque
            self.at += 1
        for script in ("_", "^"):
            token, value = self.peek(), self.peek(1)
            if token is not None and token.kind == script and value is not None and value.kind == "number":
                self.at += 2
        return None

    def gradient(self) -> Shape:
        """``\\nabla_{w} …``: of w's shape; what it applies to is read for its products."""
        if (script := self.peek()) is None or script.kind != "_":
            raise Opaque
        inner = self.tokens[self.at + 1 : self.at + 4]
        if inner and inner[0].kind == "{" and len(inner) == 3 and inner[2].kind == "}":
            name, self.at = inner[1].value, self.at + 4
        elif inner:
            name, self.at = inner[0].value, self.at + 2
        else:
            raise Opaque
        shape = self.shaped.get(name)
        try:
            self.term()
        except Opaque:
            self.skip_term()
        if shape is None:
            raise Opaque
        return shape


#: Commands that end a side: relations, and the closing of a norm.
_ENDS = frozenset({"rVert", "Vert", "rvert", "|", "Rightarrow", "implies", "leq", "geq", "approx", "quad", "qquad"})


def _ends(token: Token) -> bool:
    return token.kind in "+-=<>,)]}|&" or (token.kind == "command" and token.value in _ENDS)


__all__ = ["LengthClasses", "Opaque", "ProductReader", "Shape"]
