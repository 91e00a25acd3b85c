"""The head of a definition as pages and front matters write it: ``s_i`` (a vector and its parameter), ``L``,
``\\sigma(x)`` (a function and its parameters), ``\\hat{y}_i``, ``MSE``, ``J_{\\text{softmax}}``, ``z^{(2)}`` (a
layer's vector), ``\\mathbf{z}``; and which names no definition may take (e, the functions' words)."""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.frontmatter import Entry
from derive.read.layer_names import layer_name
from derive.read.names import ACCENTS, GREEK, SUFFIXES, braced_accent
from derive.read.ng_notation import ng_labelled
from derive.read.script_labels import labelled_head

#: Letters that already mean something in every formula: e is Euler's number (e^{x} is the exponential).
RESERVED = {"e": "Euler's number (e^{x} is read as the exponential)"}

_HEAD = re.compile(
    r"\s*(?:\\(?P<accent>[a-z]+)\s*\{\s*(?P<hat>\\?[A-Za-z]+)\s*\}|(?P<plain>\\?[A-Za-z]+))\s*"
    r"(?:_\s*\{?\s*(?P<index>[A-Za-z])\s*\}?|\(\s*(?P<params>[^()]*)\))?\s*"
)


#: A letter with a number subscript, applied or not: ``g_1(x)``, ``y_{2}``.
_NUMBERED = re.compile(
    r"\s*(?P<base>[A-Za-df-z])\s*_\s*(?:(?P<d>\d)|\{\s*(?P<number>\d+)\s*\})\s*(?:\(\s*(?P<params>[^()]*)\))?\s*"
)


#: Words that name a function or an operator: never a defined name, or the text could not be read.
NOT_WORDS = frozenset({"log", "ln", "exp", "sin", "cos", "tan", "tanh", "sinh", "cosh", "max", "min", "det", "diag",
                       "sqrt", "sum", "lim", "softmax", "sigmoid", "relu", "argmax", "var", "tr", "abs"})  # fmt: skip


#: A name labelled by a length, as ``length_labels`` writes ``\\Sigma_C``: one name, read as a word.
LENGTH_LABEL = re.compile(r"\s*\\?[A-Za-z]+\s*_\s*\{\s*\\text\s*\{\s*[A-Za-z]\s*\}\s*\}\s*")


def is_word(key: str) -> bool:
    """A defined name written as a word of plain letters (``MSE: …``, ``net_k: …``), read where its letters stand
    together in the text (``\\frac{\\partial MSE}{\\partial w_i}``), as the page's author declared it."""
    if LENGTH_LABEL.fullmatch(key) is not None:  # \\Sigma_{\\text{C}}: \\Sigma_C, read where Σ, _ and C stand
        return True
    if ng_labelled(key) is not None:  # dz^{[L]}: Ng's derivative, read where d and z^{[L]} stand together
        return True
    match = re.fullmatch(r"\s*([A-Za-z]{2,12})\s*(?:_.*|\(.*)?", key, re.S)
    return (
        match is not None
        and match.group(1) not in GREEK
        and match.group(1).lower() not in NOT_WORDS
        and not match.group(1).endswith(tuple(SUFFIXES))
    )


#: An upright name (``\\text{softmax}_i``) or a name labelled by an upright word (``J_{\\text{softmax}}``).
_UPRIGHT = re.compile(r"\s*\\(?:text|mathrm|operatorname)\s*\{\s*(?P<word>[A-Za-z]{2,})\s*\}\s*(?P<rest>.*)")
_LABELLED = re.compile(
    r"\s*(?:\\(?P<accent>[a-z]+)\s*\{\s*(?P<letter>\\?[A-Za-z]+)\s*\}|(?P<base>\\?[A-Za-z]+))"
    r"\s*_\s*\{\s*\\(?:text|mathrm|operatorname)\s*\{\s*(?P<word>[A-Za-z]+\d*)\s*\}\s*\}\s*"
)


_FONT = re.compile(r"\\(?:mathbf|boldsymbol|bm|mathit|mathsf|pmb)\s*\{\s*(\\?[A-Za-z]+)\s*\}")


#: A training example's number, ``^{(i)}``, at the end of a head: its parameter, as the subscript of ``s_i`` is.
_EXAMPLE = re.compile(r"\s*\^\s*\{\s*\(\s*([A-Za-df-z])\s*\)\s*\}\s*$")


