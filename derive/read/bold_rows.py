"""Rows of a data matrix as Murphy writes them: ``\\mathbf{x}_n`` beside ``x_{nd}``.

A bold letter with one subscript (``\\mathbf{x}_n``) on a page that writes the same letter with two indices,
the bold one's letter first (``x_{nd}``), is row n of an array x: x is N × D, N the bound of the page's sum over
n (``\\sum_{n=1}^{N}``), D the features' count (the bound of a sum over the second index, or a letter of derive's
own); ``\\mathbf{w}^\\top \\mathbf{x}_n`` is then Σ_d w_d x_{nd}. Where the page also writes x_n not bold, or x
with one index elsewhere, nothing is read so (the entry of a vector x, or the row?), and the page stays refused.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sympy import Expr, Indexed, IndexedBase, Integer

from derive.errors import InputError
from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.latex_lexer import Token, tokenize
from derive.read.shapes import Shaped

if TYPE_CHECKING:
    from derive.read.latex_names import NameParser

#: Fonts that set a vector in bold.
_BOLD = frozenset({"mathbf", "boldsymbol", "bm"})
#: Letters for the features' count where the page names none, the first the page does not use.
_COUNTS = "DKMPFQ"


@dataclass(frozen=True)
class BoldRows:
    """The arrays a page writes by rows in bold (``\\mathbf{x}_n``), their rows' count (N) and their columns'
    (D), whether the page names it, and the line of the first bold row."""

    arrays: tuple[str, ...] = ()
    count: str | None = None
    features: str | None = None
    named: bool = False
    line: int = 0
    letters: tuple[str, ...] = ()  #: each array's row index as the page writes it (n of \\mathbf{x}_n)
    partners: tuple[str, ...] = ()  #: the bold vectors transposed against a row (w of \\mathbf{w}^\\top \\mathbf{x}_n)
    matrices: tuple[str, ...] = ()  #: each array's data matrix where the page states its shape (X of \\mathbf{x}_i)

    def of_matrices(self, arrays: dict[str, IndexedBase]) -> dict[str, IndexedBase]:
        """Each array written by rows whose data matrix the page states, with that matrix's entries as its own."""
        pairs = zip(self.arrays, self.matrices, strict=False)  # no matrices where the page states none
        return {a: arrays[m] for a, m in pairs if m in arrays}

    def describe(self) -> str:
        """For the report: how the rows were read."""
        size = f"{self.count} × {self.features}"
        matrices = self.matrices or self.arrays
        shown = ", ".join(
            f"\\mathbf{{{a}}}_{i} row {i} of the array {m} ({size})"
            for a, i, m in zip(self.arrays, self.letters, matrices, strict=True)
        )
        own = "" if self.named else f", {self.features} the features' count (a letter of derive's own)"
        lead = "a bold letter with one index, beside its entries written with two or a vector transposed, is a row"
        partners = "".join(f", \\mathbf{{{w}}} a vector of {self.features} features" for w in self.partners)
        return f"line {self.line}: {lead}: {shown}{own}{partners}"


def _one_letter(tokens: list[Token], at: int) -> tuple[list[str], int] | None:
    """The letters of the subscript at ``at`` (``_n``, ``_{n}``, ``_{nd}``, ``_{n,d}``) and the position after it."""
    if at >= len(tokens) or tokens[at].kind != "_" or at + 1 >= len(tokens):
        return None
    if tokens[at + 1].kind == "letter":
        return [tokens[at + 1].value], at + 2
    if tokens[at + 1].kind != "{":
        return None
    close = next((k for k in range(at + 2, len(tokens)) if tokens[k].kind == "}"), None)
    if close is None:
        return None
    inside = [t for t in tokens[at + 2 : close] if t.kind != ","]
    if not inside or any(t.kind != "letter" for t in inside):
        return None
    letters = [c for t in inside for c in t.value]
    return letters, close + 1


def _bounds(tokens: list[Token]) -> dict[str, str]:
    """The upper bound of each ``\\sum_{i=1}^{N}`` (one letter) by its index."""
    found: dict[str, str] = {}
    for at, token in enumerate(tokens):
        if token.kind != "command" or token.value != "sum":
            continue
        kinds = [t.kind for t in tokens[at + 1 : at + 11]]
        values = [t.value for t in tokens[at + 1 : at + 11]]
        if kinds[:6] != ["_", "{", "letter", "=", "number", "}"] or values[4] != "1" or kinds[6:7] != ["^"]:
            continue
        if len(kinds) > 7 and kinds[7] == "letter" and len(values[7]) == 1:
            found[values[2]] = values[7]
        elif kinds[7:10] == ["{", "letter", "}"] and len(values[8]) == 1:
            found[values[2]] = values[8]
    return found


#: A data set written as its pairs, ``\\{(x_i, y_i)\\}_{i=1}^n``: the x_i there is the example, bold or not.
_PAIRS = re.compile(r"\\\{\s*\(\s*[^(){}$]*?\)\s*\\\}")


