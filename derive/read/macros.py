"""Macros a TeX file defines, applied exactly as TeX would, or refused by name: never ignored.

``\\newcommand``, ``\\renewcommand``, ``\\providecommand`` (with ``[k]`` arguments, no optional default), ``\\def``
and ``\\gdef`` (with undelimited ``#1…#9``) and ``\\let`` are applied to the displays that follow them, argument
by argument as TeX takes them (one token or one braced group). A macro this reader cannot apply exactly
(``\\DeclareMathOperator``, ``\\edef``, delimited parameters, an optional argument) is refused where a display
uses it; what changes how TeX reads every token (``\\catcode`` and its kin) refuses the file. In Markdown, a
macro defined inside math is refused: MathJax would apply it, and this reader does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from derive.errors import InputError
from derive.read.entry_definitions import EntryDefinition, apply_entries
from derive.read.find import Found
from derive.read.hypotheses import Hypothesis, apply_hypotheses
from derive.read.latex_lexer import Token, tokenize
from derive.read.operators import Operator, apply_operators
from derive.read.vector_arguments import VectorFunction, apply_vector_functions

MAX_EXPANSIONS = 2000
MAX_EXPANDED_TOKENS = 20000
DEFINING = re.compile(
    r"\\(?P<command>newcommand|renewcommand|providecommand|DeclareMathOperator|DeclareRobustCommand|def|gdef|edef"
    r"|xdef|let)(?![A-Za-z])"
)
GLOBAL = re.compile(
    r"\\(?:catcode|mathcode|mathchardef|chardef|futurelet|expandafter|csname|uccode|lccode|active)"
    r"(?![A-Za-z])"
)


LOCAL = (
    "it is defined inside a group ({…} or an environment), which TeX forgets at the group's end; "
    "define it at the top level"
)
_GROUPING = re.compile(r"\\begin\{([^}]*)\}|\\end\{([^}]*)\}|\\.|[{}]", re.S)


def _in_groups(body: str, offsets: list[int]) -> set[int]:
    """Those of ``offsets`` that stand inside a brace group or an environment (``document`` aside)."""
    inside: set[int] = set()
    pending = sorted(offsets)
    depth = 0
    for match in _GROUPING.finditer(body):
        while pending and pending[0] < match.start():
            if depth > 0:
                inside.add(pending[0])
            pending.pop(0)
        token = match.group(0)
        if (match.group(1) is not None and match.group(1) != "document") or token == "{":
            depth += 1
        elif (match.group(2) is not None and match.group(2) != "document") or token == "}":
            depth = max(0, depth - 1)
    inside.update(offset for offset in pending if depth > 0)
    return inside


@dataclass(frozen=True)
class Macro:
    """A macro: its arity and body (``#`` tokens mark parameters), or why it is refused; the line it is defined on."""

    name: str
    line: int
    arity: int = 0
    body: tuple[Token, ...] = ()
    refused: str = ""


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _group(text: str, at: int) -> tuple[str, int] | None:
    """The text of the balanced ``{…}`` at ``at`` (after white space) and the offset after it, else None."""
    while at < len(text) and text[at] in " \t\n":
        at += 1
    if at >= len(text) or text[at] != "{":
        return None
    level = 0
    for position in range(at, len(text)):
        char = text[position]
        if char == "\\":
            continue
        if char == "{" and text[position - 1] != "\\":
            level += 1
        elif char == "}" and text[position - 1] != "\\":
            level -= 1
            if level == 0:
                return text[at + 1 : position], position + 1
    return None


def _control(text: str, at: int) -> tuple[str, int] | None:
    """A control sequence's name at ``at`` (after white space, optionally in braces) and the offset after it."""
    while at < len(text) and text[at] in " \t\n":
        at += 1
    braced = at < len(text) and text[at] == "{"
    match = re.compile(r"\{?\s*\\([A-Za-z]+|[^A-Za-z])\s*\}?" if braced else r"\\([A-Za-z]+|[^A-Za-z])").match(text, at)
    if match is None:
        return None
    return match.group(1), match.end()


def _definition(text: str, match: re.Match[str]) -> tuple[Macro | None, int]:
    """The macro a definition makes (None for one that makes none) and the offset where the definition ends."""
    command, at, line = match.group("command"), match.end(), _line(text, match.start())
    if text.startswith("*", at):
        at += 1
    head = _control(text, at)
    if head is None:
        raise InputError(f"line {line}: cannot read the \\{command} here; write \\newcommand{{\\name}}{{…}}")
    name, at = head
    if command == "let":
        rest = re.compile(r"\s*=?\s?(\\[A-Za-z]+|\\.|[^\s\\])").match(text, at)
        if rest is None:
            raise InputError(f"line {line}: cannot read \\let\\{name}")
        return Macro(name, line, 0, tuple(tokenize(rest.group(1), line))), rest.end()
    refused = ""
    if command in ("DeclareMathOperator", "edef", "xdef"):
        refused = f"it is defined with \\{command}, which this reader does not apply"
    arity = 0
    if command in ("def", "gdef"):
        params = re.compile(r"((?:#\d)*)\s*\{").match(text, at)
        if params is None:
            delimited = re.compile(r"[^{]*").match(text, at)
            at = delimited.end() if delimited is not None else at
            refused = refused or "its parameters are delimited, which this reader does not apply"
        elif params.group(1) != "".join(f"#{k}" for k in range(1, len(params.group(1)) // 2 + 1)):
            refused = refused or "its parameters are delimited, which this reader does not apply"
            at = params.end(1)
        else:
            arity, at = len(params.group(1)) // 2, params.end(1)
    else:
        options = re.compile(r"\s*\[\s*(\d)\s*\](\s*\[[^\]]*\])?").match(text, at)
        if options is not None:
            if options.group(2):
                refused = refused or "it has an optional argument, which this reader does not apply"
            arity, at = int(options.group(1)), options.end()
    body = _group(text, at)
    if body is None:
        raise InputError(f"line {line}: cannot read the body of \\{name}; write it in braces")
    if refused:
        return Macro(name, line, refused=refused), body[1]
    if command == "providecommand":
        return None, body[1]  # defines nothing where the name exists, and the reader knows no other name
    return Macro(name, line, arity, tuple(tokenize(body[0], line))), body[1]


class Macros:
    """The macros of a file, each in force from the line it is defined on."""

    def __init__(
        self,
        macros: tuple[Macro, ...] = (),
        operators: tuple[Operator, ...] = (),
        entries: tuple[EntryDefinition, ...] = (),
        hypotheses: tuple[Hypothesis, ...] = (),
        functions: tuple[VectorFunction, ...] = (),
    ) -> None:
        self.macros = macros
        #: Operators the front matter declares (D_j: \\frac{\\partial}{\\partial a_j}), written out after macros.
        self.operators = operators
        #: Arrays the front matter defines by their entries (I_{kj}: \\delta_{kj}), written out after the operators.
        self.entries = entries
        #: Hypotheses with a parameter (h_\\theta(x): …), written out where applied, before the operators.
        self.hypotheses = hypotheses
        #: Values defined with whole vectors as parameters (H(q', p): …), written out where applied to others.
        self.functions = functions

    def _declared(self, tokens: list[Token]) -> list[Token]:
        tokens = apply_vector_functions(tokens, self.functions)
        return apply_entries(apply_operators(apply_hypotheses(tokens, self.hypotheses), self.operators), self.entries)

    @classmethod
    def of_tex(cls, body: str) -> tuple[Macros, str]:
        """Every macro a TeX body (comments blanked) defines, and the body with the definitions blanked (lines
        kept: TeX typesets a definition as nothing); refuses catcode changes and the like."""
        stray = GLOBAL.search(body)
        if stray is not None:
            raise InputError(
                f"line {_line(body, stray.start())}: {stray.group(0)} changes how TeX reads the file; "
                "this reader cannot follow it"
            )
        found = []
        blanked = body
        matches = list(DEFINING.finditer(body))
        local = _in_groups(body, [m.start() for m in matches])
        for match in matches:
            macro, end = _definition(body, match)
            is_global = match.group("command") in ("gdef", "xdef") or body[: match.start()].rstrip().endswith(
                "\\global"
            )
            if macro is not None and match.start() in local and not is_global and not macro.refused:
                macro = Macro(macro.name, macro.line, refused=LOCAL)
            if macro is not None:
                found.append(macro)
            span = body[match.start() : end]
            blanked = blanked[: match.start()] + re.sub(r"[^\n]", " ", span) + blanked[end:]
        return cls(tuple(found)), blanked

    @classmethod
    def of_markdown(cls, found: Found) -> tuple[Macros, Found]:
        """The macros a Markdown page's math defines (``$$\\newcommand{\\cS}{\\mathcal{S}}$$``), each in force from
        its line on, as MathJax applies them across the page; each defining block with its definitions blanked (TeX
        typesets a definition as nothing). A catcode change or the like is refused, as in TeX."""
        macros: list[Macro] = []
        displays = []
        for display in found.displays:
            stray = GLOBAL.search(display.text)
            if stray is not None:
                line = display.line + display.text.count("\n", 0, stray.start())
                raise InputError(
                    f"line {line}: {stray.group(0)} changes how TeX reads the page; this reader cannot follow it"
                )
            if DEFINING.search(display.text) is None:
                displays.append(display)
                continue
            defined, blanked = cls.of_tex(display.text)
            macros += [replace(m, line=m.line + display.line - 1) for m in defined.macros]
            displays.append(replace(display, text=blanked))
        return cls(tuple(macros)), replace(found, displays=tuple(displays))

    def in_force(self, line: int) -> dict[str, Macro]:
        table: dict[str, Macro] = {}
        for macro in self.macros:
            if macro.line <= line:
                table[macro.name] = macro
        return table

    def expand(self, tokens: list[Token]) -> list[Token]:
        """``tokens`` with every macro in force at their last line expanded, as TeX expands them; then each
        operator the front matter declares written out."""
        if not self.macros or not tokens:
            return self._declared(tokens)
        table = self.in_force(tokens[-1].line)
        out = list(tokens)
        expansions = 0
        at = 0
        while at < len(out):
            token = out[at]
            macro = table.get(token.value) if token.kind == "command" else None
            if macro is None:
                at += 1
                continue
            if macro.refused:
                raise InputError(f"line {token.line}: \\{macro.name} (line {macro.line}) is refused: {macro.refused}")
            expansions += 1
            if expansions > MAX_EXPANSIONS or len(out) > MAX_EXPANDED_TOKENS:
                raise InputError(f"line {token.line}: \\{macro.name} expands without end")
            arguments, end = _arguments(out, at + 1, macro)
            body = [replace(t, line=token.line, start=token.start, end=token.end, gap=token.gap) for t in macro.body]
            out[at:end] = _substitute(body, arguments, macro, token)
        return self._declared(out)


def _arguments(tokens: list[Token], at: int, macro: Macro) -> tuple[list[list[Token]], int]:
    arguments = []
    for _ in range(macro.arity):
        if at >= len(tokens):
            raise InputError(f"line {tokens[-1].line}: \\{macro.name} needs {macro.arity} arguments")
        if tokens[at].kind == "{":
            level, start = 0, at
            for position in range(at, len(tokens)):
                level += {"{": 1, "}": -1}.get(tokens[position].kind, 0)
                if level == 0:
                    arguments.append(tokens[start + 1 : position])
                    at = position + 1
                    break
            else:
                raise InputError(f"line {tokens[at].line}: an argument of \\{macro.name} is not closed")
        elif tokens[at].kind == "number" and len(tokens[at].value) > 1:  # TeX takes one digit of 12
            token = tokens[at]
            arguments.append([replace(token, value=token.value[0])])
            tokens[at] = replace(token, value=token.value[1:], gap="")
        else:
            arguments.append([tokens[at]])
            at += 1
    return arguments, at


def _substitute(body: list[Token], arguments: list[list[Token]], macro: Macro, call: Token) -> list[Token]:
    out: list[Token] = []
    at = 0
    while at < len(body):
        token = body[at]
        if token.kind == "#" and at + 1 < len(body) and body[at + 1].kind == "number":
            digits = body[at + 1].value
            index = int(digits[0])
            if not 1 <= index <= macro.arity:
                raise InputError(f"line {call.line}: \\{macro.name} uses #{index} but takes {macro.arity} arguments")
            out.extend(arguments[index - 1])
            if len(digits) > 1:
                out.append(replace(body[at + 1], value=digits[1:]))
            at += 2
            continue
        out.append(token)
        at += 1
    return out
