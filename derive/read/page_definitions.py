"""Definitions a page makes in its own displays: ``s_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}``, ``L := …``.

A display of one equation whose left side is a name the front matter neither declares nor defines (``s_i``, ``L``,
``\\hat{y}_i``, ``\\sigma(x)``) and whose right side does not use it is how a page defines it: read as the front
matter's ``define`` would, listed as a definition, not a checked claim (checked, every page that defines its terms
as it goes is refuted: s_i, a free vector, is not the softmax). One derive cannot read stays a display, saying why."""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.array_heads import array_head, array_refusal, unread_reason
from derive.read.assumed_names import assumed_names
from derive.read.chain_cases import stated_constraint, states_case
from derive.read.declared_definitions import ENTRY, declared_inputs, held_apart
from derive.read.definition_chains import last_side_body
from derive.read.definition_heads import NOT_WORDS, definition_head, numbered_head
from derive.read.definition_sides import Sides, split_definition, without_head
from derive.read.evaluated_values import TWO_WAYS, as_value, differentiated, input_value
from derive.read.expression_parameters import at_arguments
from derive.read.find import Display, Found, Redefinition, Unchecked
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.hypotheses import hypothesis_head
from derive.read.inference import Usage, declared_name, scan
from derive.read.known_functions import KNOWN_FUNCTIONS, ONE_FACTOR
from derive.read.latex_lexer import tokenize
from derive.read.loose_chains import loose_chain
from derive.read.macros import Macros
from derive.read.names import GREEK
from derive.read.ng_notation import ng_head, ng_named
from derive.read.numbered_layers import numbered_definitions
from derive.read.redefinitions import anew, defines_above, letter_of, mark_opened, set_apart
from derive.read.restated_through import restates
from derive.read.rows import at_top
from derive.read.script_labels import label_letters
from derive.read.stated_leads import states_condition
from derive.read.unread_names import CONDITIONED
from derive.read.unread_restated import Unread, again_unread, unread_of
from derive.read.value_labels import Label, take_labelled_uses, with_label_names, without_labels


@dataclass(frozen=True)
class PageDefinition:
    """A display read as a definition: its line, what it defines (as written) and its right side."""

    line: int
    head: str
    body: str
    name: str
    inline: bool = False
    label: Label | None = None  # l(\mathbf{y}, \hat{\mathbf{y}}) = …: l, written with those (``value_labels``)
    lead: str = ""  # the line before its display, which may state assumptions (``definition_leads``)
    swapped: bool = False  # written value first, σ(z) = a: the weaker reading, let go first in a cycle


def _names_something(body: str) -> bool:
    """Whether a right side holds a name (σ(z), w x_i + b), not only a number (the condition y_o = 1)."""
    try:
        return any(t.kind == "letter" or (t.kind == "command" and t.value in GREEK) for t in tokenize(body))
    except InputError:
        return False


