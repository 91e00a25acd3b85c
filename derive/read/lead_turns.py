"""What around a lead may turn the statement it makes: words after its display that call it wrong or deny it ("That
assumption is false.", "Oops, $T > 0$ fails."), and another expression put in for a letter it assumes something of
("Assuming $T > 0$, we use $-T$ for $T$:"). Each makes the lead's statement unread (``derive.read.chain_cases``)."""

from __future__ import annotations

import re

from derive.read.lead_sums import LEAD_DENIES
from derive.read.plain_words import CASE_WORDS

#: Words after a display that call what stands above wrong ("That assumption is false."); not "no longer", which
#: widens what follows.
_CALLED_WRONG = re.compile(r"\b(?:false|wrong|untrue|incorrect|mistaken|mistake|bogus|error)\b", re.I)
#: A relation in a formula: what states something of its letters ("T > 0"), not an expression ("-T").
_RELATION = re.compile(r"[=<>≠≤≥∈]|\\(?:le|ge|leq|geq|in|ne|neq|gg|ll|approx|sim|propto|equiv)\b")


def taken_back_after(said: str, after: str) -> list[str]:
    """The words of the paragraph ``after`` a display that may take back what its lead ``said``: calling it wrong
    anywhere ("That assumption is false."), or denying where that paragraph writes a letter of it."""
    return [*_CALLED_WRONG.findall(after), *_denied_after(said, after)]


def put_in_for(lead: str) -> list[str]:
    """The expressions a lead writes, beside what it assumes, of a letter it assumes something of ("Assuming $T > 0$,
    we use $-T$ for $T$:", "let $T$ denote $-T$"): the display's letter may then be another; none where it writes the
    letters alone ("Since $y$ is one-hot, $\\sum_i y_i = 1$")."""
    maths = re.findall(r"\$([^$]*)\$", lead)
    stated = {m for f in maths if _RELATION.search(f) for m in re.findall(r"(?<![\\A-Za-z])[A-Za-z](?![A-Za-z])", f)}
    bare = r"\s*(?:\\(?:mathbf|boldsymbol|bm)\{\s*)?[A-Za-z]\}?(?:_\{?[A-Za-z0-9]+\}?)?\s*"
    return [
        f"${f.strip()}$"
        for f in maths
        if not _RELATION.search(f)
        and not re.fullmatch(bare, f)
        and stated & set(re.findall(r"(?<![\\A-Za-z])[A-Za-z](?![A-Za-z])", f))
    ]


def _denied_after(said: str, after: str) -> list[str]:
    """The words that may deny it in the paragraph ``after`` a display, where that paragraph writes a letter of the
    lead's statement ``said`` in its math ("Oops, $T > 0$ fails.", "Here $T$ is not positive."); else none."""
    letter = r"(?<![\\A-Za-z])[A-Za-z](?![A-Za-z])"
    stated = set(re.findall(letter, " ".join(re.findall(r"\$([^$]*)\$", said))))
    written = set(re.findall(letter, " ".join(re.findall(r"\$([^$]*)\$", after))))
    denying = [w for w in LEAD_DENIES.findall(after) if w.lower() not in CASE_WORDS]
    return denying if stated & written else []
