"""A definition derive could not read, written again word for word further down (P-06's "Let f(x_i) = ln(1 +
e^{-z_i}) + (1 − y_i) z_i" opening each parameter's section, P-07's J(θ) restated to be worked out): the same
definition, unread for the same reason, not a second meaning. Before, it was taken for a definition anew, and
every display below it that used the name was refused as "defined twice"."""

from __future__ import annotations

from derive.read.find import Redefinition
from derive.read.redefinitions import Defining, letter_of, same_definition

#: A definition that could not be read: its line, head and body.
Unread = tuple[int, str, str]

#: Why a second definition of a name whose first could not be read is not read either.
TWICE = "which could not be read: which one the page means is not for derive to guess"


def again_unread(
    head: str, body: str, line: int, first: Unread, refused: dict[tuple[int, str], str], redefined: list[Redefinition]
) -> None:
    """Mark ``head = body`` at ``line``, a name whose definition ``first`` could not be read, unread in ``refused``:
    for the first one's reason where it writes the same definition again, else as a definition anew, which may
    mean another thing (listed in ``redefined``, so that the displays below it are read setting by setting or
    refused)."""
    at, first_head, first_body = first
    if (at, first_head) in refused and same_definition(first_head, first_body, head, body):
        refused[line, head] = refused[at, first_head]
        return
    redefined.append(Redefinition(letter_of(head) or "", head, at, line))  # E unread at line 7, again at 25
    refused[line, head] = f"{head} is defined at line {at} too, {TWICE}"


def unread_of(definition: Defining) -> Unread:
    """``definition``'s line, head and body, as ``again_unread`` compares a second one with it."""
    return definition.line, definition.head, definition.body
