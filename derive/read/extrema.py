"""``\\max(a, b)``, ``\\min(a, b)`` and ``\\mathrm{ReLU}(x)`` (max(0, x)), and conditions on values: ``x > 0`` in
``\\mathbb{1}(x > 0)`` and in ``\\begin{cases}``.

SymPy differentiates Max(0, x) to Heaviside(x), whose value at 0 is ½ by convention: a claim would then be
proven at the kink through that convention. Here the derivative of the largest of several values by one of them
is 1 where it is strictly the largest, 0 where another is strictly larger, and undefined at a tie (a Piecewise
with no branch there), so that a claim is proven only where its sides are defined, and the report says where
(``derive.read.value_cases``).
"""

from __future__ import annotations

from sympy import (
    And,
    Basic,
    Derivative,
    Dummy,
    Eq,
    Expr,
    Function,
    Gt,
    Indexed,
    Lt,
    Max,
    Min,
    Ne,
    Or,
    Piecewise,
    S,
    cancel,
)
from sympy.core.function import ArgumentIndexError
from sympy.core.relational import Relational

from derive.read.conditions import INEQUALITIES, entry_at_number, scalar_at_number
from derive.read.conditions import key as _key
from derive.read.generic_functions import listed, parenthesized_arguments
from derive.read.index_ranges import index_range
from derive.read.known_functions import TYPED_EXTREMA, UPRIGHT, KnownFunctionParser, typed_known
from derive.read.latex_lexer import Token
from derive.read.latex_parser import ambiguous
from derive.read.rows import at_top
from derive.read.shapes import Shaped

#: The commands of the largest and smallest of values.
EXTREMA = frozenset({("command", "max"), ("command", "min")})


class Maximum(Function):
    """max(a, b, …): SymPy's Max where every argument is a number; differentiated by one argument it is 1 where
    that argument is strictly the largest, 0 where another is strictly larger, and undefined at a tie (SymPy's
    Max gives Heaviside, ½ at the tie by convention). A function of its own, not a subclass of Max, whose
    simplifications name Max and Min by class."""

    is_real = True
    largest = True

    @classmethod
    def eval(cls, *args: Expr) -> Expr | None:
        if len(args) < 2:
            raise TypeError("the largest or smallest of fewer than two values")
        if all(arg.is_number for arg in args):
            return Max(*args) if cls.largest else Min(*args)
        return None

    def fdiff(self, argindex: int = 1) -> Expr:
        if not 1 <= argindex <= len(self.args):
            raise ArgumentIndexError(self, argindex)
        this = self.args[argindex - 1]
        others = [arg for at, arg in enumerate(self.args) if at != argindex - 1]
        above, below = (Gt, Lt) if self.largest else (Lt, Gt)
        larger, smaller = And(*(above(this, o) for o in others)), Or(*(below(this, o) for o in others))
        return Piecewise((S.One, larger), (S.Zero, smaller))

    def _eval_rewrite_as_Piecewise(self, *args: Expr, **hints: object) -> Expr:
        return (Max if self.largest else Min)(*args).rewrite(Piecewise)


class Minimum(Maximum):
    """min(a, b, …), differentiated as ``Maximum`` is: undefined at a tie."""

    largest = False


class Largest(Function):
    """max_j z_j (``largest`` 1) or min_j z_j (0): the largest (smallest) entry of the vector z of length n, a number
    that depends on no free index. At a concrete n it is max(z_1, …, z_n). It is not differentiated: its
    derivative is an indicator of which entry is largest, which derive does not take (the reader refuses it)."""

    is_real = True

    @classmethod
    def eval(cls, base: Expr, length: Expr, largest: Expr) -> Expr | None:
        if length.is_Integer and length >= 1:
            entries = [base[at] for at in range(1, int(length) + 1)]
            if len(entries) == 1:
                return entries[0]
            return (Maximum if largest == 1 else Minimum)(*entries)
        return None

    def _eval_derivative(self, variable: Expr) -> Expr:
        return Derivative(self, variable, evaluate=False)


