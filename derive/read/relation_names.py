"""The relations TeX writes that are not "=", and the arrows that start a new equation: names, as data."""

from __future__ import annotations

#: Relations other than "=": a display holding one at its top level states something derive does not check.
RELATIONS = {
    "<": "<",
    ">": ">",
    "le": "≤",
    "leq": "≤",
    "leqslant": "≤",
    "ge": "≥",
    "geq": "≥",
    "geqslant": "≥",
    "ne": "≠",
    "neq": "≠",
    "approx": "≈",
    "sim": "∼",
    "simeq": "≃",
    "equiv": "≡",
    "propto": "∝",
    "to": "→",
    "rightarrow": "→",
    "Rightarrow": "⇒",
    "implies": "⟹",
    "iff": "⟺",
    "Leftrightarrow": "⇔",
    "mapsto": "↦",
    "in": "∈",
    "notin": "∉",
    "subset": "⊂",
    "subseteq": "⊆",
    ":": ":",
    "coloneqq": ":=",
    "triangleq": "≜",
    "doteq": "≐",
}

#: Between two equations, these start a new one: a = b ⇒ c = d is two chains.
IMPLIES = frozenset({"Rightarrow", "implies", "Longrightarrow", "therefore", "rightarrow", "longrightarrow"})

__all__ = ["IMPLIES", "RELATIONS"]
