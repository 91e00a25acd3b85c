"""A check file read into claims-to-be: the index space, definitions, constraints and every link of every chain.

A Markdown file's display-math blocks (``$$ … $$``) and a TeX file's ``align*`` (also ``align``, ``equation*``,
``\\[ … \\]`` and ``$$``) environments each hold one equality chain ``a = b = c`` (rows of ``aligned`` joined,
``&`` ignored). A trailing ``(i \\neq k)`` or ``(i = k)`` on the first row is the chain's case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sympy import Basic, Eq, Expr, IndexedBase, Ne, S, Sum, Symbol

from derive.engine.step import Assumption
from derive.errors import InputError
from derive.model.notation import Definition, IndexSpace, expand_definitions
from derive.read.frontmatter import Entry, FrontMatter, read_front_matter, split_front_matter
from derive.read.latex_lexer import Token, tokenize
from derive.read.latex_parser import GREEK, Names, display_name, parse_expression

MAX_FILE_BYTES = 1_000_000
ENVIRONMENTS = r"aligned|align\*?|equation\*?|split|gathered"
DOMAIN_WORDS = {
    "real": {"real": True},
    "positive": {"positive": True},
    "nonnegative": {"nonnegative": True},
    "non-negative": {"nonnegative": True},
}


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


@dataclass(frozen=True)
class Document:
    path: str
    space: IndexSpace
    definitions: tuple[Definition, ...]
    assumptions: tuple[Assumption, ...]
    links: tuple[Link, ...]

    @property
    def constraints(self) -> tuple[Assumption, ...]:
        return tuple(a for a in self.assumptions if a.kind != "domain")


def read_text(path: Path) -> str:
    """The file's text: a one-line error for a missing file, a directory, a huge or undecodable file."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a .md or .tex file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: file too large ({size} bytes; at most {MAX_FILE_BYTES})")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{path}: file too large (at most {MAX_FILE_BYTES} bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text") from None
    if "\x00" in text:
        raise InputError(f"{path}:{text[: text.index(chr(0))].count(chr(10)) + 1}: binary data, not text")
    if not text.strip():
        raise InputError(f"{path}:1: the file is empty")
    return text.lstrip("\ufeff")


def read_document(path: Path) -> Document:
    """Read and parse a check file (.md, or .tex); every problem is an ``InputError`` naming file and line."""
    text = read_text(path)
    tex = path.suffix.lower() in (".tex", ".latex")
    split = split_front_matter(str(path), text, tex)
    front = read_front_matter(str(path), split)
    try:
        return _build(str(path), front, split.body, tex)
    except InputError as error:
        message = str(error)
        if message.startswith("line "):
            raise InputError(f"{path}:{message[5:]}") from None
        raise


def _name_of(entry: Entry, what: str) -> str:
    """A declared name: one letter, or a Greek letter written \\theta."""
    text = entry.text.strip()
    if len(text) == 1 and text.isascii() and text.isalpha():
        return text
    if text.startswith("\\") and text[1:] in GREEK:
        return text[1:]
    raise InputError(f"line {entry.line}: {what} {text[:40]!r} is not a name (one letter, or a Greek letter)")


def _names(front: FrontMatter, domains: dict[str, dict[str, bool]]) -> Names:
    n: Expr = S(front.n) if front.n is not None else Symbol(front.length, integer=True, positive=True)
    names = Names(front.length, n)
    seen: set[str] = {front.length}

    def claim(name: str, entry: Entry) -> str:
        if name in seen:
            raise InputError(f"line {entry.line}: {display_name(name)} is declared twice")
        seen.add(name)
        return name

    for entry in front.indices:
        name = claim(_name_of(entry, "index"), entry)
        names.indices[name] = Symbol(name, integer=True)
    for entry in front.vectors:
        name = claim(_name_of(entry, "vector"), entry)
        names.vectors[name] = IndexedBase(name, **domains.get(name, {"real": True}))
    for entry in front.scalars:
        name = claim(_name_of(entry, "scalar"), entry)
        names.scalars[name] = Symbol(name, real=True)
    for key, _ in front.define:
        name, index = _defined_head(key, names)
        claim(name, key)
        if index is None:
            names.defined_scalars[name] = Symbol(name)
        else:
            names.defined_vectors[name] = IndexedBase(name)
    return names


