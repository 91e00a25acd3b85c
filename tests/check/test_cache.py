"""The verdict cache: a hit gives the verdicts of a fresh check; any change of code, versions, claim or seed
misses; a bad cache file is a miss, never an error; an unwritable cache is no cache; refuted verdicts are
always recomputed; and the output is byte for byte the same with and without the cache."""

from __future__ import annotations

import ast
import dataclasses
import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from sympy import Symbol

from derive.check import check_derivation
from derive.check.cache import VerdictCache, code_fingerprint, default_directory
from derive.check.checker import Claim, chain_claims
from derive.check.verdict import Status
from derive.engine.catalogue import SYMBOLIC_N, build
from derive.printers import render

CACHE = sys.modules["derive.check.cache"]
CHECKER = sys.modules["derive.check.checker"]


@pytest.fixture(scope="module")
def symbolic_log() -> object:
    """softmax-jacobian-log for every n: proven steps with cross-checks, and a worked instance at n = 3."""
    return build("softmax-jacobian-log", SYMBOLIC_N)


@pytest.fixture(scope="module")
def ce2() -> object:
    """softmax-ce at n = 2: proven steps with evidence, and a refuted shortcut with a counterexample."""
    return build("softmax-ce", 2)


def files(directory: Path) -> list[Path]:
    return sorted(directory.rglob("*.json"))


def counting(monkeypatch: pytest.MonkeyPatch) -> list[Claim]:
    """Record every claim the checker decides afresh (check_derivation looks check_claim up when it runs)."""
    decided: list[Claim] = []
    real = CHECKER.check_claim

    def check_claim(claim: Claim, seed: int = 0) -> object:
        decided.append(claim)
        return real(claim, seed)

    monkeypatch.setattr(CHECKER, "check_claim", check_claim)
    return decided


def test_a_hit_gives_the_verdicts_of_a_fresh_check(symbolic_log: object, ce2: object, tmp_path: Path) -> None:
    for derivation in (symbolic_log, ce2):
        fresh = check_derivation(derivation)
        cache = VerdictCache(tmp_path)
        cold = check_derivation(derivation, cache=cache)
        assert cache.hits == 0 and files(tmp_path)
        warm_cache = VerdictCache(tmp_path)
        warm = check_derivation(derivation, cache=warm_cache)
        verdicts = [v for chain in fresh.chains for v in chain.verdicts]
        assert warm_cache.hits == sum(not v.refuted for v in verdicts)
        assert warm_cache.misses == sum(v.refuted for v in verdicts)
        assert fresh == cold == warm
    assert any(v.cross_check for chain in check_derivation(symbolic_log).chains for v in chain.verdicts)
    assert all(v.evidence for v in verdicts)  # softmax-ce at n = 2: every verdict has its numeric evidence


def test_output_is_byte_identical_with_and_without_the_cache(ce2: object, symbolic_log: object, tmp_path: Path) -> None:
    for derivation in (ce2, symbolic_log):
        fresh = check_derivation(derivation)
        check_derivation(derivation, cache=VerdictCache(tmp_path))
        warm = check_derivation(derivation, cache=VerdictCache(tmp_path))
        for fmt in ("json", "latex", "markdown", "text"):
            assert render(warm, fmt) == render(fresh, fmt), fmt


