"""The case and the constraints a chain states: in the line before it ("If $i = k$:", "### Case i \\neq k", "Assuming
$\\sum_i y_i = 1$."), or in a note on its first row (``(i \\neq k)``). Both letters of a case must be indices."""

from __future__ import annotations

import re

from sympy import And, Basic, Eq, Ge, Integer, Le, Ne, S, Symbol

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.read.display_prose import above_lead
from derive.read.front_assumptions import one_hot_assumption, sum_to_one
from derive.read.frontmatter import Entry
from derive.read.latex_lexer import Token
from derive.read.lead_clauses import LEAD_ONE_HOT, OPENING_WORDS, clause_case, turned_after
from derive.read.lead_sums import LEAD_DENIES, WIDENED, plain_sum, stated_sums, unread_sums
from derive.read.lead_turns import put_in_for, taken_back_after
from derive.read.names import Names
from derive.read.plain_words import TAKES_BACK, statement_of, unplain_words
from derive.read.restated_cases import restated_case
from derive.read.rows import split_top
from derive.read.shape_statements import lists_entries, shape_statement
from derive.read.stated_domains import stated_domain
from derive.read.trail_constraints import substituted_values
from derive.read.value_conditions import stated_condition, value_condition

#: A line before a chain that states its case: "i = k", "$i \\neq k$", "### Case 2: i ≠ k", "• Case 1: $i = o$",
#: "If $i = k$,", "For \\(i \\neq k\\):", "When $i \\not= k$, then", "And if $i \\neq k$,", "If $i = j$, this gives:".
LEAD_CASE = re.compile(
    r"^(?:(?:and|but|now|so)\s+)?(?:(?:case\s*\d*\s*[:.)]?|if|when|for|let|in\s+(?:the\s+)?case(?:\s+of)?)\s*)?"
    r"([A-Za-z](?:_\{?[A-Za-z]\}?)?)\s*(=|\\neq|\\ne|≠|\\not\s*=)\s*([A-Za-z](?:_\{?[A-Za-z]\}?)?)"
    r"\s*(?:,?\s*(?:then|(?:this|it|which)\s+(?:gives|becomes|is)|we\s+(?:get|have|obtain|find)))?"
    r"(?:\s+(?:throughout(?:\s+this\s+section)?|from\s+now\s+on|below))?\s*[:,.]?$",
    re.IGNORECASE,
)


def _case_match(lead: str, pattern: re.Pattern[str] = LEAD_CASE) -> re.Match[str] | None:
    """The case a line before a chain states (``lead_clauses.clause_case``)."""
    return clause_case(_case_text(lead), lead, pattern)


def case_letters(lead: str) -> tuple[str, bool, str] | None:
    """The two letters of the case a line states and whether it says they are equal, or None."""
    match = _case_match(lead)
    return None if match is None else (match.group(1), match.group(2) == "=", match.group(3))


def states_case(lead: str) -> bool:
    """Whether a line before a chain states a case ("If $i = k$:"), whatever its letters are."""
    return _case_match(lead) is not None


def states_number_case(lead: str) -> bool:
    """Whether a line before a chain states a case on an entry number ("### Case $k = 1$")."""
    return _case_match(lead, LEAD_NUMBER_CASE) is not None


def _case_text(lead: str) -> str:
    text = re.sub(r"^\s*(?:\\(?:noindent|par|medskip|smallskip|bigskip)\b\s*)+", "", lead)
    return re.sub(r"\$|\\\(|\\\)|\*\*|^[\s#*•>-]+", "", text).strip()


#: A line before a chain that states a case on an entry number: "If $k = 1$:", "For $i \neq 2$,".
LEAD_NUMBER_CASE = re.compile(
    LEAD_CASE.pattern.replace(r"([A-Za-z](?:_\{?[A-Za-z]\}?)?)\s*(?:,?", r"(\d+)\s*(?:,?"), re.IGNORECASE
)


