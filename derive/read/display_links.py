"""The links of one display: its rows as equality chains (``derive.read.rows``), each side parsed by TeX's rules
(``derive.read.latex_parser``), each chain with its case, and a display that starts with '=' going on from the one
before it (or, under a case of its own, from the display its case branches from)."""

from __future__ import annotations

import dataclasses

from sympy import Basic, Expr, MatrixBase, S
from sympy.core.sympify import SympifyError

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.model.generic import at_points
from derive.model.notation import used_symbols
from derive.read.bare_functions import with_arguments
from derive.read.basis_vectors import refuse_lonely
from derive.read.bold_entries import refuse_bold_entries
from derive.read.capital_runs import refuse_twofold
from derive.read.chain_cases import annotation, entry_case, lead_case, lead_constraints
from derive.read.chain_openings import opened_last
from derive.read.chain_sides import read_side_expression
from derive.read.consequences import follows, given_condition, set_before
from derive.read.entry_labels import refuse_labels
from derive.read.entrywise_arguments import at_one_entry
from derive.read.error_signals import delta_letters, refuse_crossed_errors, refuse_layered_errors
from derive.read.example_totals import refuse_dropped_label
from derive.read.find import Display, Unchecked
from derive.read.implied_premises import implied_starts, premises_as_conditions
from derive.read.index_ranges import link_ranges
from derive.read.index_sets import refuse_network
from derive.read.label_cases import label_domains
from derive.read.latex_lexer import Token, tokenize
from derive.read.leading_cases import two_cases
from derive.read.links import Link, bare, continuing_nothing, opening, source_text, unreadable, widened
from derive.read.macros import Macros
from derive.read.names import Names, merge_words, sigma_as_sum
from derive.read.network import layered_index, two_layers
from derive.read.newton_dots import newton_dots
from derive.read.no_claims import not_a_claim
from derive.read.other_relations import brace_notes, limiting_remark, relation_note
from derive.read.prose import read_prose
from derive.read.rows import (
    IMPLIES,
    Chain,
    at_top,
    chain_sides,
    chains_of,
    has_equality,
    other_relation,
    split_implications,
    strip_markup,
)
from derive.read.script_labels import refuse_unlabelled
from derive.read.set_conditions import condition_link, set_condition
from derive.read.shape_readings import refuse_shape_readings
from derive.read.shapes import NO_MATRIX, NO_MATRIX_SHAPE, Shaped, names_no_matrix, small_lengths, written_out
from derive.read.shapes import uses as uses_length
from derive.read.shapes import zero_beside as zero_and_whole
from derive.read.side_notes import opening_relation, side_note
from derive.read.three_index import at_two, entries_of
from derive.read.trail_constraints import trail_constraints
from derive.read.unread_sides import UnreadSide, past_remarks, unread_sides
from derive.read.value_domains import decided, off_gaps, where_defined


def _goes_on_from(history: list[Link], case: Basic) -> tuple[Link | None, bool]:
    """The link a display that starts with '=' goes on from, and whether it branches: the last link of the display
    just before; but a display under a case ("And if $i \\neq j$,") that follows a display under another case
    ("If $i = j$,") goes on from the display those cases branch from, the last one of the same chain before them
    that states no case (or this one)."""
    if not history:
        return None, False
    latest = history[-1]
    if case == S.true or latest.condition in (S.true, case):
        return latest, False
    for candidate in reversed(history[:-1]):
        if candidate.head != latest.head:
            break
        if candidate.condition in (S.true, case):
            return candidate, True
    return latest, False


def display_links(
    display: Display, names: Names, macros: Macros, history: list[Link], count: int, unchecked: list[Unchecked]
) -> list[Link]:
    """``_display_links`` of a display and, first, of its side note (``derive.read.side_notes``), a chain of its own."""
    try:
        noted = side_note(display, merge_words(macros.expand(tokenize(display.text, display.line)), names.words))
    except InputError:
        return _display_links(display, names, macros, history, count, unchecked)  # refused there, at its line
    if noted.note is None:
        return _display_links(display, names, macros, history, count, unchecked)
    remark = _display_links(noted.note, names, macros, [], count, unchecked)
    main = _display_links(noted.main, names, macros, history, remark[-1].chain if remark else count, unchecked)
    return [*remark, *main]