#: A label in parentheses after a subscript, ``z_j^{(l)}``: the same head as ``z^{(l)}_j`` (TeX sets both alike).
_SUB_FIRST = re.compile(
    r"^(?P<base>\s*\\?[A-Za-z]+\s*)(?P<sub>_\s*(?:\{\s*[A-Za-z]\s*\}|[A-Za-z])\s*)"
    r"(?P<label>\^\s*\{\s*\(\s*[A-Za-z0-9+\- ]+\s*\)\s*\}\s*)$"
)
#: One entry of a training example's vector, ``\\hat{y}_j^{(i)}`` or ``\\hat{y}^{(i)}_j``: its name, example, entry.
_EXAMPLE_ENTRY = re.compile(
    r"\s*(?P<name>.+?)\s*(?:_\s*\{?\s*(?P<entry>[A-Za-z])\s*\}?\s*\^\s*\{\s*\(\s*(?P<example>[A-Za-z])\s*\)\s*\}"
    r"|\^\s*\{\s*\(\s*(?P<example2>[A-Za-z])\s*\)\s*\}\s*_\s*\{?\s*(?P<entry2>[A-Za-z])\s*\}?)\s*"
)


def example_entry(head: str) -> tuple[str, str, str] | None:
    """The name whose example's entry a head writes, the example's letter and the entry's (``\\hat{y}_j^{(i)}`` →
    ("yhat", "i", "j")), or None; none where the head reads as a name of its own (a layer's ``z^{(l)}_j``, Nielsen's
    z^l_j: ``derive.read.numbered_labels``)."""
    match = _EXAMPLE_ENTRY.fullmatch(head)
    if match is None:
        return None
    try:
        definition_head(Entry(head, 0))
        return None
    except InputError:
        pass
    try:
        name, index, params = definition_head(Entry(match.group("name"), 0))
    except InputError:
        return None
    if index is not None or params is not None:
        return None
    return name, match.group("example") or match.group("example2"), match.group("entry") or match.group("entry2")


def example_entry_name(head: str) -> str | None:
    """The name of ``example_entry``, or None."""
    found = example_entry(head)
    return found[0] if found is not None else None


def _parameter(text: str) -> str:
    """A function's parameter as written, ``x``, ``\\theta`` or ``\\hat{y}`` ("yhat")."""
    accented = re.fullmatch(r"\s*\\([a-z]+)\s*\{\s*([A-Za-z])\s*\}\s*", braced_accent(text))
    if accented is not None and accented.group(1) in ACCENTS:
        return accented.group(2) + ACCENTS[accented.group(1)]
    labelled = _LABELLED.fullmatch(text)  # FL(p_{\\text{t}}): a number labelled t (``derive.read.scalar_labels``)
    if labelled is not None and labelled.group("base"):
        return f"{labelled.group('base').lstrip(chr(92))}_{labelled.group('word')}"
    return text.strip().lstrip("\\")


def numbered_head(head: str) -> bool:
    """Whether a display's left side is a numbered entry, ``β_0`` or ``g_1(x)``: defined only by the front matter or
    a column of them (``entry_columns``); on a page alone, ``β_0 = …`` is a claim, checked."""
    return _NUMBERED.fullmatch(head) is not None


