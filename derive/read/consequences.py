"""What a page derives from a condition it sets (``derive.read.set_conditions``): after "we set the derivative to
zero: $$\\frac{d}{dx}(x^2 - 2x) = 2x - 2 = 0$$", "This gives $$2x = 2$$" claims that 2x = 2 follows from
2x − 2 = 0, not that it holds for every x. Such a display (its lead says it follows: "gives", "we obtain", "so",
"solving", …; or it stands right after, with no prose between) is checked as that implication where the condition
is linear in one unknown v (a variable its chain differentiates by, else a scalar of it), g = a·v + b with a free
of v: the claim with v = v − g/a put in (definitions written in first), assuming a ≠ 0, the report saying so. That
is exact: where a ≠ 0, g = 0 holds exactly at that v, so a proof proves the implication and a counterexample
satisfies the condition. A condition derive cannot solve so leaves the display listed, not checked."""

from __future__ import annotations

import dataclasses
import re

from sympy import Basic, Derivative, Expr, S, Subs, Symbol, count_ops, diff, expand, latex, simplify
from sympy.core.function import AppliedUndef
from sympy.core.sympify import SympifyError
from sympy.polys.polyerrors import PolynomialError

from derive.engine.step import Assumption
from derive.model.notation import expand_definitions
from derive.read.find import Display, Unchecked
from derive.read.links import Link
from derive.read.names import Names

#: Words that say a display follows from what came before it.
_FOLLOWS = re.compile(
    r"\b(?:gives?|giving|yields?|obtain|get|find|so|thus|hence|therefore|solv\w*|rearrang\w*|implies|leads? to|"
    r"that is|i\.e\.|equivalently)\b",
    re.I,
)
#: Words that say a display does not follow from the condition: "Before solving it, note that", "forgetting this",
#: "in general" (a probe's x² = 2x − 1 "for every real x" had been proven with x = 1 put in).
_NOT_FOLLOWING = re.compile(
    r"\b(?:before|without|rather\s+than|instead\s+of)\s+\w+ing\b|\b(?:forget\w*|regardless|in\s+general|identit\w*"
    r"|identically|for\s+(?:all|every|any)\s+(?:real\s+)?(?:numbers?|values?|x))\b",
    re.I,
)
#: Words that quantify a letter: "for every real $x$", "for all $x \in \mathbb{R}$", "$\forall x$": the display holds
#: for each of its values, not at the one the condition gives.
_EVERY = re.compile(
    r"\bfor\s+(?:every|all|any|each|arbitrary)\s+(?:real\s+|positive\s+|(?:values?|choices?)\s+(?:of\s+)?)?"
    r"(?:numbers?\s+)?(?P<listed>\$[^$]+\$(?:\s*(?:,|and|,\s*and)\s*\$[^$]+\$)*)|\\forall\s*(?P<all>\\[A-Za-z]+|[A-Za-z])",
    re.I,
)
#: A quantified letter at the start of its formula: ``$x$``, ``$x \in \mathbb{R}$``, ``$a, b$``.
_LETTER = re.compile(r"\$\s*(\\[A-Za-z]+|[A-Za-z])|,\s*(\\[A-Za-z]+|[A-Za-z])(?=[\s,$])")
#: A lead that is a display's own line: displays in a row.
_MATH_LINE = re.compile(r"\s*(?:\$\$|\\\[|\\begin\{|\\end\{|```).*|.*(?:\$\$|\\\]|\\end\{[A-Za-z*]+\})\s*")
#: The facts every real scalar of the page has: one with any other has a stated domain.
_PLAIN = {"real", "complex", "commutative", "hermitian", "finite", "infinite", "extended_real", "imaginary"}
#: Words that set what was just shown to zero: "setting this to zero", "equating the derivative to zero".
_THIS = re.compile(
    r"(?:set|equat|requir)\w*\b.*?\b(?:this|it|them|these|those|the\s+(?:derivatives?|gradients?|results?|expressions?))\b"
)
#: What SymPy raises on what it cannot do: the condition is then not solved.
_FAILED = (TypeError, ValueError, AttributeError, NotImplementedError, RecursionError, PolynomialError, SympifyError)
#: How the assumption a consequence is checked under begins, to know one.
GIVEN = "the condition the page sets, "


