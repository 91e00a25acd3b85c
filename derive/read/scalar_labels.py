"""A subscript that labels a number of the page, as the focal loss writes ``p_t`` beside ``p`` and ``x_t`` beside x.

``p_t`` is the entry t of a vector p, or a number labelled t ("p of the true class"). It is the label where the
page settles it: every name written with the subscript t is also written bare (p alone is a number: ``-\\log(p)``)
and with no other subscript (p is never indexed), the page defines each such name with its label (``p_t = …``,
``x_t = yx``), and the letter t stands nowhere else: no sum binds it, no other name takes it, it is no name
itself. Such names are read as written with the label upright, ``p_{\\text{t}}``, a name of its own. Where any of
this fails, p_t is read as before (an entry, where p is a vector).
"""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.find import Display, Found
from derive.read.frontmatter import FrontMatter
from derive.read.labelled_scalars import with_word_labels
from derive.read.latex_lexer import Token, tokenize
from derive.read.typed_greek import with_typed_greek
from derive.read.unit_labels import with_unit_labels

#: Commands whose braced argument is words or an environment's name, not names of the page.
_WORDS = frozenset({"text", "textrm", "mathrm", "operatorname", "mbox", "begin", "end", "textit", "textbf"})


def _tokens(text: str) -> list[Token]:
    """The tokens of ``text`` outside the arguments of ``_WORDS`` (empty when it cannot be tokenized)."""
    try:
        tokens = tokenize(text, 1)
    except InputError:
        return []
    kept: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.kind == "command" and token.value in _WORDS and at + 1 < len(tokens) and tokens[at + 1].kind == "{":
            level = 0
            for at in range(at + 1, len(tokens)):  # noqa: B020 - skip to the closing brace
                level += {"{": 1, "}": -1}.get(tokens[at].kind, 0)
                if level == 0:
                    break
            at += 1
            continue
        kept.append(token)
        at += 1
    return kept


def _subscripts(tokens: list[Token]) -> list[tuple[Token, list[Token]]]:
    """Each subscript: the token before ``_`` and the subscript's tokens (one token, or a braced group's)."""
    found = []
    for at, token in enumerate(tokens):
        if token.kind != "_" or at == 0 or at + 1 >= len(tokens):
            continue
        if tokens[at + 1].kind != "{":
            found.append((tokens[at - 1], [tokens[at + 1]]))
            continue
        level, end = 0, at + 1
        for end in range(at + 1, len(tokens)):
            level += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
            if level == 0:
                break
        found.append((tokens[at - 1], tokens[at + 2 : end]))
    return found


def _labelled(texts: list[str]) -> dict[str, set[str]]:
    """Each letter that labels numbers of the page (see the module), with the names it labels."""
    streams = [_tokens(text) for text in texts]
    subscripts = [pair for tokens in streams for pair in _subscripts(tokens)]
    letters = {s[0].value for _, s in subscripts if len(s) == 1 and s[0].kind == "letter"}
    found: dict[str, set[str]] = {}
    for letter in sorted(letters):
        bases = {base.value for base, s in subscripts if [t.value for t in s] == [letter]}
        with_it = [(base, s) for base, s in subscripts if any(t.value == letter for t in s)]
        if any(base.kind != "letter" or len(s) != 1 for base, s in with_it):
            continue  # \sum_t, x_{t-1}, w_{tj}: an index
        if any(base.value in bases and [t.value for t in s] != [letter] for base, s in subscripts):
            continue  # p_t beside p_i: p is indexed
        if sum(1 for tokens in streams for t in tokens if t.kind == "letter" and t.value == letter) != len(with_it):
            continue  # t written where it is no subscript: a name of the page
        if not all(_bare(streams, base) for base in bases) or not all(_defined(texts, b, letter) for b in bases):
            continue
        found[letter] = bases
    return found


def _bare(streams: list[list[Token]], base: str) -> bool:
    """Whether ``base`` is written somewhere without a subscript."""
    for tokens in streams:
        for at, token in enumerate(tokens):
            if token.kind == "letter" and token.value == base and (at + 1 == len(tokens) or tokens[at + 1].kind != "_"):
                return True
    return False


def _defined(texts: list[str], base: str, letter: str) -> bool:
    """Whether a display or inline formula defines ``base_letter``: ``p_t = …``."""
    head = re.compile(rf"^\s*{base}\s*_\s*(?:\{{\s*{letter}\s*\}}|{letter})\s*:?=")
    return any(head.match(text.strip().strip("$")) for text in texts)


def with_scalar_labels(found: Found, front: FrontMatter | None = None) -> Found:
    """``found`` with each labelled number written ``p_{\\text{t}}`` (see the module), and a reading saying so;
    ``front``'s names are no units' quantities (an array A's A_{k1})."""
    declared = frozenset(e.text.strip() for e in (*front.vectors, *front.arrays, *front.indices)) if front else None
    found = with_unit_labels(with_word_labels(found), declared or frozenset())  # L_{total}; net_{h1}: labels
    found = with_typed_greek(found)  # Delta typed: \\Delta
    texts = [d.text for d in (*found.displays, *found.inline)]
    labels = _labelled(texts)
    if not labels:
        return found

    def relabel(display: Display) -> Display:
        text = display.text
        for letter, bases in labels.items():
            for base in bases:
                pattern = rf"(?<![A-Za-z\\]){base}\s*_\s*(?:\{{\s*{letter}\s*\}}|{letter}(?![A-Za-z]))"
                text = re.sub(pattern, rf"{base}_{{\\text{{{letter}}}}}", text)
        return dataclasses.replace(display, text=text)

    first = min(d.line for d in (*found.displays, *found.inline) if d.text != relabel(d).text)
    shown = f"line {first}: " + "; ".join(
        f"{', '.join(f'{b}_{letter}' for b in sorted(bases))}: numbers labelled {letter} (each also written bare and "
        f"never indexed), not entries at an index {letter}"
        for letter, bases in labels.items()
    )
    return dataclasses.replace(
        found,
        displays=tuple(relabel(d) for d in found.displays),
        inline=tuple(relabel(d) for d in found.inline),
        readings=(*found.readings, shown),
    )
