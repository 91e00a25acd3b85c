"""The verdict cache: a hit gives the verdicts of a fresh check; any change of code, versions, claim or seed
misses; a bad cache file is a miss, never an error; an unwritable cache is no cache; refuted verdicts come
back with their counterexample, rebuilt exactly (or not at all); and the output is byte for byte the same with
and without the cache."""

from __future__ import annotations

import ast
import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sympy import Float, Function, I, Indexed, IndexedBase, Integer, Rational, Symbol, srepr

from derive.check import check_derivation
from derive.check.cache import VerdictCache, code_fingerprint, default_directory
from derive.check.checker import Claim, chain_claims
from derive.check.verdict import Counterexample, Status
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
    monkeypatch.setenv("DERIVE_WORKERS", "1")  # every claim decided in this process, where it is counted

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
        assert warm_cache.hits == len(verdicts) and warm_cache.misses == 0
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


def refuted_pairs(derivation: object) -> list[tuple[Claim, CHECKER.Verdict]]:
    claims = [claim for chain in derivation.chains for claim in chain_claims(chain, derivation)]
    verdicts = [v for chain in check_derivation(derivation).chains for v in chain.verdicts]
    return [(claim, verdict) for claim, verdict in zip(claims, verdicts, strict=True) if verdict.refuted]


def texts(found: Counterexample) -> list[str]:
    return [srepr(item) for pair in found.values for item in pair] + [srepr(found.lhs_value), srepr(found.rhs_value)]


def test_refuted_verdicts_are_stored_and_come_back_exactly(
    ce2: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for derivation in (ce2, build("softmax-ce", SYMBOLIC_N)):  # at n = 2, and at the cross-check's n = 2
        pairs = refuted_pairs(derivation)
        assert pairs and all(v.counterexample is not None for _, v in pairs)
        check_derivation(derivation, cache=VerdictCache(tmp_path))
        assert "refuted" in [json.loads(path.read_text(encoding="utf-8"))["status"] for path in files(tmp_path)]
        decided = counting(monkeypatch)
        warm = check_derivation(derivation, cache=VerdictCache(tmp_path))
        assert decided == []
        again = [v for chain in warm.chains for v in chain.verdicts if v.refuted]
        assert again == [v for _, v in pairs]
        for (_, fresh), read in zip(pairs, again, strict=True):
            assert fresh.counterexample is not None and read.counterexample is not None
            assert texts(read.counterexample) == texts(fresh.counterexample)
            assert [type(x) for p in read.counterexample.values for x in p] == [
                type(x) for p in fresh.counterexample.values for x in p
            ]
        monkeypatch.undo()


def test_a_refuted_verdict_needs_its_claim_to_be_read(ce2: object, tmp_path: Path) -> None:
    claim, verdict = refuted_pairs(ce2)[0]
    cache = VerdictCache(tmp_path)
    key = cache.key(claim, 0)
    cache.write(key, verdict)
    assert cache.read(key) is None  # no claim to resolve the counterexample's names in
    assert cache.read(key, claim) == verdict
    bare = dataclasses.replace(claim, lhs=Integer(0), rhs=Integer(0), definitions=(), constraints=(), domains=())
    assert cache.read(key, bare) is None  # a claim without the names y and z
    k = claim.space.indices[-1]
    twice = dataclasses.replace(claim, rhs=claim.rhs + Symbol(k.name) - Symbol(k.name, positive=True))
    assert cache.read(key, twice) is None  # a claim with two symbols of one name


def test_a_counterexample_that_cannot_be_stored_is_not_stored(ce2: object, tmp_path: Path) -> None:
    claim, verdict = refuted_pairs(ce2)[0]
    assert verdict.counterexample is not None
    values, lhs = verdict.counterexample.values, verdict.counterexample.lhs_value
    z, k = IndexedBase("z", real=True), Symbol("k", integer=True)
    unstorable = [
        Counterexample(values, Float(1.5) + 2 * I * Float(0.5), lhs),  # a complex value
        Counterexample(((Function("f")(k), Integer(1)), *values), lhs, lhs),  # another kind of key
        Counterexample(((Indexed(z, k), Integer(1)), *values), lhs, lhs),  # a symbolic index
        Counterexample(((k, Symbol("x")), *values), lhs, lhs),  # a value that is not a number
    ]
    cache = VerdictCache(tmp_path)
    for counterexample in unstorable:
        cache.write(cache.key(claim, 0), dataclasses.replace(verdict, counterexample=counterexample))
    cache.write(cache.key(claim, 0), dataclasses.replace(verdict, counterexample=None))  # refuted, no example
    assert files(tmp_path) == []
    cache.write(cache.key(claim, 0), dataclasses.replace(verdict, status=Status.PROVEN))  # proven, one example
    assert files(tmp_path) == []


def test_tampered_refuted_records_are_misses(ce2: object, tmp_path: Path) -> None:
    claim, verdict = refuted_pairs(ce2)[0]
    cache = VerdictCache(tmp_path)
    key = cache.key(claim, 0)
    cache.write(key, verdict)
    (path,) = files(tmp_path)
    record = json.loads(path.read_text(encoding="utf-8"))
    found = record["counterexample"]
    first, rest = found["values"][0], found["values"][1:]
    big = 10**400
    changed = [
        {**found, "srepr": ["Symbol('k')", *found["srepr"][1:]]},  # the srepr of another object
        {**found, "srepr": found["srepr"][:-1]},
        {**found, "values": [[["symbol", "nowhere"], first[1]], *rest]},  # a name the claim does not have
        {**found, "values": [[["indexed", "q", [1]], first[1]], *rest]},
        {**found, "values": [[["symbol", "k"], ["integer", "2"]], *rest]},
        {**found, "values": [[["symbol", "k"], ["integer", 2.0]], *rest]},
        {**found, "values": [[["symbol", "k"], ["integer", True]], *rest]},
        {**found, "values": [[["symbol", "k"], ["integer", big]], *rest]},  # a huge number
        {**found, "values": [[["symbol", "k"], ["rational", 4, 0]], *rest]},
        {**found, "values": [[["symbol", "k"], ["eval", "2"]], *rest]},
        {**found, "lhs": [*found["lhs"][:2], str(found["lhs"][2]), *found["lhs"][3:]]},  # a mantissa as text
        {**found, "lhs": [*found["lhs"][:2], found["lhs"][2] + 1, *found["lhs"][3:]]},  # another mantissa
        {**found, "lhs": [*found["lhs"][:2], big, found["lhs"][3], big.bit_length(), 1 << 30]},
        {**found, "lhs": [*found["lhs"][:3], 1 << 40, *found["lhs"][4:]]},  # a huge exponent
        {**found, "extra": 1},
        {key: value for key, value in found.items() if key != "rhs"},
        None,
        [found],
    ]
    tampered = [{**record, "counterexample": value} for value in changed]
    tampered += [{**record, "extra": None}, {k: v for k, v in record.items() if k != "evidence"}]
    tampered += [{**record, "status": "proven"}]  # a proven verdict with a counterexample
    for number, bad in enumerate(tampered):
        path.write_text(json.dumps(bad), encoding="utf-8")
        assert VerdictCache(tmp_path).read(key, claim) is None, number
    path.write_text(json.dumps(record), encoding="utf-8")
    assert VerdictCache(tmp_path).read(key, claim) == verdict


def test_numbers_round_trip_exactly(ce2: object, tmp_path: Path) -> None:
    claim, verdict = refuted_pairs(ce2)[0]
    assert verdict.counterexample is not None
    numbers = [Integer(0), Integer(-7), Rational(-9, 5), Float(0), Float("-0.3160112835510519", 15)]
    numbers += [Float("1e-300", 30), Float(2) ** 200, Float("0.1", 50)]
    cache = VerdictCache(tmp_path)
    key = cache.key(claim, 0)
    for number in numbers:
        found = dataclasses.replace(verdict.counterexample, lhs_value=number)
        cache.write(key, dataclasses.replace(verdict, counterexample=found))
        read = cache.read(key, claim)
        assert read is not None and read.counterexample is not None
        assert srepr(read.counterexample.lhs_value) == srepr(number) and read.counterexample == found


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
    "truncated": b'{"format": "derive-verdict-2", "status": "pro',
    "not json": b"__import__('os').system('echo pwned')",
    "a list": b"[1, 2, 3]",
    "not utf-8": bytes(range(256)),
    "deep": b"[" * 30000 + b"]" * 30000,
    "too large": b'{"pad": "' + b"x" * 100_000 + b'"}',
    "a huge integer": b'{"format": "derive-verdict-2", "evidence": [' + b"9" * 5000 + b", 1, 0, 50]}",
}


