"""Derivations as data: steps with their rules, built by SymPy operations, and the catalogue of built-ins.

Each name is imported from its module on first use, so that importing the catalogue (``derive list``, or a
misspelt name) loads no SymPy."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from derive.engine.catalogue import CATALOGUE, DEFAULT_N, DEFAULT_NAME, SYMBOLIC_N, build, lookup, names
    from derive.engine.step import Assumption, Case, Chain, ChainBuilder, Derivation, Rule, Step

#: The module of derive.engine that each public name comes from.
_HOME = {
    **dict.fromkeys(("CATALOGUE", "DEFAULT_N", "DEFAULT_NAME", "SYMBOLIC_N", "build", "lookup", "names"), "catalogue"),
    **dict.fromkeys(("Assumption", "Case", "Chain", "ChainBuilder", "Derivation", "Rule", "Step"), "step"),
}


def __getattr__(name: str) -> object:
    if name in _HOME:
        return getattr(import_module(f"derive.engine.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CATALOGUE",
    "DEFAULT_N",
    "DEFAULT_NAME",
    "SYMBOLIC_N",
    "Assumption",
    "Case",
    "Chain",
    "ChainBuilder",
    "Derivation",
    "Rule",
    "Step",
    "build",
    "lookup",
    "names",
]
