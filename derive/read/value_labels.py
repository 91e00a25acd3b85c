"""A defined value written with what it depends on, as books write a loss: ``\\mathcal{L}(\\hat{y}, y) = …``,
d2l's ``l(\\mathbf{y}, \\hat{\\mathbf{y}}) = -\\sum_j y_j \\log \\frac{\\exp(o_j)}{\\sum_k \\exp(o_k)}``.

The parentheses of such a head are a label, not a function's parameters, where each argument is a whole vector
the body uses by its entries (y_j), or is written in a vector font (``\\mathbf{y}``), or does not stand in the body
at all (ŷ above): no argument stands bare in the body (σ(x) = 1/(1 + e^{-x}) is a function of x). Where only the
font or the absence makes it a label, the page's other ``l(\\mathbf{y}, \\hat{\\mathbf{y}})`` are that value (their
parentheses blanked) and ``l`` with other arguments is refused: the page defines l for those arguments only, and
reading l(𝐲, 𝐨) as the same value would be a guess.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.declarations import name_of
from derive.read.find import Display, Found, Unchecked
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.inference import Usage, scan
from derive.read.known_functions import KNOWN_FUNCTIONS
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import ACCENTS, GREEK, display_name

#: Fonts that write a whole vector: ``\\mathbf{y}``, ``\\boldsymbol{\\theta}``, ``\\vec{x}``.
VECTOR_FONTS = ("mathbf", "boldsymbol", "bm", "vec")
_FONTED = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(.*?)\s*\}")
#: What sets a label's arguments apart: a comma, or the bars of a divergence, ``D_{\\mathrm{KL}}(p \\parallel q)``.
_SEPARATORS = re.compile(r",|\\parallel(?![A-Za-z])|\\Vert(?![A-Za-z])|\\\|")
_HEAD = re.compile(
    r"(?P<name>.*?\S)\s*(?:\\left\s*)?\((?P<args>[^()]*)\)\s*(?:\\right\s*\)?)?(?P<entry>_\s*\{?\s*[a-z]\s*\}?)?\s*",
    re.S,
)


@dataclass(frozen=True)
class Label:
    """A value the page defines at ``line`` written with the arguments ``arguments`` (their names, "yhat")."""

    name: str
    arguments: tuple[str, ...]
    line: int
    #: Names the body applies to the same arguments, defined nowhere: generic functions of those whole vectors.
    functions: tuple[str, ...] = ()
    #: The arguments written in a vector font where ``functions`` are: whole vectors.
    vectors: tuple[str, ...] = ()
    #: Each argument a whole vector the body uses by its entries (\\mathcal{L}(\\hat{y}, y)): written elsewhere with
    #: what it is made of, the value (``latex_names``); with vectors none of its own, a function
    #: (``vector_arguments``).
    whole: bool = False
    #: The entry's parameter of a whole label written with one, ``\\sigma(\\mathbf{z})_i``: "i".
    entry: str = ""
    #: The head as the page writes it (``D_{\\mathrm{KL}}(p \\parallel q)``), for messages.
    head: str = ""
    #: An entry's value written with what it depends on, ``\\ell_i(\\mathbf{w})``: its index as the head writes it.
    indexed: str = ""

    def describe(self) -> str:
        """For the report: "a value of (y, \\hat{y})", and "J any function of the whole vector w" where read so."""
        shown = ", ".join(display_name(a) for a in self.arguments)
        whole = ", ".join(display_name(v) for v in self.vectors)
        functions = "".join(f", {display_name(f)} any function of the whole vector{'s' * (len(self.vectors) > 1)} "
                            f"{whole}" for f in self.functions)  # fmt: skip
        return f"a value of ({shown}){functions}"


def argument_name(written: str, line: int) -> str:
    """The name an argument is written with, its font dropped: ``\\hat{\\mathbf{y}}`` → "yhat"."""
    return name_of(Entry(_FONTED.sub(r"\1", written.strip().removesuffix("\\right").strip()), line), "vector")


def without_labels(head: str, body_text: str, usage: Usage, line: int) -> tuple[str, Label | None]:
    """``\\mathcal{L}(\\hat{y}, y)`` as ``\\mathcal{L}``: a value written with the whole vectors it depends on (each
    used by its entries in the body or on the page), not a function of numbers; with the Label where an argument
    is one only by its font or its absence from the body; any other head as it is."""
    match = _HEAD.fullmatch(_whole_tuples(head, usage))
    if match is None:
        return head, None
    body = tokenize(body_text, line)
    own = Usage()
    scan(body, own)
    wholes = {*usage.vectors, *usage.arrays, *own.vectors, *own.arrays}
    present = {*own.vectors, *own.arrays, *own.lettered, *own.alone, *own.applied, *own.indices, *own.bounds}
    arguments: list[str] = []
    fonted: list[str] = []
    bare: list[str] = []
    parts = _SEPARATORS.split(match.group("args"))
    divergence = len(parts) > 1 and "," not in match.group("args")  # D_{KL}(p \\parallel q)
    for arg in parts:
        try:
            named = argument_name(arg, line)
        except InputError:
            return head, None
        if _FONTED.search(arg) is not None:
            fonted.append(named)
        if named not in own.vectors and _bare_in(body, named):
            bare.append(named)  # σ(x) = 1/(1 + e^{-x}) beside a vector x_i: x bare in the body, a parameter
        elif named not in wholes and named not in fonted and named in present and not _free_index(body, named, own):
            return head, None
        arguments.append(named)
    alike = _applied_alike(body, body_text, tuple(arguments), line) if set(bare) <= set(fonted) else ()
    if bare and not alike:
        return head, None  # a function's parameter, unless the body writes a function of it as the head is written
    if match.group("entry") and any(word in match.group("name") for word in KNOWN_FUNCTIONS):
        return head, None  # softmax(z)_i = …: a claim about the function derive knows, checked, never a redefinition
    entry_head = _entry_head(match.group("name")) if not match.group("entry") else None  # \ell_i(\mathbf{w})
    if all(named in wholes for named in arguments) and not bare and not divergence:
        whole = None
        if all(named in own.vectors for named in arguments):
            named_at = name_at(tokenize(match.group("name")), 0)
            entry = re.sub(r"[_{}\s]", "", match.group("entry") or "")  # σ(z)_i: i, its entry's parameter
            whole = None if named_at is None else Label(named_at[0], tuple(arguments), line, whole=True, entry=entry)
        elif entry_head is not None:
            whole = Label(entry_head[0], tuple(arguments), line, head=" ".join(head.split()), indexed=entry_head[1])
        return match.group("name") + (match.group("entry") or ""), whole  # σ(z)_i: the entry i of the vector σ
    if entry_head is not None and not alike and len(set(arguments)) == len(arguments):
        label = Label(entry_head[0], tuple(arguments), line, head=" ".join(head.split()), indexed=entry_head[1])
        return match.group("name"), label  # ℓ_i(w) = −[y_i log p̂_i + …], w no parameter there: the entry ℓ_i
    if match.group("entry") or len(set(arguments)) != len(arguments):
        return head, None
    try:
        name = name_at(tokenize(match.group("name")), 0)
    except InputError:
        return head, None
    if name is None or name[1] != len(tokenize(match.group("name"))) or name[0] in alike:
        return head, None
    fonts = tuple(fonted) if alike else ()
    return match.group("name"), Label(name[0], tuple(arguments), line, alike, fonts, head=" ".join(head.split()))


def _entry_head(name: str) -> tuple[str, str] | None:
    """The name and index of an entry's head written before its arguments, ``\\ell_i``: ("ell", "i"); else None."""
    entry = re.fullmatch(r"(?P<base>.*?\S)\s*_\s*(?:\{\s*(?P<braced>[a-z])\s*\}|(?P<bare>[a-z]))\s*", name)
    if entry is None:
        return None
    try:
        tokens = tokenize(entry.group("base"))
    except InputError:
        return None
    named = name_at(tokens, 0) if tokens else None
    if named is None or named[1] != len(tokens) or "_" in named[0]:
        return None
    return named[0], entry.group("braced") or entry.group("bare")


