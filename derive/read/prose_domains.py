"""A scalar's domain stated in prose, as papers state it: "In the above $y \\in \\{\\pm 1\\}$ specifies the
ground-truth class", "with tunable focusing parameter $\\gamma \\geq 0$" (Lin et al.'s focal loss); or every
entry's, "The label $y_k \\in \\{0, 1\\}$ is observed".

Such a formula, alone between dollars, is an assumption of the whole page, as the front matter's ``assume`` would
be, where its sentence states it as a fact about the letter: a word before it names what the letter is
("parameter", "label", "constant") or one after it says so ("is", "specifies", "denotes"); not under a condition
or a reason ("if", "when", "since", "for"), not denied, not in a heading; about a letter of the page (one it
defines too: "Let $\\bar{x} > 0$ be the mean", held of what the mean is made of, ``derive.check.claim``);
and the only domain the prose gives that letter (two, "1 for $x > 0$ and 0 for $x < 0$", are cases, not facts).
It must read as a domain of a scalar of the page (``derive.read.stated_domains``), else it is left alone. A
finite set makes each claim a claim for each value (``derive.check.finite_values``); every point drawn lies inside.
"""

from __future__ import annotations

import re

from sympy import Indexed

from derive.errors import InputError
from derive.read.display_prose import paragraph_at, taken_back_around
from derive.read.find import Found
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.inline_lists import relation_parts
from derive.read.lead_sums import LEAD_DENIES
from derive.read.names import Names
from derive.read.plain_words import plain
from derive.read.retractions import hedged, refuse_below_widenings
from derive.read.stated_domains import stated_domain

#: A letter (or a Greek letter's command) in a set, ``y \in \{-1, 1\}``, ``p \in [0, 1]``, or against a number.
_NAME = (  # y, \\gamma, y_k, x_1, y^{(i)}, \\hat{p}_i
    r"(?P<name>(?:\\(?:hat|tilde|bar)\s*\{\s*[A-Za-z]\s*\}|[A-Za-z]|\\[a-zA-Z]+)(?:_(?:[a-z0-9]|\{(?:[a-z]|\d+)\}))?(?:\^\{\([a-z]\)\})?)"
)
#: A number a bound is written with: 2, -0.5, 1/2, \frac{1}{2} ("Since $x > \frac{1}{2}$," had been left unread).
_NUMBER = r"-?\s*(?:\d+(?:\.\d+)?(?:\s*/\s*\d+)?|\\[dt]?frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\})"
_DOMAIN = re.compile(
    rf"^\s*{_NAME}\s*(?:\\in\s*(?P<set>\\\{{.*\\\}}|[\[(][^\[\]()]*[\])])"
    rf"|(?P<relation>\\geq?|\\geqslant|\\leq?|\\leqslant|[<>])\s*(?P<bound>{_NUMBER}))\s*[.,]?\s*$"
)
#: A sentence that states a condition or a reason rather than a fact of the page.
_CONDITIONAL = re.compile(
    r"\b(?:if|when|whenever|case|cases|suppose|supposing|assum\w*|unless|since|because|hence|thus|for|where|let)\b",
    re.I,
)
#: A formula that names what the letter is: "…focusing parameter $\\gamma \\geq 0$" (words before it), or "$y \\in
#: \\{\\pm 1\\}$ specifies the class" (words after it); "the slope on $x > 0$" states a region, not a fact.
_NAMED_BEFORE = re.compile(
    r"\b(?:parameters?|constants?|coefficients?|temperature|labels?|hyperparameters?|weights?)(?:\s+(?:is|are))?\W*$",
    re.I,
)
#: A clause that sets up the page, right after its definitions and before its first claim: "where $y$ is one-hot
#: and $T > 0$.", "Let $L = …$, where $y \in \{0, 1\}$ is the label." (later, "where $x > 0$" may be a region).
_SETUP_CLAUSE = re.compile(r"(?:^\W*|,\s*)(?:where|with)\b(?P<clause>[^.;:!?]*)$", re.I)
#: What may follow a domain in a setup clause: the clause's end, or what the letter is ("is the label"); "… is
#: false", "… in the next section", "… only after clipping" put it off, and it is not taken.
_PLAIN_AFTER = re.compile(r"\s*(?:(?:is|are)\s+(?:the|a|an|our)\s+\w+(?:\s+\w+)?\s*)?(?:and\s*)?[.,;]?\s*$", re.I)
PUT_OFF = re.compile(
    r"\b(?:false|untrue|wrong|incorrect|fails?|hope[ds]?|wish|later|next|below|only|after|until|once|sometimes)\b", re.I
)
#: A number between two bounds, ``0 < p < 1``, ``0 \le y_k \le 1``: p ∈ (0, 1), y_k ∈ [0, 1].
_BETWEEN = re.compile(
    rf"^\s*(?P<low>{_NUMBER})\s*(?P<left><|\\leq?|\\leqslant)\s*{_NAME}\s*"
    rf"(?P<right><|\\leq?|\\leqslant)\s*(?P<high>{_NUMBER})\s*[.,]?\s*$"
)
#: A bound before the letter, ``0 < x``: x > 0.
_BOUND_FIRST = re.compile(rf"^\s*(?P<bound>{_NUMBER})\s*(?P<relation><|>|\\leq?|\\geq?)\s*{_NAME}\s*[.,]?\s*$")
#: A formula after a preposition names a region ("the slope on $x > 0$ is one"), even where a verb follows it.
REGION = re.compile(r"\b(?:on|at|in|over|for|of|from|within|across|near|to|by|between|inside|outside|under)\W*$", re.I)
#: A letter that counts things: "containing $N$ training examples", "a mini-batch of size $m$", "$K$ classes".
_COUNT_AFTER = re.compile(
    r"^\s*(?:training\s+|data\s+|input\s+|output\s+|hidden\s+)?(?:examples|samples|observations|data\s+points"
    r"|instances|images|classes|categories|neurons|units)\b",
    re.I,
)
#: The words of a sentence that says a letter counts: plain, though no closed list holds them.
_COUNTED = re.compile(
    r"\b(?:contain(?:s|ing)?|training|data|input|output|hidden|examples|samples|observations|points|instances|images"
    r"|classes|categories|neurons|units|batch|mini-?batch|size)\b",
    re.I,
)
_COUNT_BEFORE = re.compile(r"\b(?:batch|mini-?batch|sample)\s+(?:of\s+)?size\s*(?:of\s*)?$", re.I)
_STATED_AFTER = re.compile(r"^\W*(?:is|are|specifies|denotes|represents|stands\s+for|throughout)\b", re.I)
_INLINE = re.compile(r"(?<![\\$])\$([^$]+)\$(?!\$)")
#: "Let $T > 0$ be the temperature": a letter declared with its domain, no condition ("let" alone may set a case).
_LET_BEFORE = re.compile(r"^\W*let\W*$", re.I)  # the sentence's first word: "It would be nice to let …" states nothing
_BE_AFTER = re.compile(r"^\s*be\b", re.I)