def _display_links(
    display: Display, names: Names, macros: Macros, history: list[Link], count: int, unchecked: list[Unchecked]
) -> list[Link]:
    """The links of one display's chains, numbered after the ``count`` chains before it; a display that starts with '='
    goes on from the last link of the display just before (``history``; empty when that display gave none), or,
    under a case of its own, from the display its case branches from (``_goes_on_from``). A
    display that holds no equality, or a relation other than '=', goes to ``unchecked``; so does a chain that cannot
    be read ("unreadable: why"), and the rest of the file is still read."""
    if (aside := not_a_claim(display, names)) is not None:  # "… = … ?" asks; "$$i = k$$" states a case
        unchecked.append(aside)
        return []
    try:
        tokens = merge_words(macros.expand(tokenize(display.text, display.line)), names.words)
        refuse_twofold(tokens, names.twofold)  # FL with F a name of the page and L not: one name, or F L?
        refuse_labels(tokens, names.labels)  # p_t beside p_i's definition: p's entry at t, or a value labelled t?
        refuse_unlabelled(tokens, set(names.arrays))  # w_{kj} beside w^{(2)}_{kj}: layer 2's, or w's?
        tokens, layout = strip_markup(sigma_as_sum(tokens, set(names.known())))
        if names.network is None:  # δ_j = … δ_k …: two layers, or one δ?
            refuse_layered_errors(tokens)
            refuse_crossed_errors(tokens, delta_letters(names))
        tokens = with_arguments(read_prose(at_one_entry(tokens, names), names.known()), names)  # h'(a): at a_j
        tokens = newton_dots(tokens, names)  # \\dot{FL}(p): FL'(p) \\dot{p}, the rate as p changes
        relation = opening_relation(tokens)
        if relation is not None:  # "≠ expr": the relation not checked, expr opens a chain
            return [opening(display, tokens[1:], relation, names, count, unchecked)]
        if tokens and tokens[0].kind == "command" and tokens[0].value in IMPLIES and not _equality_at_top(tokens):
            # "⇒ expr" on a display of its own, as blogs write a chain's next step: "= expr"
            shown = "\\" + tokens[0].value  # the '=' it stands for is shown as the page writes it
            tokens = [Token("=", shown, tokens[0].line, tokens[0].start, tokens[0].end), *tokens[1:]]
        starts, tokens = implied_starts(tokens), split_implications(tokens)
        chains = chains_of(tokens, layout) if has_equality(tokens) and other_relation(tokens) is None else []
    except InputError as error:
        unchecked.append(unreadable(error, display.line))
        return []
    note = relation_note(display, tokens)  # x ≤ y, 3 != 3, x \\text{=} y: nothing derive checks
    unchecked += [note] if note is not None else brace_notes(display)  # \\underbrace{x + x}_{= 3x}: listed
    if note is not None:
        return []
    if not has_equality(tokens):
        return bare(display, tokens, names, count, unchecked)  # a loss written alone, then "= …" displays below
    try:
        used, last_step = trail_constraints(display.trail, names, display.line, display.trail_block)  # "… uses $…$"
        stated = lead_constraints(display.lead, names, display.line, display.lead_block, display.trail_block)
        lead = (lead_case(display.lead, names, tokens, display.trail), stated + (() if last_step else used))
    except InputError as error:
        unchecked.append(unreadable(error, display.line))
        return []
    entry = entry_case(lead[0])
    if entry is not None and not any(t.kind == "letter" and t.value == str(entry[0]) for t in tokens):
        why = f"the case {entry[0]} = {entry[1]} stated before this display binds nothing: {entry[0]} is not in its"
        unchecked.append(Unchecked(display.line, f"{why} chain, checked as written", equality=False))
    previous, branches = _goes_on_from(history, lead[0])
    links: list[Link] = []
    narrows = previous is not None and previous.condition == S.true and lead[0] != S.true
    number = count + (1 if branches or narrows else 0)  # under a case of its own: a chain of its own in the report
    if previous is not None and previous.opening and chains and chains[0].continued:
        number = previous.chain  # the chain its opening display opened
    implied: set[int] = set()
    for chain in chains:
        if not chain.continued:
            number += 1
        implied |= {number} if chain.rows and chain.rows[0] and chain.rows[0][0].start in starts else set()
        try:
            if chain.continued and (previous is None or links):
                raise InputError(continuing_nothing(chain.rows[0][0], display, unchecked, bool(links)))
            previous_link = widened(f"{display.lead} ${display.text}$", previous) if chain.continued else None
            links.extend(_chain_links(display, chain, number, names, lead, previous_link, unchecked))
        except InputError as error:
            unchecked.append(unreadable(error, chain.rows[0][0].line if chain.rows[0] else display.line))
        except (TypeError, AttributeError, ValueError, SympifyError) as error:  # a combination not foreseen
            line = chain.rows[0][0].line if chain.rows[0] else display.line
            problem = InputError(f"line {line}: cannot read this chain ({type(error).__name__}): write it by entries")
            unchecked.append(unreadable(problem, line))
    given = given_condition(display, history) or set_before(display, history)  # "This gives", "Setting this to 0"
    premised = premises_as_conditions(links, implied, names, unchecked)  # x^2 = 4x - 4 \Rightarrow x = 2
    if given is not None and premised is links and not any(link.sets is not None for link in links):
        premised = follows(links, given, names, unchecked)  # its own ⇒ premise, if any, before the one above it
    links = premised
    at = next((k for k, link in enumerate(links) if link.sets is not None), len(links))
    if at < len(links) - 1:  # 2x - 2 = 0 \Rightarrow x = 1: the equations after the condition follow from it
        links = [*links[: at + 1], *follows(links[at + 1 :], links[at], names, unchecked)]
    if last_step and links and links[-1].chain == number and not links[-1].ends_unread:  # that link, no other
        links[-1] = dataclasses.replace(links[-1], constraints=tuple(dict.fromkeys((*links[-1].constraints, *used))))
    limited = limiting_remark(display)  # \\text{(off-diagonal)}: a case in words, which a counterexample may break
    return [dataclasses.replace(link, unheld=link.unheld or limited) for link in links] if limited else links


