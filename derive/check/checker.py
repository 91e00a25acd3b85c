"""The step checker: proves each step equal to the one before, or refutes it, or says it is unproven.

It knows nothing of how the steps were produced: it reads a chain's expressions, the definitions, the case
condition and the constraints in force, and decides every claim afresh (``derive.check.decide``), or reads the
verdict back from the verdict cache.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from derive.check.cache import VerdictCache, decide_all
from derive.check.claim import Claim, at_n
from derive.check.display import Displayable
from derive.check.verdict import Verdict
from derive.engine.step import Chain, Derivation


@dataclass(frozen=True)
class CheckedChain:
    """A chain and the verdict on each of its steps; ``as_expected`` says if it holds (or fails) as claimed."""

    chain: Chain
    verdicts: tuple[Verdict, ...]

    @property
    def as_expected(self) -> bool:
        if self.chain.expected == "fails":
            return any(v.refuted for v in self.verdicts)
        return all(v.proven for v in self.verdicts)


@dataclass(frozen=True)
class CheckedDerivation(Displayable):
    """A derivation with every chain checked; in a notebook, shown as Markdown with math (see display.py)."""

    derivation: Derivation
    chains: tuple[CheckedChain, ...]

    @property
    def ok(self) -> bool:
        """Every step proven, and every shortcut shown false, as the derivation claims."""
        return all(chain.as_expected for chain in self.chains)


def check_claim(claim: Claim, seed: int = 0) -> Verdict:
    """Decide one claim: a symbolic proof at every instance, else a counterexample, else unproven (see
    ``derive.check.decide``, imported here on first use: a run whose verdicts all come from the verdict cache
    loads none of the provers)."""
    from derive.check.decide import decide_claim

    return decide_claim(claim, seed)


def load_provers() -> None:
    """Import what ``check_claim`` uses, before a helper process is forked (it would import it again)."""
    import derive.check.decide  # noqa: F401


def chain_claims(chain: Chain, derivation: Derivation) -> list[Claim]:
    """The claims a chain makes: each step equals the expression before it (a worked instance at its own n)."""
    claims = []
    previous = chain.lhs
    stated = tuple(a for a in derivation.assumptions if a.kind == "domain")
    for step in chain.steps:
        constraints = tuple(a for a in step.assumptions if a.kind != "domain")
        domains = stated + tuple(a for a in step.assumptions if a.kind == "domain" and a not in stated)
        claim = Claim(
            previous, step.expr, derivation.space, derivation.definitions, step.case.condition, constraints, domains
        )
        if chain.instance_n is not None and not derivation.space.is_concrete:
            claim = at_n(claim, chain.instance_n)
        claims.append(claim)
        previous = step.expr
    return claims


def check_derivation(
    derivation: Derivation,
    seed: int = 0,
    cache: VerdictCache | None = None,
    progress: Callable[[], object] | None = None,
) -> CheckedDerivation:
    """Check every step of every chain; with a ``cache``, verdicts already decided by the same code are read back.
    ``progress``, when given, is called after each chain (the command line's progress bar)."""
    per_chain = [chain_claims(chain, derivation) for chain in derivation.chains]
    claims = [claim for chain in per_chain for claim in chain]
    owner = [at for at, chain in enumerate(per_chain) for _ in chain]
    left = [len(chain) for chain in per_chain]
    for count in left:  # a chain without steps is done at once
        if count == 0 and progress is not None:
            progress()

    def done(position: int) -> None:
        chain = owner[position]
        left[chain] -= 1
        if left[chain] == 0 and progress is not None:
            progress()

    verdicts = decide_all(check_claim, claims, seed, cache, done, load_provers)  # every chain's claims: both cores
    checked, start = [], 0
    for chain, its in zip(derivation.chains, per_chain, strict=True):
        checked.append(CheckedChain(chain, tuple(verdicts[start : start + len(its)])))
        start += len(its)
    return CheckedDerivation(derivation, tuple(checked))
