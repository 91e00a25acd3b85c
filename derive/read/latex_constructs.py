"""The named constructs of derive's TeX grammar: names and their indices, functions, fractions, sums, derivatives.

``Parser`` (``derive.read.latex_parser``) reads operators, scripts, numbers and brackets by TeX's rules; this
subclass reads what a name or a command stands for, with the notation table (``Names``).
"""

from __future__ import annotations

from sympy import Expr, Indexed, Integer, KroneckerDelta, Sum, Symbol, diff, exp, log

from derive.errors import InputError
from derive.model.notation import SumExcept, rename_bound_apart
from derive.read.latex_indicators import IndicatorParser
from derive.read.latex_lexer import Token
from derive.read.latex_parser import (
    FRACTIONS,
    HATS,
    MAX_EXP_ARGUMENT,
    MAX_EXPONENT,
    _DerivativeOperator,
    ambiguous,
)
from derive.read.names import ACCENTS, GREEK, display_name
from derive.read.shapes import Shaped, column, diagonal

#: Names of functions that people type as plain letters, which TeX then shows as a product.
TYPED_NAMES = ("softmax", "sigmoid", "tanh", "relu", "diag", "sin", "cos", "max")

#: Arrows written between the two indices of a weight, w_{j \\to k}.
ARROWS = frozenset({"to", "rightarrow"})


