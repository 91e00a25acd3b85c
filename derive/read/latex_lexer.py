"""Tokens of the LaTeX subset that ``derive check`` reads, each with the 1-based line it stands on."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.invisible_braces import unbraced
from derive.read.left_right_groups import left_right, right_at
from derive.read.unicode_letters import COMMAND_SYNONYMS, UNICODE_COMMANDS

#: Commands that only size the delimiter after them: \big( is (.
SIZES = frozenset(f"{size}{side}" for size in ("big", "Big", "bigg", "Bigg") for side in ("", "l", "r", "m"))
#: Commands that set the size or style of what follows and mean nothing more (``$$\\large \\begin{array}…``, U-11).
TEXT_SIZES = frozenset({"tiny", "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge", "textstyle"})

#: Characters typed for an operator: an en dash for a minus (as people type it), a middle dot, a times sign,
#: and a typographic apostrophe or a prime for the prime of f'(x) (pages that "smarten" quotes turn ' into ’).
TYPED = {"−": "-", "–": "-", "·": "*", "×": "*", "’": "'", "′": "'"}

#: Characters typed for a command: an ellipsis (``1, …, C``, as MathJax and KaTeX show it) is ``\\ldots``.
TYPED_COMMANDS = {"…": "ldots", "⋯": "cdots", **UNICODE_COMMANDS}  # δ, ∑, ∂ typed: ``derive.read.unicode_letters``

#: Commands that only space things out: dropped by the lexer.
SPACING = frozenset({",", ";", ":", "!", " ", "quad", "qquad", "enspace", "displaystyle", "limits", "nolimits"})

#: The widths of TeX's spaces in math mode, in mu (18 mu = 1 em); a control space or a tie is a word space, about
#: a third of an em. A run of them at least an em wide (``\ \ \ \ ``, ``\;\;\;\;``) is a ``\quad`` to the
#: reader: it sets two formulas apart as far as ``\quad`` does, so it is read as one.
SPACE_WIDTHS = {",": 3, ":": 4, ";": 5, "!": -3, " ": 6, "~": 6, "enspace": 9, "quad": 18, "qquad": 36}
WIDE_GAPS = frozenset({"\\quad", "\\qquad"})
#: Gaps a word space wide or wider, short of an em (``\ ``, ``~``, ``\enspace``, ``\;\;``): no product's.
WORD_GAPS = frozenset({"\\ ", "~", "\\enspace"})

#: Longest number literal accepted (digits), so that no huge integer is ever built.
MAX_NUMBER_DIGITS = 30


@dataclass(frozen=True)
class Token:
    """``kind`` is "command" (value without the backslash), "letter", "number", or the symbol itself."""

    kind: str
    value: str
    line: int
    start: int = 0  # offset of the token in the text it was read from
    end: int = 0
    #: What stood between this token and the one before it: "" (nothing), " " (white space) or the spacing
    #: command (``\\,``): TeX typesets ``2 5`` as 25 but ``1\\,000`` with a visible gap.
    gap: str = ""
    #: The line of the definition this token was written out from (an array's entry, ``entry_definitions``), so
    #: that what cannot be read in it is blamed on that definition; 0 for a token where the page writes it.
    origin: int = 0

    def describe(self) -> str:
        if self.kind == "command":
            return "\\" + self.value
        return self.kind if self.kind == "{" else self.value  # \underbrace's brace holds its name (_braced_notes)


#: "$" and the backquote (```mean'``, a quoted word) stand only inside \\text{…} in a display (words), which is
#: never read as math.
SYMBOLS = frozenset("{}^_()[]+-=&*/,|'<>.#!;:$`?")


#: A TeX length, as ``\\\\[0.2em]`` takes one: a number and a unit.
_LENGTH = re.compile(r"\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*(?:pt|em|ex|mm|cm|in|mu|px|pc|bp|dd|cc|sp)\s*")


def _after_row_break(text: str, position: int, line: int) -> int:
    """Where the row break ``\\\\`` ends: past a ``*`` and a ``[length]`` right after it, which TeX (amsmath, MathJax)
    reads as the break's spacing and never typesets; a bracket right after it that holds no length is an error in
    TeX, and refused here (a space before the bracket makes it the next row's)."""
    if text.startswith("*", position):
        position += 1
    if not text.startswith("[", position):
        return position
    end = text.find("]", position)
    if end < 0 or not _LENGTH.fullmatch(text[position + 1 : end]):
        shown = text[position : end + 1 if end >= 0 else position + 20]
        raise InputError(
            f"line {line}: \\\\{shown} reads as the row break's spacing, and {shown} is no length: TeX stops there "
            "(put a space before a bracket that starts the next row)"
        )
    return end + 1


def tokenize(text: str, first_line: int = 1) -> list[Token]:
    """The tokens of ``text``; ``first_line`` is the file line on which ``text`` starts. Read once per text and
    line (the reader's passes tokenize each display many times; a Token is immutable)."""
    return list(_tokenized(text, first_line))


@functools.lru_cache(maxsize=8192)
def _tokenized(text: str, first_line: int) -> tuple[Token, ...]:
    return tuple(unbraced(_tokenize(text, first_line)))  # LSE{(a + b)}: LSE(a + b), as TeX sets it


def _tokenize(text: str, first_line: int) -> list[Token]:
    tokens: list[Token] = []
    line = first_line
    gap = ""
    width = 0  # of the spaces typed since the last token, in mu
    sized: int | None = None  # where a dropped \\big stood: the delimiter after it starts there

    def add(kind: str, value: str, start: int) -> None:
        nonlocal gap, sized, width
        tokens.append(Token(kind, value, line, start if sized is None else sized, position, gap))
        gap = ""
        width = 0
        sized = None

    def spaced(name: str) -> str:
        """The gap after a spacing command ``name`` (or a tie): a run an em wide or more reads as ``\\quad``, one a
        word space wide or more as ``\\ ``."""
        nonlocal width
        width += SPACE_WIDTHS.get(name, 0)
        shown = "~" if name == "~" else "\\" + name
        if width >= SPACE_WIDTHS["quad"] and shown not in WIDE_GAPS:
            return "\\quad"
        return "\\ " if width >= SPACE_WIDTHS[" "] and shown not in (*WIDE_GAPS, *WORD_GAPS) else shown

    position = 0
    length = len(text)
    while position < length:
        char = text[position]
        if char == "\n":
            line += 1
            position += 1
            gap = gap or " "
        elif char in " \t\r":
            position += 1
            gap = gap or " "
        elif char in "~\u00a0":  # a tie: an unbreakable space, typed as ~ or as the character itself
            position += 1
            gap = spaced("~")
        elif char == "%":  # a TeX comment runs to the end of the line
            while position < length and text[position] != "\n":
                position += 1
        elif char == "\\":
            begin = position
            position += 1
            if position >= length:
                raise InputError(f"line {line}: a backslash ends the formula")
            if text[position] in " \t\r\n":
                gap = spaced(" ")
                continue  # a control space: the whitespace itself is skipped (and counted) below
            if text[position] == "\\":
                position = _after_row_break(text, position + 1, line)  # \\[0.2em]: spacing, as TeX reads it
                add("newline", "\\\\", begin)
                continue
            if text[position].isalpha() and text[position].isascii():
                start = position
                while position < length and text[position].isalpha() and text[position].isascii():
                    position += 1
                name = text[start:position]
            else:
                name = text[position]
                position += 1
            if name in SIZES:
                sized = begin if sized is None else sized
                continue
            if name == "not" and text[position : position + 8].lstrip(" \t")[:1] == "=":  # \not= is ≠, as TeX sets it
                position = text.index("=", position) + 1
                add("command", "neq", begin)
                continue
            if name in SPACING or name in TEXT_SIZES:
                if name not in ("displaystyle", "limits", "nolimits") and name not in TEXT_SIZES:
                    gap = spaced(name)
                continue
            add("command", COMMAND_SYNONYMS.get(name, name), begin)
        elif char.isdigit():
            start = position
            while position < length and (
                text[position].isdigit()
                or (text[position] == "." and position + 1 < length and text[position + 1].isdigit())
            ):
                position += 1
            literal = text[start:position]
            if len(literal) > MAX_NUMBER_DIGITS or literal.count(".") > 1 or literal.endswith("."):
                raise InputError(f"line {line}: number {literal[:40]!r} is not one this reader accepts")
            add("number", literal, start)
        elif char.isascii() and char.isalpha():
            position += 1
            add("letter", char, position - 1)
        elif char in SYMBOLS:
            position += 1
            add(char, char, position - 1)
        elif char in TYPED:  # a typographic minus, an en dash, a middle dot, a times sign
            position += 1
            add(TYPED[char], TYPED[char], position - 1)
        elif char in TYPED_COMMANDS:
            position += 1
            add("command", TYPED_COMMANDS[char], position - 1)
        else:
            raise InputError(f"line {line}: character {char!r} is not part of the LaTeX this reader knows")
    from derive.read.script_labels import label_scripts  # they read this module's tokens
    from derive.read.tex_spellings import spelled

    tokens = spelled(tokens)  # TeX's spellings of one thing: x >= y, \\text{if $i = j$}, {}=, …
    tokens = _ell_layers(_over_fractions(tokens, line))
    return label_scripts(_primed_indices(annotated_equals(_braced_notes(tokens))))


def _ell_layers(tokens: list[Token]) -> list[Token]:
    """``a^\\ell_j``, ``w^{\\ell+1}_{kj}``: ℓ in a superscript is the layer's letter l, as Nielsen's ``a^l_j`` (read
    by ``derive.read.script_labels``, which tells a layer's label from a power); ℓ elsewhere stays ℓ."""
    out, depth, inside = list(tokens), 0, False
    for at, token in enumerate(out):
        if token.kind == "^" and at + 1 < len(out):
            inside, depth = True, 0
            continue
        if inside and token.kind == "{":
            depth += 1
        elif inside and token.kind == "}":
            depth -= 1
        if inside and (token.kind, token.value) == ("command", "ell"):
            out[at] = Token("letter", "l", token.line, token.start, token.end, token.gap)
        inside = inside and depth > 0
    return out


#: A derivative's numerator alone, written with \\over: ``{d \\over dx} x^3``, an operator on what follows its group.
_OPERATORS = ("d", "rm d", "mathrm d", "partial")


def _over_fractions(tokens: list[Token], line: int) -> list[Token]:
    """``{A \\over B}``, TeX's fraction of the group around ``\\over``: ``{\\frac{A}{B}}``. Outside a group \\over
    makes the whole formula a fraction (``a = b \\over c`` is (a = b)/c to TeX), which no one means: refused."""
    if not any(t.kind == "command" and t.value == "over" for t in tokens):
        return tokens
    out = list(tokens)
    while True:
        at = next((k for k, t in enumerate(out) if t.kind == "command" and t.value == "over"), None)
        if at is None:
            return out
        depths = itertools.accumulate(
            {"}": 1, "{": -1}.get(out[k].kind, 0) + left_right(out[k]) for k in range(at - 1, -1, -1)
        )
        start = next((at - 1 - k for k, depth in enumerate(depths) if depth < 0), None)
        if start is not None and left_right(out[start]):  # \left( a \over b \right): \left…\right is a group
            end = right_at(out, at)
            out[start + 2 : end] = [Token("{", "{", line), *out[start + 2 : end], Token("}", "}", line)]
            continue
        if start is None:
            raise InputError(f"line {line}: \\over outside braces makes the whole formula a fraction, as TeX sets it: "
                             "write \\frac{…}{…}, or {… \\over …}")  # fmt: skip
        end = group_end(out, start)
        if any(t.kind == "command" and t.value == "over" for t in out[at + 1 : end]):
            raise InputError(f"line {line}: two \\over in one group: write \\frac{{…}}{{…}}")
        made = [Token(kind, kind if kind != "command" else "frac", out[at].line, out[at].start, out[at].end)
                for kind in ("command", "{", "}")]  # fmt: skip
        fraction = [made[0], made[1], *out[start + 1 : at], made[2], made[1]]
        operator = " ".join(t.value for t in out[start + 1 : at] if t.kind not in "{}") in _OPERATORS
        out[start + 1 - operator : end + operator] = [*fraction, *out[at + 1 : end], made[2]]  # {d \over dx} x


def group_end(tokens: list[Token], at: int) -> int:
    """The index of the ``}`` that closes the group opening at ``at`` (``len(tokens)`` if none)."""
    depth = 0
    for k in range(at, len(tokens)):
        depth += {"{": 1, "}": -1}.get(tokens[k].kind, 0)
        if depth == 0:
            return k
    return len(tokens)


#: Commands whose braced argument is what they show, and the script that holds their note ("" for none).
_NOTES = {"underbrace": "_", "overbrace": "^", "boxed": ""}


def _braced_notes(tokens: list[Token]) -> list[Token]:
    """``\\underbrace{X}_{= 1}`` and ``\\overbrace{X}^{…}``: X, in its group; the note under or over the brace is
    prose about X, not a factor of it (read as one, it had been a subscript or a power). ``\\boxed{X}`` is X."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        script = _NOTES.get(token.value) if token.kind == "command" else None
        coloured = token.kind == "command" and token.value in _COLORS
        if coloured and tokens[at + 1 : at + 2] and tokens[at + 1].kind == "{":
            at = group_end(tokens, at + 1) + 1  # \\color{red}: the colour of what follows, no mathematics
            if (
                tokens[at : at + 1]
                and tokens[at].kind == "{"
                and _equation_inside(tokens[at + 1 : group_end(tokens, at)])
            ):
                close = group_end(tokens, at)  # &\\color{blue}{= -p_i + q_i}: MathJax's argument, the row's '='
                out += tokens[at + 1 : close]
                at = close + 1
            elif token.value != "color" and tokens[at : at + 1] and tokens[at].kind == "{":  # \\textcolor{red}{X}: X
                close = group_end(tokens, at)
                out += tokens[at : close + 1]
                at = close + 1
            continue
        if script is not None and at + 1 < len(tokens) and tokens[at + 1].kind == "{":  # \\boxed{X}: X, in a box
            close = group_end(tokens, at + 1)
            if token.value == "boxed" and _equation_inside(tokens[at + 2 : close]):  # \\boxed{a = b}: the equation
                out += tokens[at + 2 : close]
                at = close + 1
                continue
            after = close + 1
            if after < len(tokens) and tokens[after].kind == script:
                after = (
                    group_end(tokens, after + 1) + 1
                    if tokens[after + 1 : after + 2] and tokens[after + 1].kind == "{"
                    else after + 2
                )
            opener = tokens[at + 1]  # its brace says which: a row that starts so starts with what it holds (rows)
            out += [Token("{", token.value, opener.line, opener.start, opener.end, opener.gap, opener.origin)]
            out += tokens[at + 2 : close + 1]
            at = after
            continue
        out.append(token)
        at += 1
    return out


#: Commands that colour math: ``\\color{red}`` (what follows), ``\\textcolor{red}{X}`` and ``\\colorbox{red}{X}`` (X).
_COLORS = frozenset({"color", "textcolor", "colorbox"})


def _equation_inside(tokens: list[Token]) -> bool:
    """Whether a group's tokens hold an '=' outside any inner group: a whole equation, boxed."""
    depth = 0
    for token in tokens:
        depth += {"{": 1, "}": -1}.get(token.kind, 0)
        if depth == 0 and token.kind == "=":
            return True
    return False


def annotated_equals(tokens: list[Token]) -> list[Token]:
    """``\\overset{\\text{set}}{=}``, ``\\stackrel{(a)}{=}``: an equals sign with a note above it, which says why the
    step holds (or, "set" and "!", that it is a condition the page sets: ``derive.read.set_conditions``), read as
    the ``=`` it is; the note is prose, not mathematics."""

    def annotated(tokens: list[Token], at: int) -> tuple[Token, int] | None:
        token = tokens[at]
        if token.kind == "command" and token.value in ("overset", "stackrel") and at + 1 < len(tokens):
            close = group_end(tokens, at + 1) if tokens[at + 1].kind == "{" else at + 1
            if close < len(tokens) and [t.kind for t in tokens[close + 1 : close + 4]] == ["{", "=", "}"]:
                return Token("=", "=", token.line, token.start, tokens[close + 3].end, token.gap), close + 4
        return None

    return rewrite_runs(tokens, annotated)


def rewrite_runs(tokens: list[Token], rewrite: Callable[[list[Token], int], tuple[Token, int] | None]) -> list[Token]:
    """The tokens with each run that ``rewrite`` reads at a position (giving one token and where the run ends) made
    that one token."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        made = rewrite(tokens, at)
        out.append(tokens[at] if made is None else made[0])
        at = at + 1 if made is None else made[1]
    return out


def _primed_indices(tokens: list[Token]) -> list[Token]:
    """A letter with primes in a braced subscript is one index, ``z_{c'}``, ``\\sum_{k'=1}^{n}``: c' is an index of
    its own, as c is (outside a subscript a prime is a derivative, f'(x), and is left alone)."""
    out: list[Token] = []
    depth = 0  # how many braced subscripts the token stands in
    opened: list[bool] = []  # for each open brace, whether it opens a subscript
    for token in tokens:
        if token.kind == "{":
            opened.append(bool(out) and out[-1].kind == "_")
            depth += opened[-1]
        elif token.kind == "}" and opened:
            depth -= opened.pop()
        elif token.kind == "'" and depth and out and out[-1].kind == "letter" and token.gap == "":
            last = out.pop()
            token = Token("letter", last.value + "'", last.line, last.start, token.end, last.gap)
        out.append(token)
    return out


#: Commands whose braced group holds words or an upright name, not math letters: \text{if}, \mathrm{e}.
WORD_GROUPS = frozenset({"text", "textrm", "textit", "textbf", "mbox", "mathrm", "rm", "operatorname"})


def in_word_groups(tokens: list[Token]) -> set[int]:
    """The positions of the tokens inside a group of words or an upright name (the i and f of ``\\text{if}``)."""
    inside: set[int] = set()
    for at, token in enumerate(tokens[:-1]):
        if token.kind == "command" and token.value in WORD_GROUPS and tokens[at + 1].kind == "{":
            level = 0
            for end in range(at + 1, len(tokens)):
                level += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
                if level == 0:
                    break
            inside.update(range(at + 2, end))
    return inside
