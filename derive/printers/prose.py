"""Prose with unicode notation (rule names, justifications, titles) as LaTeX text: plain ASCII, math in $…$.

Rules and titles are written for people and the terminal: "Σ_j a_j δ_jk = a_k, since 1 ≤ k ≤ n". pdflatex
cannot read "Σ" or "≤" in text mode, and "_" is special there, so each word is classed as math or text, runs
of math words become one ``$…$``, and every non-ASCII character is mapped to a LaTeX command.
"""

from __future__ import annotations

import re
import unicodedata

#: Unicode notation inside math, and its LaTeX.
MATH_SYMBOLS = {
    "Σ": r"\sum ",
    "δ": r"\delta ",
    "∂": r"\partial ",
    "ŷ": r"\hat{y}",
    "·": r"\cdot ",
    "×": r"\times ",
    "−": "-",
    "≠": r"\neq ",
    "≤": r"\leq ",
    "≥": r"\geq ",
    "≈": r"\approx ",
    "∈": r"\in ",
    "→": r"\to ",
    "∞": r"\infty ",
    "ℝ": r"\mathbb{R}",
    "τ": r"\tau ",
    "σ": r"\sigma ",
    "θ": r"\theta ",
    "λ": r"\lambda ",
    "γ": r"\gamma ",
    "ε": r"\varepsilon ",
    "ỹ": r"\tilde{y}",
    "²": "^{2}",
    "³": "^{3}",
    "ᵀ": r"^{\top}",
    "′": "'",
    "…": r"\dots ",
}

#: Function names inside math, set upright.
MATH_WORDS = {
    "log": r"\log",
    "exp": r"\exp",
    "diag": r"\operatorname{diag}",
    "max": r"\max",
    "min": r"\min",
    "tanh": r"\tanh",
}

#: Characters special in text mode, and typographic unicode in text.
TEXT_SYMBOLS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "%": r"\%",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\textasciitilde{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
    "—": "---",
    "–": "--",
    "‘": "`",
    "’": "'",
    "“": "``",
    "”": "''",
    "…": r"\dots{}",
    "✓": r"$\checkmark$",
}

_STRONG = set("_^=<>+/*|") | set(MATH_SYMBOLS)
_ENGLISH_LETTERS = {"a", "A", "I"}
_OPERATORS = {"=", "−", "-", "+", "/", "·", "×", "≤", "≥", "≠", "<", ">"}
_FUNCTION = re.compile(r"^\(?(" + "|".join(MATH_WORDS) + r")(\(|$)")
_TRAILING = ",.;:"


def _core(word: str) -> str:
    """The word without surrounding brackets and trailing punctuation, for classing it."""
    return word.strip("()[]" + _TRAILING)


def _is_strong(word: str) -> bool:
    return word in {"-", "+"} or any(ch in _STRONG for ch in word)


def _is_weak(word: str) -> bool:
    """Numbers and function names: math only next to math (the article "a": only next to an operator). A number
    may stand between brackets, as the 1)(1 of (d × 1)(1 × n)."""
    return re.sub(r"[()\[\]]", "", _core(word)).isdigit() or bool(_FUNCTION.match(word))


def _is_operand(word: str, neighbours: list[str]) -> bool:
    """The letter "a" as in "log a − log b", not as in "is a δ_ik"."""
    return _core(word) == "a" and any(n in _OPERATORS or _FUNCTION.match(n) for n in neighbours)


def _is_letter(word: str) -> bool:
    core = _core(word)
    return len(core) == 1 and core.isalpha() and core not in _ENGLISH_LETTERS


def _classify(words: list[str]) -> list[bool]:
    """Which words are math: operators and notation, lone letters, and numbers or log/exp next to math."""
    math = [bool(_core(w)) and (_is_strong(w) or _is_letter(w)) for w in words]
    changed = True
    while changed:
        changed = False
        for at, word in enumerate(words):
            if math[at]:
                continue
            left = at > 0 and math[at - 1] and words[at - 1][-1] not in _TRAILING
            right = at + 1 < len(words) and math[at + 1] and word[-1] not in _TRAILING
            neighbours = words[max(at - 1, 0) : at] + words[at + 1 : at + 2]
            if ((left or right) and _is_weak(word)) or _is_operand(word, neighbours):
                math[at] = changed = True
    return math


def _fallback(ch: str) -> str:
    """An ASCII stand-in for a character no table knows: its decomposition, else a question mark."""
    ascii_form = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
    return ascii_form or "?"


