"""A sum to one stated in prose, "where $\\sum_i y_i = 1$", "with $\\sum_{k=1}^K t_k = 1$", and a one-hot target
named in prose ("the one-hot target $y_k$", "$\\mathbf{t}$ is a one-hot vector"): an assumption of the whole page, as
the front matter's ``assume`` would be. Without it, a step that holds only for targets summing to
one is refuted by targets the page rules out; with it, every counterexample and sampled point satisfies it, and the
report says where it was read. Only a sum over a vector the page does not define is taken (a defined one's sum is
a claim, not an assumption).
"""

from __future__ import annotations

import dataclasses
import re

from derive.read.assume_sentences import assumed_inline, assumed_of_page
from derive.read.definition_heads import definition_head
from derive.read.display_prose import LIST_ITEM, paragraph_at, taken_back_around
from derive.read.find import Found, Unchecked
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.lead_sums import BARE_VECTOR, HOT_CLASS, LABEL_WORDS, LEAD_DENIES, set_aside
from derive.read.plain_words import plain, sentence_of, unplain_words
from derive.read.retractions import hedged, widened_at

#: What does not change a statement's reading: spacing and delimiters' sizes.
_NOISE = re.compile(r"\s+|\\left|\\right|\\,|\\;|\\!")
#: \sum_i y_i = 1, \sum_{i=1}^{n} y_i = 1, \sum_{k} t_{k} = 1, and a trailing period or comma.
_SUM_TO_ONE = re.compile(
    r"^\\sum(?:_\{?([a-zA-Z])(?:=1)?\}?)?(?:\^\{?[A-Za-z0-9]+\}?)?([a-zA-Z])_\{?([a-zA-Z])\}?=1[.,]?$"
)


#: A bold letter, read as the letter (the displays read \\mathbf{y}_i as y_i), and 1.0 as 1.
_SPELLINGS = ((re.compile(r"\\(?:mathbf|boldsymbol|bm)\{([A-Za-z])\}"), r"\1"), (re.compile(r"=1\.0+(?=[.,]?$)"), "=1"))
#: A sum of a vector's entries in a relation: Σ_i y_i = 2, Σ_i |y_i| = 1, Σ_i y_i ≤ 1 (its vector's letter).
_OTHER_SUM = re.compile(
    r"\\sum(?:_\{[^{}]*\}|_[A-Za-z])?(?:\^\{?[A-Za-z0-9]+\}?)?[^=<>]*?(?<![A-Za-z\\])([a-zA-Z])_(?:[a-zA-Z]|\{[a-zA-Z]\})[^=<>]*"
    r"(?:=|<|>|\\[lg]eq?)\s*-?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?\s*[.,)]?\s*$"  # a number on the right: a constraint
)
#: How ``take_inline_sums_to_one`` marks such a statement for ``say_unheld``.
OTHER_SUM_MARK = "\u00a7 "


def _plain_math(text: str) -> str:
    plain = _NOISE.sub("", text)
    plain = plain.rstrip(")") if plain.count(")") > plain.count("(") else plain  # "(using $\\sum_k y_k = 1)$"
    for pattern, put in _SPELLINGS:
        plain = pattern.sub(put, plain)
    return plain


def _vector(text: str) -> str | None:
    """The vector whose entries ``text`` says sum to one, or None."""
    match = _SUM_TO_ONE.match(_plain_math(text))
    if match is None or (match.group(1) is not None and match.group(1) != match.group(3)):
        return None
    return match.group(2)