def take_page_definitions(
    front: FrontMatter, found: Found, macros: Macros, refused: Mapping[tuple[int, str], str]
) -> tuple[FrontMatter, Found, tuple[PageDefinition, ...]]:
    """The front matter with the page's own definitions added, the displays without them, and the definitions;
    ``refused``: lines whose definition could not be read (they stay displays)."""
    declared = {declared_name(e.text) for e in (*front.vectors, *front.arrays, *front.indices, *front.scalars)}
    scalars = {declared_name(e.text) for e in front.scalars}
    taken = {entry.text for entry, _ in front.sizes} | {front.length}
    taken |= {(hypothesis_head(key.text) or definition_head(key))[0] for key, _ in front.define}
    taken |= {re.split(r"[_(]", key.text.strip(), maxsplit=1)[0].lstrip("\\") for key, _ in front.network}  # z_k, path
    taken |= {e.text.strip().lstrip("\\") for e in front.functions}  # generic functions: σ(z) = … is a claim
    assumed = assumed_names(front, (d.text for d in (*found.displays, *found.inline)))  # independent there
    inputs, listed = declared_inputs(front, assumed, taken)  # h: [n]; and vectors: [z], for "Let $z_i = …$"
    taken |= declared | assumed
    subscripted = Usage()  # what the displays and the front matter's heads (s_i: i an index) write
    for text, line in (*((d.text, d.line) for d in found.displays), *((k.text, k.line) for k, _ in front.define)):
        with contextlib.suppress(InputError):
            scan(tokenize(text, line), subscripted)
    definitions: list[PageDefinition] = []
    kept: list[Display] = []
    refused, numbered = dict(refused), numbered_definitions(found, front)  # L_0 = …: L written only numbered
    unread_at: dict[str, Unread] = {}  # a name whose definition could not be read: its line, head and body
    redefined: list[Redefinition] = []
    unread: list[Unchecked] = []  # inline definitions that could not be read: said, not dropped silently
    inline_taken = 0  # inline formulas read as definitions: no longer counted as equalities left unchecked
    pending = sorted((*found.displays, *found.inline), key=lambda d: d.line)
    varied = differentiated((d.line, d.text) for d in found.displays)
    while pending:
        display = pending.pop(0)
        if display.local:  # a row's claim under its own definition (``row_definitions``): it defines nothing
            kept.append(display)
            continue
        inline = display.environment == "inline"
        shown_above = defines_above(display.lead, definitions)  # "$$u = a$$" right above: no condition
        conditioned = not inline and not shown_above and states_condition(display.lead)
        several = [] if conditioned else _each_defines(display, macros, taken, subscripted)
        if several:  # a_j = σ(z_j), \quad z_j = Σ_i w_ij x_i; a part that could not be read is no claim either
            taken.update(d.name for d in several)
            whys = [unread_reason((d.line, d.head, d.name, d.inline), refused, subscripted) for d in several]
            lead = "" if inline else display.lead
            definitions.extend(dataclasses.replace(d, lead=lead) for d, no in zip(several, whys, strict=True) if not no)
            unread += [Unchecked(d.line, f"unreadable: the definition of {d.head} could not be read ({w}): the page "
                       "is read without it") for d, w in zip(several, whys, strict=True) if w]  # fmt: skip
            inline_taken += inline
            continue
        sides = split_definition(display, macros)  # "If $i = k$:": s_i = … holds there only
        fresh = _definition(sides, taken, subscripted) if conditioned and sides is not None else None
        fresh = None if fresh is None or _defined_elsewhere(fresh, display, found, macros, subscripted) else fresh
        if fresh is not None:  # "If $x > 0$: f = log x", f defined nowhere else: unread, what uses it refused
            refused[fresh.line, fresh.head] = f"{CONDITIONED}, and a definition holds everywhere: assume it instead"
        sides = None if conditioned and fresh is None else sides  # a claim under the condition
        chained = sides and inline and sides.rest_from and last_side_body(display.text, sides.rest_from, definitions)
        sides = dataclasses.replace(sides, body=chained, rest_from=None) if sides and chained else sides  # f(y)
        definition = (
            None if sides is None else _numbered(sides, numbered) or _definition(sides, taken, subscripted, numbered)
        )
        if definition is None and sides is not None and (not inline or _names_something(sides.body)):  # h_i = …
            given = listed if inline else inputs  # with h given lengths; z_2 = …, z free; "Let $z_i = e^{x_i}$"
            own = _definition(sides, taken - set(given), subscripted) if given else None
            apart = held_apart(sides.head, front, taken, given, own.name if own is not None else None, inline)
            if apart is not None:  # the definition, or a claim about an input? unread, and so what uses it
                definition = PageDefinition(sides.line, sides.head, sides.body, apart[0])
                refused[sides.line, sides.head] = apart[1]
        written, (definition, value) = definition, as_value(definition, display, varied, found.headings)  # y = 2
        if value is not None and written is not None and value.reason.startswith(TWO_WAYS):  # x = a, another section
            definition, refused[written.line, written.head] = written, value.reason
        elif value is not None:
            unread += [] if inline else [value]
            continue
        if definition is not None and sides is not None and sides.doubt:  # a case beside it; a row in doubt below
            refused[definition.line, definition.head] = sides.doubt
        if definition is not None and (held := array_refusal(definition.head, definition.name, inline, subscripted)):
            refused[definition.line, definition.head] = held  # O_{ip} = … beside O_k: unread, and no claim
        alone = definition is not None and refused.get((definition.line, definition.head), "").startswith(ENTRY)
        first = unread_at.get(definition.name) if definition and not alone else None  # E unread at 7, again at 25
        if definition and first is not None and definition.line != first[0]:  # anew (``scopes``), or restated
            again_unread(definition.head, definition.body, definition.line, first, refused, redefined)
        if definition is not None and (definition.line, definition.head) in refused:
            unread_at.setdefault(definition.name, unread_of(definition))
        if inline and (sides is None or not _names_something(sides.body)):
            definition = None  # inline, only NAME = (something named): "if $y_o = 1$" is a condition
        if sides is None or definition is None or (definition.line, definition.head) in refused:
            again = _defined_again(sides, definitions, taken, subscripted, redefined) if definition is None else None
            again = again if inline else mark_opened(again, display.lead)  # "Suppose instead that"
            sectioned = set_apart(again, display.line, found.headings, display.lead)  # under a heading, or opened so
            numeric = bool(again and sides and not _names_something(sides.body))  # a = 3: anew only when set apart
            again = None if numeric and (inline or not sectioned) else again
            why = anew(again[1], sides.body, definitions, display.lead) if again and sides and not sectioned else None
            if again is not None and (inline or sectioned):  # "with … $C = …$ instead", or a display under a
                unread.append(again[0])  # heading: said, the displays below refused (or read in the section's scope)
                redefined += [again[1]] if again[1].letter else []
            elif again is not None and why:  # f(x) = ln(1 + e^{kx})/k below f(x) = ln(1 + e^x): which f below?
                unread.append(Unchecked(display.line, why))
                redefined.append(again[1]._replace(again=display.line, fresh=True))
            if again is not None and (why or sectioned) and not inline and sides is not None:  # anew: no claim
                kept += [] if sides.rest_from is None else [without_head(display, sides.rest_from)]  # L = A = B: A = B
                continue
            refusal = None if definition is None else refused.get((definition.line, definition.head))
            circled = definition is not None and definition.swapped and "in a cycle" in (refusal or "")  # a claim
            if not inline and sides and definition and refusal is not None and _free_head(definition) and not circled:
                after = [] if sides.rest_from is None else [without_head(display, sides.rest_from)]
                pending[:0] = after if sides.rows_after else []  # a_j &= … \\ z_j &= …: the next row may define z
                kept += [] if sides.rows_after else after
                said = f"unreadable: the definition of {definition.head} could not be read ({refusal}): the page is"
                unread.append(Unchecked(definition.line, f"{said} read without it", part=bool(after)))  # E = A = B
            elif not inline and sides and (value := input_value(sides.head, sides.body, sides.line, display.lead,
                                                                 scalars)) and sides.rest_from is None:  # fmt: skip
                unread.append(value)  # "use $$T=1$$ in deployment", T declared
            elif not inline:
                kept.append(display)
            elif definition is not None and (definition.line, definition.head) in refused:
                why = refused[definition.line, definition.head]
                unread.append(Unchecked(definition.line, f"the inline definition of {definition.head} could not be "
                                        f"read ({why}): the page is read without it", False))  # fmt: skip
            continue
        taken.add(definition.name)
        definitions.append(dataclasses.replace(definition, lead="" if inline else display.lead))
        inline_taken += inline and sides.rest_from is None  # inline $L = A = B$: A = B is still not checked
        if sides.rest_from is not None and not inline:  # L = A = B: the chain A = B goes on, checked
            rest = without_head(display, sides.rest_from)
            named = sides.rows_after or _second_name(rest, sides, macros, taken, subscripted, pending)  # h = y = B
            pending[:0] = [rest] if named else []  # a_j &= … \\ z_j &= …: the next row may define z
            kept += [] if named else [rest]
        elif sides.rest_from is not None:  # "Let $\\hat{y} = a = wx + b$": a second name, defined as the display's is
            rest = without_head(display, sides.rest_from)
            second = _second_name(rest, sides, macros, taken, subscripted, pending)
            pending[:0] = [rest] if second else []
            others = [d for d in found.inline if d is not display and d.text != display.text]
            loose = None if second else loose_chain(sides, subscripted, others, pending, definitions[:-1], macros)
            if loose is not None:  # u := a, a free but for the chain's links derive does not read: u = a, or u = B?
                definitions.pop()
                taken.discard(definition.name)
                refused[definition.line, definition.head] = loose
                unread_at.setdefault(definition.name, unread_of(definition))  # ŷ = … below: which ŷ? (as for displays)
                unread.append(Unchecked(definition.line, f"the inline definition of {definition.head} could not be "
                                        f"read ({loose}): the page is read without it", False))  # fmt: skip
    found = dataclasses.replace(found, redefined=(*found.redefined, *redefined)) if redefined else found
    found = dataclasses.replace(found, unchecked=(*found.unchecked, *unread)) if unread else found
    if not definitions:
        return front, dataclasses.replace(found, displays=tuple(kept)), ()
    entries = tuple((Entry(d.head, d.line), Entry(d.body, d.line)) for d in definitions)
    notes = tuple(
        Unchecked(d.line, f"a definition of {d.head}, read as the front matter's define: nothing to check", False)
        for d in definitions
    )
    labels = [d.label for d in definitions if d.label is not None]
    return (
        with_label_names(dataclasses.replace(front, define=(*front.define, *entries)), labels, taken),
        take_labelled_uses(  # l(𝐲, 𝐲̂) elsewhere: the value l (``value_labels``)
            labels,
            dataclasses.replace(
                found,
                displays=tuple(kept),
                unchecked=(*found.unchecked, *notes),
                inline_equalities=found.inline_equalities - inline_taken,
            ),
        ),
        tuple(definitions),
    )