def _read_side(
    display: Display, side: list[Token], names: Names, line: int, previous: Link | None
) -> tuple[Expr, tuple[Expr, ...], str]:
    """A side's expression, what it must not be zero for, and its text; an empty first side is ``previous``'s
    right-hand side (the display goes on from it)."""
    if not side and previous is not None:  # a vector's whole value, not its entry, where the link keeps one
        whole = previous.whole if isinstance(previous.whole, (Shaped, MatrixBase)) else previous.rhs
        return whole, previous.nonzero, previous.rhs_latex
    refuse_dropped_label(display, side, *names.example_totals)  # ∂l/∂w_j beside y: l's whole sum, or one term?
    expr, nonzero = read_side_expression(side, names, line)  # Σ_i a_i + b_i reaching; unread names refused
    return expr, nonzero, source_text(display.text, side)


def _read_sides(
    display: Display, sides: list[list[Token]], names: Names, line: int, previous: Link | None, lenient: bool = False
) -> list[tuple[Expr, tuple[Expr, ...], str] | UnreadSide]:
    """``_read_side`` of each side; the later sides read knowing which indices the chain's first readable side keeps
    free. A side that cannot be read is an ``UnreadSide``, its links not checked and the others still are (two
    readable sides at least, or the chain is refused as a whole). ``lenient``: a later side whose shapes do not fit
    (W_2 (ŷ − y), W_2 n×H) is ``NO_MATRIX``, its why its text's second part, so that its link is refuted by its
    shape."""
    read: list[tuple[Expr, tuple[Expr, ...], str] | UnreadSide] = []
    first: tuple[Expr, tuple[Expr, ...], str] | None = None
    refused: InputError | None = None
    for position, side in enumerate(sides):
        try:
            if first is None:
                first = _read_side(display, side, names, line, previous)
                read.append(first)
                (head,), _ = entries_of([previous.head if previous is not None else first[0]])
                names.kept_free = used_symbols(head) & set(names.indices.values())
                continue
            try:
                read.append(_read_side(display, side, names, line, previous))
            except InputError as error:
                why = names_no_matrix(error, refuting=True)  # ŷ(1 − ŷ), two like vectors: unread, never refuted
                if not lenient or why is None:
                    raise
                read.append((NO_MATRIX, (), f"{source_text(display.text, side)}\n{why}"))
        except InputError as error:
            if names_no_matrix(error, refuting=lenient) is not None or (position == 0 and previous is not None):
                names.kept_free = set()
                raise  # read again with the gradients as rows, or refuted by shape (``_chain_links``)
            refused = refused or error
            read.append(UnreadSide(error, source_text(display.text, side) if side else ""))
    names.kept_free, read = set(), past_remarks(read, sides, display.text)
    if sum(not isinstance(side, UnreadSide) for side in read) < 2 and refused is not None:
        raise refused  # nothing to check: the chain is unreadable as a whole, with its first reason
    return read


