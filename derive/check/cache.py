"""A verdict cache on disk, like mypy's or pytest's: a second run of the same check reads its verdicts back.

A verdict is stored under a hash of the code that decides verdicts (the source of every module of the derive
package), the SymPy, mpmath and Python versions, the claim's full content (``srepr`` of every expression, with the
assumptions of its symbols and undefined functions, each Dummy by its ordinal, and the arguments in the order SymPy
stores them: ``derive.check.exact.KeyRepr``) and the seed: any change to the code, a
library upgrade, or a different claim is a miss. Verdicts are stored as plain strings and integers in JSON, REFUTED
ones with their counterexample: each value's key is stored by name (a Symbol's name; an Indexed entry's base label
and integer indices) and each number exactly (an Integer p, a Rational p/q, a Float's mpf tuple and precision),
beside the ``srepr`` of every original key and value. On reading, names are resolved against the claim being looked
up (its Symbols and IndexedBases; a name that is missing or ambiguous is a miss), the counterexample is rebuilt from
them, and it is a hit only if every rebuilt object has the stored ``srepr``: exact, or a miss. A counterexample with
anything else in it (a complex number, another kind of key) is not stored. Reading never evaluates anything (no
eval, exec, sympify or parse_expr): a file that is malformed, truncated, too large, not a regular file, or for
another key is a miss. Writes are atomic; a cache directory that cannot be written disables the cache.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sympy import Basic, Float, Indexed, IndexedBase, Integer, Rational, Symbol

from derive.check.exact import KeyMemo, key_text
from derive.check.exact import srepr_exact as _srepr
from derive.check.verdict import Counterexample, Evidence, Status, Verdict

if TYPE_CHECKING:
    from derive.check.claim import Claim

#: The environment variable that names the cache directory (else $XDG_CACHE_HOME/derive, else ~/.cache/derive).
CACHE_ENV = "DERIVE_CACHE_DIR"
#: The layout of the files; a new layout is a new subdirectory, so old files are never misread.
FORMAT = "derive-verdict-2"
#: A verdict file is a few hundred bytes; anything much larger is not ours and is not read.
MAX_BYTES = 64 * 1024
#: The fields of a record, no more and no fewer.
FIELDS = frozenset({"format", "key", "status", "method", "scope", "evidence", "cross_check", "counterexample"})
#: The largest integer a record may hold (a numerator, a mantissa, an index), in bits; larger is a miss.
MAX_BITS = 1024
#: The largest Float precision (bits) and binary exponent a record may hold.
MAX_PRECISION, MAX_EXPONENT = 4096, 1 << 20
#: Marks the directory as a cache for backup tools (https://bford.info/cachedir/), as pytest's cache does.
TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by derive.\n"
PACKAGE = Path(__file__).resolve().parent.parent


def default_directory() -> Path | None:
    """$DERIVE_CACHE_DIR, else $XDG_CACHE_HOME/derive, else ~/.cache/derive (None when there is no home)."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "derive"
    try:
        return Path.home() / ".cache" / "derive"
    except (RuntimeError, KeyError):
        return None


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every .py file of the derive package and of the versions of Python, SymPy and mpmath."""
    import mpmath
    import sympy
    from sympy.external import gmpy

    digest = hashlib.sha256(FORMAT.encode())
    versions = (sys.version, sys.implementation.name, sympy.__version__, mpmath.__version__)
    backends = (getattr(gmpy, "GROUND_TYPES", ""), getattr(mpmath.libmp, "BACKEND", ""))
    digest.update(repr((versions, backends)).encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def content(value: object, memo: KeyMemo | None = None) -> str | None:
    """A faithful text of a claim's part (SymPy objects by ``srepr``); None for anything it cannot vouch for.

    ``memo`` remembers the text of each object by identity (and keeps the object, so that its id stays its own):
    the claims of a chain share their definitions, and each one's left side is the right side before it."""
    if memo is None:
        return _content(value, KeyMemo())
    if id(value) not in memo:
        memo[id(value)] = (value, _content(value, memo))
    return memo[id(value)][1]


