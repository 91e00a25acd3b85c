"""The front matter's declarations made into the notation table: names, definitions, functions (its assumptions:
``derive.read.front_assumptions``).

Strict where a misread would change a verdict: a name that already means something (e, the length) cannot be
declared; a defined name's subscript is its parameter, and any other free index in its body is an error that
names it; a sum in a body may not bind the parameter; definitions may not refer to each other in a cycle.
"""

from __future__ import annotations

import dataclasses
import re

from sympy import Basic, Expr, IndexedBase, Integer, MatrixBase, S, Symbol

from derive.errors import InputError
from derive.model.generic import at_points
from derive.model.notation import Definition, bound_symbols, rename_bound_apart
from derive.read.definition_heads import RESERVED, definition_head, is_word
from derive.read.entry_definitions import apply_entries
from derive.read.entry_labels import refuse_labels
from derive.read.fixed_indices import note_fixed, refuse_sums_over_fixed
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.hypotheses import apply_hypotheses
from derive.read.indicator_forms import normalize_indicators
from derive.read.labelled_scalars import scalar_label
from derive.read.latex_lexer import Token, tokenize
from derive.read.latex_parser import read_expression
from derive.read.layer_names import layer_name
from derive.read.left_out import left_out_alone, two_ways
from derive.read.names import (
    ACCENTS,
    CAPITALISED,
    GREEK,
    Defined,
    FunctionDefinition,
    Names,
    braced_accent,
    display_name,
    merge_words,
    sigma_as_sum,
)
from derive.read.parameter_entries import at_parameters
from derive.read.prose import upright_letters
from derive.read.rows import strip_markup
from derive.read.script_labels import labelled_name, refuse_unlabelled, whole_layers
from derive.read.shapes import Shaped, written_out
from derive.read.sum_reach import extend_sum
from derive.read.vector_parameters import at_whole_vectors

DOMAIN_WORDS = {word: {word.replace("-", ""): True} for word in ("real", "positive", "nonnegative", "non-negative")}


def name_of(entry: Entry, what: str) -> str:
    """A declared name: one letter, or a Greek letter written \\theta; never a reserved one."""
    text = braced_accent(entry.text.strip())
    layered = layer_name(text)
    if layered is not None and what in ("vector", "array", "scalar"):  # W_1, W^{[1]}: a layer's own name
        return layered
    many = re.fullmatch(r"\\?([A-Za-z]+)_\{([1-9]\d+)\}", text)  # θ_{10}, numbered past 9: a number's name
    if what == "scalar" and many and (len(many.group(1)) == 1 or many.group(1) in GREEK):  # (W_{12} declared an
        return f"{many.group(1)}_{many.group(2)}"  # array is no layer's: its entry (1, 2))
    labelled = labelled_name(text) if "^" in text else None
    if labelled is not None and what in ("vector", "array", "scalar"):  # a^L, y^{LS}: a labelled name of its own
        return labelled
    numbered = re.fullmatch(r"\\([a-z]+)\s*\{\s*([A-Za-z])\s*\}\s*\^\s*\{\s*[(\[]\s*(\d)\s*[)\]]\s*\}", text)
    if numbered is not None and numbered.group(1) in ACCENTS and what in ("vector", "array", "scalar"):
        return f"{numbered.group(2)}{ACCENTS[numbered.group(1)]}_{numbered.group(3)}"  # \hat{y}^{(1)}: layer 1's ŷ
    accented = re.fullmatch(r"\\([a-z]+)\s*\{\s*(\\?[A-Za-z]+)\s*\}", text)
    if accented is not None and accented.group(1) in ACCENTS:  # \hat{y}: a name of its own, "yhat"
        return name_of(Entry(accented.group(2), entry.line), what) + ACCENTS[accented.group(1)]
    bare = text.rstrip("'") if what == "index" else text  # c', an index of its own beside c
    if len(bare) == 1 and bare.isascii() and bare.isalpha():
        name = text
    elif text.startswith("\\") and (text[1:] in GREEK or (text == "\\delta" and what != "index")):
        name = text[1:]  # \delta: a page's error signals, δ_j (``derive.read.error_signals``)
    elif text in GREEK:
        name = text  # theta: YAML's natural spelling of \theta (no letters of the page stand so, unescaped)
    elif what == "vector" and (word := re.fullmatch(r"\\(?:text|mathrm|operatorname)\{([A-Za-z]{2,})\}", text)):
        name = word.group(1)  # \text{net}: the vector of \text{net}_j (``derive.read.upright_entries``)
    elif what == "scalar" and (label := scalar_label(text)):
        name = label  # L_{\text{hard}}, \mathcal{L}_{\text{NLL}}: a number labelled "hard", "NLL"
    elif re.fullmatch(
        {"scalar": rf"[A-Z]{{2,5}}|{CAPITALISED.pattern}", "index": r"[a-z]_[a-z]"}.get(what, r"(?!)"), text
    ):
        name = text  # FL, NLL (``capital_runs``); y_i, an entry number (``entry_numbers``): one name
    elif what == "function" and (scripted := re.fullmatch(r"(\\?[A-Za-z]+)\s*[_^].*", text)):
        raise InputError(  # g_j, g^l: a function per unit or per layer, which the front matter cannot declare
            f"line {entry.line}: function {text[:40]!r} is not a name: list the function's letter alone "
            f"(functions: [{scripted.group(1)}]); a function of its own per unit or per layer is not read"
        )
    else:
        raise InputError(f"line {entry.line}: {what} {text[:40]!r} is not a name (one letter, or a Greek letter)")
    if name in RESERVED:
        raise InputError(f"line {entry.line}: {name} cannot be declared as a {what}: it is {RESERVED[name]}")
    return name