def _applied_alike(body: list[Token], text: str, arguments: tuple[str, ...], line: int) -> tuple[str, ...]:
    """The names the body applies to exactly the head's arguments (J in ``\\tilde{J}(\\mathbf{w}) = J(\\mathbf{w})
    + …``), none a function derive knows: functions of those whole vectors, written as the head is."""
    found: list[str] = []
    for at in range(len(body)):
        name = None if at and body[at - 1].kind in ("_", "^") else name_at(body, at)
        written = _arguments_at(body, name[1], text) if name is not None else None
        if name is None or written is None or name[0] in KNOWN_FUNCTIONS:
            continue
        try:
            same = tuple(argument_name(part, line) for part in written[2]) == arguments
        except InputError:
            same = False
        if same and name[0] not in found:
            found.append(name[0])
    return tuple(found)


#: A vector written out by its entries, ``(t_1, \\dots, t_k)``: the name, and the last entry's subscript.
_TUPLE = re.compile(
    r"\(\s*(\\?[A-Za-z]+)\s*_\s*\{?\s*1\s*\}?\s*,\s*\\[lc]?dots\s*,\s*\1\s*_\s*\{?\s*([A-Za-z])\s*\}?\s*\)"
)


def _whole_tuples(head: str, usage: Usage) -> str:
    """``\\ell((t_1, \\dots, t_k), y)`` as ``\\ell(t, y)`` where k is the one bound the page's sums run up to: the
    whole vector t, written out by its entries 1 to k (with k no sum's bound, the list may be part of t: kept)."""
    return _TUPLE.sub(lambda m: m.group(1) if set(usage.bounds) == {m.group(2)} else m.group(0), head)


