"""What a display holds under, said in the prose around it but not as the whole line before it.

- The last sentence of that line: "We work over the reals. Assume $x > 0$." The patterns for a lead read a line
  that is the statement; here its last sentence is, and is the lead. An earlier one is not: words after it may
  turn it ("If $j = k$, the derivative is this. Otherwise we get:").
- The sentence right after the display, a condition alone: "… $$\\frac{\\partial s_i}{\\partial z_j} = -s_i s_j$$
  for $i \\neq j$." (or "when $x > 0$."), the sentence closed by its period on that line; where the line before
  states nothing, it is the display's lead. One that goes on ("for $x > 0$, and indeed for every $x$", or on the
  next line) may widen or turn it, and one ending in ':' or ',' introduces what follows: neither is taken.

Either was dropped, and a counterexample outside what the page states refuted a true step. Also read: a last
sentence that only goes on ("Consider the case where $x > 0$. Then"), the one before it then the lead; "only for",
"for all $x > 0$." after a display; and refused, never dropped: a sentence after it that excepts a case ("except
for $i = j$.").
"""

from __future__ import annotations

import dataclasses
import re

from derive.read.asides import OPENING
from derive.read.chain_cases import (
    LEAD_ASSUMING,
    LEAD_ONE_HOT,
    case_letters,
    stated_constraint,
    stated_for_chain,
    states_case,
)
from derive.read.display_prose import EVERY_IN_MATH, WORDS_IN_MATH, same_item
from derive.read.displayed_conditions import CONDITION_SHAPE, CONDITION_WORDS, display_condition, joins, relation
from derive.read.find import Display, Found, Unchecked
from derive.read.lead_clauses import turned_after
from derive.read.lead_sums import BARE_VECTOR, HOT_CLASS, LABEL_WORDS, SUM_TO_ONE, set_aside, stated_sums
from derive.read.one_hot_reasons import ONE_HOT_REASON
from derive.read.shape_statements import shape_statement
from derive.read.stated_prose import STRUCK
from derive.read.value_conditions import LEAD_VALUE, in_words

#: One formula of a condition: ``$x > 0$``, ``\\(i \\neq j\\)`` (no list: "for $i = 1, \\dots, n$" is a range).
_FORMULA = r"(?P<math>\$[^$,]+\$|\\\([^,]+?\\\))"
#: A sentence after a display that is only a condition, closed on its line: "for $i \\neq j$.", "only for all
#: $x > 0$.", "if \\(y = 1\\).".
_TRAIL_CONDITION = re.compile(
    rf"^\s*(?:only\s+)?(?P<word>for|when|whenever|if)(?:\s+(?:all|every|each|any))?\s+{_FORMULA}\s*\.\s*$", re.I
)
#: The paragraph between two displays that closes the first one's sentence with its condition and joins the second:
#: "$$…$$ when $i = k$, and $$…$$ when $i \\neq k$." The condition is the first display's; the second's is its own.
_TRAIL_JOINED = re.compile(
    rf"^\s*(?:only\s+)?(?P<word>for|when|whenever|if)(?:\s+(?:all|every|each|any))?\s+{_FORMULA}\s*,?\s*and\s*$", re.I
)
#: A sentence after a display that excepts a case ("except for $i = j$.", "unless $x = 0$."): not read, so refused.
_TRAIL_EXCEPT = re.compile(rf"^\s*(?:except(?:\s+(?:for|when|if))?|unless|but\s+not\s+(?:for|when))\s+{_FORMULA}", re.I)
#: A list item's mark: "- ", "* ", "1. ".
_LIST_MARK = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
#: Words that keep the case of the display above: "in this case", "in that case", "in the same case".
_IN_CASE = r"in\s+(?:this|that|the\s+same)\s+case"
#: A last sentence that only goes on from the one before it: "Then", "We get:", "This gives", "Thus, in this case,",
#: "which means".
_GOES_ON = re.compile(
    r"^(?:then|thus|so|hence|therefore|we\s+(?:get|have|find|obtain)|this\s+gives|(?:we\s+|let\s+us\s+)?define"
    rf"|(?:(?:then|thus|so|hence|therefore|and\s+so)\W*)?{_IN_CASE}(?:\W*(?:then|we\s+(?:get|have|find|obtain)))?"
    r"|(?:which|this)\s+means(?:\s+that)?|equivalently|which\s+(?:simplifies|reduces)\s+to|(?:which|this)\s+yields"
    r"|simplifying)\W*$",
    re.I,
)
#: A sentence after a display that opens with a condition on a relation ("if $x > 0$, and $-x$ otherwise.", "when
#: $y = 1$ or $y = 0$."): where it is not taken as the display's condition, the display is refused, never checked
#: without it.
_TRAIL_OPENS = re.compile(
    r"^\s*(?:only\s+)?(?:for|when|whenever|if|provided(?:\s+that)?)(?:\s+(?:all|every|each|any))?\s+"
    r"(?:\$[^$,]*(?:[=<>≤≥≠]|\\(?:neq?|leq?|geq?|in)\b)[^$,]*\$|\\\([^,]*?\\\))",
    re.I,
)
#: A condition with "or" ("When $y = 1$ or $y = 0$,"): derive reads one relation per condition, and refuses it.
_EITHER = re.compile(
    r"^\s*(?:(?:and|but|now|so)\s+)?(?:if|when|whenever|for|assuming|assume|suppose|given|let)\b[^.]*"
    r"(?:\$[^$]*\$|\\\(.*?\\\))\s*[,;]?\s*(?:or(?:\s+else)?|otherwise)\b[^$.]*?(?:\$|\\\()",
    re.I,
)
#: "Consider the case where $x > 0$.": a condition, as "When $x > 0$," states it.
_THE_CASE = re.compile(rf"^(?:consider\s+)?(?:in\s+)?the\s+case\s+(?:where|when|that)\s+{_FORMULA}\s*[.,:]?\s*$", re.I)


