"""Fixed indices a page does not declare: a letter it uses only as a subscript (never as a value), bound by no sum
and no definition's parameter, as Nielsen's y in C = -ln a_y (the correct class). It is read as if declared under
``indices`` (``derive.read.fixed_indices``): held free by a definition, it is the page's fixed index, every claim
checked for each of its values, and the report's "read from the text" line says so."""

from __future__ import annotations

import re
from collections.abc import Iterable

from derive.errors import InputError
from derive.read.definition_heads import definition_head
from derive.read.find import Found
from derive.read.frontmatter import FrontMatter
from derive.read.inference import Inferred, declared_name
from derive.read.latex_lexer import tokenize

#: The letter a sum or product binds: \sum_j, \sum_{j=1}^{n}, \sum\limits_{j \in S}, \prod_k.
_BOUND = re.compile(r"\\(?:sum|prod)\s*(?:\\limits\s*)?_\s*\{?\s*([A-Za-z])(?![A-Za-z])")


def _bound_letters(texts: Iterable[str]) -> set[str]:
    return {letter for text in texts for letter in _BOUND.findall(text)}


def _values(texts: Iterable[str]) -> set[str]:
    """The letters the texts use as a value: outside every subscript and every indicator's condition
    (``\\mathbb{1}(y = k)``)."""
    found: set[str] = set()
    for text in texts:
        try:
            tokens = tokenize(text)
        except InputError:
            continue
        groups: list[bool] = []  # for each open group, whether it is an index (a subscript, a condition)
        for at, token in enumerate(tokens):
            before = tokens[at - 1] if at else None
            indicator = (
                at >= 4 and tokens[at - 4].value in ("mathbb", "mathbf", "mathds") and tokens[at - 2].value == "1"
            ) or (token.kind == "command" and token.value == "{" and before is not None and before.value == "1")
            if token.kind == "command" and token.value == "}" and groups:  # 1\{y = i\}: CS229's indicator
                groups.pop()
            if token.kind in ("{", "(", "[") or (token.kind == "command" and token.value == "{"):
                groups.append(bool(before and before.kind == "_") or indicator or bool(groups and groups[-1]))
            elif token.kind in ("}", ")", "]") and groups:
                groups.pop()
            elif token.kind == "letter" and not (before and before.kind == "_") and not (groups and groups[-1]):
                found.add(token.value)
    return found


def page_fixed_indices(front: FrontMatter, inferred: Inferred, found: Found) -> set[str]:
    """The indices the text uses (``inferred``) that a sum binds nowhere and no definition takes as its parameter,
    each used as nothing but an index."""
    values = {*inferred.vectors, *inferred.scalars, *inferred.arrays, *inferred.functions, *inferred.sets}
    values |= {declared_name(e.text) for e in (*front.vectors, *front.arrays, *front.scalars, *front.functions)}
    values |= {front.length, *(declared_name(entry.text) for entry, _ in front.sizes)}
    parameters: set[str] = set()
    for key, _ in (*front.define, *front.network):
        name, index, params = definition_head(key)
        values.add(name)
        parameters |= {index, *(params or ())} - {None}  # type: ignore[arg-type]
    texts = [d.text for d in (*found.displays, *found.inline)]
    texts += [value.text for _, value in (*front.define, *front.network)] + [e.text for e in front.assume]
    taken = values | parameters | _bound_letters(texts) | _values(texts)
    return {index for index in inferred.indices if index not in taken}