def _free_index(body: list[Token], name: str, own: Usage) -> bool:
    """Whether ``name`` is an index the body holds free (the y of ``\\ell(t, y) = -\\log s_y``): the head writes the
    value with the entry it is taken at, a label; an index a sum, max or product binds is no such argument."""
    if name not in own.indices or name in own.bounds:
        return False
    for at in range(len(body) - 2):
        if body[at].kind == "command" and body[at + 1].kind == "_":
            script = body[at + 3] if body[at + 2].kind == "{" and at + 3 < len(body) else body[at + 2]
            if script.value == name:
                return False
    return True


def _bare_in(body: list[Token], name: str) -> bool:
    """Whether ``name`` stands bare in ``body`` (e^{-x}; e^x, the exponent of e, as TeX sets e^{x}), not in a
    script (h_\\theta) nor with one (x_i)."""
    for at, token in enumerate(body):
        if token.kind in ("letter", "command") and token.value == name:
            before = body[at - 1].kind if at else ""
            before = (
                ""
                if at >= 2 and before == "^" and (body[at - 2].kind, body[at - 2].value) == ("letter", "e")
                else before
            )
            after = body[at + 1].kind if at + 1 < len(body) else ""
            if before not in ("_", "^") and after not in ("_", "^"):
                return True
    return False


def name_at(tokens: list[Token], at: int) -> tuple[str, int] | None:
    """The name written at ``at`` (``l``, ``\\ell``, ``\\hat{y}``, ``\\mathcal{L}``) and the position after it."""
    token = tokens[at]
    lettered = (token.kind == "letter" and len(token.value) == 1) or (token.kind == "command" and token.value in GREEK)
    labelled = _upright_label(tokens, at + 1) if lettered else None
    if labelled is not None:  # D_{\\mathrm{KL}}, \\ell_{\\rm ce}: the name "D_KL", as a definition's head gives it
        return f"{token.value}_{labelled[0]}", labelled[1]
    if token.kind == "letter" and (len(token.value) == 1 or "^" in token.value):  # q^{\\text{prime}}: one name
        return token.value, at + 1
    if token.kind == "command" and token.value in GREEK:
        return token.value, at + 1
    if token.kind == "command" and token.value in ACCENTS:
        inner = tokens[at + 1 : at + 4]
        if [t.kind for t in inner] == ["{", "letter", "}"]:
            return inner[1].value + ACCENTS[token.value], at + 4
        if inner[:1] and inner[0].kind == "letter" and len(inner[0].value) == 1:
            return inner[0].value + ACCENTS[token.value], at + 2
    return None


def split_arguments(tokens: list[Token], at: int) -> tuple[list[list[Token]], int] | None:
    """The arguments in the parentheses at ``at`` (``\\left(`` allowed), each its tokens, and the position after
    the closing one; None where no parentheses follow."""
    if at < len(tokens) and tokens[at].kind == "command" and tokens[at].value == "left":
        at += 1
    if at >= len(tokens) or tokens[at].kind != "(":
        return None
    level, parts, current = 0, list[list[Token]](), list[Token]()
    for end in range(at, len(tokens)):
        level += {"(": 1, ")": -1}.get(tokens[end].kind, 0)
        if level == 0:
            if current and current[-1].kind == "command" and current[-1].value == "right":
                current = current[:-1]
            return [*parts, current], end + 1
        if end > at and level == 1 and tokens[end].kind == ",":
            parts.append(current)
            current = []
        elif end > at:
            current.append(tokens[end])
    return None


def _upright_label(tokens: list[Token], at: int) -> tuple[str, int] | None:
    """The upright word of ``_{\\mathrm{KL}}`` (or ``\\text``) at ``at`` and the position after it, else None."""
    kinds = [t.kind if t.kind in "_{}" else t.value for t in tokens[at : at + 4]]
    if kinds not in (["_", "{", "text", "{"], ["_", "{", "mathrm", "{"], ["_", "{", "operatorname", "{"]):
        return None
    end = at + 4
    while end < len(tokens) and tokens[end].kind == "letter":
        end += 1
    closing = [t.kind for t in tokens[end : end + 2]]
    if end == at + 4 or closing != ["}", "}"]:
        return None
    return "".join(t.value for t in tokens[at + 4 : end]), end + 2


