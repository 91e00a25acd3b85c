"""What the front matter need not say: the names a file uses, inferred from how the text writes them.

A letter with one subscript is a vector entry (``z_k``), its subscript an index; a sum's variable is an index;
``\\delta_{ik}`` names two indices; a letter alone is a real scalar. The front matter is never inferred over.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from derive.read.frontmatter import Entry, FrontMatter
from derive.read.function_letters import applied_to_expression, differential_d
from derive.read.generic_functions import after_primes
from derive.read.index_n import page_length
from derive.read.index_sets import set_name
from derive.read.known_functions import typed_known
from derive.read.latex_lexer import Token
from derive.read.layer_names import FONTS, layer_name
from derive.read.names import ACCENTS, GREEK, display_name
from derive.read.script_labels import labelled_name
from derive.read.sum_conditions import summed_range
from derive.read.upright_entries import entry_text, upright_argument, upright_entry

#: Commands whose braced argument is words or markup, never names.
WORDS = frozenset({"text", "textrm", "mathrm", "operatorname", "mbox", "textit", "textbf", "label", "tag"})
#: Letter runs that are functions typed without a backslash, and the length's usual names.
TYPED_WORDS = ("exp", "log", "ln")
ARROWS = frozenset({"to", "rightarrow"})
RESERVED = frozenset({"e"})


@dataclass
class Usage:
    """How each name is used across the file's math."""

    indices: dict[str, int] = field(default_factory=dict)
    vectors: dict[str, int] = field(default_factory=dict)
    arrays: dict[str, int] = field(default_factory=dict)
    #: Names written with one letter as their subscript somewhere (y_o): vectors, even where two follow.
    lettered: dict[str, int] = field(default_factory=dict)
    alone: dict[str, int] = field(default_factory=dict)
    bounds: dict[str, int] = field(default_factory=dict)  # single letters standing as a sum's upper bound
    summed: dict[str, int] = field(default_factory=dict)  # a sum's variables: i in \\sum_i
    applied: dict[str, int] = field(default_factory=dict)  # names followed by parentheses, as f(x)
    sets: dict[str, int] = field(default_factory=dict)  # input in \\sum_{j \\in input(o)}: any subset
    primed: dict[str, int] = field(default_factory=dict)  # σ'(z), f^\\prime(x): only a function reads that way
    bases: dict[str, int] = field(default_factory=dict)  # "i:0", "j:1": a sum's index and where it starts
    whole: dict[str, int] = field(default_factory=dict)  # z of softmax(z): a vector, though written only whole

    def note(self, table: dict[str, int], name: str, line: int) -> None:
        if table is self.bases:  # where the page first counts so: the front matter's definitions are scanned last
            table[name] = min(table.get(name, line), line)
        table.setdefault(name, line)


@dataclass(frozen=True)
class Inferred:
    length: str | None
    indices: tuple[str, ...]
    vectors: tuple[str, ...]
    scalars: tuple[str, ...]
    arrays: tuple[str, ...] = ()
    functions: tuple[str, ...] = ()
    sets: tuple[str, ...] = ()
    #: The lower bounds sums are written with, by index ("i:0", "j:1"), each with the line of its first sum.
    bases: tuple[tuple[str, int], ...] = ()
    sizes: tuple[str, ...] = ()  # the other lengths sums run up to (``derive.read.several_lengths``)

    def describe(self) -> str:
        """One line for the report: what the front matter did not say and the text did."""
        parts = []
        if self.length is not None:
            parts.append(f"length {self.length}")
        for what, names in (
            ("vectors", self.vectors),
            ("arrays", self.arrays),
            ("indices", self.indices),
            ("scalars", self.scalars),
            ("functions", self.functions),
        ):
            if names:
                parts.append(f"{what} {', '.join(display_name(name) for name in names)}")
        if self.functions:  # σ(z) with σ defined nowhere: a proof must hold for every σ, a counterexample picks one
            parts[-1] += " (any function: define one to use its formula)"
        if any(key.endswith(":0") for key, _ in self.bases):
            parts.append("sums from 0: the page's entry 0 is entry 1 here, each entry counted from 1")
        if self.sets:
            parts.append(f"sets {', '.join(f'{name}(…)' for name in self.sets)}, each any subset of the indices")
        return "; ".join(parts)