def _said_of_a_case(text: str, line: int, math: str) -> tuple[str, str]:
    """How the sentence that ``math`` (inline, at ``line``) ends in states it: "" plainly, for the page; "case" where
    it is conditional, a reason for one step or set aside ("Since $y$ is one-hot, $\\sum_i y_i = 1$ (stated for
    this chain only)", "hence $\\sum_o y_o = 1$", "Without $…$"); "unheld" in words neither ("…, which never fails",
    "…, supposedly"); with that sentence, the formula in it."""
    lines = text.split("\n")
    at = sum(len(x) + 1 for x in lines[: line - 1])
    found = text.find(math, at)
    before = text[at:found] if found >= 0 else lines[line - 1] if line - 1 < len(lines) else ""
    before = (text[max(0, at - 400) : at] + before) if found >= 0 else before
    sentence = re.split(r"[.!?]\s|\n\s*\n", before)[-1]
    after = text[found + len(math) : found + len(math) + 60] if found >= 0 else ""
    whole = sentence + " " + re.split(r"[.!?]\s|\n\s*\n", after + " ")[0]  # "… = 1$ does not hold"
    own_line = lines[line - 1] if 0 < line <= len(lines) else ""
    heading = _HEADING.match(own_line) is not None  # "## One-hot target, by the constraint $…$": a section's topic
    stated = _STATES.search(sentence) is not None  # "where $…$", "with $…$": said of the page's quantities
    denied = LEAD_DENIES.search(whole) is not None
    hedge = hedged(whole + " " + " ".join(re.split(r"[.!?]\s|\n\s*\n", after + " ")[:2]))  # "That is wrong here"
    conditional = bool(_CONDITIONAL.search(sentence)) or "only" in after.split(":")[0]
    conditional = conditional or "?" in re.split(r"[.!;]\s|\n\s*\n", after + " ")[0]  # "Do they satisfy $…$?"
    with_math = f"{sentence}{math}{whole[len(sentence) :]}"  # "with $…$ for the targets": its own words too
    said = not plain(with_math) or not plain(paragraph_at(lines, line))  # "…, supposedly", "It is false (Fig. 2)"
    if heading or conditional or (denied and set_aside(with_math, len(sentence)) and not hedge):
        return "case", with_math
    return ("unheld" if not stated or denied or hedge or said else ""), with_math  # "The labels sum to one: $…$."


#: A heading, in Markdown or TeX: what follows names a section, it states nothing.
_HEADING = re.compile(r"^\s*(?:#|\\(?:sub)*section\*?\{|\\paragraph\{|%)")
#: The words right before a formula that state it as a fact of the page: "where $…$", "with $…$".
_STATES = re.compile(
    r"(?:^|\W)(?:with|where|given\s+that|such\s+that|note\s+that|recall\s+that|know\s+that"
    r"|(?:targets?|labels?|vectors?|\$)\s+(?:satisfy|satisfies|obey|obeys))\s*[$(\\]*$",  # "The targets satisfy $…$"
    re.I,
)


def _defining_sentence(text: str, line: int, math: str, front: FrontMatter) -> bool:
    """Whether the sentence that ``math`` (inline, at ``line``) stands in also defines a name of the page ("Let
    $q_i = …$ and $D = …$, where $p$ is a distribution with $\\sum_i p_i = 1$."): it sets up the page, not a chain."""
    lines = text.split("\n")
    own = lines[line - 1] if 0 < line <= len(lines) else ""
    at = own.find(math)
    if at < 0:
        return False
    start = max((m.end() for m in re.finditer(r"[.!?]\s", own[:at])), default=0)
    end = re.search(r"[.!?](?:\s|$)", own[at + len(math) :])
    sentence = own[start : at + len(math) + (end.start() if end else len(own))]
    heads = {key.text.strip() for key, value in front.define if value.line == line}
    plain = sentence.replace(" ", "")
    return any("$" + head.replace(" ", "") in plain for head in heads if head)