def lead_case(lead: str, names: Names, tokens: list[Token] | None = None, trail: str = "") -> Basic:
    """The case a line before a chain states (both letters declared indices), or true. One on an entry number
    ("If $k = 1$:") is ``Eq(k, 1)``, the chain then read with k replaced by 1 (``at_entry``); a number outside
    the index's range, or "k ≠ 1", is refused: the chain must not be checked without it. A display (``tokens``)
    whose cases environment states its own cases on the same indices takes none from the line (``restated_case``)."""
    case = _lead_case(lead, names)
    case = trail_case(trail, names) if case is S.true and trail else case  # "$$δ_{ij} = 1$$ if $$i = j$$"
    return S.true if tokens is not None and restated_case(case, tokens) else case


#: A case the words right after a display state for it: "$$\\delta_{ij} = 1$$ if $$i = j$$, otherwise $$0$$".
_TRAIL_CASE = re.compile(r"^\s*,?\s*(?:if|when|whenever)\s+\$\$([^$]+?)\$\$\s*(?:[,.;:]|$|and\b)", re.I)


def trail_case(trail: str, names: Names) -> Basic:
    """The case "if $i = j$" right after a display states on two of the page's indices, or true."""
    said = _TRAIL_CASE.match(trail)
    widened = said is not None and re.match(r"[,;]?\s*(?:or|\\lor|\\vee)\b", trail[said.end(1) + 2 :].lstrip(), re.I)
    match = LEAD_CASE.match(said.group(1).strip()) if said is not None and not widened else None
    first, second = (re.sub(r"[{}]", "", match.group(g)) if match is not None else "" for g in (1, 3))
    if match is None or first not in names.indices or second not in names.indices:
        return S.true
    left, right = names.indices[first], names.indices[second]
    return Eq(left, right) if match.group(2) == "=" else Ne(left, right)


def _lead_case(lead: str, names: Names) -> Basic:
    numbered = _case_match(lead, LEAD_NUMBER_CASE)
    if numbered is not None and numbered.group(1) in names.indices:
        return _entry_case(numbered.group(1), numbered.group(2), int(numbered.group(3)), names)
    match = _case_match(lead)
    first, second = (re.sub(r"[{}]", "", match.group(g)) if match is not None else "" for g in (1, 3))
    if match is None or first not in names.indices or second not in names.indices:  # y_i: CS231n's one index
        return S.true
    left, right = names.indices[first], names.indices[second]
    return Eq(left, right) if match.group(2) == "=" else Ne(left, right)


def _entry_case(letter: str, relation: str, number: int, names: Names) -> Basic:
    """The case "k = 1" on an entry number: ``Eq(k, 1)`` when 1 is an entry of k's range (1..n)."""
    stated = f"{letter} {relation} {number}"
    if relation != "=":
        raise InputError(f"the case {stated} stated before this display is on an entry number, which derive reads "
                         "only as 'k = 1': the chain is not checked")  # fmt: skip
    if number < 1 or (isinstance(names.n, Integer) and not names.sizes and number > int(names.n)):
        raise InputError(f"the case {stated} stated before this display is outside the range of {letter} "
                         f"(1 to {names.n}): the chain is not checked")  # fmt: skip
    return Eq(names.indices[letter], Integer(number))


def entry_case(condition: Basic) -> tuple[Symbol, Integer] | None:
    """The index and the number of a case on an entry number (``Eq(k, 1)``), or None."""
    if isinstance(condition, Eq) and isinstance(condition.lhs, Symbol) and isinstance(condition.rhs, Integer):
        return condition.lhs, condition.rhs
    return None


