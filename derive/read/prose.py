"""Words and upright letters inside math: ``\\mathrm{e}`` is e, ``\\mathrm{d}`` is d, and ``\\text{ where …}`` is prose.
A ``\\text{…}`` holding a word, at the top level of a row, ends that row's math: the rest of the row is a remark
(``= \\delta_{ik} \\text{ where } …``, ``\\quad (\\text{since it is one-hot})``), not read. A remark that holds an
'=' of its own, or words that may be names (``derive.read.remark_words``), would be math skipped: it is refused."""

from __future__ import annotations

from collections.abc import Collection

from derive.errors import InputError
from derive.read.indicator_forms import normalize_indicators
from derive.read.latex_lexer import Token
from derive.read.remark_words import SPACES, refuse_unclear_remark
from derive.read.upright_heads import heads_row

WORDS = frozenset({"text", "textrm", "textit", "textbf", "mbox", "mathrm", "operatorname", "mathit", "mathbf"})
#: Fonts: typography only (\\mathbb{\\theta}_i is θ_i, \\mathbf{x} is x); \\mathbb{1} is the indicator, not a font.
FONTS = frozenset({"mathbb", "mathbf", "boldsymbol", "bm", "mathit", "mathsf", "pmb", "vec"})
PROSE = frozenset({"text", "textrm", "textit", "textbf", "mbox"})
#: The wide spaces that set a row's case apart from its math: ``= -p_i p_j, \\quad i \\neq j``.
WIDE = frozenset({"\\quad", "\\qquad"})


def _group(tokens: list[Token], at: int) -> tuple[list[Token], int]:
    """The tokens of the braced group that starts at ``at`` and the index after it ([], at when none)."""
    if at >= len(tokens) or tokens[at].kind != "{":
        return [], at
    level = 0
    for end in range(at, len(tokens)):
        level += {"{": 1, "}": -1}.get(tokens[end].kind, 0)
        if level == 0:
            return tokens[at + 1 : end], end + 1
    return [], at


def _is_word(inner: list[Token]) -> bool:
    return sum(t.kind == "letter" for t in inner) >= 2 or any(t.kind != "letter" for t in inner)


def _operand(kept: list[Token]) -> bool:
    """Whether the tokens before end in ``\\nabla_x`` or ``\\nabla_{…}``: a ``\\text{…}`` after it is what the
    gradient is of (Murphy's ``\\nabla_{\\mathbf{w}_j} \\text{NLL}_n``), a name, never a remark."""
    at = len(kept) - 1
    if at >= 0 and kept[at].kind == "}":
        level = 0
        for at in range(len(kept) - 1, -1, -1):
            level += (kept[at].kind == "}") - (kept[at].kind == "{")
            if level == 0:
                break
    return at >= 2 and kept[at - 1].kind == "_" and kept[at - 2].kind == "command" and kept[at - 2].value == "nabla"


def _top_level_equals(tokens: list[Token]) -> bool:
    level = 0
    for token in tokens:
        level += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(token.kind, 0)
        if token.kind == "=" and level <= 0:
            return True
    return False


def _row_end(tokens: list[Token], at: int) -> int:
    for end in range(at, len(tokens)):
        if tokens[end].kind == "newline":
            return end
    return len(tokens)


#: Words that state a case in a remark: "\\text{if } i \\neq k", "\\quad \\text{for } i = k", "\\text{ where } i = k".
CASE_WORDS = frozenset({"if", "for", "when", "whenever", "where"})
#: A remark's words that say a row holds in every case: "for all", "in general", "whatever", "always", "both".
_EVERY = ("for", "ingeneral", "what", "which", "all", "any", "every", "regardless", "always", "inevery", "both", "un")
RELATIONS = frozenset({"neq", "ne"})
REMARK_RELATIONS = frozenset({*RELATIONS, "le", "ge", "leq", "geq", "in", "approx", "equiv", "to"})