class ExtremumParser(KnownFunctionParser):
    """Reads ``\\max(a, b)``, ``\\min(a, b)`` and conditions on values."""

    def starts_factor(self) -> bool:
        """``\\max`` and ``\\min`` start a factor, as ``\\log`` does (2\\max(0, x))."""
        token = self.peek()
        return super().starts_factor() or (token is not None and (token.kind, token.value) in EXTREMA)

    def extremum(self, token: Token) -> Expr:
        """``\\max(a, b, …)`` or ``\\min(a, b, …)`` of numbers; ``\\max`` with no argument list reads two ways."""
        word = token.value
        if self.at("_"):
            return self.over_entries(token)
        left = self.at("command", "left")
        if left:
            self.next()
        if self.at("command", "{"):  # \\max\\{0, 1 - y z\\}: the largest of a set listed, as \\max(0, 1 - y z)
            arguments = listed(self, left, ("command", "}"))
        elif not self.at("("):
            most = "largest" if word == "max" else "smallest"
            values = f"the {most} of values listed in parentheses, \\{word}(a, b)"
            over = f"the {word}imum over a variable of what follows, \\{word}_x f(x)"
            raise ambiguous(token, f"\\{word} with no argument list", values, over)
        else:
            arguments = parenthesized_arguments(self, left, f"\\{word}", token.line)
        if len(arguments) < 2:
            raise self.error(f"\\{word} of one value: write \\{word}(a, b) of two or more values")
        if any(isinstance(argument, Shaped) or not isinstance(argument, Expr) for argument in arguments):
            raise self.error(f"\\{word} of a whole vector or matrix: write it of numbers, \\{word}(0, z_j)")
        return (Maximum if word == "max" else Minimum)(*arguments)

    def upright_relu(self, token: Token) -> bool:
        """Whether ``\\mathrm{ReLU}`` (or ``\\operatorname``, ``\\text``) stands at ``token``; if so, the cursor
        moves past it."""
        group = self.tokens[self.position : self.position + 6]
        word = "".join(t.value for t in group[1:5]) if len(group) == 6 else ""
        shown = token.kind == "command" and token.value in UPRIGHT and group[:1] and group[0].kind == "{"
        if not (shown and word == "ReLU" and group[5].kind == "}" and all(t.kind == "letter" for t in group[1:5])):
            return False
        self.position += 6
        return True

    def over_entries(self, token: Token) -> Expr:
        """``\\max_j z_j``: the largest entry of the vector z (``\\min_j``: the smallest), a number of no free index."""
        word = token.value
        subscript = self.subscript_tokens()
        if subscript is None or len(subscript) != 1 or subscript[0].kind != "letter":
            raise self.error(f"\\{word}_… over anything but one index: write \\{word}_j z_j")
        letter = subscript[0].value
        index = self.names.indices.get(letter)
        body = self.primary()
        if index is None or not (isinstance(body, Indexed) and body.indices == (index,)):
            raise self.error(
                f"\\{word}_{letter} of anything but an entry {letter} of a vector (z_{letter}) is not read yet"
            )
        upper = index_range(index, [body], self.names, token.line)
        return Largest(body.base, upper, S.One if word == "max" else S.Zero)

    def typed_extremum(self, token: Token) -> Expr | None:
        """``max(0, z)``, ``min(a, b)``, ``ReLU(z)``, ``relu(z)`` typed as letters right before their parentheses
        (as U-18 writes them), read as ``\\max``, ``\\min`` and ReLU, where some letter of the word has no value of
        its own on the page, as softmax typed is; where every one has, both readings are named. Else None."""
        length = typed_known([token, *self.tokens[self.position :]], 0)
        word = "".join(t.value for t in [token, *self.tokens[self.position : self.position + length - 1]])
        glued = self.position >= 2 and self.tokens[self.position - 2].kind == "letter" and token.gap == ""
        if not length or word not in TYPED_EXTREMA or glued:  # argmax(…): no max after a·r·g (probe s54's F9)
            return None
        valued = self.valued_letters(word)
        if len(valued) == len(set(word)):  # every letter a name: the product is a reading too
            shown = f"{word} typed as letters ({', '.join(valued)} a name of the page)"
            raise ambiguous(token, shown, f"the function {word}, written \\operatorname{{{word}}}", "a product")
        self.position += length - 1
        if word.lower() == "relu":
            return self.relu(token)
        return self.extremum(Token("command", word, token.line, token.start, token.end))

    def relu(self, token: Token) -> Expr:
        """ReLU(x) = max(0, x), its standard definition."""
        left = self.at("command", "left")
        if left:
            self.next()
        arguments = parenthesized_arguments(self, left, "ReLU", token.line)
        if len(arguments) != 1 or isinstance(arguments[0], Shaped):
            raise self.error("ReLU takes one number: write ReLU(z_j), entry by entry")
        return Maximum(S.Zero, arguments[0])

    def value_condition(self, tokens: list[Token]) -> Basic:
        """A condition on values, ``x > 0``, ``0 < x \\le 1``, ``y w^\\top x < 1``: a SymPy relation (an And for
        two), both sides numbers that hold no free index (a case on indices is ``index_condition``'s)."""
        if scalar_at_number(tokens, self.names.scalars):  # y = 1, y \\neq 1: a label at a value
            value = self.sub(tokens[2:]).parse()
            assert isinstance(value, Expr)
            relation = Eq if tokens[1].kind == "=" else Ne
            return relation(self.names.scalars[tokens[0].value], value)
        at = entry_at_number(tokens, self.names.vectors)
        if at:  # y_k = 1: an entry of a label vector at a value
            entry, value = self.sub(tokens[:at]).parse(), self.sub(tokens[at + 1 :]).parse()
            if not isinstance(entry, Indexed) or not isinstance(value, Expr):
                raise self.error("a case on an entry's value must name one entry, y_k = 1")
            return (Eq if tokens[at].kind == "=" else Ne)(entry, value)
        cuts = [at for at, (t, top) in enumerate(at_top(tokens)) if top and _key(t) in INEQUALITIES]
        pieces = [tokens[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(tokens)], strict=True)]
        if not cuts or len(cuts) > 2 or any(not piece for piece in pieces):
            shown = " ".join(t.describe() for t in tokens)[:40]
            raise self.error(f"cannot read the condition {shown!r}: write one inequality, x > 0, or 0 < x < 1")
        values = [self.sub(piece).parse() for piece in pieces]
        indices = set(self.names.indices.values())
        for value in values:
            if isinstance(value, Shaped) or not isinstance(value, Expr):
                raise self.error("a condition on a whole vector or matrix: state it of numbers")
            if value.free_symbols & indices:
                raise self.error("a condition on values that holds an index: state it of numbers, x > 0")
        relations = [INEQUALITIES[_key(tokens[at])](a, b) for at, a, b in zip(cuts, values, values[1:], strict=False)]
        for relation in relations:
            if relation in (S.true, S.false):
                raise self.error("a condition with no variable in it: it is always true or always false")
        return And(*relations)

    def value_indicator(self, tokens: list[Token]) -> Expr:
        """𝟙(x > 0): 1 where the condition holds, 0 elsewhere."""
        return Piecewise((S.One, self.value_condition(tokens)), (S.Zero, True))

    def value_cases(self, values: list[Expr], conditions: list[list[Token] | None]) -> Expr:
        """Cases on values, ``1 & x > 0 \\\\ 0 & x < 0``: a Piecewise with no value where no row holds (undefined
        there); ``otherwise`` is the rest. Rows that can both hold with different values read two ways."""
        read = [S.true if c is None else self.value_condition(c) for c in conditions]
        if any(c is S.true for c in read[:-1]):
            raise self.error("'otherwise' must be the last row of cases")
        for first in range(len(read)):
            for second in range(first + 1, len(read)):
                if read[second] is S.true:  # otherwise: where no row before it holds, overlapping none of them
                    continue
                both = And(read[first], read[second])
                if values[first] != values[second] and _can_hold(both):
                    raise self.error(
                        f"the rows of cases '{read[first]}' and '{read[second]}' both hold where {both}, with "
                        "different values: which one is meant there reads two ways; make the conditions exclusive"
                    )
        return Piecewise(*zip(values, read, strict=True))