#: Integral signs: a ``d`` followed by a letter under one writes the differential.
INTEGRALS = frozenset({"int", "iint", "iiint", "oint"})


def _script(tokens: list[Token], at: int) -> tuple[list[Token], int]:
    """The tokens of the script whose argument starts at ``at`` (one token or a braced group), and the end."""
    if at < len(tokens) and tokens[at].kind != "{":
        return [tokens[at]], at + 1
    level = 0
    for end in range(at, len(tokens)):
        level += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
        if level == 0:
            return tokens[at + 1 : end], end + 1
    return tokens[at + 1 :], len(tokens)


def _bound(script: list[Token]) -> bool:
    """A sum's upper bound as one letter, or one letter less 1 (``n-1``, where the sum counts from 0)."""
    return len(script) == 1 or (len(script) == 3 and script[1].kind == "-" and script[2].value == "1")


def _name(token: Token) -> str | None:
    if token.kind == "letter" or (token.kind == "command" and (token.value in GREEK or token.value == "delta")):
        return token.value
    return None


def _typed_word(tokens: list[Token], at: int) -> int:
    """The length of log/ln/exp typed as letters side by side at ``at`` (0 when there is none)."""
    for word in TYPED_WORDS:
        run = tokens[at : at + len(word)]
        if (
            len(run) == len(word)
            and all(t.kind == "letter" for t in run)
            and "".join(t.value for t in run) == word
            and all(t.gap == "" for t in run[1:])
        ):
            return len(word)
    if "".join(t.value for t in tokens[at : at + 4]) == "abs(" and all(t.kind == "letter" for t in tokens[at : at + 3]):
        return 3  # abs(x), as code writes |x| (``elementary_functions.typed_function``)
    return 0


def _looks_applied(tokens: list[Token], at: int) -> bool:
    """Parentheses around one name (``(x)``, ``(z_i)``, ``\\left(x\\right)``) at ``at``: how f(x) is written."""
    if at < len(tokens) and (tokens[at].kind, tokens[at].value) == ("command", "left"):
        at += 1
    if at >= len(tokens) or tokens[at].kind != "(":
        return False
    if upright_argument(tokens, at + 1):  # \varphi(\text{net}_j)
        return True
    inner = [t for t in tokens[at + 1 : at + 11] if t.kind != "command" or t.value not in FONTS][:6]  # \mathbf{a}_n
    closing = next((k for k, t in enumerate(inner) if t.kind == ")" or t.value == "right"), None)
    if not closing:
        return False
    body = [t for t in inner[:closing] if t.kind not in ("{", "}")]  # \mathbf{a}_n: the font's braces too
    if [t.kind for t in body] in (["number"], ["-", "number"]):  # F(2), \Gamma(3): F at 2, or F times 2?
        return True
    return bool(body) and _name(body[0]) is not None and all(t.kind in ("letter", "number", "_") for t in body[1:])


def _cases_of_indices(tokens: list[Token], usage: Usage) -> None:
    """Letters compared as a case states them are indices: ``i \\neq k``, ``(i = k)``, ``\\mathbb{1}(i = k)``, cases."""
    for at in range(len(tokens) - 2):
        first, relation, second = tokens[at : at + 3]
        if first.kind == second.kind == "letter" and relation.kind == "command" and relation.value in ("neq", "ne"):
            for letter in (first, second):
                usage.note(usage.indices, letter.value, letter.line)
    for at in range(len(tokens) - 4):
        opener, first, relation, second, closer = tokens[at : at + 5]
        closing_row = at + 5 == len(tokens) or tokens[at + 5].kind == "newline"
        inside_indicator = at >= 4 and tokens[at - 1].kind == "}" and tokens[at - 4].value == "mathbb"
        if (
            (opener.kind, closer.kind) in (("(", ")"), ("[", "]"))
            and first.kind == second.kind == "letter"
            and relation.kind == "="
            and (closing_row or inside_indicator)
        ):
            for letter in (first, second):
                usage.note(usage.indices, letter.value, letter.line)
    for at, token in enumerate(tokens):
        if token.kind == "command" and token.value == "casesif":
            start = at + 1
            if start < len(tokens) and tokens[start].kind == "command" and tokens[start].value in WORDS:
                _, start = _script(tokens, start + 1)  # \\text{if } i = k
            condition = tokens[start : start + 3]
            if (
                len(condition) == 3
                and condition[0].kind == condition[2].kind == "letter"
                and (
                    condition[1].kind == "="
                    or (condition[1].kind, condition[1].value) in (("command", "neq"), ("command", "ne"))
                )
            ):
                for letter in (condition[0], condition[2]):
                    usage.note(usage.indices, letter.value, letter.line)


