"""Sums over the wiring of a feed-forward network: ``\\sum_{k \\in path(j)}``, ``\\sum_{j \\in input(o)}`` (seed 001).

Without more, z_j beside Σ_{k ∈ path(j)} z_k reads two ways (``index_sets.refuse_network``). The front matter
may state the network, as the page's previous post did:

    network:
      a_j: \\sigma(z_j)                                      # each neuron's activation
      z_k: \\sum_{j \\in input(k)} a_j w_{j \\rightarrow k}   # a neuron's input: the layer before, weighted
      path(j): \\{k \\mid j \\in input(k)\\}                  # the neurons j feeds: k ∈ path(j) iff j ∈ input(k)

Then, in a chain holding a sum over one of these sets, the sum's index and the set's parameter are neurons of
two adjacent layers. The layer after is the front matter's z, defined in that chain by the wiring; the layer
before has names of its own: z, and each defined name of one neuron of z (a_j = σ(z_j), δ_j = ∂L/∂z_j), get a
copy there. Derivatives then go through the wiring. Both layers have the file's length n.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sympy import Basic, Derivative, Expr, Indexed, IndexedBase, KroneckerDelta, Mul, Pow, Sum, Symbol

from derive.errors import InputError
from derive.model.notation import Definition, expand_definitions, rename_bound_apart
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.index_sets import set_name
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import Defined, Names, display_name, merge_words

_CONVERSE_KEY = re.compile(r"([A-Za-z]{2,12})\(([A-Za-z])\)")
_SET_BUILDER = re.compile(
    r"\\\{\s*([A-Za-z])\s*(?::|\\mid|\|)\s*([A-Za-z])\s*\\in\s*([A-Za-z]{2,12})\s*\(\s*([A-Za-z])\s*\)\s*\\\}"
)
FORM = (
    "network: {a_j: \\sigma(z_j), z_k: \\sum_{j \\in input(k)} a_j w_{j \\rightarrow k}, "
    "path(j): \\{k \\mid j \\in input(k)\\}}"
)


@dataclass(frozen=True)
class NetworkSpec:
    """The front matter's network, as written: the activation, the wiring, and each set named from the other end
    (``path(j): \\{k \\mid j \\in input(k)\\}``) as (that set's word, the wiring's word)."""

    activation: tuple[Entry, Entry]
    wiring: tuple[Entry, Entry]
    converse: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Network:
    """The network as read: the wiring's set (``before``: j ∈ input(k), j in the layer before k's) and the sets
    naming it from the other end (``after``), its membership array, the layer after's vector z, each layered
    name's copy in the layer before, and the definitions in force in a chain over two layers."""

    before: str
    after: frozenset[str]
    membership: IndexedBase
    z: IndexedBase
    earlier: tuple[tuple[IndexedBase, IndexedBase], ...]
    defined: Defined
    statement: str

    def copy_of(self, base: Basic) -> IndexedBase | None:
        """The layer before's copy of a layered name's base, or None for a name of one layer only (ŷ, y, w)."""
        return next((copy for later, copy in self.earlier if later == base), None)


def network_spec(front: FrontMatter) -> NetworkSpec | None:
    """The front matter's ``network`` entries sorted out: one activation, one wiring (the entry holding a sum),
    and any converse sets; anything else is refused, showing the form."""
    if not front.network:
        return None
    activation: list[tuple[Entry, Entry]] = []
    wiring: list[tuple[Entry, Entry]] = []
    converse: list[tuple[str, str]] = []
    for key, value in front.network:
        named = _CONVERSE_KEY.fullmatch(key.text.strip())
        if named is not None:
            built = _SET_BUILDER.fullmatch(value.text.strip())
            if built is None or built.group(1) != built.group(4) or built.group(2) != named.group(2):
                raise InputError(
                    f"line {key.line}: the network's {key.text.strip()} is read as a set named from the other end "
                    f"of the wiring, {named.group(1)}({named.group(2)}): \\{{k \\mid {named.group(2)} \\in input(k)\\}}"
                )
            converse.append((named.group(1), built.group(3)))
        else:
            (wiring if "\\sum" in value.text else activation).append((key, value))
    if len(activation) != 1 or len(wiring) != 1:
        raise InputError(f"line {front.network[0][0].line}: the network needs its activation and its wiring: {FORM}")
    return NetworkSpec(activation[0], wiring[0], tuple(converse))


def with_activation(front: FrontMatter, spec: NetworkSpec | None) -> FrontMatter:
    """The front matter with the network's activation (a_j: σ(z_j)) among its definitions, a name of its own, and
    the function it applies, which nothing defines, among the generic ones (any activation: the page's σ)."""
    if spec is None:
        return front
    _, value = spec.activation
    applied = re.match(r"\s*\\?([A-Za-z]+)\s*(?:\\left)?\s*\(", value.text)
    functions = front.functions
    named = {key.text.lstrip("\\").split("(")[0].strip() for key, _ in front.define}
    named |= {entry.text.lstrip("\\").strip() for entry in front.functions}
    if applied is not None and applied.group(1) not in named:
        functions = (*functions, Entry(applied.group(1), value.line))
    return dataclasses.replace(front, define=(*front.define, spec.activation), functions=functions)


