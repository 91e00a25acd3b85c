"""Fixtures for the printer tests: checked derivations (checked once per session) and golden-file comparison."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from derive.check import CheckedDerivation, check_derivation
from derive.check.cache import VerdictCache
from derive.engine import build
from derive.engine.rules import mul
from derive.model import softmax_model

GOLDEN = Path(__file__).resolve().parent.parent / "golden"

_cache: dict[tuple[str, int], CheckedDerivation] = {}


def checked_derivation(name: str, n: int) -> CheckedDerivation:
    """``build(name, n)`` checked, computed once per test session (per worker; the verdicts through the session's
    own verdict cache, tests/conftest.py, which the other workers and the exports fixture share)."""
    if (name, n) not in _cache:
        _cache[(name, n)] = check_derivation(build(name, n), cache=VerdictCache.default())
    return _cache[(name, n)]


@pytest.fixture(scope="session")
def checked() -> Callable[[str, int], CheckedDerivation]:
    return checked_derivation


def wrong_derivation() -> CheckedDerivation:
    """softmax-jacobian at n = 2 with its off-diagonal result written with the wrong sign: s_i s_k for −s_i s_k."""
    derivation = build("softmax-jacobian", 2)
    (at,) = [at for at, c in enumerate(derivation.chains) if c.case.name == "i ≠ k"]
    chain = derivation.chains[at]
    m = softmax_model(2)
    last = dataclasses.replace(chain.steps[-1], expr=mul(m.s[m.i], m.s[m.k]))
    wrong = dataclasses.replace(chain, steps=(*chain.steps[:-1], last))
    chains = (*derivation.chains[:at], wrong, *derivation.chains[at + 1 :])
    return check_derivation(dataclasses.replace(derivation, chains=chains))


@pytest.fixture(scope="session")
def wrong() -> CheckedDerivation:
    return wrong_derivation()


def compare_golden(name: str, text: str) -> None:
    """``text`` must equal tests/golden/<name> exactly; DERIVE_UPDATE_GOLDEN=1 rewrites the file instead."""
    path = GOLDEN / name
    if os.environ.get("DERIVE_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing: run the tests with DERIVE_UPDATE_GOLDEN=1 to write it"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{path.name} differs from the printer output; if intended, DERIVE_UPDATE_GOLDEN=1"


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    return compare_golden
