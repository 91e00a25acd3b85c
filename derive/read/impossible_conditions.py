"""Conditions the page states that its own definitions rule out: "Assume $a > 5$." beside ``$$a = 1$$`` (or the
front matter's ``define: {a: 1}``), "Let $a = 2$." beside it. Held, such a condition leaves no value to check a
claim at, and every claim under it holds vacuously; dropped, a proof is no proof of what the page says (a + 1 = 2 had
been proven "assuming a > 5"). Whatever word states it ("If", "Suppose", "Assume", "Let", "Take", "Here", "We know
that"), the page is refused, naming the condition and the definition, for the writer to correct one of them. One the
page states only to reject it ("Then $a < 0$, which is impossible.") or denies is no statement, and stops nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from derive.errors import InputError

#: How a condition holds that the page states (``derive.read.prose_conditions``): a case, a supposition, a display's
#: own condition, or a statement ("Let $a > 5$.", "Here $a > 5$."); not one denied or set aside as an example.
HELD = frozenset({"case", "supposed", "closes", "fact"})
#: Words after a condition that state it only to reject it: "Then $a < 0$, which is impossible.", "… is absurd".
_REJECTED = re.compile(r"\b(?:impossible|absurd|contradict\w*)\b", re.I)
#: The name a condition is on, as written: ``a`` of ``a > 5``, ``\\alpha`` of ``\\alpha = 2``.
_SUBJECT = re.compile(r"\s*(\\[A-Za-z]+|[A-Za-z])")
#: A condition that gives its name a value: ``a = 2`` (not ``a \\neq 2``, ``a \\leq 2``).
_VALUE = re.compile(r"^[^=<>]*=[^=]*$")


def refuse_impossible(
    line: int, shown: str, kind: str, after: str, definitions: Sequence[tuple[int, str, str]]
) -> None:
    """Refuse the page at a condition ``shown`` (at ``line``, held as ``kind``, ``after`` the words after it in its
    sentence) that the page's definitions make false for every value; ``definitions``: the page's own, each its line,
    its name as written and its right side. The message names the definition's line where the page writes one; a value
    ("Let $a = 2$." beside ``$$a = 1$$``) is two values for one name, neither of which derive may pick."""
    if kind not in HELD or _REJECTED.search(after):
        return
    subject = _SUBJECT.match(shown)
    written = subject.group(1) if subject is not None else ""
    own = [(at, body) for at, head, body in definitions if head.strip() == written]
    above = [d for d in own if d[0] < line]
    where = above[-1] if above else own[0] if own else None
    if where is not None and _VALUE.match(shown):
        raise InputError(
            f"line {line}: ${shown}$ and the definition {written} = {where[1]} at line {where[0]} give {written} two "
            "values; keep one, or give the other a name of its own"
        )
    said = f"by the definition of {written} at line {where[0]} ({written} = {where[1]})" if where else ""
    said = said or "by the page's definitions"
    raise InputError(
        f"line {line}: the condition ${shown}$ cannot hold: {said} it is false for every value; correct the condition "
        "or the definition"
    )


__all__ = ["HELD", "refuse_impossible"]
