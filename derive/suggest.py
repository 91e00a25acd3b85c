"""'Did you mean …' for a misspelt name: the closest known names, not the whole list."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher, get_close_matches


def did_you_mean(word: str, known: Iterable[str], limit: int = 3) -> str:
    """``"; did you mean 'a'?"`` (or ``'a' or 'b'``) for the known names closest to ``word``; "" when none is close.

    A name that ``word`` starts, or that contains ``word``, counts as close (``softmax`` → the softmax names)."""
    names = list(known)
    lowered = word.lower()
    close = get_close_matches(lowered, names, n=limit, cutoff=0.6)
    if close:  # only those about as close as the closest: "sofmax-ce" means softmax-ce, not three names
        best = _ratio(lowered, close[0])
        close = [name for name in close if _ratio(lowered, name) >= best - 0.1]
    if not close and len(lowered) >= 3:
        close = [name for name in names if name.startswith(lowered) or lowered in name][:limit]
    if not close:
        return ""
    quoted = [repr(name) for name in close]
    listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"
    return f"; did you mean {listed}?"


def _ratio(word: str, name: str) -> float:
    return SequenceMatcher(None, word, name).ratio()


__all__ = ["did_you_mean"]
