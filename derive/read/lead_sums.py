"""A sum to one a line before a chain states inline as what holds there: "…, and $p$ a target distribution
($\\sum_i p_i = 1$), so", "…, where $\\sum_k t_k = 1$:", "With $L = …$ and $\\sum_i y_i = 1$,". Read from the text
alone, so that the leads (``derive.read.stated_leads``) and the chains' constraints (``derive.read.chain_cases``)
agree on which leads state one."""

from __future__ import annotations

import re

#: The words right before a formula that state it for the chain: "where $…$", "since $…$", "with $…$".
LEAD_STATES = re.compile(
    r"(?:^|\W)(?:where|with|since|as|because|using|given(?:\s+that)?|assuming|such\s+that|and|satisfy|satisfies)"
    r"\s*[$(\\]*$",
    re.I,
)
#: Words that deny or question what a sentence names: "without $…$", "does not hold", "need not".
LEAD_DENIES = re.compile(
    r"\b(?:without|not|unless|no\s+longer|fails?|never|nor|if|whether|unlike|instead|rather|except|beyond|dropp(?:ing|ed)"
    r"|drop|contrast|compared|relax(?:ing|ed)?|remov(?:ing|ed)|violated?|false|aside|apart\s+from|other\s+than"
    r"|replac(?:ed|ing)|swapp(?:ed|ing)|changed|limit|opposed|ignor(?:e|es|ing)|exclud(?:e|es|ing)|absent|usual|textbook"
    r"|unnormali[sz]ed|otherwise)\b|n't\b",
    re.I,
)
#: \sum_i y_i = 1, \sum_{i=1}^{n} y_i = 1, written without spaces.
SUM_TO_ONE = re.compile(r"^\\sum(?:_\{?[a-zA-Z](?:=1)?\}?)?(?:\^\{?[A-Za-z0-9]+\}?)?[a-zA-Z]_\{?[a-zA-Z]\}?=1[.,]?$")


#: What may follow a stated sum in its clause: nothing, or words that go on to the display ("we get", "then").
_GOES_ON = re.compile(r"|(?:(?:we|one)\s+(?:get|have|find|obtain|see|write)|this\s+gives|then|so|and\s+so)", re.I)


def stated_sums(text: str) -> list[str]:
    """The sums to one ``text`` writes inline as what holds; not one its sentence denies ("Without $\\sum_i y_i =
    1$, the shortcut fails:"), asks about ("Do the targets satisfy $…$?") or only names."""
    found: list[str] = []
    for match in re.finditer(r"\$([^$]*=\s*1\s*)\$", text):
        math, before = match.group(1), text[: match.start()]
        sentence = re.split(r"[.!?;]\s", re.sub(r"\b(?:i\.e|e\.g|cf|vs)\.", "", before))[-1]  # "…, i.e. with $…$": one
        stated = before.rstrip().endswith("(") or LEAD_STATES.search(before) is not None
        after = re.split(r"[.!?](?:\s|$)", text[match.end() :])[0]  # "… $\\sum_i y_i = 1$ dropped, we get"
        if LEAD_DENIES.search(re.sub(r"[.!?]\s*$", "", text)):  # "…, here absent, would be simpler. We get"
            continue
        clause = re.split(r"[,:;]", after[1:] if before.rstrip().endswith("(") and after.startswith(")") else after)[0]
        if not _GOES_ON.fullmatch(clause.strip()):  # "… = 1$ gone,", "… = 1$ lifted": words no list can hold
            continue
        asked = "?" in re.split(r"[.!;]", text[match.end() :])[0]  # "Do the targets satisfy $…$?"
        if LEAD_DENIES.search(sentence) or LEAD_DENIES.search(after) or not stated or asked:
            continue
        if SUM_TO_ONE.match(re.sub(r"\s+|\\left|\\right", "", math)):
            found.append(math)
    return found
