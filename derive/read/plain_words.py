"""The words a sentence may use for derive to hold what it states ("With $\\sum_i y_i = 1$, we get", "where $y$ is
the one-hot label", "Let $T$ be the temperature and $T > 0$."): a closed list, so that a sentence in any other words
("… = 1$ gone", "the cardinality of …", "would", "unless") states nothing derive holds. No list of the words that
set a statement aside can be complete; a list of the words that state one plainly can be, because it need not be.
"""

from __future__ import annotations

import re

#: Words that state, name or connect; never one that negates, hedges, contrasts, supposes or changes a statement
#: ("not", "if", "would", "only", "but", "except", "replaced", "dropped", "wrong").
_NOUNS = frozenset(
    """
    label labels target targets class classes vector vectors probability probabilities distribution distributions
    output outputs input inputs prediction predictions logit logits loss losses function functions softmax
    sigmoid tanh cross-entropy entropy cross derivative derivatives gradient gradients weight weights bias biases
    value values number numbers scalar scalars real temperature parameter parameters constant fixed true actual
    ground truth correct fact fig figure backward forward pass coding scheme encoding one-hot indicator
    standard basis matrix matrices index indices size length dimension hinge linear svm logistic regression
    classifier classification mean nonnegative non-negative observed known constraint constraints condition conditions
    expression expressions result identity square root positive model ground-truth
    """.split()  # noqa: SIM905 (a list to read, as prose)
)
PLAIN_WORDS = _NOUNS | frozenset(
    """
    a an the this that these those each every all any its their our we it i
    is are be being been has have holds hold satisfy satisfies satisfying let denote denotes write use uses used using
    get gives give obtain compute computes computed find see note recall recalling remember define defined call called
    encode encoded given set
    substituted put plugged equal equals sum sums summing represent represents means take takes taking follow follows
    assume assuming assumed suppose case simplifies simplify becomes reduces can clearly always
    where with since as because so then thus hence therefore now here and also i.e
    of for in on over from to by at into via throughout
    """.split()  # noqa: SIM905 (a list to read, as prose)
)
#: Words that state the case a chain is under, in the line before it: "If $i = k$,", "When $y = 1$,".
CASE_WORDS = frozenset({"if", "when", "whenever"})
#: No word that picks out some of what a statement is about is plain ("for the first example", "zero of the
#: examples", "the rest", "in the last layer", "for one class"): they are left out of the list, and these phrases,
#: which only describe a one-hot vector as derive's own LaTeX and people write it, are taken whole.
_PHRASES = re.compile(
    r"\b(?:only|exactly)\s+one\s+(?:entry|element|component)\s+is\s+(?:1|one)\b|\bfor\s+some\s+class(?=\s*\$)"
    r"|\bsums?\s+to\s+(?:one|1)\b|\bhas\s+(?:only\s+|exactly\s+)?one\s+non-?zero\s+(?:element|entry)(?:,\s+which\s+is\s+1)?"
    r"|\beach\s+row\s+of\b|\bfrom\s+the\s+(?:slides|lecture\s+notes|notes|book)\b"
    r"|\bfor\s+(?:a|the)\s+one-hot\s+(?:target|label|vector)s?\b"
    r"|\b(?:mean\s+)?squared\s+error\b"
    r"|\bfrom\s+now\s+on\b|\b(?:assumed|taken)\s+to\s+be\b"
    r"|\b(?:fig|figure|eq|equation|section)\.?\s*\(?\d+(?:\.\d+)*\)?|\b1-of-K\b",
    re.I,
)