def build_network(spec: NetworkSpec, names: Names) -> Network:
    """Read the wiring z_k = Σ_{j ∈ input(k)} a_j w_{j→k} with the file's names (after its definitions), and
    build the definitions of a chain over two layers (see the module)."""
    from derive.read.declarations import definition_head
    from derive.read.latex_parser import read_expression

    key, value = spec.wiring
    name, index, params = definition_head(key)
    if params is not None or index is None or name not in names.vectors or index not in names.indices:
        raise InputError(f"line {key.line}: the network's wiring defines one neuron's input, a vector entry: {FORM}")
    z, k = names.vectors[name], names.indices[index]
    tokens = merge_words(tokenize(value.text, value.line), names.words)
    body, _ = read_expression(tokens, names, value.line)
    sets = {base: word for word, base in names.sets.items()}
    wires = []
    if isinstance(body, Sum) and len(body.limits) == 1:
        j = body.limits[0][0]
        wires = [f for f in Mul.make_args(body.function)
                 if isinstance(f, Indexed) and f.base in sets and f.indices == (k, j)]  # fmt: skip
    if len(wires) != 1:
        raise InputError(f"line {value.line}: the network's wiring is one sum over a set of {index}: {FORM}")
    before, membership = sets[wires[0].base], wires[0].base
    defined = names.defined
    assert defined is not None
    layered = [d for d in defined.definitions if _of_one_neuron(d, z)]
    earlier = ((z, _copy(z)), *((d.name, _copy(d.name)) for d in layered if isinstance(d.name, IndexedBase)))
    copies = dict(earlier)
    placed = {e.base for e in body.atoms(Indexed) if e.base in copies and e.indices != (j,)}
    if placed:
        raise InputError(f"line {value.line}: the network's wiring holds {display_name(str(placed.pop()))} at "
                         f"another index than its sum's: {FORM}")  # fmt: skip
    wiring = Definition(z, body.xreplace(copies), k)
    before_layer = [dataclasses.replace(d, name=copies[d.name], body=d.body.xreplace(copies))
                    for d in layered]  # fmt: skip
    others = [d for d in defined.definitions if d not in layered]
    plain = [*others, *before_layer, wiring]
    after_layer = [dataclasses.replace(d, body=_held(d.body, [*plain, *layered], z)) for d in layered]
    after = [word for word, of in spec.converse if of == before]
    summed = str(body.limits[0][0])
    over = " or ".join([f"{summed} \\in {before}({index})", *(f"{index} \\in {word}({summed})" for word in after)])
    statement = (
        f"read as a network (front matter): a chain with a sum over {over} is over two adjacent layers of "
        f"{names.length_name} neurons each, {summed} in the layer before, {index} in the layer after, where "
        f"{display_name(name)}_{index} = {value.text.strip()}; there "
        + ", ".join(f"{_shown(b)}_{summed}" for b, _ in earlier)
        + " of the layer before are written "
        + ", ".join(f"{c.label}_{summed}" for _, c in earlier)
    )
    chain = Defined((*plain, *after_layer), defined.nonzero)
    return Network(before, frozenset(after), membership, z, earlier, chain, statement)


def _shown(base: IndexedBase) -> str:
    """A name as the page writes it: δ is the page's error signal here, not a Kronecker delta."""
    return "\\delta" if str(base.label) == "delta" else display_name(str(base.label))


def _of_one_neuron(definition: Definition, z: IndexedBase) -> bool:
    """Whether a definition is of one neuron of z: it uses z, at its own index only (a_j = σ(z_j), δ_j = ∂L/∂z_j;
    not ŷ_o = e^{z_o}/Σ_k e^{z_k}, of the whole layer)."""
    if definition.index is None:
        return False
    used = [e for e in definition.body.atoms(Indexed) if e.base == z]
    return bool(used) and all(e.indices == (definition.index,) for e in used)


def _copy(base: IndexedBase) -> IndexedBase:
    """A layered name's copy in the layer before: its name with 'prev', its assumptions."""
    return IndexedBase(f"{base.label}prev", **base.assumptions0)


def _held(body: Basic, definitions: list[Definition], z: IndexedBase) -> Basic:
    """A body with each ∂X/∂z_i (z of the layer after, defined by the wiring there) read as the page's ∂A/∂B by a
    defined B: X written down to z, differentiated with z held (``latex_calculus.held_derivative``)."""
    bare = [d for d in definitions if d.name != z and not (isinstance(d.body, Basic) and d.body.has(Derivative))]

    def held(node: Derivative) -> Basic:
        (variable,) = node.variables
        written = rename_bound_apart(expand_definitions(node.expr, bare), variable.free_symbols)
        return Derivative(written, variable).doit(deep=False)

    by_z = [d for d in body.atoms(Derivative) if any(isinstance(v, Indexed) and v.base == z for v in d.variables)]
    return body.xreplace({d: held(d) for d in by_z})


