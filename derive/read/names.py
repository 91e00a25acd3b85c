"""The names a check file declares, and how each is written: single letters, Greek letters, hatted letters."""

from __future__ import annotations

from dataclasses import dataclass, field

from sympy import Expr, IndexedBase, Symbol

GREEK = frozenset(
    [
        "alpha",
        "beta",
        "gamma",
        "epsilon",
        "varepsilon",
        "zeta",
        "eta",
        "theta",
        "vartheta",
        "iota",
        "kappa",
        "lambda",
        "mu",
        "nu",
        "xi",
        "rho",
        "sigma",
        "tau",
        "upsilon",
        "phi",
        "varphi",
        "chi",
        "psi",
        "omega",
        "Gamma",
        "Theta",
        "Lambda",
        "Xi",
        "Phi",
        "Psi",
        "Omega",
        "Sigma",
        "ell",
    ]
)


@dataclass(frozen=True)
class FunctionDefinition:
    """A name defined with parameters, ``\\sigma(x): …``: applied where it is followed by its arguments."""

    parameters: tuple[Symbol, ...]
    body: Expr


@dataclass
class Names:
    """What every name in the text stands for."""

    length_name: str
    n: Expr
    vectors: dict[str, IndexedBase] = field(default_factory=dict)
    indices: dict[str, Symbol] = field(default_factory=dict)
    scalars: dict[str, Symbol] = field(default_factory=dict)
    defined_vectors: dict[str, IndexedBase] = field(default_factory=dict)
    defined_scalars: dict[str, Symbol] = field(default_factory=dict)
    functions: dict[str, FunctionDefinition] = field(default_factory=dict)

    def known(self) -> list[str]:
        return sorted(
            {*self.vectors, *self.indices, *self.scalars, *self.defined_vectors, *self.defined_scalars, *self.functions}
        )


def display_name(name: str) -> str:
    """How a name is written: "yhat" is \\hat{y}, "theta" is \\theta."""
    if name.endswith("hat") and len(name) > 3:
        return f"\\hat{{{display_name(name[:-3])}}}"
    return f"\\{name}" if name in GREEK else name
