"""The mathematics as SymPy objects: index notation, softmax, cross-entropy and their definitions."""

from derive.model import subs_equality  # noqa: F401  # SymPy's Subs made to compare its points (sympy#22142)
from derive.model.notation import (
    Definition,
    IndexSpace,
    SumExcept,
    expand_definitions,
    index_symbols,
    vector_symbols,
)
from derive.model.softmax import SoftmaxModel, softmax_model

__all__ = [
    "Definition",
    "IndexSpace",
    "SoftmaxModel",
    "SumExcept",
    "expand_definitions",
    "index_symbols",
    "softmax_model",
    "vector_symbols",
]