def _each_defines(display: Display, macros: Macros, taken: set[str], usage: Usage) -> list[PageDefinition]:
    """The definitions of a display that makes several, set apart by a comma or a ``\\quad`` at its top level
    (``a_j = \\sigma(z_j), \\quad z_j = \\sum_i w_{ij} x_i``): each part read as a display of its own. None unless
    there are two parts or more and every one defines a name of its own (``p_i(1-p_i), \\quad i = j`` is a case).
    ``\\hat{y} = \\sigma(z) = \\frac{1}{1+e^{-z}}``, σ defined nowhere else, defines ŷ and the function σ both."""
    try:
        tokens = tokenize(display.text, display.line)
    except InputError:
        return []
    cuts, after_comma = [0], False
    for token, top in at_top(tokens):
        if top and token.kind == ",":
            cuts += [token.start, token.end]
        elif top and "quad" in token.gap and not after_comma:
            cuts += [token.start, token.start]
        after_comma = top and token.kind == ","
    equals = [token for token, top in at_top(tokens) if top and token.kind == "="]
    function = len(cuts) == 1 and len(equals) == 2
    if function:  # \hat{y} = \sigma(z) = \frac{1}{1+e^{-z}}: ŷ is σ(z), and σ(z) is that
        cuts += [equals[1].start, equals[0].end]
    cuts.append(len(display.text))
    if len(cuts) < 4:
        return []
    found: list[PageDefinition] = []
    names = set(taken)
    for start, end in zip(cuts[::2], cuts[1::2], strict=True):
        text = "".join(c if c == "\n" or start <= k < end else " " for k, c in enumerate(display.text))
        sides = split_definition(dataclasses.replace(display, text=text), macros)
        definition = None if sides is None or sides.rest_from is not None else _definition(sides, names, usage)
        if definition is None:
            return []
        if function and len(found) == 1 and definition_head(Entry(definition.head, definition.line))[2] is None:
            return []  # only a function applied to its parameters is defined so; $L = A = B$ is no definition of A
        names.add(definition.name)
        found.append(definition)
    return found


