"""A verdict cache on disk, like mypy's or pytest's: a second run of the same check reads its verdicts back.

A verdict is stored under a hash of the code that decides verdicts (the source of every module of the derive
package), the SymPy, mpmath and Python versions, the claim's full content (``srepr`` of every expression, with
the assumptions of its symbols) and the seed: any change to the code, a library upgrade, or a different claim
is a miss. Only PROVEN and UNPROVEN verdicts are stored, as plain strings and integers in JSON; REFUTED ones
carry SymPy objects (their counterexamples) and are always recomputed. Reading never evaluates anything (no
eval, exec, sympify or parse_expr): a file that is malformed, truncated, too large, not a regular file, or
for another key is a miss. Writes are atomic; a cache directory that cannot be written disables the cache.
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
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sympy import Basic, srepr
from sympy.core.function import AppliedUndef

from derive.check.verdict import Evidence, Status, Verdict

if TYPE_CHECKING:
    from derive.check.checker import Claim

#: The environment variable that names the cache directory (else $XDG_CACHE_HOME/derive, else ~/.cache/derive).
CACHE_ENV = "DERIVE_CACHE_DIR"
#: The layout of the files; a new layout is a new subdirectory, so old files are never misread.
FORMAT = "derive-verdict-1"
#: A verdict file is a few hundred bytes; anything much larger is not ours and is not read.
MAX_BYTES = 64 * 1024
#: The statuses worth storing: their verdicts are plain data. A REFUTED verdict holds SymPy objects.
CACHED = (Status.PROVEN, Status.UNPROVEN)
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


def content(value: object, memo: dict[int, tuple[object, str | None]] | None = None) -> str | None:
    """A faithful text of a claim's part (SymPy objects by ``srepr``); None for anything it cannot vouch for.

    ``memo`` remembers the text of each object by identity (and keeps the object, so that its id stays its own):
    the claims of a chain share their definitions, and each one's left side is the right side before it."""
    if memo is None:
        return _content(value, {})
    if id(value) not in memo:
        memo[id(value)] = (value, _content(value, memo))
    return memo[id(value)][1]


def _content(value: object, memo: dict[int, tuple[object, str | None]]) -> str | None:
    if isinstance(value, Basic):
        return None if value.atoms(AppliedUndef) else srepr(value)  # srepr drops an undefined function's assumptions
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


def _to_json(verdict: Verdict, key: str) -> str:
    evidence = verdict.evidence
    record: dict[str, Any] = {
        "format": FORMAT,
        "key": key,
        "status": verdict.status.value,
        "method": verdict.method,
        "scope": verdict.scope,
        "evidence": None if evidence is None else [evidence.points, evidence.agreed, evidence.seed, evidence.digits],
        "cross_check": [[n, status.value] for n, status in verdict.cross_check],
    }
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _from_json(text: str, key: str) -> Verdict | None:
    """The verdict in ``text`` if it is a well-formed record for ``key``; None for anything else."""
    record = json.loads(text)
    if not isinstance(record, dict) or record.get("format") != FORMAT or record.get("key") != key:
        return None
    status, method, scope = record.get("status"), record.get("method"), record.get("scope")
    if status not in {s.value for s in CACHED} or not isinstance(method, str) or not isinstance(scope, str):
        return None
    evidence, cross = record.get("evidence"), record.get("cross_check")
    if evidence is not None and not (isinstance(evidence, list) and len(evidence) == 4 and all(map(_is_int, evidence))):
        return None
    if not isinstance(cross, list) or not all(
        isinstance(p, list) and len(p) == 2 and _is_int(p[0]) and p[1] in {s.value for s in Status} for p in cross
    ):
        return None
    return Verdict(
        Status(status),
        method,
        scope,
        None,
        None if evidence is None else Evidence(*evidence),
        tuple((n, Status(value)) for n, value in cross),
    )


def decide_all(
    decide: Callable[[Claim, int], Verdict], claims: Sequence[Claim], seed: int, cache: VerdictCache | None
) -> list[Verdict]:
    """``decide(claim, seed)`` for every claim, read from ``cache`` where it holds the verdict and stored there
    where it is worth storing; without a cache, every claim is decided afresh."""
    memo: dict[int, tuple[object, str | None]] = {}
    keys = [cache.key(claim, seed, memo) if cache is not None else None for claim in claims]
    verdicts = []
    for claim, key in zip(claims, keys, strict=True):
        verdict = cache.read(key) if cache is not None else None
        if verdict is None:
            verdict = decide(claim, seed)
            if cache is not None:
                cache.write(key, verdict)
        verdicts.append(verdict)
    return verdicts


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

    def key(self, claim: Claim, seed: int, memo: dict[int, tuple[object, str | None]] | None = None) -> str | None:
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

    def read(self, key: str | None) -> Verdict | None:
        """The stored verdict for ``key``, or None (a miss) when there is none or the file is not a good one."""
        if key is None or not self.enabled:
            return None
        verdict = None
        try:
            descriptor = os.open(self._path(key), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(descriptor, "rb") as handle:
                if stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    data = handle.read(MAX_BYTES + 1)
                    if len(data) <= MAX_BYTES:
                        verdict = _from_json(data.decode("utf-8"), key)
        except (OSError, ValueError, RecursionError, TypeError):
            verdict = None
        self.hits += verdict is not None
        self.misses += verdict is None
        return verdict

    def write(self, key: str | None, verdict: Verdict) -> None:
        """Store ``verdict`` under ``key`` atomically (PROVEN and UNPROVEN only); stop writing on any error."""
        if key is None or not self.writable or verdict.status not in CACHED or verdict.counterexample is not None:
            return
        path = self._path(key)
        try:
            if not path.parent.is_dir():
                assert self.directory is not None
                path.parent.mkdir(parents=True, exist_ok=True)
                tag = self.directory / "CACHEDIR.TAG"
                if not tag.exists():
                    self._replace(tag, TAG)
            self._replace(path, _to_json(verdict, key))
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