def _states(text: str) -> bool:
    """Whether ``text`` states a case, a condition or an assumption the way a lead does."""
    plain = text.strip()
    return bool(
        states_case(plain)
        or stated_for_chain(plain)
        or LEAD_VALUE.search(plain)
        or LEAD_ASSUMING.match(plain)
        or LEAD_ONE_HOT.match(plain)
    )


def _sentences(text: str) -> list[str]:
    """``text`` cut after each '.', '!' or '?' that ends a sentence outside math ($…$)."""
    found: list[str] = []
    start, math = 0, False
    for at, char in enumerate(text):
        if char == "$":
            math = not math
        elif char in ".!?" and not math and (at + 1 == len(text) or text[at + 1].isspace()):
            found.append(text[start : at + 1].strip())
            start = at + 1
    rest = text[start:].strip()
    return [*found, rest] if rest else found


def _trailing(display: Display, more: str = "") -> str | None:
    """The condition the sentence right after ``display`` states alone ("for $x > 0$", whatever its quantifier),
    or None; ``more``: the rest of that paragraph, below the trail's line."""
    trail = _sentences(display.trail)
    condition = _TRAIL_CONDITION.match(trail[0]) if trail else None
    rest = " ".join([*trail[1:], more])  # "for $x > 0$. And for $x < 0$ too.": what follows may widen or turn it
    if condition is None or "$" in rest or "\\(" in rest or turned_after(rest):
        return None
    return f"{condition.group('word').lower()} {condition.group('math')}"


def _stated(sentence: str) -> str | None:
    """``sentence`` as a lead that states something, or None."""
    case = _THE_CASE.match(sentence.strip())
    return f"when {case.group('math')}" if case is not None else sentence if _states(sentence) else None


def _stated_lead(display: Display, more: str) -> str:
    if _states(display.lead):
        return display.lead
    sentences = _sentences(display.lead)
    if sentences and _GOES_ON.match(sentences[-1]):  # "Consider the case where $x > 0$. Then": the one before
        sentences = sentences[:-1]
    last = _stated(sentences[-1]) if sentences else None  # never an earlier one: "If $j = k$, … . Otherwise we get:"
    return last or _trailing(display, more) or display.lead