def _defined_head(key: Entry, names: Names) -> tuple[str, Symbol | None]:
    """``s_i`` → ("s", i); ``\\hat{y}_i`` → ("yhat", i); ``L`` → ("L", None)."""
    match = re.fullmatch(
        r"\s*(?:\\hat\{(\\?[A-Za-z]+)\}|(\\?[A-Za-z]+))\s*(?:_\s*\{?\s*([A-Za-z])\s*\}?)?\s*", key.text
    )
    if match is None:
        raise InputError(f"line {key.line}: cannot read the defined name {key.text[:40]!r}; write s_i or L")
    hatted, plain, index = match.groups()
    base = (hatted or plain).lstrip("\\")
    if len(base) > 1 and base not in GREEK:
        raise InputError(f"line {key.line}: the defined name {key.text[:40]!r} is not one letter or a Greek letter")
    name = base + "hat" if hatted else base
    if index is None:
        return name, None
    if index not in names.indices:
        raise InputError(f"line {key.line}: {index} in {key.text!r} is not a declared index")
    return name, names.indices[index]


def _assumptions(front: FrontMatter, names: Names) -> tuple[Assumption, ...]:
    found: list[Assumption] = []
    for entry in front.assume:
        words = entry.text.split()
        if len(words) == 2 and words[1] in ("one-hot", *DOMAIN_WORDS):
            name = words[0].lstrip("\\")
            if name not in names.vectors:
                raise InputError(f"line {entry.line}: {words[0]!r} in {entry.text!r} is not a declared vector")
            base = names.vectors[name]
            if words[1] == "one-hot":
                found.append(Assumption("one-hot", f"{name} is one-hot", None, base))
            else:
                found.append(Assumption("domain", f"{name} is {words[1]}", None, base))
            continue
        found.append(_sum_to_one(entry, names))
    return tuple(found)


def _sum_to_one(entry: Entry, names: Names) -> Assumption:
    tokens = tokenize(entry.text, entry.line)
    sides = _split_top(tokens, "=")
    if len(sides) != 2:
        raise InputError(
            f"line {entry.line}: cannot read the assumption {entry.text[:60]!r}; write \\sum_{{i=1}}^{{n}} y_i = 1, "
            "'y one-hot' or 'z real'"
        )
    left, right = (parse_expression(side, names, entry.line) for side in sides)
    if right == 1 and isinstance(left, Sum) and len(left.limits) == 1:
        variable, lower, upper = left.limits[0]
        function = left.function
        if lower == 1 and upper == names.n and getattr(function, "indices", None) == (variable,):
            base = function.base
            if base in names.vectors.values():
                return Assumption("sum-to-one", f"Σ {base} = 1", Eq(left, 1), base)
    raise InputError(f"line {entry.line}: only Σ_i y_i = 1 over a declared vector is understood as an equation")


def _definitions(front: FrontMatter, names: Names) -> tuple[Definition, ...]:
    definitions = []
    for key, value in front.define:
        name, index = _defined_head(key, names)
        body = parse_expression(tokenize(value.text, value.line), names, value.line)
        if index is None:
            definitions.append(Definition(names.defined_scalars[name], body))
        else:
            definitions.append(Definition(names.defined_vectors[name], body, index))
    result = tuple(definitions)
    for definition in result:
        try:
            expand_definitions(definition.head, result)
        except ValueError:
            raise InputError(f"line {front.line}: the definitions refer to each other in a cycle") from None
    return result


def _build(path: str, front: FrontMatter, body: str, tex: bool) -> Document:
    domains = {}
    for entry in front.assume:
        words = entry.text.split()
        if len(words) == 2 and words[1] in DOMAIN_WORDS:
            domains[words[0].lstrip("\\")] = DOMAIN_WORDS[words[1]]
    names = _names(front, domains)
    definitions = _definitions(front, names)
    assumptions = _assumptions(front, names)
    n = front.n if front.n is not None else names.n
    space = IndexSpace(n, tuple(names.indices.values()))
    links: list[Link] = []
    for number, (block, line, lead) in enumerate(math_blocks(body, tex), start=1):
        links.extend(_chain_links(block, line, number, names, _lead_case(lead, names)))
    if not links:
        raise InputError(f"line {front.line}: no equality chain found (display math $$ … $$ or align*)")
    return Document(path, space, definitions, assumptions, tuple(links))


def math_blocks(body: str, tex: bool) -> list[tuple[str, int, str]]:
    """Each display-math block's text, the line on which it starts, and the last non-blank line of text before
    it (fenced code in Markdown is skipped)."""
    if not tex:
        body = re.sub(r"^(```|~~~).*?^\1", lambda m: re.sub(r"[^\n]", " ", m.group(0)), body, flags=re.S | re.M)
    else:
        body = re.sub(r"(?<!\\)%[^\n]*", lambda m: " " * len(m.group(0)), body)
    patterns = [r"\$\$(.*?)\$\$"]
    if tex:
        patterns += [r"\\begin\{(?:align\*?|equation\*?)\}(.*?)\\end\{(?:align\*?|equation\*?)\}", r"\\\[(.*?)\\\]"]
    found = []
    for pattern in patterns:
        for match in re.finditer(pattern, body, flags=re.S):
            found.append((match.start(1), match.group(1)))
    found.sort()
    blocks = []
    for start, text in found:
        before = body[: start - 2 if body[start - 2 : start] == "$$" else start]
        lead = next((line for line in reversed(before.split("\n")) if line.strip()), "")
        blocks.append((text, body[:start].count("\n") + 1, lead))
    return blocks


