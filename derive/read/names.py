"""The names a check file declares, and how each is written: single letters, Greek letters, hatted letters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sympy import Basic, Expr, Indexed, IndexedBase, Symbol

from derive.errors import InputError
from derive.model.notation import Definition
from derive.read.latex_lexer import Token
from derive.read.shapes import Axes, Shaped

if TYPE_CHECKING:
    from derive.read.entry_definitions import EntryDefinition
    from derive.read.entry_labels import EntryLabel
    from derive.read.hypotheses import Hypothesis
    from derive.read.network import Network

GREEK = frozenset(
    [
        "alpha",
        "beta",
        "gamma",
        "epsilon",
        "varepsilon",
        "zeta",
        "eta",
        "theta",
        "vartheta",
        "iota",
        "kappa",
        "lambda",
        "mu",
        "nu",
        "xi",
        "rho",
        "sigma",
        "varsigma",
        "tau",
        "upsilon",
        "phi",
        "varphi",
        "chi",
        "psi",
        "omega",
        "Gamma",
        "Delta",
        "Theta",
        "Lambda",
        "Xi",
        "Pi",
        "Upsilon",
        "Phi",
        "Psi",
        "Omega",
        "Sigma",
        "ell",
    ]
)


#: A word with a capital, as a Q&A names its quantities (Loss, Delta, Out): one name where no letter of it is one
#: (``derive.read.capital_runs``).
CAPITALISED = re.compile(r"[A-Z][a-z]{2,11}")


#: How an index 0 beside a vector numbered from 1 is declared when it is a number of its own (a bias θ_0 beside θ).
BIAS = "a number of its own, as a bias \\theta_0 beside \\theta: declare it, as in scalars: [\\theta_0]; "


@dataclass(frozen=True)
class FunctionDefinition:
    """A name defined with parameters, ``\\sigma(x): …``: applied where it is followed by its arguments."""

    parameters: tuple[Symbol, ...]
    body: Expr
    vectors: tuple[object, ...] = ()  #: the whole vectors a function of vectors is defined at (vector_parameters)
    entries_of: tuple[object, ...] = ()  #: the vectors whose entries its parameters stand for (f(x_i) = …: x)


@dataclass(frozen=True)
class Defined:
    """The definitions, and for each defined name what its body must not be zero for (its parameter free)."""

    definitions: tuple[Definition, ...]
    nonzero: dict[Basic, tuple[Expr, ...]]

    def nonzero_in(self, expr: Basic) -> tuple[Expr, ...]:
        """What the defined names used in ``expr`` (and in their bodies) must not be zero for, each at the index
        it is used with: s_2 of s_i := 1/z_i needs z_2 ≠ 0."""
        found: list[Expr] = []
        seen: set[Basic] = set()
        pending = [expr]
        while pending:
            current = pending.pop()
            for definition in self.definitions:
                for use in _uses(current, definition):
                    if use in seen:
                        continue
                    seen.add(use)
                    value = {definition.index: use.indices[0]} if definition.index is not None else {}
                    found.extend(c.xreplace(value) for c in self.nonzero.get(definition.name, ()))
                    pending.append(definition.body.xreplace(value))
        return tuple(dict.fromkeys(found))


def _uses(expr: Basic, definition: Definition) -> list[Basic]:
    if isinstance(definition.name, IndexedBase):
        return [e for e in expr.atoms(Indexed) if e.base == definition.name]
    return [definition.name] if definition.name in expr.free_symbols else []


@dataclass
class Names:
    """What every name in the text stands for."""

    length_name: str
    n: Expr
    vectors: dict[str, IndexedBase] = field(default_factory=dict)
    #: Names with two indices, w_{ij}, W_{jk}, w_{j \\to k}.
    arrays: dict[str, IndexedBase] = field(default_factory=dict)
    indices: dict[str, Symbol] = field(default_factory=dict)
    scalars: dict[str, Symbol] = field(default_factory=dict)
    defined_vectors: dict[str, IndexedBase] = field(default_factory=dict)
    defined_scalars: dict[str, Symbol] = field(default_factory=dict)
    functions: dict[str, FunctionDefinition] = field(default_factory=dict)
    #: Names the front matter defines as a whole matrix or vector (J: \\frac{\\partial s}{\\partial x}).
    defined_matrices: dict[str, Shaped] = field(default_factory=dict)
    #: Names defined as whole column vectors (z = W_1 x + b_1), read as defined vectors (``declarations``).
    whole_defined: set[str] = field(default_factory=set)
    #: The definitions, once read (a derivative by a defined name writes its numerator down to that name).
    defined: Defined | None = None
    #: The row and column indices of whole vectors and matrices (z, Wᵀx), once the displays are read.
    axes: Axes | None = None
    #: Vectors an assumption constrains (y one-hot, y_i ∈ [0, 1], Σ y = 1): their entries may well coincide.
    constrained: set[IndexedBase] = field(default_factory=set)
    #: Every symbol a stated domain mentions (T > 0, x < 5): never solved for (``derive.read.consequences``).
    in_domains: set[Symbol] = field(default_factory=set)
    #: Whether a gradient ∂L/∂z is read as a row (numerator layout) in the chain being read: where the chain rule
    #: is written left to right (∂J/∂θ ∂θ/∂b), a column there has no product; else it is a column.
    gradient_rows: bool = False
    #: While a chain's later sides are read, the indices its first side keeps free: no sum written without its
    #: index runs over one of them (the sides would then differ in which indices they keep free).
    kept_free: set[Symbol] = field(default_factory=set)
    #: Defined names written as words of letters (MSE), read where their letters stand together.
    words: set[str] = field(default_factory=set)
    #: Runs of capital letters that read two ways, one name or a product (``derive.read.capital_runs``).
    twofold: frozenset[str] = frozenset()
    #: Subscripts that may label a value, p_t beside p_i's definition (``derive.read.entry_labels``): refused.
    labels: tuple[EntryLabel, ...] = ()
    #: Lengths other than n, by name (``sizes: {d: symbolic}``): a positive integer Symbol, or an Integer.
    sizes: dict[str, Expr] = field(default_factory=dict)
    #: The length of each slot of a vector or array whose lengths are not all n (``arrays: {x: [n, m]}``), by
    #: the vector's or array's name; a defined vector's from the slots its parameter stands in.
    shapes: dict[str, tuple[Expr, ...]] = field(default_factory=dict)
    #: (A, B) for each ∂A/∂B by a defined B the page writes (A an expression where no name): ``held_intermediates``.
    held_by: set[tuple[Basic, Basic]] = field(default_factory=set)
    #: Names inferred from the text, neither declared nor defined: ∂E/∂x of one reads two ways.
    undeclared: set[str] = field(default_factory=set)
    #: Names of definitions the page writes but that could not be read: never constants, whatever they are by.
    unread: set[str] = field(default_factory=set)
    #: Of those, the names whose unread definition is of an entry or applied (q_i = …, y_i(x) = …), not of the
    #: whole name: a side that uses the entry stands for what could not be read (``derive.read.unread_names``).
    unread_entries: set[str] = field(default_factory=set)
    #: Generic functions: names that stand for an arbitrary function (``derive.read.generic_functions``).
    generic: set[str] = field(default_factory=set)
    #: A generic function's sign, as an assumption states it (g(x) > 0: {"positive": True}).
    generic_facts: dict[str, dict[str, bool]] = field(default_factory=dict)
    #: How the file writes each generic function, first: of "a whole vector" (g(x)) or of "numbers" (g(x_j)),
    #: and at which line; the other kind is then refused (``derive.read.generic_functions``).
    generic_kinds: dict[str, tuple[str, int]] = field(default_factory=dict)
    #: Generic functions the page's prose names so ("let $f$ be a function"), with the line that does.
    prose_functions: dict[str, int] = field(default_factory=dict)
    #: Newton's dots read as rates, \\dot{FL}(p) as FL'(p) ṗ (``derive.read.newton_dots``), with the first line.
    newton: dict[tuple[str, str], int] = field(default_factory=dict)  # (FL, p): the line
    #: ``\\frac{\\partial}{o_k}``, the ∂ of the denominator left out, read as ∂/∂o_k: what it is by, first line.
    bare_partials: dict[str, int] = field(default_factory=dict)
    #: Sets a sum runs over that the page names but never defines (input(o)): their membership arrays.
    sets: dict[str, IndexedBase] = field(default_factory=dict)
    #: The network the front matter states (``network``), and, while a chain over two layers is read, the layer before.
    network: Network | None = None
    layer: Symbol | None = None
    #: The lower bounds the page's sums are written with (0 or 1), each with the line of its first such sum: a page
    #: whose sums count from 0 counts its entries from 0 (``derive.read.latex_sums``).
    bases: dict[int, int] = field(default_factory=dict)
    #: The vectors the page counts from 0, where its sums do (``sum_lengths.zero_based``); None: every vector.
    zero_based: frozenset[str] | None = None
    #: Letters the page's prose calls a set ("Let $S$ be a subset"), each with its line (``prose_sets``).
    prose_sets: dict[str, int] = field(default_factory=dict)
    row_vectors: int = 0  #: the line whose prose calls the page's vectors rows (``row_vectors``); 0 for none
    #: Letters the prose calls complex numbers, each with its line: derive reads every number as real, so a link
    #: that writes one is refused (``complex_letters``).
    complex_letters: dict[str, int] = field(default_factory=dict)
    #: Letters the page writes or calls a count (``prose_sets.counted_letters``, the front matter's lengths).
    counts: set[str] = field(default_factory=set)
    #: The letter the page's sums from 0 end at, \sum_{i=0}^{d}: the last entry, n − 1 (``derive.read.last_entry``).
    last_entry: str | None = None
    #: Vectors the front matter gives no length, standing by their index in a sum up to another length (Σ_{i=1}^{m}
    #: y_i): that length's name, by the vector's name. The page is read again with them known from the start.
    learned: dict[str, str] = field(default_factory=dict)
    #: Indices the front matter declares (``indices: [y]``): one free in a definition (L: -\log p_y) is a fixed,
    #: arbitrary index of the page (the correct class), and every claim is checked for each of its values.
    declared_indices: set[str] = field(default_factory=set)
    #: Those declared indices a definition holds free, each with the first such definition's name, once the
    #: definitions are read: no sum may bind one.
    fixed: dict[Symbol, str] = field(default_factory=dict)
    #: Sizes of 1 (``sizes: {N: 1}``) a vector's index runs over, y_{n,i} read as the one example's y_i (reported).
    one_example: set[str] = field(default_factory=set)
    #: Names whose shape the prose states below a heading: its line and the statement's (``later_shapes``).
    shape_sections: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: Names the page writes with an index raised, s^i (``derive.read.raised_indices``): their s^2 reads two ways.
    raised: set[str] = field(default_factory=set)
    #: Whether an entry past 1 reads at a symbolic length (p_2: checked for n ≥ 2); not where the prose states a size.
    entries_past_one: bool = True
    #: Names written with a training example's number, x^{(i)}: "array" or "vector" (``derive.read.examples``).
    examples: dict[str, str] = field(default_factory=dict)
    examples_line: int = 0
    #: Names written with and without an example's label, why ^{(i)} was not read as one (``examples``).
    examples_declined: str = ""
    #: The letters that number the examples (i of x^{(i)}): a sum over one counts examples, not entries.
    example_labels: frozenset[str] = frozenset()
    #: Totals over the examples (l = \sum_i y^{(i)} …: its line) and the names written labelled (``example_totals``).
    example_totals: tuple[dict[str, int], set[str]] = field(default_factory=lambda: ({}, set()))
    #: Arrays written by rows, \mathbf{x}_n beside x_{nd}, w_j^T x_i: x_n is row n (``bold_rows``, ``transposed_rows``).
    row_arrays: set[str] = field(default_factory=set)
    #: Vectors defined by entries whose bare name a display sets to a number (ℓ = Σ_k …): that line (``bare_vectors``).
    bare_totals: dict[str, int] = field(default_factory=dict)
    #: Sums over the training examples, \sum_x with x the input (``example_sums``): the letter, its first line.
    example_sums: dict[str, int] = field(default_factory=dict)
    #: The page's inline definitions, as (head, body): a lead "Suppose that $C = y a^3$. Then" states one of them.
    page_defined: tuple[tuple[str, str], ...] = ()
    #: Hypotheses the page defines with a parameter, h_\theta(x): written out where applied (``hypotheses``).
    hypotheses: tuple[Hypothesis, ...] = ()
    #: Losses the page never defines read as a function of its output (``derive.read.upstream``): ℓ → y.
    upstream: dict[str, str] = field(default_factory=dict)
    #: Those of them the page differentiates by the output itself (∂ℓ/∂y_i): only there is ℓ read so.
    by_output: set[str] = field(default_factory=set)
    #: Arrays defined by their entries (``entry_definitions``): maybe an upstream loss's output (``upstream_arrays``).
    entry_arrays: tuple[EntryDefinition, ...] = ()

    def lengths(self) -> dict[Expr, str]:
        """Every length a sum may run up to, with its name: n, and each of ``sizes``."""
        return {self.n: self.length_name, **{value: name for name, value in self.sizes.items()}}

    def layered(self, name: str) -> bool:
        """Whether the page labels ``name``'s layers: a^l, a^{l-1} or a_1 (a^{(1)}) is a name of it beside a."""
        return any(k.startswith(f"{name}^") or re.fullmatch(rf"{re.escape(name)}_\d+", k) for k in self.known())

    def known(self) -> list[str]:
        tables = (self.vectors, self.arrays, self.indices, self.scalars, self.defined_vectors, self.defined_scalars)
        return sorted(
            {name for table in (*tables, self.functions, self.defined_matrices, self.generic) for name in table}
        )


