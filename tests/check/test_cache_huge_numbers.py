"""The verdict cache with integers longer than Python writes in decimal (4,300 digits): a key, never a traceback,
and distinct claims keep distinct keys. ((10^64)^64)^2 = z_1 printed a traceback with the cache on."""

from __future__ import annotations

from pathlib import Path

from sympy import IndexedBase, Integer, Rational, Symbol

from derive.check import Claim, Status, Verdict, check_claim
from derive.check.cache import VerdictCache
from derive.model.notation import IndexSpace

z = IndexedBase("z", real=True)
SPACE = IndexSpace(3, (Symbol("i", integer=True),))
HUGE = ((Integer(10) ** 64) ** 64) ** 2


def test_a_claim_with_a_huge_integer_has_a_key_and_its_neighbours_other_keys(tmp_path: Path) -> None:
    cache = VerdictCache(tmp_path)
    keys = {
        cache.key(Claim(side, z[1], SPACE), 0)
        for side in (HUGE, HUGE + 1, Rational(1, 1) * HUGE / 3, Rational(HUGE + 1, 3), -HUGE, HUGE * z[2])
    }
    assert None not in keys and len(keys) == 6


def test_a_verdict_on_a_huge_integer_is_stored_and_read_back(tmp_path: Path) -> None:
    cache = VerdictCache(tmp_path)
    claim = Claim(HUGE, z[1], SPACE)
    verdict = check_claim(claim)
    assert verdict.status is Status.REFUTED
    key = cache.key(claim, 0)
    cache.write(key, verdict)
    assert cache.read(key, claim) == verdict


def test_a_counterexample_with_a_huge_value_is_not_stored_rather_than_failing(tmp_path: Path) -> None:
    from derive.check.verdict import Counterexample

    cache = VerdictCache(tmp_path)
    claim = Claim(HUGE, z[1], SPACE)
    key = cache.key(claim, 0)
    cache.write(key, Verdict(Status.REFUTED, "counterexample", "", Counterexample(((z[1], HUGE),), HUGE, HUGE)))
    assert cache.read(key, claim) is None
