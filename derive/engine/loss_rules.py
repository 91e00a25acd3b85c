"""The rewrite rules that the derivations of further output layers and losses apply, as data.

Like ``derive.engine.rules``, each rule is a name and a one-line statement; the checker re-proves every step
that cites one, so a rule is trusted for nothing.
"""

from __future__ import annotations

from derive.engine.step import Rule

COMMON_DENOMINATOR = Rule("common denominator", "1 − 1/(1 + a) = a/(1 + a)")
SCALE_FRACTION = Rule("multiply above and below", "a/b = (c·a)/(c·b) for c ≠ 0, here c = e^x and e^x·e^{−x} = 1")
RECIPROCAL_CHAIN = Rule("chain rule for 1/g", "∂(1/g) = −∂g / g², with ∂e^{−a} = −e^{−a} ∂a")
SIGMOID_DERIVATIVE = Rule("sigmoid derivative", "σ′(a) = σ(a)(1 − σ(a)), proven above")
OTHER_OUTPUT = Rule("one output per logit", "σ(z_i) depends on z_i alone, so ∂σ(z_i)/∂z_k = 0 for i ≠ k")
LOG_RECIPROCAL = Rule("log of a reciprocal", "log(1/a) = −log a for a > 0")
ONLY_TERM_K = Rule("split the sum at i = k", "split the sum at i = k: the terms i ≠ k have derivative 0")
LOG_SOFTPLUS = Rule("derivative of log(1 + e^x)", "∂ log(1 + e^x)/∂x = e^x/(1 + e^x) = 1/(1 + e^{−x}) = σ(x)")
PRODUCT = Rule("product rule", "∂(f·g) = ∂f·g + f·∂g")
POWER_CHAIN = Rule("chain rule", "∂(b^{−g}) = −g b^{−g−1} ∂b")
EXP_DERIVATIVE = Rule("exponential", "∂e^{a}/∂z_k = e^{a} ∂a/∂z_k")
POWERS = Rule("collect powers", "add the exponents of q, and (1/p)·p = 1")
COMPLEMENT = Rule("complement", "σ(−a) = 1 − σ(a), proven above")
GAMMA_ZERO = Rule("focusing parameter zero", "a power 0 is 1, and 0·a = 0")
LABEL_CASE = Rule("the label's case", "ŷ_k = σ(z_k); the target t_k = (1 + y_k)/2 is 1 for y_k = 1 and 0 for y_k = −1")
TEMPERATURE_LOG = Rule("log of a quotient", "log(e^{z_i/T}/S) = z_i/T − log S")
PULL_FACTOR = Rule("pull a constant out of the sum", "Σ_i c·a_i = c·Σ_i a_i")
TOTAL_MASS = Rule("total target mass", "τ = Σ_i y_i")
FORGET_TEMPERATURE = Rule("drop the 1/T", "treat the temperature as if it were 1")
LINEARITY_SUM = Rule("linearity of the sum", "Σ_i (a·y_i + b) = a·Σ_i y_i + n·b")
ARITHMETIC = Rule("arithmetic", "(1 − ε) + ε = 1")
SMOOTHED_SUM = Rule("the smoothed target sums to one", "Σ_i ỹ_i = 1, proven above")
UNSMOOTHED = Rule("the unsmoothed target", "use y instead of ỹ in the gradient")
SHIFT = Rule("exponent of a sum", "e^{a + c} = e^c·e^a")
CANCEL_FACTOR = Rule("cancel", "(c·a)/(c·b) = a/b for c ≠ 0")
LOG_PRODUCT = Rule("log of a product", "log(e^m·S) = m + log S for S > 0")
LSE_DERIVATIVE = Rule("derivative of log-sum-exp", "∂z_i/∂z_k = δ_ik and ∂ log Σ_j e^{z_j}/∂z_k = e^{z_k}/Σ_j e^{z_j}")
IDENTITY_OUTPUT = Rule("identity output", "ŷ_i = z_i")
POWER_RULE = Rule("power rule under the sum", "∂(a_i)²/∂z_k = 2 a_i ∂a_i/∂z_k")
DIFFERENTIATE_LOGIT = Rule("differentiate the logit", "∂z_i/∂z_k = δ_ik")
CHAIN_SOFTMAX = Rule("chain rule", "∂(s_i − y_i)²/∂z_k = 2 (s_i − y_i) ∂s_i/∂z_k")
JACOBIAN = Rule("softmax Jacobian", "∂s_i/∂z_k = s_i(δ_ik − s_k), proven above")
MSE_SHORTCUT = Rule("cross-entropy's answer", "assume the squared error on a softmax also gives ŷ − y")
SIGMOID_MSE_SHORTCUT = Rule("squared-error gradient", "the gradient of ½(σ − y)², σ′(σ − y), taken for cross-entropy's")
FOCAL_SHORTCUT = Rule("weighted cross-entropy gradient", "treat the focal weight as a constant")