#: A line before a chain that states a constraint for it, as derive's own LaTeX does: "Assuming the targets sum
#: to one: $\\sum_{i=1}^{n} y_{i} = 1$."
LEAD_CONSTRAINT = re.compile(
    rf"^{OPENING_WORDS}(?:assuming|assume|given)\b[^$]*\$([^$]+=[^$]+)\$\s*[.:]?\s*$", re.IGNORECASE
)
#: A line before a chain that gives a reason with a sum to one: "Since $\\sum_i q_i = 1$,", "Using $\\sum_k y_k = 1$:".
#: Only a sum to one is taken from it; another reason ("Since $s_i = …$") is a step the page states, not read here.
LEAD_REASON = re.compile(
    r"^(?:since|because|as|using|given\s+that|recall(?:ing)?(?:\s+that)?)\s*\$([^$]+=\s*1\s*)\$\s*[.:,]?\s*"
    r"(?:we\s+(?:get|have)[.:,]?|(?:as|because|since)\s.*)?\s*$",  # "Given that $…$ as $y$ is one-hot …"
    re.IGNORECASE,
)


#: A line before a chain that states a domain for it: "Assuming $T > 0$:", "Given $y_i \\in [0, 1]$,".
LEAD_DOMAIN = re.compile(
    rf"^{OPENING_WORDS}(?:assuming|assume|given|suppose)\b[^$]*\$([^$]*(?:<|>|\\le|\\ge|\\in\b)[^$]*)\$\s*[.:,]?\s*$",
    re.IGNORECASE,
)


#: A relation in a formula: one derive reads (=, <, \\le, \\in, \\neq), or one to refuse, never drop (\\gg, \\approx).
RELATION = re.compile(
    r"[=<>≈≪≫∼≠≤≥∈]|\\(?:le|ge|leq|geq|in|ne|neq|gg|ll|approx|sim|simeq|propto|equiv|subset|subseteq|perp|notin)"
    r"(?![A-Za-z])"
)
#: A line before a chain that states something in math, with a relation: an assumption derive must read.
#: A sentence that defines ("Given a training set, define … $X$ …, and let … Then $J(θ) = …$") states no
#: assumption in its math, whatever word it opens with.
LEAD_ASSUMING = re.compile(
    rf"^(?:{OPENING_WORDS}(?:assuming|assume|given|suppose)\b(?:(?!\b(?:define|defines|let|denote|write)\b).)*?"
    rf"\$[^$]*(?:{RELATION.pattern})[^$]*\$"
    # "Let $x > 0$ be given.", "Now let $p > 2$:", "Take $p > 2$:"
    rf"|{OPENING_WORDS}(?:let|take)\s+\$[^$=]*(?:[<>≤≥∈]|\\(?:le|ge|leq|geq|in)(?![A-Za-z]))[^$=]*\$"
    r"(?:\s+be\s+(?:given|fixed|(?:a|an|the|some)\s+[\w-]+(?:\s+[\w-]+)?))?\s*[.,:]?\s*$)",
    re.IGNORECASE,
)


def _plain(lead: str) -> str:
    """A lead without the spacing commands before its words (\\noindent, \\medskip)."""
    return re.sub(r"^\s*(?:\\(?:noindent|par|medskip|smallskip|bigskip)\b\s*)+", "", lead).strip()


def stated_in_lead(lead: str) -> str:
    """The math of an assumption a line before a chain states ("Assuming $T > 0$:"), or ""."""
    text = _plain(lead)
    match = LEAD_DOMAIN.match(text) or LEAD_CONSTRAINT.match(text)
    return match.group(1) if match is not None else ""


def stated_constraint(lead: str) -> bool:
    """Whether a line before a display states where it holds: a condition ("If $x > 0$:", "When $y = 1$,") or an
    equality it is given ("Given $y_k = 1$:"); not a domain ("Assuming $x > 0$:", under which a definition below
    still defines, the domain the page's)."""
    text = _plain(lead)
    if stated_condition(text) is not None:
        return True
    return LEAD_DOMAIN.match(text) is None and LEAD_CONSTRAINT.match(text) is not None


def stated_for_chain(lead: str) -> bool:
    """Whether a line before a chain states a constraint of that chain ("Assuming …", "Since $\\sum_i q_i = 1$,")."""
    text = _plain(lead)
    text = re.sub(r"\\[()]", "$", text)  # \\(…\\) as $…$
    return any(pattern.match(text) for pattern in (LEAD_REASON, LEAD_CONSTRAINT, LEAD_DOMAIN, LEAD_ASSUMING))