def _paragraph_after(text: str, display: Display) -> tuple[str, bool]:
    """The lines of the paragraph below the display's trail line (which may widen a condition the trail states), and
    whether the trail stands in the display's paragraph (no blank line between)."""
    lines = text.split("\n")
    trail = display.trail.strip()
    start = next((at for at in range(display.line - 1, len(lines)) if lines[at].strip().endswith(trail)), None)
    if start is None or not trail:
        return "", False
    rest = []
    for line in lines[start + 1 :]:
        if not line.strip():
            break
        rest.append(line)
    return " ".join(rest), start == 0 or bool(lines[start - 1].strip()) or lines[start].strip() != trail


def _inherited(display: Display, before: Display | None) -> bool:
    """Whether ``display`` stands right below ``before`` with no prose between (its lead is that display's source,
    or only goes on: "Hence"), and is no continuation ("= …"): then it holds under what ``before`` does."""
    if before is None:
        return False
    math = OPENING.sub("", display.text)
    named = (_NAMES.match(OPENING.sub("", before.text)) or _NAMES.match(math)) is not None  # a definition's lead
    stated = _states(before.lead) or bool(stated_sums(before.lead) or ONE_HOT_REASON.search(before.unheld))
    return _adjacent(display) and not named and not _continues(display) and stated


def _adjacent(display: Display) -> bool:
    """Whether no prose stands between ``display`` and the one above (its lead is that display's source, or only goes
    on: "Hence")."""
    between = _LIST_MARK.sub("", display.lead.strip())  # "- Thus, in this case,": a list item's words
    closes = between.startswith(("$$", "\\]", "\\end")) and between.endswith(("$$", "\\]", "}"))  # no prose after
    return closes or bool(_GOES_ON.match(between))


def _continues(display: Display) -> bool:
    """Whether ``display`` opens with '=', going on with the chain above."""
    return OPENING.sub("", display.text).startswith(("=", "\\,="))


def _right_below(text: str, above: Display, display: Display) -> bool:
    """Whether ``display``'s lead paragraph stands right below ``above`` (no heading, rule or other paragraph between:
    "## The case $k \\neq i$" or "Let $k \\neq i$." above "In this case we get" states another case)."""
    if not text:
        return True
    lines = text.split("\n")
    at = display.line - 2  # 0-based: the line above the display's first
    while at >= 0 and not lines[at].strip():
        at -= 1
    at -= 1  # the lead's one line: "Now let $k \\neq i$.\nIn this case we get" is two, a heading above it another
    while at >= 0 and not lines[at].strip():
        at -= 1
    within = at + 1 <= above.line + above.text.count("\n") + 1  # within the display above (its closing line)
    apart = WORDS_IN_MATH.search(display.lead) or EVERY_IN_MATH.search(display.text)  # $\forall i$; "for all i, k"
    return within and not apart and same_item(lines, above.line, display.line)  # not the next item, nor below a list


def _concludes(display: Display, before: Display | None) -> bool:
    """Whether ``display`` stands below ``before``, under a case on indices, after words that only go on ("So",
    "Thus"): after the cases, such a display may state what holds in every one (it was read in the last case, and a
    false general result proven)."""
    between = _LIST_MARK.sub("", display.lead.strip())  # "- Thus, in this case,": a list item's words
    return before is not None and bool(_CONCLUDES.match(between)) and states_case(before.lead.strip())


#: Words that may draw a conclusion from the cases above ("So", "Thus", "And so"); "Then" and "Thus, in this case,"
#: go on in the case.
_CONCLUDES = re.compile(r"^(?:(?:and\s+)?(?:so|thus|therefore|hence)|overall|altogether)\W*$", re.I)