def take_inline_sums_to_one(front: FrontMatter, found: Found, text: str) -> tuple[FrontMatter, Found]:
    """The front matter with each sum to one stated inline over a vector nothing defines or constrains already
    among its assumptions; the statement no longer counted as unchecked, and a note at its line."""
    defined = {definition_head(key)[0] for key, _ in front.define}
    stated = {_vector(e.text) for e in front.assume}  # Σ y = 1 already assumed, or y one-hot (which implies it)
    stated |= {words[0].lstrip("\\") for words in (e.text.split() for e in front.assume) if words[1:] == ["one-hot"]}
    leads = {d.line: d.lead for d in found.displays}  # a chain's own assumption ("Since …,") stays its own
    taken: list[tuple[int, str, str]] = []
    unheld: list[tuple[int, str, str]] = []
    page = text.split("\n")
    for display in found.inline:
        vector = _vector(display.text)
        other = _OTHER_SUM.search(_SPELLINGS[0][0].sub(r"\1", display.text)) if vector is None else None
        if other is not None and other.group(1) not in defined:  # "The targets satisfy $\\sum_i y_i = 2$."
            unheld.append((display.line, f"{OTHER_SUM_MARK}${display.text.strip()}$", other.group(1)))
            continue
        if vector is None or vector in defined or vector in stated or any(v == vector for _, v, _ in taken):
            continue
        if not 0 < display.line <= len(page) or not page[display.line - 1].strip():
            continue  # below a display, in code or a quote: not the page's (``stated_prose``)
        setup = _defining_sentence(text, display.line, display.text, front)  # "Let $q_i = …$, where …"
        own = any(display.text in lead for lead in leads.values())  # the chain's own: its lead's words weigh it
        page_wide = assumed_inline(text, display.line, display.text)  # "Assume $\\sum_i y_i = 1$.": the page's
        if not setup and own and not page_wide:  # (_sum_in_lead)
            continue
        how, sentence = _said_of_a_case(text, display.line, display.text)  # "hence …", "(stated for this chain only)"
        how = "" if page_wide and how == "case" else how
        back = taken_back_around(text.split("\n"), display.line) if not how else ""  # "That is false."
        if back or how == "unheld":
            unheld += [] if own else [(display.line, back or sentence, vector)]
            continue
        if how:
            continue
        taken.append((display.line, vector, display.text.strip().rstrip(".,")))
    found = dataclasses.replace(found, unheld=(*found.unheld, *unheld))
    if not taken:
        return front, found
    lines = {line for line, _, _ in taken}
    notes = tuple(
        f"line {line}: ${text}$ read as an assumption of the whole page: every check holds {vector} to it"
        for line, vector, text in taken
    )
    return (
        dataclasses.replace(front, assume=(*front.assume, *(Entry(text, line) for line, _, text in taken))),
        dataclasses.replace(
            found,
            inline=tuple(d for d in found.inline if not (d.line in lines and _vector(d.text) is not None)),
            readings=(*found.readings, *notes),
            inline_equalities=found.inline_equalities - len(taken),
        ),
    )


#: The prose naming a one-hot vector: "one-hot target $y_k$", "one-hot label vector $\\mathbf{y}$", "$t$ is one-hot".
_VECTOR = r"\$\s*(?:\\(?:mathbf|boldsymbol|bm)\{)?([a-zA-Z])\}?(?:_\{?[a-z]\}?)?\s*\$"
_ONE_HOT = (
    re.compile(r"\bone[- ]hot(?:[- ]encoded)?\s+(?:(?:target|label|class|encoding|vector)s?\s+){0,2}" + _VECTOR, re.I),
    re.compile(
        _VECTOR + r"\s+(?:is|are|be)\s+(?:(?:always|(?:assumed|taken)\s+to\s+be)\s+)?(?:a\s+)?one[- ]hot\b", re.I
    ),
    re.compile(r"\b(?:with|where)\s+" + _VECTOR + r"\s+one[- ]hot\b", re.I),  # "… with $y$ one-hot"
    re.compile(_VECTOR + r"\s+(?:uses|has|is\s+in|follows)\s+(?:a\s+|the\s+)?1-of-K\b", re.I),  # Bishop
    re.compile(
        r"\b1-of-K\s+(?:en)?coding(?:\s+scheme)?\s+for\s+(?:the\s+)?(?:target|label)s?(?:\s+vectors?)?\s+" + _VECTOR,
        re.I,
    ),
)
#: The prose naming a distribution: "a target distribution $p$", "$q$ is a probability distribution": Σ q = 1.
_DISTRIBUTION = (
    re.compile(r"\b(?:target|probability|true|empirical|label|fixed)\s+distribution\s+" + _VECTOR, re.I),
    re.compile(r"\b(?:target|true|empirical|label|ground-truth)\s+distribution\s+is\s+" + _VECTOR, re.I),
    re.compile(_VECTOR + r"\s+(?:is|are|be)\s+a\s+(?:\w+\s+)?(?:probability\s+)?distribution\b", re.I),
    re.compile(_VECTOR + r"\s+(?:is|are|be)\s+(?:a|any)\s+probability\s+vector\b", re.I),
    re.compile(_VECTOR + r"\s+(?:always\s+)?sums?\s+to\s+(?:one|1)\b", re.I),  # "The labels $y$ sum to one."
    re.compile(
        _VECTOR + r"\s+is\s+not\s+one[- ]hot\s*(?::\s*it\s+is|,?\s*but)\s+(?:a|any)\s+probability\s+vector", re.I
    ),
)


