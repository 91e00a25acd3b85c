"""A gradient step written with an iteration label, ``w^{(l+1)} = w^{(l)} - h \\nabla E(w^{(l)})``: an update.

The label l counts the steps of the descent: the display says how the next iterate is computed, neither a definition
nor a claim (as a claim it would say the step is 0). Like an ``\\leftarrow`` update (``algorithm_boxes``), it is
listed, not checked. A display is an update when one side of its chain is a name labelled with the next step alone
(``^{(l+1)}``, ``^{l+1}``, or ``{(l+1)}`` with the caret dropped) and another side starts with a name of the same
letter labelled with this step, minus the rest (``w^{(l)} - …``; a layer's ``x^{l+1} = x^l + F(x^l)`` is no
update). A head alone whose display below starts so (``w^{(l+1)} =`` over ``= w^{(l)} - …``) is one with it; a
display that starts with '=' right below an update goes on from it and is listed so. The step's letter labels
no example: a total over the examples (``example_totals``) is found with the steps' labels out of the displays.
"""

from __future__ import annotations

import dataclasses
import re

from derive.read.find import Display, Found, Unchecked

_ACCENT = r"\\(?:hat|widehat|tilde|widetilde|bar|overline|mathbf|boldsymbol|vec)\s*\{\s*"
_LETTER = r"(?P<letter>\\[A-Za-z]+|[A-Za-z])"
_SUB = r"(?:\s*_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]))?"
_NAME = rf"(?:{_ACCENT}{_LETTER}\s*\}}|{_LETTER.replace('letter', 'plain')})"


def _label(step: str) -> str:
    """A superscript label: ``^{(l)}``, ``^{l}``, ``^l`` (and the caret-less ``{(l)}``) for ``step``; ``^l`` only
    for one letter (``w^l+1`` is w^l plus 1)."""
    braced = rf"\^?\s*\{{\s*\(\s*{step}\s*\)\s*\}}|\^\s*\(\s*{step}\s*\)|\^\s*\{{\s*{step}\s*\}}"
    return rf"(?:{braced}|\^\s*{step}(?![A-Za-z0-9]))" if len(step) == 1 else rf"(?:{braced})"  # w^l+1: w^l, then + 1


_PLUS_ONE = r"[a-z]\s*\+\s*1"
_NEXT = re.compile(rf"\s*{_NAME}{_SUB}\s*(?P<label>{_label(_PLUS_ONE)}){_SUB}\s*")
_NOISE = re.compile(r"\\(?:displaystyle|textstyle)(?![A-Za-z])|\\[,;:! ]|\\q?quad(?![A-Za-z])")


def _letter(match: re.Match[str]) -> str:
    return match.group("letter") or match.group("plain")


def _blanked(text: str) -> str:
    """``text`` with spacing commands and ``\\displaystyle`` blanked, each character a space, its lines kept."""
    return _NOISE.sub(lambda m: " " * len(m.group(0)), text)


def _sides(text: str) -> list[str] | None:
    """The sides of a one-row display's chain, split at the '=' outside every group; None for rows or relations."""
    if "\\\\" in text or "&" in text or re.search(r"\\(?:leftarrow|gets|approx|le|ge|neq)(?![A-Za-z])|[<>]", text):
        return None
    sides, level, start = [], 0, 0
    for at, char in enumerate(text):
        level += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(char, 0)
        if char == "=" and level == 0:
            sides.append(text[start:at])
            start = at + 1
    return [*sides, text[start:]]


def _next_step(side: str) -> re.Match[str] | None:
    """``side`` as a name labelled with the next step alone (``w_1^{(l+1)}``), or None."""
    return _NEXT.fullmatch(side)


#: What a descent's step is made of: a rate (η, α, ε, γ, λ, μ, a step h), a gradient (∇, ∂, d/d·, g).
_STEP_SIZE = re.compile(
    r"\\(?:eta|alpha|epsilon|varepsilon|gamma|lambda|mu|nabla|partial)(?![A-Za-z])|\\frac\s*\{\s*d|(?<![A-Za-z\\])[hg](?![A-Za-z])"
)


def _steps_from(side: str, letter: str, step: str) -> bool:
    """Whether ``side`` starts with a name of ``letter`` labelled ``step``, minus a step of the descent: ``w_1^{(l)}
    - h …``, ``- \\eta \\nabla E``; ``x^{n} - x^{n}`` or ``a^{(n)} - 2n - 1`` (a power, a sequence) is none."""
    start = re.match(rf"\s*{_NAME}{_SUB}\s*{_label(re.escape(step))}{_SUB}\s*-", side)
    return start is not None and _letter(start) == letter and _STEP_SIZE.search(side[start.end() :]) is not None


def _update(sides: list[str]) -> tuple[str, int] | None:
    """The next iterate's name as written and the lines above it, where the sides are an update's; else None."""
    for at, side in enumerate(sides):
        head = _next_step(side)
        step = re.search(r"[a-z](?=\s*\+)", head.group("label")) if head is not None else None
        if head is not None and step is not None and any(_steps_from(o, _letter(head), step.group(0)) for o in sides):
            before = "=".join(sides[:at]) + side[: len(side) - len(side.lstrip())]
            return " ".join(head.group(0).split()), before.count("\n")
    return None