class ConstructParser(IndicatorParser):
    """The parser of derive check: the grammar of ``Parser`` with every construct it knows."""

    def _primary(self) -> Expr | _DerivativeOperator:
        token = self.next()
        if token.kind == "number":
            return self.number(token)
        if token.kind in ("(", "["):
            inner = self.expr()
            self.expect(")" if token.kind == "(" else "]")
            return inner
        if token.kind == "{":
            inner = self.expr()
            self.expect("}")
            return inner
        if token.kind == "letter":
            word = self.typed_function(token)
            if word is not None:
                return self.function_of(word, token)
            if token.value == "e" and not self.is_name("e"):  # e is Euler's number, never a declared name
                if not self.at("^"):
                    return exp(1)
                self.next()
                exponent = self.group_or_token()
                self.after_script("^")
                return self.exponential(exponent)
            return self.named(token.value)
        if token.kind != "command":
            raise InputError(f"line {token.line}: unexpected '{token.describe()}'")
        command = token.value
        if command in GREEK:
            return self.named(command)
        if command in HATS:
            return self.hatted(command)
        if command in FRACTIONS:
            return self.fraction()
        if command == "sum":
            return self.summation()
        if command in ("log", "ln", "exp"):
            return self.function_of(command, token)
        if command == "delta":
            return self.delta()
        if command == "partial":
            return self.partial_operator()
        if command == "mathbb":
            return self.indicator()
        if command == "cases":
            return self.cases()
        if command == "matrixenv":
            return self.matrix()
        if command in ("operatorname", "mathrm"):
            return self.upright_function(token)
        if command == "sqrt":
            return self.root()
        if command == "left":
            opener = self.next()
            if opener.kind not in ("(", "["):
                raise InputError(f"line {opener.line}: \\left must be followed by ( or [")
            inner = self.expr()
            self.expect("command", "right")
            self.expect(")" if opener.kind == "(" else "]")
            return inner
        raise InputError(f"line {token.line}: the construct \\{command} is not supported here")

    def function_of(self, name: str, token: Token) -> Expr:
        """``\\log``, ``\\ln`` or ``\\exp`` applied to its argument."""
        argument = self.argument(token)
        if name == "exp":
            return self.exponential(argument)
        self.nonzero.append(argument)
        return log(argument)

    def typed_function(self, token: Token) -> str | None:
        """``log``, ``ln`` or ``exp`` typed without a backslash (letters side by side, as people type them); where
        every letter of it is also a declared name, both readings are named."""
        for word in ("log", "ln", "exp"):
            letters = [token, *self.tokens[self.position : self.position + len(word) - 1]]
            after = self.peek(len(word) - 1)
            if (
                len(letters) == len(word)
                and "".join(t.value for t in letters) == word
                and all(t.kind == "letter" for t in letters)
                and all(t.gap == "" for t in letters[1:])
                and not (after is not None and after.kind == "letter" and after.gap == "")
            ):
                if all(self.is_name(t.value) for t in letters if t.value != "e"):  # a product is a reading too
                    raise ambiguous(
                        token, f"{word} without a backslash", f"the function, written \\{word}", "a product of letters"
                    )
                self.position += len(word) - 1
                return word
        self.refuse_typed_name(token)
        return None

    def refuse_typed_name(self, token: Token) -> None:
        """A function's name typed as letters side by side (``softmax(z_j)``): TeX shows a product of letters, the
        writer means the function; both readings are named."""
        for word in TYPED_NAMES:
            letters = [token, *self.tokens[self.position : self.position + len(word) - 1]]
            if (
                len(letters) == len(word)
                and "".join(t.value for t in letters) == word
                and all(t.kind == "letter" for t in letters)
                and all(t.gap == "" for t in letters[1:])
            ):
                raise ambiguous(
                    token,
                    f"{word} typed as letters",
                    f"the function {word}, which derive reads only through a definition (define: {word[0]}_i: …)",
                    f"the product {'·'.join(word)}",
                )

    def root(self) -> Expr:
        """``\\sqrt{x}`` and ``\\sqrt[k]{x}``: the argument is one token or a braced group, as in TeX."""
        degree: Expr = Integer(2)
        if self.at("["):
            self.next()
            degree = self.expr()
            self.expect("]")
            if not (degree.is_Integer and 2 <= degree <= MAX_EXPONENT):
                raise self.error(f"a root's degree must be a whole number from 2 to {MAX_EXPONENT}")
        radicand = self.group_or_token()
        return self.power(radicand, 1 / degree)

    def argument(self, function: Token) -> Expr:
        """The argument of \\log or \\exp: a parenthesized expression, or one factor (\\log s_i). What a reader
        could take two ways is refused: a power after the parentheses (\\log(x)^2), and a factor after an
        argument without parentheses (\\log x y)."""
        shown = function.describe()
        following = self.peek(1)
        braced_brackets = (
            self.at("{") and following is not None and (following.kind == "(" or following.value == "left")
        )
        if self.at("(") or self.at("command", "left") or braced_brackets:  # \log(x), \log{\left(x\right)}
            item = self.primary()
            assert not isinstance(item, _DerivativeOperator)
            if self.at("^"):
                raise ambiguous(
                    function,
                    f"{shown}(x)^2",
                    f"the power of {shown}, written \\left({shown} x\\right)^2",
                    f"{shown} of the power, written {shown}\\left(x^2\\right)",
                )
            return item
        item = self.factor()
        if isinstance(item, _DerivativeOperator):
            raise self.error("a derivative operator as a function argument")
        if self.starts_factor():
            raise ambiguous(
                function,
                f"{shown} x y (a factor after an argument without parentheses)",
                f"{shown}(x) y, written \\left({shown} x\\right) y",
                f"{shown}(x y), written {shown}\\left(x y\\right)",
            )
        return item

    def exponential(self, argument: Expr) -> Expr:
        if argument.is_number and not (argument.is_Rational and abs(argument) <= MAX_EXP_ARGUMENT):
            raise self.error(f"exponent of e too large (at most {MAX_EXP_ARGUMENT})")
        return exp(argument)

    # Names, subscripts and the named constructs ------------------------------------------------------------

    def upright_function(self, token: Token) -> Expr:
        """``\\operatorname{diag}(s)``: the diagonal matrix of a vector; any other upright name is not known."""
        word = "".join(t.value for t in self.raw_group())
        if word != "diag":
            raise InputError(
                f"line {token.line}: the upright name {word[:20]} is not known: define it (f(x): …) and write f(x)"
            )
        value = self.factor_value()
        if not isinstance(value, Shaped):
            raise InputError(f"line {token.line}: diag takes a vector, as in \\operatorname{{diag}}(s)")
        return diagonal(value)

    def names_d(self) -> bool:
        return self.is_name("d")

    def is_name(self, name: str) -> bool:
        names = self.names
        return (
            any(
                name in table
                for table in (
                    names.vectors,
                    names.arrays,
                    names.indices,
                    names.scalars,
                    names.defined_vectors,
                    names.defined_scalars,
                )
            )
            or name == names.length_name
        )

    def index_value(self, token: Token) -> Expr:
        if token.kind == "letter" and token.value in self.names.indices:
            return self.names.indices[token.value]
        if token.kind == "number" and "." not in token.value:
            value = int(token.value)
            n = self.names.n
            top = int(n) if isinstance(n, Integer) else 1  # at symbolic n, only 1 is surely in range
            if not 1 <= value <= top:
                raise InputError(f"line {token.line}: index {value} is outside 1..{self.names.length_name}")
            return Integer(value)
        raise InputError(
            f"line {token.line}: '{token.describe()}' is not an index; declare it under indices (known: "
            + ", ".join(sorted(self.names.indices))
            + ")"
        )

    def named(self, name: str, scripts: bool = True) -> Expr:
        """A declared name, with its index if it is a vector (``scripts``: may it take a subscript here)."""
        names = self.names
        token = self.tokens[self.position - 1]
        line = token.line
        subscript = self.subscript_tokens() if scripts else None
        shown = display_name(name)
        if subscript is not None and len(subscript) == 1 and self.tokens[self.position - 1].kind != "}":
            self.after_script("_")
        if name in names.functions:
            if subscript is not None:
                raise InputError(f"line {line}: the function {shown} takes arguments in parentheses, not a subscript")
            return self.applied(name, token)
        if not self.is_name(name):
            known = ", ".join(display_name(k) for k in names.known())
            if self.at("(") or self.at("command", "left"):
                raise ambiguous(
                    token,
                    f"{shown}(…) with {shown} undeclared",
                    f"a function applied, declared under define as {shown}(x): …",
                    f"a product, with {shown} declared under scalars or define",
                )
            raise InputError(f"line {line}: unknown symbol {shown}; declare it in the front matter (known: {known})")
        if name in names.vectors or name in names.defined_vectors:
            base = names.vectors.get(name) or names.defined_vectors[name]
            if subscript is None and names.axes is not None:
                return column(Indexed(base, names.axes.row), names.axes)
            if subscript is None or len(subscript) != 1:
                raise InputError(f"line {line}: vector {shown} needs exactly one index, as in {shown}_i")
            return Indexed(base, self.index_value(subscript[0]))
        if name in names.arrays:
            if subscript is None and names.axes is not None:
                axes = names.axes
                entry = Indexed(names.arrays[name], axes.row, axes.column)
                return Shaped(axes.n, axes.n, entry, axes)
            return Indexed(names.arrays[name], *self.array_indices(subscript, shown, line))
        if subscript is not None:
            raise InputError(f"line {line}: {shown} takes no subscript (it is not declared as a vector)")
        if name in names.defined_scalars and self.labelled():
            return names.defined_scalars[name]  # J(\\theta), L(s, y): the value, labelled with what it depends on
        if name in names.defined_scalars and self.looks_applied():
            raise ambiguous(
                token,
                f"{shown}(x) with {shown} defined as a value",
                f"{shown} applied to x, defined as {shown}(x): …",
                f"the product of {shown} and x, written {shown} \\cdot x",
            )
        for table in (names.indices, names.scalars, names.defined_scalars):
            if name in table:
                return table[name]
        if name == names.length_name:
            return names.n
        known = ", ".join(display_name(k) for k in names.known())
        raise InputError(f"line {line}: unknown symbol {shown}; declare it in the front matter (known: {known})")

    def array_indices(self, subscript: list[Token] | None, shown: str, line: int) -> tuple[Expr, Expr]:
        """The two indices of an array entry: w_{ij}, w_{i,j}, w_{j \\to k}, or w_{12} (two digits, one each)."""
        kept = [t for t in subscript or () if not (t.kind == "command" and t.value in ARROWS)]
        if len(kept) == 1 and kept[0].kind == "number" and len(kept[0].value) == 2 and kept[0].value.isdigit():
            first, second = (Token("number", digit, kept[0].line) for digit in kept[0].value)
            kept = [first, second]
        if len(kept) != 2:
            raise InputError(f"line {line}: {shown} needs two indices, as in {shown}_{{ij}} or {shown}_{{j \\to k}}")
        return self.index_value(kept[0]), self.index_value(kept[1])

    def labelled(self) -> bool:
        """Parentheses holding only whole vectors or arrays, ``(\\theta)``, ``(s, y)``, after a defined value: the
        value written with what it depends on (a product with a whole vector would not be a number). Consumed."""
        start = self.position
        if not self.at("("):
            return False
        wholes = {*self.names.vectors, *self.names.defined_vectors, *self.names.arrays}
        at, seen = start + 1, 0
        while at < len(self.tokens):
            token = self.tokens[at]
            if token.kind == ")" and seen:
                self.position = at + 1
                return True
            name = token.kind in ("letter", "command") and token.value in wholes
            if not ((name and seen % 2 == 0) or (token.kind == "," and seen % 2 == 1)):
                return False
            seen += 1
            at += 1
        return False

    def looks_applied(self) -> bool:
        """Parentheses around one name right after a name, as in σ(z) or f(x_i): how functions are written."""
        if not self.at("("):
            return False
        inner = self.tokens[self.position + 1 : self.position + 6]
        closing = next((at for at, t in enumerate(inner) if t.kind == ")"), None)
        if closing is None or closing == 0:
            return False
        body = inner[:closing]
        named = body[0].kind == "letter" or (body[0].kind == "command" and body[0].value in GREEK)
        return named and all(t.kind in ("letter", "number", "_", "{", "}") for t in body[1:])

    def applied(self, name: str, token: Token) -> Expr:
        """A defined function applied to its arguments: the body with each parameter replaced (bound indices of
        the body renamed apart from the arguments, so that nothing is captured)."""
        function = self.names.functions[name]
        shown = display_name(name)
        order = self.primes()
        body = function.body
        if order:
            if len(function.parameters) != 1:
                raise InputError(f"line {token.line}: {shown}' needs {shown} to take one argument")
            body = diff(body, function.parameters[0], order)
        left = self.at("command", "left")
        if left:
            self.next()
        if not self.at("("):
            raise InputError(f"line {token.line}: the function {shown} needs its arguments, as in {shown}(x)")
        self.next()
        arguments = [self.expr()]
        while self.at(","):
            self.next()
            arguments.append(self.expr())
        if left:
            self.expect("command", "right")
        self.expect(")")
        if len(arguments) != len(function.parameters):
            count = len(function.parameters)
            raise InputError(f"line {token.line}: {shown} takes {count} argument{'s' if count > 1 else ''}")
        free = set().union(*(a.free_symbols for a in arguments))
        body = rename_bound_apart(body, free)
        return body.xreplace(dict(zip(function.parameters, arguments, strict=True)))

    def hatted(self, accent: str) -> Expr:
        """\\hat{y}_i, \\hat{y_i} (as seed 002 writes it), \\tilde y: a name of its own."""
        inner = self.raw_group() if self.at("{") else [self.next()]
        if not inner or inner[0].kind not in ("letter", "command"):
            raise self.error(f"\\{accent}{{...}} must hold one letter")
        name = inner[0].value + ACCENTS[accent]
        if len(inner) == 1:
            return self.named(name)
        if len(inner) >= 3 and inner[1].kind == "_" and not self.at("_"):  # \hat{y_i}, as seed 002 writes it
            self.tokens[self.position : self.position] = inner[1:]
            return self.named(name)
        raise self.error(f"\\{accent}{{...}} must hold one letter")

    def delta(self) -> Expr:
        subscript = self.subscript_tokens()
        if subscript is None or len(subscript) != 2:
            raise self.error("\\delta needs two indices, as in \\delta_{ik}")
        return KroneckerDelta(self.index_value(subscript[0]), self.index_value(subscript[1]))

    def summation(self) -> Expr:
        """``\\sum_{j=1}^{n}``, ``\\sum_{j \\neq i}``, ``\\sum_j``; and as people write it, ``\\sum`` alone or over the
        length (``\\sum_K``, ``\\sum_{k}^{ }``), its index inferred from the summand when only one reading exists."""
        below = self.subscript_tokens()
        above: Expr | None = None
        if self.at("^"):
            self.next()
            following = self.peek(1)
            if self.at("{") and following is not None and following.kind == "}":
                self.position += 2  # \sum_{k}^{ }: an empty upper limit
            else:
                above = self.group_or_token()
        if above is not None and above != self.names.n:
            raise self.error(f"sums run up to {self.names.length_name}; found another upper bound")
        length = self.names.length_name
        inferred = below is None or (len(below) == 1 and below[0].value == length and length not in self.names.indices)
        variable = None if inferred else self.index_value(below[0])  # type: ignore[index]
        if not inferred and not isinstance(variable, Symbol):
            raise self.error("a sum's index must be a declared index letter")
        rest = [] if inferred else below[1:]  # type: ignore[index]
        named = f"sum{below[0].value}" if below is not None and len(below) == 1 and above is None else None
        if named in self.names.defined_scalars and not self.starts_factor():
            return self.names.defined_scalars[named]  # \\sum_K standing for a sum the front matter defines
        sign = -1 if self.at("-") and bool(self.next()) else 1
        if not self.starts_factor():
            raise self.error("a sum needs a summand (or define the sum written alone: \\sum_K: \\sum_{j=1}^{K} …)")
        body = self.term() * sign
        if variable is None:
            variable = self.inferred_index(body)
        if not rest:
            return Sum(body, (variable, 1, self.names.n))
        relation = rest[0]
        if relation.kind == "=" and len(rest) == 2 and rest[1].kind == "number" and rest[1].value == "1":
            return Sum(body, (variable, 1, self.names.n))
        if relation.kind == "command" and relation.value in ("neq", "ne") and len(rest) == 2:
            excluded = self.index_value(rest[1])
            if excluded == variable:
                raise self.error(
                    f"the sum leaves out its own index ({variable} \\neq {variable}): name the excluded index apart"
                )
            return SumExcept(body, (variable, 1, self.names.n), excluded)
        if relation.kind == "command" and relation.value == "in":
            length = self.names.length_name
            if len(rest) == 2 and rest[1].value == length:  # \\sum_{i \\in C}: over the C classes
                return Sum(body, (variable, 1, self.names.n))
            raise self.error(
                f"a sum over {variable} in a set: derive reads sums over 1..{length} "
                f"(write \\sum_{{{variable} \\in {length}}} or \\sum_{{{variable}=1}}^{{{length}}})"
            )
        raise self.error("a sum's subscript must be j, j=1, j \\neq i or j \\in n")

    def inferred_index(self, body: Expr) -> Symbol:
        """The one index a summand leaves free: what a sum written without its index runs over."""
        free = sorted(body.free_symbols & set(self.names.indices.values()), key=str)
        if len(free) == 1:
            return free[0]
        if not free:
            raise self.error("a sum without its index, over a summand with no index: write \\sum_{j=1}^{n}")
        readings = " or ".join(f"\\sum_{{{v}}}" for v in free)
        raise self.error(f"a sum without its index can run over {', '.join(map(str, free))}: write {readings}")
