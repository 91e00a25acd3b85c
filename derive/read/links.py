"""A link of an equality chain (``Link``), and what a display gives beside its links: where a chain opens (a
display that starts with ≠, or holds one expression and no relation), and why a display could not be read."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sympy import Basic, Expr, Indexed, S, Symbol

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.model.notation import Definition
from derive.read.chain_cases import lead_case
from derive.read.find import Display, Unchecked
from derive.read.latex_lexer import Token
from derive.read.latex_parser import read_expression
from derive.read.names import Names
from derive.read.three_index import entries_of


@dataclass(frozen=True)
class Link:
    """One link lhs = rhs of a chain; ``line`` is where its right-hand side stands."""

    line: int
    lhs: Expr
    rhs: Expr
    lhs_latex: str
    rhs_latex: str
    condition: Basic
    constraints: tuple[Assumption, ...]  # constraints stated for this chain only
    head: Expr  # the first expression of the chain: every link claims equality with it
    chain: int  # 1-based chain number
    position: int  # 1-based link number in the chain
    #: What the two sides, as written, divide by or take the logarithm of: defined only where each is nonzero.
    nonzero: tuple[Expr, ...] = ()
    #: When the sides are of different shapes: each side's shape ("K×1", "a number") and its value at n = 2.
    shapes: tuple[tuple[str, Expr], tuple[str, Expr]] | None = None
    #: The free indices that range over a length other than n (the slots they stand in), with that length.
    ranges: tuple[tuple[Symbol, int | Symbol], ...] = ()
    #: The lengths the sides of different shapes are written out at (n = 2, each other length its own value).
    shape_point: tuple[tuple[Expr, Expr], ...] = ()
    #: Not a link but where a chain opens (``≠ expr``): the expression the displays below may go on from.
    opening: bool = False
    #: The chain's sides after this link's could not be read: a display below that starts with '=' goes on from
    #: nothing it could check, and is refused.
    ends_unread: bool = False
    #: In a chain over two layers of a network (``derive.read.network``): the index of the layer before, and the
    #: definitions in force there, in place of the file's.
    layer: Symbol | None = None
    definitions: tuple[Definition, ...] = ()
    #: The right-hand side as read, a whole vector or matrix where it is one (``rhs`` is its entry): what a display
    #: that goes on from this link goes on from, so that ``= -(\mathbf{y} - \mathbf{s})`` keeps its shape.
    whole: Basic | None = None
    #: Not a link but a condition the page sets, ``lhs = 0`` (``derive.read.set_conditions``; ``opening`` too): as
    #: the page writes it, and the unknowns it may be solved for (the variables it differentiates by, first).
    sets: tuple[str, tuple[Symbol, ...]] | None = None
    #: A condition stated before the display that derive does not read: a counterexample may break it (``unheld``).
    unheld: str = ""
    #: Conditions the prose states on scalars above the display, read or not, as (line, text, relation): a
    #: counterexample that breaks one refutes nothing (``derive.read.prose_conditions``).
    stated: tuple[tuple[int, str, Basic], ...] = ()
    #: The size the prose fixes for the display ("a vector of size $3$"): its link is checked at that n only, and
    #: says so (``derive.read.stated_sizes``).
    instance_n: int | None = None
    instance_said: str = ""
    #: What the page's notation states and derive does not assume (p(k|x): p a distribution): a refutation is tried
    #: again under them, and stands only with a counterexample that satisfies them (``derive.report``).
    notation_holds: tuple[Assumption, ...] = ()
    #: What the unread condition before the display (``unheld``) says of a vector the link writes ("since $y$ is a
    #: one-hot vector"): a refutation is tried again with it held, and stands with a counterexample that keeps it.
    unheld_holds: tuple[Assumption, ...] = ()
    #: Names the link writes whose value a display states that derive could not read (δ_1 = … at a line): a
    #: counterexample gives them values of its own, and refutes nothing (``derive.read.unread_values``).
    #: Each as written, with its line and what that line states of it: "value" or "condition" (``x_i > 0``); or
    #: "lone", a name written nowhere else, checked for every value (``derive.read.one_sided``).
    unread_values: tuple[tuple[str, int, str], ...] = ()
    #: The condition the link was checked as following from (``derive.read.consequences``): a display after it that
    #: says it follows ("Hence $$x^2 = 4$$") follows from that condition too.
    given: Link | None = None

    @property
    def bases(self) -> set[Basic]:
        """The vectors and arrays the two sides write entries of (y of y_k)."""
        return {e.base for side in (self.lhs, self.rhs) if isinstance(side, Basic) for e in side.atoms(Indexed)}

    def with_nonzero(self, more: tuple[Expr, ...]) -> Link:
        """The link with more expressions it must not be zero for (its defined names' denominators)."""
        return dataclasses.replace(self, nonzero=tuple(dict.fromkeys((*self.nonzero, *more)))) if more else self


#: Environments whose rows and columns are their own (a matrix, an array, cases): kept as written in a side's text.
_ONE_VALUE = re.compile(r"\\begin\{(\w*(?:matrix|cases)|array)\}.*?\\end\{\1\}", re.DOTALL)


def source_text(block: str, tokens: list[Token]) -> str:
    """A side as the page writes it, on one line: row breaks and column marks are spaces, except inside a matrix
    or cases, which keep theirs."""
    text = re.sub(r"(?<!\\)%[^\n]*", " ", block[tokens[0].start : tokens[-1].end])
    pieces, last = [], 0
    for match in _ONE_VALUE.finditer(text):
        pieces += [_flat(text[last : match.start()]), match.group(0)]
        last = match.end()
    pieces.append(_flat(text[last:]))
    return " ".join("".join(pieces).split())


def _flat(text: str) -> str:
    return text.replace("\\\\", " ").replace("&", " ")


def opening(
    display: Display, tokens: list[Token], relation: str, names: Names, count: int, unchecked: list[Unchecked]
) -> Link:
    """Where a display that starts with a relation other than '=' (``≠ expr``) opens a chain: at ``expr``."""
    line = tokens[0].line
    expr, nonzero = read_expression(tokens, names, line)
    (head,), _ = entries_of([expr])
    text = source_text(display.text, tokens)
    case = lead_case(display.lead, names)
    unchecked.append(
        Unchecked(line, f"starts with '{relation}': derive checks equalities (=) only; what follows it opens a chain",
                  equality=False)
    )  # fmt: skip
    return Link(line, head, head, text, text, case, (), head, count + 1, 0, nonzero, opening=True)


def bare(display: Display, tokens: list[Token], names: Names, count: int, unchecked: list[Unchecked]) -> list[Link]:
    """Where a display holding one expression and no relation opens a chain that displays starting with '='
    go on from (TensorFlow's logistic loss, then "= …" line after line); none when it does not read (said in its
    note, for a display that would go on from it)."""
    try:
        expr, nonzero = read_expression(tokens, names, display.line)
        (head,), _ = entries_of([expr])
    except (InputError, TypeError, ValueError) as error:
        why = str(error).split(": ", 1)[-1] if str(error).startswith("line ") else str(error)
        unchecked.append(Unchecked(display.line, "holds no '=': nothing to check", equality=False, why=why))
        return []
    unchecked.append(Unchecked(display.line, "holds no '=': nothing to check", equality=False))
    text = source_text(display.text, tokens)
    case = lead_case(display.lead, names)
    return [Link(display.line, head, head, text, text, case, (), head, count + 1, 0, nonzero, opening=True)]


def from_definition(
    bodies: Sequence[tuple[int, str]],
    shown: Sequence[int],
    display: Display,
    names: Names,
    chains: int,
    history: Sequence[Link],
    headings: Sequence[int] = (),
) -> list[Link] | str | None:
    """What a display opening with '=' goes on from where the display right above it is a definition (``bodies``:
    each displayed definition's line and right side; ``shown``: the line of every display of the page, read or
    not): "$$f = 3x$$ $$= x + 2x$$" reads f = 3x = x + 2x, so it goes on from 3x. Where another display stands above
    the definition in its section (``headings``: the lines that open one), a chain ("$$(uz)^2 = u^2 z^2,$$ where
    $$u = a + b,$$ $$= (a + b)^2 z^2$$") or a definition ("E = (x+1)^2 + 1, u = x + 1, = u^2 + 1"), it may go on
    from either: why it is refused. None where the display above is no definition, or one whose chain was read."""
    from derive.read.asides import OPENING
    from derive.read.latex_lexer import tokenize

    nearest = max((line for line in shown if line < display.line), default=None)
    body = dict(bodies).get(nearest) if nearest is not None else None
    if body is None or nearest is None or not OPENING.sub("", display.text).lstrip().startswith("="):
        return None
    last = history[-1].line if history else None
    if last is not None and last >= nearest:
        return None  # L = A = B: the chain A = B was read, and goes on
    opens = max((line for line in headings if line < nearest), default=0)  # the section the definition stands in
    above = max((line for line in shown if opens < line < nearest), default=None)
    if above is None and list(shown).count(nearest) > 1:  # "$$E = x^2$$ $$u = x + 1$$" on one line, then "= …"
        above = nearest
    if above is not None:  # a chain, an expression or another definition above it: "E = …, u = …, = …"
        return (
            f"the display starts with '=' below the definition at line {nearest}, which stands below the display at "
            f"line {above}: it may go on from either; write its left-hand side"
        )
    try:
        tokens = tokenize(body, nearest)
    except InputError:
        return []
    return bare(Display(body, nearest, "", ""), tokens, names, chains, [])


def refusing(links: list[Link], unchecked: list[Unchecked], why: Callable[[Link], str | None]) -> list[Link]:
    """The links ``why`` finds nothing against; each other one is listed unreadable at its line, for that reason."""
    kept = []
    for link in links:
        reason = why(link)
        if reason is None:
            kept.append(link)
        else:
            unchecked.append(Unchecked(link.line, f"unreadable: {reason}"))
    return kept


def unreadable(error: InputError, line: int) -> Unchecked:
    """A chain the reader cannot read: listed at its line with why, and the rest of the file still checked. An error
    met above it (in a definition the chain uses, at that definition's line) is listed at the chain's line, naming
    the line it was met at: the display is never left unlisted."""
    message = str(error)
    match = re.match(r"line (\d+): ", message)
    if match is not None and int(match.group(1)) < line:
        return Unchecked(line, f"unreadable: {message[match.end() :]} (at line {match.group(1)}, which it uses)", True)
    if match is not None:
        line, message = int(match.group(1)), message[match.end() :]
    return Unchecked(line, f"unreadable: {message}", equality=True)


def skipped_between(unchecked: Sequence[Unchecked], history: Sequence[Link], line: int) -> bool:
    """Whether a display with '=' that is not read (refused before reading) stands between the last link read and
    ``line``: a display starting with '=' below it continues that one, not the link before it."""
    return bool(history) and any(history[-1].line < u.line < line and u.equality and not u.part for u in unchecked)


def continuing_nothing(first: Token, display: Display, unchecked: list[Unchecked], within: bool) -> str:
    """Why a row that starts with '=' goes on from nothing: the display before it could not be read (its line),
    or there is nothing before it."""
    before = [u for u in unchecked if u.line < display.line]
    last = max(before, key=lambda u: u.line) if before else None
    unread = last is not None and (last.reason.startswith("unreadable") or last.why != "")
    if unread and not within and last is not None and not display.lead.lstrip().startswith("#"):
        why = f" ({last.why})" if last.why else ""  # a display of one expression: why it could not be read
        return (
            f"line {first.line}: the display starts with '{first.value}', continuing the display at line "
            f"{last.line}, {'whose last side' if last.part else 'which'} could not be read{why}"
        )
    return f"line {first.line}: the display starts with '{first.value}', continuing nothing: give the left-hand side"


#: Words that widen what a display goes on from: "in general", "for all $i, k$", "for any real $x$", "both cases".
_WIDENS = re.compile(
    r"\b(?:in\s+general|generally|for\s+(?:all|any|every|each|both)|whatever|regardless|any\s+real|arbitrary"
    r"|(?:drop(?:ping|ped)?|without|lift(?:ing)?|relax(?:ing)?)\s+(?:the|this|that|our)\s+(?:case|assumption|condition"
    r"|constraint|restriction)s?|every\s+(?:case|index|indices)|both\s+cases|all\s+(?:cases|indices))\b|\\forall",
    re.I,
)


def widened(lead: str, previous: Link | None) -> Link | None:
    """``previous``, the link a display that starts with '=' goes on from, unless that link holds under a case or a
    statement of its chain and the display's lead widens it ("Hence, in general,", "Now for any real $x$"): under
    it, or for all? (A probe's pages proved s_i(1 − s_i) = s_i(1 − s_k) "in general", read under i = k.)"""
    if previous is None or (previous.condition == S.true and not previous.constraints):
        return previous
    words = " ".join(re.findall(r"\\(?:text|textrm|mbox)\s*\{([^{}]*)\}", lead))  # its own \text{for all } i, too
    prose = re.sub(r"\$[^$]*\$", lambda m: m.group(0) if "forall" in m.group(0) else " ", lead)
    found = _WIDENS.search(f"{prose} {words}")
    if found is None:
        return previous
    raise InputError(
        f"the display goes on from a chain under what its lead states (line {previous.line}), and the words with it "
        f"('{found.group(0)}') widen that: under it, or for all? State what this display holds under"
    )
