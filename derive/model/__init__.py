"""The mathematics as SymPy objects: index notation, softmax, cross-entropy and their definitions."""

from derive.model.notation import (
    Definition,
    IndexSpace,
    index_symbols,
    SumExcept,
    expand_definitions,
    vector_symbols,
)
from derive.model.softmax import SoftmaxModel, softmax_model

__all__ = [
    "Definition",
    "IndexSpace",
    "index_symbols",
    "SoftmaxModel",
    "SumExcept",
    "expand_definitions",
    "softmax_model",
    "vector_symbols",
]
