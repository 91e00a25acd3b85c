"""A site's MathJax or KaTeX macros, given in the front matter (``macros: {\\R: \\mathbb{R}, \\sq: '#1^2'}``): written
out in the page's text before anything reads it, prose and displays alike, as MathJax applies them to every formula
of the page, and in the front matter's own formulas (``assume``, ``define``). A macro applied only to the displays
had left a sentence's "$x \\ge 0$" (\\ge redefined) or "Assume $\\pos$." read as written, or not at all.

Each body is one line of balanced braces with no definition inside; its arguments are #1 … #9, each taken as TeX
takes an argument (one braced group, one command or one character). A macro that expands without end is refused.
"""

from __future__ import annotations

import dataclasses
import re

from derive.errors import InputError
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.macros import DEFINING

#: Expansions a page may make, and the characters its text may grow to, before a macro is said to expand without end.
MAX_EXPANSIONS = 5000
MAX_CHARS = 2_000_000


def _checked(name: Entry, body: Entry) -> tuple[int, str]:
    """The arity and body of one macro, or a one-line error naming it."""
    text = body.text
    depth = 0
    for character in re.sub(r"\\.", "", text):
        depth += {"{": 1, "}": -1}.get(character, 0)
        if depth < 0:
            break
    why = (
        "its braces do not balance" if depth != 0
        else "it defines another macro" if DEFINING.search(text)
        else "it spans lines" if "\n" in text
        else "it holds a $, which MathJax would not read as the end of the math" if "$" in text
        else "#0 is no argument" if re.search(r"#0", text)
        else ""
    )  # fmt: skip
    if why:
        raise InputError(f"line {name.line}: the macro {name.text} in the front matter: {why}; write its body as a "
                         "MathJax configuration does, e.g. '\\R: \\mathbb{R}'")  # fmt: skip
    return max((int(k) for k in re.findall(r"#([1-9])", text)), default=0), text


def _argument(text: str, at: int) -> tuple[str, int] | None:
    """One argument at ``at`` (spaces skipped): a braced group's inside, a command, or a character; and the end."""
    while at < len(text) and text[at] in " \t":
        at += 1
    if at >= len(text):
        return None
    if text[at] == "{":
        depth, end = 0, at
        while end < len(text):
            if text[end] == "\\":  # \{ and \} are no group's braces
                end += 2
                continue
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                return text[at + 1 : end], end + 1
            end += 1
        return None
    command = re.match(r"\\(?:[A-Za-z]+|.)", text[at:])
    if command is not None:
        return command.group(0), at + command.end()
    return text[at], at + 1


def expand(text: str, macros: dict[str, tuple[int, str]], line: int = 0) -> str:
    """``text`` with every macro written out, inner ones too."""
    if not macros:
        return text
    pattern = re.compile("|".join(re.escape(name) + r"(?![A-Za-z])" for name in sorted(macros, key=len, reverse=True)))
    done, at = 0, 0
    while (found := pattern.search(text, at)) is not None:
        arity, body = macros[found.group(0)]
        end, arguments = found.end(), []
        for _ in range(arity):
            taken = _argument(text, end)
            if taken is None:
                break
            arguments.append(taken[0])
            end = taken[1]
        if len(arguments) < arity:
            raise InputError(f"line {text.count(chr(10), 0, found.start()) + 1 + line}: {found.group(0)} takes "
                             f"{arity} arguments, and fewer follow it")  # fmt: skip
        written = re.sub(r"#([1-9])", lambda m, given=arguments: given[int(m.group(1)) - 1], body)  # type: ignore[misc]
        text = text[: found.start()] + written + text[end:]
        at, done = found.start(), done + 1
        if done > MAX_EXPANSIONS or len(text) > MAX_CHARS:
            raise InputError(f"the macro {found.group(0)} in the front matter expands without end")
    return text


def with_site_macros(text: str, front: FrontMatter) -> tuple[str, FrontMatter]:
    """The page's text and front matter with the front matter's macros written out (see the module)."""
    if not front.macros:
        return text, front
    macros = {name.text: _checked(name, body) for name, body in front.macros}

    def each(entry: Entry) -> Entry:
        return dataclasses.replace(entry, text=expand(entry.text, macros, entry.line))

    front = dataclasses.replace(
        front,
        assume=tuple(each(e) for e in front.assume),
        define=tuple((each(k), each(v)) for k, v in front.define),
    )
    return expand(text, macros), front


__all__ = ["with_site_macros"]