#: Accents that make a name of their own (ŷ is not y), each with the suffix of its name: \\hat{y} is "yhat".
#: A calligraphic letter (\\mathcal{L}, a loss) is a name of its own too: "Lcal".
ACCENTS = {"hat": "hat", "widehat": "hat", "tilde": "tilde", "widetilde": "tilde", "bar": "bar", "overline": "bar",
           "mathcal": "cal", "dot": "dot"}  # fmt: skip
SUFFIXES = {"hat": "hat", "tilde": "tilde", "bar": "bar", "cal": "mathcal", "dot": "dot"}


def display_name(name: str) -> str:
    """How a name is written: "yhat" is \\hat{y}, "ytilde" \\tilde{y}, "theta" is \\theta, "delta^L" \\delta^L."""
    if "^" in name:  # a labelled name (``derive.read.script_labels``): its base as written, then its label
        base, label = name.split("^", 1)
        return ("\\delta" if base == "delta" else display_name(base)) + "^" + label
    numbered = re.fullmatch(r"(?P<base>[A-Za-z][a-z]+)_(?P<number>\d)", name)
    if numbered is not None and numbered.group("base") not in GREEK:  # "yhat_1": \hat{y}^{(1)}, a layer's ŷ
        return display_name(numbered.group("base")) + "^{(" + numbered.group("number") + ")}"
    for suffix, accent in SUFFIXES.items():
        if name.endswith(suffix) and len(name) > len(suffix) and name not in GREEK:
            return f"\\{accent}{{{display_name(name[: -len(suffix)])}}}"
    if name.startswith("sum") and len(name) == 4:
        return f"\\sum_{name[3]}"
    return f"\\{name}" if name in GREEK or name == "delta" else name