def _content(value: object, memo: KeyMemo) -> str | None:
    if isinstance(value, Basic):
        return key_text(value, memo.dummies)  # the arguments in SymPy's canonical stored order, not sorted again
    if isinstance(value, (str, int, Enum)) or value is None:
        return repr(value)
    if isinstance(value, tuple):
        parts = [content(item, memo) for item in value]
        return None if None in parts else "(" + ", ".join(parts) + ",)"  # type: ignore[arg-type]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [(field.name, content(getattr(value, field.name), memo)) for field in dataclasses.fields(value)]
        if any(text is None for _, text in fields):
            return None
        return f"{type(value).__module__}.{type(value).__qualname__}(" + ", ".join(f"{k}={t}" for k, t in fields) + ")"
    return None


def _number(value: Basic) -> list[Any] | None:
    """An Integer, Rational or Float as plain integers (a Float by its exact mpf tuple and precision); None for
    one whose integers are longer than MAX_BITS (it would not be read back)."""
    if isinstance(value, Integer):
        found: list[Any] = ["integer", int(value.p)]
    elif isinstance(value, Rational):
        found = ["rational", int(value.p), int(value.q)]
    elif isinstance(value, Float):
        sign, mantissa, exponent, bits = value._mpf_
        found = ["float", int(sign), int(mantissa), int(exponent), int(bits), int(value._prec)]
    else:
        return None
    return found if all(_is_int(part) for part in found[1:]) else None


def _name(key: Basic) -> list[Any] | None:
    """A Symbol by its name; an Indexed entry with integer indices by its base's label and the indices."""
    if isinstance(key, Symbol):
        return ["symbol", key.name]
    label = key.base.label if isinstance(key, Indexed) else None
    if isinstance(key, Indexed) and isinstance(label, Symbol) and all(isinstance(i, Integer) for i in key.indices):
        return ["indexed", label.name, [int(index) for index in key.indices]]
    return None


def _counterexample(found: Counterexample) -> dict[str, Any] | None:
    """The counterexample as plain data, with the ``srepr`` of each object; None if any part cannot be stored."""
    values = [[_name(key), _number(value)] for key, value in found.values]
    lhs, rhs = _number(found.lhs_value), _number(found.rhs_value)
    if lhs is None or rhs is None or any(None in pair for pair in values):
        return None
    objects = [item for pair in found.values for item in pair] + [found.lhs_value, found.rhs_value]
    return {"values": values, "lhs": lhs, "rhs": rhs, "srepr": [_srepr(item) for item in objects]}


def _to_json(verdict: Verdict, key: str) -> str | None:
    evidence, found = verdict.evidence, verdict.counterexample
    counterexample = None if found is None else _counterexample(found)
    if verdict.refuted != (counterexample is not None):  # a refuted verdict with a counterexample, no other
        return None
    record: dict[str, Any] = {
        "format": FORMAT,
        "key": key,
        "status": verdict.status.value,
        "method": verdict.method,
        "scope": verdict.scope,
        "evidence": None if evidence is None else [evidence.points, evidence.agreed, evidence.seed, evidence.digits],
        "cross_check": [[n, status.value] for n, status in verdict.cross_check],
        "counterexample": counterexample,
    }
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _is_int(value: object, bits: int = MAX_BITS) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value.bit_length() <= bits