#: Words after a formula that take it back or widen it: "or zero", "Just kidding", "we cannot assume this".
_TAKEN_BACK = re.compile(
    r"\bor\b|\bbut\b|kidding|reflection|cannot|can't|\bnot\b|n't\b|either|instead|actually|wrong|false|\bdrop\b|\bsay\b"
    r"|\bwere\b|\bwould\b|\?|\bfails?\b|contradiction|sake\s+of\s+argument|for\s+now|at\s+first|imagine|hypothe|mistake"
    r"|removed|dropped",
    re.I,
)
#: A sentence set aside from the page's facts: an example, a footnote, an exercise ("> Example: let $x$ be …"), a
#: code block.
_ASIDE = re.compile(
    r"^\s*>|^\s*\[\^|^ {4}|^\t|\b(?:example|instance|e\.g|footnote|exercise|illustration|some\s+authors|contradiction"
    r"|wrong|mistakes?|don't|do\s+not)\b",
    re.I,
)


def formula_at(line: str, math: str) -> int:
    """Where ``math`` stands in ``line`` as a formula (``$x$``, not the x of "Example"), or -1."""
    found = re.search(rf"\$\s*{re.escape(math.strip())}\s*\$", line)
    return line.find(math, found.start()) if found is not None else line.find(math)


def rest_of_paragraph(text: str, line: int, math: str) -> str:
    """What the paragraph says after ``math`` on ``line``: the rest of that line and the lines below, to a blank one."""
    lines = text.split("\n")
    own = lines[line - 1] if 0 < line <= len(lines) else ""
    at = formula_at(own, math)
    rest = [own[at + len(math) :] if at >= 0 else ""]
    for below in lines[line:]:
        if not below.strip() or below.lstrip().startswith(("$$", "\\[", "\\begin")):
            break
        rest.append(below)
    return " ".join(rest)


