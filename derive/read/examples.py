"""Training examples as CS229 and Andrew Ng write them: ``x^{(i)}``, ``y^{(i)}``, ``x_j^{(i)}``, ``x^{(i)}_j``.

A superscript in parentheses around one letter (``^{(i)}``) is the number of a training example, an index of its
own, never a power (``x^2`` and ``x^i`` stay powers). Where a sum over that letter names the count
(``\\sum_{i=1}^m``), the page's names written so are declared from the text: a name also written with an entry
(``x_j^{(i)}``) is an array over examples and features (m × n, n the page's length, as a batch is), ``x^{(i)}``
alone its row i, a vector; a name never written with one (``y^{(i)}``, ``\\hat{y}^{(i)}``) is a vector over the
examples. Such a name written without its label (``y``, ``x_j``) reads two ways and is refused, naming both.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sympy import Expr, Indexed, Integer

from derive.errors import InputError
from derive.read.definition_heads import definition_head
from derive.read.example_bounds import sum_counts
from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import ACCENTS, GREEK, display_name
from derive.read.shapes import Shaped

#: Letters for the features' count where the examples are counted by n, the first the page does not use.
_FEATURES = "dDpKM"
#: Fonts that only set a name in bold: ``\\mathbf{x}`` is x.
_FONTS = frozenset({"mathbf", "boldsymbol", "bm", "vec"})
#: The transpose marks: ^T, ^\\top, ^\\intercal.
_MARKS = frozenset({"T", "top", "intercal"})

if TYPE_CHECKING:
    from derive.read.inference import Inferred
    from derive.read.latex_names import NameParser


def label_at(tokens: list[Token], at: int, digits: bool = False) -> tuple[Token, int] | None:
    """The example's number written at ``at`` as ``^{(i)}`` (a letter; a digit too where ``digits``), and the
    position after it; None for any other script."""
    run = tokens[at : at + 6]
    if [t.kind for t in run] != ["^", "{", "(", run[3].kind if len(run) > 3 else "", ")", "}"]:
        return None
    label = run[3]
    letter = label.kind == "letter" and len(label.value) == 1 and label.value != "e"
    digit = digits and label.kind == "number" and len(label.value) == 1 and label.value != "0"
    return (label, at + 6) if letter or digit else None


def _name_at(tokens: list[Token], at: int) -> tuple[str, int] | None:
    """The name written at ``at`` (``x``, ``\\theta``, ``\\hat{y}``, ``\\hat y``) and the position after it."""
    token = tokens[at]
    if token.kind == "command" and token.value in _FONTS and at + 1 < len(tokens):  # \mathbf{x}: typography
        if tokens[at + 1].kind != "{":
            return _name_at(tokens, at + 1)
        grouped = _name_at(tokens, at + 2) if at + 2 < len(tokens) else None
        if grouped is not None and grouped[1] < len(tokens) and tokens[grouped[1]].kind == "}":
            return grouped[0], grouped[1] + 1
        return None
    if token.kind == "letter" and len(token.value) == 1 and token.value != "e":
        return token.value, at + 1
    if token.kind == "command" and token.value in GREEK:
        return token.value, at + 1
    if token.kind == "command" and token.value in ACCENTS and at + 1 < len(tokens):
        inner = tokens[at + 1 : at + 4]
        if tokens[at + 1].kind == "letter":
            return tokens[at + 1].value + ACCENTS[token.value], at + 2
        if [t.kind for t in inner] == ["{", "letter", "}"]:
            return inner[1].value + ACCENTS[token.value], at + 4
    return None


def _inside(tokens: list[Token], at: int) -> bool:
    """Whether ``at`` is in a script (``x_j``, ``e^z``) or a font's group (``\\mathbf{x}``: read with the font)."""
    before = tokens[at - 1]
    font = before.kind == "command" and before.value in _FONTS
    return before.kind in ("_", "^") or font or (before.kind == "{" and at > 1 and tokens[at - 2].value in _FONTS)


#: Commands whose group is a word or a name's typography, not a name written bare (``\\begin{aligned}``, ``\\hat{y}``).
_WORDS = frozenset({"begin", "end", "text", "mathrm", "operatorname", "mathcal", "mathsf", "mathbb", *ACCENTS})


def _in_word(tokens: list[Token], at: int) -> bool:
    """Whether ``at`` is inside the group of one of ``_WORDS``: the l of ``\\begin{aligned}``, the y of ``\\hat{y}``
    (its name is ŷ, read where the accent stands)."""
    depth = 0
    for k in range(at - 1, 0, -1):
        depth += {"}": 1, "{": -1}.get(tokens[k].kind, 0)
        if depth < 0:
            return tokens[k - 1].kind == "command" and tokens[k - 1].value in _WORDS
    return False


