"""A derivation as data: rules, cases, assumptions, steps, chains of steps, and the derivation itself."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from sympy import Basic, Expr, IndexedBase, S

from derive.model.notation import Definition, IndexSpace


@dataclass(frozen=True)
class Rule:
    """A named rewrite rule; ``statement`` gives it in one line, e.g. "(f/g)′ = (f′g − fg′)/g²"."""

    name: str
    statement: str


@dataclass(frozen=True)
class Case:
    """A case of a derivation: a name such as "i = k" and the condition on the indices it stands for."""

    name: str
    condition: Basic = S.true


ALL_INDICES = Case("all indices")

AssumptionKind = Literal["domain", "sum-to-one", "one-hot", "rows-sum-to-one"]


@dataclass(frozen=True)
class Assumption:
    """An assumption a proof may use: a domain (z_i real), Σ_i y_i = 1, or "y is one-hot".

    ``relation`` is the assumption as a SymPy object for printing; ``vector`` names the vector a
    constraint is about, so that the checker can apply it.
    """

    kind: AssumptionKind
    phrase: str
    relation: Basic | None = None
    vector: IndexedBase | None = None
    #: For "rows-sum-to-one" (Σ_i y_{n,i} = 1 for every n of a batch): how many rows (a length); the relation
    #: is one row's sum, Σ_{i=1}^{C} y_{a,i} = 1, at a free row index a.
    rows: Basic | None = None
    #: For "rows-sum-to-one": every row is one-hot too (its entries 0 or 1, as "y one-hot" of an array says, or a
    #: domain {0, 1} beside the sum), so that drawn points and counterexamples keep each row one-hot.
    hot: bool = False


@dataclass(frozen=True)
class Step:
    """One link of a chain: the expression, the rule that produced it, why, its case and the assumptions in force."""

    expr: Basic
    rule: Rule
    justification: str
    case: Case = ALL_INDICES
    assumptions: tuple[Assumption, ...] = ()


Expectation = Literal["holds", "fails"]


@dataclass(frozen=True)
class Chain:
    """An equality chain lhs = step_1 = step_2 = …; each step is claimed equal to the one before it.

    ``expected`` is "fails" for a chain that shows a tempting shortcut to be false: it is verified
    when the checker refutes it with a counterexample. ``instance_n`` marks a worked instance at a
    concrete n inside a derivation for every n (its definitions are read at that n).
    """

    title: str
    lhs: Basic
    steps: tuple[Step, ...]
    expected: Expectation = "holds"
    instance_n: int | None = None

    def __post_init__(self) -> None:
        if not self.steps:
            raise ValueError(f"chain {self.title!r} has no steps")

    @property
    def case(self) -> Case:
        return self.steps[0].case


@dataclass(frozen=True)
class Derivation:
    """A built derivation: what is derived, over which symbols, under which assumptions, and its chains.

    ``result`` is the final result written in the symbols that ``symbols`` lists (no defined names),
    so that a consumer can evaluate it.
    """

    name: str
    title: str
    space: IndexSpace
    assumptions: tuple[Assumption, ...]
    definitions: tuple[Definition, ...]
    symbols: tuple[tuple[str, tuple[Basic, ...]], ...]
    chains: tuple[Chain, ...]
    result: Basic
    notes: tuple[str, ...] = field(default=())

    @property
    def n(self) -> int | Expr:
        return self.space.n


class ChainBuilder:
    """Collects the steps of one chain: ``ChainBuilder(title, lhs, case).then(rule, expr, why)…build()``."""

    def __init__(
        self,
        title: str,
        lhs: Basic,
        case: Case = ALL_INDICES,
        assumptions: Sequence[Assumption] = (),
        expected: Expectation = "holds",
        instance_n: int | None = None,
    ) -> None:
        self.title, self.lhs, self.case, self.expected = title, lhs, case, expected
        self.instance_n = instance_n
        self.assumptions = tuple(assumptions)
        self.steps: list[Step] = []

    @property
    def current(self) -> Basic:
        """The expression the chain has reached so far."""
        return self.steps[-1].expr if self.steps else self.lhs

    def then(self, rule: Rule, expr: Basic, justification: str = "") -> ChainBuilder:
        self.steps.append(Step(expr, rule, justification or rule.statement, self.case, self.assumptions))
        return self

    def build(self) -> Chain:
        return Chain(self.title, self.lhs, tuple(self.steps), self.expected, self.instance_n)
