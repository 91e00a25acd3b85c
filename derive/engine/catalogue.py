"""The built-in derivations by name: a static table, so that listing them or looking one up imports no family
of derivations and no SymPy (each family's module is imported when one of its derivations is built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from derive.engine.entry import Entry
from derive.errors import UsageError
from derive.suggest import did_you_mean

if TYPE_CHECKING:
    from sympy import Symbol

    from derive.engine.step import Derivation

    #: The length n as a symbol: a derivation built with it holds for every n at once, in index notation.
    SYMBOLIC_N: Symbol

DEFAULT_NAME = "softmax-ce"
#: The n of a derivation when none is given, unless its entry names its own (toy-network: the question's network
#: has two outputs).
DEFAULT_N = 3
#: The largest concrete n for a derivation not listed in MAX_N_OF: above it, building or checking takes minutes
#: (the explicit n × n results are written out entry by entry).
MAX_N = 16
#: Derivations measured fast at larger n (bench/run.py, section "concrete"): softmax-ce at n = 256 in about 13 s.
MAX_N_OF = {"softmax-ce": 256}

SOFTMAX, VARIANTS, LAYERS = "softmax and cross-entropy", "softmax variants", "layers and back-propagation"

#: Every built-in derivation, in the order ``derive list`` shows them. A builder's module is imported only when
#: that derivation is built.
CATALOGUE: tuple[Entry, ...] = (
    Entry(
        "softmax-ce",
        SOFTMAX,
        "the whole story: Jacobian, gradient, and ∂L/∂z_k = ŷ_k − y_k for one-hot targets",
        "builtins_softmax",
        "softmax_ce",
    ),
    Entry(
        "softmax-jacobian",
        SOFTMAX,
        "∂s_i/∂z_k = s_i(δ_ik − s_k) by the quotient rule, case by case, and the matrix diag(s) − s sᵀ",
        "builtins_softmax",
        "softmax_jacobian",
    ),
    Entry(
        "softmax-jacobian-log",
        SOFTMAX,
        "the same Jacobian by the log-derivative: ∂ log s_i/∂z_k = δ_ik − s_k",
        "builtins_softmax",
        "softmax_jacobian_log",
    ),
    Entry(
        "cross-entropy-grad",
        SOFTMAX,
        "∂L/∂z_k = s_k Σ_i y_i − y_k for any target, through the Jacobian",
        "builtins_softmax",
        "cross_entropy_grad",
    ),
    Entry(
        "sigmoid-bce",
        "binary heads",
        "∂L/∂z_k = σ(z_k) − y_k for binary cross-entropy on sigmoid outputs",
        "builtins_losses",
        "sigmoid_bce",
    ),
    Entry(
        "soft-targets",
        VARIANTS,
        "cross-entropy with soft targets: ŷ − y when Σ_i y_i = 1, τ ŷ − y for any non-negative y",
        "builtins_losses",
        "soft_targets",
    ),
    Entry(
        "softmax-temperature",
        VARIANTS,
        "s = softmax(z/T): ∂L/∂z_k = (ŷ_k − y_k)/T",
        "builtins_losses",
        "softmax_temperature",
    ),
    Entry(
        "log-softmax-nll",
        VARIANTS,
        "log-softmax in log-sum-exp form with NLL: ŷ − y without the quotient rule; shift invariance",
        "builtins_losses",
        "log_softmax_nll",
    ),
    Entry(
        "label-smoothing",
        VARIANTS,
        "target (1 − ε) y + ε/n, PyTorch's label smoothing: ∂L/∂z_k = ŷ_k − ỹ_k",
        "builtins_losses",
        "label_smoothing",
    ),
    Entry(
        "mse-linear",
        "regression",
        "½‖ŷ − y‖² on an identity output: ∂L/∂z_k = ŷ_k − y_k",
        "builtins_losses",
        "mse_linear",
    ),
    Entry(
        "mse-softmax",
        "regression",
        "½‖s − y‖² on a softmax: s_k((s_k − y_k) − Σ_i s_i(s_i − y_i)), and not ŷ − y",
        "builtins_losses",
        "mse_softmax",
    ),
    Entry(
        "focal-loss",
        "other losses",
        "binary focal loss: y(1 − p_t)^γ(γ p_t log p_t + p_t − 1) as published, and ŷ − t at γ = 0",
        "builtins_losses",
        "focal_loss",
    ),
    Entry(
        "dense-softmax-ce",
        LAYERS,
        "z = Wᵀx + b under softmax and cross-entropy: ∂L/∂W_ij = x_i(ŷ_j − y_j), ∂L/∂W = x(ŷ − y)ᵀ, ∂L/∂b = ŷ − y",
        "builtins_layers",
        "dense_softmax_ce",
    ),
    Entry(
        "seed-002-network",
        LAYERS,
        "a tutorial's softmax layer with 2 inputs and 3 classes (θ = wᵀx + b), weights written out, with the"
        " shapes the tutorial is loose about",
        "builtins_layers",
        "seed_002_network",
    ),
    Entry(
        "softmax-jacobian-matrix",
        "Jacobian properties",
        "J = diag(s) − s sᵀ is symmetric, J·1 = 0, and vᵀJv = Σ_i s_i v_i² − (Σ_i s_i v_i)² ≥ 0 (a variance)",
        "builtins_layers",
        "softmax_jacobian_matrix",
    ),
    Entry(
        "backprop-hidden",
        LAYERS,
        "one hidden layer, logistic sigmoid: δ_j = σ′(a_j) Σ_k W_jk δ_k with σ′ = σ(1 − σ), ∂L/∂V_ij = x_i δ_j",
        "builtins_layers",
        "backprop_hidden",
    ),
    Entry(
        "backprop-hidden-tanh",
        LAYERS,
        "the same with tanh: σ′ = 1 − tanh²",
        "builtins_layers",
        "backprop_hidden_tanh",
    ),
    Entry(
        "backprop-hidden-relu",
        LAYERS,
        "the same with ReLU: σ′ = 1 for a > 0, 0 for a < 0, and ReLU′(0) = 0 by convention",
        "builtins_layers",
        "backprop_hidden_relu",
    ),
    Entry(
        "toy-network",
        LAYERS,
        "the two-output network of a question from a Q&A site whose derivation drops a sum: the two paths from"
        " w_21 to the loss add up to ∂E/∂w_21 = h_2(o_1 − t_1)",
        "builtins_layers",
        "toy_network",
        default_n=2,
    ),
)


def names() -> tuple[str, ...]:
    """The names of the built-in derivations, in catalogue order."""
    return tuple(entry.name for entry in CATALOGUE)


def lookup(name: str) -> Entry:
    """The catalogue entry called ``name``; a UsageError with the closest names ("did you mean …") if there is none."""
    for entry in CATALOGUE:
        if entry.name == name:
            return entry
    raise UsageError(f"unknown derivation {name!r}{did_you_mean(name, names())} (see 'derive list')")


def default_n(name: str) -> int:
    """The n of ``name`` when none is given: its entry's own, else DEFAULT_N."""
    own = lookup(name).default_n
    return DEFAULT_N if own is None else own


