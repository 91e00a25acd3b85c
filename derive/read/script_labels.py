"""Superscripts that label a name rather than raise it to a power, as Nielsen's book and label-smoothing pages write
them: ``a^L_j``, ``w^l_{jk}``, ``a^{l-1}_k`` (a layer's label), ``y_k^{LS}``, ``y^{\\text{smooth}}_k``,
``\\mathcal{L}^{\\text{CE}}`` (a word's label).

A superscript L or l (or l-1, l+1, L-1) on a name that also carries a subscript is the layer the name belongs to:
``a^L`` is a name of its own, the layer-L activations, whose entries are ``a^L_j`` (a power would have to be the
power of the entry, written ``(a_j)^L``). A superscript of two or more capitals, or an upright word (``\\text``,
``\\mathrm``), labels the name with or without a subscript. Such a base and its label are merged into one letter
token, the name ("a^L", "y^{LS}", "Lcal^{\\text{CE}}"), before anything reads them, as ``layer_names`` merges W_1.
Where the page never writes a subscript beside it, ``x^L`` stays the power it shows.
"""

from __future__ import annotations

from derive.read.cursor import argument_end
from derive.read.latex_lexer import Token

#: The letters of a layer's label, and the words an upright label is written with.
LAYER_LETTERS = frozenset({"L", "l"})
UPRIGHT = frozenset({"text", "mathrm", "textrm", "operatorname"})
#: Accents and fonts that make a name of their own, with the suffix of its name (``derive.read.names.ACCENTS``).
_ACCENTS = {"hat": "hat", "widehat": "hat", "tilde": "tilde", "widetilde": "tilde", "bar": "bar", "overline": "bar",
            "mathcal": "cal"}  # fmt: skip


def _base(tokens: list[Token], at: int) -> tuple[str, int] | None:
    """The name a label may be attached to at ``at`` (a letter other than e, a Greek letter, an accented letter
    ``\\hat{y}``, ``\\mathcal{L}``) and the position after it; else None."""
    from derive.read.names import GREEK  # names imports the lexer, which imports this module

    token = tokens[at]
    if token.kind == "letter" and len(token.value) == 1 and token.value != "e":
        return token.value, at + 1
    if token.kind == "command" and (token.value in GREEK or token.value == "delta"):
        return token.value, at + 1
    if token.kind == "command" and token.value in _ACCENTS:
        inner = tokens[at + 1 : at + 4]
        if [t.kind for t in inner] == ["{", "letter", "}"] and len(inner[1].value) == 1:
            return inner[1].value + _ACCENTS[token.value], at + 4
        if inner[:1] and inner[0].kind == "letter" and len(inner[0].value) == 1:
            return inner[0].value + _ACCENTS[token.value], at + 2
    return None


def _layer(script: list[Token]) -> str | None:
    """``L``, ``l``, ``l-1``, ``l+1`` written as a superscript's argument: the layer's label; else None."""
    if script[:1] and script[0].kind == "{" and script[-1].kind == "}":
        script = script[1:-1]
    if not script or script[0].kind != "letter" or script[0].value not in LAYER_LETTERS:
        return None
    if len(script) == 1:
        return script[0].value
    if len(script) == 3 and script[1].kind in ("+", "-") and script[2].kind == "number" and script[2].value == "1":
        return "{" + "".join(t.value for t in script) + "}"
    return None


def _word(script: list[Token]) -> str | None:
    """Two or more capitals (``{LS}``, ``{CE}``) or an upright word (``{\\text{smooth}}``, ``\\text{CE}``): the
    label as written; else None."""
    inner = script[1:-1] if script[:1] and script[0].kind == "{" and script[-1].kind == "}" else script
    capitals = all(t.kind == "letter" and len(t.value) == 1 and t.value.isupper() for t in inner)
    if len(inner) >= 2 and capitals:  # spaces between them typeset nothing: {K N} shows {KN}
        return "{" + "".join(t.value for t in inner) + "}"
    if len(inner) >= 3 and inner[0].kind == "command" and inner[0].value in UPRIGHT and inner[1].kind == "{":
        letters = inner[2:-1]
        if inner[-1].kind == "}" and len(letters) >= 2 and all(t.kind == "letter" for t in letters):  # not T
            return "{\\" + inner[0].value + "{" + "".join(t.value for t in letters) + "}}"
    return None