def _read_all_sides(
    display: Display, sides: list[list[Token]], names: Names, line: int, previous: Link | None
) -> list[tuple[Expr, tuple[Expr, ...], str] | UnreadSide]:
    """``_read_sides``, again with the gradients as rows where a side names no matrix, and at last leniently."""
    try:
        return _read_sides(display, sides, names, line, previous)
    except InputError as error:
        if names_no_matrix(error) is None:
            raise
    names.gradient_rows = True  # ∂J/∂θ ∂θ/∂b: the chain rule left to right, its gradients rows
    try:
        return _read_sides(display, sides, names, line, previous)
    except InputError as again:
        if names_no_matrix(again) is None:
            raise
        names.gradient_rows = False  # a side that names no matrix either way: its link refuted by shape
        return _read_sides(display, sides, names, line, previous, lenient=True)
    finally:
        names.gradient_rows = False


def _beside_zero(
    display: Display, sides: list[list[Token]], last: bool, names: Names, line: int, previous: Link | None
) -> Expr | None:
    """The side next to a condition's zero, read alone where the chain's other sides could not be: the condition
    the page sets, for the displays that follow from it."""
    try:
        return _read_side(display, sides[-1] if last else sides[0], names, line, previous)[0]
    except InputError:
        return None


def _equality_at_top(tokens: list[Token]) -> bool:
    return any(token.kind == "=" and top for token, top in at_top(tokens))