def _without_pairs(text: str) -> str:
    """``text`` with each data set written as its pairs blanked: an example named there is no vector's entry."""
    return _PAIRS.sub(lambda m: " " * len(m.group(0)), text)


def _plain_row(name: str, text: str) -> bool:
    """Whether the page's source writes ``name`` not bold with one index anywhere (``$x_n$`` in prose too)."""
    pattern = rf"(?<![\\A-Za-z{{]){name}\s*_\s*(?:[A-Za-z]|\{{\s*[A-Za-z]\s*\}})"
    return re.search(pattern, _without_pairs(text)) is not None


#: A bold vector transposed against a bold letter with one index: ``\\mathbf{w}^\\top \\mathbf{x}_i`` (its name x).
_INNER = re.compile(
    r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*(?P<partner>[A-Za-z])\s*\}\s*\^\s*(?:\\top|\\intercal|T|\{\s*(?:\\top|\\intercal|T)\s*\})"
    r"\s*\\(?:mathbf|boldsymbol|bm)\s*\{\s*(?P<name>[A-Za-z])\s*\}\s*_"
)


def _inner_rows(text: str) -> dict[str, str]:
    """The bold letters with one index that the page's source writes after a transposed bold vector (Duchesnay's
    \\mathbf{w}^\\top \\mathbf{x}_i), each with that vector: a row as long as it, whatever entries the page writes."""
    return {m.group("name"): m.group("partner") for m in _INNER.finditer(text) if m.group("name") != "e"}  # 𝐞_i: basis


#: The words a sentence that states a data matrix's shape may hold beside it ("Or in matrix form, if $\\mathbf{X}
#: \\in \\mathbb{R}^{n \\times p}$, … and …:"): any other (rows, centred, noisy, test, raw) may say what it is.
_SHAPE_WORDS = re.compile(
    r"(?:or|in|matrix|form|if|and|the|a|with|where|we|write|let|be|is|are|as|then|of|so|data|design|inputs?"
    r"|features?|vectors?)"
)
#: Words in a sentence that may say what a matrix's rows are, or what was done to it, without writing its letter.
_REWORKED = re.compile(
    r"\b(?:rows?|columns?|standardi[sz]\w*|normali[sz]\w*|shuffl\w*|permut\w*|random\w*|cent(?:er|re)d|scaled)\b", re.I
)
#: A formula that states one name's shape and nothing else: ``\\mathbf{X} \\in \\mathbb{R}^{n \\times p}``.
_SHAPE = re.compile(
    r"\s*(?:\\(?:mathbf|boldsymbol|bm|hat)\s*\{\s*){0,2}[A-Za-z][\s}]*\\in\s*\\mathbb\s*\{\s*R\s*\}\s*"
    r"\^\s*(?:\{[^{}$]*\}|[A-Za-z0-9])\s*[.,]?\s*"
)


def _only_shaped(text: str, matrix: str, row: str) -> bool:
    """Whether every sentence of the prose that writes ``matrix`` says no more of it than its shape, beside other
    names' shapes, in plain words, and no sentence states the shape of the bold ``row`` (𝐱_i ∈ R^d): then 𝐗's rows
    may be the 𝐱_i. "The centred design matrix is $\\mathbf{X} …$, with rows $\\mathbf{x}_i - \\bar{\\mathbf{x}}$"
    says its rows are other ones."""
    prose = re.sub(r"\$\$.*?\$\$|\\\[.*?\\\]|\\begin\{(\w+\*?)\}.*?\\end\{\1\}", " ", text, flags=re.S)
    for sentence in re.split(r"(?<=[.!?:])\s+", prose):
        maths = re.findall(r"\$([^$]+)\$", sentence)
        if any(re.search(rf"\\(?:mathbf|boldsymbol|bm)\s*\{{\s*{row}\s*\}}\s*_[^$]*\\in\b", m) for m in maths):
            return False
        if not any(re.search(rf"(?<![A-Za-z\\]){matrix}(?![A-Za-z])", m) for m in maths):
            if _REWORKED.search(re.sub(r"\$[^$]+\$", " ", sentence)):  # "Its rows hold the inputs in a random order"
                return False
            continue
        words = re.findall(r"[A-Za-z]+", re.sub(r"\$[^$]+\$", " ", sentence).lower())
        if any(_SHAPE.fullmatch(m) is None for m in maths) or not all(_SHAPE_WORDS.fullmatch(w) for w in words):
            return False
    return True


def _stated_columns(front: FrontMatter) -> dict[str, tuple[str, str]]:
    """The arrays the page states the shape of (``\\mathbf{X} \\in \\mathbb{R}^{n \\times p}``), where every size the
    front matter holds is one of their columns: a data matrix, whose rows the page may write in bold."""
    shapes = {e.text.strip(): shape for e, shape in front.shapes if len(shape) == 2}
    sizes = {e.text.strip() for e, _ in front.sizes}
    if not shapes or sizes - {shape[1] for shape in shapes.values()}:
        return {}
    return {name: (shape[0], shape[1]) for name, shape in shapes.items()}


