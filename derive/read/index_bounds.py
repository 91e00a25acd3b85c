"""A condition before a display that bounds one index of the page by numbers and the length: "For $i > n$:",
"If $i > 1$:", "For $2 \\le i \\le n$:". One that every index value keeps ("For $1 \\le i \\le n$:") ranges over
them all and says nothing more. Any other was dropped, and the chain checked at every index: refuted at i = 2 under
"For $i > n$", which no index keeps (a probe's pages), or at i = 1 under "If $i > 1$:". derive reads cases on
indices as i = k, i ≠ k and k = 1 only: the chain is refused instead, one that no index keeps named as such.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sympy import Basic, Integer, S, Symbol

from derive.errors import InputError

if TYPE_CHECKING:
    from derive.read.names import Names

#: The lengths a symbolic length is tried at.
_LENGTHS = range(1, 9)


def refuse_index_range(relation: Basic, math: str, names: Names, line: int) -> None:
    """Refuse ``relation`` (stated as ``math`` at ``line``) where it bounds one index of ``names`` by numbers and
    the length, and some index value breaks it; a relation of two indices (i < k) or of other names is left as it
    was (``derive.read.unread_cases`` reads the first as a case derive does not read)."""
    indices = relation.free_symbols & set(names.indices.values())
    length = names.n
    free = {length} if isinstance(length, Symbol) else set()
    if len(indices) != 1 or relation.free_symbols - indices - free:
        return
    (index,) = indices
    lengths = [int(length)] if isinstance(length, Integer) else list(_LENGTHS)
    kept: list[list[bool]] = []
    for size in lengths:
        values = [relation.xreplace({index: Integer(i), length: Integer(size)}) for i in range(1, size + 1)]
        if any(value not in (S.true, S.false) for value in values):
            return  # not decided at a number: left as it was
        kept.append([value is S.true for value in values])
    if all(all(row) for row in kept):
        return  # "For $1 \\le i \\le n$:": every index value
    if not any(any(row) for row in kept):
        raise InputError(
            f"line {line}: the condition ${math}$ stated before this display holds for no value of the index "
            f"{index} (1 to {length}): nothing could be checked under it; correct the condition"
        )
    raise InputError(
        f"line {line}: the condition ${math}$ stated before this display keeps the index {index} to part of 1 to "
        f"{length}, a case derive does not read (it reads i = k, i \\neq k and k = 1): the chain is not checked"
    )


__all__ = ["refuse_index_range"]
