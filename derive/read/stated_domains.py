"""Domains as people state them in the front matter: ``y_i \\in [0, 1]``, ``0 \\le y_i \\le 1``, ``T > 0``,
``\\epsilon \\in (0, 1)``, ``y \\in \\{0, 1\\}^n``.

Each becomes an ``Assumption`` of kind "domain" whose relation is ``Contains(x, SET)``: x a declared scalar, or
an entry of a declared vector at a free index (every entry) or at a number (that entry); SET an interval with
number endpoints (``\\infty`` allowed) or a finite set of numbers. Counterexamples and sampled points are drawn
inside it (``derive.check.domains``). Anything else is refused with the forms it could take.
"""

from __future__ import annotations

from sympy import Basic, Expr, FiniteSet, Indexed, IndexedBase, Interval, Symbol, Union, oo
from sympy.core.facts import InconsistentAssumptions
from sympy.sets import Contains

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.model.set_facts import implied_facts
from derive.read.frontmatter import Entry
from derive.read.latex_lexer import Token, tokenize
from derive.read.latex_parser import read_expression
from derive.read.names import Names
from derive.read.rows import at_top

#: Inequalities: the command (or symbol) and whether it is strict.
LESS = {"<": True, "le": False, "leq": False, "leqslant": False}
GREATER = {">": True, "ge": False, "geq": False, "geqslant": False}
FORMS = "y_i \\in [0, 1], 0 \\le y_i \\le 1, T > 0, x \\neq 0, y \\in \\{0, 1\\}^n"


def _key(token: Token) -> str:
    return token.value if token.kind == "command" else token.kind


def _number(tokens: list[Token], names: Names, entry: Entry) -> Expr:
    """An endpoint: a number, or ±\\infty."""
    keys = [_key(t) for t in tokens]
    if keys in (["infty"], ["+", "infty"]):
        return oo
    if keys == ["-", "infty"]:
        return -oo
    value, _ = read_expression(tokens, names, entry.line)
    if not isinstance(value, Expr) or not value.is_number or not value.is_real:  # W = W^\\top: a matrix, no bound
        raise InputError(f"line {entry.line}: a domain's bounds must be numbers, in {entry.text!r}")
    return value


def _element(tokens: list[Token], names: Names, entry: Entry) -> Basic:
    """What the domain is about: a declared or defined scalar, a vector's or an array's entry, or a vector (every
    entry). A defined scalar's domain holds of what it is made of: the checker writes its definition in."""
    if len(tokens) == 1 and tokens[0].kind in ("letter", "command") and tokens[0].value in names.vectors:
        return Indexed(names.vectors[tokens[0].value], Symbol("i", integer=True))
    value, _ = read_expression(tokens, names, entry.line)
    scalar = isinstance(value, Symbol) and value in names.scalars.values()
    bases = {*names.vectors.values(), *names.arrays.values(), *names.defined_vectors.values()}  # z_i := w_i x_i + b
    entry_of = isinstance(value, Indexed) and value.base in bases
    defined = isinstance(value, Symbol) and value in names.defined_scalars.values()  # "Assume $a > 0$." with
    if not (scalar or entry_of or defined):  # a = wx + b: a condition on its inputs (``derive.check.claim``)
        raise InputError(
            f"line {entry.line}: a domain is about a scalar, or a vector's or an array's entry, in {entry.text!r}"
        )
    return value


def _set(tokens: list[Token], names: Names, entry: Entry) -> Basic:
    """``[a, b]``, ``(a, b)``, ``[a, b)``, ``(a, b]``, or ``\\{a, b, …\\}`` (with ``^n`` for every entry)."""
    if tokens and _key(tokens[0]) == "{" and tokens[0].kind == "command":
        close = next((at for at, t in enumerate(tokens) if t.kind == "command" and t.value == "}"), None)
        rest = tokens[close + 1 :] if close is not None else []
        if close is None or (rest and _key(rest[0]) != "^"):
            raise InputError(f"line {entry.line}: cannot read the set in {entry.text!r}; write \\{{0, 1\\}}")
        parts = _split_commas(tokens[1:close])
        return FiniteSet(*(_number(part, names, entry) for part in parts))
    if len(tokens) >= 5 and tokens[0].kind in "([" and tokens[-1].kind in ")]":
        parts = _split_commas(tokens[1:-1])
        if len(parts) == 2:
            low, high = (_number(part, names, entry) for part in parts)
            return Interval(low, high, tokens[0].kind == "(", tokens[-1].kind == ")")
    raise InputError(f"line {entry.line}: cannot read the set in {entry.text!r}; write [0, 1], (0, 1) or \\{{0, 1\\}}")


def _split_commas(tokens: list[Token]) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for token, top in at_top(tokens):
        if token.kind == "," and top:
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part]


