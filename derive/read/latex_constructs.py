"""The named constructs of derive's TeX grammar: names and their indices, functions, fractions, sums, derivatives.

``Parser`` (``derive.read.latex_parser``) reads operators, scripts, numbers and brackets by TeX's rules; this
subclass reads what a name or a command stands for, with the notation table (``Names``).
"""

from __future__ import annotations

from sympy import Expr, Integer, KroneckerDelta, S, exp, pi, sqrt

from derive.errors import InputError
from derive.read.basis_vectors import Basis
from derive.read.capital_greek import refuse_operator_capital
from derive.read.elementary_functions import ElementaryParser
from derive.read.entry_sets import entry_set
from derive.read.frobenius import frobenius, frobenius_mark
from derive.read.latex_lexer import Token
from derive.read.latex_parser import (
    FRACTIONS,
    HATS,
    MAX_EXPONENT,
    _DerivativeOperator,
    ambiguous,
)
from derive.read.names import ACCENTS, GREEK, display_name
from derive.read.shapes import Shaped, diagonal, product


class ConstructParser(ElementaryParser):
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
        labelled = self.upright_labelled(token)
        if labelled is not None:
            return labelled
        if token.kind == "letter":
            known = self.typed_known(token)  # softmax(z)_j, sigmoid(x), tanh(x) typed as letters
            known = self.typed_extremum(token) if known is None else known  # max(0, z), ReLU(z) typed
            if known is not None:
                return known
            word = self.typed_function(token)
            if word == "log" and self.at("_"):  # log_{e} x, log_2 x typed: the logarithm to that base, as \log_2
                return self.logarithm_to_base(token)
            if word is not None:
                return self.function_of(word, token)
            if token.value == "e" and self.is_name("e") and not self.at("^"):  # e_i: a vector named e, as e_i
                if not self.at("_"):
                    raise ambiguous(token, "e alone, with a vector e_i", "Euler's number, written \\mathrm{e}",
                                    "the whole vector e, written with its index as e_i")  # fmt: skip
                return self.named("e")
            if token.value == "e" and self.at("_") and self.names.axes is not None:  # e_i: a basis vector
                subscript = self.subscript_tokens()
                if subscript is None or len(subscript) != 1:
                    raise self.error("e with a subscript of more than one index: write e_i, the basis vector")
                axes = self.names.axes
                return Basis(axes.n, S.One, KroneckerDelta(self.index_value(subscript[0]), axes.row), axes, token.line)
            if token.value == "e":  # Euler's number: e^{x} is the exponential
                if not self.at("^"):
                    return exp(1)
                self.next()
                exponent = self.group_or_token()
                self.after_script("^")
                if isinstance(exponent, Shaped):  # e^{z} of a whole vector: as \\exp z, entry by entry
                    return self.function_of("exp", token, exponent)
                return self.exponential(exponent)
            return self.named(token.value)
        if token.kind == "|" or (token.kind, token.value) == ("command", "lvert") or self.left_bar(token):
            return self.absolute_value(token)  # |a|, \lvert a \rvert, \left| a \right|
        if token.kind != "command":
            raise InputError(f"line {token.line}: unexpected '{token.describe()}'")
        command = token.value
        if command in GREEK:
            refuse_operator_capital(token, self.peek())  # Δx, Π_i: an operator, or a name?
            return self.named(command)
        if command == "pi":
            return self.pi_constant(token)
        if command in HATS:
            return self.hatted(command)
        if command in FRACTIONS:
            return self.fraction()
        if command == "sum":
            return self.summation()
        if command == "log" and self.at("_"):  # \log_2 q_i: the logarithm to base 2, ln q_i / ln 2
            return self.logarithm_to_base(token)
        if command == "exp" and self.at("^"):  # \exp^{o_i} \over …: e^{o_i}, as a page abuses \exp
            return self.exp_power(token)
        if command in ("log", "ln", "exp"):
            return self.function_of(command, token)
        if command == "delta" and "delta" in self.names.scalars:  # δ alone a number (Huber's); δ_{ik} Kronecker's
            return self.delta() if self.at("_") else self.named("delta")
        if command == "delta":
            if "delta" in self.names.known() and not self.kronecker():  # δ_j = ∂L/∂z_j, the page's error signal
                return self.named("delta")
            return self.delta()
        if command == "partial":
            return self.partial_operator()
        if command == "nabla":
            return self.nabla_operator()
        if command == "mathbb":
            return self.indicator()
        if command == "cases":
            return self.cases()
        if command == "matrixenv":
            return self.matrix()
        if command in ("text", "operatorname", "mathrm") and self.at("{"):
            word = "".join(t.value for t in self.tokens[self.position + 1 : self.position + 1 + self.group_length()])
            if word in self.names.known() and len(word) > 1:  # \text{softmax}_i: an upright name defined as such
                self.raw_group()
                return self.named(word)
        if command in ("max", "min"):
            return self.extremum(token)
        if self.upright_relu(token):  # \mathrm{ReLU}(x): max(0, x), unless the page defines ReLU (above)
            return self.relu(token)
        known = self.upright_known(token)  # \operatorname{softmax}(z)_j, \text{sigmoid}(x), \tanh(x)
        if known is not None:
            return known
        if command in ("operatorname", "mathrm", "text"):
            return self.upright_function(token)
        if command == "sqrt":
            return self.root()
        if command in ("lVert", "|") or (command == "left" and self.at("command", "|")):
            return self.norm(token)
        if command == "left":
            opener = self.next()
            braced = opener.kind == "command" and opener.value == "{"  # ESL's \left\{ y_i … \right\}: big parentheses
            if opener.kind not in ("(", "[") and not braced:
                raise InputError(f"line {opener.line}: \\left must be followed by (, [ or \\{{")
            inner = self.expr()
            if braced and self.at(","):
                raise InputError(
                    f"line {opener.line}: \\left\\{{ a, b \\right\\}} is a set, not a value: group with ( )"
                )
            self.expect("command", "right")
            self.expect(*(("command", "}") if braced else (")" if opener.kind == "(" else "]",)))
            return inner
        if command == "{":  # \{a, b\} or \{x_i\}, left braces by ``tex_spellings.brace_brackets``: a set?
            if (listed := entry_set(self)) is not None:  # \{ x_1, x_2, ..., x_n \}: the vector x, by its entries
                return listed
            inner = self.expr()
            if self.at(","):
                raise InputError(f"line {token.line}: \\{{ a, b \\}} is a set, not a value: group with ( )")
            raise ambiguous(token, "one term in braces", "a set of one element", "the term, bracketed as ( ) does")
        raise InputError(f"line {token.line}: the construct \\{command} is not supported here")

    def starts_factor(self) -> bool:
        """A norm starts a factor (``\\frac{1}{2} \\lVert y \\rVert^2``); ``\\|`` inside one closes it."""
        token = self.peek()
        if token is not None and token.kind == "command" and token.value in ("lVert", "|"):
            return token.value == "lVert" or not self.open_norms
        return super().starts_factor()

    open_norms = 0  #: how many norms the cursor stands inside

    def norm(self, token: Token) -> Expr:
        """``\\lVert v \\rVert``, ``\\|v\\|``, ``\\left\\| v \\right\\|`` of a vector: √(vᵀv), so that its square is
        Σ_p v_p². Of a matrix it reads two ways (Frobenius or spectral), of a number it is |x|: both refused."""
        if left := token.value == "left":
            self.next()  # the \| after \left
        self.open_norms += 1
        inner = self.expr()
        self.open_norms -= 1
        if left:
            self.expect("command", "right")
        self.expect("command", "rVert" if token.value == "lVert" else "|")
        if isinstance(inner, Shaped) and frobenius_mark(self):  # \|W\|_F, \|W\|_\textrm{F}: written so
            return frobenius(inner)
        if isinstance(inner, Shaped) and inner.columns == 1 and inner.rows != 1:
            self._euclidean_mark()  # \|w\|_2: the Euclidean norm, as \|w\| is
            return sqrt(product(inner.transpose(), inner))
        if isinstance(inner, Shaped):
            raise ambiguous(token, f"the norm of a {inner.shape()} matrix", "the Frobenius norm, √(Σ_pq W_pq²)",
                            "the spectral norm, the largest singular value (write the sum)")  # fmt: skip
        raise InputError(f"line {token.line}: the norm of a number: write its absolute value |x|, or the vector whole")

    def _euclidean_mark(self) -> None:
        """Past ``_2`` or ``_{2}`` at the cursor, the subscript of a vector's Euclidean norm."""
        run = [(t.kind, t.value) for t in self.tokens[self.position : self.position + 4]]
        if run[:2] == [("_", "_"), ("number", "2")]:
            self.position += 2
        elif run == [("_", "_"), ("{", "{"), ("number", "2"), ("}", "}")]:
            self.position += 4

    def left_bar(self, token: Token) -> bool:
        return (token.kind, token.value) == ("command", "left") and self.at("|")

    def group_length(self) -> int:
        """How many tokens the braced group at the cursor holds (0 when it holds a group of its own)."""
        for inner, token in enumerate(self.tokens[self.position + 1 :]):
            if token.kind == "}":
                return inner
            if token.kind == "{":
                return 0
        return 0

    def upright_labelled(self, token: Token) -> Expr | None:
        """``J_{\\text{softmax}}``, ``\\nabla_{\\text{Softmax}}``: a name labelled by an upright word, which the front
        matter defines (else None: the letter is read as it stands)."""
        following = self.tokens[self.position : self.position + 4]
        if not (
            token.kind in ("letter", "command")
            and len(following) == 4
            and [t.kind for t in following[:2]] == ["_", "{"]
            and following[2].kind == "command"
            and following[2].value in ("text", "mathrm", "operatorname")
            and following[3].kind == "{"
        ):
            return None
        self.position += 2
        start = self.position + 2
        word = "".join(t.value for t in self.tokens[start : start + self.group_length_at(start - 1)])
        name = f"{token.value}_{word}"
        if name not in self.names.known():
            shown = f"{display_name(token.value)}_{{\\text{{{word}}}}}"
            raise self.error(f"unknown symbol {shown}; define it in the front matter ({shown}: …)")
        entries = {*self.names.vectors, *self.names.defined_vectors, *self.names.arrays}
        lengths = {self.names.length_name, *self.names.sizes}  # p_{\text{t}} with t no length: a label only
        if len(word) == 1 and token.value in entries and word in lengths:  # \Sigma_C, Σ a vector: its entry C too
            shown = f"{display_name(token.value)}_{word}"
            raise ambiguous(token, shown, f"the name {shown} the front matter defines",
                            f"the entry {word} (the last) of the vector {display_name(token.value)}")  # fmt: skip
        self.next()
        self.raw_group()
        self.expect("}")
        if name in self.names.defined_matrices:
            return self.names.defined_matrices[name]
        if name in self.names.defined_scalars:
            return self.names.defined_scalars[name]
        return self.names.scalars[name]  # FL(p_{\\text{t}}): the parameter, in the body

    def group_length_at(self, at: int) -> int:
        saved, self.position = self.position, at
        try:
            return self.group_length()
        finally:
            self.position = saved

    def pi_constant(self, token: Token) -> Expr:
        """``\\pi`` alone is the circle constant (a Gaussian's \\sqrt{2\\pi}); with a subscript or arguments (π_k, a
        mixture's weight; π(a|s), a policy) it names something of the page's, which derive does not guess."""
        if self.at("_") or self.at("(") or self.at("command", "left"):
            raise ambiguous(token, "\\pi with a subscript or arguments", "the constant π times what follows",
                            "a name of the page's (mixture weights π_k, a policy π(a|s)): define it")  # fmt: skip
        return pi

    def root(self) -> Expr:
        """``\\sqrt{x}`` and ``\\sqrt[k]{x}``: the argument is one token or a braced group, as in TeX."""
        degree: Expr = Integer(2)
        if self.at("["):
            self.next()
            degree = self.expr()
            self.expect("]")
            if not (degree.is_Integer and 2 <= degree <= MAX_EXPONENT):
                raise self.error(f"a root's degree must be a whole number from 2 to {MAX_EXPONENT}")
        digits = self.peek()
        if digits is not None and digits.kind == "number" and len(digits.value) > 1:  # TeX takes one digit: √1 6
            root, first, rest = "\\sqrt" if degree == 2 else f"\\sqrt[{degree}]", digits.value[0], digits.value[1:]
            raise ambiguous(digits, f"{root} {digits.value} (TeX puts only the first digit under the root)",
                            f"{root}{{{digits.value}}}", f"{root}{{{first}}} \\cdot {rest}")  # fmt: skip
        radicand = self.group_or_token()
        return self.power(radicand, 1 / degree)

    # Names, subscripts and the named constructs ------------------------------------------------------------

    def upright_function(self, token: Token) -> Expr:
        """``\\operatorname{diag}(s)``: the diagonal matrix of a vector; any other upright name is not known."""
        word = "".join(t.value for t in self.raw_group())
        if word == "prod":  # d2l's prod(A, B): multiplied "after transposing and swapping as needed"
            raise InputError(
                f"line {token.line}: prod(…), a product taken after whatever transposes and swaps make the shapes "
                "fit, does not say which: derive cannot check it (write the product out, as A^\\top B)"
            )
        if word != "diag":
            raise InputError(
                f"line {token.line}: the upright name {word[:20]} is not known: define it (f(x): …) and write f(x)"
            )
        value = self.factor_value()
        if not isinstance(value, Shaped):
            raise InputError(f"line {token.line}: diag takes a vector, as in \\operatorname{{diag}}(s)")
        return diagonal(value)

    def hatted(self, accent: str) -> Expr:
        """\\hat{y}_i, \\hat{y_i} (as seed 002 writes it), \\tilde y: a name of its own."""
        inner = self.raw_group() if self.at("{") else [self.next()]
        if not inner or inner[0].kind not in ("letter", "command"):
            raise self.error(f"\\{accent}{{...}} must hold one letter")
        name = inner[0].value + ACCENTS[accent]
        if len(inner) == 1:  # \mathcal{L}_{\text{NLL}}: a name labelled by a word, as L_{\text{NLL}} is
            own = Token(inner[0].kind, name, inner[0].line, inner[0].start, inner[0].end)
            return self.upright_labelled(own) or self.named(name)
        if len(inner) >= 3 and inner[1].kind == "_" and not self.at("_"):  # \hat{y_i}, as seed 002 writes it
            self.tokens[self.position : self.position] = inner[1:]
            return self.named(name)
        raise self.error(f"\\{accent}{{...}} must hold one letter")

    def kronecker(self) -> bool:
        """Whether two indices follow a \\delta that names the page's vector δ_j: δ_{ik} is Kronecker's (a vector has
        one index; ``derive.read.error_signals``)."""
        vector = "delta" in self.names.vectors or "delta" in self.names.defined_vectors
        at = self.position
        glued = self.tokens[at : at + 3]
        if vector and [t.kind for t in glued] == ["_", "letter", "letter"] and not glued[2].gap:  # δ_ik
            shown = f"\\delta_{glued[1].value}{glued[2].value}"
            raise ambiguous(glued[0], shown, f"Kronecker's delta, written \\delta_{{{glued[1].value}{glued[2].value}}}",
                            f"the entry \\delta_{glued[1].value} times {glued[2].value}, as TeX sets it")  # fmt: skip
        if not vector or [t.kind for t in self.tokens[at : at + 2]] != ["_", "{"]:
            return False
        close = next((k for k in range(at + 2, len(self.tokens)) if self.tokens[k].kind == "}"), at + 2)
        inside = self.tokens[at + 2 : close]
        digits = "".join(t.value for t in inside) if all(t.kind == "number" for t in inside) else ""
        if len(digits) == 2 and "0" not in digits:  # δ_{12} and δ_{1 2}, which TeX sets alike
            shown = " ".join(t.value for t in inside)
            kronecker = f"Kronecker's delta at ({digits[0]}, {digits[1]}), written \\delta_{{{digits[0]},{digits[1]}}}"
            raise ambiguous(inside[0], f"\\delta_{{{shown}}}", kronecker, f"the entry {digits} of the vector \\delta")
        inner = [t for t in inside if t.kind != ","]
        return len(inner) == 2 and all(t.kind in ("letter", "number") for t in inner)

    def delta(self) -> Expr:
        subscript = self.subscript_tokens()
        if subscript is None or len(subscript) != 2:
            raise self.error("\\delta needs two indices, as in \\delta_{ik}")
        return KroneckerDelta(self.index_value(subscript[0]), self.index_value(subscript[1]))