def _can_hold(condition: Basic) -> bool:
    """Whether ``condition`` holds somewhere (in one variable, decided; in more, assumed it may)."""
    if condition is S.false:
        return False
    entries = condition.atoms(Indexed)
    if len(entries) == 1:  # y_k = 1 and y_k = 0: conditions on one entry, decided as on one variable
        condition = condition.xreplace({entries.pop(): Dummy("u", real=True)})
    symbols = condition.free_symbols
    if len(symbols) != 1:
        return _one_quantity(condition)
    try:
        return not condition.as_set().is_empty
    except (NotImplementedError, TypeError, ValueError):
        return True


def _one_quantity(condition: Basic) -> bool:
    """Whether two conditions on one quantity can both hold (|a| < δ and |a| > δ cannot: u < 0 and u > 0 for
    u = |a| − δ); in more than one quantity, assumed they may."""
    if not (isinstance(condition, And) and len(condition.args) == 2):
        return True
    first, second = condition.args
    if not (isinstance(first, Relational) and isinstance(second, Relational)):
        return True
    u, v = first.lhs - first.rhs, second.lhs - second.rhs
    t = Dummy("t", real=True)
    for sign in (1, -1):
        if cancel(u - sign * v) == 0:
            return _can_hold(And(first.func(t, 0), second.func(sign * t, 0)))
    return True