def domains_of(front: FrontMatter) -> dict[str, dict[str, bool]]:
    domains = {}
    for entry in front.assume:
        words = entry.text.split()
        if len(words) == 2 and words[1] in DOMAIN_WORDS:
            domains[words[0].lstrip("\\")] = DOMAIN_WORDS[words[1]]
    return domains


def build_names(front: FrontMatter) -> Names:
    """Every declared and defined name, each with the SymPy object it stands for."""
    if front.length in RESERVED:
        raise InputError(
            f"line {front.line}: the length cannot be called {front.length}: it is {RESERVED[front.length]}"
        )
    n: Expr = S(front.n) if front.n is not None else Symbol(front.length, integer=True, positive=True)
    names = Names(front.length, n)
    seen: set[str] = {front.length}
    domains = domains_of(front)

    def claim(name: str, entry: Entry) -> str:
        if name in seen:
            default = name == front.length and not front.length_given  # n: derive's name for the length
            hint = " (it names the page's length unless the front matter names one: length: C)" if default else ""
            raise InputError(f"line {entry.line}: {display_name(name)} is declared twice{hint}")
        seen.add(name)
        return name

    for entry in front.indices:
        name = claim(name_of(entry, "index"), entry)
        names.indices[name] = Symbol(name, integer=True)
    for entry in front.vectors:
        name = claim(name_of(entry, "vector"), entry)
        names.vectors[name] = IndexedBase(name, **domains.get(name, {"real": True}))
    for entry in front.arrays:
        name = claim(name_of(entry, "array"), entry)
        names.arrays[name] = IndexedBase(name, **domains.get(name, {"real": True}))
    for entry in front.scalars:
        name = claim(name_of(entry, "scalar"), entry)
        names.scalars[name] = Symbol(name, real=True)
    names.undeclared = set(front.undeclared)
    names.words |= {name for table in (names.vectors, names.arrays, names.scalars) for name in table if "_" in name}
    names.words |= {n for n in names.scalars if len(n) > 1 and (n.isupper() or CAPITALISED.fullmatch(n))}  # FL, Loss
    names.words |= {n.partition("_")[0] for n in names.scalars if re.fullmatch(r"[A-Za-z]{2,12}_\w+", n)}  # net_h1
    for entry in front.functions:  # functions: [sigma, f]; \sigma too, as vectors write it
        greek = entry.text.strip() in GREEK
        written = Entry("\\" + entry.text.strip(), entry.line) if greek else entry
        names.generic.add(claim(name_of(written, "function"), entry))
    for entry, value in front.sizes:
        name = claim(entry.text, entry)
        if value is None and front.n is not None:
            raise InputError(f"line {entry.line}: the size {name} is symbolic while n is {front.n}: give it a value")
        names.sizes[name] = Symbol(name, integer=True, positive=True) if value is None else Integer(value)
    lengths = {front.length: n, **names.sizes}
    for entry, slots in front.shapes:
        unknown = [slot for slot in slots if slot not in lengths]
        if unknown:  # x ∈ ℝ^n on a page whose sums run over C
            raise InputError(
                f"line {entry.line}: {entry.text} has a length {unknown[0]} that is none of the page's lengths "
                f"({', '.join(map(str, lengths))}): write its length as the sums do, or declare it (sizes: "
                f"{{{unknown[0]}: symbolic}})"
            )
        shape = tuple(lengths[slot] for slot in slots)
        if any(length != n for length in shape):
            names.shapes[name_of(entry, "array")] = shape
    names.shape_sections = {name_of(Entry(k, at), "vector"): (h, at) for k, h, at in front.shape_sections}
    for key, _ in front.define:
        name, index, params = definition_head(key)
        claim(name, key)
        if is_word(key.text) or (index is None and params is None and layer_name(key.text) is not None):
            names.words.add(name)  # MSE, or z^{(2)} (one token, ``derive.read.layer_names``)
        if params is not None:
            continue  # a function: added with its body, below
        if index is None:
            names.defined_scalars[name] = Symbol(name)
        else:
            if index not in names.indices:
                raise InputError(f"line {key.line}: {index} in {key.text!r} is not a declared index")
            names.defined_vectors[name] = IndexedBase(name)
    names.words |= whole_layers(set(names.known()), set(names.known()))  # a^L alone: the whole vector a^L
    return names


