"""A case stated in a lead that holds more than the case: a paragraph that opens with it ("In the case of $j = k$,
the derivative on the left is … Let's substitute them:"), or a line in another script ("当 $i = j$ 时:")."""

from __future__ import annotations

import re

#: The first clause of a paragraph that opens with its case and goes on in words ("In the case of $j = k$, the
#: derivative on the left is … Let's substitute them:"), the display after it in that case.
FIRST_CLAUSE = re.compile(r"^((?:if|when|in\s+(?:the\s+)?case(?:\s+of)?)\s[^.,;:]*,)\s+\D", re.IGNORECASE)
#: Words after such a clause that may turn the case around ("Otherwise, …", "unless …"): no case is taken then.
_TURNS = re.compile(
    r"\b(?:otherwise|else|unless|except|not|fails?|other|second|instead|in\s+general|for\s+(?:all|any|every)|any|every"
    r"|all|drop\w*|arbitrar\w*|relax\w*|remov\w*|lift\w*|regardless|without|general\w*|scratch|actually|negative"
    r"|won't|need\s+not|needn't|no\s+longer|ignore|forget|mistake\w*|wrong)\b|≠|\\ne",
    re.IGNORECASE,
)


#: Words that say a quantity is constant in a variable, which turn no case: "the numerator does not depend on $a_j$".
_NO_DEPENDENCE = re.compile(
    r"\b(?:does\s+not|doesn't|do\s+not|don't)\s+(?:depend\s+on|contain|involve)\b|\bis\s+not\s+a\s+function\s+of\b",
    re.I,
)
#: Two indices said to differ or to be equal in words: "When $i$ and $k$ differ,", "If $i$ and $j$ are the same:".
_IN_WORDS = re.compile(
    r"^((?:(?:and|but|now)\s+)?(?:if|when|for)\s+)([a-z])\s+and\s+([a-z])\s+"
    r"(?:(?P<differ>differ|are\s+(?:different|distinct|not\s+equal))|are\s+(?:equal|the\s+same)|coincide)\b",
    re.I,
)


#: Words that point the display away from the case its lead names ("Unlike the diagonal ($i = k$), off the diagonal we
#: get:", "If $i = k$, the derivative was computed above; here is the off-diagonal one:").
_ELSEWHERE = re.compile(
    r"\b(?:unlike|compared|contrast\w*|than|off|above|below|previous\w*|earlier|already|known|later|instead|differ\w*"
    r"|distinct|cannot|can't|here\s+is|here\s+are)\b",
    re.I,
)


def in_symbols(text: str) -> str:
    """``text`` (a lead without dollars) with a case said in words written as a relation: "When i and k differ, …"
    as "When i \\neq k, …"."""
    said = _IN_WORDS.match(text)
    if said is None:
        return text
    relation = "\\neq" if said.group("differ") else "="
    return f"{said.group(1)}{said.group(2)} {relation} {said.group(3)}{text[said.end() :]}"


#: Words before an assumption's verb that change nothing: "We assume …", "Throughout, assume …".
OPENING_WORDS = r"(?:(?:we|throughout,?|so|and|here,?|now)\s+)?"
#: A line before a chain that states its targets one-hot: "Assuming $y$ is one-hot:", "Let $y$ be a one-hot target.",
#: "Since exactly one of the $t_i$s is 1, and the rest are 0,", "Since $\mathbf{y}$ is a one-hot vector,".
LEAD_ONE_HOT = re.compile(
    rf"^(?:{OPENING_WORDS}(?:assuming|assume|given|suppose|since|because|as)\s+(?:that\s+)?\$?\s*"
    r"(?:\\(?:mathbf|boldsymbol|bm)\{)?([A-Za-z])\}?\s*\$?\s+is\s+(?:a\s+)?one-hot"
    r"(?:\s+(?:vector|target|label|encoded))?(?:\s*[.:,]?\s*$|\s*:\s)"  # derive's own: "…one-hot: $y = e_m$ …"
    r"|let\s+\$?\s*([A-Za-z])\s*\$?\s+be\s+(?:a\s+|the\s+)?one-hot(?:\s+(?:vector|target|label))?\s*[.:,]?\s*$"
    r"|(?:since|because|as)\s+(?:exactly|only)\s+one\s+of\s+the\s+\$\s*([A-Za-z])(?:_\{?[a-z]\}?)?\s*\$\s*'?s?\s+is\s+"
    r"(?:1|one)\s*,?\s+and\s+the\s+(?:rest|others)\s+are\s+(?:0|zeros?)\b)",  # "exactly one of the $t_i$s is 1 …"
    re.IGNORECASE,
)


