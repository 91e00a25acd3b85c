"""Hypotheses written with their parameter, as CS229 writes them: ``h_\\theta(x) = \\theta^\\intercal x``,
``h_\\theta(x) = g(\\theta^T x)``.

The subscript θ names what the hypothesis is parametrized by, not an index; x is its argument, a whole vector.
Where the page applies it, ``h_\\theta(x^{(i)})`` (or ``h(x^{(i)})``, as CS229 drops θ), its body is written out
with the argument, in parentheses, in place of x, as a macro is (``derive.read.entry_definitions`` does so for an
array defined by its entries). A body that uses x other than whole (``x_j``) could not take a parenthesized
argument, and an argument that shares a letter with the body could be captured by it (a sum's index): both are
refused, as is ``h_\\theta`` written without its argument.
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
    r"\s*(?P<name>[A-Za-df-z])\s*_\s*(?:\{\s*(?P<braced>\\?[A-Za-z]+)\s*\}|(?P<bare>\\[A-Za-z]+|[A-Za-z]))\s*"
    r"(?:\\left\s*)?\(\s*(?P<argument>[A-Za-z])\s*(?:\\right\s*)?\)\s*"
)


@dataclass(frozen=True)
class Hypothesis:
    """``h_\\theta(x): \\theta^\\intercal x``: the name (h), its parameter (theta), its argument (x), the body."""

    name: str
    parameter: str
    argument: str
    body: tuple[Token, ...]
    head: str
    line: int

    def describe(self) -> str:
        """For the report: how the hypothesis was read."""
        return (
            f"{self.head.strip()} (line {self.line}): a function of a whole vector {self.argument}, its subscript "
            f"\\{self.parameter} what it is parametrized by; written out where applied, as h_{{\\{self.parameter}}}"
            f"(…) or h(…)"
        ).replace("\\\\", "\\")


def hypothesis_head(text: str) -> tuple[str, str, str] | None:
    """``h_\\theta(x)`` → ("h", "theta", "x"); None for any other head."""
    match = _HEAD.fullmatch(text)
    if match is None:
        return None
    parameter = (match.group("braced") or match.group("bare")).lstrip("\\")
    if not (parameter in GREEK or (len(parameter) == 1 and parameter != "e")):
        return None
    if parameter == match.group("argument"):
        return None
    return match.group("name"), parameter, match.group("argument")


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
        body = tuple(tokenize(value.text, value.line))
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
        written = _argument(tokens, after if after is not None else at + 1)
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
        out.extend(_written_out(hypothesis, argument, token, tokens[end - 1]))
        at = end
    return out


def _written_out(hypothesis: Hypothesis, argument: list[Token], first: Token, last: Token) -> list[Token]:
    line, start, stop = first.line, first.start, last.end

    def placed(kind: str, value: str, gap: str = "") -> Token:
        return Token(kind, value, line, start, stop, gap)

    out = [placed("{", "{", first.gap)]
    for part in hypothesis.body:
        if part.kind == "letter" and part.value == hypothesis.argument:
            out += [placed("command", "left", part.gap or " "), placed("(", "(")]
            out += [dataclasses.replace(t, line=line, start=start, end=stop) for t in argument]
            out += [placed("command", "right", " "), placed(")", ")")]
        else:
            out.append(dataclasses.replace(part, line=line, start=start, end=stop))
    out.append(placed("}", "}"))
    return out


__all__ = ["Hypothesis", "apply_hypotheses", "hypothesis_head", "take_hypotheses"]
