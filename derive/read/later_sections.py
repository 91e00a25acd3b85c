"""A definition the page writes in a later section, which derive could not read, does not reach back (a survey's
S-04): a late section sets ``$z_i=\\mathbf{x}_i^{\\top}\\mathbf{y}_j$`` for its own use, and every display of the
sections above that writes z (the softmax's logits) had been refused as standing for that unread definition.

A display above the heading over such a definition reads the name as it would with no definition: a proof then
holds for every value of it, a refutation is only "not refuted" (the definition is still listed as stating its
value, ``derive.read.unread_values``), and a derivative through it is refused as an undeclared name's is. From the
heading on, the display is refused as before."""

from __future__ import annotations

from derive.read.definition_heads import head_name
from derive.read.find import Found


def unread_sections(refused: dict[tuple[int, str], str], found: Found) -> dict[str, int]:
    """The line of the heading over each unread definition of ``refused``, by name, where every unread definition
    of that name stands under one (the earliest heading counts)."""
    sections: dict[str, int] = {}
    bare: set[str] = set()
    for line, head in refused:
        name = head_name(head)
        section = max((h for h in found.headings if h <= line), default=None)
        if section is None:
            bare.add(name)
        else:
            sections[name] = min(sections.get(name, section), section)
    return {name: line for name, line in sections.items() if name not in bare}


__all__ = ["unread_sections"]