def _second_name(
    rest: Display, sides: Sides, macros: Macros, taken: set[str], usage: Usage, later: list[Display]
) -> bool:
    """Whether a definition's chain goes on with a second name of what it defines (``h_t = y_t = \\tanh(C_t)
    o_t``): its first side alone a name nothing defines, before or after. Read as a claim, y_t = … would be about a
    free y_t; a name a display below defines (``where $$y_t = …$$``) keeps it a claim about that one."""
    again = split_definition(rest, macros)
    if again is None or again.head != sides.body or again.rest_from is not None:
        return False
    if re.fullmatch(r"\\?[A-Za-z]+(?:_\{?\w+\}?)?", again.head) is None or _definition(again, taken, usage) is None:
        return False
    heads = (split_definition(display, macros) for display in later)
    return all(other is None or other.head != again.head for other in heads)


#: ``\\sigma(z) = a``: a function applied, given a letter's name (the letter the page then uses).
_NAMED_VALUE = re.compile(r"\s*(?:\\[A-Za-z]+|[A-Za-z])\s*(?:\\left\s*)?\((?P<args>[^()]*)(?:\\right\s*)?\)\s*")


def _definition(
    sides: Sides, taken: set[str], usage: Usage, numbered: frozenset[str] = frozenset()
) -> PageDefinition | None:
    head, body, line = sides.head, sides.body, sides.line
    applied = _NAMED_VALUE.fullmatch(head)
    named = re.fullmatch(r"\s*([A-Za-df-z])\s*", body)
    fresh = named is not None and usage.alone.get(named.group(1), line) >= line  # not written in a display above
    args = set(re.findall(r"[A-Za-z]", applied.group("args"))) if applied else set()
    swapped = applied is not None and named is not None and fresh and named.group(1) not in {*taken, *args}
    head, body = (body.strip(), head.strip()) if swapped else (head, body)  # σ(z) = a: a is σ(z)
    head, body = at_arguments(head, body, usage, line) or (head, body)  # σ(z_i) = 1/(1 + e^{-z_i}): σ(t) = …
    try:
        body_tokens = tokenize(body, line)
        if (ng_head(head) and not ng_named(head, body)) or numbered_head(head):  # dz = a - y: Ng's ∂L/∂z; β_0 = …
            return None
        hypothesis = hypothesis_head(head)  # h_\theta(x) = \theta^T x: a hypothesis, written out where applied
        if hypothesis is not None:
            return None if hypothesis[0] in taken else PageDefinition(line, head, body, hypothesis[0], sides.inline)
        head, label = without_labels(head, body, usage, line)
        name, index, params = definition_head(Entry(head, line))
    except InputError:
        array = array_head(head, body, line, taken)  # O_{ip} = Σ_j A_ij V_jp: unread, and no claim
        return None if array is None else PageDefinition(line, head, body, array, sides.inline)
    if name in taken or name in usage.indices or name in usage.bounds or (index is not None and index.isdigit()):
        return None  # declared, defined before, an index or a length; y_1^{(1)} = 0: an entry's value, a claim
    if params is not None and name.endswith("dot") and name[: -len("dot")] in taken:
        return None  # \dot{g}(p) = … beside g(p) := …: g's rate, a claim (``derive.read.newton_dots``)
    if params is not None and re.match(r"\s*\\(?:text|mathrm|operatorname)\b", head) and not unknown_word(name):
        return None  # \operatorname{softmax}(z) = …: a claim about a function named by its word
    if label_letters(name) and label_letters(name) <= {*taken, *usage.indices}:
        return None  # x_j^L = … with L declared, or a^l_j with l summed over: a claim, refused where read
    if index is None and params is None and name in usage.arrays:
        return None  # a whole matrix whose entries the page uses (ŷ = softmax(W h + b) defines ŷ_k: a column's)
    used = Usage()
    own = [w.split("_")[1] for w in numbered if w.split("_")[0] == name]  # C = C_0 + …: C_0 a name of its own
    scan(
        body_tokens if not own else tokenize(re.sub(rf"{re.escape(head)}\s*_\s*\{{?\s*\d+\s*\}}?", "1", body), line),
        used,
    )
    if any(name in table for table in (used.vectors, used.arrays, used.alone, used.lettered, used.applied)):
        return None  # z_o = Σ_j z_j w_jo: a claim about z (or a recursion), not a definition
    return PageDefinition(line, head, body, name, sides.inline, label, swapped=swapped)


