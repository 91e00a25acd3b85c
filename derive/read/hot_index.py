"""A one-hot target with its hot index named, as derivations end: ``assume: [y one-hot, y_c = 1]`` ("the true class is
c"). That is y = e_c: y_i = δ_{ic} for every i, read as the definition ``y_i: \\delta_{ic}`` with c an index of the
page, so that ``-\\sum_i y_i \\log s_i = -\\log s_c`` is proven for every c. It was refused (exit 2: "only Σ_i y_i = 1
… is understood as an equation")."""

from __future__ import annotations

import dataclasses
import re

from derive.read.frontmatter import Entry, FrontMatter

_HOT = re.compile(r"\s*(\\?[A-Za-z]+)\s*_\s*\{?\s*([A-Za-z])\s*\}?\s*=\s*1\s*")


def with_hot_index(front: FrontMatter) -> FrontMatter:
    """``front`` with each one-hot vector whose hot entry the assumptions name defined as that unit vector."""
    one_hot = {e.text.split()[0]: e for e in front.assume if e.text.split()[1:] == ["one-hot"]}
    hot = {match.group(1): (match.group(2), e) for e in front.assume if (match := _HOT.fullmatch(e.text))}
    named = {name: hot[name] for name in one_hot if name in hot}
    if not named:
        return front
    dropped = {id(one_hot[name]) for name in named} | {id(entry) for _, entry in named.values()}
    defines = []
    for name, (index, entry) in named.items():
        parameter = "j" if index == "i" else "i"
        defines.append((Entry(f"{name}_{parameter}", entry.line), Entry(f"\\delta_{{{parameter}{index}}}", entry.line)))
    return dataclasses.replace(
        front,
        assume=tuple(e for e in front.assume if id(e) not in dropped),
        define=(*front.define, *defines),
        indices=(*front.indices, *(Entry(index, entry.line) for index, entry in named.values())),
    )


__all__ = ["with_hot_index"]