#: "With the inputs $a = 3$, $b = 1$, $c = -2$ of Fig. 7.12, the backward pass gives" (SLP3), running into the
#: display: its chains hold at those values.
LEAD_VALUES = re.compile(
    r"(?:^|[.!?:;]\s+)with\s+(?:the\s+)?(?:inputs?\s+|values?\s+)?"
    r"(?P<maths>\$[^$]*=[^$]*\$(?:\s*(?:,|,?\s*and)\s*\$[^$]*=[^$]*\$)*)",
    re.I,
)


def lead_values(text: str, names: Names, line: int) -> tuple[Assumption, ...]:
    """The values the sentence that runs into a display puts in ("With the inputs $a = 3$, $b = 1$ …, the backward
    pass gives"): none where another sentence starts after them or the sentence ends before the display."""
    found = list(LEAD_VALUES.finditer(text))
    rest = text[found[-1].end() :] if found else ""
    turned = LEAD_DENIES.search(rest) or WIDENED.search(rest) or "but" in rest.split()  # "…, and for every $T$"
    if not found or re.search(r"[.!?]\s+[A-Z]|[.!?]\s*$", rest) or turned:
        return ()  # "With $a = 3$ it fails, but in general": the display is not at those values
    maths = re.findall(r"\$([^$]*)\$", found[-1].group("maths"))
    if (
        not all(re.fullmatch(r"\s*[^=]+=\s*-?\s*\d+(?:\.\d+)?\s*", math) for math in maths)
        or stated_sums(text)
        or unread_sums(text)
    ):
        return ()  # "with $p_j = \frac{…}{…}$": a definition or a remark; "With $\sum_i y_i = 1$,": a constraint
    return substituted_values(found[-1].group("maths"), names, line)


def _sum_in_lead(text: str, names: Names, line: int) -> tuple[Assumption, ...]:
    """A sum to one written inline in the line before a chain, stated as what holds there (``stated_sums``): that
    chain's constraint; else none. Beside another condition the lead states ("and $y_i \\in \\{0, 1\\}$"), which
    would go unread, the chain is refused."""
    sums = stated_sums(text)
    for math, words in unread_sums(text)[:1]:  # "With $…$ replaced by …", "Without …": held or not, a guess
        raise InputError(f"line {line}: the line before this display writes ${math.strip()}$ in words derive does "
                         f"not read as stating it ({', '.join(repr(w) for w in words[:3])}): say it plainly, as "
                         "\"With $…$, we get\", or state it in the front matter (assume: […])")  # fmt: skip
    others = [m for m in stated_formulas(text, names) if plain_sum(m) not in sums]
    if sums and others:
        raise InputError(f"line {line}: the line before this display states ${others[0].strip()}$ beside "
                         f"${sums[0].strip()}$, and derive reads one condition in such a line: state them in the front "
                         "matter (assume: […])")  # fmt: skip
    unread: InputError | None = None
    for math in sums:
        try:
            return (sum_to_one(Entry(math, line), names),)
        except InputError as error:
            unread = unread or error
    if unread is not None:  # "With $\\sum_k y_k = 1$," that cannot be read: refused, never dropped
        raise unread
    return ()


def stated_formulas(text: str, names: Names) -> list[str]:
    """The formulas with a relation in a lead that state something: not a shape ("Given input $\\mathbf{x} \\in
    \\mathbb{R}^{N \\times D}$", read by ``derive.read.inline_shapes``), not one of the page's inline definitions
    ("Suppose that $C = y a^3$. Then", $C = …$ read as C's definition), not a domain of every real number."""
    relations = [m for m in re.findall(r"\$([^$]+)\$", text) if RELATION.search(m)]
    flat = [("".join(m.split()).rstrip(".,"), m) for m in relations if shape_statement(m) is None]
    defined = [("".join(head.split()), "".join(body.split())) for head, body in names.page_defined]
    chained = lambda f, h, b: f == f"{h}={b}" or (f.startswith(h + "=") and f.endswith("=" + b))  # noqa: E731
    real = re.compile(rf"[A-Za-z]\\in\\mathbb\{{?R\}}?|{names.length_name}={names.n}")  # x ∈ ℝ; C = 3 (a size)
    listed = [f for f, _ in flat if lists_entries(f)]  # "Given $\mathbf{p} = [p_1, \ldots, p_n]$": notation
    return [m for f, m in flat if not any(chained(f, h, b) for h, b in defined) and not real.fullmatch(f)
            and f not in listed]  # fmt: skip


