"""Softmax s_i = e^{z_i} / Σ_j e^{z_j} and cross-entropy L = −Σ_i y_i log s_i over n logits, as SymPy objects."""

from __future__ import annotations

from dataclasses import dataclass

from sympy import Expr, IndexedBase, Symbol, exp, log

from derive.model.notation import Definition, IndexSpace, NamedIndices, index_symbols


@dataclass(frozen=True)
class SoftmaxModel(NamedIndices):
    """The symbols and definitions of a softmax output layer with cross-entropy loss over n classes."""

    space: IndexSpace
    z: IndexedBase  # logits, real
    y: IndexedBase  # targets, non-negative reals
    s: IndexedBase  # softmax outputs (a defined name)
    yhat: IndexedBase  # predictions ŷ = s, in the seeds' notation (a defined name)
    L: Symbol  # the loss (a defined name)

    def exp_sum(self) -> Expr:
        """Σ_{j=1}^{n} e^{z_j}, the softmax denominator."""
        from sympy import Sum

        return Sum(exp(self.z[self.j]), (self.j, 1, self.space.upper))

    def softmax_body(self, index: Expr) -> Expr:
        """e^{z_index} / Σ_j e^{z_j}."""
        return exp(self.z[index]) / self.exp_sum()

    def cross_entropy_body(self) -> Expr:
        """−Σ_{i=1}^{n} y_i log s_i."""
        from sympy import Sum

        return -Sum(self.y[self.i] * log(self.s[self.i]), (self.i, 1, self.space.upper))

    @property
    def softmax_definition(self) -> Definition:
        return Definition(self.s, self.softmax_body(self.i), self.i)

    @property
    def yhat_definition(self) -> Definition:
        return Definition(self.yhat, self.s[self.i], self.i)

    @property
    def loss_definition(self) -> Definition:
        return Definition(self.L, self.cross_entropy_body())

    @property
    def definitions(self) -> tuple[Definition, ...]:
        return (self.softmax_definition, self.yhat_definition, self.loss_definition)


def softmax_model(n: int | Symbol) -> SoftmaxModel:
    """The model for n classes; n is an int ≥ 2 or a positive integer Symbol (every n at once)."""
    i, j, k = index_symbols("i j k")
    return SoftmaxModel(
        space=IndexSpace(n, (i, j, k)),
        z=IndexedBase("z", real=True),
        y=IndexedBase("y", nonnegative=True),
        s=IndexedBase("s", positive=True),
        yhat=IndexedBase("yhat", positive=True),
        L=Symbol("L", real=True),
    )