def labelled_entry(name: str) -> str:
    """How the front matter declares ``name``: a number labelled by a word or a unit (E_total, net_h1) as the page
    writes it, quoted for YAML ('E_{\\text{total}}'); any other name as ``display_name`` writes it."""
    labelled = re.fullmatch(r"([A-Za-z]+)_([A-Za-z]{2,}|[a-z]{1,3}\d{1,2})", name)
    if labelled is None or name in GREEK:
        return display_name(name)
    return f"'{display_name(labelled.group(1))}_{{\\text{{{labelled.group(2)}}}}}'"


def merge_words(tokens: list[Token], words: set[str]) -> list[Token]:
    """The tokens with each run of letters that spells a defined word (M, S, E with nothing between them) made
    one letter token for it: the name the page's author declared; the longest word wins."""
    numbered = {word for word in words if "@" in word}  # y@i: the entry number y_i, one index
    if numbered:
        from derive.read.entry_numbers import merge_entry_numbers  # it reads the front matter's names

        tokens, words = merge_entry_numbers(tokens, numbered), words - numbered
    if not words:
        return tokens
    from derive.read.ng_notation import leibniz_ds  # it reads this module's names

    differentials = leibniz_ds(tokens)  # \\frac{d}{dw}: d the differential, not dw's first letter
    whole = {word for word in words if "^" in word}  # a^L written whole (``derive.read.script_labels``)
    if whole:
        from derive.read.script_labels import merge_d_names, merge_whole

        tokens, words = merge_d_names(merge_whole(tokens, whole), whole, differentials), words - whole
    labelled = {word for word in words if "_" in word}
    layered = {word for word in labelled if word.split("_", 1)[1].isdigit()}  # W_1: a layer's name
    tokens = _length_labelled(tokens, {tuple(word.split("_")) for word in labelled - layered})  # \Sigma_C
    if layered:
        from derive.read.layer_names import merge_layers  # it reads Greek names from this module

        tokens = merge_layers(tokens, layered)
    words = words - labelled
    if not words:
        return tokens
    longest = max(len(word) for word in words)
    merged: list[Token] = []
    at = 0
    while at < len(tokens):
        found = None
        if tokens[at].kind == "letter":
            differential = (tokens[at].line, tokens[at].start) in differentials  # dw there: d and w, not Ng's dw
            for size in range(min(longest, len(tokens) - at), 2 if differential else 1, -1):
                run = tokens[at : at + size]
                spelled = "".join(t.value for t in run)
                if all(t.kind == "letter" and t.gap == "" for t in run[1:]) and spelled in words:
                    first, last = run[0], run[-1]
                    found = (Token("letter", spelled, first.line, first.start, last.end, first.gap), size)
                    break
        if found is None:
            merged.append(tokens[at])
            at += 1
        else:
            merged.append(found[0])
            at += found[1]
    return merged