#: What may follow a one-hot or a distribution named in prose for the statement to be what it says: its noun, then
#: the clause's end ("vector.", ", so", " and"); "… smoothed by $\epsilon$", "… plus noise", "… in the next section
#: only" qualify it, and it is not taken.
_CLOSED = re.compile(
    r"\s*(?:(?:vectors?|targets?|labels?|encoding|encoded|coding|scheme|distribution)\s*)*"
    r"(?:[.,;:)!?]|$|\n|(?:and|so|then|where|with|because|since|for\s+(?:each|every|all))\b)",
    re.I,
)
#: What may stand right before a one-hot named in prose for it to be what the page's targets are: "the mean one-hot
#: target $y$", "soft one-hot labels $y$" are something else.
_PLAIN_BEFORE = re.compile(
    r"(?:^|[\s(,:;]|\b(?:a|an|the|our|its|their|with|where|is|are|be|for|each|every|and|as|of|to|that|which|all|by)\s+)$",
    re.I,
)
#: Words that make a sentence's one-hot a case, or a reason for one step, rather than what the page's targets are.
_CONDITIONAL = re.compile(
    r"\b(?:if|when|whenever|case|cases|suppose|supposing|assum\w*|unless|special|since|because|hence|thus)\b", re.I
)


#: A noun and a preposition right before a vector the prose calls one-hot: what is called so is that noun ("the
#: softmax of $y$", "the prediction for $y$").
_OF_ANOTHER = re.compile(r"\b(?:of|for|to|in|on|from|by|with|at)\s*$", re.I)
#: "each row of $y$ is one-hot": a batch's labels, one example a row, as derive reads them.
_ROWS_OF = re.compile(r"\b(?:(?:each|every)\s+row|rows)\s+of\s*$", re.I)
#: "because" right before the one-hot clause: the clause is asserted, the reason a step holds, not a case of it.
_BECAUSE = re.compile(r"\bbecause\s+(?:the\s+(?:vector|target|label)\s+)?$", re.I)