def _arguments_at(tokens: list[Token], at: int, text: str) -> tuple[int, int, list[str]] | None:
    """The parentheses right after a name at ``at`` (``\\left(`` allowed): where they start and end in the text,
    and each argument as written; None where no parentheses follow."""
    if at < len(tokens) and tokens[at].kind == "command" and tokens[at].value == "left":
        at += 1
    if at >= len(tokens) or tokens[at].kind != "(":
        return None
    start, level, parts, current = at, 0, list[str](), list[Token]()
    for end in range(at, len(tokens)):
        level += {"(": 1, ")": -1}.get(tokens[end].kind, 0)
        if level == 0:
            parts.append(text[current[0].start : current[-1].end] if current else "")
            opening = tokens[start - 1] if tokens[start - 1].value == "left" else tokens[start]
            return opening.start, tokens[end].end, parts
        if end > start and level == 1 and (tokens[end].kind == "," or tokens[end].value in ("parallel", "Vert", "|")):
            parts.append(text[current[0].start : current[-1].end] if current else "")
            current = []
        elif end > start:
            current.append(tokens[end])
    return None


def with_label_names(front: FrontMatter, labels: list[Label], taken: set[str]) -> FrontMatter:
    """The front matter with what a label's body shows of its arguments: J of ``\\tilde{J}(\\mathbf{w}) = J(\\mathbf{w})
    + …`` a function of the whole vector w (declared under functions), and w a vector; a name the page declares
    or defines is left as it is."""
    labels = [label for label in labels if not label.whole]
    if not labels:
        return front
    functions = [f for label in labels for f in label.functions if f not in taken]
    vectors = [v for label in labels for v in label.vectors if v not in taken]
    if not functions and not vectors:
        return front
    line = labels[0].line
    return dataclasses.replace(
        front,
        functions=(*front.functions, *(Entry(display_name(f), line) for f in dict.fromkeys(functions))),
        vectors=(*front.vectors, *(Entry(display_name(v), line) for v in dict.fromkeys(vectors))),
    )


def take_labelled_uses(labels: list[Label], found: Found) -> Found:
    """The displays with each use of a label as defined (``l(\\mathbf{y}, \\hat{\\mathbf{y}})``) read as the value
    (its parentheses blanked), and each display that writes a label with other arguments refused, saying why."""
    by_name = {label.name: label for label in labels if not label.whole}
    if not by_name:
        return found
    kept: list[Display] = []
    refused: list[Unchecked] = []
    for display in found.displays:
        read = _read_uses(display, by_name)
        if isinstance(read, Unchecked):
            refused.append(read)
            continue
        kept.append(read)
    return dataclasses.replace(found, displays=tuple(kept), unchecked=(*found.unchecked, *refused))


def _past_index(tokens: list[Token], at: int) -> int:
    """The position after a one-letter subscript at ``at`` (``_i``, ``_{i}``), or 0 where none stands there."""
    kinds = [t.kind for t in tokens[at : at + 4]]
    if kinds[:2] == ["_", "letter"] and len(tokens[at + 1].value) == 1:
        return at + 2
    if kinds == ["_", "{", "letter", "}"] and len(tokens[at + 2].value) == 1:
        return at + 4
    return 0


def _read_uses(display: Display, labels: dict[str, Label]) -> Display | Unchecked:
    """The display with its uses of ``labels`` blanked; why it is not read where one has other arguments."""
    try:
        tokens = tokenize(display.text, display.line)
    except InputError:
        return display
    text = display.text
    for at in range(len(tokens)):
        if at and tokens[at - 1].kind in ("_", "^"):
            continue
        name = name_at(tokens, at)
        label = labels.get(name[0]) if name is not None else None
        after = name[1] if name is not None else 0
        if label is not None and label.indexed:  # ℓ_i(𝐰), ℓ_{i}(𝐰): past the entry's index to its arguments
            after = _past_index(tokens, after)
        written = _arguments_at(tokens, after, display.text) if label is not None and after else None
        if label is None or written is None:
            continue
        start, end, parts = written
        try:
            same = tuple(argument_name(part, display.line) for part in parts) == label.arguments
        except InputError:
            same = False
        if not same:
            shown = display_name(label.name)
            written_as = " ".join(display.text[tokens[at].start : end].split())
            defined = label.head or f"{shown}({', '.join(display_name(a) for a in label.arguments)})"
            return Unchecked(
                tokens[at].line,
                f"unreadable: {written_as}: {shown} is defined for "
                f"({', '.join(display_name(a) for a in label.arguments)}) at line {label.line}, not as a function "
                f"of other arguments: write {defined}, or define {shown} with parameters",
            )
        text = text[:start] + " " * (end - start) + text[end:]
    return dataclasses.replace(display, text=text)