def _derivative_ds(tokens: list[Token], at: int) -> tuple[list[Token], list[Token], int] | None:
    """``\\frac{d…}{d x}`` at ``at``: the numerator and denominator without their d, and the end; else None."""
    numerator, middle = _script(tokens, at + 1)
    denominator, end = _script(tokens, middle)
    d = [t for t in (numerator[:1] + denominator[:1]) if t.kind == "letter" and t.value == "d"]
    if len(d) == 2 and len(denominator) >= 2:
        return numerator[1:], denominator[1:], end
    return None


def _opens(tokens: list[Token], at: int) -> bool:
    """Whether parentheses open at ``at``: ``(`` or ``\\left(``."""
    return at < len(tokens) and (tokens[at].kind == "(" or (tokens[at].kind, tokens[at].value) == ("command", "left"))


def _labelled(tokens: list[Token], at: int) -> bool:
    """Whether a letter or a command at ``at`` takes an upright word as its subscript (J_{\\text{softmax}})."""
    return (
        tokens[at].kind in ("letter", "command")
        and at + 3 < len(tokens)
        and tokens[at + 1].kind == "_"
        and tokens[at + 2].kind == "{"
        and tokens[at + 3].kind == "command"
        and tokens[at + 3].value in WORDS
    )


def _kinds(tokens: list[Token]) -> str:
    return "".join(t.kind for t in tokens)


