"""Chains for binary heads: n independent sigmoid outputs with binary cross-entropy, and the binary focal loss.

The loss is written with σ(−a) = 1/(1 + e^{a}) where textbooks write 1 − σ(a); the first chain of each
derivation proves the two equal, so the loss is the textbook one. (Written as 1 − σ(a), a derivative divides by
1 − σ(a), which the proof for every n cannot show to be nonzero.)
"""

from __future__ import annotations

from sympy import Derivative, Eq, Expr, Ne, Pow, S, Sum, diff, exp, log

from derive.engine import loss_rules as lr
from derive.engine import rules as r
from derive.engine.step import Case, Chain, ChainBuilder
from derive.model.losses import FocalHead, SigmoidHead


def _sigmoid(argument: Expr) -> Expr:
    """1/(1 + e^{−a}), as written."""
    return r.frac(S.One, r.add(S.One, exp(-argument)))


def _complement(argument: Expr) -> Expr:
    """1/(1 + e^{a}) = σ(−a), as written."""
    return r.frac(S.One, r.add(exp(argument), S.One))


def complement_chain(m: SigmoidHead) -> Chain:
    """1 − σ(a_i) = σ(−a_i): the loss written with σ(−a) is the textbook one with 1 − σ(a)."""
    i = m.i
    a = m.argument(i)
    chain = ChainBuilder("The complement: 1 − σ(a) = σ(−a)", r.add(S.One, -m.s[i]))
    chain.then(r.DEFINITION, r.add(S.One, -_sigmoid(a)), "s_i = σ(a_i) = 1/(1 + e^{−a_i})")
    chain.then(lr.COMMON_DENOMINATOR, r.frac(exp(-a), r.add(S.One, exp(-a))))
    chain.then(lr.SCALE_FRACTION, _complement(a), "that is σ(−a_i)")
    return chain.build()


def sigmoid_derivative_chains(m: SigmoidHead) -> tuple[Chain, ...]:
    """∂s_i/∂z_k case by case: s_i(1 − s_i) (times y_i for the focal head's σ(y_i z_i)) when i = k, 0 when i ≠ k."""
    i, k = m.i, m.k
    a = m.argument(i)
    slope = diff(a, m.z[i])  # 1, or y_i
    same = ChainBuilder("Sigmoid derivative, case i = k", Derivative(m.s[i], m.z[i]), Case("i = k", Eq(i, k)))
    same.then(r.DEFINITION, Derivative(_sigmoid(a), m.z[i]), "s_i = 1/(1 + e^{−a_i})")
    same.then(lr.RECIPROCAL_CHAIN, r.frac(r.mul(slope, exp(-a)), r.square(r.add(S.One, exp(-a)))))
    same.then(r.FACTOR, r.mul(slope, _sigmoid(a), r.frac(exp(-a), r.add(S.One, exp(-a)))))
    same.then(
        r.SUBSTITUTE,
        r.mul(slope, m.s[i], r.add(S.One, -m.s[i])),
        "1/(1 + e^{−a}) = s_i and e^{−a}/(1 + e^{−a}) = 1 − s_i",
    )
    other = ChainBuilder("Sigmoid derivative, case i ≠ k", Derivative(m.s[i], m.z[k]), Case("i ≠ k", Ne(i, k)))
    other.then(r.DEFINITION, Derivative(_sigmoid(a), m.z[k]), "s_i = 1/(1 + e^{−a_i})")
    other.then(lr.OTHER_OUTPUT, S.Zero)
    return same.build(), other.build()