def find_bold_rows(front: FrontMatter, found: Found, text: str) -> BoldRows:
    """The page's arrays written by rows in bold; none where the front matter gives the length or a size, or
    where the page (``text``, its source) writes a letter both bold with one index and otherwise with one."""
    stated = _stated_columns(front)
    if front.length_given or front.n is not None or (front.sizes and not stated):
        return BoldRows()
    bold: dict[str, tuple[str, int]] = {}
    plain: set[str] = set()
    pairs: dict[str, set[tuple[str, str]]] = {}
    bounds: dict[str, str] = {}
    letters: set[str] = set()
    texts = [(d.text, d.line) for d in (*found.displays, *found.inline)] + [(v.text, v.line) for _, v in front.define]
    for formula, at_line in texts:  # a display the page defines with is in the front matter's define by now
        try:
            tokens = tokenize(_without_pairs(formula), at_line)
        except InputError:
            continue
        bounds.update(_bounds(tokens))
        letters |= {t.value for t in tokens if t.kind == "letter"}
        for at, token in enumerate(tokens):
            if token.kind != "letter" or len(token.value) != 1:
                continue
            font = at >= 2 and tokens[at - 1].kind == "{" and tokens[at - 2].value in _BOLD
            after = at + 2 if font and at + 1 < len(tokens) and tokens[at + 1].kind == "}" else at + 1
            script = _one_letter(tokens, after)
            if script is None or (at > 0 and tokens[at - 1].kind in ("_", "^")):
                continue
            if len(script[0]) == 1 and font:
                bold.setdefault(token.value, (script[0][0], token.line))
            elif len(script[0]) == 1:
                plain.add(token.value)
            elif len(script[0]) == 2 and not font:
                pairs.setdefault(token.value, set()).add((script[0][0], script[0][1]))
    declared = {e.text.strip() for e in (*front.vectors, *front.arrays, *front.scalars, *front.indices)}
    declared |= {key.text.strip().split("_")[0].split("(")[0] for key, _ in front.define}
    rows = []
    for name, (row, _) in bold.items():
        firsts = {first for first, _ in pairs.get(name, ())}
        written = name not in plain and not _plain_row(name, text) and name not in declared
        if written and (row in firsts or name in _inner_rows(text)) and row in bounds:
            rows.append(name)
    if not rows:
        return BoldRows()
    counts = {bounds[bold[name][0]] for name in rows}
    seconds = {second for name in rows for first, second in pairs.get(name, ()) if first == bold[name][0]}
    named = {bounds[s] for s in seconds if s in bounds}
    if len(counts) != 1 or len(named) > 1:
        return BoldRows()
    (count,) = counts
    matrices: tuple[str, ...] = ()
    if front.sizes:  # X ∈ R^{n×p} stated: its rows are the bold x_i, p their features' count
        columns = {stated[a.upper()][1] for a in rows if stated.get(a.upper(), ("",))[0] == count}
        if len(columns) != 1 or len(rows) != len(stated) or named - columns:
            return BoldRows()
        if not all(_only_shaped(text, a.upper(), a) for a in rows):
            return BoldRows()
        named, matrices = columns, tuple(sorted(a.upper() for a in rows))
    features = named.pop() if named else next((c for c in _COUNTS if c not in letters), None)
    if features is None or features == count:
        return BoldRows()
    line = min(bold[name][1] for name in rows)
    rows.sort()
    row_letters = tuple(bold[name][0] for name in rows)
    inner = _inner_rows(text)
    partners = tuple(sorted({inner[a] for a in rows if a in inner} - declared - set(rows) - plain))
    named_by = bool(seconds & set(bounds)) or bool(matrices)
    return BoldRows(tuple(rows), count, features, named_by, line, row_letters, partners, matrices)


def with_bold_rows(front: FrontMatter, rows: BoldRows) -> FrontMatter:
    """The front matter with each array written by rows declared N × D: N a size, D the page's length."""
    if rows.count is None or rows.features is None:
        return front
    return dataclasses.replace(
        front,
        length=rows.features,
        sizes=(*(s for s in front.sizes if s[0].text != rows.features), (Entry(rows.count, front.line), None)),
        arrays=(*front.arrays, *(Entry(a, front.line) for a in rows.arrays)),
        vectors=(*front.vectors, *(Entry(w, front.line) for w in rows.partners)),
        shapes=(*front.shapes, *((Entry(a, front.line), (rows.count, rows.features)) for a in rows.arrays)),
    )


def read_bold_row(parser: NameParser, name: str, index: Token, line: int) -> Expr:
    """Row ``index`` of the array ``name``, a column vector of its features (D × 1)."""
    names = parser.names
    if names.axes is None:
        raise InputError(f"line {line}: {name}_{index.value}, a row of the array {name}, cannot stand here")
    features = names.shapes.get(name, (names.n, names.n))[1]
    row = parser.index_value(index)
    return Shaped(features, Integer(1), Indexed(names.arrays[name], row, names.axes.row), names.axes)


__all__ = ["BoldRows", "find_bold_rows", "read_bold_row", "with_bold_rows"]