def follows_from_before(lead: str) -> bool:
    """Whether a display's lead says it follows from what came before ("gives", "so", "solving"), or is a display
    itself (displays in a row)."""
    return bool(_MATH_LINE.fullmatch(lead) or _FOLLOWS.search(lead))


def given_condition(display: Display, history: list[Link]) -> Link | None:
    """The condition a display follows from: the last one among the displays just before (``history``: none across
    a heading or a display that gave nothing), with nothing but its consequences after it, when the display's lead
    says it follows or is the display before, and neither says it does not ("before solving it") nor quantifies a
    letter of the condition ("for every real $x$"). A display that sets a condition of its own follows from none."""
    if not follows_from_before(display.lead) or _NOT_FOLLOWING.search(display.lead):
        return None
    for link in reversed(history):
        given = link if link.sets is not None else link.given  # "⇒ x = 2. Hence $$x^2 = 4$$": x = 2's condition
        if given is not None:
            return None if _quantified(display.lead, given) else given
        if not any(a.phrase.startswith(GIVEN) for a in link.constraints):
            return None
    return None


def quantified_letters(lead: str) -> set[str]:
    """The letters, as written (``x``, ``\\theta``), that ``lead`` states its display for every value of: "for every
    real $x$", "For all real $a$ and $b$", "for all $a, b$", "$\\forall x$"."""
    letters: set[str] = set()
    for match in _EVERY.finditer(lead):
        if match["all"]:
            letters.add(match["all"])
            continue
        letters |= {found for pair in _LETTER.findall(match["listed"]) for found in pair if found}
    return letters


def _quantified(lead: str, given: Link) -> bool:
    """Whether ``lead`` quantifies a letter the condition ``given`` writes or is solved for ("for every real $x$"
    above a display below 2x − 2 = 0): its display is a claim for every x, checked as such."""
    assert given.sets is not None
    letters = quantified_letters(lead)
    written = {*given.lhs.free_symbols, *given.sets[1]}
    return any(str(s) in letters or latex(s) in letters for s in written)


def set_before(display: Display, history: list[Link]) -> Link | None:
    """The condition "Setting this to zero gives $$2x = 2$$" sets: the last side of the display just before (a chain
    the page claims, not a condition or what follows from one) equal to 0, at the line of that side."""
    if not _THIS.match(display.condition) or not history or history[-1].opening:
        return None  # "at the minimum": no word for what is set to zero
    before = history[-1]
    if any(a.phrase.startswith(GIVEN) for a in before.constraints):
        return None
    unknowns = [v for e in (before.head, before.lhs) for d in e.atoms(Derivative) for v in d.variables]
    found = tuple(dict.fromkeys(v for v in unknowns if isinstance(v, Symbol)))
    shown = f"{before.rhs_latex} = 0"
    return dataclasses.replace(before, lhs=before.rhs, rhs=S.Zero, opening=True, sets=(shown, found), position=0)


def written_in(expr: Basic, names: Names) -> Expr | None:
    """``expr`` with the page's definitions written in and its derivatives taken, or None where one is left."""
    definitions = names.defined.definitions if names.defined is not None else ()
    try:
        done = expand_definitions(expr, definitions).doit()
    except _FAILED:
        return None
    if not isinstance(done, Expr) or done.has(Derivative, Subs) or done.atoms(AppliedUndef):
        return None
    return done