def bce_gradient_chain(m: SigmoidHead) -> Chain:
    """∂L/∂z_k = s_k − y_k = ŷ_k − y_k, splitting the sum at i = k."""
    i, k = m.i, m.k
    y, s, z = m.y, m.s, m.z
    over_i = m.over(i)

    def softplus(index: Expr) -> Expr:
        return log(r.add(S.One, exp(z[index])))

    chain = ChainBuilder("Binary cross-entropy gradient", Derivative(m.L, z[k]))
    body = -Sum(r.add(r.mul(y[i], log(s[i])), r.mul(r.add(S.One, -y[i]), log(_complement(z[i])))), over_i)
    chain.then(r.DEFINITION, Derivative(body, z[k]), "L = −Σ_i [y_i log s_i + (1 − y_i) log σ(−z_i)]")
    written = -Sum(r.add(r.mul(y[i], log(s[i])), -r.mul(r.add(S.One, -y[i]), softplus(i))), over_i)
    chain.then(lr.LOG_RECIPROCAL, Derivative(written, z[k]), "log σ(−z_i) = −log(1 + e^{z_i})")
    terms = r.add(r.mul(y[i], Derivative(log(s[i]), z[k])), -r.mul(r.add(S.One, -y[i]), Derivative(softplus(i), z[k])))
    chain.then(r.LINEARITY, -Sum(terms, over_i))
    term_k = r.add(r.mul(y[k], Derivative(log(s[k]), z[k])), -r.mul(r.add(S.One, -y[k]), Derivative(softplus(k), z[k])))
    chain.then(lr.ONLY_TERM_K, -term_k, "s_i and e^{z_i} depend on z_i alone")
    slopes = r.add(
        r.mul(y[k], r.frac(S.One, s[k]), s[k], r.add(S.One, -s[k])),
        -r.mul(r.add(S.One, -y[k]), r.frac(exp(z[k]), r.add(S.One, exp(z[k])))),
    )
    chain.then(
        lr.SIGMOID_DERIVATIVE, -slopes, "∂ log s_k = (1/s_k) s_k(1 − s_k); ∂ log(1 + e^{z_k}) = e^{z_k}/(1 + e^{z_k})"
    )
    chain.then(
        r.CANCEL,
        -r.add(r.mul(y[k], r.add(S.One, -s[k])), -r.mul(r.add(S.One, -y[k]), s[k])),
        "(1/s_k)·s_k = 1 and e^{z_k}/(1 + e^{z_k}) = 1/(1 + e^{−z_k}) = s_k",
    )
    chain.then(r.EXPAND, r.add(s[k], -y[k]), "−y_k + y_k s_k + s_k − y_k s_k")
    chain.then(r.NOTATION, r.add(m.yhat[k], -y[k]), "ŷ_k = s_k: the prediction is the sigmoid output")
    return chain.build()


def bce_shortcut(m: SigmoidHead) -> Chain:
    """The squared-error gradient through the sigmoid, σ′(σ − y), is not the cross-entropy gradient."""
    k, s = m.k, m.s
    chain = ChainBuilder("The squared-error gradient is not this one", Derivative(m.L, m.z[k]), expected="fails")
    wrong = r.mul(s[k], r.add(S.One, -s[k]), r.add(s[k], -m.y[k]))
    chain.then(lr.SIGMOID_MSE_SHORTCUT, wrong, "keeps the factor σ′ = s_k(1 − s_k) that the log cancels")
    return chain.build()


def _q(m: FocalHead, index: Expr) -> Expr:
    """σ(−y_i z_i) = 1 − p_t, as written."""
    return _complement(m.argument(index))


def _power(m: FocalHead, index: Expr, exponent: Expr) -> Expr:
    """σ(−y_i z_i)^e written (e^{y_i z_i} + 1)^{−e}."""
    return Pow(r.add(exp(m.argument(index)), S.One), -exponent, evaluate=False)