def math_tex(notation: str) -> str:
    """Unicode notation such as "∂s_i/∂z_k = s_i(δ_ik − s_k)" as LaTeX math (without the dollars)."""
    out: list[str] = []
    at = 0
    while at < len(notation):
        ch = notation[at]
        if ch in "_^":
            rest = notation[at + 1 :]
            script = re.match(r"[A-Za-z0-9]+", rest)
            close = _closing(rest) if rest.startswith("(") else None
            if rest.startswith("{"):
                out.append(ch)
            elif close is not None:  # e^(−a): the bracket is the script, e^{-a}
                out.append(f"{ch}{{{math_tex(rest[1:close])}}}")
                at += close + 1
            elif script:
                out.append(f"{ch}{{{script.group()}}}")
                at += len(script.group())
            else:
                out.append("\\" + ch if ch == "_" else r"\hat{}")
        elif ch.isascii() and ch.isalpha():
            word = re.match(r"[A-Za-z]+", notation[at:])
            assert word is not None
            out.append(MATH_WORDS.get(word.group(), word.group()))
            at += len(word.group()) - 1
        elif ch in MATH_SYMBOLS:
            out.append(MATH_SYMBOLS[ch])
        elif ch in "%#&$":
            out.append("\\" + ch)
        elif ch == "~":
            out.append(r"\sim ")
        elif ch == "\\":
            out.append(r"\backslash ")
        else:
            out.append(ch if ch.isascii() else _fallback(ch))
        at += 1
    tex = re.sub(r"(\\[A-Za-z]+) +(?=[_^{}()\[\]\\,.;:])", r"\1", "".join(out))
    tex = re.sub(" +", " ", tex).strip()
    if not _nested(tex):  # a cut formula ("\\hat{y}}{…"): its braces as characters, not TeX's groups
        tex = tex.replace("{", r"\{").replace("}", r"\}")
    return group_scripted_brackets(tex)


def _nested(tex: str) -> bool:
    """Whether every brace of ``tex`` closes one opened before it and all are closed (counts alone are not)."""
    depth = 0
    for ch in tex:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def _closing(text: str) -> int | None:
    """The position of the bracket that closes the one ``text`` starts with, or None."""
    depth = 0
    for at, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            return at
    return None


def group_scripted_brackets(tex: str) -> str:
    """(a - b)^{2} as {(a - b)}^{2}: a script after a closing bracket belongs to the whole bracket (chktex 3)."""
    out = ""
    openers: list[tuple[str, int]] = []
    for at, ch in enumerate(tex):
        if ch in "([" and not out.endswith("\\"):
            openers.append((ch, len(out) - len(r"\left") if out.endswith(r"\left") else len(out)))
        elif ch in ")]" and openers and not out.endswith("\\"):
            opener, start = openers.pop()
            if "([".index(opener) == ")]".index(ch) and tex[at + 1 : at + 2] in ("^", "_"):
                out = out[:start] + "{" + out[start:] + ch + "}"
                continue
        out += ch
    return out


def text_tex(text: str) -> str:
    """Plain words as LaTeX text: special characters escaped, typographic unicode mapped, nothing non-ASCII."""
    out = []
    for ch in text:
        if ch in TEXT_SYMBOLS:
            out.append(TEXT_SYMBOLS[ch])
        elif ch in MATH_SYMBOLS:
            out.append(f"${MATH_SYMBOLS[ch].strip()}$")
        else:
            out.append(ch if ch.isascii() else _fallback(ch))
    return "".join(out)


def prose_tex(prose: str) -> str:
    """A line of prose with unicode notation as LaTeX text: "since 1 ≤ k ≤ n" → "since $1 \\leq k \\leq n$"."""
    words = prose.split()
    math = _classify(words)
    pieces: list[str] = []
    at = 0
    while at < len(words):
        if not math[at]:
            word = words[at]
            opening = "`" if word.startswith("'") else ""  # 'n' as LaTeX quotes it: `n' (chktex 32)
            pieces.append(opening + text_tex(word[len(opening) :]))
            at += 1
            continue
        end = at
        while end + 1 < len(words) and math[end + 1]:
            end += 1
        run = " ".join(words[at : end + 1])
        core = run.rstrip(_TRAILING)
        pieces.append(f"${math_tex(core)}${text_tex(run[len(core) :])}")
        at = end + 1
    return unmatched_as_codes(" ".join(pieces))


#: A bracket as its character code, which TeX typesets the same in text and in math.
_CODES = {ch: rf"\char{ord(ch)}{{}}" for ch in "()[]"}


def unmatched_as_codes(tex: str) -> str:
    """Brackets with no partner as ``\\char40{}``: a reason quotes "expected `]'" or an author's cut formula, and
    a bare solo bracket reads to chktex (and to a reader of the source) as a slip of ours."""
    unmatched: set[int] = set()
    openers: list[int] = []
    for at, ch in enumerate(tex):
        if at and tex[at - 1] == "\\":
            continue
        if ch in "([":
            openers.append(at)
        elif ch in ")]":
            if openers and tex[openers[-1]] + ch in ("()", "[]"):
                openers.pop()
            else:
                unmatched.add(at)
    unmatched.update(openers)
    return "".join(_CODES[ch] if at in unmatched else ch for at, ch in enumerate(tex))


__all__ = ["math_tex", "prose_tex", "text_tex", "unmatched_as_codes"]
