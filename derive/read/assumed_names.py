"""The names the front matter's assumptions are about: independent on the page, never defined there ("y one-hot",
"\\sum_i y_i = 1"), except the one name of a domain (``D \\geq 0``), which the page may define: the domain then
holds of what that name is made of (``derive.check.claim``)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable

from derive.errors import InputError
from derive.read.conditions import INEQUALITIES, key
from derive.read.frontmatter import FrontMatter
from derive.read.inference import Usage, scan
from derive.read.latex_lexer import tokenize
from derive.read.names import GREEK
from derive.read.rows import at_top


def assumed_names(front: FrontMatter, formulas: Iterable[str] = ()) -> set[str]:
    """The names ``front``'s assumptions hold independent: the first word of each ('y one-hot'), and every name an
    assumption in symbols writes; not the one name of a domain that one of the page's ``formulas`` defines by a
    body that names something (``$$D = o - y$$``; ``$$x = 0$$`` beside x ≥ 0 and x ≤ 0 is a claim)."""
    texts = list(formulas)
    ranged = [entry for entry in front.assume if _defined_on_page(_domain_of_one(entry.text), texts)]
    assumed = {word for entry in front.assume if entry not in ranged for word in entry.text.split()[:1]}
    for entry in (e for e in front.assume if len(e.text.split()) != 2 and e not in ranged):  # 'y one-hot': in words
        about = Usage()
        with contextlib.suppress(InputError):
            scan(tokenize(entry.text, entry.line), about)
        assumed |= {*about.vectors, *about.arrays, *about.alone, *about.lettered, *about.applied}
    return assumed


def _defined_on_page(name: str | None, texts: list[str]) -> bool:
    """Whether a formula opens with ``name = …`` and its body writes a letter (a definition, not a value)."""
    if name is None:
        return False
    entry = re.fullmatch(r"(?P<base>[A-Za-z])_(?P<index>[A-Za-z])", name)  # z_i > 0: every entry of z
    written = rf"{entry['base']}\s*_\s*(?:\{{\s*{entry['index']}\s*\}}|{entry['index']})" if entry else None
    head = re.compile(rf"^\s*{written or re.escape(name.lstrip(chr(92)))}\s*:?=(?P<body>[^=]*)")
    named = lambda body: re.search(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+", "", body)) is not None  # noqa: E731
    return any((m := head.match(text)) is not None and named(m["body"]) for text in texts)


def _domain_of_one(text: str) -> str | None:
    """The one name an assumption is a domain of (``D \\geq 0``, ``0 < a < 1``, ``Delta \\geq 0``,
    ``a \\in (0, 1)``): the page may define that name, the domain then holding of what it is made of
    (``derive.check.claim``)."""
    try:
        tokens = tokenize(text)
    except InputError:
        return None
    cuts = [at for at, (t, top) in enumerate(at_top(tokens)) if top and (key(t) in INEQUALITIES or key(t) == "in")]
    pieces = [tokens[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(tokens)], strict=True)]
    named = [p for p in pieces if any(t.kind == "letter" or (t.kind == "command" and t.value in GREEK) for t in p)]
    if not cuts or len(named) != 1 or (key(tokens[cuts[0]]) == "in" and pieces[0] is not named[0]):
        return None
    subject = named[0]
    if all(t.kind == "letter" for t in subject):  # Delta, a
        return "".join(t.value for t in subject)
    kinds = [t.kind for t in subject if t.kind not in ("{", "}")]
    if kinds == ["letter", "_", "letter"]:  # z_i, z_{i}: every entry of z, which the page may define entry by entry
        return f"{subject[0].value}_{subject[-1].value if subject[-1].kind == 'letter' else subject[-2].value}"
    greek = len(subject) == 1 and subject[0].kind == "command" and subject[0].value in GREEK
    return "\\" + subject[0].value if greek else None


__all__ = ["assumed_names"]
