"""What the prose says a letter is, in words derive does not read. A function letter named a particular function
("We were wrong: $g$ is really the sine.", a probe's R11), or a letter said to take one's values ("we want an
activation $a_i$ to be the probability …, we apply the softmax function", survey S-03), keeps no refutation whose
counterexample puts a stand-in for it: the page rules the stand-in out, so the link is only "not refuted" (a proof
for any function still holds). A letter the page defines (g(x) = x^2) and the prose gives a meaning again below
("Now let $g$ be the exponential function.", "Redefine $g$ as …", "For the rest of the page we use the sine in
place of $g$") is refused in the links below both that write it, or a name defined with it: read with the old
definition, they had proven claims of the wrong function. A recall of the same known function, and a front
matter's define that the prose only describes, give no new meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sympy.core.function import AppliedUndef

from derive.read.find import Unchecked
from derive.read.footnote_places import footnote_places
from derive.read.frontmatter import FrontMatter
from derive.read.links import Link
from derive.read.named_functions import PARTICULAR
from derive.read.named_particular import BODIES, outside_code
from derive.read.renamed_names import RENAMED, name_key, written

#: Words that say which function a letter is, besides those ``named_functions`` knows.
_WORDS = PARTICULAR | {
    "sine", "sin", "cosine", "cos", "tangent", "tan", "sinh", "cosh", "square", "squaring", "cube", "root",
    "absolute", "gelu", "swish", "silu", "mish", "reciprocal", "inverse", "arctan", "erf", "rectifier",
    "rectified", "hyperbolic", "maximum", "minimum", "ln", "cubic", "power",
}  # fmt: skip
#: Words with which a sentence gives a defined letter a new meaning ("Now let $g$ be …", "Redefine $g$ as …").
_ANEW = re.compile(
    r"\b(?:now|from\s+(?:now|here|this\s+point)\s+on|instead|really|actually|re-?defin\w*|this\s+time|no\s+longer"
    r"|rather|new|rest\s+of|second\s+part|next|henceforth|hereafter|in\s+what\s+follows|replac\w*|switch\w*|swap\w*"
    r"|chang\w*\s+(?:the\s+|its\s+|our\s+)?(?:function|definition|meaning|activation)"
    r"|different\s+(?:function|activation|meaning|definition)|going\s+forward)\b",
    re.I,
)
#: A preposition right before the letter, whose object it then is ("the effect through $\\sigma$ is"): no naming.
_OBJECT = re.compile(r"\b(?:through|of|on|to|by|with|in|at|from|via|over|under|about|than|and|or)\s*$", re.I)
#: Display math written inside a paragraph: a formula of the page, not its prose.
_DISPLAYED = re.compile(r"\$\$.*?\$\$", re.S)
#: A verb that takes the letter as what it is seen as, "see $g_i(x)$ as the probability" (U-05): no new meaning.
_VIEWED = re.compile(
    r"\b(?:see|seen|view(?:ed)?|regard(?:ed)?|interpret(?:ed)?|think\s+of|thought\s+of|treat(?:ed)?)\s*\$[^$]*\$\s*,?\s+as$",
    re.I,
)
#: Words that leave the letter any function.
_ANY = {"any", "arbitrary", "every", "generic"}
_SENTENCE = re.compile(r"(?<=[.!?:])\s+|\n\s*\n")
_NAME = r"(\\[A-Za-z]+|[A-Za-z])"
#: The letter alone or applied between dollars: $g$, $g(x)$, $\phi$.
_MENTION = re.compile(rf"\$\s*{_NAME}\s*(?:\([^$()]*\))?\s*\$")
#: A name (applied, or with its signature), then a verb that gives it a meaning: "$g$ is …", "Redefine $g$ as …",
#: "take $g$ to be …", "$g: \\mathbb{R} \\to \\mathbb{R}$ be …", "$g(x)$ be $e^x$" (a probe's a1_*: below the
#: letter's definition, each is a renaming, whatever its words say).
_RENAMING = re.compile(
    rf"\$\s*{RENAMED}\s*(?:\([^$()]*\)|:[^$]*)?\s*\$\s*,?\s+(?:is|be|denotes|means|represents|becomes|stands\s+for"
    r"|refers\s+to|will\s+be|to\s+be|as|now|equals?)\b",
    re.I,
)
#: Words that say what a function is like, not what it is: "$\\sigma(z)$ is bounded between 0 and 1".
_PROPERTY = re.compile(
    r"\s*(?:(?:always|strictly|also|then|still|everywhere)\s+)*(?:bounded|positive|negative|non-?negative|increasing"
    r"|decreasing|monoton\w*|continuous|differentiable|smooth|convex|concave|symmetric|odd|even|close|between)\b",
    re.I,
)
#: A letter (bold, with a subscript or not), then "to be", "is", …: "we want an activation $a_i$ to be the
#: probability …, we apply the softmax function" (a survey's S-03).
_VALUE_NAMING = re.compile(
    r"\$\s*(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{?\s*)?([A-Za-z])\s*\}?\s*(?:_\s*\{?[A-Za-z0-9, ]+\}?)?\s*\$\s*,?\s+"
    r"(?:to\s+be|is|are|be|denotes|represents|stands\s+for)\b([^$]*)",
    re.I,
)
#: Words that say what values a letter takes (a stand-in a_2 = 47/25 is no probability, no softmax's).
_VALUES = {"softmax", "sigmoid", "logistic", "tanh", "relu", "softplus", "exponential", "probability", "probabilities"}
#: Names of particular functions: a sentence below a letter's definition that writes the letter beside one, and says
#: the meaning changes, gives it one again whatever its verbs ("For the rest of the page we use the sine in place of
#: $g$", a table "| $g$ | the sine |" under "meaning from here on").
_FUNCTION_NAMES = {
    "sine", "cosine", "tangent", "exponential", "sigmoid", "logistic", "tanh", "relu", "softplus", "softmax",
    "identity", "gelu", "swish", "silu", "mish", "square", "cube", "absolute", "rectifier", "arctan", "erf",
}  # fmt: skip
#: Math in the prose, $…$ or \\(…\\), and the name it opens with: $g$, ${g}$, $g\\,$, \\(g\\), $g(x)$, $g: A \\to B$.
_MATH = re.compile(r"\$([^$]+)\$|\\\((.+?)\\\)")
_OPENING = re.compile(rf"\s*\{{?\s*{RENAMED}\s*\}}?\s*(?:\\[,;!: ]\s*)*(?:\(|:|=|$)")
#: Functions written as commands in the prose's math: "$g$ is $\\sin$".
_COMMAND = re.compile(r"\\(sin|cos|tan|sinh|cosh|tanh|exp|log|ln|arctan|max|min)\b")
_COMMANDS = {"sin", "cos", "tan", "sinh", "cosh", "tanh", "exp", "log", "ln", "arctan"}


@dataclass(frozen=True)
class Naming:
    """A sentence at ``line`` that says what ``letter`` is: a particular function; with ``anew``, a meaning given
    again (a renaming verb, or words of change beside a function's name); with ``value``, the values it takes."""

    letter: str
    line: int
    sentence: str
    anew: bool
    value: bool = False


def namings(text: str) -> list[Naming]:
    """Each sentence of the prose (outside code) that writes a letter alone and a word naming a particular function."""
    prose, found, at, moved = outside_code(text), [], 0, footnote_places(text)  # "[^1]: From here on $g$ is …"
    prose = _DISPLAYED.sub(lambda m: "\n" * m[0].count("\n") + " ", prose)  # $$g_i(x) = …$$ in a paragraph: no prose
    for sentence in _SENTENCE.split(prose):
        start = prose.find(sentence, at)
        at = max(start, at)
        flat = " ".join(sentence.split())
        words = _words(re.sub(r"\$[^$]*\$", " ", flat))
        line = moved.get(prose.count("\n", 0, start) + 1, prose.count("\n", 0, start) + 1)
        found += [
            Naming(m[1], line, flat, False, True)
            for m in _VALUE_NAMING.finditer(flat)
            if _words(m[2]) & _VALUES and not re.search(r"\bof\s+(?:the\s+)?$", flat[: m.start()])
        ]
        words |= {c.lower() for c in _COMMAND.findall(" ".join(re.findall(r"\$([^$]*)\$", flat)))}
        opening = prose.rfind("\n\n", 0, start)
        opening = prose.rfind("\n\n", 0, opening) if prose[opening:].lstrip().startswith("|") else opening  # caption
        paragraph = prose[opening + 1 : (prose.find("\n\n", start) + 1 or len(prose) + 1) - 1]
        if words & (_FUNCTION_NAMES | _COMMANDS) and _ANEW.search(paragraph):  # "we now use the sine for $g$",
            opened = (_OPENING.match(m[1] or m[2] or "") for m in _MATH.finditer(flat))  # "From here on $g = \sin$."
            found += [Naming(name_key(o[1]), line, flat, True) for o in opened if o and o[1] not in ("e", "i", "d")]
        if not words & _WORDS or words & _ANY:  # "Let $g$ be any function, such as the sine.": g is any
            continue
        for letter in dict.fromkeys(m.group(1) for m in _MENTION.finditer(flat)):
            if letter not in ("e", "i", "d"):
                found.append(Naming(letter, line, flat, False))
    for match in _RENAMING.finditer(prose):  # over paragraphs: a colon in math ($g: A \\to B$) ends no sentence
        if match[1] not in ("e", "i", "d") and "\n\n" not in match[0]:
            start = max(prose.rfind("\n\n", 0, match.start()), prose.rfind(". ", 0, match.start())) + 2
            ends = [at for at in (prose.find("\n\n", match.end()), prose.find(". ", match.end())) if at >= 0]
            sentence = " ".join(prose[start : min(ends, default=len(prose))].split())
            after = " ".join(prose[match.end() : min(ends, default=len(prose))].split())
            plain = not _ANEW.search(sentence) and not _words(after) & _FUNCTION_NAMES  # no "from here on", no "sine"
            if plain and _PROPERTY.match(after):  # "$\\sigma(z)$ is bounded between 0 and 1": no new meaning
                continue
            named = _words(re.sub(r"\$[^$]*\$", " ", after)) & _WORDS or after.lstrip().startswith("$")
            object_ = _OBJECT.search(prose[max(start, match.start() - 40) : match.start()])  # "through $\\sigma$ is"
            object_ = object_ or _VIEWED.search(prose[max(start, match.start() - 40) : match.end()])  # "see $g$ as"
            if (named or _ANEW.search(sentence)) and not object_:  # "be the exponential", "be $e^x$", "Redefine … as"
                at = prose.count("\n", 0, match.start()) + 1
                found.append(Naming(name_key(match[1]), moved.get(at, at), sentence, True))
    return found


def _words(text: str) -> set[str]:
    """The words of ``text``, in lower case."""
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", text)}


def _writes(letter: str, latex: str) -> bool:
    """Whether ``latex`` applies ``letter`` (g(x), g'(x), g^{\\prime}(x), \\phi(z))."""
    before = r"(?<![A-Za-z\\_^])(?<!_\{)" if not letter.startswith("\\") else r"(?<![_^])(?<!_\{)"
    pattern = rf"{before}{re.escape(letter)}(?![A-Za-z])\s*(?:'+|\^\s*\{{?\s*\\prime\s*\}}?)?\s*(?:\\left\s*)?\("
    return re.search(pattern, latex) is not None


def _names(letter: str, latex: str) -> bool:
    """Whether ``latex`` writes ``letter`` as a name of its own (a_i, \\mathbf{a}), not applied and not in a word."""
    return re.search(rf"(?<![A-Za-z\\_^])(?<!_\{{){letter}(?![A-Za-z(])", latex) is not None


def _standing(letter: str, latex: str) -> bool:
    """Whether ``latex`` writes ``letter`` as a name of its own anywhere (g(x), g\\big(x\\big), \\frac{dg}{dx})."""
    before = r"(?<![A-Za-z\\_^])(?<!_\{)(?:d\s*)?" if not letter.startswith("\\") else ""
    return re.search(rf"{before}{written(letter)}(?![A-Za-z0-9])", latex) is not None


def _uses(letter: str, latex: str, bodies: dict[str, list[str]]) -> bool:
    """Whether ``latex`` writes ``letter``, or a name whose definition writes it (h(x) = g(x) + 1), at any depth."""
    through, grown = {letter}, True
    while grown:
        more = {name for name, texts in bodies.items() if any(_standing(t, b) for t in through for b in texts)}
        grown, through = not more <= through, through | more
    return any(_standing(name, latex) for name in through)


def _same(naming: Naming, bodies: dict[str, list[str]]) -> bool:
    """Whether the sentence names the very function the letter is defined as ("where $\\sigma$ is the sigmoid" below
    σ(z) = 1/(1 + e^{-z})): a recall, no renaming. Bodies are compared as written, their parameter read as x."""
    said = naming.sentence.lower()
    known = {"".join(body.split()) for word, body in BODIES.items() if re.search(rf"\b{word}\b", said)}
    return bool(known) and all("".join(text.split()) in known for text in bodies.get(naming.letter, []))


def named_unread(
    links: list[Link], text: str, front: FrontMatter, unchecked: list[Unchecked], held: set[str]
) -> list[Link]:
    """The links, those that apply a letter the prose names as a particular function, or write one it says takes a
    particular function's values, marked so (a counterexample's stand-in for it refutes nothing), less those below a
    sentence that names a defined letter anew (listed unread). ``held``: letters the page's assumptions constrain
    (their counterexample keeps them)."""
    defined: dict[str, int] = {}
    bodies: dict[str, list[str]] = {}
    for head, body in front.define:
        letter = name_key(head.text.split("(")[0])
        defined[letter] = min(defined.get(letter, head.line), head.line)
        parameter = re.fullmatch(r"[^(]*\(\s*([A-Za-z])\s*\)\s*", head.text)  # σ(z): z read as x to compare
        shown = (
            body.text if parameter is None else re.sub(rf"(?<![A-Za-z\\]){parameter[1]}(?![A-Za-z])", "x", body.text)
        )
        bodies.setdefault(letter, []).append(" ".join(shown.split()))
    bases = {re.sub(r"\\(?:mathbf|boldsymbol|bm|vec|hat)\s*\{?|[{}\s]", "", key)[:1] for key in defined}
    free = bases | held | set(defined)
    said = namings(text)
    fronted = len(text) - len(text.lstrip("\n"))  # the front matter's lines, blanked: its defines are the author's
    renamed = [n for n in said if n.anew and defined.get(n.letter, n.line) < n.line and not _same(n, bodies)]
    renamed = [n for n in renamed if defined[n.letter] > fronted or _ANEW.search(n.sentence)]  # "From now on …"
    kept, refused = [], set()
    for link in links:
        latex = f"{link.lhs_latex} {link.rhs_latex}"
        anew = [n for n in renamed if n.line < link.line and _uses(n.letter, latex, bodies)]
        if anew:
            if link.line not in refused:
                last = anew[-1]
                unchecked.append(Unchecked(link.line, (
                    f"unreadable: {last.letter} is defined at line {defined[last.letter]}, and the prose gives it a "
                    f"meaning again at line {last.line}, which derive does not read; this display, below both, may "
                    "mean either: give the new function a name of its own, or define it by its formula"
                )))  # fmt: skip
                refused.add(link.line)
            continue
        applied = {str(f.func) for side in (link.lhs, link.rhs) for f in side.atoms(AppliedUndef)}
        named = [n for n in said if not (n.value or n.anew) and n.letter.lstrip("\\") in applied]
        named = [n for n in named if _writes(n.letter, latex)]
        named += [n for n in said if n.value and n.letter not in free and _names(n.letter, latex)]
        if named:
            near = [n for n in named if n.line <= link.line] or named  # the naming above the link governs it
            marks = ((near[-1].letter, near[-1].line, "named"),)
            link = replace(link, unread_values=(*link.unread_values, *marks))
        kept.append(link)
    return kept


__all__ = ["Naming", "named_unread", "namings"]