def with_iteration_updates(found: Found) -> Found:
    """``found`` with each update step (the module's) taken out of its displays and listed, not checked."""
    displays: list[Display] = []
    notes: list[Unchecked] = []
    after_update, below_taken = 0, False  # the update just above (its line), while displays starting '=' follow
    for at, display in enumerate(found.displays):
        text = _blanked(display.text)
        sides = _sides(text)
        if below_taken:  # the right side of the head alone above it, an update
            below_taken = False
            continue
        if after_update and text.lstrip().startswith("="):
            notes.append(Unchecked(display.line, (
                "unreadable: the display starts with '=', continuing the update at line "
                f"{after_update}, which is a step of the descent, not checked"), equality=True))  # fmt: skip
            continue
        after_update = 0
        head = _update(sides) if sides is not None and len(sides) > 1 else None
        if head is None and sides is not None and len(sides) == 1 and at + 1 < len(found.displays):
            below = _sides(_blanked(found.displays[at + 1].text))  # w^{(l+1)} = over = w^{(l)} - …
            if below is not None and len(below) > 1 and not below[0].strip():
                head = _update([sides[0], *below[1:]])
                below_taken = head is not None
        if head is None:
            displays.append(display)
            continue
        after_update = display.line + head[1]
        notes.append(Unchecked(after_update, (
            f"an update ({head[0]} = …), a step of the descent from the iterate before it: neither a definition nor a "
            "claim, so not checked"), equality=True))  # fmt: skip
        if sides is not None and len(sides) > 2 and _next_step(sides[0]) is None:  # A = w^{(l+1)} = …: a claim
            notes.pop()
            displays.append(display)
            after_update = 0
            continue
        rest = _rest(display, sides) if sides is not None and len(sides) > 2 else None
        if rest is not None:  # w^{(l+1)} = w^{(l)} - ηg = w^{(l)} + ηg: the links after the update are claims
            displays.append(rest)
            after_update = 0
    if not notes:
        return found
    displays = _refuse_powers(displays, notes)
    return dataclasses.replace(found, displays=tuple(displays), unchecked=(*found.unchecked, *notes))


def _rest(display: Display, sides: list[str]) -> Display:
    """``display`` with its first side and '=' blanked: the chain after the update's head, checked."""
    cut = len(sides[0]) + 1
    blank = "".join(c if c == "\n" else " " for c in display.text[:cut])
    return dataclasses.replace(display, text=blank + display.text[cut:])


def _refuse_powers(displays: list[Display], notes: list[Unchecked]) -> list[Display]:
    """``displays`` without those writing an updated name raised to its step's letter where an update writes that
    step bare (``\\theta^{t+1} = \\theta^{t} - …``), each listed: ``\\theta^{t}`` below reads two ways, the iterate
    at step t, as the update writes it, or the power t (``^{(t)}``, a label only, is refused as a power elsewhere)."""
    steps = {match.group(1, 2): note.line for note in notes if (match := _BARE_STEP.match(note.reason))}
    if not steps:
        return displays
    kept = []
    for display in displays:
        raised = next(((name, step, line) for (name, step), line in steps.items() if _raised(name, step, display.text)),
                      None)  # fmt: skip
        if raised is None:
            kept.append(display)
            continue
        name, step, line = raised
        notes.append(Unchecked(display.line, (
            f"unreadable: {name}^{{{step}}} beside the update at line {line} can be read two ways: {name} at step "
            f"{step}, as the update writes it, or the power {step} of {name}: write {name}^{{({step})}} for the step"
        ), equality="=" in display.text))  # fmt: skip
    return kept


#: An update's note whose head's label is bare (``\\theta^{t+1}``): the name's letter and the step's.
_BARE_STEP = re.compile(r"an update \((?:\\[a-z]+\{)?(\\?[A-Za-z]+)\}?(?:_\{[^{}]*\}|_\S)?\^\{([a-z]) ?\+")


def _raised(name: str, step: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` with a superscript of ``step`` (``\\theta^{t}``, ``\\theta^t``, ``^{t+1}``)."""
    script = rf"\^\s*(?:\{{\s*{step}(?![A-Za-z])[^{{}}]*\}}|{step}(?![A-Za-z]))"
    after = r"(?![A-Za-z])" if name.startswith("\\") else ""
    return re.search(rf"(?<![A-Za-z\\]){re.escape(name)}{after}\s*\}}?{_SUB}\s*{script}", text) is not None


def without_steps(displays: tuple[Display, ...]) -> tuple[Display, ...]:
    """``displays`` without the update steps and with each label of a step's letter (``^{(l)}``, ``^{(l+1)}``)
    blanked: ``E(w^{(l)}) = \\frac{1}{2}\\sum_i (y^{(i)} - t^{(i)})^2`` is a total over the examples i, not l."""
    kept = with_iteration_updates(Found(displays, (), 0)).displays
    letters: set[str] = set()
    for display in displays:
        sides = _sides(_blanked(display.text)) or []
        for side in sides if len(sides) > 1 else []:
            head = _next_step(side)
            step = re.search(r"[a-z](?=\s*\+)", head.group("label")) if head is not None else None
            letters |= {step.group(0)} if step is not None and _update(sides) is not None else set()
    if not letters:
        return displays
    label = re.compile("|".join(_label(rf"{letter}(?:\s*\+\s*1)?") for letter in sorted(letters)))
    return tuple(dataclasses.replace(d, text=label.sub(lambda m: " " * len(m.group(0)), d.text)) for d in kept)
