"""Find the display math of a file as its renderer does: every display form, code never, nothing lost unsaid.

Markdown is parsed by markdown-it-py with the plugins MyST and Jupyter Book use (dollarmath, amsmath, texmath
for ``\\[ … \\]``), so a code block is never read as math and every display form is found: ``$$ … $$`` (also
inside a paragraph, a list or a quote), ``\\[ … \\]``, an amsmath environment written straight into the text,
and GitHub's ```` ```math ```` fence. A TeX file's displays are its display environments, ``\\[ … \\]`` and
``$$ … $$``. What looks like display math but is not one (an environment inside a paragraph) is returned as
``Unchecked``, and inline equalities are counted, so that the report can say what it did not check.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from derive.read import display_prose as prose
from derive.read.bracket_tails import bracket_tail
from derive.read.definition_signs import equates
from derive.read.display_numbers import blank_leading_number
from derive.read.dollar_wrappers import dollar_displays, unwrap_environments
from derive.read.html_blocks import html_block_math
from derive.read.inline_lists import environment_inline, inline_parts
from derive.read.myst_directives import myst_body
from derive.read.page_headings import page_headings
from derive.read.parameter_lists import parameter_semicolons
from derive.read.row_connectives import blank_connectives, blank_reasons, reason_conditions, reason_rows

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token as MdToken

#: Display environments, as amsmath and LaTeX define them (each also starred).
DISPLAY_ENVIRONMENTS = ("equation", "align", "gather", "multline", "eqnarray", "alignat", "flalign", "displaymath")
#: Environments that stand inside a display and hold its rows.
INNER_ENVIRONMENTS = ("aligned", "split", "gathered", "alignedat", "multlined")

_ENV_NAMES = "|".join(DISPLAY_ENVIRONMENTS)
_TEX_DISPLAY = re.compile(
    rf"\\begin\{{(?P<env>(?:{_ENV_NAMES})\*?)\}}(?P<body>.*?)\\end\{{(?P=env)\}}"
    r"|\\\[(?P<bracket>.*?)\\\]|\$\$(?P<dollars>.*?)\$\$",
    re.S,
)
_TEX_INLINE = re.compile(r"(?<![\\$])\$(?!\$)(?P<a>[^$]*?)(?<!\\)\$|\\\((?P<b>.*?)\\\)", re.S)
_STRAY = re.compile(rf"\\begin\{{(?:(?:{_ENV_NAMES})\*?|{'|'.join(INNER_ENVIRONMENTS)})\}}|\\\[|\$\$")


@dataclass(frozen=True)
class Display:
    """One display: its math (``text``, environment markers included), the file line its text's first character
    stands on, the environment (``""`` for ``$$`` and ``\\[``), and the last line of prose before it (its case)."""

    text: str
    line: int
    environment: str
    lead: str
    #: The first line of prose after it ("Note that the last step uses $\\sum_j t_j = 1$."): what its chain assumed?
    trail: str = ""
    #: The words before it that make its ``= 0`` end a condition the page sets ("set … to zero"), or "".
    condition: str = ""
    #: A condition its lead states that derive does not read ("while if $i = k$,"): its links are never refuted.
    unheld: str = ""
    #: The paragraph its lead and its trail end and open ("Here we do not\nassume $T > 0$:"): what they state is
    #: held only if it is all plain words (``derive.read.plain_words``).
    lead_block: str = ""
    trail_block: str = ""
    #: The heading above it whose case may not govern it (``heading_cases``): a counterexample must keep it.
    heading_case: str = ""
    heading_line: int = 0
    #: The definition its row makes for it alone (``f(x) = A \\rightarrow`` claim: ``derive.read.row_definitions``).
    local: tuple[object, ...] = ()


@dataclass(frozen=True)
class Unchecked:
    """A display (or what a renderer shows as one) not checked, and why; ``equality``: it holds '=' (fails the file)."""

    line: int
    reason: str
    equality: bool = True
    #: Why a display holding no '=' could not be read, for a display below that would go on from it.
    why: str = ""
    #: A side of a chain, not a display: the chain's other links are checked.
    part: bool = False


class Redefinition(NamedTuple):
    """A name defined again: the letter it is written with, its head as written, and the two lines."""

    letter: str
    head: str
    first: int
    again: int
    #: Whether the two heads list other arguments (J(θ, θ_0), then J(θ)): another function, in one section too.
    other: bool = False
    #: Whether the second may define the name anew with a parameter the first lacks (f with k): refused from its line.
    fresh: bool = False
    #: Whether a sentence opening a setting ("Suppose instead that") stands right before the second.
    opened: bool = False


@dataclass(frozen=True)
class Found:
    """The math of a page: its displays, what is not checked and why, its inline formulas with '='."""

    displays: tuple[Display, ...]
    unchecked: tuple[Unchecked, ...]
    inline_equalities: int
    #: The inline formulas holding '=' (environment "inline"): never checked, but one may define a name.
    inline: tuple[Display, ...] = ()
    readings: tuple[str, ...] = ()  # how the prose was read ("line 3: σ read as the logistic sigmoid …")
    redefined: tuple[Redefinition, ...] = ()  # names the page defines twice (``derive.read.redefinitions``)
    #: The lines of the page's headings, which start sections of their own (``derive.read.scopes``).
    headings: tuple[int, ...] = ()
    #: After prose that states an assumption derive does not hold: nothing refuted (``inline_assumptions``).
    unheld: tuple[tuple[int, str, str], ...] = ()  # (line, its sentence, the vector it is about)
    #: Names the prose's math gives a value derive did not read as a definition: unread (``inline_values``).
    given: tuple[str, ...] = ()
    tied: tuple[str, ...] = ()  # entries a tie relates: only a derivative through them is unread (``inline_values``)


#: A heading: Markdown's ``#`` or TeX's ``\\section{…}`` (and its kin).
HEADING = re.compile(r"^\s{0,3}#{1,6}\s|^\s*\\(?:sub)*section\*?(?:\[[^\]]*\])?\{|^\s*\\paragraph\{")


def _alone(children: list[MdToken]) -> str | None:
    """The formula of a paragraph that holds one ``$…$`` with an '=' and nothing else but a period or a comma
    (David Bieber's steps, each a paragraph ``$\\frac{dy_i}{dx_j} = …$``), else None."""
    shown = [c for c in children if not (c.type == "text" and c.content.strip() in ("", ".", ","))]
    shown = [c for c in shown if c.type not in ("softbreak", "hardbreak")]
    if len(shown) == 1 and shown[0].type == "math_inline" and "=" in shown[0].content:
        content = str(shown[0].content)
        inner = _WRAPPED.fullmatch(content)  # \( $x = y$ \)
        content = inner[1] if inner else content
        return None if _CASE_ONLY.match(content) or _NUMBERED.search(content) else content
    return None


#: A letter then a number, ``\\delta 3`` (the rnn vignette's node δ3): a label or a product, kept inline.
_NUMBERED = re.compile(
    r"(?:\\(?!cdot|times|quad|qquad|left|right|leq|geq|le|ge)[A-Za-z]+|(?<![\\A-Za-z])[A-Za-z])\s+\d"
)
#: A formula that only states a case or a value, ``$i = j$``, ``$k \neq 1$``: a lead, never a step.
_CASE_ONLY = re.compile(
    r"^\s*\\?[A-Za-z]+(?:_\{?\w+\}?)?\s*(?:=|\\neq?\b|\\not\s*=)\s*\\?[A-Za-z0-9]+(?:_\{?\w+\}?)?\s*[.,:]?\s*$"
)


#: A label in words opening a display, ending in a colon: ``\\mbox{Use chain rule: } \\frac{∂J}{∂w} = …``.
#: A formula in dollars alone inside ``\\( … \\)``: where ``\\(`` is math, the dollars are an error in it; where it is
#: an escaped parenthesis (Obsidian, CommonMark), the dollars delimit the math. Either way the formula is the same.
_WRAPPED = re.compile(r"\s*\$([^$]+)\$\s*")
_LABEL = re.compile(r"^\s*\\(?:mbox|text|textrm|textbf|textit)\s*\{[^{}$\n]*:\s*\}")


def _closed_early(token: MdToken, lines: list[str]) -> tuple[int, int] | None:
    """Where an amsmath token's environment first closes (0-based line, column past ``\\end{…}``) when words follow
    the closing on its line (``\\end{equation} .``): MathJax ends the display there, but the plugin reads on, prose
    and all, to a later line that ends with a closing. None where the token ends at its first closing."""
    if token.map is None:
        return None
    closing = f"\\end{{{token.meta['environment']}{token.meta['numbered']}}}"
    for index in range(token.map[0], min(token.map[1] + 1, len(lines))):
        at = lines[index].find(closing)
        if at >= 0 and (index < token.map[1] or lines[index][at + len(closing) :].strip()):
            return index, at + len(closing)  # on the last line, words after it then another closing: two displays
        if at >= 0:
            return None
    return None


def _environment(text: str) -> str:
    match = re.match(r"\s*\\begin\{([A-Za-z]+\*?)\}", text)
    return match.group(1) if match else ""


#: A Markdown link or a web address: what no formula holds.
_LINKED = re.compile(r"\]\(\s*(?:https?:|www\.)|https?://")


def markdown_parser() -> MarkdownIt:
    """markdown-it with the math plugins MyST and Jupyter Book use."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.amsmath import amsmath_plugin
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.texmath import texmath_plugin

    md = MarkdownIt("commonmark").use(dollarmath_plugin, allow_space=True, double_inline=True).use(amsmath_plugin)
    return md.use(texmath_plugin, delimiters="brackets")


def find_markdown(body: str) -> Found:
    """The displays of a Markdown body (the file with its front matter blanked, so that lines keep their numbers)."""
    md = markdown_parser()
    while (unwrapped := unwrap_environments(body, md.parse(body))) != body:  # text\n$$\n\begin{align}…\n$$
        body = unwrapped  # each wrapper confirmed by a parse: the one below may show only once this one is gone
    lines = body.split("\n")
    displays: list[Display] = []
    unchecked: list[Unchecked] = []
    inline = 0
    inlines: list[Display] = []
    environments: set[tuple[int, ...]] = set()  # paragraphs whose display environments were read
    cursor = 0  # source offset past the last display located by search (for tokens without a line map)

    def add(text: str, first: int, lead: str | None = None, trail: str | None = None) -> None:
        if _LINKED.search(text):  # GitBook's \\[[paper](http://…)\\]: escaped brackets around a link, no math
            unchecked.append(Unchecked(first, "not math: a link between escaped brackets (\\[ … \\])", False))
            return
        beside = "" if trail is None else prose.trailing_condition(trail)  # "$$A$$ unless $$i = j$$"
        trail = prose.trail_line(lines, first, text) if trail is None else trail
        text = parameter_semicolons(
            blank_connectives(_LABEL.sub(lambda m: " " * len(m.group(0)), blank_leading_number(text)))
        )  # \\mbox{Label: } z = …: prose
        rows = reason_rows(text)  # "∵ Σ y = 1" between rows: the chain's reason, which derive does not read
        unchecked.extend(Unchecked(first + at, f"a reason given with ∵ ({row}), an aside: the chain goes on across it",
                                   part=True) for at, row in rows)  # fmt: skip
        text = blank_reasons(text)
        lead = lead if lead else prose.lead_line(lines, first)
        blocks = prose.block_before(lines, first), prose.block_after(lines, first, text)
        because = reason_conditions(rows)
        displays.append(
            Display(text, first, _environment(text), lead, trail, lead_block=blocks[0], trail_block=blocks[1],
                    unheld=because or beside)
        )  # fmt: skip

    def take(more: Found) -> None:  # a part of the page read on its own: its displays, lines and formulas
        nonlocal inline
        displays.extend(more.displays)
        unchecked.extend(more.unchecked)
        inlines.extend(more.inline)
        inline += more.inline_equalities

    for token in md.parse(body):
        myst = myst_body(token.info, token.content, token.map[0] + 2) if token.type == "fence" and token.map else None
        if myst is not None and myst[0] == "markdown":  # ```{note}: Markdown, read as the page is
            take(find_markdown(myst[1]))
        elif myst is not None:  # ```{math}: a display
            add(myst[1], token.map[0] + 2)  # type: ignore[index]
        elif token.type in ("math_block", "math_block_label", "amsmath") or (
            token.type == "fence" and token.info.strip().lower() == "math"
        ):
            tail = None
            if token.map is not None:  # from the opening delimiter's line; a fence's text starts on the line after it
                start = token.map[0] + 1 + (token.type == "fence")
            else:  # texmath's \[ … \] carries no line map: find it in the source
                at = body.find(token.content, cursor)
                at = at if at >= 0 else cursor
                cursor = at + len(token.content)
                start = body.count("\n", 0, at) + 1
                tail = bracket_tail(body, cursor)  # \[ a \] and \[ b \]: the rest of the line, read after it
            early = _closed_early(token, lines) if token.type == "amsmath" else None
            if early is not None:  # `\end{equation} .` then prose: the display ends at its first closing
                index, column = early
                add("\n".join([*lines[token.map[0] : index], lines[index][:column]]) + "\n", start)  # type: ignore[index]
                rest = ["" if at < index else line for at, line in enumerate(lines[: token.map[1] + 1])]  # type: ignore[index]
                rest[index] = lines[index][column:].lstrip()  # at the line's start: indented, it would be code
                take(find_markdown("\n".join(rest + [""] * (len(lines) - len(rest)))))
                continue
            if token.type == "math_block" and "$$" in token.content:
                for text, offset, lead, trail in dollar_displays(token.content):  # $$a = b,$$ so $$c = d$$
                    add(text, start + token.content.count("\n", 0, offset), lead, trail)
                continue
            add(token.content, start)
            if tail is not None:  # what follows on the line, read after the display it follows
                take(find_markdown(tail))
        elif token.type == "html_block" and token.map is not None:  # a browser's MathJax typesets it; derive not
            unchecked += [Unchecked(*stray) for stray in html_block_math(token.content, token.map[0] + 1, _STRAY)]
        elif token.type == "inline" and token.children is not None and token.map is not None:
            alone = _alone(token.children)
            if alone is not None:  # a paragraph that is one $…$ formula: set as a display is, line by line
                add(alone, token.map[0] + 1)
                continue
            said = _bracket_blocks(token.map, lines, add)  # \\[ … \\] on lines of the paragraph
            unchecked += said
            if not said and _PARAGRAPH_BRACKETS.search("\n".join(lines[token.map[0] : token.map[1]])):
                environments.add(tuple(token.map))  # read: nothing inside them is stray
            after_display, previous_display = None, False  # where the paragraph's last $$…$$ ends; one before it
            previous_condition = False
            for child in token.children:
                if child.type == "math_inline_double" or environment_inline(child):
                    at = token.content.find(child.content, after_display or 0)
                    opening = token.content[: max(at, 0)].rstrip().removesuffix("$$").removesuffix("$")  # $$ or $
                    before = opening.split("\n")[-1]  # "we solve for …: $$…$$": its lead
                    if after_display is not None:  # "$$…$$ If $i=j$,\n$$ = …$$": the prose since the last display
                        before = opening[after_display:].strip().removeprefix("$$").strip()
                    after_display = max(at, 0) + len(child.content)
                    lead = before if before.replace("$", "").strip() else None
                    after_condition, lone = previous_condition, bool(lead and previous_display)
                    previous_condition = lone and prose.condition_display(lead or "", child.content, after_condition)
                    if previous_condition:  # "$$A$$ if $$i = j$$": A's condition, no claim
                        why = f"the condition of the display before it ({lead} $${child.content.strip()}$$)"
                        unchecked.append(Unchecked(token.map[0] + 1 + token.content.count("\n", 0, at), why, False))
                        continue
                    previous_display = True
                    trail = token.content[after_display:].removeprefix("$$").split("\n")[0].strip() or None
                    add(child.content, token.map[0] + 1 + token.content.count("\n", 0, max(at, 0)), lead, trail)
                elif child.type == "math_inline" and equates(child.content):
                    at = token.content.find(child.content)
                    first = token.map[0] + 1 + token.content.count("\n", 0, max(at, 0))
                    inner = _WRAPPED.fullmatch(child.content)  # \( $x = y$ \): Obsidian shows ( x = y ), x = y math
                    formulas = inline_parts(parameter_semicolons(inner[1] if inner else child.content))  # $a=1, b=2$
                    inline += len(formulas)
                    inlines.extend(Display(f, first, "inline", prose.lead_line(lines, first)) for f in formulas)
                elif child.type == "text" and tuple(token.map) in environments:
                    continue  # the paragraph's environments are read already
                elif child.type == "text" and _STRAY.search(child.content) and _in_paragraph(token.map, lines, add):
                    environments.add(tuple(token.map))  # read from its source, as MathJax reads it
                elif child.type == "text" and _STRAY.search(child.content):
                    at = token.content.find(child.content)
                    offset = max(at, 0) + _STRAY.search(child.content).start()  # type: ignore[union-attr]
                    why = "display math inside a paragraph is not read: put it on lines of its own, with a blank line"
                    at_line, equals = (
                        token.map[0] + 1 + token.content.count("\n", 0, offset),
                        child.content[offset - max(at, 0) :],
                    )
                    unchecked.append(Unchecked(at_line, f"{why} before it", "=" in equals))
    displays.sort(key=lambda d: d.line)
    return Found(tuple(displays), tuple(unchecked), inline, tuple(inlines), headings=page_headings(body))


_ALL_ENVS = "|".join((*DISPLAY_ENVIRONMENTS, *INNER_ENVIRONMENTS))
_PARAGRAPH_ENV = re.compile(rf"\\begin\{{(?P<env>(?:{_ALL_ENVS})\*?)\}}.*?\\end\{{(?P=env)\}}", re.S)


#: ``\\[ … \\]`` in a paragraph's source.
_PARAGRAPH_BRACKETS = re.compile(r"(?<!\\)\\\[(?P<body>.*?)(?<!\\)\\\]", re.S)


def _bracket_blocks(span: list[int], lines: list[str], add: Callable[[str, int, str], None]) -> list[Unchecked]:
    """``\\[ … \\]`` on lines of a paragraph, read from the paragraph's source as MathJax typesets them (the
    policy for environments in a paragraph: ``_in_paragraph``), with the prose before each as its lead. Where the
    paragraph also holds display math left open, or code, each is listed instead, never skipped silently."""
    source = "\n".join(lines[span[0] : span[1]])  # a \\[2pt] inside $$…$$ opens nothing: the $$ blanked first
    masked = re.sub(r"\$\$.*?\$\$", lambda m: re.sub(r"[^\n]", " ", m[0]), source, flags=re.S)
    found = list(_PARAGRAPH_BRACKETS.finditer(masked))
    rest = re.sub(r"\\\[\s*$", " ", _PARAGRAPH_BRACKETS.sub(" ", source))  # a last \\[ opens the block after it
    if _STRAY.search(re.sub(r"\$\$.*?\$\$", " ", _PARAGRAPH_ENV.sub(" ", rest), flags=re.S)) or "`" in source:
        return [
            Unchecked(
                span[0] + 1 + source.count("\n", 0, match.start()),
                "\\[ … \\] inside a paragraph that also holds display math left open, or code, is not read: put it "
                "on lines of its own, with a blank line before it",
                "=" in match.group("body"),
            )
            for match in found
        ]
    last = 0
    for match in found:
        before = source[last : match.start()].strip().split("\n")[-1].strip()
        add(match.group("body"), span[0] + 1 + source.count("\n", 0, match.start()), before)
        last = match.end()
    return []


def _in_paragraph(span: list[int], lines: list[str], add: Callable[[str, int, str], None]) -> bool:
    """Display environments written inside a paragraph (``… the function \\begin{align} … \\end{align}``), as
    MathJax typesets them: each is read from the paragraph's source (before Markdown's escapes touch it), with the
    prose before it in the paragraph as its lead. False, adding nothing, when one is left open or stands in code."""
    source = "\n".join(lines[span[0] : span[1]])
    found = list(_PARAGRAPH_ENV.finditer(source))
    rest = re.sub(r"\$\$.*?\$\$", " ", _PARAGRAPH_ENV.sub(" ", source), flags=re.S)
    if not found or _STRAY.search(rest) or "`" in source:
        return False
    last = 0
    for match in found:
        before = source[last : match.start()].strip().split("\n")[-1].strip()
        first = span[0] + 1 + source.count("\n", 0, match.start())
        add(match.group(0), first, before)
        last = match.end()
    return True


def find_tex(body: str) -> Found:
    """The displays of a TeX body (comments already blanked)."""
    lines = body.split("\n")
    displays = []
    for match in _TEX_DISPLAY.finditer(body):
        environment = match.group("env") or ""
        if environment:
            text = match.group(0)
            start = match.start()
        else:
            group = "bracket" if match.group("bracket") is not None else "dollars"
            text = match.group(group)
            start = match.start(group)
        line, shown = (
            body.count("\n", 0, start) + 1,
            parameter_semicolons(blank_connectives(text)),
        )  # \text{hence} &= …: words
        lead, trail = prose.lead_line(lines, line), prose.trail_line(lines, line, text)
        blocks = prose.block_before(lines, line), prose.block_after(lines, line, text)
        displays.append(Display(shown, line, environment, lead, trail, lead_block=blocks[0], trail_block=blocks[1]))
    outside = _TEX_DISPLAY.sub(lambda m: " " * len(m.group(0)), body)
    inlines = [
        Display(parameter_semicolons(text), body.count("\n", 0, m.start()) + 1, "inline", "")
        for m in _TEX_INLINE.finditer(outside)
        if equates(text := m.group("a") or m.group("b") or "")
    ]
    return Found(tuple(displays), (), len(inlines), tuple(inlines), headings=page_headings("\n".join(lines), tex=True))