def _check_body(key: Entry, body: Expr, names: Names, parameters: set[Basic]) -> None:
    """Refuse a body with a free index other than its parameters, or a sum that binds a parameter."""
    lone = left_out_alone([body], set(parameters))  # S = \\sum_{i \\neq j} x_i x_j: at one j, or every pair?
    if lone is not None:
        raise InputError(f"line {key.line}: in the definition of {key.text.strip()}, {two_ways(*lone)}")
    indices = set(names.indices.values()) - note_fixed(key.text.strip(), body, names, parameters)
    free = (body.free_symbols & indices) - parameters
    if free:
        shown = ", ".join(sorted(str(v) for v in free))
        base = re.split(r"[_(]", key.text.strip())[0]  # s of s_i, f of f(x_i)
        raise InputError(
            f"line {key.line}: the definition of {key.text.strip()} has the free index {shown}: an index in a "
            f"definition must be its parameter (write {base}_{shown}: …), bound by a sum, "
            f"or declared under indices, a fixed index of the whole page"
        )
    clash = bound_symbols(body) & parameters
    if clash:
        shown = ", ".join(sorted(str(v) for v in clash))
        raise InputError(
            f"line {key.line}: a sum in the definition of {key.text.strip()} binds {shown}, its parameter: "
            "give the sum an index of its own"
        )


class DefinitionError(InputError):
    """A definition that cannot be read, with its head (line and text as written)."""

    def __init__(self, message: str, key: Entry) -> None:
        super().__init__(message)
        self.key = (key.line, key.text)


def build_definitions(front: FrontMatter, names: Names) -> Defined:
    """The definitions (functions go into ``names``) and what their bodies must not be zero for; cycles refused."""
    definitions: list[Definition] = []
    nonzero: dict[Basic, tuple[Expr, ...]] = {}
    uses: dict[str, set[str]] = {}
    pending = sorted(front.define, key=lambda kv: _reading_order(kv[0], front))
    upstream = False
    while pending:  # μ_c in NLL's body before μ = S(a) is read whole: read again after it
        failed: list[tuple[Entry, Entry, InputError]] = []
        for key, value in pending:
            try:
                _read_definition(key, value, names, definitions, nonzero, uses)
            except InputError as error:
                failed.append((key, value, error))
        if failed and len(failed) == len(pending) and not upstream and definitions:
            upstream = True  # δ_i = ∂L/∂z_i, L the page's loss at the end of the others: read once they are
            names.defined = Defined(tuple(definitions), nonzero)
            pending = [(key, value) for key, value, _ in failed]
            continue
        if failed and len(failed) == len(pending):  # which definition could not be read, for a page that made it
            key, _, first = failed[0]
            raise first if isinstance(first, DefinitionError) else DefinitionError(str(first), key) from None
        pending = [(key, value) for key, value, _ in failed]
    _refuse_cycles(uses, front)
    refuse_sums_over_fixed([d.body for d in definitions], names, front.line)
    names.defined = Defined(tuple(definitions), nonzero)
    return names.defined