def _numbered(sides: Sides, numbered: frozenset[str]) -> PageDefinition | None:
    """``L_0 = …`` where the page writes L only numbered and defines it so: L_0's definition, a name of its own."""
    match = re.fullmatch(r"\s*\\?([A-Za-z]+)\s*_\s*\{?\s*(\d+)\s*\}?\s*", sides.head)
    word = f"{match.group(1)}_{int(match.group(2))}" if match is not None else ""
    again = match is not None and re.search(
        rf"(?<![A-Za-z\\]){match.group(1)}\s*_\s*\{{?\s*{match.group(2)}\b", sides.body
    )
    keep = word in numbered and not again
    return PageDefinition(sides.line, sides.head, sides.body, word, sides.inline) if keep else None


def unknown_word(name: str) -> bool:
    """An upright name no function derive knows is written with (``\\text{CE}``, ``\\text{FL}``): ``\\text{CE}(p, y)
    = …`` can only define it (``\\operatorname{softmax}(z) = …`` is a claim about softmax, checked)."""
    return name.lower() not in {*NOT_WORDS, *KNOWN_FUNCTIONS, *ONE_FACTOR}


def _defined_elsewhere(
    definition: PageDefinition, display: Display, found: Found, macros: Macros, usage: Usage
) -> bool:
    """Whether a name a display under a condition would define is defined by another display of the page (then
    the display is a claim about it), or the condition is the display before it, not prose."""
    if re.match(r"\s*(?:\$\$|\\\[|\\begin)", display.lead):  # "$$a = b$$" above "$$b = a + 1$$": no condition
        return True
    defining = re.search(r"\b(?:we|let\s+us)\s+(?:define|set|let)\b", display.lead, re.I) is not None
    for other in found.displays:  # one that holds under a condition of its own defines nothing (f = 0 if x ≤ 0)
        before = other.line < display.line or not defining  # "If $x > 0$, we define … In both cases, $$f = x$$"
        alone = before and other is not display and not (states_case(other.lead) or stated_constraint(other.lead))
        sides = split_definition(other, macros) if alone else None
        again = _definition(sides, set(), usage) if sides is not None else None
        if again is not None and again.name == definition.name:
            return True
    return False


