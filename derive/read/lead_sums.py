"""A sum to one a line before a chain states inline as what holds there: "…, and $p$ a target distribution
($\\sum_i p_i = 1$), so", "…, where $\\sum_k t_k = 1$:", "With $L = …$ and $\\sum_i y_i = 1$,". Read from the text
alone, so that the leads (``derive.read.stated_leads``) and the chains' constraints (``derive.read.chain_cases``)
agree on which leads state one."""

from __future__ import annotations

import re

from derive.read.plain_words import CASE_WORDS, sentence_of, unplain_words

#: Words that may state something of a vector's values beyond what derive reads: one-hot, a sum to one, a
#: distribution ("$y$ is always one-hot", "The entries of $y$ sum to $1$.", "For a one-hot $y$:").
LABEL_WORDS = re.compile(
    r"one[-\u2010\u2011\u2012 ]?hot|\b1[-\u2011]hot|1-of-K|\bindicator\s+vectors?|\bbasis\s+vectors?"
    r"|\b(?:sums?|adds?)\s+(?:up\s+)?to\s+(?:one|unity|1\b|\$\s*1\s*\$)|\bexactly\s+one\s+(?:entry|element|component)"
    r"|\bdistribution|\bprobability\s+vector|\bone-of-(?:[A-Z]\b|\$)|\bsingle\s+1\b|\bzeros?\s+elsewhere"
    r"|\bdummy[- ]cod|\bsimplex\b",
    re.I,
)
#: The class a one-hot target picks, named in words ("the index of correct class is k", "the true class $c$"): y_k = 1.
HOT_CLASS = re.compile(r"\b(?:correct|true|target|right|actual|ground[- ]truth)\s+class\b", re.I)
#: A vector named alone in a formula, "$y$", "$\mathbf{t}$", "$y_k$": what such words may be said of.
BARE_VECTOR = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*([A-Za-z])\s*\}|([A-Za-z]))(?:_\{?[a-z]\}?)?\s*")

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
#: The words that set a statement aside: "Without $…$, we get", "$…$ does not hold", "$…$ is dropped". Alone in a
#: sentence otherwise plain, the statement is set aside; beside another denying word ("never fails", "not
#: violated"), which may undo it, or in other words, it is neither held nor set aside.
_SETS_ASIDE = re.compile(
    r"(?:without|not|never|no\s+longer|dropp(?:ing|ed)|drop|ignor(?:e|es|ing)|remov(?:ing|ed)|exclud(?:e|es|ing)"
    r"|aside|unlike|absent|false|n't)",
    re.I,
)
#: The words a denial needs besides the plain ones: "$…$, which does not hold".
_DENYING = frozenset({"does", "do", "did", "which", "need", "needs"})
#: \sum_i y_i = 1, \sum_{i=1}^{n} y_i = 1, written without spaces.
SUM_TO_ONE = re.compile(r"^\\sum(?:_\{?[a-zA-Z](?:=1)?\}?)?(?:\^\{?[A-Za-z0-9]+\}?)?[a-zA-Z]_\{?[a-zA-Z]\}?=1[.,]?$")


def set_aside(text: str, at: int = 0) -> bool:
    """Whether ``text`` sets the statement whose formula starts at ``at`` aside plainly: in that formula's clause,
    one word that does (``_SETS_ASIDE``) and every other word plain ("Without $…$, we get", "…, which does not hold
    here"). Not "…, which never fails" (two denials), "Unless $…$ fails" (a condition), nor "With $…$, not
    $\\sum_i y_i = 0$," (a denial of something else): checked without such a statement, a counterexample could break
    what the page states."""
    clause = clause_at(text, at)  # "Without $…$, the shortcut fails": what the rest denies is another thing
    said = LEAD_DENIES.findall(clause)
    rest = [w for w in unplain_words(LEAD_DENIES.sub(" ", clause), cases=True) if w.lower() not in _DENYING]
    return len(said) == 1 and _SETS_ASIDE.fullmatch(said[0].strip()) is not None and not rest


