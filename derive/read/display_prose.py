"""The prose around a display: the line right before it (its lead, which may state a case or an assumption), the
line right after it (its trail, which may say what it used), and the paragraphs those lines end and open, whose
every word must be plain for what the lead or trail states to be held ("Here we do not\nassume $T > 0$:")."""

from __future__ import annotations

import re

from derive.read.plain_words import TAKES_BACK

#: The most lines of a paragraph weighed with a lead or a trail (a paragraph longer than this is weighed whole).
_BLOCK = 400
#: A heading or a comment, in Markdown or TeX: it ends the paragraph above a lead.
_HEADING = re.compile(r"#{1,6}(?:\s|$)|\\(?:sub)*section\*?\{|\\paragraph\{|<h[1-6]\b")


def lead_line(lines: list[str], line: int) -> str:
    """The last non-blank source line before 1-based ``line``; none where that line is code, indented under a blank
    line and in no list ("    Assuming $T > 0$:" a script printed): no one states it."""
    for number in range(line - 2, -1, -1):
        if lines[number].strip().strip(">").strip():  # a quote's empty line, ">", is no lead: the one above it is
            return "" if _in_code(lines, number) else _from_formula(lines, number)
    return ""


#: A single dollar, an inline formula's opening or closing (not ``\$``, not ``$$``).
_DOLLAR = re.compile(r"(?<![\\$])\$(?!\$)")


def _from_formula(lines: list[str], number: int) -> str:
    """0-based line ``number`` with the lines of its paragraph above it that an inline formula it closes opens
    on: "we assume that $x\n> 0$ holds." is the lead "we assume that $x > 0$ holds." (line by line, "> 0$ holds."
    stated nothing, and a counterexample with x < 0 refuted the display below)."""
    start = number
    while start > 0 and lines[start - 1].strip() and not lines[start - 1].lstrip().startswith(("$$", "#")):
        start -= 1
    opened = next((n for n in range(start, number) if len(_DOLLAR.findall("\n".join(lines[n:number]))) % 2), None)
    return " ".join(line.strip() for line in lines[opened : number + 1]) if opened is not None else lines[number]


def above_lead(block: str, lead: str) -> str:
    """The lines of a lead's paragraph ``block`` above its lead, less those the lead holds where a formula that
    opens on one of them closes on the lead's own line (``_from_formula``)."""
    above = block.split("\n")[:-1]
    held = [k for k in range(1, len(above) + 1) if lead.strip().startswith(" ".join(a.strip() for a in above[-k:]))]
    return "\n".join(above[: len(above) - max(held, default=0)])


#: A list item's first line: "- …", "* …", "1. …".
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")


#: Words set in math ($\\forall i, k$, $$\\text{for all } i$$): a statement of what follows, no step of a case's.
WORDS_IN_MATH = re.compile(r"\\forall|\\(?:text|textrm|textit|mathrm|mbox|operatorname)\s*\{[^{}]*[A-Za-z]{2}")


#: A display's own words that it holds in every case: \\forall i, \\text{for all } i, k, \\text{(in general)}.
EVERY_IN_MATH = re.compile(
    r"\\forall|\\(?:text|textrm|mbox)\s*\{[^{}]*\b(?:for\s+(?:all|any|every|each)|in\s+general|whatever|always"
    r"|regardless|both\s+cases|(?:any|every|all)\s+[a-z]\b|(?:any|every|all)\s*\})"
)


def same_item(lines: list[str], above: int, line: int) -> bool:
    """Whether the display at 1-based ``line`` stands in the list item, or outside the list, the one at ``above``
    does: it opens no item of its own and is no less indented (a case stated in one item is no case of the next
    item's display, nor of one below the list: a probe's pages proved a false step so)."""
    if not lines or not 0 < above < line <= len(lines):
        return True
    if len(lines[line - 1]) - len(lines[line - 1].lstrip()) < len(lines[above - 1]) - len(lines[above - 1].lstrip()):
        return False
    return LIST_ITEM.match(lines[line - 1]) is None  # "2. $$…$$": an item of its own, no words in it


def _in_code(lines: list[str], number: int) -> bool:
    """Whether 0-based line ``number`` is in an indented code block: it and the lines above it up to a blank one
    indented, and the nearest line above them that is not, a paragraph's and no list item's."""
    start = number
    while start > 0 and lines[start - 1].strip():
        start -= 1
    if not all(lines[n].startswith(("    ", "\t")) for n in range(start, number + 1)):
        return False
    above = next((lines[n] for n in range(start - 1, -1, -1) if lines[n].strip() and not lines[n][:1].isspace()), "")
    return LIST_ITEM.match(above) is None


#: A line up to a display's closing delimiter: ``$$``, ``\\]``, ``\\end{…}``, a fence.
_CLOSING = re.compile(r"^.*(?:\$\$|\\\]|\\end\{[A-Za-z*]+\}|^```)")


def trail_line(lines: list[str], first: int, text: str) -> str:
    """The first line of prose after a display whose text starts at 1-based ``first``: past its last line, its
    closing delimiter and blank lines."""
    last = first + text.count("\n") - 1  # 0-based: the line the display's text ends on
    closing = _CLOSING
    for number in range(last, len(lines)):
        line = lines[number].strip()
        if number == last or closing.fullmatch(line) is not None:
            after = closing.match(line)
            line = line[after.end() :].strip() if after is not None and number == last else ""
        if line:
            return line
    return ""