def _parts(value: object) -> Iterator[Basic]:
    """Every SymPy object in a claim (its sides, definitions, condition, constraints and index space)."""
    if isinstance(value, Basic):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _parts(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _parts(getattr(value, field.name))


def _namespace(claim: Claim) -> tuple[dict[str, set[Symbol]], dict[str, set[IndexedBase]]]:
    """The claim's Symbols by name, and its IndexedBases by the name of their label."""
    symbols: dict[str, set[Symbol]] = {}
    bases: dict[str, set[IndexedBase]] = {}
    for part in _parts(claim):
        for symbol in part.atoms(Symbol):
            symbols.setdefault(symbol.name, set()).add(symbol)
        for base in part.atoms(IndexedBase):
            if isinstance(base.label, Symbol):
                bases.setdefault(base.label.name, set()).add(base)
    return symbols, bases


def _only(found: set[Any] | None) -> Any:
    """The one object of that name; a name that is missing or ambiguous is a miss."""
    if found is None or len(found) != 1:
        raise ValueError("a name that the claim does not have, or has twice")
    return next(iter(found))


def _ints(data: object, tag: str, count: int) -> list[int] | None:
    """The ``count`` integers of ``[tag, *integers]``, each of at most MAX_BITS bits; None for anything else."""
    if isinstance(data, list) and len(data) == count + 1 and data[0] == tag and all(map(_is_int, data[1:])):
        return data[1:]
    return None


def _rebuild_number(data: object) -> Basic:
    """The Integer, Rational or Float that ``_number`` stored (checked against its ``srepr`` afterwards)."""
    if (integer := _ints(data, "integer", 1)) is not None:
        return Integer(integer[0])
    if (ratio := _ints(data, "rational", 2)) is not None and ratio[1] > 0:
        return Rational(*ratio)
    if (mpf := _ints(data, "float", 5)) is not None:
        sign, mantissa, exponent, bits, precision = mpf
        exact = sign in (0, 1) and mantissa >= 0 and mantissa.bit_length() == bits
        if exact and bits <= precision <= MAX_PRECISION and abs(exponent) <= MAX_EXPONENT:
            if mantissa == 0:  # Float._new gives 0 (an Integer) for a zero mpf
                return Float(0, precision=precision)
            return Float._new((sign, mantissa, exponent, bits), precision)
    raise ValueError("not a number as this cache stores numbers")


def _rebuild_key(data: object, names: tuple[dict[str, set[Symbol]], dict[str, set[IndexedBase]]]) -> Basic:
    symbols, bases = names
    if isinstance(data, list) and len(data) == 2 and data[0] == "symbol" and isinstance(data[1], str):
        return _only(symbols.get(data[1]))
    if isinstance(data, list) and len(data) == 3 and data[0] == "indexed" and isinstance(data[1], str):
        indices = data[2]
        if isinstance(indices, list) and indices and all(map(_is_int, indices)):
            return Indexed(_only(bases.get(data[1])), *map(Integer, indices))
    raise ValueError("not a key as this cache stores keys")


def _rebuild(data: object, claim: Claim | None) -> Counterexample:
    """The counterexample in ``data``, its names resolved in ``claim``; exact (every ``srepr`` as stored) or
    a ValueError."""
    if claim is None or not isinstance(data, dict) or set(data) != {"values", "lhs", "rhs", "srepr"}:
        raise ValueError("no counterexample, or no claim to resolve its names in")
    values, texts = data["values"], data["srepr"]
    if not isinstance(values, list) or not all(isinstance(pair, list) and len(pair) == 2 for pair in values):
        raise ValueError("malformed values")
    names = _namespace(claim)
    pairs = tuple((_rebuild_key(key, names), _rebuild_number(value)) for key, value in values)
    found = Counterexample(pairs, _rebuild_number(data["lhs"]), _rebuild_number(data["rhs"]))
    objects = [item for pair in pairs for item in pair] + [found.lhs_value, found.rhs_value]
    if not isinstance(texts, list) or [_srepr(item) for item in objects] != texts:
        raise ValueError("a rebuilt object is not the one stored")
    return found


def _from_json(text: str, key: str, claim: Claim | None = None) -> Verdict | None:
    """The verdict in ``text`` if it is a well-formed record for ``key`` (a counterexample in it rebuilt in
    ``claim``, exactly); None for anything else."""
    record = json.loads(text)
    if not isinstance(record, dict) or set(record) != FIELDS or record["format"] != FORMAT or record["key"] != key:
        return None
    status, method, scope = record["status"], record["method"], record["scope"]
    if status not in {s.value for s in Status} or not isinstance(method, str) or not isinstance(scope, str):
        return None
    evidence, cross = record["evidence"], record["cross_check"]
    if evidence is not None and not (isinstance(evidence, list) and len(evidence) == 4 and all(map(_is_int, evidence))):
        return None
    if not isinstance(cross, list) or not all(
        isinstance(p, list) and len(p) == 2 and _is_int(p[0]) and p[1] in {s.value for s in Status} for p in cross
    ):
        return None
    found = record["counterexample"]
    if (status == Status.REFUTED.value) != (found is not None):
        return None
    return Verdict(
        Status(status),
        method,
        scope,
        None if found is None else _rebuild(found, claim),
        None if evidence is None else Evidence(*evidence),
        tuple((n, Status(value)) for n, value in cross),
    )


def decide_all(
    decide: Callable[[Claim, int], Verdict],
    claims: Sequence[Claim],
    seed: int,
    cache: VerdictCache | None,
    done: Callable[[int], object] | None = None,
    prepare: Callable[[], object] | None = None,
) -> list[Verdict]:
    """``decide(claim, seed)`` for every claim, read from ``cache`` where it holds the verdict and stored there
    where it is worth storing (without a cache, every claim is decided afresh); the others are decided on both
    cores (``derive.check.parallel``) after ``prepare()``; ``done(index)`` is called as claims are done."""
    from derive.check.parallel import map_claims

    memo = KeyMemo()
    keys = [cache.key(claim, seed, memo) if cache is not None else None for claim in claims]
    verdicts = [cache.read(key, claim) if cache is not None else None for claim, key in zip(claims, keys, strict=True)]
    missing = [at for at, verdict in enumerate(verdicts) if verdict is None]
    for at in range(len(claims)):
        if verdicts[at] is not None and done is not None:
            done(at)
    tell = None if done is None else (lambda position: done(missing[position]))
    if missing and prepare is not None:
        prepare()
    decided = map_claims(lambda claim: decide(claim, seed), [claims[at] for at in missing], tell)
    for at, verdict in zip(missing, decided, strict=True):
        verdicts[at] = verdict
        if cache is not None:
            cache.write(keys[at], verdict)
    return [verdict for verdict in verdicts if verdict is not None]


class VerdictCache:
    """Verdicts on disk under ``directory``, one small JSON file per claim. Once a write fails (a directory
    that cannot be written), it writes no more, silently; it still reads what is there."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self.enabled = directory is not None
        self.writable = self.enabled
        self.hits = self.misses = 0

    @classmethod
    def default(cls) -> VerdictCache:
        """The cache at $DERIVE_CACHE_DIR, else $XDG_CACHE_HOME/derive, else ~/.cache/derive."""
        return cls(default_directory())

    def key(self, claim: Claim, seed: int, memo: KeyMemo | None = None) -> str | None:
        """The hash under which the verdict on ``claim`` (at ``seed``) is stored; None if it is not cacheable.
        Claims keyed with one ``memo`` share the text of the parts they share (see ``content``)."""
        if not self.enabled:
            return None
        try:
            text = content(claim, memo)
        except RecursionError:
            text = None
        if text is None:
            return None
        return hashlib.sha256(f"{code_fingerprint()}\0{seed!r}\0{text}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / FORMAT / code_fingerprint()[:16] / f"{key}.json"

    def read(self, key: str | None, claim: Claim | None = None) -> Verdict | None:
        """The stored verdict for ``key``, or None (a miss) when there is none or the file is not a good one. A
        counterexample's names are resolved in ``claim`` (the claim ``key`` is for): without it, a miss."""
        if key is None or not self.enabled:
            return None
        verdict = None
        try:
            descriptor = os.open(self._path(key), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(descriptor, "rb") as handle:
                if stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    data = handle.read(MAX_BYTES + 1)
                    if len(data) <= MAX_BYTES:
                        verdict = _from_json(data.decode("utf-8"), key, claim)
        except (OSError, ValueError, RecursionError, TypeError):
            verdict = None
        self.hits += verdict is not None
        self.misses += verdict is None
        return verdict

    def write(self, key: str | None, verdict: Verdict) -> None:
        """Store ``verdict`` under ``key`` atomically (not if its counterexample cannot be stored); stop writing
        on any error."""
        text = None if key is None or not self.writable else _to_json(verdict, key)
        if text is None or key is None:
            return
        path = self._path(key)
        try:
            if not path.parent.is_dir():
                assert self.directory is not None
                path.parent.mkdir(parents=True, exist_ok=True)
                tag = self.directory / "CACHEDIR.TAG"
                if not tag.exists():
                    self._replace(tag, TAG)
            self._replace(path, text)
        except OSError:
            self.writable = False

    @staticmethod
    def _replace(path: Path, text: str) -> None:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


__all__ = ["CACHE_ENV", "VerdictCache", "code_fingerprint", "content", "decide_all", "default_directory"]