def bracketed_label(script: list[Token]) -> str | None:
    """``{[L]}``, ``{[l-1]}``, ``{[2]}``: a layer's label in square brackets, as Andrew Ng writes W^{[l]}, never a
    power (written ^{L}): the label ("{[l-1]}"), or for a number the layer's number as ``{(2)}`` writes it ("{(2)}");
    else None."""
    kinds = [t.kind for t in script]
    if kinds[:2] != ["{", "["] or kinds[-2:] != ["]", "}"]:
        return None
    inner = script[2:-2]
    if [t.kind for t in inner] == ["number"] and inner[0].value.isdigit() and inner[0].value[0] != "0":
        return "{(" + inner[0].value + ")}"
    letter = len(inner) in (1, 3) and inner[0].kind == "letter" and len(inner[0].value) == 1
    step = len(inner) == 1 or (inner[1].kind in ("+", "-") and inner[2].kind == "number" and inner[2].value == "1")
    return "{[" + "".join(t.value for t in inner) + "]}" if letter and step else None


def bracket_readings(tokens: list[Token], at: int) -> tuple[str, str, str] | None:
    """``^{[l+2]}``, ``^{[L](i)}`` (layer L of example i), its group at ``at``: as written, the label it may be and
    the power it may be; None for another script."""
    square = tokens[at : at + 11]
    closing = next((k for k in range(2, len(square) - 1) if square[k].kind == "]"), None)
    if [t.kind for t in square[:2]] != ["{", "["] or closing is None:
        return None
    shown = "".join(t.value for t in square[2:closing])
    end = argument_end(tokens, at) or at + closing + 1
    rest = "".join(t.value for t in tokens[at + closing + 1 : end - 1])
    label = f"a label (layer {shown}{' and ' + rest + ', an example' if rest else ''})"
    return f"^{{[{shown}]{rest}}}", label, f"the power {shown}{rest}"


def numbered_label(tokens: list[Token], script: list[Token], end: int) -> str | None:
    """``{(1)}``, ``{(2)}`` on a name that carries a subscript (``w^{(1)}_{ji}``, ``w_{kj}^{(2)}``): the layer's
    number, a label ("{(1)}"), never a power of the entry (written ``(w_{ji})^2``); ``{(l)}``, ``{(l-1)}``, ``{(L)}``
    the layer's letter, as Nielsen's ``^l`` ("l", "{l-1}"); None for anything else, and where an argument list
    follows (``f_k^{(2)}(x)`` can be a derivative's order)."""
    kinds = [t.kind for t in script]
    layer = _layer(script[1:-1][1:-1]) if kinds[:2] == ["{", "("] and kinds[-2:] == [")", "}"] else None
    numeral = kinds == ["{", "(", "number", ")", "}"] and script[2].value.isdigit() and script[2].value[0] != "0"
    if layer is None and not numeral:
        return None
    after = end
    if after < len(tokens) and tokens[after].kind == "_":
        after = argument_end(tokens, after + 1) or len(tokens)
    following = tokens[after] if after < len(tokens) else None
    if following is not None and (following.kind in ("(", "[") or following.value in ("left", "big", "Big")):
        return None
    return layer if layer is not None else "{(" + script[2].value + ")}"  # z^{(l)}_j is Nielsen's z^l_j


def _superscript(tokens: list[Token], at: int) -> tuple[list[Token], int] | None:
    """The tokens of the superscript argument at ``at`` (which holds ``^``) and the end, else None; ``^\\text{…}``
    takes the command and its group, as TeX sets it."""
    if at >= len(tokens) or tokens[at].kind != "^":
        return None
    if at + 1 < len(tokens) and tokens[at + 1].kind == "command" and tokens[at + 1].value in UPRIGHT:
        end = argument_end(tokens, at + 2)
        return (tokens[at + 1 : end], end) if end is not None else None
    end = argument_end(tokens, at + 1)
    return (tokens[at + 1 : end], end) if end is not None else None


