"""A value defined with whole vectors as its parameters, applied to other whole vectors, as Szegedy's label
smoothing writes the cross-entropy: ``H(q', p) = -\\sum_k \\log(p_k) q'_k`` and then ``H(q, p)``, ``H(u, p)``.

The head's vectors are each used by their entries in the body (q'_k, p_k), so the head is a label
(``derive.read.value_labels``): ``H(q', p)`` is that value. Written elsewhere with a vector none of its own
(q, which H is not made of, directly or through a definition), the label reading has no meaning, and H is the
function of whole vectors the page shows: its body written out there, each parameter's entries the argument's
(q'_k becomes q_k), as a macro is. Arguments that are the parameters in another order (H(p, q')), or each a
vector H is made of (q, where q' = (1 - ε) q + ε u), read two ways (the same value written with what it depends
on, or the function applied) and are refused; an argument whose letter the body uses
for something else (its sum's index) could be captured and is refused too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from derive.errors import InputError
from derive.read.definition_heads import definition_head
from derive.read.entry_arguments import apart, entry_index, unfonted
from derive.read.find import Display
from derive.read.frontmatter import Entry, FrontMatter
from derive.read.inference import Usage, scan
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import display_name
from derive.read.value_labels import Label, name_at, split_arguments


@dataclass(frozen=True)
class VectorFunction:
    """``H(q', p): …`` whose parameters are whole vectors: its name, parameters, body, what it is made of."""

    name: str
    parameters: tuple[str, ...]
    body: tuple[Token, ...]
    made_of: frozenset[str]
    line: int
    #: The entry's parameter, ``\\sigma(\\mathbf{z})_i = …``: "i" (applied, ``\\sigma(\\mathbf{q})_k``), else "".
    entry: str = ""
    #: Whether the page applies it to a vector none of its own (σ(a)): its bare ``\\sigma_i`` then reads two ways.
    applied: bool = False


def _names_in(text: str, line: int) -> set[str]:
    """The names a formula uses: its vectors, arrays, and names standing alone."""
    used = Usage()
    try:
        scan(tokenize(text, line), used)
    except InputError:
        return set()
    return {*used.vectors, *used.arrays, *used.alone, *used.lettered, *used.applied}


def vector_functions(
    front: FrontMatter, labels: Iterable[Label], texts: Iterable[Display] = ()
) -> tuple[VectorFunction, ...]:
    """The labels whose arguments are whole vectors used by their entries, as functions of whole vectors, each
    with what it is made of through every definition of the front matter and the page, and whether the page's
    displays (``texts``) apply it to vectors none of its own (H(q', p): H(q, p))."""
    defined: dict[str, set[str]] = {}
    bodies: dict[str, Entry] = {}
    for key, value in front.define:
        try:
            name = definition_head(key)[0]
        except InputError:
            continue
        defined[name] = _names_in(value.text, value.line)
        bodies[name] = value
    found = []
    for label in labels:
        if not label.whole or label.name not in bodies:
            continue
        made_of, pending = set[str](), list(defined.get(label.name, ()))
        while pending:
            name = pending.pop()
            if name not in made_of:
                made_of.add(name)
                pending += defined.get(name, ())
        body = bodies[label.name]
        tokens = tuple(tokenize(body.text, body.line))
        found.append(VectorFunction(label.name, label.arguments, tokens, frozenset(made_of), label.line, label.entry))
    written = [tokenized for text in texts if (tokenized := _tokens(text.text, text.line)) is not None]
    return tuple(dataclasses.replace(f, applied=_applied(f, written)) if f.entry else f for f in found)


def _tokens(text: str, line: int) -> list[Token] | None:
    try:
        return tokenize(text, line)
    except InputError:
        return None


def _applied(function: VectorFunction, texts: list[list[Token]]) -> bool:
    """Whether ``function`` is written applied to a vector none of its own in one of ``texts`` (σ(\\mathbf{a}))."""
    for tokens in texts:
        for at in range(len(tokens)):
            named = name_at(tokens, at)
            written = split_arguments(tokens, named[1]) if named is not None and named[0] == function.name else None
            parts = [unfonted(part) for part in written[0]] if written else []
            names = [name_at(part, 0) if part else None for part in parts]
            whole = names and all(n is not None and n[1] == len(part) for n, part in zip(names, parts, strict=True))
            if whole and any(n is not None and n[0] not in function.parameters for n in names):
                return True  # σ(\mathbf{a}); s(\mathbf{x} + c) is s at an expression of its own x, not another vector
    return False


def apply_vector_functions(tokens: list[Token], functions: tuple[VectorFunction, ...]) -> list[Token]:
    """``tokens`` with each application of a function of whole vectors to vectors none of its own written out."""
    if not functions:
        return tokens
    table = {f.name: f for f in functions}
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        named = None if at and tokens[at - 1].kind in ("_", "^") else name_at(tokens, at)
        function = table.get(named[0]) if named is not None else None
        written = split_arguments(tokens, named[1]) if named is not None and function is not None else None
        if function is not None and named is not None and written is None and function.applied:
            _refuse_bare(function, tokens[at])
        if function is None or written is None or named is None:
            out.append(tokens[at])
            at += 1
            continue
        parts, end = written
        parts, index, end = entry_index(function.entry, len(function.parameters), parts, tokens, end)
        parts = [unfonted(part) for part in parts] if function.entry else parts  # σ(\mathbf{q})_k: q
        if function.entry and index is None:
            out.append(tokens[at])  # σ(q) with no entry: a whole vector, left to the reader
            at += 1
            continue
        arguments = [name_at(part, 0) if part else None for part in parts]
        if any(a is None or a[1] != len(p) for a, p in zip(arguments, parts, strict=True)):
            out.append(tokens[at])  # H(1 - q): no list of names, left to the reader
            at += 1
            continue
        names = tuple(a[0] for a in arguments if a is not None)
        own = index is not None and names == function.parameters  # σ(z, k): at its own vector, the entry k
        if not own and not _substitutes(function, names, tokens[at]):
            out.append(tokens[at])
            at += 1
            continue
        applied = function if index is None else apart(function, index, tokens[at], tokens)  # σ(q)_j beside Σ_j
        entry = {function.entry: index} if index is not None else {}
        out += _written_out(applied, names, {**dict(zip(function.parameters, parts, strict=True)), **entry},
                            tokens[at], tokens[end - 1])  # fmt: skip
        at = end
    return out


def _refuse_bare(function: VectorFunction, token: Token) -> None:
    """``\\sigma_i`` with no argument beside ``\\sigma(\\mathbf{a})`` elsewhere: σ at its own vector, or the one
    the page applies it to?"""
    shown, own = display_name(function.name), ", ".join(map(display_name, function.parameters))
    raise InputError(
        f"line {token.line}: {shown} without its argument can be read two ways: {shown}({own}), as defined at line "
        f"{function.line}, or {shown} of the vector the page applies it to elsewhere; write the argument"
    )


def _substitutes(function: VectorFunction, names: tuple[str, ...], token: Token) -> bool:
    """Whether ``function`` written with ``names`` is the function applied (a name none of its own); refused
    where it reads two ways or an argument could be captured."""
    shown = display_name(function.name)
    if names == function.parameters or len(names) != len(function.parameters):
        return False
    if sorted(names) == sorted(function.parameters):
        raise InputError(
            f"line {token.line}: {shown}({', '.join(map(display_name, names))}) can be read two ways: the value "
            f"{shown}({', '.join(map(display_name, function.parameters))}) of line {function.line}, or {shown} as a "
            "function with its arguments swapped; write the one meant"
        )
    if all(name in function.made_of for name in names):  # H(q, p) with q' = (1 - ε) q + ε u
        raise InputError(
            f"line {token.line}: {shown}({', '.join(map(display_name, names))}) can be read two ways: the value "
            f"{shown}({', '.join(map(display_name, function.parameters))}) of line {function.line}, written with "
            f"what it is made of, or {shown} as a function of whole vectors applied to "
            f"{', '.join(map(display_name, names))}; write the one meant"
        )
    own = {t.value for t in function.body if t.kind == "letter"} - set(function.parameters)
    captured = sorted(set(names) & own)
    if captured:
        raise InputError(
            f"line {token.line}: {shown}(…) applied to {display_name(captured[0])}, a letter its definition (line "
            f"{function.line}) uses too; name it apart"
        )
    return True


def _written_out(
    function: VectorFunction, names: tuple[str, ...], by_parameter: dict[str, list[Token]], first: Token, last: Token
) -> list[Token]:
    """The body braced and in parentheses, each parameter's name (and the entry's) replaced by its argument's
    tokens."""
    line, start, stop = first.line, first.start, last.end

    def placed(token: Token) -> Token:
        return dataclasses.replace(token, line=line, start=start, end=stop)

    body = list(function.body)
    out = [placed(Token("{", "{", line, gap=first.gap)), placed(Token("command", "left", line, gap=" "))]
    out.append(placed(Token("(", "(", line)))
    at = 0
    while at < len(body):
        if function.entry in by_parameter and body[at].kind == "letter" and body[at].value == function.entry:
            index = by_parameter[function.entry]  # σ(z)_i's i, in z_i too: the entry it is taken at, braced
            out += [placed(Token("{", "{", line, gap=body[at].gap)), *map(placed, index), placed(Token("}", "}", line))]
            at += 1
            continue
        named = None if at and body[at - 1].kind in ("_", "^") else name_at(body, at)
        if named is not None and named[0] in by_parameter:
            argument = by_parameter[named[0]]
            out += [
                placed(dataclasses.replace(t, gap=body[at].gap if k == 0 else t.gap)) for k, t in enumerate(argument)
            ]
            at = named[1]
            continue
        out.append(placed(body[at]))
        at += 1
    out += [
        placed(Token("command", "right", line, gap=" ")),
        placed(Token(")", ")", line)),
        placed(Token("}", "}", line)),
    ]
    return out
