"""Shapes stated in the prose, as d2l and most notes state them: "the input example is $\\mathbf{x} \\in
\\mathbb{R}^d$", "where $\\mathbf{W}^{(1)} \\in \\mathbb{R}^{h \\times d}$ is the weight parameter". Each is read
as the front matter's ``arrays`` and ``sizes`` would be (``x: [d]``, ``W_1: [h, d]``, d and h symbolic sizes), and
the report says so at its line. A name the front matter declares or defines keeps the front matter's reading; a
name given two different shapes on the page is left as it was, with a note. A page that writes Leibniz's d/dx
keeps d no size: its shapes in ℝ^d are left unread, as the d of d/dx would otherwise read two ways.

d2l also names the hidden vector by the letter of its width (``\\mathbf{h} \\in \\mathbb{R}^h``). A reader of the
page tells them apart by the font, so where a size read here is a letter the displays write in bold, the size is
named apart from the vector (``h_size``), and a display that writes the letter plain (the size, or the vector in
another font?) is refused, naming both readings.
"""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.definition_heads import definition_head
from derive.read.find import Display, Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.inline_assumptions import SHAPE_MARK
from derive.read.latex_lexer import tokenize
from derive.read.lead_sums import BARE_VECTOR
from derive.read.page_headings import page_headings
from derive.read.prose_domains import prose_formulas
from derive.read.redefinitions import refuse_using
from derive.read.shape_statements import BOLD, shape_statement


def _stated(text: str) -> list[tuple[int, str, list[str], tuple[str, ...]]]:
    """Each shape the prose states: its line, its formula, its names and their slots' lengths (code and headings
    left out)."""
    found = []
    for number, math, _, _ in prose_formulas(text):
        shape = shape_statement(math)
        if shape is not None:
            found.append((number, math.strip().rstrip(".,"), *shape))
    return found


#: Commands over a letter that make it no size: a bold font, and accents (a size has no estimate p̂ or mean x̄).
_NOT_THE_SIZE = {"mathbf", "boldsymbol", "bm", "hat", "widehat", "tilde", "widetilde", "bar", "overline", "vec"}


def _plain(text: str, line: int) -> set[str]:
    """The letters ``text`` writes plain with no subscript (outside ``\\text{…}`` and the like): h, not h_i."""
    try:
        tokens = tokenize(text, line)
    except InputError:
        return set()
    plain: set[str] = set()
    for at, token in enumerate(tokens):
        if token.kind != "letter":
            continue
        before = tokens[at - 2] if at >= 2 and tokens[at - 1].kind == "{" else tokens[at - 1] if at else None
        if before is not None and before.kind == "command" and before.value in _NOT_THE_SIZE:
            continue  # \\mathbf{p}, and \\hat{p}_i (the estimate p̂, never a size with a hat)
        entry = at + 1 < len(tokens) and tokens[at + 1].kind == "_"  # h_i: an entry of 𝐡, never the size
        upright = before is not None and before.kind == "command" and before.value in {"text", "mathrm", "textrm"}
        if not entry and not upright:
            plain.add(token.value)
    return plain


#: Leibniz's d, ``\\frac{d}{dx}``, ``\\frac{\\mathrm{d}y}{\\mathrm{d}x}``: where the page writes it, d stays no size.
_LEIBNIZ = re.compile(r"\\[dt]?frac\s*\{\s*(?:\\mathrm\s*\{\s*)?d(?![A-Za-z])")


def _head(key: str) -> str:
    """The name a definition's head defines; a head derive cannot read stands for itself (its own error is the
    definition reader's to give)."""
    try:
        return definition_head(Entry(key, 0))[0]
    except InputError:
        return key


def _bold(text: str) -> set[str]:
    """The letters the page writes in bold anywhere (its definitions and prose too)."""
    pairs = re.findall(rf"{BOLD}\s*\{{\s*([A-Za-z])\s*\}}|{BOLD}\s+([A-Za-z])(?![A-Za-z])", text)
    return {a or b for a, b in pairs}


