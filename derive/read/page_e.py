"""The letter e as the page's own name: a page that sets e ("Let $e = y - \\hat{y}$ be the error.") and writes
Euler's number nowhere with the letter e (no e^{x}, e^{-1}, \\log_e, no words "Euler" or 2.718, in prose math, a
display or the front matter alike) means its e wherever it writes e below that line, e^2 its square. ``PAGE_E`` holds
that line while the page is read, so the definitions take e = … and the parser reads e as that name; on any other
page e stays Euler's number, or is refused where the page also sets it (``euler_name``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from derive.errors import InputError
from derive.read.frontmatter import FrontMatter
from derive.read.latex_lexer import WORD_GROUPS, Token, in_word_groups, tokenize
from derive.read.setting_views import formulas_at

#: The line where the page sets its own e, while a page whose e is its own name is read; None on any other page.
PAGE_E: ContextVar[int | None] = ContextVar("page_e", default=None)

#: The line where the prose names e and no formula sets it ("where $e$ is the prediction error"), while such a page
#: is read: e there is Euler's number or the page's error, refused where it stands (``euler_name``).
PROSE_E: ContextVar[int | None] = ContextVar("prose_e", default=None)
#: e alone in prose math, named by the words around it: "let $e$ be", "where $e$ is", "$e$ denotes".
_NAMED = re.compile(
    r"(?:\b(?:let|where|with|and)\s+(?:\$e\$|\\\(\s*e\s*\\\)))|(?:(?:\$e\$|\\\(\s*e\s*\\\))\s+(?:is|be|denotes|represents|stands)\b)",
    re.I,
)
#: Words that name Euler's number, or its value, anywhere on the page: then e may be it.
_EULER_WORDS = re.compile(
    r"euler|napier|2\.71|natural\s+(?:base|exponential|number|log)|base[\s-]+\$?e\b|exponential\s+constant", re.I
)
#: Words beside "$e$ is" that say it is Euler's number: "the exponential", "a constant", "the base".
_EULER_SAID = re.compile(r"exponential|constant|number|base|natural|exp\b|≈|\\approx", re.I)
#: An environment's name, \\begin{aligned}: no letters of the math.
_ENVIRONMENTS = re.compile(r"\\(?:begin|end)\s*\{[^{}]*\}")
#: What a definition of Euler's number's writes: a limit, a factorial (Σ 1/k!).
_EULER_BODY = re.compile(r"\\lim|!|\\infty")


def _tokens(formula: str) -> list[Token] | None:
    """The formula's tokens outside groups of words (\\text{where}); None where it cannot be read, or where it writes
    an upright e (\\mathrm{e}^{x}: Euler's number, which the parser reads as the letter e, as it reads the page's)."""
    try:
        tokens = tokenize(_ENVIRONMENTS.sub(" ", formula), 0)
    except InputError:
        return None
    shapes = [[(t.kind, t.value) for t in tokens[at + 1 : at + 4]] for at, t in enumerate(tokens)
              if t.kind == "command" and t.value in WORD_GROUPS]  # fmt: skip
    if any(s[:1] == [("letter", "e")] or s == [("{", "{"), ("letter", "e"), ("}", "}")] for s in shapes):
        return None
    words = in_word_groups(tokens)
    return [token for at, token in enumerate(tokens) if at not in words]


def whole_power(tokens: list[Token], at: int) -> bool:
    """Whether the ``^`` at ``at`` raises to a whole number of one or more (e^2, e^{2}): a square, never e^{x}."""
    rest = tokens[at + 1 : at + 4]
    if rest and rest[0].kind == "number":
        return rest[0].value.isdigit() and int(rest[0].value) > 0
    braced = len(rest) == 3 and rest[0].kind == "{" and rest[2].kind == "}" and rest[1].kind == "number"
    return braced and rest[1].value.isdigit() and int(rest[1].value) > 0


def _writes_euler(tokens: list[Token]) -> bool:
    """Whether a formula may write e as Euler's number: raised to anything but a whole number (e^{x}, e^{-1},
    e^{z_i}), in or under a logarithm (\\log_e, \\ln e = 1), with an index (e_i, a vector's entry), in a font."""
    for at, token in enumerate(tokens):
        if token.kind != "letter" or token.value != "e":
            continue
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        if after is not None and after.kind == "^" and not whole_power(tokens, at + 1):
            return True
        if after is not None and after.kind == "_":
            return True  # e_i beside e: an entry of the page's vector e, or the error?
        if at >= 2 and tokens[at - 1].kind == "{" and tokens[at - 2].kind == "command":
            return True  # \\mathbf{e}, \\mathit{e}, \\log_{e}: a vector, or e in a font (\\mathrm{e} is Euler's)
        if any(t.kind == "command" and t.value in ("log", "ln") for t in tokens[max(0, at - 3) : at]):
            return True  # \\log_e x, \\ln e = 1, \\log(e): the base, or the logarithm of Euler's number
    return False


def _sets(tokens: list[Token]) -> bool:
    """Whether a formula starts by setting e (e = y - \\hat{y}), with a letter or command of another name after."""
    if len(tokens) < 3 or tokens[0].kind != "letter" or tokens[0].value != "e" or tokens[1].kind != "=":
        return False
    right = tokens[2:]
    return any(t.kind in ("letter", "command") and t.value not in ("e", "frac") for t in right)


def writes_euler_number(formula: str) -> bool:
    """Whether a formula may write Euler's number as e (``_writes_euler``), or cannot be split into tokens."""
    tokens = _tokens(formula)
    return tokens is None or _writes_euler(tokens)


def _equals(tokens: list[Token], at: int) -> bool:
    """Whether the token at ``at`` starts a row, or follows a wide space or a comma, and ``=`` (or ``&=``) follows
    it: e set there, as ``euler_name`` finds it (d = 2b \\qquad e = a + d)."""
    starts = at == 0 or tokens[at - 1].kind in ("newline", "&", ",") or tokens[at].gap in ("\\quad", "\\qquad")
    after = [t.kind for t in tokens[at + 1 : at + 3]]
    return starts and (after[:1] == ["="] or after == ["&", "="])


def page_e_line(body: str, front: FrontMatter) -> int | None:
    """The line where the page sets its own e, when e is its name throughout; None when the page never sets e, or
    may write Euler's number with the letter e anywhere, or sets e more than once, or has a formula derive cannot
    split into tokens (it might hold e^{x})."""
    if _EULER_WORDS.search(body):
        return None
    texts = [(entry.line, entry.text) for pair in (*front.define, *front.macros) for entry in pair]
    texts += [(entry.line, entry.text) for entry in front.assume]
    settings = []
    for line, formula in [*formulas_at(body.split("\n"), 1, body.count("\n") + 2), *texts]:
        tokens = _tokens(formula)
        if tokens is None or _writes_euler(tokens):
            return None
        if _sets(tokens):
            settings.append((line, formula))
        elif any(t.kind == "letter" and t.value == "e" and _equals(tokens, at) for at, t in enumerate(tokens) if at):
            return None  # d = 2b \qquad e = a + d, e &= …: set where derive does not look for it, or twice
    if len({re.sub(r"\s+", "", f) for _, f in settings}) != 1 or any(_EULER_BODY.search(f) for _, f in settings):
        return None
    return min(line for line, _ in settings)


def _named_in_words(body: str) -> int | None:
    """The line of the first "where $e$ is …" whose next words do not say what Euler's number is (the exponential,
    a constant, a number, a base): the page's own e, named in words."""
    for named in _NAMED.finditer(body):
        if not _EULER_SAID.search(body[named.start() : named.end() + 80]):
            return body.count("\n", 0, named.start()) + 1
    return None


@contextmanager
def reading_page_e(body: str, front: FrontMatter) -> Iterator[None]:
    """While the page is read: ``PAGE_E`` its own e's line, where e is the page's name throughout."""
    line = page_e_line(body, front)
    named = _named_in_words(body) if line is None and not _EULER_WORDS.search(body) else None
    token, prose = PAGE_E.set(line), PROSE_E.set(named)
    try:
        yield
    finally:
        PAGE_E.reset(token)
        PROSE_E.reset(prose)


__all__ = ["PAGE_E", "PROSE_E", "page_e_line", "reading_page_e", "whole_power", "writes_euler_number"]