def _reading_order(key: Entry, front: FrontMatter) -> int:
    """Functions first, then values; last a function of a name the front matter defines (``\\mathcal{S}(a)``
    beside a = Wx, read once a is the vector it is defined as)."""
    parameters = definition_head(key)[2]
    if parameters is None:
        return 1
    values = {definition_head(k)[0] for k, _ in front.define if definition_head(k)[2] is None}
    return 2 if set(parameters) & values else 0


def _read_definition(
    key: Entry,
    value: Entry,
    names: Names,
    definitions: list[Definition],
    nonzero: dict[Basic, tuple[Expr, ...]],
    uses: dict[str, set[str]],
) -> None:
    """Read one definition into ``names`` and ``definitions``, noting what its body must not be zero for."""
    name, index, params = definition_head(key)
    written = strip_markup(tokenize(value.text, value.line))[0]  # a bmatrix or cases as one value, no \tag
    written = apply_hypotheses(written, names.hypotheses)  # h_\\theta(x^{(i)}): its body, x^{(i)} for x
    written = apply_entries(written, names.entry_arrays)  # L of \\hat{y}_{n,i}, ŷ defined by its entries
    tokens = merge_words(upright_letters(normalize_indicators(written)), names.words)  # \mathrm{e}, [i = k]
    tokens = sigma_as_sum(tokens, set(names.known()))  # \Sigma_{i=1}^m x_i: a sum, where Σ names nothing
    tokens = extend_sum(tokens, {*names.declared_indices, *((index,) if index else ())})  # Σ_i A_i + B_i
    refuse_labels(tokens, names.labels)  # -\log p_t beside p_i's definition: p's entry at t, or labelled t?
    refuse_unlabelled(tokens, set(names.arrays))  # w_{kj} beside w^{(2)}_{kj}: layer 2's, or w's?
    if params is not None and whole_parameters(params, names):  # J(\theta): \frac12 (\theta^T x - y)^2
        try:
            _read_function(name, params, key, value, tokens, names, uses)
            return
        except InputError:  # θ used whole: J(θ) the value written with the vector it depends on
            whole = at_whole_vectors(tokens, names, params, value.line)  # J(w), J'(θ) then refused where applied
            if whole is not None:
                entry = whole.body.entry if isinstance(whole.body, Shaped) else whole.body
                _check_body(key, entry, names, set())  # no free index: J(θ) of the whole θ
                names.functions[name] = whole
                uses[name] = _names_used(entry, names)
                return
            params = None  # (a label)
            names.defined_scalars[name] = Symbol(name)
    if params is not None:
        _read_function(name, params, key, value, tokens, names, uses)
        return
    body, conditions = read_expression(tokens, names, value.line)
    if isinstance(body, MatrixBase) and names.axes is not None:  # J = \begin{bmatrix} … \end{bmatrix}
        body = written_out(body, names.axes)
    body = body if isinstance(body, Shaped) else at_points(body)  # σ'(z_j) at its point
    if isinstance(body, Shaped) and index is None and body.columns == 1 and body.rows != 1:
        _whole_vector(name, body, names, definitions)  # z = W_1 x + b_1: the vector z, entry by entry
        uses[name] = _names_used(body.entry, names)
        return
    if isinstance(body, Shaped):  # J: \frac{\partial s}{\partial x}: a whole matrix, read where J stands
        if index is not None:
            raise InputError(f"line {key.line}: {key.text.strip()} is an entry; its definition is a whole matrix")
        names.defined_scalars.pop(name, None)  # read again (``whole_defined``): popped the first time
        names.defined_matrices[name] = body
        uses[name] = _names_used(body.entry, names)
        return
    if index is None:
        _check_body(key, body, names, set())
        definitions.append(Definition(names.defined_scalars[name], body))
    else:
        parameter = names.indices[index]
        if parameter in body.free_symbols:  # q_i = e^{z_i} / Σ_i e^{z_i}: the sum's i is its own, bound, as read
            body = rename_bound_apart(body, {parameter})
        _check_body(key, body, names, {parameter})
        definitions.append(Definition(names.defined_vectors[name], body, parameter))
    nonzero[definitions[-1].name] = conditions
    uses[name] = _names_used(body, names)