def definition_head(key: Entry) -> tuple[str, str | None, tuple[str, ...] | None]:
    """``s_i`` → ("s", "i", None); ``\\hat{y}_i`` → ("yhat", "i", None); ``\\sigma(x)`` → ("sigma", None, ("x",));
    ``\\text{softmax}_i`` → ("softmax", "i", None); ``J_{\\text{softmax}}`` → ("J_softmax", None, None)."""
    key = Entry(braced_accent(_FONT.sub(r"\1", key.text)), key.line)  # \mathbf{z}: typography; \hat y is \hat{y}
    key = Entry(_SUB_FIRST.sub(r"\g<base>\g<label>\g<sub>", key.text), key.line)  # z_j^{(l)}: z^{(l)}_j, as TeX
    key = Entry(_EXAMPLE.sub(r"_{\1}", key.text), key.line)  # \hat{y}^{(i)}: example i's (``derive.read.examples``)
    if "^" in key.text and ng_labelled(key.text) is not None:  # dz^{[L]}: Ng's derivative, one word
        return ng_labelled(key.text) or "", None, None
    if "^" in key.text and layer_name(key.text) is not None:  # z^{(2)}, a^{[1]}: a layer's vector
        return layer_name(key.text) or "", None, None
    if "^" in key.text:  # a^L_j, y_k^{LS}: a labelled name (``derive.read.script_labels``) and its parameter
        head = labelled_head(key.text)
        if head is not None:
            return head
    labelled = _LABELLED.fullmatch(key.text)
    if labelled is not None and (labelled.group("base") or labelled.group("accent") in ACCENTS):
        base = labelled.group("base") or labelled.group("letter") + ACCENTS[labelled.group("accent")]
        return f"{base.lstrip(chr(92))}_{labelled.group('word')}", None, None  # \mathcal{L}_{\text{NLL}}: Lcal_NLL
    upright = _UPRIGHT.fullmatch(key.text)
    if upright is not None:
        index = re.fullmatch(r"(?:_\s*\{?\s*(?P<index>[A-Za-z])\s*\}?)?\s*", upright.group("rest"))
        applied = re.fullmatch(r"\(\s*(?P<params>[^()]*)\)\s*", upright.group("rest"))  # \mathrm{ReLU}(x): a function
        if applied is not None and applied.group("params").strip():
            return upright.group("word"), None, _parameters(applied.group("params"), key)
        if index is None:
            raise InputError(f"line {key.line}: cannot read the defined name {key.text[:40]!r}; write s_i, L or f(x)")
        return upright.group("word"), index.group("index"), None
    numbered = _NUMBERED.fullmatch(key.text)
    if numbered is not None:  # g_1(x): the entry 1, a name of its own (``numbered_definitions``)
        params = _parameters(numbered.group("params"), key) if numbered.group("params") is not None else None
        return f"{numbered.group('base')}_{int(numbered.group('d') or numbered.group('number'))}", None, params
    match = _HEAD.fullmatch(key.text)
    if match is None:
        raise InputError(f"line {key.line}: cannot read the defined name {key.text[:40]!r}; write s_i, L or f(x)")
    base = (match.group("hat") or match.group("plain")).lstrip("\\")
    if match.group("plain") == "\\sum":  # \\sum_K, or \\sum alone (e_j/\\sum): a sum written without its summand
        return f"sum{match.group('index') or ''}", None, None
    if len(base) > 1 and base not in GREEK and base != "delta" and not is_word(key.text):  # δ_j: a page's own δ
        raise InputError(
            f"line {key.line}: the defined name {key.text[:40]!r} is not one letter, a Greek letter or a word "
            "of letters (MSE)"
        )
    if base in RESERVED and match.group("index") is None:  # e_i, a vector named e, is read where it has its index
        raise InputError(f"line {key.line}: {base} cannot be defined: it is {RESERVED[base]}")
    accent = match.group("accent")
    if accent is not None and accent not in ACCENTS:
        raise InputError(f"line {key.line}: the defined name {key.text[:40]!r} has an accent derive does not know")
    name = base + ACCENTS[accent] if accent is not None else base
    params = _parameters(match.group("params"), key) if match.group("params") is not None else None
    return name, match.group("index"), params


def _parameters(written: str, key: Entry) -> tuple[str, ...]:
    """A defined function's parameters, ``x, y`` of ``f(x, y)``: each one letter, an accented letter (ŷ) or a
    Greek letter (not e)."""
    params = tuple(_parameter(p) for p in written.split(","))
    for param in params:
        letter = len(param) == 1 and param.isascii() and param.isalpha()
        accented = any(param == param[:1] + suffix and param[:1].isalpha() for suffix in SUFFIXES)
        labelled = re.fullmatch(r"[A-Za-z]_[A-Za-z]+", param) is not None
        if not (letter or accented or labelled or param in GREEK) or param in RESERVED:
            raise InputError(f"line {key.line}: the parameter {param!r} of {key.text!r} is not a name")
    return params


def head_name(head: str) -> str:
    """The name a definition's head writes (``\\boldsymbol{\\mu}_n`` → "mu"), or the head as written where it
    names none: for a definition the page writes but that could not be read."""
    try:
        return definition_head(Entry(head, 0))[0]
    except InputError:
        pass
    if (entry := example_entry_name(head)) is not None:
        return entry
    whole = re.sub(r"_\s*\{\s*[A-Za-z]\s*,?\s*[A-Za-z]\s*\}\s*$", "", head.strip())  # y_{i,j}, \hat{x}_{i,j}: y, x̂
    whole = re.sub(r"\s*\([^()]*\)\s*$", "", whole)  # y_i(x): y
    try:
        return definition_head(Entry(whole, 0))[0] if whole != head.strip() else head
    except InputError:
        return head
