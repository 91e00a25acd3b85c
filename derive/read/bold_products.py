"""Letters set as vectors or matrices (bold, ``\\vec``, an accent over bold) that derive reads as numbers, multiplied
together: a scalar the page never indexes (``\\mathbf{A}``), an entry (``\\mathbf{a}_1``) or a labelled one
(``\\mathbf{x}^{(1)}``). Read as numbers, products commute and matrix functions split: e^{A} e^{B} = e^{B} e^{A},
a_1 × a_2 = a_2 × a_1 and û × v̂ = v̂ × û were proven (probes s51-B's m10_sub, s51-C's v03 and v04).

The same holds of a name the page defines with such letters (M = e^{A}), of a letter its prose calls a vector or a
matrix (``stated_vectors``), and of a capital with a layer's label beside a bold vector (W^{(1)} x). The display is
cut into terms (at +, −, relations, ⊙) and each term's factors are counted: two factors that hold such a letter, a
power of one, or one in a denominator make a product of vectors or matrices (a dot, cross, outer or matrix
product), which the display's reading as numbers does not hold. It is refused, naming both readings. A function
of one such letter alone is read entry by entry, as ML pages mean σ(z)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.find import Display, Found
from derive.read.latex_lexer import Token, tokenize
from derive.read.macros import Macros
from derive.read.names import ACCENTS, GREEK, display_name
from derive.read.redefinitions import refuse_using
from derive.read.stated_vectors import lead_vectors, stated_vectors

#: Commands that set a letter as a vector or a matrix.
_BOLD = frozenset({"mathbf", "boldsymbol", "bm", "vec", "overrightarrow", "pmb", "mathbfit"})
#: Accents that may stand over (or under) a bold letter: \hat{\mathbf{u}}, \mathbf{\hat u}.
_ACCENTS = frozenset({"hat", "widehat", "tilde", "widetilde", "bar", "overline", "dot", "ddot", "check", "breve",
                      "mathcal"})  # fmt: skip
#: Tokens between terms, whose two sides are never multiplied: + − relations, and products taken entry by entry.
_BETWEEN_KINDS = frozenset({"+", "-", "=", "<", ">", ",", ";", "&", "newline", "|"})
_BETWEEN_COMMANDS = frozenset(
    {"pm", "mp", "leq", "geq", "le", "ge", "neq", "ne", "approx", "equiv", "coloneqq", "odot", "circ", "oplus",
     "quad", "qquad", "implies", "Rightarrow", "rightarrow", "to", "iff", "Leftrightarrow", "mid", "in", "propto",
     "sim", "simeq", "triangleq", "defeq", "colon"}
)  # fmt: skip
#: Marks of a transpose, which a power of a vector may be without multiplying it: x^T, x^\top.
_TRANSPOSE = frozenset({"T", "top", "intercal", "mathsf", "mathrm", "prime"})
#: Sizing commands that stand before a bracket: nothing to count.
_SIZES = frozenset({"left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr"})
_OPEN = {"(": ")", "[": "]", "{": "}"}
#: A display that sets a letter bold, beside which a capital with a layer's label is a matrix (W^{(1)} \\mathbf{x}).
_BOLD_WRITTEN = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec)\b")
#: Products written as signs: a term goes on through them.
_PRODUCTS = frozenset({"cdot", "times", "bullet", "ast", "star"})


@dataclass
class _Node:
    """A bracketed group: its opening bracket and what it holds."""

    opening: str
    children: list[_Node | Token]


def _tree(tokens: list[Token]) -> list[_Node | Token]:
    """The tokens nested by their brackets; one left open or closed unopened is kept as a token."""
    stack: list[_Node] = [_Node("", [])]
    for token in tokens:
        if token.kind == "command" and token.value in _SIZES:
            continue
        if token.kind in _OPEN:
            stack.append(_Node(token.kind, []))
        elif len(stack) > 1 and token.kind == _OPEN[stack[-1].opening]:
            node = stack.pop()
            stack[-1].children.append(node)
        else:
            stack[-1].children.append(token)
    while len(stack) > 1:
        node = stack.pop()
        stack[-1].children.extend([Token(node.opening, node.opening, 0, 0, 0), *node.children])
    return stack[0].children


@dataclass
class _Count:
    """What a factor holds: how many vector letters it multiplies, and the first of them read as a number."""

    degree: int = 0
    number: str = ""


def _letters(node: _Node | Token) -> str:
    """The letter a bold command's argument names, as written (``u``, ``\\hat{u}``, ``\\Sigma``)."""
    if isinstance(node, Token):
        return node.value if node.kind in ("letter", "command") else ""
    inner = [child for child in node.children if not isinstance(child, Token) or child.kind != "command"]
    accents = [c.value for c in node.children if isinstance(c, Token) and c.kind == "command" and c.value in _ACCENTS]
    name = "".join(_letters(child) for child in inner)
    return f"{name}{ACCENTS[accents[0]]}" if accents and accents[0] in ACCENTS else name


