"""The words with which a sentence opens a setting of its own, where a name defined below it means a new thing:
"Suppose …", "Let …", "Consider …", and a choice made in place of another or of a generic one ("Instead, let's use
the log-cosh loss:", "For concreteness, let's use mean squared error:"), which had read the new loss as a claim
about the old (refuted) or, below a generic ℓ(a, y), refused it."""

from __future__ import annotations

import re

#: A sentence that opens a setting of its own: "Suppose that …", "Let …", "Consider …", "For example, suppose …";
#: "Instead, let's use …", "For concreteness, we take …".
SETTING = re.compile(
    r"^\W*(?:\[\.\.\.\]\s*)?(?:(?:for\s+example,?\s+|now,?\s+)?(?:suppose|let|consider|assume)\b"
    r"(?!['’]s\b|\s+(?:me|us)\b)"  # not "Let's now compute", "let us"
    r"|(?:instead|for\s+concreteness|concretely|to\s+be\s+concrete)\b[\s,]*(?:let['’]s\s+|let\s+us\s+|we\s+(?:will\s+|"
    r"now\s+|instead\s+)?|we['’]ll\s+)?(?:use|take|choose|pick|consider|define|set|suppose|assume|let)\b)"
    r"(?![^.:;]*\b(?:same|again|as\s+before|recall|above|previous|contradiction|sake\s+of\s+argument|wrongly|"
    r"mistakenly|expand\w*|simplif\w*|rewrit\w*|substitut\w*|comput\w*|differentiat\w*|restat\w*|once\s+more|"
    r"the\s+definition)\b)",  # "Consider the
    # same loss again:" restates it; "Suppose, for contradiction," sets nothing; "Consider expanding it:" derives
    re.I,
)


def opens_setting(lead: str) -> bool:
    """Whether the last sentence of a display's lead opens a setting of its own ("Take $L = x^2$. Suppose instead",
    "From now on we take instead": a probe's r1i had read the display below it as a claim about the old name)."""
    last = re.split(r"(?<=[.!?])\s+", lead.strip())[-1]
    return (
        SETTING.match(last) is not None
        or re.match(r"\W*(?:from\s+(?:now|here)\s+on|henceforth)\b", last, re.I) is not None
        or _CHANGES.search(last) is not None  # "Now we change the model:", "the loss becomes" (probe s53-2's f3, f8)
    )


#: Words that say the display right below changes what a name is.
_CHANGES = re.compile(
    r"\b(?:chang(?:e|es|ed|ing)\s+(?:the|our|its|this)\b|replac\w*|switch\w*|redefin\w*"
    r"|(?:a|the)\s+new\s+(?:model|loss|definition|function))",
    re.I,
)
