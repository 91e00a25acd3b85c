"""An entry number held in a vector's entry: CS231n's ``p_{y_i}``, ``f_{y_i}``, ``\\sum_{j \\neq y_i}`` and
``\\mathbb{1}(y_i = k)``, with y_i the class of example i. Where y is used on the page only so (in subscripts and
indicator conditions, never as a value, always with the same letter i), y_i is read as one index, a fixed index
of the page (``derive.read.fixed_indices``), and the indicator is then a Kronecker delta.

That reading forgets that y_i depends on i, so it is taken only where nothing could tell: no sum binds i, and each
name whose definition holds y_i is used with i alone (L_i, never L_j)."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.definition_heads import definition_head
from derive.read.find import Found
from derive.read.frontmatter import FrontMatter
from derive.read.inference import declared_name
from derive.read.latex_lexer import Token, tokenize

#: How merge_words is told about an entry number: "y@i" merges y_i (and y_{i}) into one letter token "y_i".
MARK = "@"
_BOUND = re.compile(r"\\(?:sum|prod)\s*(?:\\limits\s*)?_\s*\{?\s*([A-Za-z])(?![A-Za-z])")
_INDICATORS = frozenset({"mathbb", "mathbf", "mathds", "mathbbm"})


def _uses(tokens: list[Token], letter: str) -> list[tuple[str | None, bool]]:
    """Each use of ``letter``: the letter of its subscript (None without one), and whether it stands as an index
    (in a subscript, or in an indicator's condition)."""
    found: list[tuple[str | None, bool]] = []
    groups: list[bool] = []
    for at, token in enumerate(tokens):
        before = tokens[at - 1] if at else None
        indicator = at >= 4 and tokens[at - 4].value in _INDICATORS and tokens[at - 2].value == "1"
        if token.kind in ("{", "(", "["):
            groups.append(bool(before and before.kind == "_") or indicator or bool(groups and groups[-1]))
        elif token.kind in ("}", ")", "]") and groups:
            groups.pop()
        elif token.kind == "letter" and token.value == letter:
            after = tokens[at + 1 : at + 5]
            sub = None
            if len(after) >= 2 and after[0].kind == "_" and after[1].kind == "letter":
                sub = after[1].value
            elif len(after) >= 4 and after[0].kind == "_" and [t.kind for t in after[1:4]] == ["{", "letter", "}"]:
                sub = after[2].value
            found.append((sub, bool(groups and groups[-1]) or bool(before and before.kind == "_")))
    return found


def entry_numbers(front: FrontMatter, found: Found) -> frozenset[str]:
    """The entry numbers y_i of the page, each as ``y@i`` (see the module), for ``merge_words``."""
    texts = [(d.text, d.line) for d in (*found.displays, *found.inline)]
    texts += [(value.text, value.line) for _, value in front.define]
    tokens = []
    for text, line in texts:
        try:
            tokens.append(tokenize(text, line))
        except InputError:
            continue
    named = {declared_name(e.text) for e in (*front.vectors, *front.arrays, *front.scalars, *front.indices)}
    named |= {definition_head(key)[0] for key, _ in front.define} | {front.length}
    candidates = set()
    for row in tokens:
        for at in range(len(row) - 2):
            if row[at].kind == "_" and row[at + 1].kind == "{" and row[at + 2].kind == "letter":
                candidates.add(row[at + 2].value)  # p_{y_i}: the letter that opens a subscript group
    bound = {letter for text, _ in texts for letter in _BOUND.findall(text)}
    words = set()
    for letter in sorted(candidates - named):
        uses = [use for row in tokens for use in _uses(row, letter)]
        subscripts = {sub for sub, _ in uses}
        if len(subscripts) != 1 or None in subscripts or not all(index for _, index in uses):
            continue
        (inner,) = subscripts
        if inner is None or inner in bound or not _held_with(letter, inner, front, [t for t, _ in texts]):
            continue
        words.add(f"{letter}{MARK}{inner}")
    return frozenset(words)


#: A formula that names what it defines: ``L_i = …``, ``L = …``.
_HEAD = re.compile(r"^\s*(\\?[A-Za-z]+)\s*(?:_\s*\{?\s*[A-Za-z]\s*\}?)?\s*:?=")


def _held_with(letter: str, inner: str, front: FrontMatter, texts: list[str]) -> bool:
    """Whether each name whose definition holds ``letter_inner`` (in the front matter, or a formula of the page
    that may be one) is used with ``inner`` alone as its subscript."""
    held = rf"{letter}\s*_\s*\{{?\s*{inner}\b"
    names = {definition_head(key)[0] for key, value in front.define if re.search(held, value.text)}
    for text in texts:
        head = _HEAD.match(text.strip().strip("$"))
        if head is not None and re.search(held, text[head.end() :]):
            names.add(head.group(1).lstrip("\\"))
    keys = [key.text for key, _ in front.define]
    for name in names:
        pattern = rf"(?<![A-Za-z\\]){re.escape(name)}\s*_\s*\{{?\s*([A-Za-z])"
        if {sub for text in [*texts, *keys] for sub in re.findall(pattern, text)} - {inner}:
            return False
    return True


def merge_entry_numbers(tokens: list[Token], words: set[str]) -> list[Token]:
    """``tokens`` with each entry number y_i (``y_{i}``) of ``words`` (as ``y@i``) one letter token "y_i"."""
    pairs = {tuple(word.split(MARK)) for word in words}
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        end, inner = None, None
        if token.kind == "letter" and at + 2 < len(tokens) and tokens[at + 1].kind == "_":
            after = tokens[at + 2]
            if after.kind == "letter":
                end, inner = at + 3, after
            elif after.kind == "{" and at + 4 < len(tokens) and tokens[at + 4].kind == "}":
                end, inner = at + 5, tokens[at + 3]
        if end is None or inner is None or (token.value, inner.value) not in pairs:
            out.append(token)
            at += 1
            continue
        name = f"{token.value}_{inner.value}"
        out.append(Token("letter", name, token.line, token.start, tokens[end - 1].end, token.gap))
        at = end
    return out