def label_scripts(tokens: list[Token], alone: bool = False) -> list[Token]:
    """The tokens with each labelled name (``a^L_j``, ``y_k^{LS}``) made one letter token for the name, its
    subscript after it; ``alone``: a layer's label counts without a subscript too (a name in a front matter key)."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        found = _base(tokens, at) if not (out and out[-1].kind in ("^", "_")) else None
        merged = _labelled(tokens, at, found, alone) if found is not None else None
        if merged is None and not (out and out[-1].kind in ("^", "_")):
            from derive.read.bold_labels import bold_numbered  # it reads this module's tokens

            merged = bold_numbered(tokens, at)
        if merged is None and not (out and out[-1].kind in ("^", "_")):
            from derive.read.starred import starred_name  # it reads this module's tokens

            merged = starred_name(tokens, at, found)
        if merged is None:
            out.append(tokens[at])
            at += 1
            continue
        out += merged[0]
        at = merged[1]
    return out


def _labelled(tokens: list[Token], at: int, found: tuple[str, int], alone: bool) -> tuple[list[Token], int] | None:
    """The merged tokens of a labelled name whose base ends at ``found[1]``, and the end; else None."""
    name, after = found
    subscript: list[Token] = []
    if after < len(tokens) and tokens[after].kind == "_":  # a_j^L: the subscript first
        end = argument_end(tokens, after + 1)
        if end is None:
            return None
        subscript, after = tokens[after:end], end
    sup = _superscript(tokens, after)
    if sup is None:
        return None
    script, end = sup
    label = _word(script)
    below = end < len(tokens) and tokens[end].kind == "_"
    if label is None and (subscript or alone or below):
        label = _layer(script)
    if label is None and (subscript or below):
        label = numbered_label(tokens, script, end)
    if label is None:
        label = bracketed_label(script)  # W^{[l]}: Ng's layer, with or without a subscript
    if label is None:
        return None
    first, last = tokens[at], tokens[end - 1]
    named = f"{name}_{label[2:-2]}" if label.startswith("{(") else f"{name}^{label}"  # w_1, as layer_names names it
    merged = [Token("letter", named, first.line, first.start, last.end, first.gap)]
    if subscript:  # y_k^{LS}: the subscript after the name, its last token spanning the whole
        tail = subscript[-1]
        subscript[-1] = Token(tail.kind, tail.value, tail.line, tail.start, max(tail.end, last.end), tail.gap)
    return merged + subscript, end


def labelled_name(text: str) -> str | None:
    """The name a front matter key or a definition's head writes with a label (``a^L``, ``\\delta^L``, ``y^{LS}``,
    ``\\mathcal{L}^{\\text{CE}}``): "a^L", "delta^L", "y^{LS}", "Lcal^{\\text{CE}}"; None for anything else."""
    from derive.errors import InputError
    from derive.read.latex_lexer import tokenize

    try:
        tokens = label_scripts(tokenize(text), alone=True)
    except InputError:
        return None
    if len(tokens) == 1 and tokens[0].kind == "letter" and "^" in tokens[0].value:
        return tokens[0].value
    return None


def labelled_head(text: str) -> tuple[str, str | None, None] | None:
    """A definition's head with a labelled name, ``a^L_j`` → ("a^L", "j", None), ``L^{CE}`` → ("L^{CE}", None,
    None), ``z^{(2)}_k`` → ("z_2", "k", None); None for any other head."""
    from derive.errors import InputError
    from derive.read.latex_lexer import tokenize

    try:
        tokens = label_scripts(tokenize(text), alone=True)
    except InputError:
        return None
    if not tokens or tokens[0].kind != "letter" or len(tokens[0].value) < 2:  # a^L, w_1 (w^{(1)}): one token
        return None
    rest = [t.kind if t.kind in ("_", "{", "}") else t.value for t in tokens[1:]]
    index = rest[1:2] if rest[:1] == ["_"] and len(rest) == 2 else rest[2:3] if rest[:2] == ["_", "{"] else None
    if rest and (index is None or rest not in (["_", *index], ["_", "{", *index, "}"]) or len(index[0]) != 1):
        return None
    return tokens[0].value, index[0] if rest and index else None, None


def layer_label_at(tokens: list[Token], at: int) -> str | None:
    """The layer's label a superscript at ``at`` writes (``^L``, ``^{l-1}``), as a name's suffix ("L", "{l-1}")."""
    sup = _superscript(tokens, at)
    return _layer(sup[0]) if sup is not None else None


def refuse_zeroth(tokens: list[Token], at: int, shown: str) -> None:
    """Refuse ``a^0`` and ``a^1`` after a name (the ``^`` at ``at``): a page of layers writes layer 0's a, the input,
    so (Koerbitz's ``a^0 = x``, refuted as 1 = x), and layer 1's; a power 0 or 1 is seldom written. Both readings
    named; ``{a}^0`` is the power."""
    from derive.errors import InputError

    sup = _superscript(tokens, at)
    digits = [t.value for t in sup[0] if t.kind not in "{}"] if sup is not None else []
    if digits in (["0"], ["1"]):  # a^1 = w a^0: layers; a power 1 or 0 is seldom written
        number = digits[0]
        raise InputError(
            f"line {tokens[at].line}: {shown}^{number} can be read two ways: {shown} labelled {number} (layer "
            f"{number}'s {shown}, written {shown}^{{({number})}}), or {shown} to the power {number}, which is "
            f"{'1' if number == '0' else shown}, written {{{shown}}}^{number}"
        )


def layered_names(tokens: list[Token]) -> set[str]:
    """The names ``tokens`` write with a layer's label (a^L from a^L_j): where the page writes the name without its
    subscript, a^L alone is that whole vector (``merge_whole``)."""
    return {t.value for t in tokens if t.kind == "letter" and "^" in t.value and _layer(tokenize_label(t.value))}


def tokenize_label(name: str) -> list[Token]:
    """The tokens of a labelled name's label ("a^{l-1}" → { l - 1 })."""
    from derive.read.latex_lexer import tokenize

    return tokenize(name.split("^", 1)[1])


def whole_layers(names: set[str], taken: set[str]) -> set[str]:
    """The layer-labelled names among ``names`` whose base is no name of its own (in ``taken``): a^L alone is then
    the whole vector a^L; where a is a name too, a^L alone reads two ways (``derive.read.latex_names``)."""
    return {name for name in names if "^" in name and name.split("^", 1)[0] not in taken
            and _layer(tokenize_label(name)) is not None}  # fmt: skip


def layer_letter(name: str) -> str | None:
    """The letter of a layer-labelled name's label ("a^{l-1}" → "l"), or None for any other name."""
    if "^" not in name:
        return None
    label = tokenize_label(name)
    return label[1 if label[0].kind == "{" else 0].value if _layer(label) is not None else None


def label_letters(name: str) -> set[str]:
    """The letters a name's label is made of that could be names of the page: a layer's (L), or capitals (K, N)."""
    letter = layer_letter(name)
    capitals = name.split("^", 1)[1].strip("{}") if "^" in name else ""
    return {letter} if letter is not None else set(capitals) if capitals.isalpha() and capitals.isupper() else set()


def merge_whole(tokens: list[Token], layered: set[str]) -> list[Token]:
    """The tokens with each name of ``layered`` written without its subscript (a ^ L) made one letter token, a^L."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        found = _base(tokens, at) if not (out and out[-1].kind in ("^", "_")) else None
        label = layer_label_at(tokens, found[1]) if found is not None else None
        if found is None or label is None or f"{found[0]}^{label}" not in layered:
            out.append(tokens[at])
            at += 1
            continue
        end = _superscript(tokens, found[1])[1]  # type: ignore[index]
        first, last = tokens[at], tokens[end - 1]
        out.append(Token("letter", f"{found[0]}^{label}", first.line, first.start, last.end, first.gap))
        at = end
    return out


def merge_d_names(tokens: list[Token], words: set[str], differentials: set[tuple[int, int]]) -> list[Token]:
    """The tokens with d right before a labelled name (d and z^{[L]}, no space between) made one letter token, where
    the page names Ng's derivative ``dz^{[L]}`` among ``words`` (``derive.read.ng_notation``); not a d at one of
    ``differentials`` (line, start), Leibniz's ``\\frac{d}{dz^{[L]}}``."""
    out: list[Token] = []
    for token in tokens:
        before = out[-1] if out else None
        d = before is not None and before.kind == "letter" and before.value == "d"
        d = d and before is not None and (before.line, before.start) not in differentials
        free = len(out) < 2 or out[-2].kind not in ("^", "_")  # x_d z^{[L]}: the d is a subscript
        if d and before and free and token.kind == "letter" and token.gap == "" and f"d{token.value}" in words:
            out[-1] = Token("letter", f"d{token.value}", before.line, before.start, token.end, before.gap)
            continue
        out.append(token)
    return out


__all__ = [
    "label_letters",
    "label_scripts",
    "labelled_head",
    "labelled_name",
    "layer_label_at",
    "layer_letter",
    "layered_names",
    "merge_d_names",
    "merge_whole",
    "whole_layers",
]


def refuse_unlabelled(tokens: list[Token], arrays: set[str]) -> None:
    """``w_{kj}`` on a page that writes w^{(1)}_{ji} and w^{(2)}_{kj} (the arrays w_1, w_2), as Bishop writes a layer's
    weights without their label: one of the labelled layers' weights, or an array w of its own? Refused, naming
    both (``arrays``: the page's arrays)."""
    from derive.errors import InputError

    for at in range(len(tokens) - 1):
        token = tokens[at]
        if token.kind != "letter" or tokens[at + 1].kind != "_" or (at and tokens[at - 1].kind in ("_", "^")):
            continue
        layers = sorted(
            name for name in arrays if name.startswith(token.value + "_") and name[len(token.value) + 1 :].isdigit()
        )
        if layers:
            shown = ", ".join(f"{token.value}^{{({name.rsplit('_', 1)[1]})}}" for name in layers)
            raise InputError(
                f"line {token.line}: {token.value} with a subscript beside {shown} can be read two ways: one of those "
                f"layers' weights, written with its label, or an array {token.value} of its own (give it a letter "
                "of its own)"
            )
