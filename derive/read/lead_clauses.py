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


def opening_case(text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The case of a paragraph's opening clause, where nothing after it states or turns a case: one relation."""
    first = FIRST_CLAUSE.match(text)
    if first is None or re.search(r"[=<>]|\\neq|\\leq|\\geq", text[first.end() :]) or _TURNS.search(text):
        return None
    return pattern.match(first.group(1))


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


def turned_after(lead: str) -> bool:
    """Whether words after a lead's last formula may turn what it states ("Assume $x > 0$. In general, though:")."""
    return bool(_TURNS.search(re.split(r"\$[^$]*\$|\\\(.+?\\\)", lead)[-1]))
