"""The checker: a verdict for every step, independent of how the steps were produced."""

from derive.check.checker import CheckedChain, CheckedDerivation, Claim, check_claim, check_derivation
from derive.check.verdict import Counterexample, Evidence, Status, Verdict

__all__ = [
    "CheckedChain",
    "CheckedDerivation",
    "Claim",
    "Counterexample",
    "Evidence",
    "Status",
    "Verdict",
    "check_claim",
    "check_derivation",
]