def only_definitions(text: str, names: Names) -> bool:
    """Whether a lead has formulas with a relation and every one states nothing (``stated_formulas``)."""
    return any(RELATION.search(m) for m in re.findall(r"\$([^$]+)\$", text)) and not stated_formulas(text, names)


def assumed_formulas(lead: str, names: Names) -> list[str] | None:
    """The formulas a lead of assumptions states ("Assuming $T > 0$ and $a < 0$:"), as written; None when it is no
    such lead."""
    text = re.sub(r"\\[()]", "$", _plain(lead))
    if not LEAD_ASSUMING.match(text) or only_definitions(text, names):
        return None
    return [formula.strip().rstrip(".,") for formula in stated_formulas(text, names)]


def lead_assumptions(lead: str, names: Names, line: int) -> tuple[Assumption, ...] | None:
    """What a lead of assumptions states, each formula read as a domain, a value or a sum to one ("Assuming $T > 0$
    and $a < 0$:"); None when it is no such lead. A formula derive cannot read is an ``InputError``."""
    formulas = assumed_formulas(lead, names)
    if formulas is not None and turned_after(lead):  # "Assume $x > 0$. In general, though:"
        raise InputError(f"line {line}: words after the assumption before this display may turn it: state it last")
    found = []
    for formula in formulas or ():
        entry = Entry(formula, line)
        why = f"${entry.text}$ is not a domain (T > 0, y_i \\in [0, 1]), a value or a sum to one"
        try:
            stated = stated_domain(entry, names)
        except InputError as error:
            stated, why = None, re.sub(r"^line \d+: ", "", str(error))
        if stated is None:
            try:
                stated = sum_to_one(entry, names)
            except InputError:
                raise InputError(f"line {line}: cannot read the assumptions stated before this display: {why}") from (
                    None
                )
        found.append(stated)
    return tuple(found) if formulas is not None else None


def lead_constraints(
    lead: str, names: Names, line: int = 0, block: str = "", after: str = ""
) -> tuple[Assumption, ...]:
    """The constraint or domain a line before a chain states ("Assuming …: $\\sum_i y_i = 1$.", "Assuming
    $T > 0$:"), or none. One derive cannot read is an ``InputError``: the chain must not be checked without it
    (a counterexample outside what the page assumes would refute nothing); so is one the line, or the paragraph it
    ends (``block``), states in words that may set it aside ("Assuming, wrongly, that $T > 0$:"): only plain words
    (``plain_words``) state, from the statement's sentence on ("Suppose $T > 0$ is false. Then:"); and so is one
    that a sentence before it or the paragraph ``after`` the display may take back ("That assumption is false.")."""
    found = _lead_constraints(lead, names, line)
    text = _plain(lead)
    one_hot = LEAD_ONE_HOT.match(text)  # "Since exactly one of the $t_i$s is 1 and the rest are zeros": its own words
    above = above_lead(block, lead)  # "Here we do not\nassume $T > 0$:"
    earlier, said = statement_of(f"{above}\n{text[one_hot.end() :] if one_hot else text}")
    back = [*TAKES_BACK.findall(earlier), *taken_back_after(said, after)]  # "The next line is false.", "That is false."
    back += put_in_for(f"{earlier} {said}")  # "Assuming $T > 0$, we use $-T$ for $T$:"
    words = [*unplain_words(said, cases=True), *back] if found else []
    if words:
        raise InputError(f"line {line}: the line before this display states {found[0].phrase} in words derive does "
                         f"not read as stating it ({', '.join(repr(w) for w in words[:3])}): say it plainly, as "
                         "\"Assuming $…$:\", or state it in the front matter (assume: […])")  # fmt: skip
    return found