def focal_gradient_chain(m: FocalHead) -> Chain:
    """∂L/∂z_k = y_k (1 − p_t)^gamma (gamma p_t log p_t + p_t − 1), the closed form of Lin et al. (2017), p_t = s_k."""
    i, k, g = m.i, m.k, m.gamma
    s, y, z = m.s, m.y, m.z
    q = _q(m, k)
    chain = ChainBuilder("Focal loss gradient", Derivative(m.L, z[k]))
    body = -Sum(r.mul(Pow(_q(m, i), g, evaluate=False), log(s[i])), m.over(i))
    chain.then(r.DEFINITION, Derivative(body, z[k]), "the focal loss, with 1 − p_t written σ(−y_i z_i)")
    chain.then(lr.ONLY_TERM_K, -Derivative(r.mul(_power(m, k, g), log(s[k])), z[k]), "term i depends on z_i alone")
    d_power = Derivative(_power(m, k, g), z[k])
    chain.then(lr.PRODUCT, -r.add(r.mul(d_power, log(s[k])), r.mul(_power(m, k, g), Derivative(log(s[k]), z[k]))))
    base = r.add(exp(m.argument(k)), S.One)
    d_base = r.mul(-g, _power(m, k, g + 1), Derivative(base, z[k]), log(s[k]))
    chain.then(lr.POWER_CHAIN, -r.add(r.mul(_power(m, k, g), Derivative(log(s[k]), z[k])), d_base))
    chain.then(
        lr.SIGMOID_DERIVATIVE,
        -r.add(r.mul(y[k], _power(m, k, g + 1)), d_base),
        "∂ log p_t/∂z_k = (1/p_t) y_k p_t (1 − p_t) = y_k (1 − p_t), with 1 − p_t = 1/(e^{y_k z_k} + 1)",
    )
    collected = r.add(r.mul(y[k], _power(m, k, g + 1)), -r.mul(g, y[k], _power(m, k, g), s[k], log(s[k])))
    chain.then(
        lr.EXP_DERIVATIVE, -collected, "∂e^{y_k z_k}/∂z_k = y_k e^{y_k z_k}, and e^{y_k z_k}/(e^{y_k z_k} + 1) = p_t"
    )
    chain.then(r.FACTOR, r.mul(y[k], _power(m, k, g), r.add(r.mul(g, s[k], log(s[k])), -q)))
    closed = r.mul(y[k], _power(m, k, g), r.add(r.mul(g, s[k], log(s[k])), s[k], S.NegativeOne))
    chain.then(lr.COMPLEMENT, closed, "−σ(−y_k z_k) = p_t − 1, which gives the closed form of Lin et al. (2017)")
    return chain.build()


def focal_closed_form(m: FocalHead) -> Expr:
    """y_k (1 − p_t)^gamma (gamma p_t log p_t + p_t − 1) with 1 − p_t written σ(−y_k z_k)."""
    k, g, s = m.k, m.gamma, m.s
    return r.mul(m.y[k], Pow(_q(m, k), g, evaluate=False), r.add(r.mul(g, s[k], log(s[k])), s[k], S.NegativeOne))


def focal_gamma_zero(m: FocalHead) -> tuple[Chain, ...]:
    """At gamma = 0 the closed form is y_k(p_t − 1), which is ŷ_k − t_k for both labels (t_k = (1 + y_k)/2)."""
    k, s, y, z = m.k, m.s, m.y, m.z
    at_zero = r.mul(
        y[k], Pow(_q(m, k), S.Zero, evaluate=False), r.add(r.mul(S.Zero, s[k], log(s[k])), s[k], S.NegativeOne)
    )
    zero = ChainBuilder("Focusing parameter zero: the closed form", at_zero)
    zero.then(lr.GAMMA_ZERO, r.mul(y[k], r.add(s[k], S.NegativeOne)), "the cross-entropy gradient y_k (p_t − 1)")
    positive = ChainBuilder(
        "Focusing parameter zero, label y_k = 1 (target t_k = 1)",
        r.mul(S.One, r.add(_sigmoid(r.mul(S.One, z[k])), S.NegativeOne)),
    )
    positive.then(lr.LABEL_CASE, r.add(m.yhat[k], S.NegativeOne), "ŷ_k − t_k with t_k = 1")
    negative = ChainBuilder(
        "Focusing parameter zero, label y_k = −1 (target t_k = 0)",
        r.mul(S.NegativeOne, r.add(_sigmoid(r.mul(S.NegativeOne, z[k])), S.NegativeOne)),
    )
    negative.then(r.EXPAND, r.add(S.One, -_sigmoid(-z[k])), "−(a − 1) = 1 − a")
    negative.then(lr.COMPLEMENT, _sigmoid(z[k]), "1 − σ(−z_k) = σ(z_k)")
    negative.then(lr.LABEL_CASE, r.add(m.yhat[k], S.Zero), "ŷ_k − t_k with t_k = 0")
    return zero.build(), positive.build(), negative.build()


def focal_shortcut(m: FocalHead) -> Chain:
    """Treating (1 − p_t)^gamma as a constant weight on the cross-entropy gradient drops the gamma p_t log p_t term."""
    k, s, g = m.k, m.s, m.gamma
    chain = ChainBuilder("The focal weight is not a constant", Derivative(m.L, m.z[k]), expected="fails")
    wrong = r.mul(m.y[k], Pow(_q(m, k), g, evaluate=False), r.add(s[k], S.NegativeOne))
    chain.then(lr.FOCAL_SHORTCUT, wrong, "the focal weight times the cross-entropy gradient")
    return chain.build()