def opening_case(text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The case of a paragraph's opening clause, where nothing after it states or turns a case: one relation (words
    that say what is constant, "the numerator does not depend on $a_j$", turn nothing)."""
    first = FIRST_CLAUSE.match(text)
    rest = _NO_DEPENDENCE.sub(" ", text[first.end() :]) if first is not None else ""
    if first is None or re.search(r"[=<>]|\\neq|\\leq|\\geq", rest) or _TURNS.search(rest) or _ELSEWHERE.search(rest):
        return None
    return pattern.match(first.group(1))


def parenthesized_case(text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The case a lead states in parentheses around its words ("On the diagonal ($i = k$) we get", "and off the
    diagonal ($i \\neq k$)"): one parenthesized relation, no other, no word that turns it."""
    groups = re.findall(r"\(([^()]*)\)", text)
    outside = re.sub(r"\([^()]*\)", " ", text)
    if len(groups) != 1 or re.search(r"[=<>]|\\neq|\\leq|\\geq", outside) or _TURNS.search(outside):
        return None
    if _ELSEWHERE.search(outside) and not re.match(r"\s*(?:and\s+)?(?:on|off)\s+the\s+diagonal\s*\(", text, re.I):
        return None  # "Unlike the diagonal (i = k), …"; "off the diagonal (i ≠ k)" names its own case
    return pattern.match(groups[0].strip())


def other_script_case(lead: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """A line in another script whose one formula states the case ("那么当 $i = j$ 时:", "when i = j" in Chinese):
    words with no Latin letter around one ``$i = j$``, ending in a colon or comma; the case is the formula's."""
    formulas = re.findall(r"\$([^$]+)\$|\\\((.+?)\\\)", lead)
    words = re.sub(r"\$[^$]+\$|\\\(.+?\\\)", " ", lead)
    if len(formulas) != 1 or re.search(r"[A-Za-z]", words) or not re.search(r"[^\x00-\x7f]", words):
        return None
    if not re.search(r"[:：,，]\s*$", words):  # a lead ends so ("当 $i = j$ 时:"); "… 时不成立" says the case fails
        return None
    return pattern.match("".join(formulas[0]).strip())


#: The last clause of a line, when it states a case: "Using the quotient rule, for $i = j$:".
LAST_CLAUSE = re.compile(r"[.,;]\s+((?:(?:and|but)\s+)?(?:if|when|for|in\s+the\s+case)\s[^.,;]*[:,.]?)$", re.IGNORECASE)


def clause_case(text: str, lead: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The case a line before a chain states (``text``: the line without dollars): the whole line ("If $i = k$:"),
    its last clause ("…, for $i = j$:"), its opening clause, its parenthesized case, or in another script."""
    text = in_symbols(text)  # "When $i$ and $k$ differ,": i \\neq k
    last = LAST_CLAUSE.search(text)
    clause = pattern.match(last.group(1)) if last is not None else None
    lines = text.strip().splitlines()  # "[Insert Diagram Here]\nCase 2: \\(i \\neq j\\)": its last line (T-01)
    ended = len(lines) > 1 and re.search(r"[.!?:\])]\s*$", lines[-2]) is not None  # "…not only\nwhen i = j": no
    ended = ended or (len(lines) > 1 and re.match(r"\s*case\b", lines[-1], re.I) is not None)  # "Case 2: …"
    clause = clause or (pattern.match(lines[-1].strip()) if ended else None)
    opening = opening_case(text, pattern) or parenthesized_case(text, pattern)
    return pattern.match(text) or clause or opening or other_script_case(lead, pattern)


def turns_case(words: str) -> bool:
    """Whether ``words`` may turn a case stated after them around ("for every pair …, and not only")."""
    return bool(_TURNS.search(words) or _ELSEWHERE.search(words))


def turned_after(lead: str) -> bool:
    """Whether words after a lead's last formula may turn what it states ("Assume $x > 0$. In general, though:")."""
    return bool(_TURNS.search(re.split(r"\$[^$]*\$|\\\(.+?\\\)", lead)[-1]))