#: A display that may define a name: ``f = …``, ``s_i = …``, ``L(y, p) = …`` (its lead is the page's domain, or
#: the name's condition, never the chain's below it).
_NAMES = re.compile(r"\s*(?:\\[A-Za-z]+\{)?\\?[A-Za-z]+\}?(?:_(?:\{[^{}=]*\}|\w))?\s*(?:\([^()=]*\))?\s*&?\s*=(?!=)")


#: A lead that states the other case of the display above: "Otherwise:", "Else,", "In the other case we get".
_OTHERWISE = re.compile(r"^\s*(?:otherwise|else|in\s+the\s+other\s+case)\b", re.I)


def _other_case(display: Display, before: Display | None) -> str | None:
    """ "Otherwise:" below a display under a case on two indices ("If $i = k$:"): the other case, as a lead."""
    bare = "$" not in display.lead and "\\(" not in display.lead  # "Otherwise (we take $f'(0) = 0$):" states more
    letters = case_letters(before.lead) if before is not None and bare and _OTHERWISE.match(display.lead) else None
    if letters is None:
        return None
    first, equal, second = letters
    relation = "\\neq" if equal else "="
    return f"If ${first} {relation} {second}$:"


def states_condition(lead: str) -> bool:
    """Whether a display's lead states a condition for it: a case, a constraint, displayed, or unread ("If $x>0$,")."""
    last = (_sentences(lead) or [""])[-1]
    words = CONDITION_WORDS.search(last) is not None and not _states(lead)
    return states_case(lead) or stated_constraint(lead) or bool(display_condition(lead)) or words


#: A property of a matrix derive does not hold: "For a symmetric matrix $A$:", "positive definite".
_PROPERTY = re.compile(
    r"\b(?:symmetric|(?:positive|negative)[-\s]+(?:semi-?)?definite|orthogonal|orthonormal|diagonal|invertible"
    r"|non-?singular|unitary|idempotent|triangular|skew|hermitian)\b", re.I)  # fmt: skip
#: A lead that puts the display at an example's values ("For this example:", "In our example,").
_EXAMPLE = re.compile(r"\b(?:for|in)\s+(?:this|the|our|that)\s+ex(?:a)?mple\b", re.I)


def _unheld(lead: str) -> str:
    """A condition in the lead's last sentence that nothing reads ("while if $i = k$,", "assume $N = 1$ without loss
    of generality", "since the true labels are one-hot encoded,"), or "": the display's links are checked, but a
    counterexample may break it, so none refutes."""
    if display_condition(lead):  # "$$x > 0$$" right above: a condition derive does not read as the case
        return lead.strip()
    if re.search(r"\b(?:unless|except(?:\s+(?:when|if))?|if\s+not|other\s+than)\s*\$\$[^$]+\$\$\W*$", lead, re.I):
        return lead.strip()  # "that is, unless $$i = j$$:" right above: a condition, never the case i = j
    sentences = _sentences(lead)
    last = sentences[-1] if sentences else ""
    reason = ONE_HOT_REASON.search(last)
    denied = re.search(r"\bnot\s+(?:\w+\s+)?(?:because|since|as)\b|\?\s*$", last)  # "not because …", asked
    if reason and not denied and not last.lstrip().startswith(("$$", "\\[")):
        return last
    formulas = [a or b for a, b in re.findall(r"\$([^$]+)\$|\\\((.+?)\\\)", last)]
    bare = any(BARE_VECTOR.fullmatch(f) for f in formulas)  # "For a one-hot $y$:", not "$p_k = …$, the probability"
    said = LABEL_WORDS.search(STRUCK.sub(" ", last)) is not None  # "<s>Here $y$ is one-hot.</s>" says nothing
    if said and bare and not _states(lead) and not stated_sums(last) and not denied:
        at = min(i for i in (last.find("$"), last.find("\\(")) if i >= 0)  # "For a one-hot $y$:", "## When …"
        if not set_aside(last, at) and not last.lstrip().startswith(("$$", "\\[")):
            return last
    if HOT_CLASS.search(last) and not _states(lead) and not denied:
        return last  # "Assume the index of correct class is k, …": y_k = 1, which derive does not read
    if (_EXAMPLE.search(last) or _PROPERTY.search(last)) and not _states(lead):
        return last  # "For this example:", "For a symmetric matrix $A$:": what derive may not read (probe s53's u01)
    sums = [f for f in formulas if SUM_TO_ONE.match(re.sub(r"\s+|\\left|\\right", "", f))]
    at = max(last.find(f"${sums[0]}$"), 0) if sums else 0
    sums = sums if not last.lstrip().startswith(("$$", "\\[")) else []  # a display right above states nothing
    if sums and not denied and not stated_sums(last) and not set_aside(last, at):  # "Unless $…$ fails, we get"
        return last
    formulas = [f for f in formulas if shape_statement(f) is None]  # "For a vector $x \in \mathbb{R}^n$,": a shape
    conditions = all(CONDITION_SHAPE.fullmatch(f.strip()) for f in formulas)  # no definition beside them
    alone = formulas and conditions and not last.lstrip().startswith(("$$", "\\["))
    return last if (alone and not _states(lead) and CONDITION_WORDS.search(last)) or in_words(last) else ""