def prose_formulas(text: str) -> list[tuple[int, str, str, str]]:
    """Each inline formula of the prose with its line, its sentence before it and the words after it up to the
    next formula (fenced code and headings left out). A paragraph wrapped at a fixed width is read as one line, as
    Markdown shows it: "we assume that $x\n> 0$" states x > 0 (read line by line, it had stated nothing)."""
    found: list[tuple[int, str, str, str]] = []
    fenced, paragraph = False, list[tuple[int, str]]()
    for number, line in [*enumerate(text.split("\n"), start=1), (0, "")]:
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        apart = fenced or not line.strip() or _APART.match(line) is not None or number == 0
        if apart or _OWN_LINE.match(line):  # a blank line, a heading, a list item or a quote ends a paragraph
            found += _paragraph_formulas(paragraph)
            paragraph = []
        if not apart:
            paragraph.append((number, line))
    return found


#: A line that is no paragraph's: a heading, a fence, a rule or a front matter's ``---``, a TeX comment or heading.
_APART = re.compile(r"^\s*(?:#|```|~~~|%|(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$|\\(?:sub)*section\*?\{|\\paragraph\{)")
#: An inline formula's delimiter other than a dollar: ``\\(`` and ``\\)`` as mdBook hands them to MathJax, ``\(``.
_ESCAPED = re.compile(r"(?<!\\)(?P<open>\\{1,2})\((?P<math>[^$]*?)(?<!\\)(?P=open)\)", re.S)
#: A line that starts a paragraph of its own: a list item, a quote, a table row, a display.
_OWN_LINE = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|>|\||\$\$|\\\[|\\begin\b)")


def _paragraph_formulas(paragraph: list[tuple[int, str]]) -> list[tuple[int, str, str, str]]:
    """The inline formulas of one paragraph's lines, each at the line it opens on, its words read across lines."""
    if not paragraph:
        return []
    joined = _ESCAPED.sub(r"$\g<math>$", "\n".join(line for _, line in paragraph))  # mdBook's \\( … \\), \( … \)
    found = []
    for match in _INLINE.finditer(joined):
        number = paragraph[joined.count("\n", 0, match.start())][0]
        before = re.split(r"(?<=[.!?:;])\s+", joined[: match.start()])[-1].replace("\n", " ")
        after = re.split(r"(?<=[.!?:;])\s+", joined[match.end() :])[0].split("$")[0].replace("\n", " ")
        found += [(number, part, before, after) for part in relation_parts(match.group(1).replace("\n", " "))]
    return found


def _as_set(math: str) -> str:
    """``0 < p < 1`` as ``p \\in (0, 1)``, ``0 < x`` as ``x > 0``; any other formula as it is."""
    between = _BETWEEN.match(math)
    flipped = _BOUND_FIRST.match(math)
    if flipped is not None:
        relation = {"<": ">", ">": "<", "\\le": "\\geq", "\\leq": "\\geq", "\\ge": "\\leq", "\\geq": "\\leq"}
        return f"{flipped.group('name')} {relation[flipped.group('relation')]} {flipped.group('bound')}"
    if between is None:
        return math
    opening, closing = ("(" if between.group("left") == "<" else "["), (")" if between.group("right") == "<" else "]")
    return f"{between.group('name')} \\in {opening}{between.group('low')}, {between.group('high')}{closing}"


def _shown(match: re.Match[str], math: str) -> str:
    """The domain ``match`` (of ``_DOMAIN``) as the front matter would write it: ``\\{\\pm 1\\}`` as ``\\{-1, 1\\}``."""
    written = re.sub(r"\\\{\s*\\pm\s*(\d+)\s*\\\}", r"\\{-\1, \1\\}", match.group("set") or "")
    return f"{match.group('name')} \\in {written}" if written else math.strip().rstrip(".,")


def as_domain(math: str) -> str | None:
    """``math`` as a domain the front matter would write (``x > 0``, ``p \\in (0, 1)`` for ``0 < p < 1``), or None."""
    math = _as_set(math)
    match = _DOMAIN.match(math)
    return None if match is None else _shown(match, math)


#: Display math in a paragraph, which holds no words to weigh a statement with (…the mean, $m = …$. Then $$…$$).
_DISPLAYED = re.compile(r"\$\$.*?\$\$|\\\[.*?\\\]", re.S)


