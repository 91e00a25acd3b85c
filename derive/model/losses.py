"""Output layers and losses beyond softmax with cross-entropy, as SymPy objects over n outputs.

Each model is a ``Head``: the logits z, the targets y, the defined names (the output layer, the prediction ŷ,
the loss L) and any scalar parameters (a temperature T, a smoothing ε, a focusing γ). Every defined name is a
``Definition`` whose body the checker expands before it differentiates, so nothing about a sigmoid or a
log-sum-exp is taken on trust.
"""

from __future__ import annotations

from dataclasses import dataclass

from sympy import Add, Expr, IndexedBase, Mul, Pow, Rational, S, Sum, Symbol, exp, log

from derive.model.notation import Definition, IndexSpace, NamedIndices, index_symbols

#: The names every head shares: the output layer s, a smoothed target ỹ, the focusing parameter γ of the focal loss.
OUTPUT = IndexedBase("s", positive=True)
SMOOTHED = IndexedBase("ytilde", real=True)
GAMMA = Symbol("gamma", nonnegative=True)
NO_TEMPERATURE = Rational(1)


@dataclass(frozen=True)
class Head(NamedIndices):
    """An output layer with a loss: logits z, targets y, defined names, and scalar parameters."""

    space: IndexSpace
    z: IndexedBase  # logits, real
    y: IndexedBase  # targets
    yhat: IndexedBase  # the prediction ŷ (a defined name)
    L: Symbol  # the loss (a defined name)
    definitions: tuple[Definition, ...]
    parameters: tuple[Symbol, ...] = ()

    def over(self, index: Symbol) -> tuple[Symbol, Expr, Expr]:
        """The limit (index, 1, n) of a sum over all outputs."""
        return (index, Rational(1), self.space.upper)


@dataclass(frozen=True)
class SoftmaxHead(Head):
    """A softmax layer s (possibly of z/T) under a loss; ``T`` is 1 unless a temperature is given."""

    s: IndexedBase = OUTPUT
    T: Expr = NO_TEMPERATURE
    ytilde: IndexedBase = SMOOTHED  # the smoothed target, where there is one

    def exp_sum(self) -> Expr:
        """Σ_j e^{z_j/T}, the softmax denominator."""
        return Sum(exp(self.z[self.j] / self.T), self.over(self.j))

    def softmax_body(self, index: Expr) -> Expr:
        return exp(self.z[index] / self.T) / self.exp_sum()


@dataclass(frozen=True)
class SigmoidHead(Head):
    """n independent sigmoid outputs s_i = σ(a_i) with a_i = z_i (binary cross-entropy) or y_i z_i (focal loss)."""

    s: IndexedBase = OUTPUT

    def argument(self, index: Expr) -> Expr:
        """The sigmoid's argument for output ``index``: z_i, or y_i z_i when the focal loss signs it."""
        return self.z[index]

    def sigmoid_body(self, index: Expr) -> Expr:
        """σ(a) = 1/(1 + e^{−a})."""
        return 1 / (1 + exp(-self.argument(index)))

    def complement_body(self, index: Expr) -> Expr:
        """σ(−a) = 1/(1 + e^{a}), which equals 1 − σ(a) (proven in the derivations that use it)."""
        return _written_complement(self.argument(index))


@dataclass(frozen=True)
class FocalHead(SigmoidHead):
    """The binary focal loss with labels y_i ∈ {−1, 1}: s_i = p_t = σ(y_i z_i), L = −Σ_i (1 − p_t)^γ log p_t."""

    gamma: Symbol = GAMMA

    def argument(self, index: Expr) -> Expr:
        return self.y[index] * self.z[index]


def _space(n: int | Symbol) -> IndexSpace:
    return IndexSpace(n, index_symbols("i j k"))


def _bases(real_targets: bool = False) -> tuple[IndexedBase, IndexedBase, IndexedBase, Symbol]:
    y = IndexedBase("y", real=True) if real_targets else IndexedBase("y", nonnegative=True)
    return IndexedBase("z", real=True), y, IndexedBase("yhat", positive=True), Symbol("L", real=True)


def _written_complement(argument: Expr) -> Expr:
    """σ(−a) = 1/(e^{a} + 1), unevaluated as the derivations write it (so a definition and its use print alike)."""
    return Mul(S.One, Pow(Add(exp(argument), S.One, evaluate=False), -1, evaluate=False), evaluate=False)


def _half_sum_of_squares(a: Expr, b: Expr, over: tuple[Symbol, Expr, Expr]) -> Expr:
    """(1/2) Σ (a − b)², unevaluated as written."""
    square = Pow(Add(a, -b, evaluate=False), 2, evaluate=False)
    return Mul(S.Half, Sum(square, over), evaluate=False)


