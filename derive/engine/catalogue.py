"""The built-in derivations by name. Each family of derivations lists its entries in its own module."""

from __future__ import annotations

from sympy import Symbol

from derive.engine import builtins_layers, builtins_losses, builtins_softmax
from derive.engine.entry import Entry
from derive.engine.step import Derivation
from derive.errors import UsageError

DEFAULT_NAME = "softmax-ce"
DEFAULT_N = 3
#: The largest concrete n for a derivation not listed in MAX_N_OF: above it, building or checking takes minutes
#: (the explicit n × n results are written out entry by entry).
MAX_N = 16
#: Derivations measured fast at larger n (bench/run.py, section "concrete"): softmax-ce at n = 256 in about 20 s.
MAX_N_OF = {"softmax-ce": 256}
#: The length n as a symbol: a derivation built with it holds for every n at once, in index notation.
SYMBOLIC_N = Symbol("n", integer=True, positive=True)

#: The layer family (derive/engine/builtins_layers.py) is built and tested on its own but not listed yet: its JSON
#: symbol roles and one chktex warning still need work.
CATALOGUE: tuple[Entry, ...] = (*builtins_softmax.ENTRIES, *builtins_losses.ENTRIES, *builtins_layers.ENTRIES)


def names() -> tuple[str, ...]:
    """The names of the built-in derivations, in catalogue order."""
    return tuple(entry.name for entry in CATALOGUE)


def lookup(name: str) -> Entry:
    """The catalogue entry called ``name``; a UsageError that lists the names if there is none."""
    for entry in CATALOGUE:
        if entry.name == name:
            return entry
    raise UsageError(f"unknown derivation {name!r}; known: {', '.join(names())} (see 'derive list')")


def build(name: str, n: int | Symbol = DEFAULT_N) -> Derivation:
    """Build the derivation ``name`` for n classes (n ≥ 2, or a Symbol for every n at once)."""
    entry = lookup(name)
    if isinstance(n, int) and n < 2:
        raise UsageError(f"n must be at least 2, got {n}; pass --n 2 or more")
    limit = MAX_N_OF.get(name, MAX_N)
    if isinstance(n, int) and n > limit:
        raise UsageError(
            f"n = {n} is above the largest supported n for {name}, {limit} (it takes minutes); pass --n {limit} or less"
        )
    return entry.build(n)


__all__ = [
    "CATALOGUE",
    "DEFAULT_N",
    "DEFAULT_NAME",
    "MAX_N",
    "MAX_N_OF",
    "SYMBOLIC_N",
    "Entry",
    "build",
    "lookup",
    "names",
]
