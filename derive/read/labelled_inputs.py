"""A loss labelled by a word that the page never defines (``L_{\\text{CE}}``, ``\\mathcal{L}_{\\text{data}}``),
inside what a derivative differentiates: in 𝓛 = 𝓛_CE + λ/2 Σ_k z_k², ∂𝓛/∂z_j is λ z_j only if 𝓛_CE is a constant,
and p_j − y_j + λ z_j if it is the cross-entropy the page names. Such a name is a quantity in words (a loss, a data
term), so the derivative reads two ways and is refused, naming both. A derivative by such a number itself
(∂L_total/∂L_soft) holds the others fixed, as every partial derivative does; declared in the front matter
(``scalars: ['L_{\\text{CE}}']``), the name is a constant, as declared."""

from __future__ import annotations

import re

from sympy import Expr, Indexed, Symbol

from derive.model.notation import expand_definitions
from derive.read.names import Names, labelled_entry
from derive.read.shapes import Shaped

#: The name of a loss, a cost, a divergence or an objective labelled by a word or a superscript (``L_CE``,
#: ``Lcal_data``, ``J_reg``, ``E_total``, ``D_KL``, ``Lcal^{\\text{CE}}``), or any letter labelled as a loss or a
#: model's output (``Omega_data``, ``Q_loss``): a label on another letter (``y_actual``, ``x_train``) names data.
_LOSS = r"(?:L|Lcal|ell|l|J|Jcal|E|Ecal|C|Ccal|R|Rcal|D|Dcal|H|Hcal)"
_WORDS = r"(?:CE|NLL|KL|BCE|MSE|loss|data|pred|prediction|output|model|reg|task|KD)"
_LABELLED = re.compile(rf"{_LOSS}(?:_(?:[A-Za-z]{{2,}}|[a-z]{{1,3}}\d{{1,2}})|\^.+)|\\?[A-Za-z]+_(?i:{_WORDS})")


def labelled_inputs(names: Names, expr: Expr, variable: Expr) -> list[str]:
    """The labelled numbers the page never defines nor declares that ``expr``, written down by its definitions,
    is made of; none where ``variable`` is itself such a number."""
    entry = variable.entry if isinstance(variable, Shaped) else variable
    base = entry.base if isinstance(entry, Indexed) else entry
    if isinstance(base, Symbol) and _LABELLED.fullmatch(base.name):
        return []
    defined = names.defined
    others = [d for d in defined.definitions if d.name != base] if defined is not None else []
    written = expand_definitions(expr, others)
    made_of = {s.name for s in written.free_symbols if not s.is_integer}
    return sorted(name for name in made_of & names.undeclared if _LABELLED.fullmatch(name))


def labelled_refusal(found: list[str], variable: str) -> str:
    """Why a derivative through the labelled numbers ``found`` reads two ways, and what settles it."""
    shown = ", ".join(labelled_entry(name).strip("'") for name in found)  # L_{\\text{CE}}, as the page writes it
    entries = ", ".join(f"'{labelled_entry(name).strip(chr(39))}'" for name in found)  # quoted for YAML: {…}
    return (
        f"∂/∂{variable} of what is made of {shown}, which the page names in words and never defines, can be read two "
        f"ways: {shown} a constant, held fixed (declare it: scalars: [{entries}]), or a quantity of {variable} (a "
        f"loss of the model), whose derivative derive can take only when the page defines it (define: {entries}: …)"
    )


__all__ = ["labelled_inputs", "labelled_refusal"]