def _solved(given: Link, names: Names, link: Link) -> tuple[Symbol, Expr, Expr] | None:
    """The unknown v the condition g = 0 is linear in, the v it holds at, and g's coefficient a (assumed ≠ 0); no v
    a domain is stated for, on the page or for ``link``'s chain. None where SymPy cannot tell."""
    try:
        return _solve(given, names, link)
    except _FAILED:
        return None


def _solve(given: Link, names: Names, link: Link) -> tuple[Symbol, Expr, Expr] | None:
    assert given.sets is not None
    g = written_in(given.lhs, names)
    if g is None or g == 0 or count_ops(g) > 400:
        return None
    g = expand(g, multinomial=False, power_exp=False, log=False).doit()  # Σ_i (x_i − μ): Σ_i x_i − n μ
    others = sorted((s for s in g.free_symbols if isinstance(s, Symbol) and not s.is_integer), key=str)
    for v in dict.fromkeys((*given.sets[1], *others)):
        stated = any(a.relation is not None and a.relation.has(v) for a in link.constraints)
        if not g.has(v) or stated or v in names.in_domains or v.assumptions0.keys() - _PLAIN:
            continue  # a domain of v's own: a counterexample with v put in might lie outside it
        a = simplify(diff(g, v).doit())
        if a == 0 or a.has(v) or simplify(diff(g, v, 2).doit()) != 0:
            continue
        value = simplify(v - g / a)
        if not value.has(v):
            return v, value, a
    return None


def _differentiates_by(link: Link, letters: set[Basic]) -> bool:
    """Whether a link takes a derivative by one of ``letters``."""
    sides = [side for side in (link.lhs, link.rhs, link.head) if isinstance(side, Basic)]
    return any(set(d.variables) & letters for side in sides for d in side.atoms(Derivative))


def follows(links: list[Link], given: Link, names: Names, unchecked: list[Unchecked]) -> list[Link]:
    """A display's links checked as following from ``given``: each with the condition's unknown put in; one that
    cannot be is listed, not checked. The condition stays last, for the displays in a row after it."""
    assert given.sets is not None
    shown = given.sets[0]
    found: list[Link] = []
    letters = set(given.sets[1]) or (given.lhs.free_symbols if isinstance(given.lhs, Basic) else set())
    letters = letters if len(letters) > 1 else set()  # x + y = 1: along it y depends on x (the unknowns, where set)
    for link in links:
        if link.opening:
            found.append(link)
            continue
        if _differentiates_by(link, letters):
            said = Unchecked(link.line, f"differentiates under the condition at line {given.line} ({shown}), whose "
                             "letters may depend on one another")  # fmt: skip
            unchecked.extend([] if said in unchecked else [said])  # probe s54's FP5: d/dx (xy) = y proven
            continue
        solved = _solved(given, names, link)
        written = [written_in(e, names) for e in (link.lhs, link.rhs, link.head, *link.nonzero)] if solved else [None]
        if solved is None or None in written or link.layer is not None or link.shapes is not None:
            said = Unchecked(
                link.line,
                f"follows from the condition the page sets at line {given.line} ({shown}), which derive does not "
                "solve for one unknown",
            )
            unchecked.extend([] if said in unchecked else [said])  # once for a display's links
            continue
        v, value, a = solved
        lhs, rhs, head, *nonzero = (e.xreplace({v: value}) for e in written if e is not None)
        phrase = f"{GIVEN}{shown} (line {given.line}): {latex(v)} = {latex(value)} put in"
        phrase += "" if a.is_number else f" (where {latex(a)} \\neq 0)"
        found.append(
            dataclasses.replace(
                link,
                lhs=lhs,
                rhs=rhs,
                head=head,
                nonzero=(*nonzero, a),
                constraints=(*link.constraints, Assumption("domain", phrase)),
                given=given,
            )
        )
    last = found[-1] if found else None
    if last is None or (last.sets is None and not any(a.phrase.startswith(GIVEN) for a in last.constraints)):
        found.append(given)  # the displays in a row after this one may follow from it too
    return found