def _case_of(remark: list[Token]) -> list[Token] | None:
    """``i \\neq k`` or ``i = k`` alone (a closing ``.`` or ``,`` is no mathematics): the case a remark states, as
    the annotation ``(i \\neq k)``, then the environment's end where the row ends one (``i = j \\end{equation}``)."""
    remark, end = environment_end(remark)
    if remark and remark[-1].kind in (".", ","):
        remark = remark[:-1]
    if len(remark) == 3 and remark[0].kind == remark[2].kind == "letter":
        relation = remark[1]
        if relation.kind == "=" or (relation.kind == "command" and relation.value in RELATIONS):
            line = remark[0].line
            return [Token("(", "(", line), *remark, Token(")", ")", line), *end]
    return None


def environment_end(remark: list[Token]) -> tuple[list[Token], list[Token]]:
    """The remark without the ``\\end{…}`` that closes it, and that end."""
    for at in range(len(remark) - 1, -1, -1):
        if remark[at].kind == "command" and remark[at].value == "end":
            tail = remark[at:]
            if len(tail) > 2 and tail[1].kind == "{" and tail[-1].kind == "}":
                return remark[:at], tail
    return remark, []


def _subscripted(tokens: list[Token], letter: str) -> bool:
    """Whether ``letter`` stands in a subscript among ``tokens`` (x_i, w_{ij}): an index of the row."""
    return any(
        t.kind == "letter" and t.value == letter and "_" in (u.kind for u in tokens[max(0, k - 3) : k])
        for k, t in enumerate(tokens)
    )


def _full_range(remark: list[Token]) -> bool:
    """``i = 1, \\dots, n`` / ``i \\in \\{1, \\ldots, K\\}`` / ``j \\in 1..N``: every index value, so no condition."""
    kinds = [t.value for t in remark if t.kind not in (",", "{", "}")]
    if kinds[1:3] == ["in", "1"] and kinds[3:5] == [".", "."] and len(kinds) == 6:  # j \in 1..N, as code writes it
        return True
    if kinds[1:2] == ["="] and kinds[3:6] == [".", ".", "."] and len(kinds) == 7 and remark[-1].kind == "letter":
        return True  # i = 1, ..., C: the dots typed as periods, up to the length
    return any(v in ("dots", "ldots", "cdots") for v in kinds) and len(kinds) >= 4 and kinds[1:2] in (["="], ["in"])


def full_range_from(tokens: list[Token]) -> int | None:
    """Where a last remark giving every value of an index starts (``\\quad \\text{for} \\; c = 1 \\cdots C``,
    ``, \\forall j = 1, \\dots, n``), spaces and a comma before it included; None when there is none. Such a
    remark states no case: a definition holds without it. A typed ``, for~c`` counts (``_typed_words`` adds tokens
    only from the word on, so the place returned, before it, is the same in the tokens given)."""
    tokens = _typed_words(tokens)
    level, start = 0, None
    for at, token in enumerate(tokens):
        level += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(token.kind, 0)
        worded = token.kind == "command" and token.value in PROSE and level == 0
        if worded or (token.kind == "command" and token.value == "forall" and level == 0):
            start = at
            break
    if start is None:
        return None
    inner, after = _group(tokens, start + 1) if tokens[start].value != "forall" else ([], start + 1)
    if tokens[start].value != "forall" and "".join(t.value for t in inner if t.kind == "letter") != "for":
        return None
    rest = [t for t in tokens[after:] if not (t.kind == "command" and t.value in SPACES)]
    first = next((t.value for t in rest[2:] if t.kind not in ("{", "}")), "")  # c = 2, …, C: not every c
    if not _full_range(rest) or any(t.kind == "newline" for t in rest) or first not in ("0", "1"):
        return None
    while start > 0 and (tokens[start - 1].kind == "," or tokens[start - 1].value in SPACES):
        start -= 1
    return start


def _listed_range(remark: list[Token]) -> list[Token] | None:
    """``i = 1, 2, 3`` (the values listed, 1 to m in order): the annotation ``(i \\le m)``; else None."""
    if len(remark) < 3 or remark[0].kind != "letter" or remark[1].kind != "=":
        return None
    values = remark[2::2]
    commas = remark[3::2]
    if not all(t.kind == "," for t in commas) or len(commas) != len(values) - 1:
        return None
    if [t.value for t in values] != [str(m) for m in range(1, len(values) + 1)]:
        return None
    line = remark[0].line
    last = values[-1]
    return [Token("(", "(", line), remark[0], Token("command", "le", line), last, Token(")", ")", line)]