def stated_domain(entry: Entry, names: Names) -> Assumption | None:
    """The domain ``entry`` states, or None when it states none of these forms (no \\in, <, >, \\le, \\ge)."""
    tokens = tokenize(entry.text, entry.line)
    other = [at for at, (t, top) in enumerate(at_top(tokens)) if top and _key(t) in ("neq", "ne")]
    if len(other) == 1 and 0 < other[0] < len(tokens) - 1:  # x \neq 0 (ln(x^2) of x): every number but that one
        element, value = _element(tokens[: other[0]], names, entry), _number(tokens[other[0] + 1 :], names, entry)
        where = Union(Interval.open(-oo, value), Interval.open(value, oo))
        return Assumption("domain", entry.text, Contains(element, where, evaluate=False), _vector(element))
    cuts = [at for at, (t, top) in enumerate(at_top(tokens)) if top and _key(t) in ("in", *LESS, *GREATER)]
    if not cuts:
        return fixed_value(tokens, names, entry)
    if _key(tokens[cuts[0]]) == "in":
        if len(cuts) != 1:
            raise InputError(f"line {entry.line}: cannot read the assumption {entry.text!r}; write {FORMS}")
        element = _element(tokens[: cuts[0]], names, entry)
        where = _nonempty(_set(tokens[cuts[0] + 1 :], names, entry), entry)
        return Assumption("domain", entry.text, Contains(element, where, evaluate=False), _vector(element))
    pieces = [tokens[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(tokens)], strict=True)]
    relations = [_key(tokens[at]) for at in cuts]
    same_way = all(r in LESS for r in relations) or all(r in GREATER for r in relations)
    if not same_way or len(pieces) > 3 or any(not piece for piece in pieces):
        raise InputError(f"line {entry.line}: cannot read the assumption {entry.text!r}; write {FORMS}")
    if relations[0] in GREATER:  # b > x ≥ a is a ≤ x < b
        pieces = pieces[::-1]
        relations = ["<" if GREATER[r] else "le" for r in relations][::-1]
    strict = [LESS[r] for r in relations]
    if len(pieces) == 3:
        low, element, high = pieces
        bounds = (_number(low, names, entry), _number(high, names, entry), strict[0], strict[1])
    else:
        left, right = pieces
        numeric = _is_number(left, names, entry)
        element, bound = (right, left) if numeric else (left, right)
        value = _number(bound, names, entry)
        bounds = (value, oo, strict[0], True) if numeric else (-oo, value, True, strict[0])
    subject = _element(element, names, entry)
    where = _nonempty(Interval(bounds[0], bounds[1], bounds[2], bounds[3]), entry)
    return Assumption("domain", entry.text, Contains(subject, where, evaluate=False), _vector(subject))


def fixed_value(tokens: list[Token], names: Names, entry: Entry) -> Assumption | None:
    """``x = 1``, a declared scalar (or ``x_1 = 1``, an entry) at one number (a substitution the page states): the
    domain x ∈ {1}; of a defined scalar, a domain of what it is made of ("Let $a = 2$." with a = 1: none, refused by
    ``derive.read.impossible_conditions``). None for any other equation (Σ_i y_i = 1 is a constraint, read
    elsewhere)."""
    cuts = [at for at, (t, top) in enumerate(at_top(tokens)) if top and t.kind == "="]
    if len(cuts) != 1 or not (0 < cuts[0] < len(tokens) - 1):
        return None
    left, right = tokens[: cuts[0]], tokens[cuts[0] + 1 :]
    try:
        number = _number(right, names, entry)
        value, _ = read_expression(left, names, entry.line)
    except InputError:
        return None
    at_number = isinstance(value, Indexed) and value.base in names.vectors.values() and value.indices[0].is_Integer
    scalar = isinstance(value, Symbol) and value in (*names.scalars.values(), *names.defined_scalars.values())
    if not ((at_number or scalar) and number.is_finite):
        return None  # x = 1, or x_1 = 1 of a vector x
    return Assumption("domain", entry.text, Contains(value, FiniteSet(number), evaluate=False))


def _nonempty(where: Basic, entry: Entry) -> Basic:
    """An empty domain makes every claim vacuously true: it is refused, as contradictory assumptions are."""
    if where.is_empty:
        raise InputError(
            f"line {entry.line}: the domain in {entry.text!r} is empty: under it every equation would follow"
        )
    return where


def _is_number(tokens: list[Token], names: Names, entry: Entry) -> bool:
    try:
        _number(tokens, names, entry)
    except InputError:
        return False
    return True


def _vector(element: Basic) -> Basic | None:
    return element.base if isinstance(element, Indexed) else None


def sharpen(names: Names, assumptions: tuple[Assumption, ...]) -> bool:
    """Give each scalar and vector a stated domain covers whole (``T > 0``, ``y_i \\in [0, 1]``) the SymPy
    assumptions it implies, so that the provers use it (e^{o/T} is defined, log T is real); True if any changed.
    The claims are then proven under the stated domains, as counterexamples are already drawn inside them."""
    facts: dict[str, dict[str, bool]] = {}
    for assumption in assumptions:
        if assumption.kind == "domain" and assumption.relation is not None:
            names.in_domains |= {s for s in assumption.relation.free_symbols if isinstance(s, Symbol)}
        if assumption.kind != "domain" or not isinstance(assumption.relation, Contains):
            continue
        subject, where = assumption.relation.args
        if isinstance(subject, Indexed) and all(isinstance(i, Symbol) for i in subject.indices):
            key = str(subject.base.label)  # every entry
        elif isinstance(subject, Symbol):
            key = subject.name
        else:
            continue  # one entry (y_2 \in (0, 1]): its points are drawn inside; the vector stays as it is
        facts.setdefault(key, {}).update(implied_facts(where))
    changed = False
    for key, implied in facts.items():
        if not implied:
            continue
        try:
            if Symbol("probe", real=True, **implied).is_zero:  # x ≤ 0 and x ≥ 0: a symbol that is 0, its
                continue  # domains evaluated away (x ≤ 0 read True); kept as domains, each point drawn inside them
            if key in names.scalars:
                names.scalars[key] = Symbol(key, real=True, **implied)
            elif key in names.vectors:
                names.vectors[key] = IndexedBase(key, real=True, **implied)
            elif key in names.arrays:  # y_{n,i} \\in [0, 1]: every entry of a batch's targets
                names.arrays[key] = IndexedBase(key, real=True, **implied)
            else:
                continue
        except InconsistentAssumptions:
            continue  # contradictory domains: the consistency check caps every verdict
        changed = True
    return changed
