"""What the line right after a display says its chains used or put in: "Note that the last step uses $\\sum_j
t_j = 1$", "where I have substituted $x = 1$": a constraint or values the chains hold under, read only where the
sentence says so in plain words (``derive.read.plain_words``); in any other words the display is refused."""

from __future__ import annotations

import re

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.read.front_assumptions import one_hot_assumption, sum_to_one
from derive.read.frontmatter import Entry
from derive.read.latex_lexer import tokenize
from derive.read.lead_sums import LEAD_DENIES, SUM_TO_ONE, set_aside
from derive.read.names import Names
from derive.read.plain_words import TAKES_BACK, unplain_words
from derive.read.retractions import hedged
from derive.read.stated_domains import fixed_value

#: A line after a display that says its chain used a formula: "Note that the last step uses $…$" (its last link),
#: "where we used the fact that $…$", "Here we used $…$", "given that $…$" (the display), "$…$ because $y$ is a
#: one-hot vector." (a fact, with its reason, below the chain that used it).
TRAIL_USES = re.compile(
    r"^(?:note\s+that\s+)?(?:(?P<step>(?:in\s+)?(?:the|this)\s+(?:last|final|previous)\s+step\s+(?:uses|used|we\s+used))|"
    r"(?:where|here)\s+we\s+(?:have\s+)?used|given\s+that|provided\s+that|using)\s+(?:the\s+fact\s+that\s+)?"
    r"\$(?P<math>[^$]*)\$"
    r"|^(?:(?:note|recall)\s+that\s+)?\$(?P<fact>[^$]*)\$\s*(?:,\s*)?(?:because|since|as)\b",  # "$…$ because"
    re.I,
)


#: A line after a display that says which values it put in: "where I have substituted $x = 1$ and $y = 0$",
#: "Here we set $\beta = 1$." (the display's chains hold at those values).
TRAIL_SUBSTITUTED = re.compile(
    r"^(?:where|here)\s+(?:I|we)\s+(?:have\s+)?(?:substituted|set|put|plugged\s+in)\s+"
    r"(?P<maths>\$[^$]*\$(?:\s*(?:,|,?\s*and)\s*\$[^$]*\$)*)",
    re.I,
)


def substituted_values(maths: str, names: Names, line: int) -> tuple[Assumption, ...]:
    """The values ``$x = 1$ and $y = 0$`` put in, each a scalar at a number; one that is not is an
    ``InputError`` (the display must not be checked without a value its page says it used)."""
    found: list[Assumption] = []
    for math in re.findall(r"\$([^$]*)\$", maths):
        entry = Entry(math, line)
        value = fixed_value(tokenize(math, line), names, entry)
        if value is None:
            raise InputError(f"line {line}: cannot read the value ${math}$ that the text puts in for this display: "
                             "write it as a scalar equal to a number, $x = 1$")  # fmt: skip
        found.append(value)
    return tuple(found)