def _widths(front: FrontMatter, text: str) -> dict[str, int]:
    """The lengths the prose's shapes name that the page also writes in bold (d2l's h and \\mathbf{h}), with the
    line of the first shape that names each."""
    given = {e.text for e, _ in front.sizes} | {front.length}
    bold = _bold(text)
    found: dict[str, int] = {}
    for line, _, _, dims in _stated(text):
        for d in dims:
            if d in bold and d not in given and not (d == "d" and _LEIBNIZ.search(text)):
                found.setdefault(d, line)
    return found


def refuse_plain_widths(front: FrontMatter, found: Found, text: str) -> Found:
    """``found`` without the displays that write plain, with no subscript, a letter that is both a length of the
    prose's shapes and a bold vector: the size, or the vector in another font? Each is listed with both readings.
    Run before the page's definitions are read, so that none is read from such a display."""
    widths = _widths(front, text)
    if not widths:
        return found

    def refused(display: Display, _: set[str]) -> str | None:
        letter = next(iter(sorted(_plain(display.text, display.line) & set(widths))), None)
        if letter is None:
            return None
        return (
            f"unreadable: {letter} beside \\mathbf{{{letter}}} can be read two ways: the size {letter} (line "
            f"{widths[letter]}), or the vector \\mathbf{{{letter}}}: write the vector in bold"
        )

    return refuse_using(found, refused)


#: A shape stated with numbers, "$y \\in \\mathbb{R}^{3}$", "$W \\in \\mathbb{R}^{2 \\times 3}$": its name, its numbers.
_NUMBERED = re.compile(
    r"^\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?(?P<name>[A-Za-z])\}?\s*\\in\s*(?:\\mathbb\s*\{?\s*R\s*\}?|\\\{\s*0\s*,\s*1\s*\\\})\s*\^\s*"
    r"(?P<dims>\{\s*\d+(?:\s*\\times\s*\d+)?\s*\}|\d)\s*[.,]?\s*$"
)


#: The words after a vector that give its length: "$y$ is a 3-dimensional vector", "$y$ lies in $\mathbb{R}^{3}$".
_IN_WORDS = re.compile(
    r"\s*,?\s*(?:is|be|are|lies|lives)\s+(?:a\s+|an\s+)?(?:(?P<dims>\d+)[- ]dimensional\b|in\s*$)", re.I
)


def _numbered(text: str) -> list[tuple[int, str, str, list[int]]]:
    """Each length the prose gives a vector as a number: its line, the formula, the name and the numbers
    ("$y \\in \\mathbb{R}^{3}$", "$y$ is a 3-dimensional vector", "$y$ lies in $\\mathbb{R}^{3}$")."""
    found = []
    formulas = prose_formulas(text)
    for at, (number, math, _, after) in enumerate(formulas):
        match = _NUMBERED.match(math)
        name, dims = (match["name"], match["dims"]) if match is not None else (None, None)
        words, bare = _IN_WORDS.match(after), BARE_VECTOR.fullmatch(math)
        if match is None and words is not None and bare is not None:
            name = bare[1] or bare[2]
            space = _NUMBERED.match(f"{name} \\in {formulas[at + 1][1]}") if at + 1 < len(formulas) else None
            dims = words["dims"] or (space["dims"] if space is not None and words["dims"] is None else None)
        if name is not None and dims is not None:
            found.append((number, math.strip(), name, [int(d) for d in re.findall(r"\d+", dims)]))
    return found


def refuse_numbered_shapes(front: FrontMatter, found: Found, text: str) -> Found:
    """``found`` without the displays that write a name the prose gives a length as a number other than the page's
    n (``$y \\in \\mathbb{R}^{3}$`` beside ``n: 2``, or at every n): read at n, y_3 would be outside y, and "y one-hot"
    would hold of y_1..y_n alone. Each is listed, saying how to give the length."""
    numbered: dict[str, tuple[int, str]] = {}
    for number, math, name, dims in _numbered(text):
        if front.n is None:  # at every n: proofs hold at its length too, but a counterexample may be at another
            said = f"{SHAPE_MARK}${math}$ gives {name} a length as a number"
            found = dataclasses.replace(found, unheld=(*found.unheld, (number, said, "")))
        elif any(d != front.n for d in dims):
            numbered.setdefault(name, (number, math))
    if not numbered:
        return found

    def refused(display: Display, used: set[str]) -> str | None:
        name = next((n for n in sorted(numbered) if n in used), None)
        if name is None:
            return None
        line, math = numbered[name]
        return (
            f"unreadable: ${math}$ (line {line}) gives {name} a length as a number, which derive does not read "
            "beside the page's length: give it in the front matter (n: 3, or sizes: {q: 3} with a letter)"
        )

    return refuse_using(found, refused)