def test_refuted_verdicts_are_never_stored_and_always_recomputed(
    ce2: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = check_derivation(ce2)
    refuted = [v for chain in fresh.chains for v in chain.verdicts if v.refuted]
    assert refuted and all(v.counterexample is not None for v in refuted)
    check_derivation(ce2, cache=VerdictCache(tmp_path))
    stored = [json.loads(path.read_text(encoding="utf-8"))["status"] for path in files(tmp_path)]
    assert stored and "refuted" not in stored
    decided = counting(monkeypatch)
    warm = check_derivation(ce2, cache=VerdictCache(tmp_path))
    assert len(decided) == len(refuted)
    assert [v for chain in warm.chains for v in chain.verdicts if v.refuted] == refuted


def test_a_refuted_verdict_is_not_written_even_when_asked(ce2: object, tmp_path: Path) -> None:
    cache = VerdictCache(tmp_path)
    claims = [claim for chain in ce2.chains for claim in chain_claims(chain, ce2)]
    verdicts = [v for chain in check_derivation(ce2).chains for v in chain.verdicts]
    for claim, verdict in zip(claims, verdicts, strict=True):
        if verdict.refuted:
            cache.write(cache.key(claim, 0), verdict)
    assert files(tmp_path) == []


def test_a_code_or_version_change_misses(symbolic_log: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check_derivation(symbolic_log, cache=VerdictCache(tmp_path))
    monkeypatch.setattr(CACHE, "code_fingerprint", lambda: "0" * 64)
    cache = VerdictCache(tmp_path)
    decided = counting(monkeypatch)
    check_derivation(symbolic_log, cache=cache)
    assert cache.hits == 0 and len(decided) >= sum(len(chain.steps) for chain in symbolic_log.chains)


def test_the_fingerprint_covers_every_source_file_and_the_library_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "derive"
    shutil.copytree(CACHE.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(CACHE, "PACKAGE", copy)
    fingerprints = []
    try:
        for change in ("", "printers/plain.py", "sympy", "mpmath"):
            if change.endswith(".py"):
                (copy / change).write_text((copy / change).read_text(encoding="utf-8") + "\n# a change\n")
            elif change:
                monkeypatch.setattr(sys.modules[change], "__version__", "0.0.0-test")
            code_fingerprint.cache_clear()
            fingerprints.append(code_fingerprint())
    finally:
        code_fingerprint.cache_clear()
    assert len(set(fingerprints)) == 4


def test_a_different_claim_or_seed_has_another_key(ce2: object, tmp_path: Path) -> None:
    cache = VerdictCache(tmp_path)
    claim = chain_claims(ce2.chains[0], ce2)[0]
    x = Symbol("x")
    variants = [
        dataclasses.replace(claim, rhs=claim.rhs + 1),
        dataclasses.replace(claim, lhs=claim.lhs * 2),
        dataclasses.replace(claim, condition=claim.space.indices[0] > 1),
        dataclasses.replace(claim, definitions=claim.definitions[:-1]),
        dataclasses.replace(claim, constraints=chain_claims(ce2.chains[-2], ce2)[0].constraints),
        dataclasses.replace(claim, space=dataclasses.replace(claim.space, n=3)),
        dataclasses.replace(claim, rhs=claim.rhs + x),
        dataclasses.replace(claim, rhs=claim.rhs + Symbol("x", real=True)),  # the same name, other assumptions
    ]
    keys = {cache.key(claim, 0), cache.key(claim, 1), *(cache.key(variant, 0) for variant in variants)}
    assert None not in keys and len(keys) == len(variants) + 2
    assert cache.key(claim, 0) == VerdictCache(tmp_path / "elsewhere").key(claim, 0)


HOSTILE = {
    "empty": b"",
    "truncated": b'{"format": "derive-verdict-1", "status": "pro',
    "not json": b"__import__('os').system('echo pwned')",
    "a list": b"[1, 2, 3]",
    "not utf-8": bytes(range(256)),
    "deep": b"[" * 30000 + b"]" * 30000,
    "too large": b'{"pad": "' + b"x" * 100_000 + b'"}',
    "a huge integer": b'{"format": "derive-verdict-1", "evidence": [' + b"9" * 5000 + b", 1, 0, 50]}",
}


def forged(record: dict[str, object], **changes: object) -> bytes:
    return json.dumps({**record, **changes}).encode()


def test_malformed_or_hostile_cache_files_are_misses(
    ce2: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = check_derivation(ce2)
    check_derivation(ce2, cache=VerdictCache(tmp_path))
    paths = files(tmp_path)
    record = json.loads(paths[0].read_text(encoding="utf-8"))
    contents = [
        *HOSTILE.values(),
        forged(record, key="0" * 64),  # a verdict stored for another claim
        forged(record, format="derive-verdict-0"),
        forged(record, status="refuted"),
        forged(record, status=1),
        forged(record, method=None),
        forged(record, evidence=[True, 3, 0, 50]),
        forged(record, evidence=["3", 3, 0, 50]),
        forged(record, evidence=[3, 3, 0]),
        forged(record, cross_check=[[2, "maybe"]]),
        forged(record, cross_check={"2": "proven"}),
    ]
    for number, path in enumerate(paths):
        path.write_bytes(contents[number % len(contents)])
    decided = counting(monkeypatch)
    cache = VerdictCache(tmp_path)
    again = check_derivation(ce2, cache=cache)
    assert again == fresh
    assert cache.hits == 0 and len(decided) == sum(len(chain.verdicts) for chain in fresh.chains)


def test_files_that_are_not_regular_files_are_misses(ce2: object, tmp_path: Path) -> None:
    fresh = check_derivation(ce2)
    check_derivation(ce2, cache=VerdictCache(tmp_path))
    paths = files(tmp_path)
    paths[0].unlink()
    paths[0].mkdir()
    paths[1].unlink()
    os.mkfifo(paths[1])  # opening it for reading must not block
    paths[2].unlink()
    paths[2].symlink_to("/dev/zero")
    cache = VerdictCache(tmp_path)
    assert check_derivation(ce2, cache=cache) == fresh
    assert cache.hits == len(paths) - 3


def test_reading_the_cache_evaluates_nothing(
    symbolic_log: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    check_derivation(symbolic_log, cache=VerdictCache(tmp_path))
    tree = ast.parse(Path(CACHE.__file__).read_text(encoding="utf-8"))
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    names |= {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    names |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for alias in node.names}
    assert not names & {"eval", "exec", "sympify", "parse_expr", "pickle", "loads_pickle", "literal_eval"}
    monkeypatch.setattr(CHECKER, "check_claim", lambda claim, seed=0: pytest.fail("a hit decided a claim"))
    cache = VerdictCache(tmp_path)
    check_derivation(symbolic_log, cache=cache)
    assert cache.misses == 0


def test_an_unwritable_cache_is_no_cache(ce2: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = check_derivation(ce2)
    blocked = tmp_path / "a file"
    blocked.write_text("not a directory")
    for directory in (blocked, blocked / "below"):
        cache = VerdictCache(directory)
        assert check_derivation(ce2, cache=cache) == fresh
        assert not cache.writable and blocked.read_text() == "not a directory"

    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(CACHE.tempfile, "mkstemp", refuse)
    cache = VerdictCache(tmp_path / "cache")
    assert check_derivation(ce2, cache=cache) == fresh
    assert not cache.writable and files(tmp_path) == []


def test_the_cache_directory_is_chosen_by_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DERIVE_CACHE_DIR", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_directory() == tmp_path / "explicit"
    monkeypatch.delenv("DERIVE_CACHE_DIR")
    assert default_directory() == tmp_path / "xdg" / "derive"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # ignored, as the XDG specification says
    assert default_directory() == tmp_path / "home" / ".cache" / "derive"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_directory() == tmp_path / "home" / ".cache" / "derive"


def test_the_test_session_has_a_cache_of_its_own() -> None:
    directory = default_directory()
    assert directory is not None and directory.name.startswith("derive-test-cache-")
    assert Path.home() / ".cache" not in directory.parents


def test_unproven_verdicts_are_stored(tmp_path: Path) -> None:
    ce = build("softmax-ce", 2)
    claim = chain_claims(ce.chains[0], ce)[0]
    cache = VerdictCache(tmp_path)
    unproven = CHECKER.Verdict(Status.UNPROVEN, "no symbolic test succeeded", "n = 2")
    cache.write(cache.key(claim, 0), unproven)
    assert VerdictCache(tmp_path).read(cache.key(claim, 0)) == unproven
