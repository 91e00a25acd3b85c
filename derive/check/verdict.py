"""What the checker says of a claim: proven, refuted (with a counterexample) or unproven, and its evidence."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sympy import Basic


class Status(str, Enum):
    """The verdicts. Only a symbolic proof earns PROVEN; only a counterexample earns REFUTED. VACUOUS (no index
    value satisfies the case) and UNDEFINED (a side has no value at a point of the domain, e.g. 1/0 there) are
    not proven either."""

    PROVEN = "proven"
    REFUTED = "refuted"
    UNPROVEN = "unproven"
    VACUOUS = "vacuous"
    UNDEFINED = "undefined"


#: How a verdict's method starts when the two sides are of different shapes (refuted without the provers).
SHAPE_MISMATCH = "the sides have different shapes"
#: How a refutation's method starts when its counterexample keeps a reason the page gives in words ("since $y$ is
#: one-hot"), which derive does not assume but held for that counterexample (``derive.report``).
KEEPS_REASON = "the counterexample keeps to"


@dataclass(frozen=True)
class Counterexample:
    """Concrete values (indices and symbols) at which the two sides differ, and both sides' values there."""

    values: tuple[tuple[Basic, Basic], ...]
    lhs_value: Basic
    rhs_value: Basic


@dataclass(frozen=True)
class Evidence:
    """A seeded numeric check at random points: how many points agreed, at what working precision."""

    points: int
    agreed: int
    seed: int
    digits: int


@dataclass(frozen=True)
class Verdict:
    """The checker's verdict on one claim: the method that decided it, over what (``scope``), and the
    numeric evidence beside it (evidence, never proof)."""

    status: Status
    method: str
    scope: str = ""
    counterexample: Counterexample | None = None
    evidence: Evidence | None = None
    #: For a claim about every n: the concrete checker's verdicts at small n, reported beside the proof.
    cross_check: tuple[tuple[int, Status], ...] = ()

    @property
    def proven(self) -> bool:
        return self.status is Status.PROVEN

    @property
    def refuted(self) -> bool:
        return self.status is Status.REFUTED