def _terms(remark: list[Token]) -> list[Token]:
    """The remark without its indicators' conditions (``\\mathbb{1}(x_i = x_k)`` names a value) and the ``\\in`` of
    its spaces (``w \\in \\mathbb{R}^{i \\times j}``, a shape): neither is a relation the remark states."""
    kept: list[Token] = []
    at = 0
    while at < len(remark):
        token = remark[at]
        one = [t.value for t in remark[at + 1 : at + 4]] == ["{", "1", "}"] and token.value == "mathbb"
        if one and at + 4 < len(remark) and remark[at + 4].kind in ("(", "["):
            closer, level, end = {"(": ")", "[": "]"}[remark[at + 4].kind], 0, at + 4
            for end in range(at + 4, len(remark)):
                level += (remark[end].kind == remark[at + 4].kind) - (remark[end].kind == closer)
                if level == 0:
                    break
            at = end + 1
            continue
        kept += [] if token.value == "in" and [t.value for t in remark[at + 1 : at + 2]] == ["mathbb"] else [token]
        at += 1
    return kept


def _remark(token: Token, remark: list[Token]) -> list[Token]:
    """What a row's trailing remark adds to the math: the case it states, or nothing; a remark that holds a
    relation it does not state as a case is refused (an equation there would be skipped)."""
    rest = [t for t in remark if not (t.kind == "command" and t.value in SPACES)]
    case = _case_of(rest)
    if case is not None:
        return case
    if _full_range(rest):  # "\forall j \in 1..N", "\text{for } c = 1 \cdots C": every value, no case
        return []
    if token.value == "forall":
        listed = _listed_range(rest)
        if listed is not None:
            return listed
    if any(t.kind in ("=", "<", ">") or (t.kind == "command" and t.value in REMARK_RELATIONS) for t in _terms(rest)):
        raise InputError(
            f"line {token.line}: a remark after the math states a relation derive cannot tell apart from a claim: "
            "state a case as (i \\neq k), or put an equation on a row of its own"
        )
    return []


def _leading_cases(tokens: list[Token]) -> list[Token]:
    """``\\text{if} \\; i = j :& \\frac{…}{…} = …``: a row that opens with the case it holds in (as split and align
    rows are written) is read with that case as its annotation, ``\\frac{…}{…} = … (i = j)``."""
    out: list[Token] = []
    at, opening = 0, True
    while at < len(tokens):
        token = tokens[at]
        if opening and token.kind == "command" and token.value in PROSE:
            inner, after = _group(tokens, at + 1)
            end = _row_end(tokens, after)
            stop = next((k for k in range(after, end) if tokens[k].kind in (":", ",", "&")), None)
            spoken = "".join(t.value for t in inner if t.kind == "letter").lower()
            case = None
            if spoken in CASE_WORDS and stop is not None:
                case = _case_of([t for t in tokens[after:stop] if not (t.kind == "command" and t.value in SPACES)])
            if case is not None and stop is not None:
                body = tokens[stop + 1 : end]
                while body and (body[0].kind in (":", "&") or (body[0].kind == "command" and body[0].value in SPACES)):
                    body = body[1:]
                out += [*body, *case]
                at, opening = end, False
                continue
        out.append(token)
        skipped = token.kind == "&" or (token.kind == "command" and token.value in SPACES)
        opening = token.kind == "newline" or (opening and skipped)
        at += 1
    return out


def _typed_words(tokens: list[Token]) -> list[Token]:
    """``, for~i = 1, …, C``: a word of ``CASE_WORDS`` typed as letters right after a comma and set apart by a space
    from what follows is the prose word ``\\text{for}`` (no one writes the product f·o·r after a comma)."""
    out = list(tokens)
    for at in range(len(out) - 1, 0, -1):
        if out[at - 1].kind != ",":
            continue
        for word in CASE_WORDS:
            end = at + len(word)
            spelled = "".join(t.value if t.kind == "letter" else " " for t in out[at:end])
            if spelled == word and end < len(out) and out[end].gap and all(t.gap == "" for t in out[at + 1 : end]):
                first, last = out[at], out[end - 1]
                out[at:end] = [
                    Token("command", "text", first.line, first.start, first.start, first.gap),
                    Token("{", "{", first.line, first.start, first.start),
                    *out[at:end],
                    Token("}", "}", last.line, last.end, last.end),
                ]
                break
    return out