def _free_head(definition: PageDefinition) -> bool:
    """Whether a definition's head is a name nothing else gives a value (E, O_k, ℓ(β)), not a known function applied."""
    upright = re.match(r"\s*\\(?:text|mathrm|operatorname)\b", definition.head)  # \ell(\beta): the page's own
    own = "(" not in definition.head or not upright or unknown_word(definition.name)
    return own and definition.name.lower() not in KNOWN_FUNCTIONS


def _defined_again(
    sides: Sides | None, definitions: list[PageDefinition], taken: set[str], usage: Usage, twice: list[Redefinition]
) -> tuple[Unchecked, Redefinition] | None:
    """An inline formula that defines again, otherwise, a name the page defined before: a note that says the first
    definition is the one read throughout, and the name, whose displays below are refused (``redefinitions``)."""
    if sides is None:  # a number (a = 3 below a = 2) only where a heading or "From now on" sets it apart: the caller
        return None
    earlier = {d.name: d for d in definitions}
    again = _definition(sides, taken - set(earlier), usage)
    first = earlier.get(again.name) if again is not None else None
    if again is None or first is None or restates(first, again, definitions, {r.letter for r in twice}):
        return None
    other = _written_with(first) != _written_with(again)
    below = " is refused: its arguments differ" if other else " is refused: either may be meant there"
    note = Unchecked(
        again.line,
        f"{again.head} is defined again here (first at line {first.line}): derive reads the first definition "
        f"throughout (a display that uses it below{below}); give this one a name of its own",
        False,
    )
    return note, Redefinition(letter_of(again.head) or "", again.head, first.line, again.line, other)


def _written_with(definition: PageDefinition) -> str:
    """A definition's head with the arguments it is written with, for comparing two: "J(theta,theta_0)"."""
    label = definition.label
    head = f"{label.name}({','.join(label.arguments)})" if label is not None else definition.head
    return re.sub(r"[\\\s{}]", "", head)
