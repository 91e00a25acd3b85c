"""LaTeX output: a LatexPrinter that also prints checked chains and derivations, as a fragment or a document.

Expressions keep the order in which a step writes them (``order='none'``); every string that comes from prose
(rule names, justifications, titles) goes through ``prose_tex`` so that the .tex file is plain ASCII.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sympy import Basic, Derivative, Indexed, IndexedBase, MatrixBase, Mul, Pow, S, Sum, Symbol, log
from sympy import exp as exp_function
from sympy.printing.latex import LatexPrinter
from sympy.printing.precedence import PRECEDENCE, precedence_traditional

from derive.check import CheckedChain, CheckedDerivation, Counterexample, Status, Verdict
from derive.engine.step import Assumption, Step
from derive.model.notation import SumExcept
from derive.printers.bound import bound_names
from derive.printers.numbers import HugeNumbers
from derive.printers.prose import prose_tex, text_tex
from derive.printers.words import (
    chain_outcome_words,
    counterexample_n,
    counterexample_values,
    evidence_words,
    size_words,
    summary_words,
)

#: The mark beside a step in its align* block, for each verdict; the words are in the notes after the chain.
LATEX_MARKS = {
    Status.PROVEN: r"\checkmark",
    Status.REFUTED: r"\times",
    Status.UNPROVEN: "?",
    Status.VACUOUS: r"\emptyset",
    Status.UNDEFINED: "!",
}
#: Names of indexed bases written as a person writes them.
BASE_NAMES = {"yhat": r"\hat{y}"}

PREAMBLE = r"""\documentclass[11pt]{article}
\usepackage{amsmath}
\usepackage{amssymb}
% Wide margins without extra packages, so that the n x n matrices fit the page.
\setlength{\oddsidemargin}{-0.4in}
\setlength{\evensidemargin}{-0.4in}
\setlength{\textwidth}{7.3in}
\setlength{\topmargin}{-0.6in}
\setlength{\textheight}{9.4in}
\allowdisplaybreaks[4]
\setlength{\emergencystretch}{2em}
"""


def _loose_sum(expr: Basic) -> bool:
    """Whether a Σ stands unenclosed at the right end of ``expr`` as printed (a following factor would join it)."""
    if isinstance(expr, (Sum, SumExcept)):
        return True
    if isinstance(expr, Mul):
        if any(isinstance(f, Pow) and f.exp.is_negative for f in expr.args):
            return False  # printed as \frac{…}{…}
        return _loose_sum(expr.args[-1])
    return False


def _product(factors: list[Basic]) -> Basic:
    """Factors as one unevaluated product (a single factor as itself): printing structure, not arithmetic."""
    return factors[0] if len(factors) == 1 else Mul(*factors, evaluate=False)


class DerivationLatexPrinter(HugeNumbers, LatexPrinter):
    """LaTeX for expressions (z_{i}, \\hat{y}_{k}, ∂a/∂b, Σ_{i≠k}, δ_{ik}) and for checked chains and derivations."""

    huge_form = r"\approx {m} \times 10^{{{e}}}"

    _default_settings: ClassVar[dict[str, Any]] = {**LatexPrinter._default_settings, "order": "none"}

    # Expressions ------------------------------------------------------------------------------------------

    def _print_IndexedBase(self, expr: IndexedBase) -> str:
        name = str(expr.label)
        return BASE_NAMES.get(name, str(self._print(expr.label)))

    def _print_Indexed(self, expr: Indexed) -> str:
        """w_{ij} when every index is one letter or digit, else w_{i,j+1}."""
        indices = [str(self._print(index)) for index in expr.indices]
        joined = "".join(indices) if all(len(i) == 1 for i in indices) else ",".join(indices)
        return f"{self._print(expr.base)}_{{{joined}}}"

    def _print_Range(self, expr: Basic) -> str:
        """\\left\\{1, 2, 3\\right\\} as SymPy writes a short range, else \\left\\{1, \\dots, n\\right\\}."""
        low, high = expr.inf, expr.sup
        if low.is_Integer and high.is_Integer and int(high) - int(low) < 4:
            return str(super()._print_Range(expr))
        return rf"\left\{{{self._print(low)}, \dots, {self._print(high)}\right\}}"

    def _print_Add(self, expr: Basic, order: str | None = None) -> str:
        """Terms in the order written; a term printed with a leading − joins with " - " (never "+ -")."""
        tex = ""
        for at, term in enumerate(self._as_ordered_terms(expr, order=order)):
            printed = str(self._print(term))
            if self._needs_add_brackets(term):
                printed = rf"\left({printed}\right)"
            if at == 0:
                tex = printed
            elif printed.startswith("-"):
                tex += " - " + printed[1:].lstrip()
            else:
                tex += " + " + printed
        return tex

    def _print_Derivative(self, expr: Derivative) -> str:
        below = " ".join(
            rf"\partial {self._print(v)}" if c == 1 else rf"\partial {self._print(v)}^{{{c}}}"
            for v, c in expr.variable_count
        )
        order = sum(c for _, c in expr.variable_count)
        top = r"\partial" if order == 1 else rf"\partial^{{{order}}}"
        inner = expr.expr
        if isinstance(inner, (Indexed, Symbol)):
            return rf"\frac{{{top} {self._print(inner)}}}{{{below}}}"
        if isinstance(inner, log) and isinstance(inner.args[0], (Indexed, Symbol)):
            return rf"\frac{{{top} \log {self._print(inner.args[0])}}}{{{below}}}"
        return rf"\frac{{{top}}}{{{below}}} \left({self._print(inner)}\right)"

    def parenthesize(self, item: Basic, level: int, is_neg: bool = False, strict: bool = False) -> str:
        """As SymPy's, with Σ_{i≠k} ranked as SymPy ranks a Σ (a product): bracketed as a power's base."""
        if isinstance(item, SumExcept) and level >= PRECEDENCE["Mul"] and (strict or level > PRECEDENCE["Mul"]):
            return rf"\left({self._print(item)}\right)"
        return str(super().parenthesize(item, level, is_neg=is_neg, strict=strict))

    def _print_Sum(self, expr: Sum) -> str:
        """As SymPy's, but a summand printed with a leading minus is bracketed: \\sum_{j} \\left(- z_{j}\\right)."""
        tex = str(super()._print_Sum(expr))
        body = str(self._print(expr.function))
        if body.startswith("-") and tex.endswith(body):
            tex = tex[: -len(body)] + rf"\left({body}\right)"
        return tex

    def _print_SumExcept(self, expr: SumExcept) -> str:
        function = self._print(expr.function)
        if precedence_traditional(expr.function) < PRECEDENCE["Mul"] or str(function).startswith("-"):
            function = rf"\left({function}\right)"
        return rf"\sum_{{{self._print(expr.variable)} \neq {self._print(expr.excluded)}}} {function}"

    def _print_KroneckerDelta(self, expr: Basic, exp: Any = None) -> str:
        i, k = (str(self._print(a)) for a in expr.args)
        tex = rf"\delta_{{{i}{k}}}" if (i + k).isalpha() and len(i) == len(k) == 1 else rf"\delta_{{{i}, {k}}}"
        return tex if exp is None else rf"{{\left({tex}\right)}}^{{{exp}}}"

    def _print_Pow(self, expr: Pow) -> str:
        """As SymPy's, but a power of a function in brackets: SymPy's \\log{\\left(x \\right)}^{2} reads as
        log of x² just as well as (log x)², and derive's reader refuses it."""
        if isinstance(expr.base, (log, exp_function)) and not expr.exp.is_negative:
            return rf"{{\left({self._print(expr.base)}\right)}}^{{{self._print(expr.exp)}}}"
        return str(super()._print_Pow(expr))

    def _helper_print_standard_power(self, expr: Pow, template: str) -> str:
        """As SymPy's, but a bracketed base is a group, {\\left(…\\right)}^{2}: the exponent sits on the whole
        bracket, not on the closing parenthesis alone (chktex warning 3)."""
        tex = str(super()._helper_print_standard_power(expr, template))
        base = str(self.parenthesize(expr.base, PRECEDENCE["Pow"]))
        if base.startswith(r"\left(") and base.endswith(r"\right)") and tex.startswith(base + "^"):
            return "{" + base + "}" + tex[len(base) :]
        return tex

    def _print_Mul(self, expr: Mul) -> str:
        """A leading −1 as a sign, and x·y⁻¹ as \\frac{x}{y}, also in unevaluated products."""
        if not isinstance(expr, Mul):  # SymPy hands a power with a negative exponent to _print_Mul
            return str(super()._print_Mul(expr))
        args = [a for a in expr.args if a is not S.One] or [S.One]  # 1·x, as a substitution leaves it, is x
        if len(args) == 1:
            return str(self._print(args[0]))
        if args[0] is S.NegativeOne:
            rest = _product(args[1:])
            tex = str(self._print(rest))
            loose = precedence_traditional(rest) < PRECEDENCE["Mul"] or tex.startswith("-")  # −(−x), never "- -x"
            return rf"- \left({tex}\right)" if loose else f"- {tex}"
        below = [a.base for a in args if isinstance(a, Pow) and a.exp is S.NegativeOne]
        if below:
            above = [a for a in args if not (isinstance(a, Pow) and a.exp is S.NegativeOne)]
            numerator = self._print(_product(above)) if above else "1"
            return rf"\frac{{{numerator}}}{{{self._print(_product(below))}}}"
        return str(super()._print_Mul(expr))

    def _print_MatMul(self, expr: Basic) -> str:
        """Matrix factors side by side, a leading −1 as a sign: never multiplied out."""
        args = list(expr.args)
        sign = ""
        if len(args) > 1 and args[0] == S.NegativeOne:
            sign, args = "- ", args[1:]
        return sign + " ".join(str(self.parenthesize(a, PRECEDENCE["Mul"], strict=False)) for a in args)

    def _print_MatAdd(self, expr: Basic) -> str:
        """Terms in the order written; SymPy's own negates a term, which multiplies explicit matrices out."""
        tex = ""
        for at, term in enumerate(expr.args):
            printed = str(self._print(term))
            if at and printed.startswith("- "):
                tex += " - " + printed[2:]
            else:
                tex += (" + " if at else "") + printed
        return tex

    def _needs_mul_brackets(self, expr: Basic, first: bool = False, last: bool = False) -> bool:
        """As SymPy's, but a Σ needs brackets only where a following factor would run into it."""
        if isinstance(expr, SumExcept) and not last:
            return True
        return bool(super()._needs_mul_brackets(expr, first=first, last=last or not _loose_sum(expr)))

    # Checked chains and derivations -----------------------------------------------------------------------

    def __init__(self, settings: dict[str, Any] | None = None) -> None:
        super().__init__(settings)
        #: The names to print for the dummy indices of the expression being printed (see ``bound_names``).
        self.bound: dict[Basic, str] = {}

    def expression(self, expr: Basic) -> str:
        """One expression of a derivation, its sums' dummy indices named apart from its free ones."""
        self.bound = bound_names(expr)
        try:
            return str(self._print(expr))
        finally:
            self.bound = {}

    def _print_Dummy(self, expr: Symbol) -> str:
        name = self.bound.get(expr)
        return str(self._print(Symbol(name))) if name else str(super()._print_Dummy(expr))

    def _step_line(self, at: int, step: Step, verdict: Verdict, lhs: Basic) -> str:
        start = self.expression(lhs) if at == 0 else ""
        note = rf"{LATEX_MARKS[verdict.status]}\ \text{{({at + 1}) {prose_tex(step.rule.name)}}}"
        return rf"{start} &= {self.expression(step.expr)} && {note}"

    def _justification(self, step: Step, verdict: Verdict) -> str:
        how = ", ".join(part for part in (verdict.method, verdict.scope) if part)
        detail = "; ".join(part for part in (how, evidence_words(verdict.evidence)) if part)
        if verdict.status is Status.REFUTED:
            detail = "by the counterexample given after the chain"
        verdict_tex = f"{verdict.status.value} ({prose_tex(detail)})" if detail else verdict.status.value
        return rf"\item \textbf{{{prose_tex(step.rule.name)}}}: {prose_tex(step.justification)} --- {verdict_tex}."

    def counterexample(self, at: int, step: Step, counterexample: Counterexample, n: int | None = None) -> str:
        """A refuted step's counterexample as a sentence with inline math, its values in natural order."""
        first, others = counterexample_values(counterexample)

        def listed(pairs: list[tuple[Basic, Basic]]) -> str:
            return ", ".join(f"${self._print(name)} = {self._print(value)}$" for name, value in pairs)

        values = listed(first) + (f" (other values: {listed(others)})" if others else "")
        size = f" $n = {n}$ and" if n is not None else ""
        where = f"at{size} {values}, " if values else ""
        return (
            rf"\noindent\textbf{{Counterexample}} to step {at + 1} (\emph{{{prose_tex(step.rule.name)}}}): "
            rf"{where}the left side is ${self._print(counterexample.lhs_value)}$ "
            rf"and the right side is ${self._print(counterexample.rhs_value)}$."
        )

    def assumption(self, assumption: Assumption) -> str:
        """An assumption's phrase, and its relation in math when it has one."""
        relation = assumption.relation
        if relation is None or relation is S.true:
            return prose_tex(assumption.phrase)
        return f"{prose_tex(assumption.phrase)}: ${self._print(relation)}$"

    def _print_CheckedChain(self, checked: CheckedChain) -> str:
        chain = checked.chain
        lines = [f"% {prose_tex(chain.title)}", rf"\subsection*{{{prose_tex(chain.title)}}}"]
        about = []
        if chain.case.condition is not S.true:
            about.append(f"Case {prose_tex(chain.case.name)}.")
        constraints = chain.steps[0].assumptions
        if constraints:
            about.append("Assuming " + "; ".join(self.assumption(a) for a in constraints) + ".")
        if chain.expected == "fails":
            about.append(r"\emph{This chain states a tempting shortcut: it is expected to fail.}")
        if about:
            lines.append(r"\noindent " + "\n".join(about))  # a sentence a line: chktex misreads "$. \emph"
        lines.append(r"\begin{align*}")
        pairs = list(zip(chain.steps, checked.verdicts, strict=True))
        lines.append(" \\\\\n".join(self._step_line(at, s, v, chain.lhs) for at, (s, v) in enumerate(pairs)))
        lines.append(r"\end{align*}")
        for at, (step, verdict) in enumerate(pairs):
            if verdict.status is Status.REFUTED and verdict.counterexample is not None:
                n = counterexample_n(verdict)
                lines.append(self.counterexample(at, step, verdict.counterexample, n) + "\n")
        outcome = chain_outcome_words(checked)
        if outcome:
            lines.append(rf"\noindent\textbf{{{text_tex(outcome)}}}" + "\n")
        lines.append(r"\begin{enumerate}\small")
        lines.extend(self._justification(s, v) for s, v in pairs)
        lines.append(r"\end{enumerate}")
        return "\n".join(lines)

    def _print_CheckedDerivation(self, checked: CheckedDerivation) -> str:
        return "\n\n".join(str(self._print(chain)) for chain in checked.chains) + "\n"

    def result(self, result: Basic) -> str:
        """The final result: one line, or a matrix entry by entry (one line each, so that it fits the page)."""
        if isinstance(result, MatrixBase):
            rows = []
            for r in range(result.rows):
                for c in range(result.cols):
                    where = f"{r + 1}" if result.cols == 1 else f"{r + 1}, {c + 1}"
                    rows.append(rf"\text{{entry }} ({where}) &= {self.expression(result[r, c])}")
            return "\\begin{align*}\n" + " \\\\[3pt]\n".join(rows) + "\n\\end{align*}"
        return f"\\begin{{align*}}\n& {self.expression(result)}\n\\end{{align*}}"

    def document(self, checked: CheckedDerivation) -> str:
        """A standalone article: title, n, assumptions, definitions, the chains, and the result."""
        d = checked.derivation
        parts = [
            PREAMBLE,
            rf"\title{{{prose_tex(d.title)}}}",
            r"\author{checked step by step with \texttt{derive}}",
            r"\date{}",
            r"\begin{document}",
            r"\maketitle",
            rf"\noindent Derivation \texttt{{{text_tex(d.name)}}}, {prose_tex(size_words(d.n))}. "
            + prose_tex(summary_words(checked)),
            r"\section*{Assumptions}",
            r"\begin{itemize}",
            *(rf"\item {self.assumption(a)}" for a in d.assumptions),
            r"\end{itemize}",
            r"\section*{Definitions}",
            r"\begin{align*}",
            " \\\\\n".join(f"{self.expression(x.head)} &= {self.expression(x.body)}" for x in d.definitions),
            r"\end{align*}",
        ]
        if d.notes:
            parts += [r"\section*{Notes}", r"\begin{itemize}", *(rf"\item {prose_tex(x)}" for x in d.notes)]
            parts.append(r"\end{itemize}")
        parts += [r"\section*{Derivation}", str(self._print(checked)), r"\section*{Result}"]
        parts.append(r"\noindent Written out in the symbols of the model:")
        parts += [self.result(d.result), r"\end{document}"]
        return "\n".join(parts) + "\n"


def latex_expr(expr: Basic) -> str:
    """One expression in LaTeX, as every printer writes it (for JSON and Markdown)."""
    return DerivationLatexPrinter().expression(expr)


def latex_fragment(checked: CheckedDerivation) -> str:
    """Every chain as a commented, headed align* block with its verdicts: to \\input into a larger document."""
    return str(DerivationLatexPrinter().doprint(checked))


def latex_document(checked: CheckedDerivation) -> str:
    """A standalone article (amsmath and amssymb only) that compiles with pdflatex."""
    return DerivationLatexPrinter().document(checked)


__all__ = ["DerivationLatexPrinter", "latex_document", "latex_expr", "latex_fragment"]