def upright_letters(tokens: list[Token]) -> list[Token]:
    """The tokens with fonts taken off (``\\mathbf{x}`` is x, ``\\mathbb{\\theta}_i`` is θ_i) and single upright
    letters unwrapped (``\\mathrm{e}`` is e, ``\\mathrm{d}`` is d), each shown where the page wrote it."""
    kept: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.kind == "command" and token.value in FONTS:
            inner, after = _group(tokens, at + 1)
            blackboard_capital = token.value == "mathbb" and len(inner) == 1 and inner[0].value.isupper()
            if inner and not (token.value == "mathbb" and [t.value for t in inner] == ["1"]) and not blackboard_capital:
                first, last = inner[0], inner[-1]
                shown = Token(first.kind, first.value, first.line, token.start, first.end, token.gap)
                if len(inner) == 1:
                    kept.append(
                        Token(first.kind, first.value, first.line, token.start, tokens[after - 1].end, token.gap)
                    )
                else:
                    closing = Token(last.kind, last.value, last.line, last.start, tokens[after - 1].end, last.gap)
                    kept.extend([shown, *inner[1:-1], closing])
                at = after
                continue
        if token.kind == "command" and token.value in WORDS:
            inner, after = _group(tokens, at + 1)
            if _is_prod(inner, tokens[after : after + 1]):  # read as an upright name, refused where it stands
                kept.append(Token("command", "operatorname", token.line, token.start, token.end, token.gap))
                at += 1
                continue
            labels = at >= 2 and tokens[at - 1].kind == "{" and tokens[at - 2].kind == "_"  # p_{\mathrm{t}}: a name
            if (
                len(inner) == 1
                and inner[0].kind == "letter"
                and token.value
                not in PROSE
                | {"operatorname"}
                | ({token.value} if labels and after < len(tokens) and tokens[after].kind == "}" else set())
            ):
                letter = inner[0]  # \mathrm{e}, \mathrm{d}: the letter, upright, shown as written
                kept.append(
                    Token(letter.kind, letter.value, letter.line, token.start, tokens[after - 1].end, token.gap)
                )
                at = after
                continue
        kept.append(token)
        at += 1
    return kept


def _is_prod(inner: list[Token], following: list[Token]) -> bool:
    """``\\text{prod}(A, B)``, d2l's product "after transposing and swapping as needed": an upright name applied,
    not words (``derive.read.latex_constructs`` refuses it where it stands, the chain's other sides still read)."""
    return "".join(t.value for t in inner) == "prod" and bool(following) and following[0].value in ("(", "left", "[")