#: A line before a chain that states its case: "i = k", "$i \neq k$", "### Case 2: i ≠ k", "• Case 1: $i = o$".
LEAD_CASE = re.compile(r"^(?:case\s*\d*\s*:?\s*)?([A-Za-z])\s*(=|\\neq|\\ne|≠)\s*([A-Za-z])\s*:?$", re.IGNORECASE)


def _lead_case(lead: str, names: Names) -> Basic:
    """The case a line before a chain states (both letters declared indices), or true."""
    text = re.sub(r"\$|\\\(|\\\)|\*\*|^[\s#*•>-]+", "", lead).strip()
    match = LEAD_CASE.match(text)
    if match is None or match.group(1) not in names.indices or match.group(3) not in names.indices:
        return S.true
    left, right = names.indices[match.group(1)], names.indices[match.group(3)]
    return Eq(left, right) if match.group(2) == "=" else Ne(left, right)


def _split_top(tokens: list[Token], kind: str) -> list[list[Token]]:
    """Split at ``kind`` tokens outside braces and brackets."""
    parts: list[list[Token]] = [[]]
    level = 0
    for token in tokens:
        if token.kind in ("{", "(", "["):
            level += 1
        elif token.kind in ("}", ")", "]"):
            level -= 1
        if token.kind == kind and level == 0:
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _annotation(row: list[Token], names: Names) -> tuple[list[Token], Basic, tuple[Assumption, ...]]:
    """A trailing ``(i \\neq k)`` / ``(i = k)`` (the chain's case) or ``(\\sum_{i=1}^{n} y_i = 1)`` (a constraint
    for this chain only) on a row: the row without it, the case condition and the constraints."""
    if not row or row[-1].kind != ")":
        return row, S.true, ()
    level = 0
    for start in range(len(row) - 1, -1, -1):
        level += {")": 1, "(": -1}.get(row[start].kind, 0)
        if level == 0:
            break
    inner = row[start + 1 : -1]
    if row[start].kind != "(" or not inner:
        return row, S.true, ()
    if len(inner) == 3 and inner[0].kind == inner[2].kind == "letter":
        a, relation, b = inner
        if a.value in names.indices and b.value in names.indices:
            left, right = names.indices[a.value], names.indices[b.value]
            if relation.kind == "=":
                return row[:start], Eq(left, right), ()
            if relation.kind == "command" and relation.value in ("neq", "ne"):
                return row[:start], Ne(left, right), ()
    if len(_split_top(inner, "=")) == 2:
        text = " ".join(t.describe() for t in inner)
        return row[:start], S.true, (_sum_to_one(Entry(text, inner[0].line), names),)
    return row, S.true, ()


def _source(block: str, tokens: list[Token]) -> str:
    text = block[tokens[0].start : tokens[-1].end]
    text = re.sub(r"(?<!\\)%[^\n]*", " ", text)
    text = text.replace("\\\\", " ").replace("&", " ")
    return " ".join(text.split())


def _chain_links(block: str, line: int, number: int, names: Names, lead_case: Basic) -> list[Link]:
    """The links of one chain; its case is a trailing annotation on the first row, else the line before it."""
    text = re.sub(rf"\\(?:begin|end)\{{(?:{ENVIRONMENTS})\}}", lambda m: " " * len(m.group(0)), block)
    tokens = tokenize(text, line)
    rows = _split_top(tokens, "newline")
    rows[0], condition, constraints = _annotation(rows[0], names)
    if condition == S.true:
        condition = lead_case
    joined = [t for row in rows for t in row if t.kind != "&"]
    while joined and joined[-1].kind in (".", ","):
        joined.pop()
    sides = _split_top(joined, "=")
    if len(sides) < 2:
        raise InputError(f"line {line}: a display-math block with no '=': write an equality chain a = b = c")
    for side in sides:
        if not side:
            raise InputError(f"line {line}: an empty side in an equality chain")
    exprs = [parse_expression(list(side), names, line) for side in sides]
    latex = [_source(text, side) for side in sides]
    return [
        Link(
            line=sides[m][0].line,
            lhs=exprs[m - 1],
            rhs=exprs[m],
            lhs_latex=latex[m - 1],
            rhs_latex=latex[m],
            condition=condition,
            constraints=constraints,
            head=exprs[0],
            chain=number,
            position=m,
        )
        for m in range(1, len(sides))
    ]
