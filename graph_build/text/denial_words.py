"""The words that deny a clause, in one place for the modules that look for a denial (decision 0815).

Every such reader starts from the same plain denial, "not", "never", "no" and a contracted "n't"; what a reader adds
to it (a "neither ... nor", a "cannot", a "without", a verb of stopping) is named where its pattern is made, so the
difference between two readers is seen, not copied apart. A reader whose plain words differ keeps its own pattern
and says why (couse.DENIAL: a "not only" there is no denial; vessel_steps: case-sensitive, no end boundary).
"""

from __future__ import annotations

#: The plain denial every reader of a denied clause shares.
PLAIN = ("not", "never", "no")


def denial_words(*more: str, apostrophes: str = "'") -> str:
    """A regex (flags are the caller's) of the plain denial words, `more` words or word patterns besides, and a
    contracted "n't" with any of `apostrophes`.

    >>> import re
    >>> [bool(re.search(denial_words("nor"), s)) for s in ("it is not", "nor that", "it isn't", "a note", "none")]
    [True, True, True, False, False]
    >>> bool(re.search(denial_words(apostrophes="'’"), "it doesn’t"))
    True
    """
    quote = apostrophes if len(apostrophes) == 1 else f"[{apostrophes}]"
    return rf"\b({'|'.join((*PLAIN, *more))})\b|n{quote}t\b"


#: The plain denial alone: "not", "never", "no", "n't".
DENIAL = denial_words()
