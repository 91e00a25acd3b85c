"""Things TeX reads as one, spelled apart by pages: ``\\text{exp}(x)`` for ``\\exp(x)``, ``\\sum^K_{j=1}`` for
``\\sum_{j=1}^K``, plain TeX's ``\\eqalign{ L &= … \\cr &= … }`` for rows ``L &= … \\\\ &= …``; made one spelling
before anything reads the tokens."""

from __future__ import annotations

from derive.errors import InputError
from derive.read.ascii_dots import ascii_dots
from derive.read.double_bars import double_bars
from derive.read.latex_lexer import Token, group_end, rewrite_runs
from derive.read.script_order import limits_written_below, subscripts_first

#: Functions TeX has a command for, which pages also write as an upright word: ``\\text{exp}(x)`` is ``\\exp(x)``.
_UPRIGHT_COMMANDS = frozenset({"exp", "log", "ln", "max", "min", "sin", "cos"})
#: The function commands a brace group may hold alone, as in ``{\\cosh}^{2} x``.
_FUNCTION_COMMANDS = _UPRIGHT_COMMANDS | {"sinh", "cosh", "tanh"}


def upright_commands(tokens: list[Token]) -> list[Token]:
    """``\\text{exp}``, ``\\mathrm{log}``, ``\\operatorname{ln}``: the commands ``\\exp``, ``\\log``, ``\\ln``."""

    def command(tokens: list[Token], at: int) -> tuple[Token, int] | None:
        token = tokens[at]
        if token.kind != "command" or token.value not in ("text", "textrm", "mathrm", "operatorname"):
            return None
        before = [t.kind for t in tokens[max(0, at - 2) : at]]
        if before[-1:] in (["_"], ["^"]) or before in (["_", "{"], ["^", "{"]):
            return None  # L_{\text{log}}: a label in words, the name L_log (``derive.read.scalar_labels``)
        close = next((k for k in range(at + 2, min(at + 6, len(tokens))) if tokens[k].kind == "}"), None)
        if close is None or tokens[at + 1].kind != "{" or any(t.kind != "letter" for t in tokens[at + 2 : close]):
            return None
        word = "".join(str(t.value) for t in tokens[at + 2 : close])
        if word not in _UPRIGHT_COMMANDS:
            return None
        return Token("command", word, token.line, token.start, tokens[close].end, token.gap), close + 1

    return rewrite_runs(tokens, command)


def grouped_commands(tokens: list[Token]) -> list[Token]:
    """``{\\cosh}^{2} x``: braces around a function command alone hide nothing, and TeX shows cosh² x as
    ``\\cosh^{2} x`` does; as a command's argument, ``\\frac{\\log}{x}`` is ``\\frac\\log x`` in TeX too. Left as
    written as a script (``x^{\\log}``)."""

    def command(tokens: list[Token], at: int) -> tuple[Token, int] | None:
        run = tokens[at : at + 3]
        if [t.kind for t in run] != ["{", "command", "}"] or run[1].value not in _FUNCTION_COMMANDS:
            return None
        if at > 0 and tokens[at - 1].kind in ("^", "_"):
            return None
        return Token("command", run[1].value, run[1].line, run[0].start, run[2].end, run[0].gap), at + 3

    return rewrite_runs(tokens, command)


def typed_relations(tokens: list[Token]) -> list[Token]:
    """``x >= y``, ``x <= y``, ``x != y`` typed as a program writes them: TeX sets two signs side by side, and a
    reader reads ≥, ≤, ≠ (cs231n's ``\\mathbb{1}(x >= y)``); only with nothing between the two."""
    out: list[Token] = []
    for token in tokens:
        before = out[-1] if out else None
        bang = before is not None and before.kind == "!" and before.gap != ""  # "x != y"; 3!=6 is 3! = 6
        if token.kind == "=" and token.gap == "" and before is not None and (before.kind in ("<", ">") or bang):
            name = {"<": "leq", ">": "geq", "!": "neq"}[before.kind]
            out[-1] = Token("command", name, before.line, before.start, token.end, before.gap)
            continue
        out.append(token)
    return out


