"""Derivatives as people write them: ∂A/∂B, d/dx, ∂_{z_k}, f'(x), and ∂A/∂B by a defined quantity B, as every
chain rule means it: A written down to B by the definitions (B's own left), B held independent; B's definition
applies where the result is used. The rest is notation for SymPy's ``Derivative``."""

from __future__ import annotations

import re

from sympy import Derivative, Expr, Indexed, Mul, Pow, Sum, Symbol

from derive.model.notation import expand_definitions, rename_bound_apart
from derive.read.bare_partials import note_bare_partial, refuse_evaluated
from derive.read.basis_vectors import Basis
from derive.read.cursor import script_end
from derive.read.delta_derivatives import refuse_delta_derivative
from derive.read.example_counts import over_examples
from derive.read.function_constants import function_constants
from derive.read.higher_derivatives import HESSIAN_ENTRY, SECOND, denominator_variables, higher_order
from derive.read.labelled_inputs import labelled_inputs, labelled_refusal
from derive.read.latex_lexer import Token
from derive.read.latex_parser import PRODUCT_COMMANDS, Parser, _DerivativeOperator, ambiguous
from derive.read.nabla_arguments import applied_entry, gradient_entry
from derive.read.names import display_name, labelled_entry
from derive.read.operator_reach import operator_at, refuse_reach_past_sign
from derive.read.primed_groups import primed_group
from derive.read.shapes import Shaped
from derive.read.slash_derivatives import slash_derivative
from derive.read.three_index import ThreeIndex, by_matrix
from derive.read.unread_names import needs_unread, tied_entries
from derive.read.upstream import upstream_derivative, upstream_name
from derive.read.upstream_arrays import by_entry_array
from derive.read.word_labels import alone_gradient

PARTIAL = Token("command", "partial", 0)


def _is_d(token: Token) -> bool:
    return token.kind == "letter" and token.value == "d"


def _independents(expr: Expr) -> set[object]:
    """The vectors and scalars ``expr`` is made of: its entries' bases and its free symbols but indices."""
    bases = {entry.base for entry in expr.atoms(Indexed)}
    symbols = {s for s in expr.free_symbols if not s.is_integer}
    return bases | symbols


def _shown(variable: Expr) -> str:
    """A variable as the page writes it: x_j, w_jk, b, or z for the whole vector."""
    if isinstance(variable, Shaped) and isinstance(variable.entry, Indexed):
        return display_name(str(variable.entry.base))
    if isinstance(variable, Indexed):
        base = display_name(str(variable.base))
        base = f"({base})" if "_" in base else base  # a layer's array, W_1: (W_1)_{ji}, not W_1_ji
        return f"{base}_{''.join(str(i) for i in variable.indices)}"
    return display_name(str(variable))


#: Fonts around an argument's letter: ``\\mathbf{w}``, ``\\boldsymbol{\\theta}``.
FONT_COMMANDS = frozenset({"mathbf", "boldsymbol", "bm"})