def _whole_vector(name: str, body: Shaped, names: Names, definitions: list[Definition]) -> None:
    """A name defined as a whole column vector (``z = W_1 x + b_1``, ``h = \\sigma(z)``): a defined vector of
    the column's length, whose entry at row p is the column's; the definitions are read again (``whole_defined``)
    so that those read before it use it as the vector it is."""
    if name in names.defined_scalars:
        names.defined_scalars.pop(name)
        names.defined_vectors[name] = IndexedBase(name)
        names.whole_defined.add(name)
    if body.rows != names.n:
        names.shapes[name] = (body.rows,)
    row = Symbol(f"i_{name}", integer=True)  # its own parameter: no index of the page, nor a whole side's row
    definitions.append(Definition(names.defined_vectors[name], body.entry.xreplace({body.axes.row: row}), row))


def _names_used(body: Expr, names: Names) -> set[str]:
    symbols = {str(s) for s in body.free_symbols}
    bases = {str(b.label) for b in body.atoms(IndexedBase)}
    return (symbols | bases) & {*names.defined_scalars, *names.defined_vectors}


def _refuse_cycles(uses: dict[str, set[str]], front: FrontMatter) -> None:
    state: dict[str, int] = {}

    def visit(name: str, path: list[str]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            cycle = " → ".join(display_name(n) for n in [*path[path.index(name) :], name])
            raise InputError(f"line {front.line}: the definitions refer to each other in a cycle: {cycle}")
        state[name] = 1
        for used in sorted(uses.get(name, ())):
            visit(used, [*path, name])
        state[name] = 2

    for name in uses:
        visit(name, [])


def _read_function(
    name: str,
    params: tuple[str, ...],
    key: Entry,
    value: Entry,
    tokens: list[Token],
    names: Names,
    uses: dict[str, set[str]],
) -> None:
    """A definition with parameters, ``\\sigma(x): …``: each parameter a scalar of its own in the body."""
    local = dataclasses.replace(
        names,
        vectors=dict(names.vectors),
        indices=dict(names.indices),
        scalars=dict(names.scalars),
        defined_vectors=dict(names.defined_vectors),
        defined_scalars=dict(names.defined_scalars),
        functions=dict(names.functions),
        arrays=dict(names.arrays),
        shapes={key: shape for key, shape in names.shapes.items() if key not in params},  # σ(x) beside x_i
        undeclared=names.undeclared - set(params),
        examples={name: kind for name, kind in names.examples.items() if name not in params},
    )
    symbols = tuple(Symbol(p, real=True) for p in params)
    for param, symbol in zip(params, symbols, strict=True):
        for table in (local.vectors, local.arrays, local.indices, local.defined_vectors, local.defined_scalars):
            table.pop(param, None)
        local.scalars[param] = symbol
    body, of = at_parameters(read_expression(tokens, local, value.line)[0], params, symbols, local)  # f(z_i): z_i
    if isinstance(body, Shaped):  # h(x) = θᵀx, x a number there: a row, which no function of numbers is
        raise InputError(f"line {key.line}: the definition of {key.text.strip()} is a vector or matrix of numbers "
                         f"{', '.join(params)}: a function of numbers is a number; declare a vector "
                         "(vectors: […])")  # fmt: skip
    _check_body(key, body, names, set())
    names.functions[name] = FunctionDefinition(symbols, body, entries_of=of)
    uses[name] = _names_used(body, names)


def whole_parameters(params: tuple[str, ...], names: Names) -> bool:
    """Whether every parameter of a definition's head names a whole vector or array of the page (``J(\\theta)``
    beside θ_j), or a number of the page beside one (``L(\\mathbf{w}, b)``): a body that uses it whole is the
    value J, written with what it depends on."""
    whole = [p in names.vectors or p in names.arrays or p in names.defined_vectors for p in params]
    known = set(names.known())
    return any(whole) and all(w or p in names.scalars or p not in known for p, w in zip(params, whole, strict=True))