def scan(tokens: list[Token], usage: Usage) -> None:
    """Note every name in ``tokens`` (one display or one definition's body, markup stripped) by how it is used."""
    _cases_of_indices(tokens, usage)
    integral = any(t.kind == "command" and t.value in INTEGRALS for t in tokens)
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if integral and token.kind == "letter" and token.value == "d" and _name(tokens[min(at + 1, len(tokens) - 1)]):
            at += 2  # \int σ(y)\, dy: the differential, no name d (which would make every d/dx read two ways)
            continue
        if token.kind == "command" and token.value in ("frac", "dfrac", "tfrac"):
            ds = _derivative_ds(tokens, at)
            if ds is not None:
                scan(ds[0], usage)
                scan(ds[1], usage)
                at = ds[2]
                continue
        if upright_entry(tokens, at) is not None:  # \text{net}_j: an entry of the vector net
            usage.note(usage.vectors, upright_entry(tokens, at)[0], token.line)  # type: ignore[index]
        if token.kind == "command" and (token.value in WORDS or token.value in ("begin", "end")):
            word, at = _script(tokens, at + 1)  # \\text{if}, \\begin{cases}: words and names of environments
            written = "".join(t.value for t in word)
            at = _script(tokens, at)[1] if token.value == "begin" and written in ("array", "alignat") else at  # {cc}
            if written == "softmax" and _kinds(tokens[at : at + 3]) == "(letter)":
                usage.note(usage.whole, tokens[at + 1].value, token.line)  # softmax(z): z a whole vector
            if at < len(tokens) and tokens[at].kind == "_":  # \text{softmax}_i: an upright name and its index
                script, after = _script(tokens, at + 1)
                if len(script) == 1 and script[0].kind == "letter":
                    usage.note(usage.indices, script[0].value, script[0].line)
                    at = after
            continue
        if _labelled(tokens, at):  # J_{\text{softmax}}, \nabla_{\text{Softmax}}: a name of its own, not J's entry
            _, at = _script(tokens, at + 2)
            continue
        if token.kind == "command" and token.value == "sum":
            at += 1
            while at < len(tokens) and tokens[at].kind in ("_", "^"):
                kind = tokens[at].kind
                script, at = _script(tokens, at + 1)
                script, left_out = summed_range(script) if kind == "_" else (script, [])  # \\sum_{j=1, j \\neq i}
                scan(left_out, usage)
                if script and kind == "_" and script[0].kind == "letter":
                    usage.note(usage.indices, script[0].value, script[0].line)
                    usage.note(usage.summed, script[0].value, script[0].line)
                    if [t.kind for t in script] in (["letter", ",", "letter"], ["letter", "letter"]):  # \sum_{i,j}
                        usage.note(usage.indices, script[-1].value, script[-1].line)
                    if len(script) > 1 and script[1].value == "in":  # \\sum_{i \\in C}; a set is no name
                        if len(script) == 3 and script[2].kind == "letter":
                            usage.note(usage.bounds, script[2].value, script[2].line)
                        named_set = set_name(script[2:])
                        if named_set is not None:  # \\sum_{j \\in input(o)}: o is an index
                            usage.note(usage.sets, named_set[0], script[0].line)
                            usage.note(usage.indices, named_set[1].value, named_set[1].line)
                    else:
                        if len(script) == 3 and script[1].kind == "=" and script[2].value in ("0", "1"):
                            usage.note(usage.bases, f"{script[0].value}:{script[2].value}", script[2].line)  # i:0
                        scan(script[1:], usage)
                elif kind == "^" and script and script[0].kind == "letter" and _bound(script):
                    usage.note(usage.bounds, script[0].value, script[0].line)  # \\sum^{n}, \\sum^{n-1}
                else:
                    scan(script, usage)
            continue
        if token.kind == "^":  # x^T, x^{\\top}: a transpose, not a name T
            script, after_script = _script(tokens, at + 1)
            if len(script) == 1 and script[0].value in ("T", "top", "intercal"):
                at = after_script
                continue
        typed = _typed_word(tokens, at) or typed_known(tokens, at)  # exp, log; softmax(z) as letters
        if typed:
            at += typed
            continue
        name = _name(token)
        after = at + 1
        if token.kind == "command" and (token.value in ACCENTS or token.value in FONTS):  # \hat{y}, \mathbf{x}_n
            inner, after = _script(tokens, at + 1)
            if inner and _name(inner[0]) is not None:
                name = f"{_name(inner[0])}{ACCENTS.get(token.value, '')}"
                if len(inner) > 1:  # \hat{y_i}
                    tokens = [*tokens[:after], *inner[1:], *tokens[after:]]
        if name == "e" and after + 1 < len(tokens) and tokens[after].kind == "_" and tokens[after + 1].kind == "letter":
            usage.note(usage.indices, tokens[after + 1].value, tokens[after + 1].line)  # e_k: its index, at least
            at = after + 2
            continue
        if name is None or name in RESERVED:
            at += 1
            continue
        if after < len(tokens) and tokens[after].kind == "_":
            script, at = _script(tokens, after + 1)
            letters = [t for t in script if t.kind == "letter"]
            glued = at == after + 2 < len(tokens) and tokens[at].kind == "letter" and not tokens[at].gap  # δ_ik
            if name == "delta" and (len(script) != 1 or glued):  # δ_{ik}, δ_ik: Kronecker's; δ_j a vector
                for letter in letters:
                    usage.note(usage.indices, letter.value, letter.line)
            elif len(
                slots := [t for t in script if not (t.kind == "command" and t.value in ARROWS) and t.kind != ","]
            ) == 2 and all(
                t.kind in ("letter", "number") for t in slots
            ):  # w_{ij}, w_{i,j}, w_{j \\to k}: an array entry
                usage.note(usage.arrays, name, token.line)
                for slot in slots:
                    if slot.kind == "letter":
                        usage.note(usage.indices, slot.value, slot.line)
            elif len(script) == 1 and script[0].kind in ("letter", "number"):
                usage.note(usage.vectors, name, token.line)
                if script[0].kind == "letter":
                    usage.note(usage.lettered, name, token.line)
                    usage.note(usage.indices, script[0].value, script[0].line)
            else:
                scan(script, usage)
            continue
        primes = after_primes(tokens, after)
        if primes > after and _opens(tokens, primes):
            usage.note(usage.primed, name, token.line)  # σ'(z): a function
            at = primes
            continue
        if _looks_applied(tokens, after) or applied_to_expression(name, tokens, after):  # f(x), σ(w x + b)
            usage.note(usage.applied, name, token.line)  # a function or a product, never inferred
        elif not (name == "d" and differential_d(tokens, at)):  # \delta alone too (Huber's threshold): a scalar
            usage.note(usage.alone, name, token.line)
        at = after