def read_prose(tokens: list[Token], named: Collection[str] = ()) -> list[Token]:
    """The tokens with upright single letters unwrapped and each row's trailing remark taken off: a remark that
    states a case (``\\text{if } i \\neq k``, ``\\forall i \\neq k``) becomes the row's annotation. A word that
    is a name of the page (``named``: ``\\text{err}`` defined) is that name, never a remark."""
    tokens = upright_letters(_leading_cases(_typed_words(normalize_indicators(tokens))))
    kept: list[Token] = []
    level = 0
    at = 0
    said: dict[bool, set[int]] = {True: set(), False: set()}  # the rows a remark states a case on, or every case
    while at < len(tokens):
        token = tokens[at]
        if token.kind == "command" and token.value in WORDS:
            inner, after = _group(tokens, at + 1)
            if _is_prod(inner, tokens[after : after + 1]):  # read as an upright name, refused where it stands
                kept.append(Token("command", "operatorname", token.line, token.start, token.end, token.gap))
                at += 1
                continue
            applied = (  # \\text{ReLU}(x), \\text{softmax}_i, \\mbox{softmax}\\left(z\\right): a name, not words
                after < len(tokens)
                and (tokens[after].kind in ("(", "_", "^", "[") or tokens[after].value == "left")
                and tokens[after].gap == ""
            ) or _operand(kept)  # \\nabla_{\\mathbf{w}} \\text{NLL}: what the gradient is of
            applied = applied or bool(kept and kept[-1].kind in ("_", "^"))  # y_\\text{hat}: a label, not words
            leading = not kept or kept[-1].kind in ("newline", "&")  # \\text{Loss} = …: the row's left side, a name
            applied = applied or (leading and heads_row(tokens, after, "".join(t.value for t in inner)))
            applied = applied or "".join(t.value for t in inner if t.kind != " ") in named  # 2xy \text{err}
            if applied and token.value in PROSE:  # \\mbox{softmax}(z): the upright name \\text{softmax}
                token = Token("command", "text", token.line, token.start, token.end, token.gap)
            if token.value in PROSE and inner and _is_word(inner) and level <= 1 and not applied:
                opened = level == 1 and kept and kept[-1].kind == "("
                if level == 0 or opened:
                    end = _row_end(tokens, after)
                    word = "".join(t.value for t in inner if t.kind == "letter").lower()
                    remark = tokens[after:end]
                    if opened and remark and remark[-1].kind == ")":
                        remark = remark[:-1]
                    shaped = _case_of([t for t in remark if not (t.kind == "command" and t.value in SPACES)])
                    if word not in CASE_WORDS and shaped is not None:  # "\\text{unless } i = j": its opposite
                        raise InputError(f"line {token.line}: words before a case other than if, for, when or where "
                                         "may not state it (unless i = j states i \\neq j): write the case as "
                                         "(i \\neq j), or \\text{if } i \\neq j")  # fmt: skip
                    added = _remark(token, remark) if (word in CASE_WORDS or remark) else []
                    if word not in CASE_WORDS:  # t(\textbf{Xw} + 1): names? "for all i": no
                        refuse_unclear_remark(token, inner, remark, kept, bool(opened), word.startswith(_EVERY))
                    row = [sum(t.kind == "newline" for t in kept)] if added or word.startswith(_EVERY) else []
                    said[bool(added)].update(row)
                    if opened:
                        kept.pop()
                        level -= 1
                    while kept and kept[-1].kind == "command" and kept[-1].value in SPACES:
                        kept.pop()
                    kept.extend(added)
                    at = end
                    continue
        colon = token.kind == ":" and token.gap != ""  # "= h_i(1 - h_j) \\;\\;: i = j" (Cross Validated)
        wide = at + 1 < len(tokens) and (colon or tokens[at + 1].gap in WIDE)
        if (colon or token.kind == ",") and level == 0 and wide:
            case = _case_of(tokens[at + 1 : _row_end(tokens, at + 1)])
            if case is not None and all(_subscripted(kept, t.value) for t in case if t.kind == "letter"):
                # "= p_i (1 - p_i), \\quad i = j": the case the row holds for, on its indices (u = v, \\quad u = v
                # is no case u = v under which u = v is proven)
                kept.extend(case)
                at = _row_end(tokens, at + 1)
                continue
        if token.gap in WIDE and level == 0 and kept and kept[-1].kind in ("letter", "number", ")", "}"):
            case = _case_of(tokens[at : _row_end(tokens, at)])
            if case is not None and all(_subscripted(kept, t.value) for t in case if t.kind == "letter"):
                # "= x_i^2 \\qquad i = j": a case on the row's indices set apart by a wide space, not a factor i
                kept.extend(case)
                at = _row_end(tokens, at)
                continue
        if token.kind == "command" and token.value == "forall" and level == 0:
            while kept and kept[-1].kind == ",":  # ", \\forall i \\neq k": the case the row holds for
                kept.pop()
            end = _row_end(tokens, at)
            added = _remark(token, tokens[at + 1 : end])
            said[bool(added)].add(sum(t.kind == "newline" for t in kept))
            kept.extend(added)
            at = end
            continue
        if token.kind in ("{", "(", "["):
            level += 1
        elif token.kind in ("}", ")", "]"):
            level = max(level - 1, 0)  # a stray ')' (rows.at_top): the row's trailing case is still its case
        elif token.kind == "newline":
            level = 0
        kept.append(token)
        at += 1
    while kept and kept[-1].kind == "command" and kept[-1].value in SPACES:
        kept.pop()
    if said[True] and said[False] - said[True]:  # "&& \text{if } i = k \\ &= … && \text{for all } i, k"
        raise InputError(f"line {tokens[0].line}: a row holds in every case, another in one: state each row's case")
    return kept