#: What is not prose: inline math, a link's target.
_MATH = re.compile(r"\$[^$]*\$|\\\(.*?\\\)")
_LINK = re.compile(r"\]\([^)]*\)")
#: Prose inside math: \text{…}, \mbox{…} ("$T > 0$ $\text{does not hold}$").
_TEXT_IN_MATH = re.compile(
    r"\\(?:(?:text|textrm|textit|textbf|textsf|texttt|textup|textnormal|textsl|textsc|emph|mbox|hbox|fbox)"
    r"|(?P<name>mathrm|mathit|mathsf|mathbf|mathtt|operatorname))"
    r"\s*\{(?P<words>(?:[^{}]|\{[^{}]*\})*)\}"
)
#: A formula that is one word alone, upright or bold or italic: "$\mathrm{false}$", "$false$" (prose set in math).
_WORD_ALONE = re.compile(
    r"(?:\$|\\\()\s*(?:\\(?:mathrm|mathit|mathsf|mathbf|mathtt|operatorname)\s*\{\s*([A-Za-z]{3,})\s*\}"
    r"|([A-Za-z]{4,}))\s*(?:\$|\\\))"
)
#: An abbreviation's period, which ends no sentence: "i.e.", "Fig. 2".
_ABBREVIATION = re.compile(r"\b(i\.e|e\.g|cf|vs|etc|fig|eq|resp)\.", re.I)
#: What no plain sentence holds, each with what shows it: a footnote mark (which may take the statement back), a
#: question, an HTML tag or entity (<s>, &#110;), a table's bar, a digit outside a phrase above ("for 0 of the
#: inputs"), a symbol (❌, ✗).
_MARKS = (
    ("[^…]", r"\[\^"),
    ("?", r"\?"),
    ("<…>", r"<[A-Za-z/!]"),
    ("&…;", r"&#?\w+;"),
    ("|", r"\|"),
    ("'", r"[^\W\d_]'(?![^\W\d_])"),  # a possessive, "the inputs' $T$", narrows what is stated
    ("0-9", r"\d"),
    ("symbol", r"[^\0\w\s.,;:!?()'\"\[\]\-–—/\\$*_~<>&#|`{}^=+]"),
)
#: A preposition and the words after it, up to a formula or the end of the clause: "for the inputs", "in the
#: forward pass", "with the inputs $a = 3$". "of" only completes a noun ("the sum of the targets").
_SCOPE = re.compile(
    r"\b(for|in|on|at|over|from|to|by|into|via|throughout|with)\b"  # the plain ones: any other is no plain word
    r"([^\0.,;:!?()]*)(\0?)",
    re.I,
)
#: A clause right after a formula, in words alone, that narrows it: "$T > 0$ that the forward pass uses", "$T > 0$
#: where the inputs are given", "$T > 0$ of the forward pass" (not "…, which", set apart by a comma).
_CLAUSE = re.compile(r"\0\s*(of|that|which|where|whose|who)\b([^\0.,;:!?()]*)(\0?)", re.I)
#: A case word and the words after it: "if $i = k$" states a case, "if the inputs are correct" narrows a statement.
_CASE = re.compile(r"\b(if|when|whenever)\b([^\0.,;:!?()]*)(\0?)", re.I)
#: The words a preposition's object may have before the formula it names: "for all $i$", "with the inputs $a = 3$".
_NAMING = frozenset("a an the all each every any its their our some".split())  # noqa: SIM905
#: Commands that hide or recolour what a formula shows: "Assuming $\color{white} T > 0$:" shows "Assuming :".
_HIDING = re.compile(r"\\(color|textcolor|colorbox|phantom|hphantom|vphantom|iffalse)\b")
#: Characters a page does not show: a zero-width space or joiner, a soft hyphen ("no\u200bt" shows "not").
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")