def _chain_links(
    display: Display,
    chain: Chain,
    number: int,
    names: Names,
    lead: tuple[Basic, tuple[Assumption, ...]],
    previous: Link | None,
    unchecked: list[Unchecked],
) -> list[Link]:
    """The links of one chain; its case is an annotation on its first row (trailing, or in a column of its own),
    else the line before it. A note on a later row must state the same case. A chain that goes on from
    ``previous`` keeps its head, case and constraints."""
    stated_case, stated_constraints = lead
    first, condition, constraints = annotation([*chain.rows[0], *chain.notes[0]], names)
    if previous is not None:
        narrows = previous.condition == S.true and stated_case != S.true  # "If $i = k$," then "= …": that case on
        if (
            condition != S.true
            or constraints
            or stated_constraints
            or not (narrows or stated_case in (S.true, previous.condition))
        ):
            raise InputError(f"line {chain.rows[0][0].line}: a case or constraint on a display that goes on from "
                             "the one before: state it where the chain starts")  # fmt: skip
        condition, constraints = (stated_case if narrows else previous.condition), previous.constraints
    else:
        constraints = constraints or stated_constraints
        if S.true not in (condition, stated_case) and condition != stated_case:  # "If $i = k$:" over (i ≠ k)
            raise InputError(two_cases(chain.rows[0][0].line, stated_case, condition))
        condition = stated_case if condition == S.true else condition
    for row, note in zip(chain.rows[1:], chain.notes[1:], strict=True):
        if note:
            rest, stated, more = annotation(list(note), names)
            if rest or more or stated != condition:
                raise InputError(
                    f"line {row[0].line}: a case on a later row of a chain: state it on the chain's first row"
                )
    sides = chain_sides([*first, *(t for row in chain.rows[1:] for t in row)])  # = A = (to the next display)
    line = chain.rows[0][0].line
    sides, zero = set_condition(display, sides, previous is not None)  # "set … to zero": its = 0 not checked
    if zero is not None:
        unchecked.append(zero.unchecked)
        if len(sides) < 2:  # ∇J = 0 alone: nothing the page claims, but what follows may follow from it
            try:
                lone = [_read_side(display, sides[0], names, line, previous)[0]] if sides else None
            except InputError:
                lone = None
            return [condition_link(zero, lone, number, line)]
    if len(sides) < 2:
        raise InputError(f"line {line}: a chain with no '=': write an equality chain a = b = c")
    if any(not side for side in sides[1 if previous is not None else 0 :]):
        raise InputError(f"line {line}: an empty side in an equality chain")
    layer = layered_index([t for side in sides for t in side], names) or (previous.layer if previous else None)
    with two_layers(names, layer):  # Σ_{k ∈ path(j)}: j and k neurons of adjacent layers
        try:
            raw = _read_all_sides(display, sides, names, line, previous)
        except InputError as error:
            one = lambda side: _read_side(display, side, names, line, None)  # noqa: E731
            alone = zero is None and previous is None and not any(u.line == display.line for u in unchecked)
            if alone and (last := opened_last(sides, one, condition, constraints, number)):
                unchecked.append(unreadable(error, line))  # its last side read alone: what "= …" below goes on from
                return [last]
            if zero is None or (beside := _beside_zero(display, sides, zero.last, names, line, previous)) is None:
                raise
            unchecked.append(dataclasses.replace(unreadable(error, line), part=True))  # ∂ℓ(μ, σ²)/∂μ = … = 0
            return [condition_link(zero, [beside], number, line)]  # the condition still set, for what follows
        definitions = names.defined.definitions if layer is not None and names.defined is not None else ()
    at = [m for m, side in enumerate(raw) if not isinstance(side, UnreadSide)]  # the sides read, where they stand
    read = [side for side in raw if not isinstance(side, UnreadSide)]
    whole = [expr for expr, _, _ in read]
    refuse_lonely(whole, previous is not None)  # e_i beside no whole vector: the basis vector, or an entry of e?
    if names.axes is not None and any(isinstance(e, Shaped) for e in whole):  # a bmatrix beside diag(s) − s sᵀ
        whole = [written_out(e, names.axes) if isinstance(e, MatrixBase) else e for e in whole]
    exprs, shapes = entries_of(whole)
    refuse_bold_entries([text for _, _, text in read], shapes, names, line)  # Σ_i (μ_i − y_i) 𝐱_i: 𝐱_i a number?
    for m, (expr, _, text) in enumerate(read):
        if expr is NO_MATRIX:  # W_2 (ŷ − y): no matrix, whatever the other side is
            text, why = text.split("\n", 1)
            read[m], shapes[m] = (expr, (), text), f"{NO_MATRIX_SHAPE} ({why})"
    refuse_shape_readings([text for _, _, text in read], shapes, names, line)  # ℓ beside ℓ_k = …; (…)_{ij}
    exprs = [
        at_points(decided(expr, constraints, names, line)) for expr in exprs
    ]  # σ'(z_j) at its point; max(0, x) for x > 0
    entry = entry_case(condition)
    if entry is not None:  # "Case 1: $i = 1$.": the chain with i replaced by 1 (a sum's own i is left alone)
        exprs = [expr.subs(*entry) for expr in exprs]
    closed = [where_defined(expr, names, line) for expr in exprs]  # cases that leave x = 0 out: checked without it
    gaps = [(*gap, *label_domains(expr, names)) for expr, gap in closed]  # ℓ_k defined for y_k ∈ {0, 1} only
    exprs = [expr for expr, _ in closed]
    latex = [text for _, _, text in read]
    head, start = (previous.head, previous.position) if previous is not None else (exprs[0], 0)
    refuse_network([head, *exprs], names, line)  # z_o beside Σ_{j ∈ input(o)} z_j: one vector, or a network?
    adjacent = range(1, len(read))  # each read side with the read side before it, across any side not read
    ranges = {k: link_ranges(head, exprs[k - 1 : k + 1], shapes[k - 1 : k + 1], names, line) for k in adjacent}
    point = small_lengths(names.n, list(names.sizes.values()))
    links = [
        Link(
            line=sides[at[k]][0].line if sides[at[k]] else line,
            lhs=off_gaps(exprs[k - 1], (*gaps[k - 1], *gaps[k])),  # |a| ≤ δ is |a| < δ where |a| ≠ δ is assumed
            rhs=off_gaps(exprs[k], (*gaps[k - 1], *gaps[k])),
            lhs_latex=latex[k - 1],
            rhs_latex=latex[k],
            condition=condition,
            constraints=tuple(dict.fromkeys((*constraints, *gaps[k - 1], *gaps[k]))),
            head=head,
            chain=number,
            position=start + at[k],
            nonzero=tuple(dict.fromkeys((*read[k - 1][1], *read[k][1]))),
            ranges=ranges[k],
            shapes=None
            if (shapes[k - 1] == shapes[k] or zero_and_whole(whole[k - 1], whole[k]))
            and NO_MATRIX not in (whole[k - 1], whole[k])
            else ((shapes[k - 1], at_two(whole[k - 1], point)), (shapes[k], at_two(whole[k], point))),
            shape_point=tuple((s, v) for s, v in point.items() if uses_length(s, whole[k - 1], whole[k])),
            layer=layer,
            definitions=definitions,
            whole=whole[k],
        )
        for k in adjacent
    ]
    unchecked.extend(unread_sides(raw, sides, number, start, line))
    if zero is not None:  # the condition last: the displays below may follow from it
        beside = at[-1] == len(raw) - 1 if zero.last else at[0] == 0
        links.append(condition_link(zero, exprs if beside else None, number, line))
    if isinstance(raw[-1], UnreadSide) and links:  # a display below that goes on from this chain goes on from nothing
        links[-1] = dataclasses.replace(links[-1], ends_unread=True)
    return links