def _subscripts(tokens: list[Token]) -> set[str]:
    """The letters written as a name's subscript, ``y_k``, ``p_{k}`` (not a sum's ``\\sum_i``)."""
    found = set()
    for at, token in enumerate(tokens[1:-1], start=1):
        before = tokens[at - 1]
        if token.kind != "_" or (before.kind == "command" and before.value not in GREEK):
            continue
        end = _subscript_end(tokens, at)
        if end is not None and tokens[end - 1 - (tokens[end - 1].kind == "}")].kind == "letter":
            found.add(tokens[end - 1 - (tokens[end - 1].kind == "}")].value)
    return found


def _subscript_end(tokens: list[Token], at: int) -> int | None:
    """Where the subscript ``_j`` or ``_{j}`` (one letter or digit) at ``at`` ends; None when there is none."""
    kinds = [t.kind for t in tokens[at : at + 4]]
    if kinds[:2] in (["_", "letter"], ["_", "number"]):
        return at + 2
    if kinds[:2] == ["_", "{"] and len(kinds) == 4 and kinds[2] in ("letter", "number") and kinds[3] == "}":
        return at + 4
    return None


@dataclass(frozen=True)
class Examples:
    """What a page writes with an example's number: its arrays (``x^{(i)}_j``), its vectors (``y^{(i)}``), the
    letters that number examples, the count they run to (``m``), and where each was first seen."""

    arrays: tuple[str, ...] = ()
    vectors: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    count: str | None = None
    line: int = 0
    #: Names the page defines example by example (``\\hat{y}^{(i)} = \\sigma(w^T x^{(i)} + b)``): vectors.
    defined: tuple[str, ...] = ()
    #: The features' count, where the page's other sums name one (``\\sum_{j=1}^d``): the page's length.
    features: str | None = None
    #: Whether that count is a letter of derive's own (the examples counted by n, derive's default length name).
    own_features: bool = False
    #: The names that kept examples counted by n from being read, written both with and without the label.
    declined: str = ""

    def names(self) -> dict[str, str]:
        vectors = (*self.vectors, *self.defined)
        return {**{name: "array" for name in self.arrays}, **{name: "vector" for name in vectors}}

    def describe(self) -> str:
        """For the report: how the page's training examples were read."""
        shown = [f"{display_name(a)}^{{(i)}}_j entry j of example i's {display_name(a)}" for a in self.arrays]
        shown += [f"{display_name(v)}^{{(i)}} example i's {display_name(v)}" for v in (*self.vectors, *self.defined)]
        features = f"; their features counted by {self.features} (a letter of derive's own)" * self.own_features
        return (
            f"training examples (line {self.line}): a superscript in parentheses numbers an example, "
            f"1..{self.count} (an index, not a power): " + "; ".join(shown) + features
        )


def _texts(front: FrontMatter, found: Found, more: Iterable[tuple[str, int]]) -> Iterable[tuple[str, int]]:
    yield from ((d.text, d.line) for d in (*found.displays, *found.inline))
    yield from ((value.text, value.line) for _, value in front.define)
    yield from more


