"""Derivations as data: steps with their rules, built by SymPy operations, and the catalogue of built-ins."""

from derive.engine.catalogue import CATALOGUE, DEFAULT_N, DEFAULT_NAME, SYMBOLIC_N, build, lookup, names
from derive.engine.step import Assumption, Case, Chain, ChainBuilder, Derivation, Rule, Step

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