def declared_name(text: str) -> str:
    """The name a front matter entry declares: "\\hat{y}" is "yhat", "\\theta" is "theta", "W^{[1]}" is "W_1"."""
    layered = layer_name(text) or (labelled_name(text) if "^" in text else None)
    if layered is not None:
        return layered
    accented = re.fullmatch(r"\s*\\([A-Za-z]+)\s*\{\s*\\?([A-Za-z]+)\s*\}\s*", text)
    if accented is not None and accented.group(1) in ACCENTS:
        return accented.group(2) + ACCENTS[accented.group(1)]
    return text.strip().lstrip("\\")


def infer(front: FrontMatter, usage: Usage, defined: Iterable[tuple[str, str | None]]) -> Inferred:
    """What ``usage`` shows beyond what ``front`` declares and defines (``defined``: names, their subscripts)."""
    declared = {declared_name(e.text) for e in (*front.vectors, *front.arrays, *front.indices, *front.scalars)}
    declared |= {entry.text for entry, _ in front.sizes} | {e.text.strip().lstrip("\\") for e in front.functions}
    defined_names = set()
    for name, index in defined:
        defined_names.add(name)
        if name.startswith("sum") and len(name) == 4:  # \\sum_K defined: K is not an index
            usage.indices.pop(name[3], None)
        if index is not None:
            usage.note(usage.indices, index, front.line)
    inferred_length = page_length(front, usage)  # a sum's one bound; C where n is an index (NLL_n)
    length = inferred_length or front.length
    functions = sorted(name for name in usage.primed if name not in declared | defined_names)
    taken = declared | defined_names | {length} | RESERVED | set(usage.applied) | set(usage.primed)
    # y_o and y_{n,i}: a vector, the array reading refused where it is used (w_{ij} and w_{12} stay an array)
    arrays = sorted(name for name in usage.arrays if name not in taken and name not in usage.lettered)
    taken |= set(arrays)
    one_hot = {words[0].lstrip("\\") for words in (e.text.split() for e in front.assume) if words[1:] == ["one-hot"]}
    hot = {name for name in one_hot if len(name) == 1 or name in GREEK} - {*usage.arrays, *usage.indices}  # not Y_i
    written = {*usage.vectors, *hot, *usage.whole}  # y one-hot, written whole or nowhere the page is read
    vectors = sorted(name for name in written if name not in taken)
    indices = sorted(name for name in usage.indices if name not in taken | set(vectors))
    scalars = sorted(name for name in usage.alone if name not in taken | set(vectors) | set(indices))
    found = (tuple(indices), tuple(vectors), tuple(scalars), tuple(arrays), tuple(functions), tuple(sorted(usage.sets)))
    return Inferred(inferred_length, *found, tuple(usage.bases.items()))


def with_inferred(front: FrontMatter, inferred: Inferred) -> FrontMatter:
    """The front matter with the inferred names declared, each at the front matter's line."""

    def entries(names: tuple[str, ...]) -> tuple[Entry, ...]:
        return tuple(Entry(re.sub(r"_(\d{2,})$", r"_{\1}", display_name(name)), front.line) for name in names)  # p_{21}

    return dataclasses.replace(
        front,
        length=inferred.length or front.length,
        indices=(*front.indices, *entries(inferred.indices)),
        vectors=(*front.vectors, *(Entry(entry_text(name), front.line) for name in inferred.vectors)),
        arrays=(*front.arrays, *entries(inferred.arrays)),
        scalars=(*front.scalars, *entries(inferred.scalars)),
        undeclared=(*front.undeclared, *inferred.scalars, *inferred.vectors, *inferred.arrays),
        functions=(*front.functions, *entries(inferred.functions)),
    )
