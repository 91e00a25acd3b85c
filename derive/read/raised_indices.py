"""Indices written up, as some notes write them: ``s^i``, ``y^i``, ``z^j`` for the entries s_i, y_i, z_j (a held-out
page's softmax notes), beside the power that TeX shows. A power by a summation index is rare in these derivations,
and a name written so anywhere on the page makes its ``s^2`` the entry 2 as likely as the square: each reads two
ways and is refused, naming both, rather than read as a power and refuted (or proven) as one.

Layer labels (``a^l``, ``a^L``) and transposes (``x^T``) are read elsewhere (``script_labels``, ``transposes``)."""

from __future__ import annotations

from collections.abc import Iterable

from derive.errors import InputError
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import GREEK
from derive.read.script_order import refuse_layer_first

#: Letters a superscript may hold that mean no index here: a layer's label, a transpose.
_NOT_INDICES = frozenset({"L", "l", "T"})
#: The letters notes index with, whether or not the page sums over them (k too where the page indexes with it; a
#: power x^k of a number k, the power rule's, stays a power).
_INDEX_LETTERS = frozenset({"i", "j"})


def _base(token: Token) -> str | None:
    """The name a raised index may be attached to: a letter other than e, or a Greek letter."""
    if token.kind == "letter" and len(token.value) == 1 and token.value != "e":
        return token.value
    if token.kind == "command" and token.value in GREEK:
        return token.value
    return None


def _script(tokens: list[Token], at: int) -> Token | None:
    """The one letter or number a superscript's argument at ``at`` holds (``^i``, ``^{i}``, ``^2``); else None."""
    if at < len(tokens) and tokens[at].kind in ("letter", "number"):
        return tokens[at]
    kinds = [t.kind for t in tokens[at : at + 3]]
    if kinds in (["{", "letter", "}"], ["{", "number", "}"]):
        return tokens[at + 1]
    return None


def _raised_letter(script: Token | None, indices: Iterable[str]) -> bool:
    """Whether ``script`` is one index letter (i, j, or an index of the page), not a layer's or a transpose."""
    if script is None or script.kind != "letter" or len(script.value) != 1 or script.value in _NOT_INDICES:
        return False
    return script.value in _INDEX_LETTERS or script.value in set(indices)


def raised_names(displays: Iterable[tuple[str, int]], indices: Iterable[str]) -> set[str]:
    """The names the page's displays (text, line) write with an index raised (``s^i``, ``s^1``); a display that
    cannot be tokenized is skipped (reading it says why)."""
    letters, found = set(indices), set()
    for text, line in displays:
        try:
            tokens = tokenize(text, line)
        except InputError:
            continue
        for at in range(len(tokens) - 2):
            base = _base(tokens[at])
            if base is None or tokens[at + 1].kind != "^" or (at and tokens[at - 1].kind == "_"):
                continue
            script = _script(tokens, at + 2)  # s^1 too: a power 1 is seldom written (script_labels.refuse_zeroth)
            if _raised_letter(script, letters) or (script is not None and script.value == "1"):
                found.add(base)
    return found


def refuse_raised_index(tokens: list[Token], at: int, shown: str, indices: Iterable[str], raised: set[str]) -> None:
    """Refuse ``s^i`` (``^`` at ``at``) where i is an index, and ``s^2`` where the page writes s with an index raised
    elsewhere: the entry, written up, or the power? Both readings named."""
    if at >= len(tokens) or tokens[at].kind != "^" or _base(tokens[at - 1]) is None:
        return
    script = _script(tokens, at + 1)
    if script is None:
        return
    name = _base(tokens[at - 1])
    if not (_raised_letter(script, indices) or (script.kind == "number" and name in raised)):
        return
    index = script.value
    raise InputError(
        f"line {tokens[at].line}: {shown}^{index} can be read two ways: the entry {index} of {shown}, its index "
        f"written up (write {shown}_{{{index}}}), or {shown} to the power {index} (write {{{shown}}}^{{{index}}})"
    )


def refuse_raised_label(tokens: list[Token], at: int, shown: str, indices: Iterable[str], layered: bool) -> None:
    """Refuse ``y_i^c`` (``^`` at ``at``, after a subscript) where c is an index: y_i labelled c, as notes write a
    class or an example up (a held-out page writes Σ_c Σ_i y_i^c log p_i^c), or y_i to the power c? Both named.
    So for ``a^2_j`` where the page labels a's layers (``layered``: ``script_order.refuse_layer_first``)."""
    refuse_layer_first(tokens, at, shown, layered)
    script = _script(tokens, at + 1) if at < len(tokens) and tokens[at].kind == "^" else None
    if not _raised_letter(script, indices):
        return
    index = script.value  # type: ignore[union-attr]
    raise InputError(
        f"line {tokens[at].line}: {shown}^{index} can be read two ways: {shown} labelled {index}, as notes write a "
        f"class or an example up (write {shown}^{{({index})}} for example {index}'s), or {shown} to the power "
        f"{index} (write ({shown})^{{{index}}})"
    )


__all__ = ["raised_names", "refuse_raised_index", "refuse_raised_label"]