def _lead_constraints(lead: str, names: Names, line: int) -> tuple[Assumption, ...]:
    """``lead_constraints`` before its words are weighed."""
    text = _plain(lead)
    one_hot = LEAD_ONE_HOT.match(text)
    name = next((g for g in one_hot.groups() if g), "") if one_hot is not None else ""
    if name in names.vectors:
        return (one_hot_assumption(name, names),)
    domain = LEAD_DOMAIN.match(text)
    if domain is not None:
        stated = stated_domain(Entry(domain.group(1), line), names)
        if stated is None:
            raise InputError(f"line {line}: cannot read the assumption ${domain.group(1)}$ stated before this display")
        return (stated,)
    reason = LEAD_REASON.match(re.sub(r"\\[()]", "$", text))  # \\(…\\) as $…$
    if reason is not None:
        try:
            return (sum_to_one(Entry(reason.group(1), line), names),)
        except InputError:
            return ()  # "Since $x_1 = 1$": a reason that states no sum to one is not an assumption of the chain
    value = value_condition(text, names, line)
    if value is not None:
        return (value,)
    values = lead_values(text, names, line)
    if values:
        return values
    several = lead_assumptions(text, names, line)  # "Assuming $a > 0$ and $b < 0$:", "Assuming $a = 2$:"
    if several is not None:
        return several
    match = LEAD_CONSTRAINT.match(text)
    if match is None:
        return _sum_in_lead(text, names, line)
    try:
        return (sum_to_one(Entry(match.group(1), line), names),)
    except InputError:
        raise InputError(
            f"line {line}: the assumption ${match.group(1)}$ stated before this display is not one derive reads: "
            "only Σ_i y_i = 1 and domains such as T > 0"
        ) from None


def annotation(row: list[Token], names: Names) -> tuple[list[Token], Basic, tuple[Assumption, ...]]:
    """A trailing ``(i \\neq k)`` / ``(i = k)`` (the chain's case) or ``(\\sum_{i=1}^{n} y_i = 1)`` (a constraint
    for this chain only) on a row: the row without it, the case condition and the constraints."""
    if not row or row[-1].kind != ")":
        return row, S.true, ()
    level = 0
    for start in range(len(row) - 1, -1, -1):
        level += {")": 1, "(": -1}.get(row[start].kind, 0)
        if level == 0:
            break
    inner = row[start + 1 : -1]
    if row[start].kind != "(" or not inner:
        return row, S.true, ()
    if start >= 4 and row[start - 4].kind == "command" and row[start - 4].value == "mathbb":
        return row, S.true, ()  # \mathbb{1}(i = k): the indicator's condition, not the chain's case
    if len(inner) == 3 and inner[0].kind == inner[2].kind == "letter":
        a, relation, b = inner
        if a.value in names.indices and b.value in names.indices:
            left, right = names.indices[a.value], names.indices[b.value]
            if relation.kind == "=":
                return row[:start], Eq(left, right), ()
            if relation.kind == "command" and relation.value in ("neq", "ne"):
                return row[:start], Ne(left, right), ()
    ranged = len(inner) == 3 and inner[0].kind == "letter" and inner[2].kind == "number" and inner[1].value == "le"
    if ranged and inner[0].value in names.indices:  # "\forall i = 1, 2, 3" (prose.py): i runs over 1..3 here
        index = names.indices[inner[0].value]
        return row[:start], And(Ge(index, 1), Le(index, int(inner[2].value))), ()
    if len(split_top(inner, "=")) == 2:
        text = " ".join(t.describe() for t in inner)
        return row[:start], S.true, (sum_to_one(Entry(text, inner[0].line), names),)
    return row, S.true, ()
