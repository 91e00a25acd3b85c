"""The elementary functions of derive's TeX grammar: ``\\log``, ``\\ln``, ``\\exp`` and their bases and powers
(``\\log_2 x``, ``\\exp^{x}``), the same typed as letters (``log x``, ``log_{e} x``, ``abs(x)``), and function names
typed as letters that derive reads only through a definition (``softmax(z_j)``), refused naming both readings.
"""

from __future__ import annotations

from sympy import E, Expr, Integer, S, exp, log

from derive.errors import InputError
from derive.model.real_values import not_negative
from derive.read.absolute import Absolute, AbsoluteParser
from derive.read.latex_lexer import Token
from derive.read.latex_parser import MAX_EXP_ARGUMENT, ambiguous
from derive.read.shapes import Shaped

#: Names of functions that people type as plain letters, which TeX then shows as a product.
TYPED_NAMES = ("softmax", "sigmoid", "tanh", "relu", "diag", "sin", "cos", "max")


class ElementaryParser(AbsoluteParser):
    """Reads the logarithm, the exponential and the absolute value however a page spells them."""

    def function_of(self, name: str, token: Token, argument: Expr | None = None) -> Expr:
        """``\\log``, ``\\ln`` or ``\\exp`` applied to its argument (read here, unless given)."""
        argument = self.argument(token) if argument is None else argument
        if isinstance(argument, Shaped) and name == "abs":
            raise ambiguous(token, "abs(…) of a whole vector or matrix", "a norm, written \\lVert v \\rVert",
                            "the absolute value of each entry, written of one entry |v_j|")  # fmt: skip
        if isinstance(argument, Shaped) and S.One not in (argument.rows, argument.columns):
            raise InputError(  # entry by entry, or the matrix logarithm / exponential?
                f"line {token.line}: \\{name} of a whole matrix reads two ways (entry by entry, or the matrix "
                f"function): write it of one entry, \\{name} A_{{ij}}"
            )
        if isinstance(argument, Shaped):  # y^T \log \hat{y}: a vector's logarithm is taken entry by entry
            entry = self.function_of_number(name, argument.entry)
            return Shaped(argument.rows, argument.columns, entry, argument.axes)
        return self.function_of_number(name, argument)

    def logarithm_to_base(self, token: Token) -> Expr:
        """``\\log_2 x`` (its ``\\log`` at ``token`` read): ln x / ln 2, of a vector entry by entry."""
        base = self.log_base(token)
        value = self.function_of("log", token)
        if isinstance(value, Shaped):  # of a vector: entry by entry
            return Shaped(value.rows, value.columns, value.entry / log(base), value.axes)
        return value / log(base)

    def log_base(self, token: Token) -> Expr:
        """The base after ``\\log_``: a whole number above 1 (``_2``, ``_{10}``) or e."""
        written = self.subscript_tokens() or []
        value = written[0].value if len(written) == 1 else ""
        if written and written[0].kind == "number" and value.isdigit() and int(value) > 1:
            return Integer(int(value))
        if written and written[0].kind == "letter" and value == "e":
            return E
        shown = "".join(t.value for t in written)
        raise InputError(f"line {token.line}: \\log with the base {shown}: derive reads a whole number above 1 or e")

    def function_of_number(self, name: str, argument: Expr) -> Expr:
        if name == "abs":
            return Absolute(argument)
        if name == "exp":
            return self.exponential(argument)
        self.nonzero += [argument, not_negative(argument)]  # log 0, and a log of a negative number: no real value
        return log(argument)

    def typed_function(self, token: Token) -> str | None:
        """``log``, ``ln`` or ``exp`` typed without a backslash (letters side by side, as people type them), and
        ``abs(x)`` as code writes |x|; where every letter of it is also a declared name, both readings are named."""
        for word in ("log", "ln", "exp", "abs"):
            letters = [token, *self.tokens[self.position : self.position + len(word) - 1]]
            after = self.peek(len(word) - 1)
            typed = "".join(t.value for t in letters) == word and all(t.kind == "letter" for t in letters)
            typed = typed and all(t.gap == "" for t in letters[1:])
            argument = after is not None and after.kind in ("letter", "number", "command", "{")
            if word == "abs" and typed and argument:  # abs(x) is |x|; abs x, abs \theta: |x|, or a·b·s·x?
                raise ambiguous(token, "abs without parentheses", "the absolute value, written abs(x) or |x|",
                                "the product a·b·s")  # fmt: skip
            if word == "abs" and (after is None or after.kind != "("):
                continue
            if (
                len(letters) == len(word)
                and "".join(t.value for t in letters) == word
                and all(t.kind == "letter" for t in letters)
                and all(t.gap == "" for t in letters[1:])
                and not (after is not None and after.kind == "letter" and after.gap == "")
            ):
                if all(self.is_name(t.value) for t in letters if t.value != "e"):  # a product is a reading too
                    raise ambiguous(
                        token, f"{word} without a backslash", f"the function, written \\{word}", "a product of letters"
                    )
                self.position += len(word) - 1
                return word
        self.refuse_typed_name(token)
        return None

    def exp_power(self, token: Token) -> Expr:
        """``\\exp^{x}`` with nothing after it to apply to: e^{x}. With an argument after it (``\\exp^2(x)``) it
        reads two ways, a power of exp's value as sin²x is, or e^2 times the argument, and is refused."""
        self.next()
        exponent = self.group_or_token()
        after = self.peek()
        if after is not None and (after.kind in ("letter", "number", "(", "[", "{") or after.value in ("left", "frac")):
            raise ambiguous(token, "\\exp with a superscript and an argument", "a power of exp's value, written "
                            "(\\exp x)^2", "e to that power times the argument, written e^{2} x")  # fmt: skip
        self.after_script("^")
        if isinstance(exponent, Shaped):
            return self.function_of("exp", token, exponent)
        return self.exponential(exponent)

    def exponential(self, argument: Expr) -> Expr:
        if argument.is_number and not (argument.is_Rational and abs(argument) <= MAX_EXP_ARGUMENT):
            raise self.error(f"exponent of e too large (at most {MAX_EXP_ARGUMENT})")
        return exp(argument)

    def refuse_typed_name(self, token: Token) -> None:
        """A function's name typed as letters side by side (``softmax(z_j)``): TeX shows a product of letters, the
        writer means the function; both readings are named."""
        for word in TYPED_NAMES:
            letters = [token, *self.tokens[self.position : self.position + len(word) - 1]]
            if (
                len(letters) == len(word)
                and "".join(t.value for t in letters) == word
                and all(t.kind == "letter" for t in letters)
                and all(t.gap == "" for t in letters[1:])
            ):
                raise ambiguous(
                    token,
                    f"{word} typed as letters",
                    f"the function {word}, which derive reads only through a definition (define: {word[0]}_i: …)",
                    f"the product {'·'.join(word)}",
                )


__all__ = ["TYPED_NAMES", "ElementaryParser"]
