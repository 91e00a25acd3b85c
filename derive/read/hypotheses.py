"""Hypotheses written with their parameter, as CS229 writes them: ``h_\\theta(x) = \\theta^\\intercal x``,
``h_\\theta(x) = g(\\theta^T x)``.

The subscript θ names what the hypothesis is parametrized by, not an index; x is its argument, a whole vector.
Where the page applies it, ``h_\\theta(x^{(i)})`` (or ``h(x^{(i)})``, as CS229 drops θ), its body is written out
with the argument, in parentheses, in place of x, as a macro is (``derive.read.entry_definitions`` does so for an
array defined by its entries). A body that uses x other than whole (``x_j``) could not take a parenthesized
argument, and an argument that shares a letter with the body could be captured by it (a sum's index): both are
refused, as is ``h_\\theta`` written without its argument, but where a derivative differentiates it in a display
that applies h to its own argument only (``\\frac{\\partial h_\\theta}{\\partial \\theta_1}``), h_θ(x).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.examples import label_at
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import GREEK

_HEAD = re.compile(
    r"\s*(?P<name>[A-Za-df-z])\s*_\s*(?:\{\s*(?P<braced>\\?[A-Za-z]+(?:\s*,\s*\\?[A-Za-z]+)*)\s*\}|"
    r"(?P<bare>\\[A-Za-z]+|[A-Za-z]))\s*(?:\\left\s*)?\(\s*(?P<argument>[A-Za-z])\s*(?P<example>\^\s*\{\s*\(\s*"
    r"[a-z]\s*\)\s*\})?\s*(?:\\right\s*)?\)\s*"
)

#: A bold letter or Greek name: ``\\mathbf{w}``, ``\\boldsymbol\\theta``, ``\\bm{x}``.
_BOLD = re.compile(r"\\(?:mathbf|boldsymbol|bm)\s*(?:\{\s*(\\?[A-Za-z]+)\s*\}|(\\[A-Za-z]+|[A-Za-z]))")


@dataclass(frozen=True)
class Hypothesis:
    """``h_\\theta(x): \\theta^\\intercal x``: the name (h), its parameter (theta), its argument (x), the body."""

    name: str
    parameter: str
    argument: str
    body: tuple[Token, ...]
    head: str
    line: int

    @property
    def written(self) -> str:
        """The definition as text, for scans of what the page writes (θ_0, θ_1 in its body)."""
        body = " ".join(f"\\{t.value}" if t.kind == "command" else t.value for t in self.body)
        return f"{self.head} = {body}"

    def describe(self) -> str:
        """For the report: how the hypothesis was read."""
        shown = ",".join(f"\\{p}" if len(p) > 1 else p for p in self.parameter.split(","))  # \\theta, w, {w,b}
        return (
            f"{self.head.strip()} (line {self.line}): a function of {self.argument} (whole), its subscript "
            f"{shown} what it is parametrized by; written out where applied, as {self.name}_{{{shown}}}(…) or "
            f"{self.name}(…)"
        ).replace("\\\\", "\\")


def hypothesis_head(text: str) -> tuple[str, str, str] | None:
    """``h_\\theta(x)`` → ("h", "theta", "x"); ``f_{w,b}(x^{(i)})``, as Ng's course writes it, → ("f", "w,b",
    "x"), its parameters listed; None for any other head. Bold is typography: ``h_\\mathbf{w}(x)``,
    ``h_{\\boldsymbol\\theta}(\\mathbf{x})`` are h_w(x), h_θ(x)."""
    match = _HEAD.fullmatch(_BOLD.sub(lambda m: m.group(1) or m.group(2), text))
    if match is None:
        return None
    parameters = [p.strip().lstrip("\\") for p in (match.group("braced") or match.group("bare")).split(",")]
    for parameter in parameters:
        if not (parameter in GREEK or parameter == "delta" or (len(parameter) == 1 and parameter != "e")):
            return None
    if match.group("argument") in parameters or len(set(parameters)) < len(parameters):
        return None
    return match.group("name"), ",".join(parameters), match.group("argument")


def _unlabelled(body: tuple[Token, ...], argument: str, label: str | None) -> tuple[Token, ...]:
    """``body`` with its argument's example label dropped (``w x^{(i)} + b`` of ``f_{w,b}(x^{(i)})``: w x + b)."""
    if label is None:
        return body
    shape = [("^", "^"), ("{", "{"), ("(", "("), ("letter", label), (")", ")"), ("}", "}")]
    out: list[Token] = []
    at = 0
    while at < len(body):
        out.append(body[at])
        labelled = body[at].kind == "letter" and body[at].value == argument
        at += 7 if labelled and [(t.kind, t.value) for t in body[at + 1 : at + 7]] == shape else 1
    return tuple(out)


