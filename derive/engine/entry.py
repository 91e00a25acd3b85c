"""A catalogue entry: a built-in derivation's name, topic, one-line description, and where its builder lives.

The builder is named, not held: ``derive list`` and name lookups import no derivation family, and building one
imports only its own module (so that the command line starts fast)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sympy import Symbol

    from derive.engine.step import Derivation


@dataclass(frozen=True)
class Entry:
    """A built-in derivation: its name, the topic ``derive list`` groups it under, what it derives, and its
    builder as a module of derive.engine and a function in it, taking n (an int, or a Symbol for every n); and
    the n that ``derive show NAME`` uses when none is given (None: the catalogue's DEFAULT_N)."""

    name: str
    topic: str
    description: str
    module: str
    function: str
    default_n: int | None = None

    def build(self, n: int | Symbol) -> Derivation:
        """The derivation for n, from the builder (its module is imported on first use)."""
        builder = getattr(import_module(f"derive.engine.{self.module}"), self.function)
        derivation: Derivation = builder(n)
        return derivation