def entry_for(name: str, n: int | Symbol | None) -> Entry:
    """The entry that builds ``name`` at n (None or a Symbol: for every n); a UsageError for an unknown name or
    an n out of range. Cheap: the command line calls it before it imports SymPy."""
    entry = lookup(name)
    if isinstance(n, int) and n < 2:
        raise UsageError(f"n must be at least 2, got {n}; pass --n 2 or more")
    limit = MAX_N_OF.get(name, MAX_N)
    if isinstance(n, int) and n > limit:
        raise UsageError(
            f"n = {n} is above the largest supported n for {name}, {limit} (it takes minutes); pass --n {limit} or less"
        )
    return entry


def build(name: str, n: int | Symbol | None = None) -> Derivation:
    """Build the derivation ``name`` for n classes (n ≥ 2, or a Symbol for every n at once; None: its default n)."""
    size = default_n(name) if n is None else n
    return entry_for(name, size).build(size)


def __getattr__(name: str) -> object:
    """SYMBOLIC_N, made on first use (creating a Symbol needs SymPy, which listing the catalogue does not)."""
    if name == "SYMBOLIC_N":
        from sympy import Symbol

        return Symbol("n", integer=True, positive=True)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CATALOGUE",
    "DEFAULT_N",
    "DEFAULT_NAME",
    "MAX_N",
    "MAX_N_OF",
    "SYMBOLIC_N",
    "Entry",
    "build",
    "default_n",
    "entry_for",
    "lookup",
    "names",
]