def _several(node: _Node) -> bool:
    """Whether a bold group holds more than one letter, or an operator: \\mathbf{a \\times b}, \\bm{u v} (an
    accent or a font and its argument are one letter: \\mathbf{\\hat{u}}, \\hat{\\mathbf{u}})."""
    names, others, children = 0, False, node.children
    for at, child in enumerate(children):
        before = children[at - 1] if at else None
        accented = isinstance(before, Token) and before.kind == "command" and before.value in _ACCENTS | _BOLD
        if isinstance(child, _Node):
            names, others = (names + 1, others) if accented else (names, True)
        elif child.kind == "letter" or child.value in GREEK:
            names += 1
        elif child.kind in ("^", "+", "-", "*") or child.value in _PRODUCTS:
            others = True
    return names > 1 or others


def _goes_on(nodes: list[_Node | Token], at: int) -> bool:
    """Whether the row after a row break at ``at`` opens with a product: the term goes on across the break."""
    after = next((n for n in nodes[at + 1 :] if not (isinstance(n, Token) and n.kind in ("&", "newline"))), None)
    return isinstance(after, Token) and (after.kind == "*" or (after.kind == "command" and after.value in _PRODUCTS))


def _label(script: _Node | Token) -> str:
    """A layer's label written as a superscript, ``{(1)}`` or ``{[1]}``: "1"; or ""."""
    inner = script.children if isinstance(script, _Node) else []
    group = inner[0] if len(inner) == 1 and isinstance(inner[0], _Node) and inner[0].opening in "([" else None
    label = group.children if group is not None else []
    return label[0].value if len(label) == 1 and isinstance(label[0], Token) and label[0].kind == "number" else ""


def _accented(node: _Node | Token, accent: str) -> str:
    """The name an accent over one letter makes (\\hat{u}: "uhat"), or ""."""
    inner = node.children if isinstance(node, _Node) else [node]
    if len(inner) != 1 or not isinstance(inner[0], Token) or inner[0].kind != "letter" or accent not in ACCENTS:
        return ""
    return f"{inner[0].value}{ACCENTS[accent]}"


def _holds_bold(nodes: list[_Node | Token], at: int) -> bool:
    """Whether the node at ``at`` is a bold command or a group that holds one (an accent's argument)."""
    if at >= len(nodes):
        return False
    node = nodes[at]
    if isinstance(node, Token):
        return node.kind == "command" and node.value in _BOLD
    return any(_holds_bold(node.children, k) for k in range(len(node.children)))