def clause_at(text: str, at: int) -> str:
    """The clause of ``text`` that holds position ``at``: between the commas, semicolons, colons, "and" or "but"
    around it (none inside math), with a "which" clause right after it ("$…$, which does not hold")."""
    bare = re.sub(r"\$[^$]*\$|\\\(.*?\\\)", lambda m: "_" * len(m[0]), text)
    cuts = list(re.finditer(r"[,;:]|\b(?:and|but)\b", bare))
    start = max((m.end() for m in cuts if m.end() <= at), default=0)
    after = [m for m in cuts if m.start() >= at]
    if after and re.match(r"\s*which\b", bare[after[0].end() :]):
        after = after[1:]
    return text[start : after[0].start() if after else len(text)]


def stated_sums(text: str) -> list[str]:
    """The sums to one ``text`` writes inline as what holds: after a stating word ("with", "where", "("), in a lead
    whose every word states plainly (``derive.read.plain_words``); not one it only names, asks about, or sets aside
    ("Without $…$", "… dropped": ``LEAD_DENIES``)."""
    return [math for math, unread in _lead_sums(text) if not unread]


def unread_sums(text: str) -> list[tuple[str, list[str]]]:
    """The sums to one ``text`` writes after a stating word in words neither plain nor setting them aside ("… = 1$
    gone", "…, were it so,"), each with those words: held or dropped, a guess either way."""
    return [(math, unread) for math, unread in _lead_sums(text) if unread]


#: A bold letter, as the displays read it: \\mathbf{y}_i is y_i (and 1.0 is 1, above).
_SPELLED = re.compile(r"\\(?:mathbf|boldsymbol|bm)\s*\{([A-Za-z])\}")


def plain_sum(math: str) -> str:
    """``math`` as the displays read it: \\mathbf{y}_i as y_i, a total of 1.0 as 1."""
    return _SPELLED.sub(r"\1", re.sub(r"=\s*1\.0+\s*$", "= 1", math))


def _lead_sums(text: str) -> list[tuple[str, list[str]]]:
    """Each sum to one ``text`` writes after a stating word and does not set aside, with the words of ``text`` that
    do not state plainly."""
    found: list[tuple[str, list[str]]] = []
    for match in re.finditer(r"\$([^$]*=\s*1(?:\.0+)?\s*)\$", text):
        math, before = plain_sum(match.group(1)), text[: match.start()]
        if not SUM_TO_ONE.match(re.sub(r"\s+|\\left|\\right", "", math)):
            continue
        sentence = sentence_of(before, text[match.start() :])
        at = len(sentence_of(before))  # where the formula starts in its sentence
        stated = before.rstrip().endswith("(") or LEAD_STATES.search(before) or _OPENS.search(before)
        if not stated:  # "The constraint $\\sum_i y_i = 1$ is what …": named, not stated
            continue
        asked = "?" in re.split(r"[.!;]", text[match.end() :])[0]  # "Do the targets satisfy $…$?"
        if asked or set_aside(sentence, at):  # "Without …", "… dropped": checked without it
            continue
        denying = [w for w in LEAD_DENIES.findall(sentence) if w.lower() not in CASE_WORDS]  # "…, which never fails,"
        widened = WIDENED.findall(sentence[at:])  # "With $…$ we get $a$, and for every $y$ we get"
        found.append((math, unplain_words(sentence, cases=True) or denying or widened))
    return found


#: Words after a statement that claim what follows beyond it: "…, and for every $y$ we get", "in general".
WIDENED = re.compile(r"\bfor\s+(?:every|all|any|each)\b|\bin\s+general\b", re.I)
#: What opens a sentence that states the formula right after it as the case of what follows: "If $…$, then".
_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:if|when|whenever)\s*[$(\\]*$", re.I)