def block_before(lines: list[str], line: int) -> str:
    """The paragraph that ends on the last non-blank line before 1-based ``line``: up to a blank line, a display's
    end, or ``_BLOCK`` lines."""
    taken: list[str] = []
    for number in range(line - 2, -1, -1):
        text = lines[number].strip()
        if not text and taken:
            break
        if re.search(r"\$\$|\\\]|\\end\{|^```", text) or _HEADING.match(text) or len(taken) == _BLOCK:
            break
        if text:
            taken.insert(0, text)
    return "\n".join(taken)


def block_after(lines: list[str], first: int, text: str) -> str:
    """The paragraph that opens on the first line of prose after a display (``trail_line``): up to a blank line, a
    display's start, or ``_BLOCK`` lines."""
    trail = trail_line(lines, first, text)
    if not trail:
        return ""
    start = next((n for n in range(first - 1, len(lines)) if lines[n].strip().endswith(trail)), None)
    if start is None:
        return trail
    taken = [trail]
    for number in range(start + 1, min(start + _BLOCK, len(lines))):
        following = lines[number].strip()
        if not following or re.match(r"\$\$|\\\[|\\begin\{|```", following):
            break
        taken.append(following)
    return "\n".join(taken)


def paragraph_at(lines: list[str], line: int) -> str:
    """The whole paragraph 1-based ``line`` stands in: what a statement in it is weighed with, so that no
    abbreviation's period ("see Fig. 2") cuts off the words before it."""
    if not 0 < line <= len(lines) or not lines[line - 1].strip():
        return ""
    start, end = line - 1, line - 1
    while start > 0 and lines[start - 1].strip() and not _HEADING.match(lines[start - 1].strip()):
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].strip() and not _HEADING.match(lines[end + 1].strip()):
        end += 1
    return "\n".join(lines[start : end + 1])


def taken_back_around(lines: list[str], line: int) -> str:
    """The word of prose that may take back a statement at 1-based ``line`` stands around it: a paragraph below it in
    ``lines`` (the page's stating prose) with a word that may ("Not here: they are soft.", "That is false."), or a
    paragraph right above that introduces it with one ("Things we never assume:"); or ""."""
    if not 0 < line <= len(lines):
        return ""
    start, end = line - 1, line - 1
    while start > 0 and lines[start - 1].strip():
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    above = next((n for n in range(start - 1, -1, -1) if lines[n].strip()), None)
    opening = paragraph_at(lines, above + 1) if above is not None else ""
    said = "\n".join(lines[end + 1 :]) + (f"\n{opening}" if opening.rstrip().endswith(":") else "")
    found = TAKES_BACK.search(said)
    return found.group(0) if found is not None else ""


#: Words right after a display that make what follows its condition: "$$A$$ if $$i = j$$", "… unless $x = 0$".
CONDITION_WORDS = re.compile(
    r"^\W*(?P<word>(?:(?:if|when|whenever|for|unless|except|but|not|provided|that|only|as\s+long\s+as)\b\W*)+)$", re.I
)
#: Those that state the case it holds in, where the condition is two indices (``derive.read.chain_cases``).
CASE_WORDS = frozenset({"if", "when", "whenever"})
#: A condition right after a display on its line: the words, then a formula in ``$$…$$`` (one in ``$…$`` is the
#: prose's, ``derive.read.prose_conditions``).
_TRAILING = re.compile(r"^\W*(?P<words>[A-Za-z][A-Za-z\s]*?)\s*\$\$(?P<formula>[^$]+)\$\$")
#: Two letters equal or not, as an index case is written (``i = j``, ``i \neq k``).
_INDEX_PAIR = re.compile(r"\s*[i-n]\s*(?:=|\\neq?\b|\\ne\b)\s*[i-n]\s*")  # i = j; x = y is no index case


def trailing_condition(trail: str) -> str:
    """The condition the words right after a display state of it ("if $$x > 0$$", "unless $$i = j$$", "for $$i \\neq
    j$$") that derive does not read as its case (only "if", "when" before two indices is): the condition as written,
    so that a counterexample refutes nothing; or ""."""
    found = _TRAILING.match(trail)
    words = CONDITION_WORDS.match(found.group("words")) if found is not None else None
    if found is None or words is None:
        return ""
    if words.group("word").strip().lower() in CASE_WORDS and _INDEX_PAIR.fullmatch(found.group("formula")):
        rest = trail[found.end() :].lstrip()
        ends = re.match(r"(?:[.:;]|,(?!\s*(?:or|\\lor|\\vee)\b)|and\b|$)", rest, re.I)  # as trail_case reads
        if ends:  # its case; "if $$i = j$$ is false", "…, or $$n = 1$$" are none, and hold the display back
            return ""
    return f"{words.group('word').strip()} {found.group('formula').strip()}"


#: A formula shaped as a condition: a name against a letter or a number (``i = j``, ``x > 0``, ``n = 1``).
_CONDITION_SHAPE = re.compile(
    r"\s*\\?[A-Za-z]+(?:_\{?\w+\}?)?\s*(?:=|\\neq?|\\ne|<|>|\\leq?|\\geq?)\s*(?:-?\d+(?:\.\d+)?|\\?[A-Za-z]+)\s*[.,]?\s*"
)


def condition_display(lead: str, text: str, after_condition: bool) -> bool:
    """Whether a ``$$…$$`` after another in a paragraph is that one's condition: words of a condition before it ("if",
    "unless", "except when"), or "and" / "or" after such a condition, and a formula shaped as one (``i = j``)."""
    words = CONDITION_WORDS.match(lead) or (after_condition and re.fullmatch(r"\W*(?:and|or)\W*", lead))
    return bool(words) and _CONDITION_SHAPE.fullmatch(text) is not None