def take_one_hot_prose(front: FrontMatter, found: Found, text: str) -> tuple[FrontMatter, Found]:
    """The front matter with "y one-hot" for each vector the prose (``text``) calls one-hot, written with an index
    or in bold in the page's displays, that nothing defines and no assumption names already."""
    text = re.sub("[\u2010\u2011\u2012]", "-", text)  # "one‑hot" with a hyphen that does not break: one-hot
    defined = {definition_head(key)[0] for key, _ in front.define}
    stated = {words[0].lstrip("\\") for words in (e.text.split() for e in front.assume) if words}
    stated |= {v for v in (_vector(e.text) for e in front.assume) if v is not None}
    shown = " ".join(d.text for d in (*found.displays, *found.inline))  # "Let $L = -\sum_k y_k …$, where …"
    added: list[Entry] = []
    unheld: list[tuple[int, str, str]] = []
    handled: list[tuple[int, int]] = []
    for pattern, kind in (*((p, "one-hot") for p in _ONE_HOT), *((p, "sum") for p in _DISTRIBUTION)):
        for match in pattern.finditer(text):
            handled.append(match.span())
            closed = _CLOSED.match(text[match.end() :]) is not None  # "… smoothed by $\epsilon$": not one-hot
            closed = closed and _PLAIN_BEFORE.search(text[max(0, match.start() - 40) : match.start()]) is not None
            before = re.split(r"[.!?]\s|\n\s*\n", text[: match.start()])[-1]
            if match.group(0).startswith("$") and _OF_ANOTHER.search(before) and not _ROWS_OF.search(before):
                continue  # "where the softmax of $y$ is a probability vector": said of another thing
            reason = _BECAUSE.search(before)  # "… = 1$ because $y$ is a one-hot vector": the clause a fact
            before = before[: reason.start()] if reason else before
            sentence = before + " " + re.split(r"[.!?]\s|\n\s*\n", text[match.end() :] + " ")[0]  # ", not one-hot"
            own_line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
            following = re.split(r"[.!?;]\s|\n\s*\n", text[match.end() :] + " ")[:2]  # "…; here it holds counts"
            line = text.count("\n", 0, match.start()) + 1
            whole = f"{before}{match.group(0)}{sentence[len(before) :]}"  # "for a target distribution $q$": a formula
            name = match.group(1)
            used = re.search(rf"(?<![A-Za-z\\]){name}_|\\(?:mathbf|boldsymbol|bm)\{{{name}\}}", shown)
            if name in defined or used is None:
                continue  # a vector the page defines, or never writes
            page_wide = assumed_of_page(text, match.start(), match.end())  # "Assume $y$ is one-hot.": the page's
            if _CONDITIONAL.search(sentence) and not page_wide:  # "For the case where …", "Since we use hard labels"
                if not any(match.group(0) in d.lead_block for d in found.displays):  # a lead's: read with its display
                    unheld.append((line, whole, name))
                continue
            said = sentence_of(text[: match.start()], text[match.start() :])  # "It is not true (see Fig. 2) that"
            at = len(sentence_of(text[: match.start()]))
            if LEAD_DENIES.search(said) and set_aside(said, at) and not hedged(before + " " + " ".join(following)):
                continue  # "where $q$ is not one-hot: it is any probability vector"
            if (
                not closed  # "$y$ is one-hot by definition", "… one-hot smoothed by $\epsilon$": what is it?
                or _HEADING.match(own_line)  # "## For a one-hot $y$": a section's case, or the page's?
                or LEAD_DENIES.search(sentence)
                or hedged(before + " " + " ".join(following))
                or not plain(whole)  # "…, supposedly": no hedge list is complete
                or not plain(paragraph_at(text.split("\n"), line))
            ):  # "…, which never fails": neither held nor set aside
                paragraph = paragraph_at(text.split("\n"), line)  # "For brevity, let us omit …": its words said
                unheld.append((line, paragraph if plain(whole) and not plain(paragraph) else whole, name))
                continue
            if taken_back_around(text.split("\n"), line):  # "The labels are one-hot.\n\nThat is false."
                unheld.append((line, taken_back_around(text.split("\n"), line), name))
                continue
            if name in stated:
                continue
            index = re.search(rf"(?<![A-Za-z\\]){name}_\{{?([a-z])\}}?(?![A-Za-z])", shown)
            if kind == "sum" and index is None:  # p never written with a letter index: no sum to state
                continue
            stated.add(name)
            letter = index.group(1) if index is not None else "i"
            said = f"{name} one-hot" if kind == "one-hot" else f"\\sum_{letter} {name}_{letter} = 1"
            added.append(Entry(said, line))
    unheld.extend(_mentioned(text, handled, shown, defined))
    found = dataclasses.replace(found, unheld=(*found.unheld, *unheld))
    if not added:
        return front, found
    notes = tuple(f"line {e.line}: '{e.text}' read from the prose: an assumption of the whole page" for e in added)
    return (
        dataclasses.replace(front, assume=(*front.assume, *added)),
        dataclasses.replace(found, readings=(*found.readings, *notes)),
    )