def empty_groups(tokens: list[Token]) -> list[Token]:
    """``{}={\\frac{…}{…}}``, ``a ={} b``: an empty group beside '=' only sets TeX's spacing (a display that opens
    ``{}=`` goes on from the one before, as one that opens '=' does); it is no term. A group after a script or a
    command or a group (``x^{}``, ``\\text{}``, ``\\frac{a}{}``) is that one's argument, and stays."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        pair = at + 1 < len(tokens) and tokens[at].kind == "{" and tokens[at + 1].kind == "}"
        before = out[-1] if out else None
        after = tokens[at + 2] if at + 2 < len(tokens) else None
        beside = "=" in (getattr(before, "kind", None), getattr(after, "kind", None))
        argument = before is not None and before.kind in ("^", "_", "command", "}")  # \frac{a}{}: its argument
        # but \begin{equation}{}=: the environment's name takes no group (asked last: it looks back, and asked at
        # every token, a formula of 10,000 braces took 25 s)
        if pair and beside and not (argument and not _after_begin(out)):
            at += 2
            continue
        out.append(tokens[at])
        at += 1
    return out


#: What makes braces a set, not brackets: ``\\{0, 1\\}``, ``\\{x : x > 0\\}``, ``\\{x \\mid …\\}``.
_SET_MARKS = frozenset({",", ":", "|"})
_SET_COMMANDS = frozenset({"mid", "colon", "vert", "in", "dots", "ldots", "cdots"})


def brace_brackets(tokens: list[Token]) -> list[Token]:
    """``\\{ … \\}`` as brackets, read exactly as ``( … )`` is (Bishop's ``E = -\\sum_n \\{t_n \\ln y_n + …\\}``;
    ``f\\{2x\\}`` is then f applied, as ``f(2x)`` is); left braces where they may hold a set (a comma, a colon, a bar,
    ``\\in``, dots) or one term alone (``\\{x_i\\}``: the set of the x_i?), which the parser refuses."""
    out = list(tokens)
    for at, token in enumerate(tokens):
        if not (token.kind == "command" and token.value == "{"):
            continue
        depth, close = 0, None
        for k in range(at + 1, len(tokens)):
            kind = tokens[k].kind if tokens[k].kind != "command" else f"\\{tokens[k].value}"
            depth += {"{": 1, "(": 1, "[": 1, "\\{": 1, "}": -1, ")": -1, "]": -1, "\\}": -1}.get(kind, 0)
            if depth < 0:
                close = k if kind == "\\}" else None
                break
        if close is None:
            continue
        inner = tokens[at + 1 : close]
        marked = any(t.kind in _SET_MARKS or (t.kind == "command" and t.value in _SET_COMMANDS) for t in inner)
        if marked or not _several_terms(inner):
            continue
        out[at] = Token("(", "(", token.line, token.start, token.end, token.gap)
        out[close] = Token(")", ")", tokens[close].line, tokens[close].start, tokens[close].end, tokens[close].gap)
    return out


#: Commands whose braced argument is words, where a '$' is a character of the words.
_WORD_COMMANDS = frozenset({"text", "textrm", "mbox", "textit", "textbf", "mathrm", "operatorname"})


def refuse_dollars(tokens: list[Token]) -> list[Token]:
    """The tokens, unless a '$' stands outside words (``\\( $a = b$ \\)``, ``$$ x = 5x $ = 2x $$``): math delimiters
    written within math are no TeX, and the display is refused whole, never read across."""
    words: list[int] = []  # the depths at which a word command's group opened
    depth = 0
    for at, token in enumerate(tokens):
        if token.kind == "{":
            depth += 1
            before = tokens[at - 1] if at else None
            if before is not None and before.kind == "command" and before.value in _WORD_COMMANDS:
                words.append(depth)
        elif token.kind == "}":
            if words and words[-1] == depth:
                words.pop()
            depth -= 1
        elif token.kind == "$" and not words:
            raise InputError(f"line {token.line}: a '$' inside math: delimiters written within math are no TeX; drop "
                             "the inner ones")  # fmt: skip
    return tokens


def math_in_words(tokens: list[Token]) -> list[Token]:
    """``\\text{if $i = j$}``: math within a word command's group of a case's word is math, as TeX sets it; the group
    is closed before it and opened again after it (``\\text{if } i = j \\text{}``): a case, as ``\\text{if } i = j``."""
    if not any(t.kind == "$" for t in tokens):
        return tokens
    out: list[Token] = []
    command: Token | None = None  # the word command whose group is open
    depth = opened = 0
    math = False  # between a '$' and its closing '$' in that group
    for at, token in enumerate(tokens):
        if token.kind == "{":
            depth += 1
            before = tokens[at - 1] if at else None
            if command is None and before is not None and before.kind == "command" and before.value in _WORD_COMMANDS:
                command, opened = before, depth
        elif token.kind == "}":
            command = None if command is not None and depth == opened else command
            depth -= 1
        if token.kind == "$" and command is not None and depth == opened and (math or _case_words(out)):
            closing = Token("}", "}", token.line, token.start, token.start)
            out += [command, Token("{", "{", token.line, token.end, token.end)] if math else [closing]
            math = not math
            continue
        out.append(token)
    return out


def _case_words(out: list[Token]) -> bool:
    """Whether the words of the word group open at the end of ``out`` are a case's ("if", "for", "when"): a remark
    ``\\text{(4) split the sum at $i = k$}`` keeps its math as words."""
    opening = next((k for k in range(len(out) - 1, -1, -1) if out[k].kind == "{"), None)
    words = "".join(t.value for t in out[opening + 1 :] if t.kind == "letter") if opening is not None else "?"
    return words.lower() in ("if", "for", "when", "whenever", "where", "unless")


def _after_begin(out: list[Token]) -> bool:
    """Whether ``out`` ends with ``\\begin{name}``."""
    if not out or out[-1].kind != "}":
        return False
    opening = next((k for k in range(len(out) - 2, -1, -1) if out[k].kind == "{"), None)
    return (
        opening is not None and opening > 0 and out[opening - 1].kind == "command" and out[opening - 1].value == "begin"
    )


def _several_terms(inner: list[Token]) -> bool:
    """Whether braces hold a sum of terms (``\\{1 - a\\}``), a '+' or '-' at their own level after the first token:
    one term alone (``\\{x_i\\}``, ``\\{a^2\\}``) may be a set of one element."""
    depth = 0
    for at, token in enumerate(inner):
        depth += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(token.kind, 0)
        if depth == 0 and at > 0 and token.kind in ("+", "-"):
            return True
    return False


def limits_in_order(tokens: list[Token]) -> list[Token]:
    """``\\sum^K_{j=1}``: a sum's (a product's) limits in either order, as TeX takes them; the lower one first; so
    for ``\\Sigma^m_{i=1}``, a capital sigma whose lower limit sets its index."""
    out = list(tokens)
    for at in range(len(out) - 4):
        if out[at].kind == "command" and out[at].value in ("sum", "prod", "Sigma") and out[at + 1].kind == "^":
            upper_end = (group_end(out, at + 2) if out[at + 2].kind == "{" else at + 2) + 1
            sign = out[at].value != "Sigma" or limits_written_below(out, at, upper_end)  # \Sigma^m_{i=1}: a sum
            if sign and upper_end + 1 < len(out) and out[upper_end].kind == "_":
                lower_end = (group_end(out, upper_end + 1) if out[upper_end + 1].kind == "{" else upper_end + 1) + 1
                out[at + 1 : lower_end] = [*out[upper_end:lower_end], *out[at + 1 : upper_end]]
    return out


def plain_alignments(tokens: list[Token]) -> list[Token]:
    """Plain TeX's ``\\eqalign{ L &= A \\cr &= B \\cr }`` (math.SE's answers): its rows, ``\\cr`` a row break as
    ``\\\\`` is; the group around them only aligns them."""
    out: list[Token] = []
    drop: set[int] = set()
    depth = 0  # of the braces kept
    for at, token in enumerate(tokens):
        if at in drop:
            continue
        if token.kind == "command" and token.value == "eqalign" and at + 1 < len(tokens) and tokens[at + 1].kind == "{":
            drop |= {at + 1, group_end(tokens, at + 1)}
            continue
        if token.kind == "command" and token.value == "cr":
            token = Token("newline", "\\\\", token.line, token.start, token.end, token.gap)
        elif token.kind == "}" and depth == 0 and out and out[-1].kind == "newline":
            continue  # \cr } with \eqalign{ blanked before it (a definition's head, read apart): its group's end
        depth += {"{": 1, "}": -1}.get(token.kind, 0)
        out.append(token)
    return out


#: Commands whose braced group is a name's spelling: ``\\operatorname{softmax}``, ``\\mathbf{s}``.
_NAME_GROUPS = frozenset({"operatorname", "text", "mathrm", "mathbf", "boldsymbol", "bm", "mathcal", "hat", "tilde"})
_PAIRS = {"(": ")", "[": "]"}


def bracketed_entries(tokens: list[Token]) -> list[Token]:
    """``[\\sigma(\\mathbf{a})]_i`` (also in parentheses, with ``\\left`` and ``\\right``): entry i of σ(a), as
    ``\\sigma(\\mathbf{a})_i`` writes it; brackets around one applied name only group it, and are dropped. Any
    other bracket before a subscript is left as written."""
    dropped: set[int] = set()
    for at, token in enumerate(tokens):
        close = _matching(tokens, at) if token.kind in _PAIRS else None
        if close is None or close + 1 >= len(tokens) or tokens[close + 1].kind != "_":
            continue
        sized = at > 0 and _is(tokens[at - 1], "left") and _is(tokens[close - 1], "right")
        end = close - 1 if sized else close
        if _one_application(tokens, at + 1, end):
            dropped |= {at, close, *((at - 1, close - 1) if sized else ())}
    return [t for k, t in enumerate(tokens) if k not in dropped] if dropped else tokens


def _is(token: Token, command: str) -> bool:
    return token.kind == "command" and token.value == command


def _matching(tokens: list[Token], at: int) -> int | None:
    """The bracket that closes the one at ``at`` (``(`` or ``[``), or None where another closes it first."""
    depth = 0
    for k in range(at, len(tokens)):
        depth += 1 if tokens[k].kind in _PAIRS else -1 if tokens[k].kind in (")", "]") else 0
        if depth == 0:
            return k if tokens[k].kind == _PAIRS[tokens[at].kind] else None
    return None


def _one_application(tokens: list[Token], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` is one name applied: ``\\sigma(…)``, ``f(…)``, ``\\operatorname{s}(…)``."""
    at = start
    if (
        at + 1 < end
        and tokens[at].kind == "command"
        and tokens[at].value in _NAME_GROUPS
        and tokens[at + 1].kind == "{"
    ):
        at = group_end(tokens, at + 1) + 1
    elif at < end and (tokens[at].kind == "command" or (tokens[at].kind == "letter" and len(tokens[at].value) == 1)):
        at += 1
    else:
        return False
    at += 1 if at < end and _is(tokens[at], "left") else 0
    return at < end and tokens[at].kind == "(" and _matching(tokens, at) == end - 1


def spelled(tokens: list[Token]) -> list[Token]:
    """The lexer's tokens with each spelling above read as what it spells, in order; ``[\\sigma(a)]_i`` last."""
    tokens = math_in_words(refuse_dollars(typed_relations(double_bars(ascii_dots(tokens)))))  # \Vert is \|, ... \dots
    tokens = grouped_commands(upright_commands(plain_alignments(empty_groups(brace_brackets(tokens)))))
    return bracketed_entries(subscripts_first(limits_in_order(tokens)))