def forged(record: dict[str, object], **changes: object) -> bytes:
    return json.dumps({**record, **changes}).encode()


def test_malformed_or_hostile_cache_files_are_misses(
    ce2: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = check_derivation(ce2)
    check_derivation(ce2, cache=VerdictCache(tmp_path))
    paths = files(tmp_path)
    records = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    record = next(record for record in records if record["status"] != "refuted")
    contents = [
        *HOSTILE.values(),
        forged(record, key="0" * 64),  # a verdict stored for another claim
        forged(record, format="derive-verdict-0"),
        forged(record, status="refuted"),  # refuted, without a counterexample
        forged(record, status=1),
        forged(record, counterexample={"values": [], "lhs": ["integer", 0], "rhs": ["integer", 1], "srepr": []}),
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


KEYS_CHILD = """
import json, sys
from pathlib import Path
from derive.check.cache import VerdictCache
from derive.check.checker import chain_claims
from derive.engine.catalogue import SYMBOLIC_N, build
cache = VerdictCache(Path(sys.argv[1]))
keys = []
for name, n in [("softmax-ce", SYMBOLIC_N), ("softmax-ce", 3), ("backprop-hidden-relu", 2), ("focal-loss", 2)]:
    derivation = build(name, n)
    keys += [cache.key(claim, 0) for chain in derivation.chains for claim in chain_claims(chain, derivation)]
print(json.dumps(keys))
"""


def test_keys_are_the_same_in_every_process(tmp_path: Path) -> None:
    """A warm run is a hit in another process: keys do not depend on Python's string-hash seed."""
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-c", KEYS_CHILD, str(tmp_path)]
        runs.append(json.loads(subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout))
    assert runs[0] == runs[1]
    assert None not in runs[0] and len(runs[0]) > 50


WARM_CHILD = """
import sys
from derive.check import check_derivation
from derive.check.cache import VerdictCache
from derive.engine.catalogue import build
checked = check_derivation(build("softmax-ce", 2), cache=VerdictCache.default())
print(checked.ok, "derive.check.decide" in sys.modules)
"""


def test_a_run_whose_verdicts_are_all_cached_loads_no_prover(tmp_path: Path) -> None:
    env = {**os.environ, "DERIVE_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-c", WARM_CHILD]
    runs = [subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout for _ in range(2)]
    assert runs == ["True True\n", "True False\n"]