#: Words that make a sentence a step's reason: "… as $t$ is one-hot", "since the labels sum to one".
_REASON = re.compile(r"\b(?:since|because|hence|thus|as)\b", re.I)
#: A sentence's end in prose: ". ", "! ", "? ", a blank line, a list item's start ("where:⏎- $Y_i$ is …").
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)")


def _mentioned(
    text: str, handled: list[tuple[int, int]], shown: str, defined: set[str], cases: bool = False
) -> list[tuple[int, str, str]]:
    """(line, sentence, vector) for each sentence of ``text`` that speaks of one-hot targets, sums to one or
    distributions beside a vector the page writes with an index and does not define, in words no pattern above
    read (``handled``): derive cannot tell whether it states an assumption of the page, so no counterexample is
    shown that may break it. A sentence with a case word is a case's, not the page's."""
    found: list[tuple[int, str, str]] = []
    start = 0
    for end in [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        sentence, at = text[start:end], start
        start = end
        said = LABEL_WORDS.search(sentence) or HOT_CLASS.search(sentence)  # "Assume the correct class is k"
        if not said or any(at <= a < end for a, _ in handled):
            continue
        words = re.sub(r"\$[^$]*\$", " ", sentence)
        if (_CONDITIONAL if not cases else _REASON).search(words):
            continue  # a case's, not the page's; with ``cases``, a step's reason ("as $t$ is one-hot") alone
        maths = re.findall(r"\$([^$]*)\$", sentence)
        labels = [_ENTRY_FIRST.match(math) if "\\{0" in math.replace(" ", "") else None for math in maths]
        bare = [BARE_VECTOR.fullmatch(math) or label for math, label in zip(maths, labels, strict=True)]  # y_i ∈ {0, 1}
        line = text.count("\n", 0, at + len(sentence) - len(sentence.lstrip())) + 1
        names = [m[1] or m[2] for m in bare if m is not None]
        sums = [m.rsplit("=", 1)[0] for m in maths if re.search(r"\\sum.*=\s*1\s*$", m)]  # "$\sum_k y_{nk} = 1$"
        names += [n for m in sums for n in re.findall(r"(?<![A-Za-z\\])([A-Za-z])_\{[A-Za-z],?\s*[A-Za-z]\}", m)]
        for name in dict.fromkeys(names):
            used = re.search(rf"(?<![A-Za-z\\]){name}_|\\(?:mathbf|boldsymbol|bm)\{{{name}\}}", shown)
            if name not in defined and used is not None and name not in "eijkmnN":
                found.append((line, " ".join(sentence.split()), name))
        if not maths and _TARGETS_HOT.search(sentence) and not re.search(r"\b(?:not|never|no)\b|n't|multi", sentence):
            found.append((line, " ".join(sentence.split()), ""))
    return found


#: A formula that opens with a vector's entry, "$y_i \in \{0, 1\}$": said of that vector.
_ENTRY_FIRST = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*([A-Za-z])\s*\}|([A-Za-z]))_")
#: The page's targets called one-hot in words alone: "The targets are one-hot vectors.", "All labels are one-hot."
_TARGETS_HOT = re.compile(r"\b(?:targets?|labels?)\b[^.]*\b(?:one[- ]?hot|1-of-K|indicator|basis\s+vectors?)", re.I)


#: Marks a length the prose gives as a number, at a page checked at every n (``inline_shapes``).
SHAPE_MARK = "\u00b6 "


