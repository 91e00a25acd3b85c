"""The front matter of a check file: a YAML block (``---`` … ``---``; in a .tex file, inside ``%`` comments).

Read with ``yaml.safe_load`` (no tags, no objects), then checked key by key: every value is a string, a list of
strings or a mapping of strings, and unknown keys are an error that names the known ones (a site's own keys,
``title:``, ``tags:``, are read past).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from derive.detect import KNOWN_KEYS
from derive.errors import InputError
from derive.read.unicode_letters import with_unicode_commands

#: Keys a site's front matter holds (MkDocs, Jekyll, Hugo): the page's, not derive's; read past, never an error.
SITE_KEYS = frozenset({
    "title", "layout", "tags", "date", "author", "authors", "description", "permalink", "categories", "slug",
    "draft", "summary", "toc", "weight", "hide", "template", "excerpt", "lang", "math", "mathjax", "katex",
})  # fmt: skip

#: Concrete n is capped like the built-in derivations (the checker grounds every index instance).
MIN_N, MAX_N = 2, 16


@dataclass(frozen=True)
class Entry:
    """A string from the front matter and the file line it stands on (best effort: the first line naming it)."""

    text: str
    line: int


@dataclass(frozen=True)
class FrontMatter:
    n: int | None  # None: every n at once ("symbolic")
    length: str  # the name the text uses for n
    vectors: tuple[Entry, ...]
    indices: tuple[Entry, ...]
    scalars: tuple[Entry, ...]
    define: tuple[tuple[Entry, Entry], ...]
    assume: tuple[Entry, ...]
    line: int  # where the front matter starts
    length_given: bool = False
    arrays: tuple[Entry, ...] = ()  # names with two indices, w_{ij}
    #: Lengths other than n (``sizes: {d: symbolic, m: 3}``): each name, and its value (None: symbolic).
    sizes: tuple[tuple[Entry, int | None], ...] = ()
    #: The lengths of the slots of a vector or array (``arrays: {W: [d, n], x: [d]}``), by the names of lengths.
    shapes: tuple[tuple[Entry, tuple[str, ...]], ...] = ()
    #: Names the text uses that the front matter neither declares nor defines (inferred, not stated).
    undeclared: tuple[str, ...] = ()
    #: Generic functions (``functions: [sigma, f]``): names that stand for an arbitrary function.
    functions: tuple[Entry, ...] = ()
    #: A feed-forward network the page's sums are wired by (``derive.read.network``): its entries as define's.
    network: tuple[tuple[Entry, Entry], ...] = ()
    #: Macros the page's site defines for MathJax or KaTeX (``macros: {\\R: \\mathbb{R}}``), in force on every line.
    macros: tuple[tuple[Entry, Entry], ...] = ()
    #: Each name whose shape the prose states below a heading: that heading's line, and the statement's
    #: (``inline_shapes``); above the heading, the name may be another's (``later_shapes``).
    shape_sections: tuple[tuple[str, int, int], ...] = ()


@dataclass(frozen=True)
class Split:
    """A file split into its front matter text and its body (the body keeps its lines' numbers)."""

    front: str
    front_line: int  # the file line of the front matter's first line
    lines: tuple[str, ...]  # the front matter's lines, for locating keys
    body: str  # the whole file with the front matter blanked out (so that line numbers stay)


def split_front_matter(path: str, text: str, tex: bool) -> Split:
    """Find the front matter: in Markdown, ``---`` lines at the top; in TeX, the same inside ``%`` comments."""
    lines = text.split("\n")
    prefix = "%" if tex else ""
    start = None
    for number, raw in enumerate(lines):
        stripped = raw.strip()
        if not stripped:
            continue
        if tex and not stripped.startswith("%"):
            break
        content = stripped[len(prefix) :].strip() if tex else stripped
        if content == "---":
            start = number
            break
        if not tex or content:
            break
    if start is None:  # none: every name is read from the text, as with an empty one
        _refuse_unopened(path, lines, tex)
        return Split("", 1, (), text)
    end = None
    for number in range(start + 1, len(lines)):
        stripped = lines[number].strip()
        if tex and not stripped.startswith("%"):
            break
        content = stripped[1:].strip() if tex else stripped
        if content == "---":
            end = number
            break
    if end is None:
        raise InputError(f"{path}:{start + 1}: the front matter is not closed by a '---' line")
    inner = [lines[m].strip()[1:] if tex else lines[m] for m in range(start + 1, end)]
    if tex:
        inner = [line[1:] if line.startswith(" ") else line for line in inner]
    body = "\n".join([""] * (end + 1) + lines[end + 1 :])
    return Split("\n".join(inner), start + 2, tuple(inner), body)


#: A front matter key as it opens a line: ``n: 3``, ``assume:``.
_KEY_LINE = re.compile(r"^%?\s*(?:n|length|vectors|indices|scalars|arrays|sizes|define|assume|functions|macros)\s*:")


def _refuse_unopened(path: str, lines: list[str], tex: bool) -> None:
    """A file that opens with a front matter key and closes a block with '---' later lost its opening '---'; one
    whose block of keys stands below other text is misplaced. Either is an error, not a page read without its
    declarations."""
    first = next((line for line in lines if line.strip()), "")
    fence = [n for n, line in enumerate(lines) if line.strip().lstrip("%").strip() == "---"]
    block = "'% ---'" if tex else "'---'"
    if _KEY_LINE.match(first.strip()) and fence:
        raise InputError(f"{path}:1: the front matter has no opening {block} line: put one above {first.strip()!r}")
    for number in fence:
        following = next((line for line in lines[number + 1 :] if line.strip()), "")
        if _KEY_LINE.match(following.strip()):
            raise InputError(f"{path}:{number + 1}: a front matter block below other text: move it to the top of "
                             "the file (in a .tex file, to its first comment lines)")  # fmt: skip


def _line_of(split: Split, needle: str, default: int) -> int:
    for offset, line in enumerate(split.lines):
        if needle and needle in line:
            return split.front_line + offset
    return default


class _StrictLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that refuses a key given twice in one mapping (YAML lets the last one win, silently)."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
    seen: dict[object, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            first = seen.get(key)
        except TypeError:
            mark = key_node.start_mark
            raise yaml.constructor.ConstructorError(None, None, "a key that is not a plain value", mark) from None
        if first is not None:
            raise _Duplicate(str(key), first + 1, key_node.start_mark.line + 1)
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


class _Duplicate(Exception):
    def __init__(self, key: str, first: int, second: int) -> None:
        super().__init__(key)
        self.key, self.first, self.second = key, first, second


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
# σ(x), ŷ ≥ 0 typed as characters: read as their commands, as in the page's math (``derive.read.unicode_letters``)
_StrictLoader.add_constructor(
    "tag:yaml.org,2002:str", lambda loader, node: with_unicode_commands(str(loader.construct_scalar(node)))
)


def read_front_matter(path: str, split: Split) -> FrontMatter:
    """Parse and check the YAML; every error names the file and a line."""
    top = split.front_line - 1
    try:
        data = yaml.load(split.front, Loader=_StrictLoader)  # a SafeLoader: no tags, no objects
    except _Duplicate as duplicate:
        at = split.front_line + duplicate.second - 1
        raise InputError(
            f"{path}:{at}: the key {duplicate.key[:40]!r} is given twice in the front matter "
            f"(first on line {split.front_line + duplicate.first - 1}); keep one"
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = split.front_line + mark.line if mark is not None else top
        problem = getattr(error, "problem", None) or "not valid YAML"
        if "sequence entries are not allowed" in problem:
            problem += " (a formula that starts with '-' must be quoted: L: '- \\sum_i y_i \\log s_i')"
        if "unknown escape character" in problem:  # "y \\in …": YAML reads \\i in double quotes as an escape
            problem += (
                " (TeX's backslashes in double quotes are YAML escapes: quote a formula with single quotes, "
                "'y \\in \\{-1, 1\\}')"
            )
        raise InputError(f"{path}:{at}: malformed front matter: {problem}") from None
    if data is None:
        data = {}  # an empty front matter: every name is inferred from the text
    if not isinstance(data, dict):
        raise InputError(f"{path}:{top}: the front matter must be a mapping of keys such as n, vectors, indices")
    for key in data:
        if key not in KNOWN_KEYS and str(key).lower() not in SITE_KEYS:  # a typo (vector:) is named
            at = _line_of(split, f"{key}:", top)
            raise InputError(f"{path}:{at}: unknown key {str(key)[:40]!r}; the known keys are {', '.join(KNOWN_KEYS)}")

    def line(key: str) -> int:
        return _line_of(split, f"{key}:", top)

    def strings(key: str) -> tuple[Entry, ...]:
        value = data.get(key, [])
        if value is None:
            value = []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(
            isinstance(item, (str, int)) and not isinstance(item, bool) for item in value
        ):
            raise InputError(f"{path}:{line(key)}: {key} must be a list of names or phrases")
        return tuple(Entry(str(item), _line_of(split, str(item), line(key))) for item in value)

    n_value = data.get("n", "symbolic")
    n: int | None
    if n_value == "symbolic":
        n = None
    elif isinstance(n_value, int) and not isinstance(n_value, bool) and MIN_N <= n_value <= MAX_N:
        n = n_value
    else:
        raise InputError(f"{path}:{line('n')}: n must be an integer from {MIN_N} to {MAX_N}, or 'symbolic'")
    length = data.get("length", "n")
    if not isinstance(length, str) or not (len(length) == 1 and length.isascii() and length.isalpha()):
        raise InputError(f"{path}:{line('length')}: length must be one letter, the name the text uses for n")
    define = data.get("define") or {}
    if isinstance(define, dict):
        for key, value in define.items():
            if isinstance(value, (list, dict)) or value is None:
                what = "a list (a leading '- ' starts one)" if isinstance(value, list) else "not a formula"
                raise InputError(
                    f"{path}:{_line_of(split, f'{key}:', line('define'))}: YAML reads the value of {key} as {what}: "
                    f"quote the formula, as in {key}: '- \\sum_i y_i \\log s_i'"
                )
    if not isinstance(define, dict) or not all(
        isinstance(k, str) and isinstance(v, (str, int)) and not isinstance(v, bool) for k, v in define.items()
    ):
        raise InputError(f"{path}:{line('define')}: define must map names to LaTeX, e.g. 's_i: \\frac{{...}}{{...}}'")
    definitions = tuple(
        (Entry(k, _line_of(split, f"{k}:", line("define"))), Entry(str(v), _line_of(split, f"{k}:", line("define"))))
        for k, v in define.items()
    )
    network = data.get("network") or {}
    if not isinstance(network, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in network.items()):
        raise InputError(f"{path}:{line('network')}: network must map names to LaTeX, e.g. 'a_j: \\sigma(z_j)'")
    wiring = tuple(
        (Entry(k, _line_of(split, f"{k}:", line("network"))), Entry(v, _line_of(split, f"{k}:", line("network"))))
        for k, v in network.items()
    )
    macros = data.get("macros") or {}
    if not isinstance(macros, dict) or not all(
        isinstance(k, str) and re.fullmatch(r"\\[A-Za-z]+", k) and isinstance(v, (str, int)) and not isinstance(v, bool)
        for k, v in macros.items()
    ):
        raise InputError(
            f"{path}:{line('macros')}: macros must map commands to LaTeX, as the site's MathJax or KaTeX "
            "configuration does, e.g. '\\R: \\mathbb{R}'"
        )
    commands = tuple(
        (Entry(k, _line_of(split, f"{k}:", line("macros"))), Entry(str(v), _line_of(split, f"{k}:", line("macros"))))
        for k, v in macros.items()
    )
    sizes = _sizes(path, data.get("sizes"), line("sizes"), split, length, n)
    arrays, vectors, shapes = _arrays(
        path, data.get("arrays"), line("arrays"), split, {length, *(e.text for e, _ in sizes)}
    )
    from derive.read.hot_index import with_hot_index  # it reads this module's FrontMatter

    return with_hot_index(
        FrontMatter(
            n=n,
            length=length,
            vectors=(*strings("vectors"), *vectors),
            indices=strings("indices"),
            scalars=strings("scalars"),
            define=definitions,
            assume=strings("assume"),
            line=top,
            length_given="length" in data,
            arrays=arrays if isinstance(data.get("arrays"), dict) else strings("arrays"),
            sizes=sizes,
            shapes=shapes,
            functions=strings("functions"),
            network=wiring,
            macros=commands,
        )
    )


def _sizes(
    path: str, value: object, at: int, split: Split, length: str, n: int | None
) -> tuple[tuple[Entry, int | None], ...]:
    """``sizes: {d: symbolic, m: 3}``: lengths other than n, each one letter, symbolic or an integer; n listed
    among them with the value it has (``sizes: {m: symbolic, n: symbolic}``) is the page's length, as it is."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise InputError(f"{path}:{at}: sizes must map one-letter names to 'symbolic' or an integer, as in d: symbolic")
    found = []
    for name, size in value.items():
        where = _line_of(split, f"{name}:", at)
        if name == length and size == ("symbolic" if n is None else n):
            continue
        if name == length:
            shown = "symbolic" if n is None else n
            raise InputError(
                f"{path}:{where}: {length} is the page's length ({length}: {shown}): give it once, as {length}: …"
            )
        if not (isinstance(name, str) and len(name) == 1 and name.isascii() and name.isalpha()):
            raise InputError(f"{path}:{where}: a size is named by one letter, not {str(name)[:20]!r}")
        ok = isinstance(size, int) and not isinstance(size, bool) and 1 <= size <= MAX_N
        if size != "symbolic" and not ok:
            raise InputError(f"{path}:{where}: the size {name} must be 'symbolic' or an integer from 1 to {MAX_N}")
        found.append((Entry(name, where), None if size == "symbolic" else int(size)))
    return tuple(found)


def _arrays(
    path: str, value: object, at: int, split: Split, lengths: set[str]
) -> tuple[tuple[Entry, ...], tuple[Entry, ...], tuple[tuple[Entry, tuple[str, ...]], ...]]:
    """``arrays: {W: [d, n], x: [d]}``: the arrays (two lengths), the vectors (one) and every slot's length."""
    if not isinstance(value, dict):
        return (), (), ()
    arrays: list[Entry] = []
    vectors: list[Entry] = []
    shapes: list[tuple[Entry, tuple[str, ...]]] = []
    for name, slots in value.items():
        where = _line_of(split, f"{name}:", at)
        numbers = isinstance(slots, list) and any(isinstance(s, int) and not isinstance(s, bool) for s in slots)
        if numbers and 1 <= len(slots) <= 2:
            raise InputError(
                f"{path}:{where}: the lengths of {name} are named, not numbers: give each number a one-letter name "
                "under sizes and write the names, as in sizes: {d: 2} and arrays: {W: [d, n]}"
            )
        if not isinstance(slots, list) or not 1 <= len(slots) <= 2 or not all(isinstance(s, str) for s in slots):
            raise InputError(f"{path}:{where}: give the lengths of {name} as a list of one or two names, as in [d, n]")
        unknown = [s for s in slots if s not in lengths]
        if unknown:
            raise InputError(
                f"{path}:{where}: {unknown[0]!r} in the lengths of {name} is not a length: give it under sizes"
            )
        entry = Entry(str(name), where)
        (arrays if len(slots) == 2 else vectors).append(entry)
        shapes.append((entry, tuple(slots)))
    return tuple(arrays), tuple(vectors), tuple(shapes)
