"""One letter numbered in parentheses twice on a page, d2l's ``W^{(1)}`` beside ``W^{(2)}``: two names, never powers.

Nobody writes the power 1 or 2 as ``^{(1)}``, ``^{(2)}``; written with two numerals on one base, the numerals label
the base (a layer's matrix each), so ``W^{(1)}`` is the name W_1 of its own, as ``arrays: {W^{(1)}: …}`` names it
(``derive.read.layer_names`` merges the tokens). Not where one of them is applied (``f^{(1)}(x)``, ``f^{(2)}(x)``:
derivatives' orders), nor where the page numbers the base by a letter too (``x^{(i)}``: its examples, whose rule
reads ``x^{(1)}`` as example 1). One numeral alone (``x^{(2)}``) stays refused: a label or a derivative's order.
"""

from __future__ import annotations

import re

from derive.errors import InputError
from derive.read.find import Found
from derive.read.frontmatter import FrontMatter
from derive.read.inference import declared_name
from derive.read.latex_lexer import Token, tokenize
from derive.read.names import GREEK


def _label(tokens: list[Token], at: int) -> Token | None:
    """The label of ``^{(1)}``, ``^{[2]}``, ``^{(i)}`` at ``at``, else None."""
    run = tokens[at : at + 6]
    kinds = [t.kind for t in run]
    if (
        len(run) == 6
        and kinds[:2] == ["^", "{"]
        and kinds[5] == "}"
        and (kinds[2], kinds[4]) in (("(", ")"), ("[", "]"))
    ):
        return run[3] if run[3].kind in ("number", "letter") and len(run[3].value) == 1 else None
    return None


def numbered_layers(found: Found) -> frozenset[str]:
    """The names the page writes as one base with two numerals or more (W_1, W_2 from W^{(1)}, W^{(2)}), for
    ``merge_words``."""
    numerals: dict[str, set[str]] = {}
    excluded: set[str] = set()
    for display in (*found.displays, *found.inline):
        try:
            tokens = tokenize(display.text, display.line)
        except InputError:
            continue
        for at, token in enumerate(tokens[:-1]):
            named = (token.kind == "letter" and len(token.value) == 1 and token.value != "e") or (
                token.kind == "command" and token.value in GREEK
            )
            label = _label(tokens, at + 1) if named and not (at and tokens[at - 1].kind in ("^", "_")) else None
            if label is None:
                continue
            following = tokens[at + 7] if at + 7 < len(tokens) else None
            applied = following is not None and (following.kind in ("(", "[") or following.value == "left")
            if label.kind == "letter" or applied or label.value == "0":
                excluded.add(token.value)
            else:
                numerals.setdefault(token.value, set()).add(label.value)
    return frozenset(f"{base}_{n}" for base, ns in numerals.items() if len(ns) > 1 and base not in excluded for n in ns)


#: A name with a number subscript: ``L_0``, ``L_{1}``, ``\\ell_2`` (the letter, then the number).
_NUMBERED = re.compile(r"(?<![A-Za-z\\])(\\[A-Za-z]+|[A-Za-z])\s*_\s*(?:(\d)(?![\d.])|\{\s*(\d+)\s*\})")