def out_of_scope_unheld(front: FrontMatter, found: Found, text: str, page: str) -> Found:
    """``found`` with each sentence of ``text`` (the lines above the last display that hold for a section, not the
    page: ``stated_prose.out_of_scope``) that speaks of the targets beside a vector the page writes said at its line,
    and made a condition the displays below it do not read (``Display.unheld``): whether a section's setup holds for
    the sections after it ("## Setup") or not ("## Example 2: soft labels") is not for derive to say."""
    defined = {definition_head(key)[0] for key, _ in front.define}
    shown = " ".join(d.text for d in (*found.displays, *found.inline))
    displays, notes = list(found.displays), []
    items = "\n".join(" " * len(row) if LIST_ITEM.match(row) or row.lstrip().startswith("\\item") else row
                      for row in text.split("\n"))  # fmt: skip
    for line, sentence, vector in _mentioned(items, [], shown, defined, True):  # a list's note is no setup
        if any(e.text.split()[:1] == [vector] for e in front.assume) and vector and not HOT_CLASS.search(sentence):
            continue  # the front matter assumes it of that vector anyway (not which class is hot)
        end = widened_at(page, Entry(f"{vector} one-hot", line)) if vector else None  # "Now $y$ is multi-hot."
        end = end if end is not None else len(page)
        displays = [
            dataclasses.replace(d, unheld=sentence) if line < d.line < end and not d.unheld else d for d in displays
        ]
        notes.append(Unchecked(line, f"the prose states an assumption here ({sentence[:80]!r}) for a section of the "
                               "page, or the page, which derive does not read: no display below it is refuted "
                               "against it; state it in the front matter (assume: […])", equality=False))  # fmt: skip
    return dataclasses.replace(found, displays=tuple(displays), unchecked=(*found.unchecked, *notes))


def say_unheld(front: FrontMatter, found: Found) -> Found:
    """``found`` with each statement of an assumption of the page that derive neither holds nor sees plainly set
    aside (``Found.unheld``) said at its line, unless the page assumes it of that vector anyway: no link of the page
    is refuted, since a counterexample might break it."""
    assumed = {v for v in (_vector(e.text) for e in front.assume) if v is not None}
    assumed |= {words[0].lstrip("\\") for words in (e.text.split() for e in front.assume) if words[1:] == ["one-hot"]}
    kept = {line: sentence for line, sentence, vector in found.unheld if vector not in assumed}
    said = []
    for line, sentence in sorted(kept.items()):
        if sentence.startswith(OTHER_SUM_MARK):  # Σ_i y_i = 2: a constraint derive does not hold
            said.append(Unchecked(line, f"unreadable: {sentence[len(OTHER_SUM_MARK) :]} constrains a vector's entries "
                                  "in a way derive does not hold (it holds Σ_i y_i = 1 and one-hot): no link of the "
                                  "page is refuted", equality=False))  # fmt: skip
            continue
        if sentence.startswith(SHAPE_MARK):  # y ∈ ℝ^3 at every n: a counterexample at another n breaks it
            said.append(Unchecked(line, f"unreadable: {sentence[len(SHAPE_MARK) :]}, which derive does not read at "
                                  "every n: no link of the page is refuted; give it in the front matter (n: 3)",
                                  equality=False))  # fmt: skip
            continue
        words = unplain_words(sentence) or LEAD_DENIES.findall(sentence) or [" ".join(sentence.split())[:80]]
        said.append(Unchecked(line, "unreadable: the prose states an assumption of the page here in words derive "
                              f"neither reads as stating it nor as setting it aside ({', '.join(map(repr, words[:3]))})"
                              ": no link of the page is refuted; say it plainly, or in the front matter (assume: […])",
                              equality=False))  # fmt: skip
    kept_lines = tuple((line, sentence, vector) for line, sentence, vector in found.unheld if line in kept)
    return dataclasses.replace(found, unchecked=(*found.unchecked, *said), unheld=kept_lines)