class _Reader:
    """Counts the vector letters multiplied in each term, and keeps the first product that a number reading breaks."""

    def __init__(self, page: _Page, text: str) -> None:
        self.numbers = page.numbers
        self.stated = page.stated  # letters the prose calls vectors or matrices: each as if bold
        self.rows = page.rows  # arrays the page indexes twice: a bold one with one index is a row (a vector)
        self.text = text  # the display's source: a labelled letter's token (x_1 for \\mathbf{x}^{(1)}) spans its font
        self.carriers = page.carriers  # names the page defines with such letters (M = e^{\\mathbf{A}}): each is one
        self.in_bold = False  # inside a bold group of several letters (\\mathbf{a \\times b}): each letter is bold
        self.found: str = ""

    def sequence(self, nodes: list[_Node | Token]) -> _Count:
        """The largest count of a term of ``nodes`` (their terms are summed, never multiplied)."""
        best, term, at = _Count(), _Count(), 0
        while at < len(nodes):
            node = nodes[at]
            if isinstance(node, Token) and node.kind in ("newline", "&") and _goes_on(nodes, at):
                at += 1  # e^{A} \\\\ &\\quad \\cdot e^{B}: the product goes on across the rows
                continue
            if isinstance(node, Token) and (
                node.kind in _BETWEEN_KINDS or (node.kind == "command" and node.value in _BETWEEN_COMMANDS)
            ):
                best, term, at = self.close(best, term), _Count(), at + 1
                continue
            factor, at = self.factor(nodes, at)
            term = _Count(term.degree + factor.degree, term.number or factor.number)
        return self.close(best, term)

    def close(self, best: _Count, term: _Count) -> _Count:
        if term.degree >= 2 and term.number and not self.found:
            self.found = term.number
        return term if term.degree > best.degree else best

    def factor(self, nodes: list[_Node | Token], at: int) -> tuple[_Count, int]:
        """The count of the factor at ``at``, with its scripts, and where the next one starts."""
        node = nodes[at]
        after = at + 1
        accent = node.value if isinstance(node, Token) and node.kind == "command" and node.value in _ACCENTS else ""
        if accent and after < len(nodes) and (self.in_bold or _holds_bold(nodes, after)):
            return self.bold(nodes, after, accent=accent)  # \hat{\mathbf{u}}; \hat{u} in \mathbf{\hat u \times v}
        if isinstance(node, Token) and node.kind == "command" and node.value in _BOLD and after < len(nodes):
            return self.bold(nodes, after, accent="")
        if isinstance(node, Token) and node.kind == "command" and node.value in ("frac", "dfrac", "tfrac"):
            top, bottom = (nodes[k] if k < len(nodes) else None for k in (after, after + 1))
            over = self.group(top)
            under = self.group(bottom)
            derivative = isinstance(bottom, _Node) and _opens_derivative(bottom)
            degree = over.degree + (0 if derivative else 2 * under.degree)
            return self.scripts(nodes, after + 2, _Count(degree, over.number or ("" if derivative else under.number)))
        if isinstance(node, _Node):
            return self.scripts(nodes, after, self.sequence(node.children))
        if node.kind == "letter" and node.value in self.carriers:  # M, defined as e^{\\mathbf{A}}
            return self.scripts(nodes, after, _Count(1, node.value))
        if node.kind == "letter" and (indexed := self.stated_entry(nodes, at)):  # A_1 of "$A_1 \\in \\mathbb{R}^{n×n}$"
            return self.scripts(nodes, at + 3, _Count(1, indexed))
        if accent and after < len(nodes) and (name := _accented(nodes[after], accent)) in self.stated:  # \hat{u}
            return self.scripts(nodes, after + 1, _Count(1, name if name in self.numbers else ""))
        if node.kind == "letter" and node.value in self.stated:  # a of "Let $a, b \\in \\mathbb{R}^3$"
            return self.scripts(nodes, after, _Count(1, node.value if node.value in self.numbers else ""))  # o_i: entry
        if self.in_bold and (node.kind == "letter" or (node.kind == "command" and node.value in GREEK)):
            return self.bold(nodes, at, accent="")  # b of \\mathbf{a \\times b}
        if node.kind == "letter" and any(f"\\{bold}" in self.text[node.start : node.end] for bold in _BOLD):
            number = "a vector letter with a label" if node.value in self.numbers else ""  # \mathbf{x}^{(1)}: x_1
            return self.scripts(nodes, after, _Count(1, number))
        return self.scripts(nodes, after, _Count())

    def group(self, node: _Node | Token | None) -> _Count:
        if isinstance(node, _Node):
            return self.sequence(node.children)
        return _Count()

    def bold(self, nodes: list[_Node | Token], at: int, accent: str) -> tuple[_Count, int]:
        """A bold letter (its argument at ``at``) with its scripts: one vector letter, read as a number when the
        page never indexes it (``numbers``) or writes it with an index or a label (``entry``)."""
        argument = nodes[at]
        if isinstance(argument, Token) and argument.kind == "command" and argument.value in _BOLD:  # \hat\mathbf u
            return self.bold(nodes, at + 1, accent) if at + 1 < len(nodes) else (_Count(), at + 1)
        if isinstance(argument, _Node) and _several(argument):  # \\mathbf{a \\times b}, \\bm{u v}: each letter bold
            was, self.in_bold = self.in_bold, True
            count = self.sequence(argument.children)
            self.in_bold = was
            return self.scripts(nodes, at + 1, count)
        name = _letters(argument)
        if isinstance(argument, _Node) and any(isinstance(c, Token) and c.kind == "_" for c in argument.children):
            return self.scripts(nodes, at + 1, _Count(1, self.entry(name[:1], "an index")))  # \mathbf{a_1}
        name = f"{name}{ACCENTS.get(accent, '')}"
        return self.scripts(nodes, at + 1, _Count(1, name if name in self.numbers else ""), name)

    def stated_entry(self, nodes: list[_Node | Token], at: int) -> str:
        """The name of a letter with an index or a layer's label that the prose calls a vector or a matrix (A_1 of
        "$A_1 \\in \\mathbb{R}^{n×n}$", W_1 of "$W^{(1)}$ … matrices"), or a capital with a layer's label read as a
        number (W^{(1)}, a layer's weights), or ""."""
        mark = nodes[at + 1] if at + 1 < len(nodes) else None
        script = nodes[at + 2] if at + 2 < len(nodes) else None
        letter = nodes[at]
        if not isinstance(mark, Token) or not isinstance(letter, Token) or script is None:
            return ""
        if mark.kind == "_" and isinstance(script, Token):
            name = f"{letter.value}_{script.value}"
            return name if name in self.stated else ""
        label = _label(script) if mark.kind == "^" else ""
        name = f"{letter.value}_{label}"
        layer = letter.value.isupper() and name in self.numbers and _BOLD_WRITTEN.search(self.text) is not None
        if label and (name in self.stated or layer):  # W^{(1)} beside a bold vector: a layer's matrix
            return name
        return ""

    def entry(self, letter: str, script: str) -> str:
        """Why a vector letter written with a script is read as a number: an entry or a labelled one, unless it is
        a row of an array the page indexes twice (\\mathbf{x}_n beside x_{nd}), or a basis vector e_i."""
        return "" if letter in self.rows or letter == "e" else f"a vector letter with {script}"

    def scripts(self, nodes: list[_Node | Token], at: int, count: _Count, letter: str = "") -> tuple[_Count, int]:
        """The factor's sub- and superscripts: a subscript makes a vector letter an entry (a number); a power
        other than a transpose multiplies it by itself; an exponent that holds one is a factor that holds it."""
        while at + 1 < len(nodes) and isinstance(nodes[at], Token) and nodes[at].kind in ("_", "^", "'"):  # type: ignore[union-attr]
            mark, script = nodes[at], nodes[at + 1]
            assert isinstance(mark, Token)
            if mark.kind == "'":
                at += 1
                continue
            if mark.kind == "_":
                if letter and not count.number:
                    count = _Count(count.degree, self.entry(letter, "an index"))
                at += 2
                continue
            inner = self.group(script) if isinstance(script, _Node) else self.factor([script], 0)[0]  # e^A
            written = _script_text(script)
            labelled = bool(letter) and written.startswith("(")  # x^{(i)}: example i's vector (``examples``)
            power = count.degree and not labelled and written and written not in _TRANSPOSE  # A^2, A^{-1}: A·A
            degree = (2 * count.degree if power else count.degree) + inner.degree  # e^{\mathbf{A}}: a factor of A
            count = _Count(degree, count.number or inner.number)
            at += 2
        return count, at