def _length_labelled(tokens: list[Token], labelled: set[tuple[str, ...]]) -> list[Token]:
    """``\\Sigma_C`` and ``\\Sigma_{C}`` where the page defines ``\\Sigma_C`` with C a length: written as the
    labelled name ``\\Sigma_{\\text{C}}`` (``declarations.length_labels``), one name, never Σ's entry C."""
    if not labelled:
        return tokens
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        label = None
        if token.kind in ("letter", "command") and at + 2 < len(tokens) and tokens[at + 1].kind == "_":
            after = tokens[at + 2]
            if after.kind == "letter":
                label, end = after, at + 3
            elif after.kind == "{" and at + 4 < len(tokens) and tokens[at + 3].kind == "letter":
                label, end = (tokens[at + 3], at + 5) if tokens[at + 4].kind == "}" else (None, at)
        if label is None or (token.value, label.value) not in labelled:
            out.append(token)
            at += 1
            continue
        line, start, stop = token.line, token.start, tokens[end - 1].end
        out += [token, Token("_", "_", line, start, stop), Token("{", "{", line, start, stop)]
        out += [Token("command", "text", line, start, stop), Token("{", "{", line, start, stop)]
        out += [Token("letter", label.value, line, start, stop), Token("}", "}", line, start, stop)]
        out.append(Token("}", "}", line, start, stop))
        at = end
    return out