def _unread_condition(display: Display, lead: str, more: str | None) -> str | None:
    """What makes a condition stated around ``display`` one derive does not read: "or" in its lead, or a condition
    in the sentence after it, in its paragraph (``more`` not None), that goes on and is not taken; else None."""
    sentences = _sentences(lead)
    if sentences and _EITHER.match(sentences[-1]):
        return f"a condition with 'or' ({lead})"
    trail = _sentences(display.trail)
    if more is None or not trail or _TRAIL_OPENS.match(trail[0]) is None or _trailing(display, more) is not None:
        return None
    introduces = re.search(r"(?:[:,]|,?\s*then|,\s*(?:then\s+)?(?:we|this|it)\b[^.]*)\s*$", trail[0])  # ", then"
    return None if introduces else f"the condition after this display ({trail[0]}) goes on"


def _refusal(display: Display, lead: str, unsaid: Display | None, more: str | None, after: str | None) -> str | None:
    """Why a display is refused for what its prose states around it, or None: "Otherwise:" below a condition on
    values (``unsaid``, the display above), a case excepted after it, a condition not read (``_unread_condition``),
    or a statement both before it and after it."""
    trail = _sentences(display.trail)
    if unsaid is not None:
        other = unsaid.lead.strip()
        return f"'{display.lead.strip()}' states the other case of '{other}', which derive does not write out"
    if trail and _TRAIL_EXCEPT.match(trail[0]):  # "except for $i = j$.": a case derive does not read after it
        return f"the sentence after this display excepts a case ({trail[0]}): state the case it holds in before it"
    why = _unread_condition(display, lead, more)  # "… if $x > 0$, and $-x$ otherwise.", "When $y = 1$ or $y = 0$,"
    if why is not None:
        return (
            f"{why}: derive reads one relation, stated before the display or closing its sentence after it; split the "
            "cases"
        )
    if after is not None:
        return f"a statement before this display and another after it ({after}): derive reads one; state both before it"
    return None


