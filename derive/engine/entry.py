"""A catalogue entry: a built-in derivation's name, topic, one-line description and builder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sympy import Symbol

from derive.engine.step import Derivation


@dataclass(frozen=True)
class Entry:
    """A built-in derivation: its name, the topic ``derive list`` groups it under, what it derives, its builder."""

    name: str
    topic: str
    description: str
    build: Callable[[int | Symbol], Derivation]