def trail_constraints(trail: str, names: Names, line: int, block: str = "") -> tuple[tuple[Assumption, ...], bool]:
    """The sum to one that the line right after a display says it used ("Note that the last step uses
    $\\sum_{j=1}^C t_j = 1$ for a one-hot target."), and whether only the display's last link used it (else its
    chains did, as if stated before them); none where the sentence denies or doubts it ("… uses $…$, which does
    not hold here"), or states anything else; in words neither plain nor setting it aside, an ``InputError``."""
    trail = trail.strip()
    below = block.split("\n", 1)[1] if "\n" in block else ""  # "Here we used $…$\nby mistake; it does not hold."
    first = re.split(r"[.!?;]\s", trail)[0]
    denied = LEAD_DENIES.search(first) is not None or hedged(f"{trail} {below}")
    substituted = TRAIL_SUBSTITUTED.match(trail)
    if substituted is not None:
        if denied and set_aside(first, substituted.start("maths")) and not hedged(f"{trail} {below}"):
            return (), False  # "where we have substituted $x = 1$, which does not hold": checked without them
        _plainly(trail[substituted.end() :] + "\n" + below, line, "puts in " + substituted.group("maths"))
        return substituted_values(substituted.group("maths"), names, line), False
    hot = _ONE_HOT_TRAIL.match(first)
    if hot is not None and hot["name"] in names.vectors and not denied:  # "Here $y$ is a one-hot vector."
        _plainly(first[hot.end() :] + " " + " ".join(TAKES_BACK.findall(f"{trail} {below}")), line, "says y is one-hot")
        return (one_hot_assumption(hot["name"], names),), False
    match = TRAIL_USES.match(trail)
    if match is not None and match.group("step") is None and _LEADS_ON.search(trail[match.end() :]):
        return (), False  # "Using $\\sum_i y_i = 1$, we get": the next display's lead, not this one's trail
    math = match.group("math") or match.group("fact") if match is not None else ""
    if match is None or SUM_TO_ONE.match(re.sub(r"\s+|\\left|\\right", "", math)) is None:
        return (), False
    if denied and set_aside(first[match.end() :]) and not hedged(f"{trail} {below}"):
        return (), False  # "… uses $…$, which does not hold here": the chains are checked without it (the rule's
        # own words, "the last step uses", aside)
    said = trail[match.end() :] + "\n" + below  # "$…$ because …": its reason's words, and any that take it back
    said = f"{first[match.end() :]} {' '.join(TAKES_BACK.findall(said))}" if match.group("fact") else said
    _plainly(said, line, f"uses ${math.strip()}$", denied)  # its own words aside
    try:
        held = sum_to_one(Entry(math, line), names)
    except InputError as error:  # checked without the sum its page says it used, a counterexample could break it
        why = str(error).split(": ", 1)[-1]
        raise InputError(f"line {line}: the line after this display says it used ${math.strip()}$, which derive "
                         f"cannot read ({why}): state it in the front matter (assume: […])") from None  # fmt: skip
    if match.group("fact") is not None:  # "$\sum_i y_i = 1$ because $y$ is one-hot": the reason may say more
        return (_reason(held, first[match.end() :], names, line),), False
    return (held,), match.group("step") is not None


def _reason(held: Assumption, reason: str, names: Names, line: int) -> Assumption:
    """The sum to one ``held`` as its reason states it: y one-hot where it says so (a sum to one alone had let
    y = (1/6, 5/6) refute Σ y_i² = 1), refused where it states more of y ("with $y_k = 1$")."""
    name = str(held.vector)
    shown = [re.sub(r"\\(?:mathbf|boldsymbol|bm)|[\s{}]", "", m) for m in re.findall(r"\$([^$]*)\$", reason)]
    if more := [m for m in shown if m != name]:
        raise InputError(f"line {line}: the line after this display gives its sum to one a reason that states more "
                         f"(${more[0]}$) than derive reads: state it in the front matter (assume: […])")  # fmt: skip
    return one_hot_assumption(name, names) if _ONE_HOT.search(reason) and name in names.vectors else held


#: A reason that says a vector is one-hot: "because $y$ is a one-hot vector", "as $t$ is one hot".
_ONE_HOT = re.compile(r"\bone[- ]hot\b", re.I)


#: A line after a display that says a vector is one-hot: "Here $y$ is a one-hot vector." (its chains hold so).
_ONE_HOT_TRAIL = re.compile(
    r"(?:(?:here|where|note\s+that|recall\s+that)\s*,?\s+)?\$\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{)?\s*(?P<name>[A-Za-z])"
    r"\s*\}?\s*\$\s+is\s+(?:a\s+)?one[- ]hot(?:\s+(?:vector|target|label))?\s*\.?\s*$",
    re.I,
)


#: What ends a sentence that leads on to the display below it: ", we get", ":", ", this gives".
_LEADS_ON = re.compile(r"(?:(?:we|one)\s+(?:get|gets|have|obtain|find)|this\s+gives|:)\s*[:,]?\s*$", re.I)


def _plainly(sentence: str, line: int, says: str, denied: bool = False) -> None:
    """Nothing if ``sentence``, the line after a display, says what it ``says`` in plain words (``plain_words``);
    else an ``InputError`` naming the others ("… uses $…$, as the slides claim"), or the words that deny it where
    they do not plainly set it aside ("…, which never fails")."""
    words = unplain_words(sentence) or (LEAD_DENIES.findall(sentence) if denied else [])
    if words:
        raise InputError(f"line {line}: the line after this display {says} in words derive does not read as "
                         f"stating it ({', '.join(repr(w) for w in words[:3])}): say it plainly, as \"Here we used "
                         "$…$.\", or state it in the front matter (assume: […])")  # fmt: skip