def layered_index(tokens: list[Token], names: Names) -> Symbol | None:
    """The index of the layer before in a chain, from its sums over the network's sets: the summed index of
    Σ_{j ∈ input(o)}, the parameter of Σ_{k ∈ path(j)}; None when it holds no such sum (or the file no network)."""
    network = names.network
    if network is None:
        return None
    found: set[str] = set()
    for at, token in enumerate(tokens[:-3]):
        if not (token.kind == "command" and token.value == "sum" and tokens[at + 1].kind == "_"):
            continue
        if tokens[at + 2].kind != "{":
            continue
        end = next((m for m in range(at + 3, len(tokens)) if tokens[m].kind == "}"), len(tokens))
        inner = tokens[at + 3 : end]
        if len(inner) < 3 or inner[0].kind != "letter" or inner[1].kind != "command" or inner[1].value != "in":
            continue
        named = set_name(inner[2:])
        if named is not None and named[0] == network.before:
            found.add(inner[0].value)
        elif named is not None and named[0] in network.after:
            found.add(named[1].value)
    if len(found) > 1:
        raise InputError(
            f"line {tokens[0].line}: sums over the network's sets put {', '.join(sorted(found))} in the layer before: "
            "a chain over more than two layers is not read"
        )
    return names.indices.get(found.pop()) if found else None


@contextmanager
def two_layers(names: Names, index: Symbol | None) -> Iterator[None]:
    """Read a chain over two layers, ``index`` in the layer before (nothing changes for None): the network's
    definitions in force, z of the layer after defined, each layered name at ``index`` its copy."""
    network = names.network
    if index is None or network is None:
        yield
        return
    saved = (names.defined, dict(names.vectors), dict(names.defined_vectors), names.layer)
    names.defined, names.layer = network.defined, index
    names.defined_vectors[str(network.z.label)] = network.z
    for later, copy in network.earlier:
        (names.vectors if later == network.z else names.defined_vectors)[f"{later.label}⁻"] = copy
    try:
        yield
    finally:
        names.defined, names.vectors, names.defined_vectors, names.layer = saved


def layer_entry(names: Names, base: IndexedBase, index: Basic) -> Indexed:
    """An entry of a vector as a chain over two layers reads it: a layered name at the layer before's index is
    its copy there; any other entry is as written."""
    network = names.network
    if names.layer is None or network is None or index != names.layer:
        return Indexed(base, index)
    copy = network.copy_of(base)
    return Indexed(base if copy is None else copy, index)


def wired_summand(names: Names, entry: Indexed, body: Expr) -> Expr:
    """The summand of a sum over a set: its membership entry times ``body``. An entry is 0 or 1, its own square;
    over two layers, Σ_{p=1}^{n} δ_pj f(p) in ``body`` is f(j) first (j the layer before's), so that the entry that
    ∂z_k/∂a_j = [j ∈ input(k)] w_{j→k} holds meets the sum's own."""
    if names.layer is not None:
        body = body.replace(lambda e: isinstance(e, Sum), lambda e: _collapsed(e, names))
    return (entry * body).replace(
        lambda e: isinstance(e, Pow) and e.base == entry and e.exp.is_Integer and e.exp > 1, lambda e: entry
    )


def _collapsed(node: Sum, names: Names) -> Expr:
    """Σ_{p=1}^{n} δ_pj f(p) = f(j) for j the layer before's index (a neuron there: in 1..n)."""
    if len(node.limits) != 1 or node.limits[0][1:] != (1, names.n):
        return node
    variable = node.limits[0][0]
    factors = Mul.make_args(node.function)
    deltas = [f for f in factors if isinstance(f, KroneckerDelta) and variable in f.args]
    if len(deltas) != 1:
        return node
    (other,) = [a for a in deltas[0].args if a != variable] or [variable]
    if other != names.layer:
        return node
    rest = Mul(*(f for f in factors if f is not deltas[0]))
    return rest.xreplace({variable: other})


def refuse_whole_layer(names: Names, base: IndexedBase, line: int) -> None:
    """A layered name written whole (z) in a chain over two layers: of which layer is not said."""
    network = names.network
    if names.layer is not None and network is not None and network.copy_of(base) is not None:
        shown = display_name(str(base.label))
        raise InputError(f"line {line}: {shown} written whole in a chain over two layers: of which layer? write its "
                         f"entries, {shown}_{names.layer}")  # fmt: skip


__all__ = [
    "Network",
    "NetworkSpec",
    "build_network",
    "layer_entry",
    "layered_index",
    "network_spec",
    "refuse_whole_layer",
    "two_layers",
    "wired_summand",
    "with_activation",
]