def take_hypotheses(front: FrontMatter) -> tuple[FrontMatter, tuple[Hypothesis, ...]]:
    """The front matter without its hypotheses (``h_\\theta(x): …``), and them."""
    kept: list[tuple[Entry, Entry]] = []
    found: list[Hypothesis] = []
    for key, value in front.define:
        head = hypothesis_head(key.text)
        if head is None:
            kept.append((key, value))
            continue
        name, parameter, argument = head
        label = re.search(rf"\(\s*{argument}\s*\^\s*\{{\s*\(\s*([a-z])\s*\)", key.text)  # f_{w,b}(x^{(i)})
        body = _unlabelled(tuple(tokenize(value.text, value.line)), argument, label[1] if label else None)
        for at, token in enumerate(body):
            scripted = at + 1 < len(body) and (body[at + 1].kind == "_" or label_at(list(body), at + 1) is not None)
            if token.kind == "letter" and token.value == argument and scripted:
                raise InputError(
                    f"line {key.line}: {key.text.strip()} uses its argument {argument} with a script "
                    f"({argument}_j); write its body with {argument} whole (\\theta^T {argument})"
                )
        found.append(Hypothesis(name, parameter, argument, body, key.text, key.line))
    if len({h.name for h in found}) < len(found):
        raise InputError(f"line {found[-1].line}: two hypotheses named {found[-1].name}: name them apart")
    return dataclasses.replace(front, define=tuple(kept)), tuple(found)


def _parameter_end(tokens: list[Token], at: int, parameter: str) -> int | None:
    """Where ``_\\theta`` or ``_{\\theta}`` at ``at`` ends when it names ``parameter``; else None."""
    run = tokens[at : at + 8]
    fonts = [k for k, t in enumerate(run) if t.kind == "command" and t.value in ("mathbf", "boldsymbol", "bm")]
    if fonts:  # h_\\mathbf{w}, h_{\\boldsymbol\\theta}: bold is typography
        bold = fonts[0]
        braced = bold + 3 < len(run) and run[bold + 1].kind == "{" and run[bold + 3].kind == "}"
        letter, after = (
            (run[bold + 2], bold + 4) if braced else (run[bold + 1] if bold + 1 < len(run) else None, bold + 2)
        )
        if letter is None or letter.value != parameter:
            return None
        if run[0].kind == "_" and bold == 1:
            return at + after  # _\\mathbf{w}
        closing = after < len(run) and run[after].kind == "}"
        return at + after + 1 if [t.kind for t in run[:2]] == ["_", "{"] and bold == 2 and closing else None
    if "," in parameter and [t.kind for t in tokens[at : at + 2]] == ["_", "{"]:  # f_{w,b}: each listed, in order
        close = next((k for k in range(at + 2, min(len(tokens), at + 12)) if tokens[k].kind == "}"), None)
        listed = "".join(t.value for t in tokens[at + 2 : close]) if close is not None else ""
        return close + 1 if close is not None and listed == parameter else None
    kinds = [t.kind for t in tokens[at : at + 4]]
    values = [t.value for t in tokens[at : at + 4]]
    if kinds[:1] == ["_"] and len(values) > 1 and values[1] == parameter and kinds[1] in ("command", "letter"):
        return at + 2
    if kinds[:2] == ["_", "{"] and len(values) > 3 and values[2] == parameter and kinds[3] == "}":
        return at + 4
    return None


def _argument(tokens: list[Token], at: int) -> tuple[list[Token], int] | None:
    """The tokens inside ``( … )`` or ``\\left( … \\right)`` at ``at``, and the position after; else None."""
    left = at < len(tokens) and (tokens[at].kind, tokens[at].value) == ("command", "left")
    opening = at + 1 if left else at
    if opening >= len(tokens) or tokens[opening].kind != "(":
        return None
    level = 0
    for end in range(opening, len(tokens)):
        level += {"(": 1, ")": -1}.get(tokens[end].kind, 0)
        if level == 0:
            inside = tokens[opening + 1 : end]
            if left and inside and (inside[-1].kind, inside[-1].value) == ("command", "right"):
                inside = inside[:-1]
            return inside, end + 1
    return None


def _own_argument(tokens: list[Token], at: int, hypothesis: Hypothesis) -> list[Token] | None:
    """The argument ``h_\\theta`` at ``at``, bare, stands at where a derivative's numerator differentiates it
    (``\\frac{\\partial h_\\theta}{…}``) in a display that applies h to one argument only (``= h_\\theta(x)(1 -
    h_\\theta(x)) x``, or x^{(i)} throughout): h_θ at that argument, as the display's other side writes it. Applied
    to two arguments, or nowhere, or differentiated by (``\\partial h_\\theta`` below the bar), it reads two ways
    and stays refused: None."""
    numerator = [("command", "frac"), ("{", "{"), ("command", "partial")]
    if at < 3 or [(t.kind, t.value) for t in tokens[at - 3 : at]] != numerator:
        return None
    applied = []
    for k, token in enumerate(tokens):
        end = _parameter_end(tokens, k + 1, hypothesis.parameter) if token.value == hypothesis.name else None
        argument = _argument(tokens, end) if end is not None and token.kind == "letter" else None
        applied += [argument[0]] if argument is not None else []
    if not applied:
        return None
    shown = {tuple((t.kind, t.value) for t in argument) for argument in applied}
    own = ("letter", hypothesis.argument)  # x, or one example's x^{(i)}: at 0 or at 2x, ∂h_θ/∂θ_1 reads two ways
    example = len(applied[0]) == 7 and [t.kind for t in applied[0][1:]] == ["^", "{", "(", "letter", ")", "}"]
    return applied[0] if len(shown) == 1 and next(iter(shown))[0] == own and (len(applied[0]) == 1 or example) else None