def find_examples(front: FrontMatter, found: Found, more: Iterable[tuple[str, int]] = ()) -> Examples:
    """The page's training examples, read from every formula it shows (``more``: the texts of definitions taken
    from the page before, ``p_j^{(i)} = \\frac{e^{z_j^{(i)}}}{…}``, whose z is an example's too); none where no sum
    over an example's letter names their count as a letter of its own (not the page's length: the features run
    to that)."""
    entries: dict[str, int] = {}
    wholes: dict[str, int] = {}
    labels: set[str] = set()
    counts: set[str] = set()
    others: set[str] = set()
    letters: set[str] = set()
    bare: set[str] = set()  # names written without an example's label too (Raschka's z, "dropping the superscript")
    numbers = {e.text.strip().lstrip("\\") for e in front.scalars}
    seen: list[tuple[str, str, bool, int]] = []  # each labelled name: its label, whether a vector, its line
    subscripted: set[str] = set()  # letters written as an entry's index (Géron's k of y_k): no example's number
    read: list[list[Token]] = []
    for text, line in _texts(front, found, more):
        try:
            tokens = tokenize(text, line)
        except InputError:
            continue
        read.append(tokens)
        letters |= {t.value for t in tokens if t.kind == "letter"}
        subscripted |= _subscripts(tokens)
        for at in range(len(tokens)):
            named = _name_at(tokens, at) if at == 0 or not _inside(tokens, at) else None
            if named is None:
                continue
            name, end = named
            below = _subscript_end(tokens, end)  # x_j^{(i)}, or x^{(i)} (then perhaps x^{(i)}_j)
            label = label_at(tokens, below if below is not None else end)
            if label is None:
                bare |= set() if _in_word(tokens, at) else {name}
                continue
            if below is None:
                below = _subscript_end(tokens, label[1])
            bold = tokens[at].value in _FONTS  # \mathbf{x}^{(i)}: the example's vector
            row = below is not None or bold or _transposed_before(tokens, at, numbers)
            seen.append((name, label[0].value, row, tokens[at].line))
    labels = {letter for _, letter, _, _ in seen}
    labels = (labels - subscripted) or labels  # θ^{(k)} beside p_k and x^{(i)}: i numbers the examples, k no example
    labels = (labels - {front.length}) or labels  # b^{(n)} beside x^{(i)}: n the page's length, no example's number
    for name, letter, row, line in seen:
        if letter in labels:
            (entries if row else wholes).setdefault(name, line)
    starts: set[int] = set()  # \\sum_{i=0}^{m-1} beside \\sum_{i=1}^{m}: one of them off by one (probe s54's F8)
    for tokens in read:
        counts |= sum_counts(tokens, labels, starts)
        others |= sum_counts(tokens, {t.value for t in tokens if t.kind == "letter"} - labels, set())
    declared = {e.text.strip().lstrip("\\") for e in (*front.vectors, *front.arrays, *front.scalars, *front.indices)}
    if len(counts) != 1 or len(starts) > 1 or front.n is not None or declared & ({*entries, *wholes} | labels):
        return Examples()
    (count,) = counts
    if count in declared or count in {entry.text for entry, _ in front.sizes}:
        return Examples()
    own = count == front.length  # "over the n training examples", n derive's default name for the length
    # the features' count is a letter of derive's own, unless a length is declared, a name is written both with and
    # without its label, or another sum runs to n too (the entries' count then, or the examples'?)
    if own and (front.length_given or front.sizes or bare & {*entries, *wholes} or count in others):
        both = ", ".join(display_name(name) for name in sorted(bare & {*entries, *wholes}))
        return Examples(declined=both)
    defined = set()
    for key, _ in front.define:
        try:
            defined.add(definition_head(key)[0])
        except InputError:
            continue
    arrays = tuple(sorted(set(entries) - defined))
    vectors = tuple(sorted(set(wholes) - set(entries) - defined))
    line = min((*entries.values(), *wholes.values()))
    others.discard(count)
    features = others.pop() if len(others) == 1 and not front.length_given and not front.sizes else None
    if own and features is None:
        features = next((letter for letter in _FEATURES if letter not in letters), None)
        if features is None:
            return Examples()
    mine = tuple(sorted(defined & set(wholes)))
    return Examples(arrays, vectors, tuple(sorted(labels)), count, line, mine, features, own and not others)


def _transposed_before(tokens: list[Token], at: int, numbers: set[str]) -> bool:
    """Whether a transpose mark ends just before ``at``: ``\\theta^T x^{(i)}``, ``w^{\\top} x^{(i)}``: the labelled
    name after it is multiplied by a row, so it is the example's vector (a number there would not add to θ_0);
    ``numbers``: the names declared numbers (θ^T of a declared θ is the power T)."""
    k = at - 1
    if k >= 0 and tokens[k].kind == "}":  # ^{T}, ^{\\top}
        if k < 2 or tokens[k - 1].value not in _MARKS or tokens[k - 2].kind != "{":
            return False
        k -= 3
    elif k < 0 or tokens[k].value not in _MARKS or tokens[k].kind not in ("letter", "command"):
        return False
    else:
        k -= 1
    return k >= 1 and tokens[k].kind == "^" and tokens[k - 1].value not in numbers  # γ^T x: the power T


def with_examples(front: FrontMatter, examples: Examples) -> FrontMatter:
    """The front matter with the page's training examples declared: the count a size, each array m × n, each
    vector of length m, each letter that numbers them an index (the count itself, y^{(m)}, numbers the last one)."""
    if examples.count is None:
        return front
    count = Entry(examples.count, front.line)
    length = examples.features or front.length

    def entry(name: str) -> Entry:
        return Entry(display_name(name), front.line)

    return dataclasses.replace(
        front,
        length=length,
        sizes=(*front.sizes, (count, None)),
        arrays=(*front.arrays, *(entry(a) for a in examples.arrays)),
        vectors=(*front.vectors, *(entry(v) for v in examples.vectors)),
        indices=(*front.indices, *(Entry(label, front.line) for label in examples.labels if label != examples.count)),
        shapes=(
            *front.shapes,
            *((entry(a), (examples.count, length)) for a in examples.arrays),
            *((entry(v), (examples.count,)) for v in examples.vectors),
        ),
    )


