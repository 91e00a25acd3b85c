"""Layers under a softmax / cross-entropy output: a dense layer z = Wᵀx + b (seed 002), and one hidden layer
h = σ(a), a = Vᵀx + c, beneath it (seed 001), as index-notation SymPy objects with their definitions."""

from __future__ import annotations

from dataclasses import dataclass

from sympy import Expr, IndexedBase, Sum, Symbol, exp, log

from derive.model.activations import Activation
from derive.model.notation import Definition, IndexSpace, NamedIndices, index_symbols


@dataclass(frozen=True)
class DenseModel(NamedIndices):
    """A dense layer z_j = Σ_i W_ij x_i + b_j (z = Wᵀx + b, W of shape d × n) feeding softmax and cross-entropy.

    The input index i ranges over 1..d (``space.ranges``); the class indices j, k over 1..n.
    """

    space: IndexSpace
    d: int
    x: IndexedBase  # the input, real, length d
    W: IndexedBase  # the weights, real, d × n
    b: IndexedBase  # the bias, real, length n
    z: IndexedBase  # the logits (a defined name)
    y: IndexedBase  # the targets, non-negative reals
    yhat: IndexedBase  # the prediction ŷ = softmax(z) (a defined name)
    L: Symbol  # the loss (a defined name)
    bias: bool = True  # seed 000's toy network has none

    def logit_body(self, index: Expr) -> Expr:
        """Σ_{i=1}^{d} W_{i,index} x_i + b_index (without b_index when the layer has no bias)."""
        i = self.i
        weighted = Sum(self.W[i, index] * self.x[i], (i, 1, self.d))
        return weighted + self.b[index] if self.bias else weighted

    def class_sum(self, body: Expr, index: Symbol | None = None) -> Sum:
        """Σ over the classes 1..n of ``body`` (in the index ``index``, k by default)."""
        index = self.k if index is None else index
        return Sum(body, (index, 1, self.space.upper))

    @property
    def definitions(self) -> tuple[Definition, ...]:
        j, k = self.j, self.k
        softmax = exp(self.z[k]) / Sum(exp(self.z[j]), (j, 1, self.space.upper))
        return (
            Definition(self.z, self.logit_body(j), j),
            Definition(self.yhat, softmax, k),
            Definition(self.L, -self.class_sum(self.y[k] * log(self.yhat[k]))),
        )


def dense_model(n: int | Symbol, d: int = 2, notation: str = "standard") -> DenseModel:
    """The dense layer with d inputs and n classes; ``notation="seed-002"`` names things as seed 002 does
    (w for the weights, θ for the logits, J for the loss), ``notation="seed-000"`` as seed 000's toy network
    (inputs h, weights w, logits y, outputs o, targets t, loss E, no bias)."""
    i, j, k = index_symbols("i j k")
    names = {
        "standard": ("x", "W", "z", "y", "yhat", "L"),
        "seed-002": ("x", "w", "theta", "y", "yhat", "J"),
        "seed-000": ("h", "w", "y", "t", "o", "E"),
    }[notation]
    x, w, z, y, yhat, loss = names
    return DenseModel(
        space=IndexSpace(n, (i, j, k), ((i, d),)),
        d=d,
        x=IndexedBase(x, real=True),
        W=IndexedBase(w, real=True),
        b=IndexedBase("b", real=True),
        z=IndexedBase(z, real=True),
        y=IndexedBase(y, nonnegative=True),
        yhat=IndexedBase(yhat, positive=True),
        L=Symbol(loss, real=True),
        bias=notation != "seed-000",
    )


@dataclass(frozen=True)
class HiddenModel(NamedIndices):
    """One hidden layer: a_j = Σ_i V_ij x_i + c_j, h_j = σ(a_j), z_k = Σ_j W_jk h_j + b_k, ŷ = softmax(z),
    L = −Σ_k y_k log ŷ_k. Inputs i ∈ 1..d, hidden units j, p ∈ 1..hidden, classes k, m ∈ 1..n."""

    space: IndexSpace
    d: int
    hidden: int
    activation: Activation
    x: IndexedBase
    V: IndexedBase
    c: IndexedBase
    a: IndexedBase  # pre-activations (defined)
    h: IndexedBase  # hidden outputs (defined)
    W: IndexedBase
    b: IndexedBase
    z: IndexedBase  # logits (defined)
    y: IndexedBase
    yhat: IndexedBase  # prediction (defined)
    delta: IndexedBase  # output error δ_k = ŷ_k − y_k (defined)
    L: Symbol

    @property
    def m(self) -> Symbol:
        return self.space.indices[3]

    @property
    def p(self) -> Symbol:
        return self.space.indices[4]

    def class_sum(self, body: Expr, index: Symbol | None = None) -> Sum:
        index = self.k if index is None else index
        return Sum(body, (index, 1, self.space.upper))

    @property
    def definitions(self) -> tuple[Definition, ...]:
        i, j, k, m, p = self.space.indices
        n = self.space.upper
        return (
            Definition(self.a, Sum(self.V[i, j] * self.x[i], (i, 1, self.d)) + self.c[j], j),
            Definition(self.h, self.activation.function(self.a[j]), j),
            Definition(self.z, Sum(self.W[p, k] * self.h[p], (p, 1, self.hidden)) + self.b[k], k),
            Definition(self.yhat, exp(self.z[k]) / Sum(exp(self.z[m]), (m, 1, n)), k),
            Definition(self.delta, self.yhat[k] - self.y[k], k),
            Definition(self.L, -self.class_sum(self.y[k] * log(self.yhat[k]))),
        )


def hidden_model(n: int | Symbol, activation: Activation, d: int = 2, hidden: int = 2) -> HiddenModel:
    """The one-hidden-layer network with d inputs, ``hidden`` hidden units and n classes."""
    i, j, k, m, p = index_symbols("i j k m p")
    return HiddenModel(
        space=IndexSpace(n, (i, j, k, m, p), ((i, d), (j, hidden), (p, hidden))),
        d=d,
        hidden=hidden,
        activation=activation,
        x=IndexedBase("x", real=True),
        V=IndexedBase("V", real=True),
        c=IndexedBase("c", real=True),
        a=IndexedBase("a", real=True),
        h=IndexedBase("h", real=True),
        W=IndexedBase("W", real=True),
        b=IndexedBase("b", real=True),
        z=IndexedBase("z", real=True),
        y=IndexedBase("y", nonnegative=True),
        yhat=IndexedBase("yhat", positive=True),
        delta=IndexedBase("delta", real=True),
        L=Symbol("L", real=True),
    )