def sigmoid_bce_model(n: int | Symbol) -> SigmoidHead:
    """s_i = σ(z_i), ŷ_i = s_i, L = −Σ_i [y_i log s_i + (1 − y_i) log σ(−z_i)] (σ(−z_i) = 1 − s_i)."""
    space = _space(n)
    z, y, yhat, L = _bases(real_targets=True)
    i = space.indices[0]
    head = SigmoidHead(space, z, y, yhat, L, ())
    s = head.s
    term = Add(
        Mul(y[i], log(s[i]), evaluate=False),
        Mul(Add(S.One, -y[i], evaluate=False), log(head.complement_body(i)), evaluate=False),
        evaluate=False,
    )
    loss = -Sum(term, head.over(i))
    definitions = (
        Definition(s, head.sigmoid_body(i), i),
        Definition(head.yhat, s[i], i),
        Definition(L, loss),
    )
    return SigmoidHead(space, z, y, head.yhat, L, definitions)


def focal_model(n: int | Symbol) -> FocalHead:
    """s_i = p_t = σ(y_i z_i) with y_i ∈ {−1, 1}; ŷ_i = σ(z_i); L = −Σ_i σ(−y_i z_i)^γ log s_i (σ(−a) = 1 − σ(a))."""
    space = _space(n)
    z, y, yhat, L = _bases(real_targets=True)
    i = space.indices[0]
    head = FocalHead(space, z, y, yhat, L, ())
    s, gamma = head.s, head.gamma
    # Written as the derivation writes it, σ(−a) = 1/(e^{a} + 1) unevaluated: the definition and its use print alike.
    loss = -Sum(Mul(Pow(head.complement_body(i), gamma, evaluate=False), log(s[i]), evaluate=False), head.over(i))
    definitions = (
        Definition(s, head.sigmoid_body(i), i),
        Definition(yhat, 1 / (1 + exp(-z[i])), i),
        Definition(L, loss),
    )
    return FocalHead(space, z, y, yhat, L, definitions, (gamma,))


def softmax_head(
    n: int | Symbol,
    loss: str = "cross-entropy",
    temperature: bool = False,
) -> SoftmaxHead:
    """A softmax head (of z/T when ``temperature``) with the loss named: "cross-entropy" −Σ_i y_i log s_i,
    "log-softmax" −Σ_i y_i (z_i − log Σ_j e^{z_j}) (the log-sum-exp form), "squared error" ½ Σ_i (s_i − y_i)²,
    or "smoothed" −Σ_i ((1 − ε) y_i + ε/n) log s_i."""
    space = _space(n)
    z, y, yhat, L = _bases(real_targets=loss == "squared error")
    i = space.indices[0]
    T: Expr = Symbol("T", positive=True) if temperature else Rational(1)
    head = SoftmaxHead(space, z, y, yhat, L, (), T=T)
    s = head.s
    parameters: tuple[Symbol, ...] = (T,) if isinstance(T, Symbol) else ()
    body: Expr
    if loss == "cross-entropy":
        body = -Sum(y[i] * log(s[i]), head.over(i))
    elif loss == "log-softmax":
        body = -Sum(Mul(y[i], Add(z[i], -log(head.exp_sum()), evaluate=False), evaluate=False), head.over(i))
    elif loss == "squared error":
        body = _half_sum_of_squares(s[i], y[i], head.over(i))
    elif loss == "smoothed":
        epsilon = Symbol("epsilon", nonnegative=True)
        parameters = (epsilon,)
        body = -Sum(head.ytilde[i] * log(s[i]), head.over(i))
    else:
        raise ValueError(f"unknown loss {loss!r}")
    definitions: tuple[Definition, ...] = (Definition(s, head.softmax_body(i), i), Definition(yhat, s[i], i))
    if loss == "smoothed":
        definitions += (Definition(head.ytilde, smoothed_target(y, i, parameters[0], space.upper), i),)
    definitions += (Definition(L, body),)
    return SoftmaxHead(space, z, y, yhat, L, definitions, parameters, s, T)


def smoothed_target(y: IndexedBase, index: Expr, epsilon: Expr, n: Expr) -> Expr:
    """(1 − ε) y_i + ε/n: the one-hot target y smoothed towards uniform, as PyTorch's label_smoothing=ε does."""
    return (1 - epsilon) * y[index] + epsilon / n


def identity_mse_model(n: int | Symbol) -> Head:
    """ŷ_i = z_i (an identity output layer), L = ½ Σ_i (ŷ_i − y_i)², targets any reals."""
    space = _space(n)
    z, y, _, L = _bases(real_targets=True)
    yhat = IndexedBase("yhat", real=True)
    i = space.indices[0]
    head = Head(space, z, y, yhat, L, ())
    definitions = (Definition(yhat, z[i], i), Definition(L, _half_sum_of_squares(yhat[i], y[i], head.over(i))))
    return Head(space, z, y, yhat, L, definitions)
