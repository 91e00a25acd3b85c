"""Functions people name by a word: ``softmax(z)_j``, ``softmax(z_j)``, ``sigmoid(x)``, ``tanh(x)``, typed as
letters or upright (``\\operatorname{softmax}``, ``\\text{softmax}``, ``\\mathrm{sigmoid}``), and ``\\tanh``.

TeX shows ``softmax`` typed as letters as a product s·o·f·t·m·a·x; the writer means the function. The function is
read where that product is not a reading: some letter of the word has no value of its own on the page (a scalar,
declared or standing alone elsewhere, a defined value or function, an index, a length), as for log typed as
letters. Where every letter has one, both readings are named. softmax(z)_j and softmax(z_j) are the j-th entry
of the softmax of the vector z, e^{z_j} / Σ_k e^{z_k}; sigmoid(x) is 1 / (1 + e^{−x}); softplus(x) is log(1 + e^x);
tanh(x) is (e^x − e^{−x}) / (e^x + e^{−x}).
"""

from __future__ import annotations

import re

from sympy import Dummy, Expr, Indexed, Integer, Sum, cos, exp, log, sign, sin

from derive.errors import InputError
from derive.read.index_ranges import index_range
from derive.read.latex_lexer import Token
from derive.read.latex_names import NameParser
from derive.read.latex_parser import MAX_EXPONENT, _DerivativeOperator, ambiguous
from derive.read.names import GREEK
from derive.read.shapes import Shaped

#: The functions read from their word, typed as letters or upright.
KNOWN_FUNCTIONS = ("softmax", "softplus", "sigmoid", "tanh")
#: The hyperbolic functions TeX writes as commands: \\tanh, \\sinh, \\cosh.
HYPERBOLIC = frozenset({"tanh", "sinh", "cosh"})
#: The circular functions defined for every real number, as TeX writes them: \\sin, \\cos (Parr & Howard's
#: sin(3x)); \\tan, undefined at odd multiples of π/2, is not read.
CIRCULAR = frozenset({"sin", "cos"})
#: Upright commands that may hold a known function's word.
UPRIGHT = frozenset({"operatorname", "text", "mathrm"})
#: Functions read only where written upright (``\\operatorname{sech} x``, ``\\operatorname{sgn}(a)``), each taking
#: one factor as ``\\tanh`` does: sech is 1/cosh, sgn and sign are SymPy's sign (the derivative of |a| off 0), sigm
#: is the logistic sigmoid as Murphy names it (``\\mathrm{sigm}(\\eta)``; unless the page defines sigm).
UPRIGHT_ONLY = ("sech", "sgn", "sign", "sigm")
#: The functions of one factor, written upright or as a command.
ONE_FACTOR = HYPERBOLIC | CIRCULAR | set(UPRIGHT_ONLY)
#: Functions TeX writes as commands, which end the unparenthesized argument of one before them (\\sin x \\cos x).
FUNCTION_COMMANDS = HYPERBOLIC | CIRCULAR | {"log", "ln", "exp"}


#: Words typed as letters before parentheses that name a function derive reads (``extrema``): max(0, z), ReLU(z).
TYPED_EXTREMA = ("max", "min", "ReLU", "relu")


def typed_known(tokens: list[Token], at: int) -> int:
    """The length of a known function's word (or an extremum's, ``TYPED_EXTREMA``) typed as letters side by side at
    ``at``, followed by its parenthesized argument (0 when there is none)."""
    for word in (*KNOWN_FUNCTIONS, *TYPED_EXTREMA):
        run = tokens[at : at + len(word)]
        after = at + len(word)
        opens = after < len(tokens) and (
            tokens[after].kind == "(" or (tokens[after].kind, tokens[after].value) == ("command", "left")
        )
        if (
            len(run) == len(word)
            and all(t.kind == "letter" for t in run)
            and "".join(t.value for t in run) == word
            and all(t.gap == "" for t in run[1:])
            and opens
        ):
            return len(word)
    return 0