class CalculusParser(Parser):
    """The derivative constructs of derive's TeX grammar."""

    whole_numerator = False  #: whether the tokens are a derivative's numerator (∂A of ∂A/∂B), A all of it

    def factor(self) -> Expr | _DerivativeOperator:
        """A factor, and its derivative where a prime follows it bracketed (``derive.read.primed_groups``)."""
        start = self.position
        item = super().factor()
        primed = primed_group(self, start, item)
        return item if primed is None else primed

    def operator_applied(self, item: _DerivativeOperator) -> Expr:
        """∂/∂x applied to what follows it, the rest of the term (``operand``); ``∂/∂w -[…]`` (SLP3) is the
        derivative of −[…], an operator being no value to subtract from."""
        negated = self.at("-") and self.peek(1) is not None and bool(self.next())
        if not self.starts_factor():
            alone = alone_gradient(_shown(item.variable), self.peek()) if item.gradient else None  # \\nabla_{X} = …
            raise self.error(alone or "\\frac{\\partial}{\\partial ...} must be followed by what it differentiates")
        start, (operand, by) = self.position, (self.operand(), item.variable)
        refuse_reach_past_sign(self.tokens, start, self.position, " ".join(re.findall(r"[A-Za-z]+", str(by))))
        operand = -operand if negated else operand
        return self.gradient(operand, by) if item.gradient else self.differentiate(operand, by)

    def operand(self) -> Expr:
        """What ∂/∂x written before it differentiates: the rest of the product, unless the page leaves it open
        whether the operator reaches past a parenthesized group or a product sign (d/dx (x) · x)."""
        start = self.position
        operand = self.term()
        taken = self.tokens[start : self.position]
        opened = taken[0].kind in ("(", "[") or (taken[0].kind, taken[0].value) == ("command", "left")
        level, closed_before_end = 0, False
        for at, token in enumerate(taken):
            level += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(token.kind, 0)
            if level == 0 and at < len(taken) - 1 and opened and token.kind in (")", "]"):
                closed_before_end = script_end(taken, at + 1) < len(taken)  # (…)^{-1} is one factor
            signed = token.kind == "*" or (token.kind == "command" and token.value in PRODUCT_COMMANDS)
            again = at > 0 and operator_at(taken, at)  # d/dx sin x d/dx cos x: d/dx of the product, or two?
            if level == 0 and (signed or closed_before_end or again):
                raise ambiguous(
                    taken[0],
                    "a derivative operator before a product",
                    "the derivative of the first factor, times the rest",
                    "the derivative of the whole product, written \\frac{\\partial (…)}{\\partial x}",
                )
        return operand

    def fraction(self) -> Expr | _DerivativeOperator:
        before = self.tokens[: self.position - 1]  # what holds it: (\\frac{df}{dx})(3) is df/dx before (3)
        numerator = self.argument_tokens()
        denominator = self.argument_tokens()
        if numerator and numerator[0].kind == "command" and numerator[0].value == "partial":
            return self.derivative(numerator[1:], denominator, before)
        refuse_delta_derivative(numerator, denominator)  # \frac{\delta C}{\delta w_i}: ∂C/∂w_i, or a quotient?
        signed = [t.kind for t in numerator[:1]] == ["-"] and numerator[1:2] and numerator[1].value == "partial"
        if signed and len(numerator) > 2:  # \frac{- \partial \sum_i y_i \log p_i}{\partial p_j}: −∂A/∂x, ∂(−A)/∂x
            return -self.derivative(numerator[2:], denominator, before)  # type: ignore[operator]
        if [t.value for t in numerator] == ["d"] and [t.value for t in denominator] == ["d"]:
            raise self.error("\\frac{d}{d} names no variable: write \\frac{d}{dx}")
        if numerator and _is_d(numerator[0]) and len(denominator) >= 2 and _is_d(denominator[0]):
            if self.names_d():
                raise ambiguous(numerator[0], "\\frac{d…}{d…} with d declared as a name", "a derivative, d/dx",
                                "a quotient of products with d")  # fmt: skip
            return self.derivative(numerator[1:], [PARTIAL, *denominator[1:]], before)
        top, bottom = self.sub(numerator).parse(), self.sub(denominator).parse()
        if isinstance(bottom, Shaped):
            raise self.error("a division by a vector: elementwise? write one entry, \\frac{y_i}{\\hat{y}_i}")
        self.nonzero.append(bottom)
        if isinstance(top, Shaped):
            return top * Pow(bottom, -1)
        return Mul(top, Pow(bottom, -1))

    def names_d(self) -> bool:
        """Whether d means a name in this file (then d/dx reads two ways)."""
        return False

    def derivative(self, numerator: list[Token], denominator: list[Token], before: list[Token] | None = None
                   ) -> Expr | _DerivativeOperator:  # fmt: skip
        """``\\frac{\\partial A}{\\partial B}`` (the numerator's ∂ taken off): ∂A/∂B, or the operator ∂/∂B."""
        refuse_evaluated(self.tokens[self.position :], numerator, denominator[1:], self.names, before)
        if numerator and numerator[0].kind == "^":
            return self.higher_derivative(numerator, denominator, before)
        bare = not (denominator and denominator[0].kind == "command" and denominator[0].value == "partial")
        if bare and not numerator and denominator:  # \\frac{\\partial}{o_k}: ∂ over o_k means nothing else
            note_bare_partial(self.names, denominator)
        elif bare:
            raise self.error("a derivative's denominator must be \\partial followed by a variable")
        variable = self.variable(denominator[int(not bare) :])
        if not numerator:
            return _DerivativeOperator(variable)
        top = self.sub(numerator)
        assert isinstance(top, CalculusParser)  # of this parser's own class
        top.whole_numerator = True  # dL/da with L(a, y) defined: L alone is L at its parameters
        return self.differentiate(top.parse(), variable)

    def higher_derivative(self, numerator: list[Token], denominator: list[Token], before: list[Token] | None) -> Expr:
        """``\\frac{\\partial^2 A}{\\partial x^2}``, ``\\frac{d^2 y}{dx^2}``, ``\\frac{\\partial^2 A}{\\partial x
        \\partial y}``: A differentiated by each variable in turn, each a number; the order written above must be the
        variables' count below (∂²A/∂x is refused)."""
        order, rest = higher_order(numerator)
        refuse_evaluated(self.tokens[self.position :], rest or [], [], self.names, before)
        if order is None or not rest:
            raise self.error(f"a higher derivative needs its order and what it differentiates: {SECOND}")
        variables = [self.variable(tokens) for tokens in denominator_variables(denominator, self.error)]
        if len(variables) != order:
            raise self.error(f"a derivative of order {order} by {len(variables)} variable(s): write {SECOND}")
        if any(isinstance(v, Shaped) for v in variables):
            raise self.error(f"a second derivative by a vector (a Hessian): write one entry, {HESSIAN_ENTRY}")
        top = self.sub(rest)
        assert isinstance(top, CalculusParser)
        top.whole_numerator = True
        result = top.parse()
        for variable in variables:
            result = self.differentiate(result, variable)
        return result

    def variable(self, tokens: list[Token]) -> Expr:
        """What a derivative is taken by: an entry of a vector or array, a scalar, or a defined quantity."""
        if not tokens:
            raise self.error("a derivative's denominator must be \\partial followed by a variable")
        variable = self.sub(tokens).parse()
        if isinstance(variable, Shaped):  # ∂L/∂z, ∂L/∂W: a whole vector or matrix of derivatives
            self.variable_entry(variable.entry)
            return variable
        return self.variable_entry(variable)

    def variable_entry(self, variable: Expr) -> Expr:
        names = self.names
        independent = (*names.vectors.values(), *names.arrays.values(), *names.defined_vectors.values())
        if not (
            (isinstance(variable, Indexed) and variable.base in independent)
            or variable in names.scalars.values()
            or variable in names.defined_scalars.values()
        ):
            raise self.error("differentiate by an entry of a vector (z_k), a scalar, or a defined quantity (o_j)")
        return variable

    def partial_operator(self) -> Expr | _DerivativeOperator:
        """``\\partial_{z_k}`` written before what it differentiates, or ``\\partial L / \\partial z_k`` (a slash)."""
        slashed = slash_derivative(self.tokens, self.position)
        if slashed is not None:
            numerator, denominator, end = slashed
            self.position = end
            if self.starts_factor():  # ∂L/∂z_k y_k: ∂L/∂(z_k y_k), or (∂L/∂z_k) y_k?
                raise ambiguous(
                    self.tokens[end - 1],
                    "a factor after ∂A/∂x written with a slash",
                    "(∂A/∂x) times it, written \\frac{\\partial A}{\\partial x} \\cdot …",
                    "a derivative by a product, written \\frac{\\partial A}{\\partial (x …)}",
                )
            return self.derivative(numerator, [PARTIAL, *denominator])
        subscript = self.subscript_tokens()
        if subscript is None:
            raise self.error(
                "\\partial stands in a fraction, \\frac{\\partial L}{\\partial z_k}, as \\partial_{z_k}, or as "
                "\\partial L / \\partial z_k"
            )
        return _DerivativeOperator(self.variable(subscript))

    def nabla_operator(self) -> Expr | _DerivativeOperator:
        """``\\nabla_z L``: the gradient of a number by z, shaped like z (a column for a vector z)."""
        entry = None if self.at("_") else applied_entry(self.tokens, self.position)  # \\nabla E(\\hat{w}_1): ∂E/∂ŵ₁
        if entry is not None and (value := gradient_entry(self, entry)) is not None:
            return value
        subscript = self.subscript_tokens() or self._applied_to() or entry
        if subscript is None:
            raise self.error("\\nabla needs what it differentiates by as a subscript: \\nabla_z L")
        return _DerivativeOperator(self.variable(subscript), gradient=True)

    def _applied_to(self) -> list[Token] | None:
        """``\\nabla J(\\mathbf{w})``: the one letter argument after ∇, which ∇J(w) = ∇_w J is by; else None."""
        ahead = [t for t in self.tokens[self.position : self.position + 9] if t.value not in ("left", "right")]
        at = 1 if ahead and ahead[0].kind in ("letter", "command") else 0
        if not at or len(ahead) < 4 or ahead[1].kind != "(":
            return None
        inside = ahead[2 : next((k for k, t in enumerate(ahead) if t.kind == ")"), 2)]
        letters = [t for t in inside if t.kind in ("letter", "command") and t.value not in FONT_COMMANDS]
        shown = [t for t in inside if t.kind not in ("{", "}") and t.value not in FONT_COMMANDS]
        return letters if len(letters) == 1 and shown == letters else None

    def gradient(self, expr: Expr, variable: Expr) -> Expr:
        """∇_v A, for a number A: shaped like v, whichever way the page's chain rule lays out ∂A/∂v."""
        if isinstance(expr, Shaped):
            raise self.error("\\nabla of a vector or matrix: write its Jacobian, \\frac{\\partial s}{\\partial z}")
        differentiated = self.differentiate(expr, variable)
        if not isinstance(variable, Shaped) or not isinstance(differentiated, Shaped):
            return differentiated
        if (differentiated.rows, differentiated.columns) == (variable.rows, variable.columns):
            return differentiated
        return differentiated.transpose()

    def differentiate(self, expr: Expr, variable: Expr) -> Expr:
        if isinstance(expr, Basis):  # ∂e_2/∂b: 0 of the basis vector, or of the page's quantity e_2?
            raise expr.refusal()
        if isinstance(variable, Shaped):
            if isinstance(expr, Shaped):
                return self.jacobian(expr, variable)
            if upstream_name(expr, self.names) is None:
                self.refuse_undeclared(expr, variable)
            entry = self.differentiate(expr, variable.entry)
            gradient = Shaped(variable.rows, variable.columns, entry, variable.axes)
            return gradient.transpose() if self.names.gradient_rows and variable.columns == 1 else gradient
        if isinstance(expr, Shaped):  # ∂s/∂z_k: the vector (or matrix) of the derivatives of its entries
            return Shaped(expr.rows, expr.columns, self.differentiate(expr.entry, variable), expr.axes)
        loss = upstream_name(expr, self.names)
        if loss is not None and loss != variable:  # ∂ℓ/∂x of a loss the page never defines
            return upstream_derivative(self, loss, expr / loss, variable)
        if (array := by_entry_array(self.names, variable)) is not None:  # ∂ℓ/∂D_dj left so for ``upstream_arrays``
            raise self.error(f"∂/∂{_shown(variable)}: {array} is defined by its entries; derive differentiates by "
                             "them only a loss the page never defines, at the end of them")  # fmt: skip
        self.refuse_undeclared(expr, variable)
        names = self.names
        if (isinstance(variable, Indexed) and variable.base in names.defined_vectors.values()) or (
            variable in names.defined_scalars.values()
        ):
            held = self.held_derivative(expr, variable)
            if self.names.example_sums and any(over_examples(node) for node in held.atoms(Sum)):
                raise self.error(  # derive.read.example_sums
                    f"∂/∂{_shown(variable)} of a sum over the examples: {_shown(variable)} is each example's (it is "
                    "defined), and the derivative by one example's is that example's term alone; write it so"
                )
            return held
        return Derivative(expr, variable)

    def refuse_undeclared(self, expr: Expr, variable: Expr) -> None:
        """∂E/∂x of a name the file neither declares nor defines reads two ways: E a constant (0), or E a quantity
        of x that derive cannot write down (the loss of a chain rule); reading either silently proves 0 = 0."""
        _, bare = expr.as_coeff_Mul()
        constants = function_constants(self.names)  # μ, σ of p(x) := …: constants, as the definition's head says
        name = bare.name if isinstance(bare, Symbol) else str(bare.base.label) if isinstance(bare, Indexed) else None
        by = variable.entry if isinstance(variable, Shaped) else variable
        if isinstance(bare, Indexed) and ((isinstance(by, Indexed) and bare.base == by.base) or self.names.network):
            name = None  # ∂x_i/∂x_k, ∂z_i/∂z: an entry of the vector differentiated by; a network's wired layers
        if name is not None and bare != variable and name in self.names.undeclared.difference(constants):
            shown, by = (display_name(name) if isinstance(bare, Symbol) else _shown(bare)), _shown(variable)
            kind = "scalars" if isinstance(bare, Symbol) else "vectors" if len(bare.indices) == 1 else "arrays"
            entry = labelled_entry(name) if isinstance(bare, Symbol) else display_name(name)  # 'L_{\\text{hard}}'
            if name in self.names.unread:  # the two readings follow from the cause: its definition, unread
                raise self.error(needs_unread(f"∂{shown}/∂{by}", [shown]))
            raise self.error(
                f"∂{shown}/∂{by} can be read two ways: {shown} a constant, whose derivative is 0 (declare it: "
                f"{kind}: [{entry}]), or {shown} a quantity that depends on {by}, which derive differentiates only "
                f"when the front matter defines it (define: {entry if isinstance(bare, Symbol) else shown}: …)"
            )
        if labelled := labelled_inputs(self.names, expr, variable):  # 𝓛 = 𝓛_CE + λ‖w‖²: is 𝓛_CE of w?
            raise self.error(labelled_refusal(labelled, _shown(variable)))
        through = [name for name in self.undeclared_inputs(expr, variable) if name not in constants]
        if through:
            names = ", ".join(display_name(name) for name in through)
            if unread := [display_name(name) for name in through if name in self.names.unread]:
                raise self.error(needs_unread(f"∂/∂{_shown(variable)} of what is written through {names}", unread))
            raise self.error(
                f"∂/∂{_shown(variable)} of what is written without {_shown(variable)}, through {names}, which the "
                f"file neither declares nor defines, can be read two ways: {names} constants, so that it is 0, or "
                f"quantities that depend on {_shown(variable)}: define them, or declare them (vectors, scalars) to "
                "mean constants"
            )

    def undeclared_inputs(self, expr: Expr, variable: Expr) -> list[str]:
        """The inferred names ``expr`` (written down) is made of, when it holds no ``variable``: 0 if constants."""
        defined = self.names.defined
        entry = variable.entry if isinstance(variable, Shaped) else variable
        base = entry.base if isinstance(entry, Indexed) else entry
        others = [d for d in defined.definitions if d.name != base] if defined is not None else []
        written = expand_definitions(expr, others)  # down to the variable, its own definition left (∂J/∂L, L := …)
        made_of = {s.name for s in written.free_symbols if not s.is_integer}
        made_of |= {str(e.base) for e in written.atoms(Indexed)}
        if written.has(base):  # d/dx (a x), a's definition unread: a of x or not decides it (probe s51-A's a21)
            tied = tied_entries(written, self.names, base, entry)  # w_2 of w_2 = 2w_1, where written holds it
            return sorted((made_of & self.names.undeclared & self.names.unread) - {str(base)} | tied)  # by z_i: z
        if base in (*self.names.defined_vectors.values(), *self.names.defined_scalars.values()):
            # by a defined quantity, what is written without it is decided by ``held_derivative``: held fixed,
            # unless it is a name whose definition the page writes but that could not be read (μ = 𝒮(a))
            return sorted(made_of & self.names.undeclared & self.names.unread)
        return sorted(made_of & self.names.undeclared)

    def jacobian(self, expr: Shaped, variable: Shaped) -> Shaped | ThreeIndex:
        """∂s/∂z of two column vectors: the n×n Jacobian, ∂s_P/∂z_Q at row P, column Q (numerator layout, as the
        chain rule ∂L/∂s ∂s/∂z is written left to right). By a matrix it has three indices (``by_matrix``)."""
        if expr.columns == 1 and variable.rows != 1 and variable.columns != 1:
            return by_matrix(expr, variable, self.differentiate)
        if expr.columns != 1 or variable.columns != 1:
            raise self.error(
                "a derivative of a matrix or a row (or by a row) has four indices or reads two ways, "
                "∂a_{ij}/∂w_{kl}: no matrix shows it; write one entry"
            )
        axes = variable.axes
        by = variable.at(axes.column, 1)
        return Shaped(expr.rows, variable.rows, self.differentiate(expr.entry, by), axes)

    def held_derivative(self, expr: Expr, variable: Expr) -> Expr:
        """∂A/∂B for a defined B: A written down to B (B's definition left out), differentiated with B held as an
        independent variable. For E = −Σ_j t_j log o_j, ∂E/∂o_j = −t_j/o_j."""
        defined = self.names.defined
        if defined is None:
            raise self.error(f"a derivative by {display_name(str(variable))} cannot stand in a definition")
        base = variable.base if isinstance(variable, Indexed) else variable
        self.names.held_by.add((expr.base if isinstance(expr, Indexed) else expr, base))  # ``held_intermediates``
        self.nonzero.extend(defined.nonzero_in(expr))
        written = expand_definitions(expr, [d for d in defined.definitions if d.name != base])
        if not (written.has(base) if isinstance(variable, Indexed) else variable in written.free_symbols):
            made_of = _independents(expand_definitions(variable, defined.definitions))
            shared = made_of & _independents(written)
            if shared:
                shown = ", ".join(sorted(str(s) for s in shared))
                raise self.error(
                    f"∂/∂{display_name(str(base))} of what the definitions write without "
                    f"{display_name(str(base))} but with what it is made of ({shown}): held fixed that is 0, "
                    f"through {display_name(str(base))} it is not; write it in terms of {display_name(str(base))}"
                )
        written = rename_bound_apart(written, variable.free_symbols)
        return Derivative(written, variable).doit(deep=False)

    def primes(self) -> int:
        """How many primes follow a function's name: f', f'', f^\\prime, f^{\\prime\\prime}."""
        count = 0
        while True:
            if self.at("'"):
                self.next()
                count += 1
            elif self.at("^") and (self.peek(1) is not None) and self.peek(1).kind in ("command", "{"):  # type: ignore[union-attr]
                after = self.peek(1)
                if after is not None and after.kind == "command" and after.value == "prime":
                    self.position += 2
                    count += 1
                    continue
                group_end = self.position + 2
                inner = []
                while group_end < len(self.tokens) and self.tokens[group_end].kind != "}":
                    inner.append(self.tokens[group_end])
                    group_end += 1
                if inner and all(t.kind == "command" and t.value == "prime" for t in inner):
                    self.position = group_end + 1
                    count += len(inner)
                else:
                    return count
            else:
                return count