def numbered_examples(inferred: Inferred, examples: Examples) -> Inferred:
    """What was inferred, without the names the lexer made of an example's number (``p_1^{(1)}``, "p_1", a layer's
    name elsewhere) where p is one of the page's examples: there it is example 1's p (``read_numbered_example``)."""
    mine = examples.names()

    def kept(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(n for n in names if not (n.rpartition("_")[0] in mine and n.rpartition("_")[2].isdigit()))

    return dataclasses.replace(inferred, vectors=kept(inferred.vectors), arrays=kept(inferred.arrays))


def page_bases(bases: tuple[tuple[str, int], ...], examples: frozenset[str]) -> dict[int, int]:
    """Where the page's sums over entries start (0, 1), each with its first line; a sum over the training examples
    (its index one of ``examples``) counts examples, which are numbered from 1 whatever the entries are."""
    found: dict[int, int] = {}
    for key, line in bases:
        letter, _, base = key.rpartition(":")
        if letter not in examples:
            found[int(base)] = min(found.get(int(base), line), line)
    return found


def read_example(parser: NameParser, name: str, token: Token) -> Expr:
    """A name of the page's examples where it stands (the parser just past it): ``x^{(i)}`` (example i's vector),
    ``x_j^{(i)}`` and ``x^{(i)}_j`` (its entry j), ``y^{(i)}`` (example i's number); written without the example,
    it is refused."""
    label = label_at(parser.tokens, parser.position, digits=True)
    if label is not None:
        parser.position = label[1]
    subscript = parser.subscript_tokens()
    if label is None and subscript is not None:
        label = label_at(parser.tokens, parser.position, digits=True)
        parser.position = label[1] if label is not None else parser.position
    return _example(parser, name, token, label[0] if label is not None else None, subscript)


def read_numbered_example(parser: NameParser, name: str, token: Token) -> Expr:
    """``x^{(1)}_j`` on a page of examples x^{(i)}: the lexer made it one name "x_1" (a layer's weights, elsewhere,
    ``derive.read.script_labels``); here it is example 1's entry j, and ``x^{(2)}_j`` is refused as example 2."""
    base, number = name.rsplit("_", 1)
    label = Token("number", number, token.line, token.start, token.end, token.gap)
    return _example(parser, base, token, label, parser.subscript_tokens())


def _example(parser: NameParser, name: str, token: Token, label: Token | None, subscript: list[Token] | None) -> Expr:
    """Example ``label``'s ``name`` (its entry ``subscript``), or the refusal where the page writes it otherwise."""
    names, shown = parser.names, display_name(name)
    if label is None:
        written = f"{shown}_{subscript[0].value}" if subscript else shown
        raise InputError(
            f"line {token.line}: {written} beside {shown}^{{(i)}} (line {names.examples_line}) reads two ways: one "
            f"example's {shown}, a name of its own, or the {shown} of every example; write {shown}^{{(i)}} for "
            f"example i's, or give the one example's {shown} a letter of its own"
        )
    if label.kind == "number" and label.value != "1":  # x^{(2)}: the count may be 1
        raise InputError(
            f"line {token.line}: {shown}^{{({label.value})}} is example {label.value}, but the examples' count "
            "is symbolic, any count from 1: write it at an example i, as the page's sums do"
        )
    example = parser.index_value(label)
    if names.examples[name] == "vector":
        if subscript is not None:
            raise InputError(f"line {token.line}: {shown}^{{(i)}} is a number of each example; it takes no subscript")
        whole = names.vectors.get(name) or names.defined_vectors.get(name)
        if whole is None:  # \hat{y} = w^T x + b defined bare, the generic example's (``generic_examples``) or not
            raise InputError(
                f"line {token.line}: {shown}^{{(i)}} beside {shown}, defined without an example's label, reads two "
                f"ways: example i's {shown}, or the one {shown} the page defines: define {shown}^{{(i)}}, or write "
                f"{shown}"
            )
        return Indexed(whole, example)
    base = names.arrays[name]
    if subscript is None:
        if names.axes is None:
            raise InputError(f"line {token.line}: {shown}^{{(i)}}, example i's vector, cannot stand here")
        features = names.shapes.get(name, (names.n, names.n))[1]
        return Shaped(features, Integer(1), Indexed(base, example, names.axes.row), names.axes)
    if len(subscript) != 1:
        raise InputError(f"line {token.line}: {shown}^{{(i)}} takes one subscript, the entry: {shown}^{{(i)}}_j")
    return Indexed(base, example, parser.index_value(subscript[0]))


#: The name written at a position, for the modules that read examples' names too.
name_at = _name_at
subscript_end = _subscript_end

__all__ = [
    "Examples",
    "find_examples",
    "label_at",
    "name_at",
    "numbered_examples",
    "page_bases",
    "read_example",
    "read_numbered_example",
    "subscript_end",
    "with_examples",
]
