"""A page's definition of a name its front matter declares (``arrays: {h: [n]}`` beside ``$$h_i = \\sum_j W_{ij}
x_j$$``), as helpers writing a front matter for a page's shapes do: the declaration makes h an input, a name of its
own, and the display a claim about it, false of every other h; the page's prose makes it h's definition. Each reading
is a different check, so the display is refused, naming both and how to say each (a held-out page's
``z_i = \\sigma(h_i)`` had been refuted under such a front matter)."""

from __future__ import annotations

import re

from derive.read.frontmatter import FrontMatter
from derive.read.inference import declared_name
from derive.read.unread_names import DECLARED


def declared_inputs(front: FrontMatter, assumed: set[str], taken: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    """The names the front matter gives lengths (``arrays: {h: [n]}``), each with its key, less those its assumptions
    are about (``y one-hot``: y is the input it says) and those ``taken``; and those with the names it lists as
    inputs (``vectors: [s, z]``, ``scalars: [a]``). A listed input stays one where a display defines it: a claim
    about it, checked. An inline definition ("Let $z_i = e^{x_i}$") is never checked: read free, z would be proven
    constant, so it is held apart as a given length's is."""
    shaped = {declared_name(e.text): "arrays" for e, _ in front.shapes}  # arrays: {x: [d]}, a vector's too
    listed = dict(shaped)
    for key, entries in (("vectors", front.vectors), ("scalars", front.scalars), ("arrays", front.arrays)):
        listed |= {declared_name(e.text): key for e in entries if declared_name(e.text) not in shaped}
    aside = assumed | taken
    return {n: k for n, k in shaped.items() if n not in aside}, {n: k for n, k in listed.items() if n not in aside}


def declared_and_defined(name: str, key: str) -> str:
    """Why a display that defines ``name``, declared under ``key``, is not read: both readings, and how to say one."""
    return (
        f"{DECLARED} {name} under {key}, an input of its own: it reads two ways, the page's "
        f"definition of it, or a claim about the input {name}, false of every other {name}; to read the definition, "
        f"drop {name} from {key}, its lengths follow from it"
    )


#: A display's left side that is one entry of a vector, ``z_1``, ``z_2``, ``z_{12}`` (z_0 is a number of its own).
_ENTRY = re.compile(r"\s*([A-Za-df-z])\s*_\s*(?:([1-9])|\{\s*([1-9]\d*)\s*\})\s*")


#: How an entry's definition that reads two ways begins: one entry alone, no definition of its whole vector.
ENTRY = "an entry of a vector the page does not define"


def entry_defined(head: str, front: FrontMatter, taken: set[str]) -> tuple[str, str] | None:
    """At a symbolic length, ``z_2 = w_2 a_1 + b_2`` with z neither declared nor defined (a small network's neurons,
    each written out): the name z and why the display reads two ways, the page's definition of the entry, or a claim
    about the entry 2 of a free vector z (which the reader reads at every n from 2 on); None for anything else. So
    does z_1 (``z_1 = w_1 x_1 + b`` had been refuted as a claim about a free z_1)."""
    plain = re.sub(r"\\[,;:! ]|\\q?quad\b", "", head).strip()  # z_{\,1}: spacing, which TeX sets and reads past
    plain = re.sub(r"\\(?:mathbf|boldsymbol|bm|vec|mathit)\s*\{\s*([A-Za-z])\s*\}", r"\1", plain)  # \mathbf{w}_2
    match = _ENTRY.fullmatch(plain[1:-1] if plain.startswith("{") and plain.endswith("}") else plain)  # {z_1}
    if front.n is not None or match is None or match.group(1) in taken:
        return None
    name, number = match.group(1), match.group(2) or match.group(3)
    return name, (
        f"{ENTRY}: the display reads two ways, the page's definition "
        f"of the entry {name}_{number}, or a claim about the entry {number} of a free {name}; define {name} (its "
        f"entries {name}_i: …), or give each entry a name of its own"
    )


def held_apart(
    head: str, front: FrontMatter, taken: set[str], inputs: dict[str, str], own: str | None, inline: bool = False
) -> tuple[str, str] | None:
    """A display whose left side ``head`` defines what reads two ways, the name and why: a name the front matter gives
    lengths (``own``, what the display defines once the inputs are set aside), or an entry of a vector the
    page does not define; None for any other display. Refused as an unread definition, what uses it below too."""
    if own is not None and own in inputs:
        return own, declared_and_defined(own, inputs[own])
    return None if inline else entry_defined(head, front, taken)


__all__ = ["ENTRY", "declared_inputs", "held_apart"]