def _varied(letter: str, every: str) -> bool:
    """Whether the page differentiates by a numbered name of ``letter`` (∂/∂w_0, ∂²/∂x∂w_1, \\partial_{w_1},
    d/dw_1), or differentiates one it gives a number alone (L_2 = 0.7, a value at a point): any ∂ before it but a
    fraction's numerator's, \\frac{\\partial C_2}{…}, the derivative of a name defined by a formula."""
    name = re.escape(letter) + r"\s*_"
    gap = r"(?:\s|\\[,;:! ]|\{)*"  # \partial\, w_1, \partial{w_1}: spacing and braces TeX reads past
    by = r"\\(?:partial|nabla)\s*_\s*\{?\s*|\}\s*\{\s*(?:\\mathrm\s*\{\s*d\s*\}|\\operatorname\s*\{\s*d\s*\}|d)" + gap
    number = r"-?\s*(?:\d+(?:\.\d+)?(?:\s*/\s*\d+)?|\\[dt]?frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\}|\\[dt]?frac\s*\d\d)"
    valued = r"(?:^|\n)\s*" + name + r"\s*(?:\d|\{\s*\d+\s*\})\s*&?\s*=\s*" + number + r"\s*[.,]?\s*(?:\n|$)"
    if re.search(f"(?:{by}){name}", every) or (
        re.search(valued, every) and re.search(r"\\partial" + gap + name, every)
    ):
        return True
    for match in re.finditer(r"\\partial" + gap + r"(?:\^\s*\{?\s*\d\s*\}?)?" + gap + name, every):
        if not re.search(r"\\[dt]?frac\s*\{\s*$", every[: match.start()]) and not _numerator(every, match.end()):
            return True
    return False


def _numerator(text: str, at: int) -> bool:
    """Whether what stands at ``at`` is in a fraction's numerator written with ``\\over`` (``{\\partial h_1 u_1 \\over
    \\partial w_1}``) or a slash (``\\partial h_1 / \\partial w_1``): the bar follows in its group, at its depth."""
    depth = 0
    for match in re.finditer(r"\\over(?![A-Za-z])|/\s*\\partial|[{}]|\n\s*\n", text[at:]):
        token = match.group(0)
        if token in ("{", "}"):
            depth += 1 if token == "{" else -1
            if depth < 0:
                return False
        elif depth == 0 and not token.isspace():
            return True
    return False


def numbered_definitions(found: Found, front: FrontMatter) -> frozenset[str]:
    """The names ``L_0``, ``L_1`` of a letter the page writes with number subscripts (alone too, Nielsen's
    C = C_0 + …, but never with a letter index, a script or a prime) and defines so (``L_0 = …``): each a name of its
    own, as a layer's is, for
    ``merge_words``; read as the entry 0 or 1 of a vector L, ``L_0 = …`` was refused (no entry 0) or a claim about a
    free L, refuted. Without a definition, ``derive.read.numbered_scalars`` reads them."""
    texts = [d.text for d in (*found.displays, *found.inline)]
    declared = {declared_name(e.text) for e in (*front.vectors, *front.arrays, *front.scalars, *front.indices)}
    declared |= {re.split(r"[_({^\s]", key.text.strip().lstrip("\\"))[0] for key, _ in front.define}
    defined = {m.group(1) for t in texts if (m := re.match(r"\s*" + _NUMBERED.pattern + r"\s*&?\s*=", t))}
    words: set[str] = set()
    for letter in sorted(defined - declared - {"e"}):
        if letter.startswith("\\"):  # \theta_0, \theta_1: numbers of their own (``numbered_scalars``), or refused
            continue
        every = "\n".join(texts)
        numbered = [m for t in texts for m in _NUMBERED.finditer(t) if m.group(1) == letter]
        varied = _varied(letter, every)  # ∂/∂w_0: a variable (∂C_2/∂z_i: C_2 is none)
        lettered = re.search(
            r"(?<![A-Za-z\\])" + re.escape(letter) + r"\s*_\s*(?:\{?\s*[A-Za-z]|\d\d)", every
        )  # L_k, z_12
        if varied or lettered or any(re.match(r"\s*(?:\^|')", t[m.end() :]) for t in texts for m in
                                     _NUMBERED.finditer(t) if m.group(1) == letter):  # fmt: skip
            continue  # L_k, L_0^2 or L_0': not numbered names of their own (L alone beside L_0: a number, C = C_0 + …)
        if any((m.group(3) or "").startswith("0") and len(m.group(3)) > 1 for m in numbered):
            continue  # L_{01} beside L_1: one name, or two?
        words |= {f"{letter.lstrip(chr(92))}_{int(m.group(2) or m.group(3))}" for m in numbered}
    return frozenset(words)


__all__ = ["numbered_definitions", "numbered_layers"]