def apply_hypotheses(tokens: list[Token], hypotheses: tuple[Hypothesis, ...]) -> list[Token]:
    """``tokens`` with each ``h_\\theta(…)`` and ``h(…)`` of a hypothesis written out, braced, its argument in
    parentheses in place of the body's x."""
    if not hypotheses:
        return tokens
    table = {h.name: h for h in hypotheses}
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        hypothesis = table.get(token.value) if token.kind == "letter" else None
        if hypothesis is None:
            out.append(token)
            at += 1
            continue
        after = _parameter_end(tokens, at + 1, hypothesis.parameter)
        primed = after is not None and after < len(tokens) and tokens[after].kind == "'"
        after = after + 1 if primed and after is not None else after
        written = _argument(tokens, after if after is not None else at + 1)
        if written is None and after is not None and (one := _own_argument(tokens, at, hypothesis)) is not None:
            written = (one, after)  # ∂h_θ/∂θ_1 beside h_θ(x) and nothing else
        if written is None:
            if after is not None:
                raise InputError(f"line {token.line}: {hypothesis.head.strip()} is written here without its argument")
            out.append(token)
            at += 1
            continue
        argument, end = written
        own = {t.value for t in hypothesis.body if t.kind == "letter"} - {hypothesis.argument}
        captured = sorted({t.value for t in argument if t.kind == "letter"} & own)
        if captured:
            raise InputError(
                f"line {token.line}: {hypothesis.name}(…) applied to an argument with {captured[0]}, a letter its "
                f"definition ({hypothesis.head.strip()}, line {hypothesis.line}) uses too; name it apart"
            )
        body = _written_out(hypothesis, argument, token, tokens[end - 1])
        out.extend(_derivative(body, argument, token) if primed else body)
        at = end
    return out


#: Commands whose braced argument is a word, not math: its letters are no variable (\\text{for }, cases).
WORD_COMMANDS = frozenset({"begin", "end", "text", "textrm", "mathrm", "operatorname", "mbox"})


def _literal(body: tuple[Token, ...]) -> set[int]:
    """The positions of the letters inside a word command's braces (``\\begin{cases}``, ``\\text{for }``)."""
    found: set[int] = set()
    for at, token in enumerate(body):
        if (
            token.kind != "command"
            or token.value not in WORD_COMMANDS
            or at + 1 >= len(body)
            or body[at + 1].kind != "{"
        ):
            continue
        level = 0
        for inner in range(at + 1, len(body)):
            level += {"{": 1, "}": -1}.get(body[inner].kind, 0)
            if level == 0:
                break
            found.add(inner)
    return found


def _derivative(body: list[Token], argument: list[Token], first: Token) -> list[Token]:
    """``L_\\delta'(a)``: the written-out body differentiated by its argument, a letter, as
    ``{\\frac{\\partial}{\\partial a} {…}}``; an argument other than one letter is refused (the derivative at
    an expression would need a variable of its own)."""
    if len(argument) != 1 or argument[0].kind not in ("letter", "command"):
        raise InputError(f"line {first.line}: the derivative {first.value}'(…) is read only of one letter, as "
                         f"{first.value}'(a)")  # fmt: skip
    line, start, stop = first.line, first.start, body[-1].end

    def placed(kind: str, value: str) -> Token:
        return Token(kind, value, line, start, stop, " ")

    operator = [placed("command", "frac"), placed("{", "{"), placed("command", "partial"), placed("}", "}")]
    operator += [placed("{", "{"), placed("command", "partial"), argument[0], placed("}", "}")]
    return [placed("{", "{"), *operator, *body, placed("}", "}")]


def _written_out(hypothesis: Hypothesis, argument: list[Token], first: Token, last: Token) -> list[Token]:
    line, start, stop = first.line, first.start, last.end

    def placed(kind: str, value: str, gap: str = "") -> Token:
        return Token(kind, value, line, start, stop, gap)

    out = [placed("{", "{", first.gap)]
    literal = _literal(hypothesis.body)
    for at, part in enumerate(hypothesis.body):
        if part.kind == "letter" and part.value == hypothesis.argument and at not in literal:
            out += [placed("command", "left", part.gap or " "), placed("(", "(")]
            out += [dataclasses.replace(t, line=line, start=start, end=stop) for t in argument]
            out += [placed("command", "right", " "), placed(")", ")")]
        else:
            out.append(dataclasses.replace(part, line=line, start=start, end=stop))
    out.append(placed("}", "}"))
    return out


__all__ = ["Hypothesis", "apply_hypotheses", "hypothesis_head", "take_hypotheses"]