def _script_text(script: _Node | Token) -> str:
    if isinstance(script, Token):
        return script.value
    first = next((c for c in script.children if isinstance(c, Token | _Node)), None)
    if isinstance(first, _Node) and first.opening == "(":
        return "("
    return "".join(c.value for c in script.children if isinstance(c, Token))


def _opens_derivative(node: _Node) -> bool:
    first = node.children[0] if node.children else None
    return isinstance(first, Token) and (first.value in ("partial", "nabla", "d", "mathrm", "operatorname"))


@dataclass(frozen=True)
class _Page:
    """What the page says of its letters: those read as numbers, the arrays (a bold one with an index is a row),
    the names it defines with such letters, and its macros (each display is read expanded)."""

    numbers: set[str]
    rows: set[str]
    carriers: frozenset[str] = frozenset()
    macros: Macros | None = None
    stated: frozenset[str] = frozenset()  # letters the prose calls vectors or matrices (``stated_vectors``)

    def tokens(self, text: str, line: int) -> list[Token]:
        tokens = tokenize(text, line)
        return Macros(self.macros.macros).expand(tokens) if self.macros is not None else tokens  # TeX's only


def _counted(text: str, line: int, page: _Page) -> _Reader:
    reader = _Reader(page, text)
    reader.sequence(_tree(page.tokens(text, line)))
    return reader