def sigma_as_sum(tokens: list[Token], known: set[str]) -> list[Token]:
    """``\\Sigma L_i`` as people type a sum: the capital Σ is the summation sign where it names nothing else."""
    if any(name == "Sigma" or name.startswith("Sigma_") for name in known):  # Σ_C defined: Σ is a name
        return tokens
    return [Token("command", "sum", t.line, t.start, t.end, t.gap) if t.kind == "command" and t.value == "Sigma"
            else t for t in tokens]  # fmt: skip


def braced_accent(text: str) -> str:
    """``\\hat y_i`` as ``\\hat{y}_i``, ``\\tilde\\sigma`` as ``\\tilde{\\sigma}``: TeX takes one token as an accent's
    argument when no brace follows."""
    accents = "|".join(sorted(ACCENTS, key=len, reverse=True))
    return re.sub(rf"\\({accents})(?![A-Za-z])\s*(\\[A-Za-z]+|[A-Za-z])", r"\\\1{\2}", text)


def refuse_undeclared_broadcast(terms: list[Expr], names: Names, line: int) -> None:
    """``x + b`` with b inferred (declared nowhere) reads two ways: a number added to each entry, or a vector b
    written whole (a bias); refused naming both. A declared scalar is added to each entry (``Shaped._broadcast``)."""
    if not any(isinstance(term, Shaped) for term in terms):
        return
    inferred = {names.scalars[name] for name in names.undeclared if name in names.scalars}
    for term in terms:
        found = term.free_symbols & inferred if isinstance(term, Expr) else set()
        if found:
            shown = ", ".join(sorted(display_name(str(symbol)) for symbol in found))
            raise InputError(
                f"line {line}: {shown} added to a whole vector can be read two ways: a number added to each entry "
                f"(declare it under scalars), or a vector or matrix written whole (declare it under vectors, or with "
                f"its lengths under arrays, as in arrays: {{{display_name(str(min(found, key=str)))}: [m, d]}})"
            )
