"""A quantity over every example beside names written without their example's label, as Raschka writes it:
``l(\\mathbf{w}) = \\sum_{i=1}^{n} [y^{(i)} \\log \\phi(z^{(i)}) + …]``, then, "for a single sample, dropping the
superscript (i)", ``\\frac{\\partial}{\\partial w_j} l(\\mathbf{w}) = (y \\frac{1}{\\phi(z)} - …)``.

A name the page defines with a body that writes an example's label (``y^{(i)}``) while its head writes none is a
total over the examples. A side of a display that writes such a total, where the display also writes bare a name the
page labels elsewhere (y, z), reads two ways: the total, or the one example's term the page means by dropping the
label. That side is refused, naming both; the display's other sides are still checked."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.examples import label_at, name_at, subscript_end
from derive.read.find import Display
from derive.read.iteration_updates import without_steps
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import display_name
from derive.read.ng_notation import ng_written

#: Commands whose group is a word or a name's typography, not a name written bare.
_WORDS = frozenset({"begin", "end", "text", "mathrm", "operatorname", "mathcal", "mathsf", "mathbb", "hat", "bar"})


def written_names(tokens: list[Token]) -> list[tuple[str, bool]]:
    """Each name written in ``tokens`` (not inside a script or a word's group), and whether a label follows it."""
    found = []
    depth_words: list[bool] = []  # each open group: a word's?
    words = 0  # how many of them are open (counted, not searched: a formula may nest thousands of groups)
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.kind == "{":
            depth_words.append(at > 0 and tokens[at - 1].kind == "command" and tokens[at - 1].value in _WORDS)
            words += depth_words[-1]
        elif token.kind == "}" and depth_words:
            words -= depth_words.pop()
        scripted = at > 0 and tokens[at - 1].kind in ("_", "^")
        named = None if scripted or words else name_at(tokens, at)
        if named is None:
            at += 1
            continue
        below = subscript_end(tokens, named[1])  # x_j^{(i)}: the label after the entry
        found.append((named[0], label_at(tokens, named[1] if below is None else below, digits=True) is not None))
        at = named[1]
    return found


def example_totals(displays: tuple[Display, ...]) -> tuple[dict[str, int], set[str]]:
    """The page's totals over the examples (name: line of its definition), and the names it writes labelled."""
    labelled: set[str] = set()
    heads: list[tuple[str, int, set[str]]] = []
    for display in without_steps(displays):  # w^{(l+1)} = w^{(l)} - …: l numbers the steps, no example
        try:
            tokens = tokenize(display.text, display.line)
        except InputError:
            continue
        written = written_names(tokens)
        labelled |= {name for name, label in written if label}
        equals = next((k for k, t in enumerate(tokens) if t.kind == "="), None)
        head = name_at(tokens, 0) if tokens else None
        if equals is None or head is None or label_at(tokens, head[1]) is not None or ng_written(tokens, 0):
            continue
        heads.append((head[0], tokens[0].line, {name for name, label in written_names(tokens[equals:]) if label}))
    totals = {name: line for name, line, body in heads if body}
    return totals, labelled


def refuse_dropped_label(display: Display, side: list[Token], totals: dict[str, int], labelled: set[str]) -> None:
    """Refuse ``side`` where it writes a total over the examples and ``display`` a labelled name bare (the module)."""
    if not totals:
        return
    total = next((name for name, _ in written_names(side) if name in totals), None)
    if total is None:
        return
    try:
        written = written_names(tokenize(display.text, display.line))
        bare = [name for name, label in written if name in labelled and not label]
    except InputError:
        return
    if not bare:
        return
    shown, one = display_name(total), display_name(bare[0])
    line = side[0].line if side else display.line
    raise InputError(
        f"line {line}: {shown}, defined over every example (line {totals[total]}), beside {one} written "
        f"without its example's label, reads two ways: the whole {shown}, or one example's term, the label dropped: "
        f"write {one}^{{(i)}} for example i's, or give the one example's {shown} a name of its own"
    )


__all__ = ["example_totals", "refuse_dropped_label", "written_names"]