def take_inline_shapes(front: FrontMatter, found: Found, text: str) -> tuple[FrontMatter, Found]:
    """``front`` with the shapes the prose states as ``arrays`` and ``sizes``, a size that is also a bold vector's
    letter named apart; ``found`` with a note for each."""
    taken = {e.text for e in (*front.vectors, *front.arrays, *front.scalars, *front.functions)}
    taken |= {_head(key.text) for key, _ in front.define} | {e.text for e, _ in front.sizes}
    taken |= {front.length}
    shapes: dict[str, tuple[int, str, tuple[str, ...]]] = {}
    twice: set[str] = set()
    for line, math, names, dims in _stated(text):
        for name in names:
            if name in taken:
                continue
            if name in shapes and shapes[name][2] != dims:
                twice.add(name)
            shapes.setdefault(name, (line, math, dims))
    for name in twice:
        del shapes[name]
    if not shapes:
        return front, found
    bold = _bold(text)
    given = {e.text for e, _ in front.sizes} | {front.length}
    sizes = {d for _, _, dims in shapes.values() for d in dims if d not in given and (d not in taken or d in bold)}
    sizes -= {"d"} if _LEIBNIZ.search(text) else set()  # ℝ^d beside d/dx: a size d would make d/dx read two ways
    renamed = {size: f"{size}_size" for size in sizes if size in bold}
    size_of = {**{s: s for s in given}, **{s: renamed.get(s, s) for s in sizes}}
    kept = {name: (line, math, dims) for name, (line, math, dims) in shapes.items() if all(d in size_of for d in dims)}
    sizes = {d for _, _, dims in kept.values() for d in dims if d in sizes}
    first = {size: min(line for line, _, dims in kept.values() if size in dims) for size in sizes}
    vectors = tuple(Entry(name, line) for name, (line, _, dims) in kept.items() if len(dims) == 1)
    arrays = tuple(Entry(name, line) for name, (line, _, dims) in kept.items() if len(dims) == 2)
    headings = page_headings(text)  # a shape stated below one: above it the name may be another (``later_shapes``)
    below = {name: max((h for h in headings if h < line), default=0) for name, (line, _, _) in kept.items()}
    new_front = dataclasses.replace(
        front,
        shape_sections=(*front.shape_sections, *((n, below[n], line) for n, (line, _, _) in kept.items() if below[n])),
        vectors=(*front.vectors, *vectors),
        arrays=(*front.arrays, *arrays),
        sizes=(*front.sizes, *((Entry(size_of[s], first[s]), None) for s in sorted(sizes))),
        shapes=(
            *front.shapes,
            *((Entry(name, line), tuple(size_of[d] for d in dims)) for name, (line, _, dims) in kept.items()),
        ),
    )
    notes = [
        f"line {line}: ${math}$ read as a shape: {name} {'a vector of length' if len(dims) == 1 else 'an array of'} "
        f"{' × '.join(dims)}"
        for name, (line, math, dims) in kept.items()
    ]
    notes += [
        f"line {first[s]}: the size {s} is named {renamed[s]} apart from the vector \\mathbf{{{s}}}"
        for s in sorted(renamed)
        if s in first
    ]
    notes += [f"the page gives {name} two shapes: read without either" for name in sorted(twice)]
    return new_front, dataclasses.replace(found, readings=(*found.readings, *notes))


__all__ = ["refuse_plain_widths", "take_inline_shapes"]