def _carriers(defined: Iterable[tuple[str, str]], page: _Page) -> frozenset[str]:
    """The names the page defines with a vector letter read as a number (M = e^{\\mathbf{A}}): M N is their product."""
    carriers: set[str] = set()
    for name, body in defined:
        try:
            reader = _Reader(page, body)
            count = reader.sequence(_tree(page.tokens(body, 1)))
        except (InputError, RecursionError):
            continue
        if (count.degree and count.number) or reader.found:
            carriers.add(name)
    return frozenset(carriers)


def _indexed_twice(found: Found) -> set[str]:
    """The letters a display writes with two indices (x_{nd}, w_{i,j}): arrays, whose bold letter with one index
    (\\mathbf{x}_n) is a row, read as a vector (``derive.read.bold_rows``)."""
    twice: set[str] = set()
    for display in found.displays:
        try:
            tokens = tokenize(display.text, display.line)
        except InputError:
            continue
        for at in range(len(tokens) - 4):
            letter, mark, opening = tokens[at : at + 3]
            if letter.kind != "letter" or mark.kind != "_" or opening.kind != "{":
                continue
            inner = [t for t in tokens[at + 3 : at + 7] if t.kind != ","]
            if len(inner) >= 3 and all(t.kind in ("letter", "number") for t in inner[:2]) and inner[2].kind == "}":
                twice.add(letter.value)
    return twice


def refuse_bold_products(
    found: Found,
    numbers: Iterable[str],
    arrays: Iterable[str],
    defined: Iterable[tuple[str, str]] = (),
    macros: Macros | None = None,
    text: str = "",
) -> Found:
    """``found`` without the displays that multiply vector letters derive reads as numbers (see the module), or
    names the page defines with them (``defined``: (name, body) pairs), or letters its prose (``text``) calls
    vectors or matrices, read with the page's ``macros``."""
    page = _Page(set(numbers), set(arrays) | _indexed_twice(found), macros=macros, stated=stated_vectors(text))
    page = dataclasses.replace(page, carriers=_carriers(defined, page))

    def refused(display: Display, used: set[str]) -> str | None:
        del used
        try:
            stated = lead_vectors(
                display.lead, page.tokens(display.text, display.line), display.text
            )  # "For unit vectors:"
            letter = _counted(display.text, display.line, dataclasses.replace(page, stated=page.stated | stated)).found
        except (InputError, RecursionError):
            return None  # refused where it is read, with why (a formula nested past Python's depth: too long)
        if not letter:
            return None
        shown = display_name(letter) + ", which the page sets or calls a vector or a matrix,"
        shown = letter if letter.startswith("a vector") else shown
        return (
            f"unreadable: {shown} is read as a number here, and multiplied by another vector or matrix letter (or "
            "by itself): a dot, cross, outer or matrix product, or a product of numbers? write each product out "
            "(a^\\top b, or entries with their indices), or declare the letters with their shapes (arrays: {A: [m, "
            "n]}, vectors: [a])"
        )

    return refuse_using(found, refused)


__all__ = ["refuse_bold_products"]