def unplain_words(text: str, cases: bool = False) -> list[str]:
    """The words of ``text`` that are not in ``PLAIN_WORDS`` (nor ``CASE_WORDS``, with ``cases``), in order, each
    once: its prose and the prose in its math (``\\text{…}``); a footnote mark (which may take it back), a question
    mark, a word in another alphabet and letters spelled out one by one ("n o t") are never plain."""
    known = PLAIN_WORDS | CASE_WORDS if cases else PLAIN_WORDS
    text = _INVISIBLE.sub("", text)
    maths = " ".join(re.findall(r"\$[^$]*\$|\\\(.*?\\\)", text))
    said = [
        m["words"] for m in _TEXT_IN_MATH.finditer(maths) if not m["name"] or re.search(r"\s|\\[ ,;:!]|~", m["words"])
    ]
    said += [m[1] or m[2] for m in _WORD_ALONE.finditer(maths)]  # $\mathrm{false}$, $false$: a word set in math
    in_math = " ".join(said)  # \text{false}; \mathrm{is\ not}, never \mathrm{diag} in a formula
    prose = _MATH.sub(" \0 ", _LINK.sub(" ", _PHRASES.sub(" ", text)))
    found = [mark for mark, sign in _MARKS if re.search(sign, prose)]  # a footnote, a question, a tag, a digit …
    found += [f"\\{m[1]}" for m in _HIDING.finditer(maths)]  # $\color{white} T > 0$: the page shows no formula
    found += [f"{m[1]} {m[2].strip()}" for m in _SCOPE.finditer(prose) if not _names_formula(m[2], m[3])]
    found += [f"{m[1]} {m[2].strip()}" for m in _CLAUSE.finditer(prose) if re.search(r"\w", m[2]) and not m[3]]
    found += [f"{m[1]} {m[2].strip()}" for m in _CASE.finditer(prose) if cases and not _names_formula(m[2], m[3])]
    prose = prose.replace("\0", " ")
    prose = re.sub(r"[*_]", "", prose) + " " + re.sub(r"\\[ ,;:!]|~|[{}]", " ", in_math)  # in*correct*: one word
    words = re.findall(r"[^\W\d_](?:[\w'.-]*[^\W\d_])?", prose)
    for at, word in enumerate(words):
        bare = word.lower().rstrip(".")
        spelled = len(bare) == 1 and any(len(w) == 1 for w in words[max(at - 1, 0) : at] + words[at + 1 : at + 2])
        if len(bare) == 1 and bare.isascii() and not spelled:  # a letter alone is a name
            continue
        if bare not in known and word not in found:
            found.append(word)
    return found


def _names_formula(words: str, formula: str) -> bool:
    """Whether a preposition's object, ``words`` then ``formula`` (the formula's mark, or ""), is a formula (named
    by nouns at most: "for $x > 0$", "for all $i$", "with the inputs $a = 3$"), not words that narrow what is stated
    to something the display may not be about ("$T > 0$ for the inputs", "in the forward pass")."""
    said = re.findall(r"[^\W\d_](?:[\w'-]*[^\W\d_])?", words.lower())
    return not said or (bool(formula) and all(w in _NAMING or w in _NOUNS for w in said))


def plain(text: str) -> bool:
    """Whether every word of ``text`` outside its math is one that states plainly."""
    return not unplain_words(text)


def sentence_of(before: str, after: str = "") -> str:
    """The sentence that ends ``before`` and goes on into ``after``: the words a statement between them is weighed
    with (an abbreviation's period, "Fig. 2", "i.e.", ends no sentence)."""
    shield = lambda t: re.sub(_ABBREVIATION, r"\1", t)  # noqa: E731
    head = re.split(r"(?<=[.!?])\s+", shield(before))[-1]
    tail = re.split(r"(?<=[.!?])(?:\s|$)", shield(after))[0]
    return f"{head} {tail}"


#: A word, in a sentence before a statement, that may take it back: "The next line is false.", "We do not do this."
TAKES_BACK = re.compile(r"\b(?:false|wrong|untrue|incorrect|error|mistaken?|bogus|not|never|no|nor)\b|n't\b", re.I)


def statement_of(text: str) -> tuple[str, str]:
    """``text`` cut before its last sentence that holds a formula: the sentences before it, and that sentence with
    all that follows, the words a lead's statement is weighed with ("Suppose $T > 0$ is false. Then:")."""
    bare = _MATH.sub(lambda m: "\0" * len(m[0]), re.sub(_ABBREVIATION, lambda m: m[1] + "_", text))
    starts = [0, *(m.end() for m in re.finditer(r"(?<=[.!?])\s+", bare))]
    ends = [*starts[1:], len(bare)]
    cut = max((a for a, b in zip(starts, ends, strict=True) if "\0" in bare[a:b]), default=starts[-1])
    return text[:cut], text[cut:]
