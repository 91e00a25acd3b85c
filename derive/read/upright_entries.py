"""An upright word with one index, ``\\text{net}_j`` (Wikipedia's net input of neuron j): an entry of a vector named
by the word, read as a letter with one subscript is (``z_j``).

The word is one name, never a product of its letters; a word that names a function derive reads
(``\\text{softmax}_i``, ``\\operatorname{sgn}``) is not one, and stays what it was.
"""

from __future__ import annotations

from derive.read.known_functions import KNOWN_FUNCTIONS, UPRIGHT_ONLY
from derive.read.latex_lexer import Token
from derive.read.names import display_name

#: Upright commands whose word may name a vector.
UPRIGHT_NAMES = frozenset({"text", "mathrm", "operatorname", "textrm"})
#: Words that name functions, never a vector.
FUNCTION_WORDS = frozenset({*KNOWN_FUNCTIONS, *UPRIGHT_ONLY, "ReLU", "relu", "diag", "max", "min", "log", "exp", "ln"})


def upright_entry(tokens: list[Token], at: int) -> tuple[str, int] | None:
    """``\\text{net}_j`` at ``at``: the word and where the entry ends; else None."""
    head = tokens[at : at + 2]
    if len(head) < 2 or head[0].kind != "command" or head[0].value not in UPRIGHT_NAMES or head[1].kind != "{":
        return None
    close = next((k for k in range(at + 2, len(tokens)) if tokens[k].kind != "letter"), len(tokens))
    word = "".join(t.value for t in tokens[at + 2 : close])
    if close >= len(tokens) or tokens[close].kind != "}" or len(word) < 2 or word in FUNCTION_WORDS:
        return None
    if display_name(word) != word:  # \text{theta}, \text{that}: a Greek letter's or an accented name's spelling
        return None
    if any(t.gap for t in tokens[at + 3 : close]):  # \text{net input}: words, not a name
        return None
    script = tokens[close + 1 : close + 5]
    kinds = [t.kind for t in script]
    if kinds[:2] == ["_", "letter"]:
        return word, close + 3
    if kinds == ["_", "{", "letter", "}"]:
        return word, close + 5
    return None


def upright_argument(tokens: list[Token], at: int) -> bool:
    """Whether ``\\text{net}_j)`` stands at ``at``: the one argument of φ(\\text{net}_j)."""
    entry = upright_entry(tokens, at)
    return entry is not None and entry[1] < len(tokens) and tokens[entry[1]].kind == ")"


def entry_text(name: str) -> str:
    """How an inferred vector is declared: ``\\text{net}`` for a word, else as the name is written."""
    word = len(name) > 1 and name.isalpha() and display_name(name) == name  # not z^L, \\hat{y}, \\theta
    return f"\\text{{{name}}}" if word else display_name(name)
