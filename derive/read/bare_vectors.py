"""A vector defined on the page by its entries (``\\ell_k = …``) written bare, ``\\ell``, in a link whose sides then
have different shapes. Pages name a total after its terms (Wikipedia's log loss ℓ_k of the k-th point beside the
log-likelihood ℓ = Σ_k …): read as the vector of the ℓ_k, such a correct link was refuted by its shapes. It reads
two ways, and is refused, naming both: the vector of the entries, so the shapes differ, or a number of its own."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.names import Names, display_name


def _bare(name: str) -> re.Pattern[str]:
    """The name written alone: not inside a longer command or word, and with no subscript after it."""
    return re.compile(rf"(?<![\\A-Za-z]){re.escape(name)}(?![A-Za-z])(?!\s*_)")


def refuse_bare_vectors(sides_latex: list[str], shapes: list[str], names: Names, line: int) -> None:
    """Refuse a link whose sides differ in shape, one a number, where the other is the bare name of a vector the
    page defines by its entries (at an index letter of the page, not whole), ℓ = Σ_k …; and, after such a link,
    any link of differing shapes that writes that name bare (∂ℓ/∂β_0 = Σ_k …), as the same two readings."""
    indices = set(names.indices.values())
    defined = names.defined.definitions if names.defined is not None else ()
    by_entries = {str(d.name) for d in defined if d.index in indices}  # ℓ_k = …, not z = W x + b (whole)
    for k in range(1, len(shapes)):
        if shapes[k - 1] != shapes[k]:
            _refuse_transposed_self((sides_latex[k - 1], sides_latex[k]), names, line)
            _refuse_guessed_vector((sides_latex[k - 1], sides_latex[k]), (shapes[k - 1], shapes[k]), names, line)
        if shapes[k - 1] == shapes[k] or "a number" not in (shapes[k - 1], shapes[k]):
            continue
        sides = (sides_latex[k - 1], sides_latex[k])
        for name in sorted(by_entries & set(names.defined_vectors)):
            shown = "\\" + name if len(name) > 1 and name.isalpha() else name
            alone = any(re.fullmatch(rf"\s*{re.escape(shown)}\s*[.,]?\s*", side) for side in sides)
            if alone:
                names.bare_totals.setdefault(name, line)
            elif name not in names.bare_totals or not any(_bare(shown).search(side) for side in sides):
                continue
            raise InputError(
                f"line {line}: {shown}, written bare beside {display_name(name)}_… defined by its entries, can be "
                f"read two ways: the vector of those entries, so that the sides have different shapes "
                f"({shapes[k - 1]} and {shapes[k]}), or a number of its own (a total over them?), which derive "
                "does not read so here" + ("" if alone else f" (as at line {names.bare_totals[name]})")
            )
        _refuse_inferred_alone(sides, (shapes[k - 1], shapes[k]), names, line)


def _refuse_inferred_alone(sides: tuple[str, str], shapes: tuple[str, str], names: Names, line: int) -> None:
    """A side that is only the bare name of a vector or an array derive inferred from the page's entries (w of
    w_{ki}), or that name under functions alone (e^y), against a number: a docs page's w = 1/4, the scalar of a
    model above its weights w_{ki}, was refuted by its shapes. The name reads two ways, the whole array or a number
    of its own, and is refused."""
    inferred = {*names.vectors, *names.arrays} & names.undeclared
    for name in sorted(inferred):
        shown = "\\" + name if len(name) > 1 and name.isalpha() else name
        alone = rf"\s*(?:\\mathbf\s*\{{\s*)?{re.escape(shown)}\s*\}}?\s*[.,]?\s*"
        if any(re.fullmatch(alone, side) or _only(side, shown) for side in sides):
            kind = "array" if name in names.arrays else "vector"
            raise InputError(
                f"line {line}: {shown} alone can be read two ways: the whole {kind} whose entries the page writes "
                f"({display_name(name)}_…), so that the sides have different shapes ({shapes[0]} and {shapes[1]}), "
                f"or a number of its own: declare it (scalars: [{name}]) or give its shape"
            )


#: A matrix written out: its environment.
_MATRIX = re.compile(r"\\begin\s*\{\s*(?:[bBpvV]?matrix|array)\s*\}")


def _refuse_guessed_vector(sides: tuple[str, str], shapes: tuple[str, str], names: Names, line: int) -> None:
    """A side written out as a matrix of a size (2×2) against one that writes, whole, a vector derive inferred and
    the page never gives a shape (``\\text{softmax}(S)``, S's rows the page's s_{ij}): the page may mean a
    matrix, and the shapes' refutation was derive's guess (survey T's FR5, an attention page's softmax by rows)."""
    written = [re.fullmatch(r"(\d+)×(\d+)", shape) and "1" not in shape.split("×") and _MATRIX.search(side)
               for shape, side in zip(shapes, sides, strict=True)]  # fmt: skip
    if not any(written):  # a matrix the page writes out, not one derive's product of its guesses made
        return
    for name in sorted({*names.scalars} & names.undeclared):  # QK^T = S = [q_11 k_11 + … ]: S named there
        shown = "\\" + name if len(name) > 1 and name.isalpha() else name
        if "a number" in shapes and any(re.fullmatch(rf"\s*{re.escape(shown)}\s*[.,]?\s*", side) for side in sides):
            raise InputError(
                f"line {line}: {shown} alone, which the page never defines, reads as a number here, so that the sides "
                f"have different shapes ({shapes[0]} and {shapes[1]}); the page may name the matrix {shown} here: "
                f"give its shape (arrays: {{{name}: [m, n]}}) or define it"
            )
    for name in sorted(set(names.vectors) & names.undeclared - set(names.shapes)):
        shown = "\\" + name if len(name) > 1 and name.isalpha() else name
        if any(_bare(shown).search(side) for side in sides):
            raise InputError(
                f"line {line}: {shown}, whose shape the page never gives, is read as a vector here, so that the "
                f"sides have different shapes ({shapes[0]} and {shapes[1]}); the page may mean a matrix (a softmax "
                f"by rows?): give its shape (arrays: {{{name}: [m, n]}}, or vectors: [{name}])"
            )


def _only(side: str, shown: str) -> bool:
    """Whether ``side`` writes no name but ``shown``, bare, under functions and numbers (``e^y``, ``\\log y``): a
    worked example's number y (log_e 1 = y, so e^y = 1) had been read as the vector of the page's y_i."""
    rest = re.sub(r"\\[A-Za-z]+|[^A-Za-z\\]", " ", side)
    letters = [word for word in rest.split() if word != "e"]
    return bool(letters) and all(word == shown for word in letters) and not re.search(rf"{re.escape(shown)}\s*_", side)


def _refuse_transposed_self(sides: tuple[str, str], names: Names, line: int) -> None:
    """``a^T = a`` (a README's rule (2.8), of a number a) where derive inferred a vector a from the page's bold
    **a**: false of every vector by its shapes, and no page claims it of one. It reads two ways and is refused."""
    for name in sorted(set(names.vectors) & names.undeclared):
        shown = re.escape("\\" + name if len(name) > 1 and name.isalpha() else name)
        plain = rf"\s*{shown}\s*"
        transposed = rf"\s*{shown}\s*\^\s*(?:T|\{{\s*T\s*\}}|\\top|\{{\s*\\top\s*\}}|\\intercal)\s*"
        if {bool(re.fullmatch(plain, side)) for side in sides} == {True, False} and any(
            re.fullmatch(transposed, side) for side in sides
        ):
            raise InputError(
                f"line {line}: {display_name(name)}^T = {display_name(name)} can be read two ways: of the vector "
                f"{display_name(name)} derive inferred from the page, false by its shapes, or of a number written "
                f"with the same letter, whose transpose derive does not read: declare it (vectors: [{name}]) to check "
                "it of vectors"
            )


__all__ = ["refuse_bare_vectors"]
