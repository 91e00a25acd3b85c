"""The words a sentence may use for derive to hold what it states ("With $\\sum_i y_i = 1$, we get", "where $y$ is
the one-hot label", "Let $T$ be the temperature and $T > 0$."): a closed list, so that a sentence in any other words
("… = 1$ gone", "the cardinality of …", "would", "unless") states nothing derive holds. No list of the words that
set a statement aside can be complete; a list of the words that state one plainly can be, because it need not be.
"""

from __future__ import annotations

import re

#: Words that state, name or connect; never one that negates, hedges, contrasts, supposes or changes a statement
#: ("not", "if", "would", "only", "but", "except", "replaced", "dropped", "wrong").
PLAIN_WORDS = frozenset(
    """
    a an the this that these those each every all its their our we one it i
    is are be being been has have holds hold satisfy satisfies satisfying let denote denotes write use uses used using
    get gives give obtain find see note recall recalling remember define defined call called encode encoded given set
    substituted put plugged equal equals sum sums summing represent represents means take takes taking follow follows
    assume assuming suppose case
    where with since as because so then thus hence therefore now here and also i.e e.g
    of for in on over from to by at through into per via
    label labels target targets class classes vector vectors entry entries element elements component components
    probability probabilities distribution distributions output outputs input inputs prediction predictions predicted
    logit logits loss losses function functions softmax sigmoid tanh cross-entropy entropy cross derivative
    derivatives gradient gradients layer layers network neuron neurons unit units weight weights bias biases
    example examples sample samples batch data model value values number numbers scalar scalars real positive
    temperature parameter parameters constant fixed true actual ground truth correct desired final last first
    step steps chain line fact slides fig figure backward forward pass coding scheme encoding one-hot indicator
    standard basis row rows column columns matrix matrices index indices size length dimension
    hinge linear svm logistic regression classifier classification squared error mean throughout exactly some rest
    zero zeros ones non-zero nonzero which simplifies becomes reduces
    """.split()  # noqa: SIM905 (a list to read, as prose)
)
#: Words that state the case a chain is under, in the line before it: "If $i = k$,", "When $y = 1$,".
CASE_WORDS = frozenset({"if", "when", "whenever"})

#: What is not prose: inline math, a footnote's or a link's target, Markdown emphasis and list marks.
_NOT_PROSE = re.compile(r"\$[^$]*\$|\\\(.*?\\\)|\[\^[^\]]*\]|\]\([^)]*\)")


def unplain_words(text: str, cases: bool = False) -> list[str]:
    """The words of ``text`` (its inline math aside) that are not in ``PLAIN_WORDS`` (nor ``CASE_WORDS``, with
    ``cases``), in order, each once."""
    known = PLAIN_WORDS | CASE_WORDS if cases else PLAIN_WORDS
    prose = re.sub(r"\bonly\s+(?=one\b)", "", _NOT_PROSE.sub(" ", text), flags=re.I)  # "only one entry is 1"
    words = re.findall(r"[A-Za-z][A-Za-z'.-]*[A-Za-z]|[A-Za-z]", prose)
    found: list[str] = []
    for word in words:
        bare = word.lower().rstrip(".")
        if len(bare) > 1 and bare not in known and word not in found:  # a letter alone is a name
            found.append(word)
    return found


def plain(text: str) -> bool:
    """Whether every word of ``text`` outside its math is one that states plainly."""
    return not unplain_words(text)