class KnownFunctionParser(NameParser):
    """Reads softmax, sigmoid and tanh where they are written by their word."""

    bare_depth = 0  #: how many bare arguments (\\sin x, no parentheses) are being read, one inside another

    def starts_factor(self) -> bool:
        """``\\tanh`` starts a factor, as ``\\log`` does (2\\tanh(x))."""
        token = self.peek()
        return super().starts_factor() or (
            token is not None and token.kind == "command" and token.value in HYPERBOLIC | CIRCULAR
        )

    def valued_letters(self, word: str) -> list[str]:
        """The letters of ``word`` that have a value of their own on the page (what makes the product a reading)."""
        names = self.names
        valued = {*names.scalars, *names.defined_scalars, *names.functions, *names.indices, *names.sizes}
        valued.add(names.length_name)
        return [letter for letter in dict.fromkeys(word) if letter in valued]

    def typed_known(self, token: Token) -> Expr | None:
        """A known function typed as letters at ``token`` (the cursor just past it), applied; else None."""
        length = typed_known([token, *self.tokens[self.position :]], 0)
        if not length:
            return None
        word = "".join(t.value for t in [token, *self.tokens[self.position : self.position + length - 1]])
        if word in TYPED_EXTREMA:
            return None  # read as \\max and ReLU are (``extrema``)
        valued = self.valued_letters(word)
        if valued and len(valued) == len(set(word)):  # every letter a name: the product is a reading too
            raise ambiguous(
                token,
                f"{word} typed as letters ({', '.join(valued)} a name of the page)",
                f"the function {word}, written \\operatorname{{{word}}}",
                f"the product {'·'.join(word)}",
            )
        self.position += length - 1
        return self.known_applied(word, token)

    def upright_known(self, token: Token) -> Expr | None:
        """``\\operatorname{softmax}(z)_j``, ``\\text{sigmoid}(x)``, ``\\mathrm{tanh}(x)``, ``\\tanh(x)``, also
        capitalised (``\\text{Softmax}(z)``); else None."""
        if token.kind == "command" and token.value in HYPERBOLIC | CIRCULAR:
            return self.known_applied(token.value, token)
        if not (token.kind == "command" and token.value in UPRIGHT and self.at("{")):
            return None
        group = self.tokens[self.position + 1 : self.position + 1 + len(max(KNOWN_FUNCTIONS, key=len)) + 1]
        for word in (*KNOWN_FUNCTIONS, *UPRIGHT_ONLY):
            inner = group[: len(word) + 1]
            written = "".join(t.value for t in inner[:-1])  # \text{Softmax}: the word capitalised, as a title
            known = written == word or (written == word.capitalize() and word in KNOWN_FUNCTIONS)
            if known and len(inner) == len(word) + 1 and inner[-1].kind == "}":
                self.position += len(word) + 2
                return self.known_applied(word, token)
        return None

    def argument(self, function: Token) -> Expr:
        """The argument of \\log or \\exp: a parenthesized expression, or one factor (\\log s_i). What a reader
        could take two ways is refused: a power after the parentheses (\\log(x)^2), and a factor after an
        argument without parentheses (\\log x y), but for a sum after it (\\log p \\sum_i x_i is (\\log p) Σ_i x_i)."""
        shown = function.describe()
        following = self.peek(1)
        braced_brackets = (
            self.at("{") and following is not None and (following.kind == "(" or following.value == "left")
        )
        if self.at("(") or self.at("command", "left") or braced_brackets or self.at("command", "{"):
            item = self.braced_argument() if self.at("command", "{") else self.primary()  # \log(x), exp\{x\}
            assert not isinstance(item, _DerivativeOperator)
            if self.at("^"):
                raise ambiguous(
                    function,
                    f"{shown}(x)^2",
                    f"the power of {shown}, written \\left({shown} x\\right)^2",
                    f"{shown} of the power, written {shown}\\left(x^2\\right)",
                )
            return item
        self.bare_depth += 1  # \exp \sin x \cos x: sin's argument ends at \cos, but exp's reads two ways
        start = self.position
        try:
            item = self.factor()
        finally:
            self.bare_depth -= 1
        if isinstance(item, _DerivativeOperator):
            raise self.error("a derivative operator as a function argument")
        if self.position == start + 1 and self.coefficient_before(item):  # \sin 2x, \log 2\theta: the term 2x
            self.bare_depth += 1
            try:
                item = item * self.factor()
            finally:
                self.bare_depth -= 1
            if self.at("/"):  # \\sin 2x/2: sin(2x)/2, or sin(2x/2) as half-angle formulas write it
                raise ambiguous(
                    function,
                    f"{shown} 2x/2",
                    f"{shown}(2x)/2, written \\frac{{{shown} 2x}}{{2}}",
                    f"{shown}(2x/2), written {shown}\\left(2x/2\\right)",
                )
        self.bare_end(function, start)
        ended = self.bare_depth == 0 and self.ends_argument()
        if self.starts_factor() and not self.at("command", "sum") and not ended:  # \log p \sum_i
            raise ambiguous(
                function,
                f"{shown} x y (a factor after an argument without parentheses)",
                f"{shown}(x) y, written \\left({shown} x\\right) y",
                f"{shown}(x y), written {shown}\\left(x y\\right)",
            )
        return item

    def braced_argument(self) -> Expr:
        """``exp\\{z_i/T\\}``: a function's argument in escaped braces (GitBook notes), bracketed as ( ) does; a
        set of one element, the other reading of braces elsewhere, is no number to take the function of."""
        self.expect("command", "{")
        inner = self.expr()
        self.expect("command", "}")
        return inner

    def bare_end(self, function: Token, start: int) -> None:
        """Refuses what ends a bare argument two ways: a slash (\\sin x/2: sin(x)/2, or sin(x/2) as half-angle
        formulas mean it), and a product sign after a number (\\sin 2 \\cdot x: sin(2)·x, or sin(2x))."""
        shown = function.describe()
        arg = "".join(f"\\{t.value} " if t.kind == "command" else t.value for t in self.tokens[start : self.position])
        arg = re.sub(r" (?=[_^}])", "", arg).strip()  # \\theta_i, not \\theta _i
        if self.bare_depth == 0 and self.at("/"):
            raise ambiguous(
                function,
                f"{shown} {arg}/…",
                f"{shown}({arg})/…, written \\frac{{{shown} {arg}}}{{…}}",
                f"{shown}({arg}/…), written {shown}\\left({arg}/…\\right)",
            )
        number = self.position == start + 1 and self.tokens[start].kind == "number"
        if number and (self.at("*") or self.at("command", "cdot") or self.at("command", "times")):
            raise ambiguous(
                function,
                f"{shown} {arg} \\cdot …",
                f"{shown}({arg}) \\cdot …, written \\left({shown} {arg}\\right) …",
                f"{shown}({arg} \\cdot …), written {shown}\\left({arg} …\\right)",
            )

    def coefficient_before(self, item: Expr | _DerivativeOperator) -> bool:
        """Whether the bare argument read so far is a number written as digits right before a letter (``\\sin 2x``):
        one term, 2x, the argument (a second factor after it still reads two ways)."""
        before, ahead = self.tokens[self.position - 1 : self.position], self.peek()
        written = bool(before) and before[0].kind == "number" and isinstance(item, Expr) and item.is_Number
        close = ahead is not None and ahead.gap in ("", " ")  # \sin 2 \quad x: set apart, two formulas
        return written and close and ahead is not None and (ahead.kind == "letter" or ahead.value in GREEK)

    def ends_argument(self) -> bool:
        """Whether the factor at the cursor is a function of its own or a derivative operator, which ends the
        argument before it as every reader takes it: \\sin x \\cos x is sin(x) cos(x), \\cosh x \\frac{d}{dx}
        \\sinh x is cosh(x) times the derivative (a letter, a number or a fraction after it still reads two ways)."""
        ahead = self.tokens[self.position : self.position + 3]
        if ahead and ahead[0].kind == "command" and ahead[0].value in FUNCTION_COMMANDS:
            return True
        if [t.kind for t in ahead[:2]] != ["command", "{"] or ahead[0].value not in ("frac", "dfrac"):
            return False
        close = next((k for k in range(self.position + 2, len(self.tokens)) if self.tokens[k].kind == "}"), None)
        parts = [
            self.tokens[self.position + 2 : self.position + 3],
            self.tokens[close + 2 : close + 3] if close else [],
        ]
        return all(p and p[0].value in ("d", "partial") for p in parts)

    def known_applied(self, word: str, token: Token) -> Expr:
        """The function ``word`` applied to the parenthesized argument at the cursor; ``\\tanh^2(x)`` is the
        square of the value, as ``\\sin^2 x`` is (a power of -1 reads two ways: refused)."""
        if word in ONE_FACTOR - {"sgn", "sign"} and self.at("^"):
            self.next()
            power = self.group_or_token()
            if power == -1:
                raise ambiguous(token, f"{word}^{{-1}}", f"the inverse function ar{word}", f"the reciprocal 1/{word}")
            if not (power.is_Integer and 2 <= power <= MAX_EXPONENT):
                raise InputError(
                    f"line {token.line}: a power of {word} written \\{word}^k must be a whole number k ≥ 2"
                )
            return self.known_applied(word, token) ** power
        if not (self.at("(") or self.at("command", "left")):
            if word not in ONE_FACTOR or token.kind != "command":
                raise InputError(f"line {token.line}: {word} needs its argument in parentheses, as in {word}(z)")
            argument: Expr | _DerivativeOperator = self.argument(token)  # \\tanh x, as \\log x: one factor
        else:
            argument = self.primary()
        if word in CIRCULAR and self.at("^"):  # \sin(x)^2, as \log(x)^2: the power of sin, or sin of the power?
            shown = token.describe()
            raise ambiguous(
                token,
                f"{shown}(x)^2",
                f"the power of {shown}, written {shown}^2 x",
                f"{shown} of the power, written {shown}\\left(x^2\\right)",
            )
        if isinstance(argument, _DerivativeOperator):
            raise InputError(f"line {token.line}: {word} of a derivative operator")
        if word == "softmax":
            return self.softmax(argument, token)
        if self.at("_"):
            raise InputError(f"line {token.line}: {word}(…) takes no subscript")
        if isinstance(argument, Shaped):
            raise InputError(f"line {token.line}: {word} of a whole vector: write it of one entry, {word}(z_j)")
        if word in ("sigmoid", "sigm"):
            return Integer(1) / (1 + exp(-argument))
        if word == "softplus":
            return log(1 + exp(argument))
        if word in ("sgn", "sign"):  # sgn(−a) as −sgn(a), as derive.read.absolute writes it
            return -sign(-argument) if argument.could_extract_minus_sign() else sign(argument)
        if word == "sech":
            return 2 / (exp(argument) + exp(-argument))
        if word in CIRCULAR:
            return sin(argument) if word == "sin" else cos(argument)
        if word == "sinh":
            return (exp(argument) - exp(-argument)) / 2
        if word == "cosh":
            return (exp(argument) + exp(-argument)) / 2
        return (exp(argument) - exp(-argument)) / (exp(argument) + exp(-argument))

    def softmax(self, argument: Expr, token: Token) -> Expr:
        """softmax(z)_j or softmax(z_j): e^{z_j} / Σ_k e^{z_k}; softmax(z): the whole vector of those."""
        subscript = self.subscript_tokens()
        if isinstance(argument, Shaped):
            if argument.columns != 1:
                raise InputError(f"line {token.line}: softmax of a {argument.shape()} matrix: write it of a vector")
            if subscript is None:
                axes = argument.axes
                entry = argument.at(axes.row, 1)
                if not isinstance(entry, Indexed):  # softmax(W_2 h + b_2): of each row of what the page computes
                    variable = Dummy("t", integer=True)
                    total = Sum(exp(entry.xreplace({axes.row: variable})), (variable, 1, argument.rows))
                    return Shaped(argument.rows, Integer(1), exp(entry) / total, axes)
                return Shaped(argument.rows, Integer(1), self.softmax_entry(entry, token), axes)
            if len(subscript) != 1:
                raise InputError(f"line {token.line}: softmax(z)_j takes one index")
            return self.softmax_entry(argument.at(self.index_value(subscript[0]), 1), token)
        if subscript is not None:
            raise InputError(f"line {token.line}: softmax(z_j) with an index after it: write softmax(z)_j")
        if not (isinstance(argument, Indexed) and len(argument.indices) == 1):
            raise InputError(
                f"line {token.line}: softmax of a number: write softmax(z)_j or softmax(z_j), an entry of a vector z"
            )
        return self.softmax_entry(argument, token)

    def softmax_entry(self, entry: Expr, token: Token) -> Expr:
        """e^{v_j} / Σ_k e^{v_k} for the entry v_j of a vector."""
        if not (isinstance(entry, Indexed) and len(entry.indices) == 1):
            raise InputError(f"line {token.line}: softmax of a vector written other than by its name")
        known = {*self.names.known(), self.names.length_name}
        letter = next((letter for letter in "kmtuvl" if letter not in known), "t")
        variable = Dummy(letter, integer=True)  # bound here alone: no index of the page is captured
        term = exp(entry.base[variable])
        upper = index_range(variable, [term], self.names, token.line)
        return exp(entry) / Sum(term, (variable, 1, upper))
