"""Sums as people write them: ``\\sum_{j=1}^{n}``, ``\\sum_{j \\neq i}``, ``\\sum_{j \\in C}``, ``\\sum_j``,
``\\sum`` alone (its index inferred where only one reading exists) and over a named set
(``\\sum_{j \\in input(o)}``), or over the k where a label has a value (``\\sum_{k: y_k = 1}``); ``\\sum_{i,j}`` is a
double sum."""

from __future__ import annotations

from sympy import Eq, Expr, Indexed, Ne, Piecewise, S, Sum, Symbol

from derive.model.notation import SumExcept, used_symbols
from derive.read.example_counts import example_sum
from derive.read.extrema import ExtremumParser
from derive.read.index_ranges import index_range, slot_lengths
from derive.read.index_sets import member, set_name
from derive.read.latex_lexer import Token
from derive.read.latex_parser import ambiguous
from derive.read.names import display_name
from derive.read.network import wired_summand
from derive.read.shapes import Shaped, entrywise
from derive.read.sum_conditions import stacked_conditions


class SumParser(ExtremumParser):
    """The grammar of sums, over the names and functions the parsers before it read."""

    def names_bare_sum(self) -> bool:
        """Whether ``\\sum`` here stands alone for the sum the front matter defines under ``\\sum``: no index, and
        no summand after it (a number over it is its power, as in ``\\sum^2``)."""
        if "sum" not in self.names.defined_scalars or self.at("_"):
            return False
        following = self.peek(1)
        if self.at("^") and (following is None or following.kind != "number"):
            return False
        start = self.position
        self.position += 2 if self.at("^") else 0  # \\sum^2 x_k: a sum, with its bound
        alone = not self.starts_factor()
        self.position = start
        return alone

    def summation(self) -> Expr:
        """``\\sum_{j=1}^{n}``, ``\\sum_{j \\neq i}``, ``\\sum_j``; and as people write it, ``\\sum`` alone or over the
        length (``\\sum_K``, ``\\sum_{k}^{ }``), its index inferred from the summand when only one reading exists."""
        self.split_double_sum()
        if self.at("'"):  # \\sum': "likewise the \\sum'", its variable stated in words only
            raise self.error(
                "\\sum' (a prime on a sum written alone) is the derivative of a sum by a variable the "
                "page states in words only: write it, as in \\frac{\\partial}{\\partial x_i} \\sum_k …"
            )
        if self.names_bare_sum():
            return self.names.defined_scalars["sum"]  # \\sum alone, defined: e_j/\\sum, \\sum^2
        if "sum" in self.names.defined_scalars and not self.at("_") and not self.at("^"):  # \\sum p_i, \\sum defined
            raise self.error(
                "\\sum before a factor, with \\sum defined as the page's sum, can be read two ways: that "
                "sum times the factor (write \\sum \\cdot …), or a sum of it (write its index, \\sum_k …)"
            )
        below = self.subscript_tokens() or None  # \sum_{}^{}: an empty lower limit, as a sum written alone
        stacked = None if below is None else stacked_conditions(below)
        left_out: Token | None = None
        if stacked is not None:  # \sum_{j=1, j \neq i}: the range, then the one value left out
            below, left_out = stacked
        above: Expr | None = None
        if self.at("^"):
            self.next()
            following = self.peek(1)
            if self.at("{") and following is not None and following.kind == "}":
                self.position += 2  # \sum_{k}^{ }: an empty upper limit
            else:
                above = self.last_entry_bound() or self.group_or_token(limit=True)
        lengths = self.names.lengths()
        base = self.lower_bound(below)
        if base == 0:  # \sum_{i=0}^{n-1}: the n entries counted from 0, as code-minded pages count them
            if above is None or above + 1 not in lengths:
                shown = ", ".join(f"{name}-1" for name in lengths.values())
                raise self.error(f"a sum from 0 runs up to a length less 1 ({shown}); found another upper bound")
            above = above + 1
        if above is not None and above not in lengths:
            if below is None and above.is_number:  # \\frac{…}{\\sum^2}: a sum named by its sign, squared
                raise self.error(
                    "\\sum with no index and a number over it: a sum's name, not a sum; write the sum (or define "
                    f"the sum written alone: {_written_alone(below)})"
                )
            shown = ", ".join(lengths.values())
            raise self.error(f"sums run up to a length ({shown}); found another upper bound")
        length = self.names.length_name
        inferred = below is None or (len(below) == 1 and below[0].value == length and length not in self.names.indices)
        if below is not None and len(below) == 3 and below[1].value == "in" and below[2].kind == "letter":
            size = below[2].value
            if size != length and size not in self.names.indices and size not in self.names.sizes:
                raise self.error(  # \sum_{n \in N}: a batch of N examples, N not declared
                    f"a sum over {below[0].value} \\in {size}: {size} is not a length; declare it under sizes "
                    f"({size}: symbolic) for a batch of {size} examples"
                )
        if left_out is None and self.over_examples(below, above):
            return self.example_sum(below[0])  # type: ignore[index]
        variable = None if inferred else self.index_value(below[0])  # type: ignore[index]
        single = self.over_one_example(below)
        self.one_example |= single
        if not inferred and not isinstance(variable, Symbol):
            raise self.error("a sum's index must be a declared index letter")
        rest = [] if inferred else below[1:]  # type: ignore[index]
        named = f"sum{below[0].value}" if below is not None and len(below) == 1 and above is None else None
        if left_out is not None and (inferred or named in self.names.defined_scalars):
            raise self.error("a sum that leaves out a value needs its own index: \\sum_{j=1, j \\neq i}")
        excluded = None if left_out is None else self.index_value(left_out)
        if excluded is not None and excluded == variable:
            raise self.error(
                f"the sum leaves out its own index ({variable} \\neq {variable}): name the excluded index apart"
            )

        def total(summand: Expr, limits: tuple[Expr, Expr, Expr]) -> Expr:
            return Sum(summand, limits) if excluded is None else SumExcept(summand, limits, excluded)

        if named in self.names.defined_scalars and not self.starts_factor():
            return self.names.defined_scalars[named]  # \\sum_K standing for a sum the front matter defines
        sign = -1 if self.at("-") and bool(self.next()) else 1
        if not self.starts_factor():
            raise self.error(f"a sum needs a summand (or define the sum written alone: {_written_alone(below)})")
        try:
            body = self.term() * sign
        finally:
            self.one_example -= single
        whole = body if isinstance(body, Shaped) else None  # Σ_k ∂ŷ/∂z_k … of ŷ written whole: entry by entry
        if whole is not None:
            body = whole.entry
        if variable is None and body == 0 and whole is None:  # Σ e^{x_d} · 0: 0 however far the sum reaches
            return S.Zero
        if variable is None:
            variable = self.inferred_index(body)
        if variable in self.names.fixed:
            holder = self.names.fixed[variable]
            raise self.error(
                f"a sum over {variable} reads two ways: {variable} is the page's fixed index (the free index "
                f"{variable} of the definition of {holder}), so the sum runs over the {variable} of {holder} too, or "
                f"leaves {holder} at the page's {variable}; give the sum an index of its own"
            )
        self.refuse_contested(body, variable)
        if above is not None and above != self.names.n:
            self.learn_lengths(body, variable, above)
        upper = index_range(variable, [body], self.names, self.line)  # the length of the slots it stands in
        if above is not None and above != upper and variable in slot_lengths([body], self.names):
            self.contest(body, variable, lengths[above])
            raise self.error(
                f"the sum over {variable} runs up to {lengths[above]}, but {variable} stands in slots of length "
                f"{lengths.get(upper, str(upper))}"
            )
        upper = above if above is not None else upper
        if not rest:
            return entrywise(whole, total(body, (variable, 1, upper)))
        relation = rest[0]
        if base is not None:  # from 1, or from 0 with every entry counted from 0: the same n entries
            return entrywise(whole, total(body, (variable, 1, upper)))
        if relation.kind == "command" and relation.value == "in":
            named_set = set_name(rest[1:])
            if named_set is not None and excluded is None:  # \sum_{j \in input(o)}: any subset of 1..n, never all of it
                return entrywise(whole, self.over_set(body, variable, upper, *named_set))
            length = self.names.length_name
            by_name = {name: value for value, name in lengths.items()}
            if len(rest) == 2:  # \\sum_{j \\in S}: every index up to a count S, or over a set S?
                self.over_count(variable, rest[1].value)
            if len(rest) == 2 and rest[1].value in by_name and rest[1].value not in self.names.indices:
                over = by_name[rest[1].value]  # \\sum_{i \\in C}: the C classes; \\sum_{n \\in N}: the N examples
                if variable in slot_lengths([body], self.names) and over != upper:
                    raise self.error(f"the sum over {variable} in {rest[1].value}: {variable} stands in other slots")
                if over == 1 and variable not in body.free_symbols and excluded is None:
                    return entrywise(whole, body)  # \sum_{n \in N} with N: 1: the page's one example
                return entrywise(whole, total(body, (variable, 1, over)))
            raise self.error(
                f"a sum over {variable} in a set: derive reads sums over 1..{length} "
                f"(write \\sum_{{{variable}=1}}^{{{length}}})"
            )
        if relation.kind == ":" or (relation.kind == "command" and relation.value in ("colon", "mid")):
            return entrywise(whole, Sum(self.where_holds(body, variable, rest[1:]), (variable, 1, upper)))
        if relation.kind == "=" and len(rest) == 2 and rest[1].kind == "letter" and above is None:
            return entrywise(whole, self.single_term(body, variable, rest[1], below[0]))  # type: ignore[index]
        raise self.error("a sum's subscript must be j, j=1, j \\neq i, j \\in n or k: y_k = 1")

    def single_term(self, body: Expr, variable: Symbol, at: Token, written: Token) -> Expr:
        """``\\sum_{j=i} y_j … - \\sum_{j \\neq i} y_j …`` (A-01's split of a sum at i = j): beside the sum that leaves
        i out, the term j = i alone; elsewhere it reads two ways, the term j = i or the sum from i to the end."""
        point = self.index_value(at)
        shown = f"\\sum_{{{written.value}={at.value}}}"
        if not isinstance(point, Symbol) or not _leaves_out(self.tokens, written.value, at.value):
            raise ambiguous(written, shown, f"the term {written.value} = {at.value} alone, written beside "
                            f"\\sum_{{{written.value} \\neq {at.value}}}", f"the sum from {at.value} on, written "
                            f"with its upper bound")  # fmt: skip
        return body.xreplace({variable: point})

    def over_count(self, variable: Expr, letter: str) -> None:
        """Refuses ``\\sum_{j \\in S}`` where S may be a set of indices: one the page calls a set, or one it never
        writes or calls a number (``derive.read.prose_sets``)."""
        called = self.names.prose_sets.get(letter)
        if called is not None:
            raise self.error(
                f"a sum over {variable} \\in {letter}, which line {called} calls or writes as a set: derive reads "
                "a sum over every index up to a count, and over a subset an identity of them all may fail; write the "
                "sum over its range with what leaves the others out"
            )
        if letter not in self.names.counts and letter in self.names.lengths().values():
            raise self.error(
                f"a sum over {variable} \\in {letter} can be read two ways: over every index up to the number "
                f'{letter}, or over a set {letter} of them; say which ("${letter}$ is the number of …", or '
                f"\\sum_{{{variable}=1}}^{{{letter}}}), or give its size (sizes: {{{letter}: symbolic}})"
            )

    def where_holds(self, body: Expr, variable: Symbol, condition: list[Token]) -> Expr:
        """The summand of ``\\sum_{k: y_k = 1}``, the sum over the k where the condition holds: the body where it
        holds, 0 elsewhere (Σ_k [y_k = 1] · …); the condition must set the entry at the sum's own index."""
        relation = self.value_condition(condition) if condition else None
        if not (
            isinstance(relation, (Eq, Ne)) and isinstance(relation.lhs, Indexed) and relation.lhs.indices == (variable,)
        ):
            raise self.error(
                f"a sum over the {variable} where a condition holds reads an entry at its index set to a number "
                f"({variable}: y_{variable} = 1)"
            )
        return Piecewise((body, relation), (S.Zero, True))

    def over_examples(self, below: list[Token] | None, above: Expr | None) -> bool:
        """Whether ``\\sum_x`` runs over the training examples: its letter names a vector of the page (the input
        x), no index, and the sum has no bounds (Nielsen's "the sum is over all training inputs, x")."""
        if below is None or len(below) != 1 or above is not None or below[0].kind != "letter":
            return False
        letter = below[0].value
        return letter in self.names.vectors and letter not in self.names.indices and letter != self.names.length_name

    def example_sum(self, letter: Token) -> Expr:
        """``\\sum_x F`` over the examples: N_x · F, each example alike (``derive.read.example_sums``)."""
        if not self.starts_factor():
            raise self.error("a sum needs a summand")
        body = self.term()
        if isinstance(body, Shaped) or not body.free_symbols:
            raise self.error(f"a sum over the examples {letter.value} of what does not change with the example "
                             "counts them; derive does not know how many there are")  # fmt: skip
        self.names.example_sums.setdefault(letter.value, letter.line)
        return example_sum(body, letter.value)

    def split_double_sum(self) -> None:
        """``\\sum_{i,j}`` or ``\\sum_{ij}``, two indices of the page and no bounds: the double sum, as
        ``\\sum_{i} \\sum_{j}`` reads (each index over the slots it stands in)."""
        ahead = [self.peek(k) for k in range(6)]
        shape = "".join("." if t is None else ("L" if t.kind == "letter" else t.kind) for t in ahead)
        if shape.startswith("_{L,L}"):
            first, second, end = ahead[2], ahead[4], 6
        elif shape.startswith("_{LL}"):
            first, second, end = ahead[2], ahead[3], 5
        else:
            return
        closing, following = ahead[end - 1], self.peek(end)
        assert first is not None and second is not None and closing is not None
        indices = self.names.indices
        if first.value == second.value or first.value not in indices or second.value not in indices:
            return
        if following is not None and following.kind == "^":  # \\sum_{i,j}^{n}: left as written (refused)
            return
        at = (second.line, second.start, second.start)
        inner = [Token("command", "sum", *at, " "), Token("_", "_", *at), Token("{", "{", *at), second, closing]
        self.tokens[self.position : self.position + end] = [*ahead[:3], closing, *inner]  # type: ignore[list-item]

    def over_one_example(self, below: list[Token] | None) -> set[str]:
        """The index of ``\\sum_{n \\in N}`` when the front matter gives the batch one example (``sizes: {N: 1}``):
        inside the sum, y_{n,i} is the one example's y_i."""
        if below is None or len(below) != 3 or below[1].value != "in" or below[2].kind != "letter":
            return set()
        if self.names.sizes.get(below[2].value) != 1:
            return set()
        self.one_example_sizes[below[0].value] = below[2].value
        return {below[0].value}

    def _learned_in(self, body: Expr, variable: Symbol) -> list[str]:
        """The vectors whose length was learned from a sum (``learn_lengths``) that ``body`` indexes by ``variable``."""
        found = (str(atom.base.label) for atom in body.atoms(Indexed) if atom.indices == (variable,))
        return sorted({name for name in found if name in self.names.learned and "," not in self.names.learned[name]})

    def contest(self, body: Expr, variable: Symbol, other: str) -> None:
        """Mark each vector of ``body`` whose learned length this sum contradicts (Σ_{j=1}^m x_j, then Σ_{j=1}^d
        x_j): the page is read again with its length read two ways (``refuse_contested``)."""
        for name in self._learned_in(body, variable):
            if "|" not in self.names.learned[name]:
                self.names.learned[name] += f"|{other}"

    def refuse_contested(self, body: Expr, variable: Symbol) -> None:
        """Refuse a sum over a vector the page sums up to two lengths: either may be meant by any sum over it, one
        with no bound too (a probe's A = Σ_j x_j, read up to m, proved Σ_{j=1}^m x_j = A on a page summing x to d)."""
        contested = [name for name in self._learned_in(body, variable) if "|" in self.names.learned[name]]
        if contested:
            name = contested[0]
            first, second = self.names.learned[name].split("|")
            raise self.error(
                f"{display_name(name)} is summed up to {first} and up to {second} on this page: its length can be "
                f"read two ways; give it (arrays: {{{name}: [{first}]}}), or give each a letter of its own"
            )

    def learn_lengths(self, body: Expr, variable: Symbol, length: Expr) -> None:
        """The length of each vector the front matter gives none that the summand indexes by the sum's own index:
        the sum's (Σ_{i=1}^{m} (h_i - y_i)^2 gives y m entries), as a reader takes it."""
        names = self.names
        for atom in body.atoms(Indexed):
            name = str(atom.base.label)
            undeclared = name in names.vectors and name in names.undeclared and name not in names.shapes
            if atom.indices == (variable,) and undeclared:
                names.shapes[name] = (length,)
                names.learned[name] = names.lengths()[length]
            inferred = name in names.arrays and name in names.undeclared and len(atom.indices) == 2
            if inferred and variable in atom.indices and (name not in names.shapes or name in names.learned):
                shape = list(names.shapes.get(name, (names.n, names.n)))  # y_{n,i}: Σ_{n=1}^{N} gives its rows N
                slot = atom.indices.index(variable)
                if shape[slot] not in (names.n, length):  # Σ_{i=1}^{C} y_{j,i} and Σ_{i=1}^{K} y_{j,i}: which?
                    raise self.error(
                        f"{display_name(name)}'s slot {slot + 1} is summed up to {names.lengths()[shape[slot]]} and "
                        f"to {names.lengths()[length]}: one slot has one length (give it in arrays: …)"
                    )
                shape[slot] = length
                names.shapes[name] = (shape[0], shape[1])
                names.learned[name] = ",".join(names.lengths()[slot] for slot in shape)

    def last_entry_bound(self) -> Expr | None:
        """``^{d}`` of ``\\sum_{i=0}^{d}``, d the page's last entry (``derive.read.last_entry``): n − 1, consumed."""
        last = self.names.last_entry
        ahead = [self.peek(k) for k in range(3)]
        if last is None or ahead[0] is None:
            return None
        if ahead[0].kind == "letter" and ahead[0].value == last:
            self.position += 1
            return self.names.n - 1
        if [t.kind if t is not None else "" for t in ahead] == ["{", "letter", "}"] and ahead[1].value == last:  # type: ignore[union-attr]
            self.position += 3
            return self.names.n - 1
        return None

    def lower_bound(self, below: list[Token] | None) -> int | None:
        """0 or 1 for a sum written from there (``\\sum_{i=0}``, ``\\sum_{i=1}``), else None. A page whose sums count
        from 0 counts its entries from 0, each the entry 1 later in derive's count from 1: that relabels every
        index alike, so each equation means the same. A page whose sums start at 0 in one place and at 1 in another
        is refused: the same entries counted two ways, or one of the sums off by one."""
        if below is None or len(below) != 3 or below[1].kind != "=" or below[2].value not in ("0", "1"):
            return None
        if below[0].value in self.names.example_labels:  # \\sum_{i=1}^m over the examples: numbered from 1
            return int(below[2].value)
        bases = self.names.bases
        bases.setdefault(int(below[2].value), below[2].line)  # found by the page's scan; this one, if not
        if len(bases) > 1:
            raise ambiguous(
                below[2],
                f"sums from 0 (line {bases[0]}) and from 1 (line {bases[1]}) on one page",
                "each sum over all the entries, counted from 0 in one and from 1 in the other",
                f"one count for the page, a sum from {1 - int(below[2].value)} then leaving out an entry and "
                "reaching past the last (write every sum from the same start)",
            )
        return int(below[2].value)

    def over_set(self, body: Expr, variable: Expr, upper: Expr, word: str, parameter: Token) -> Expr:
        """Σ over a named set: the summand times the membership entry (``derive.read.index_sets``)."""
        if upper != self.names.n or word in self.names.known():
            raise self.error(f"a sum over {variable} in {word}(…): only a set of 1..{self.names.length_name} is read")
        owner = self.index_value(parameter)
        if owner == variable:  # \sum_{j \in path(j)}: the sum would bind its own set's index
            raise self.error(f"the sum over {variable} runs over a set of {variable} itself: name its index apart")
        return Sum(wired_summand(self.names, member(self.names, word, owner, variable), body), (variable, 1, upper))

    def inferred_index(self, body: Expr) -> Symbol:
        """The one index a summand leaves free: what a sum written without its index runs over."""
        free = sorted(used_symbols(body) & set(self.names.indices.values()), key=str)  # ∂e^{x_i}/∂x_k: i and k
        if len(free) > 1:
            free = [v for v in free if v not in self.names.kept_free] or free
        if len(free) == 1:
            return free[0]
        if not free:
            raise self.error("a sum without its index, over a summand with no index: write \\sum_{j=1}^{n}")
        readings = " or ".join(f"\\sum_{{{v}}}" for v in free)
        raise self.error(f"a sum without its index can run over {', '.join(map(str, free))}: write {readings}")


def _written_alone(below: list[Token] | None) -> str:
    """The front matter that defines a sum written alone: ``\\sum: \\sum_k …`` for ``\\sum``, else
    ``\\sum_K: \\sum_{j=1}^{K} …``."""
    return "define: {\\sum: \\sum_k …}" if below is None else "\\sum_K: \\sum_{j=1}^{K} …"


def _leaves_out(tokens: list[Token], variable: str, point: str) -> bool:
    """Whether ``tokens`` write ``\\sum_{variable \\neq point}``, the sum that leaves ``point`` out."""
    kinds = [(t.kind, t.value) for t in tokens]
    shape = [("command", "sum"), ("_", "_"), ("{", "{"), ("letter", variable)]
    return any(
        kinds[at : at + 4] == shape
        and kinds[at + 4] in (("command", "neq"), ("command", "ne"))
        and kinds[at + 5] == ("letter", point)
        for at in range(len(kinds) - 5)
    )