def prose_domains(found: Found, front: FrontMatter, text: str, scope: str = "") -> tuple[Entry, ...]:
    """The domains the prose states as facts (see the module), as the front matter would write them; where
    ``scope`` is given, a domain on a line it blanks is a case (said of a section, below a display, in code)."""
    kept = scope.split("\n") if scope else []
    stated: dict[str, list[Entry]] = {}
    joined = (0, "")  # the line and formula of the last domain stated as a fact: "$y \in \{0, 1\}$ and $0 < p < 1$"
    for line, math, before, after in prose_formulas(text):
        written = math
        counted = bool(_COUNT_AFTER.match(after) or _COUNT_BEFORE.search(before))
        counted = counted and re.fullmatch(r"\s*[A-Za-z]\s*", math) is not None
        math = f"{math.strip()} > 0" if counted else math  # "$N$ training examples", "of size $N$": a count, ≥ 1
        math = _as_set(math)  # 0 < p < 1: p \in (0, 1)
        match = _DOMAIN.match(math)
        if match is None:
            continue
        stated.setdefault(match.group("name"), [])
        rest = rest_of_paragraph(text, line, written)  # "…, or zero.", "Just kidding: …": no fact of the page
        setup = line < min((d.line for d in found.displays), default=line + 1)  # not a later section's domain
        let = _LET_BEFORE.search(before) is not None and _BE_AFTER.match(after) is not None
        own = text.split("\n")[line - 1]
        aside = _ASIDE.search(own[: max(formula_at(own, written), 0)]) is not None
        let = let and setup and not _TAKEN_BACK.search(rest) and not aside
        before = _LET_BEFORE.sub("", before) if let else before
        declared = let or _NAMED_BEFORE.search(before) or (_STATED_AFTER.match(after) and not REGION.search(before))
        clause = _SETUP_CLAUSE.search(before) if setup and _PLAIN_AFTER.match(after) else None  # "…and $T > 0$."
        conditional = _CONDITIONAL.search(before if clause is None else clause.group("clause"))
        joined_on = joined[0] == line and re.search(r"\$\s*and\s*$", before) and _PLAIN_AFTER.match(after)
        declared = declared or clause is not None or bool(joined_on) or counted
        around = f"{before} {after}"
        said = _DISPLAYED.sub(" ", paragraph_at(text.split("\n"), line))  # "It is not …\nthe …"; a display: no words
        said = _COUNTED.sub(" ", said) if counted else said  # "contains $N$ training examples": a count's words
        put_off = PUT_OFF.search(after)  # "$0 < p < 1$ is false", "… in the next section", "… only after clipping"
        unsaid = not plain(said) or (kept and not kept[line - 1].strip())  # in a section, below a display, in code
        unsaid = unsaid or bool(kept and taken_back_around(kept, line))  # "$T > 0$ is fixed.\n\nThat is false."
        if not declared or conditional or put_off or hedged(around) or LEAD_DENIES.search(around) or unsaid:
            stated[match.group("name")].append(Entry("", line))  # a case: the name's domains are not facts
            continue
        stated[match.group("name")].append(Entry(_shown(match, math), line))
        joined = (line, math)
    return tuple(entries[0] for name, entries in stated.items() if len(entries) == 1 and entries[0].text)


def readable_domains(entries: tuple[Entry, ...], names: Names) -> tuple[Entry, ...]:
    """The prose's domains that read as a domain of a scalar of the page; the others are left alone."""
    kept = []
    for entry in entries:
        try:
            domain = stated_domain(entry, names)
        except InputError:
            continue
        if domain is None or domain.relation is None:
            continue
        subject = domain.relation.args[0]
        every_entry = (  # "the label $y_k \\in \\{0, 1\\}$": every entry of a vector of the page
            isinstance(subject, Indexed)
            and subject.base in names.vectors.values()
            and all(i in names.indices.values() for i in subject.indices)
        )
        if subject in names.scalars.values() or subject in names.defined_scalars.values() or every_entry:
            kept.append(entry)
    return tuple(kept)


def page_domains(
    found: Found, front: FrontMatter, text: str, names: Names, stated: tuple[Entry, ...] = (), scope: str = ""
) -> tuple[tuple[Entry, ...], Found]:
    """The prose's domains of the page, each on a line ``scope`` (``derive.read.stated_prose``) keeps, when given;
    and ``found`` with the displays below a line that widens or drops one of the page's assumptions (the front
    matter's, those ``stated`` above definitions, the prose's) refused."""
    domains = readable_domains(prose_domains(found, front, text, scope), names)
    return domains, refuse_below_widenings(found, text, (*front.assume, *stated, *domains))


def domain_readings(entries: tuple[Entry, ...]) -> tuple[str, ...]:
    """What the report says of each domain read from the prose."""
    return tuple(f"line {e.line}: ${e.text}$ read from the prose as a domain of the whole page" for e in entries)