def with_stated_leads(found: Found, text: str = "") -> Found:
    """``found`` with each display's lead the statement its prose makes for it (the module's two cases); a display
    with a statement before it and a condition after it is refused: derive reads one, and the other would be
    dropped (a counterexample broke "for $i \\neq j$." under "Assume $z_1 > 0$.")."""
    displays: list[Display] = []
    refused: list[Unchecked] = []
    before: Display | None = None  # the display just above, as read
    shown = found.displays
    for at, display in enumerate(shown):
        below_it = shown[at + 1] if at + 1 < len(shown) else None
        joined_to = _joined(display, below_it)
        if joined_to is not None:  # "$$…$$ when $i = k$, and $$…$$": the condition closes this display's sentence
            display = dataclasses.replace(display, lead=joined_to, trail="")
        elif at and _joined(shown[at - 1], display) is not None:  # the next one of them: its own trail states its case
            display = dataclasses.replace(display, lead="")
        elif _closes(display, below_it) or (at and _closes(shown[at - 1], display)):  # either not read: refused
            closing = "a condition closes the sentence of this display or the one above and joins the next with 'and'"
            refused.append(Unchecked(display.line, f"unreadable: {closing}: state each display's condition before it"))
            before = None
            continue
        above_trail = shown[at - 1].trail.strip() if at else ""  # "for $x > 0$.", "where $x > 0$.": the one above's
        if (
            above_trail
            and display.lead.strip() == above_trail
            and (
                _trailing(shown[at - 1])
                or (above_trail[0].islower() and "$" in above_trail and above_trail.endswith("."))
            )
        ):
            display = dataclasses.replace(display, lead="")  # "$$…$$\nfor $x > 0$.\n\n$$…$$": not this one's
        apart = at and any(shown[at - 1].line < heading <= display.line for heading in found.headings)  # a section
        above = at and joins(display.lead) and relation(display_condition(f"$${shown[at - 1].text}$$"))
        if above and not apart:
            display = dataclasses.replace(display, lead=f"$${shown[at - 1].text}$$")  # "When $$x > 0$$ we take $$…$$"
        elif above and not display.unheld:  # "we assume $$x > 0$$", then a heading: it may hold over the page
            display = dataclasses.replace(display, unheld=f"$${shown[at - 1].text.strip()}$$, above the heading")
        other = _other_case(display, before)  # "If $i = k$: … Otherwise:": i \neq k
        unsaid = other is None and _OTHERWISE.match(display.lead) and before is not None and _states(before.lead)
        display = dataclasses.replace(display, lead=other) if other is not None else display
        more, joined = _paragraph_after(text, display)
        lead = _stated_lead(display, more)
        if lead == display.lead and not _states(lead) and _concludes(display, before) and before is not None:
            said = f"'{display.lead.strip()}' below a case ({before.lead.strip()})"
            refused.append(Unchecked(display.line, f"unreadable: {said} may go on in that case or conclude for every "
                                     "case: state the case it holds in"))  # fmt: skip
            before = None
            continue
        below = before is not None and _inherited(display, before) and _right_below(text, before, display)
        if lead == display.lead and not _states(lead) and below and before is not None:
            lead = before.lead  # "Assume $x > 0$. Then $$…$$ $$…$$": both displays under it
        after = _trailing(display, more) if lead == display.lead and _states(lead) else None
        why = _refusal(display, lead, before if unsaid else None, more if joined else None, after)
        if why is not None:
            refused.append(Unchecked(display.line, f"unreadable: {why}"))
            before = None
            continue
        unheld = _unheld(lead) or display.unheld  # "since y is one-hot, we get $$= …$$": the chain goes on under it
        carried = before is not None and _continues(display) and _adjacent(display) and lead == display.lead
        unheld = unheld or (before.unheld if carried and before is not None else "")
        displays.append(dataclasses.replace(display, lead=lead, unheld=unheld))
        before = displays[-1]
    return dataclasses.replace(found, displays=tuple(displays), unchecked=(*found.unchecked, *refused))


def _closes(display: Display, below: Display | None) -> bool:
    """Whether the paragraph between ``display`` and ``below`` is a condition joined to it by "and"."""
    return (
        below is not None and below.lead.strip() == display.trail.strip() and bool(_TRAIL_JOINED.match(display.trail))
    )


def _joined(display: Display, below: Display | None) -> str | None:
    """The condition a paragraph between ``display`` and ``below`` gives ``display`` where it is that condition alone
    joined to ``below`` by "and" ("when $i = k$, and"), as a lead; else None."""
    if below is None or below.lead.strip() != display.trail.strip() or _states(display.lead):
        return None  # "When $x > 0$, we have $$…$$ when $i = k$, and": a statement before it too, refused below
    match = _TRAIL_JOINED.match(display.trail)
    if match is None or _trailing(below) is None:  # "… and $$…$$ otherwise.": the second's case is not read
        return None
    return f"{match.group('word').capitalize()} {match.group('math')}:"


__all__ = ["states_condition", "with_stated_leads"]
