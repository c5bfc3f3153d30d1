"""The words that pick out a small part of the people or of the cases, in one place for the readers that take the
same ones (decision 0815): "some people notice A", "a few get A", "a small number of children have A" say the
reading holds for some, not for all.

Readers that take a wider set ("many", "most", "several", "certain") or a narrower one ("some", "a few") keep their
own words: a "many" or "most" is not a small part, and a reader without "a small number of" has not been measured
with it (decision 0815 lists them).
"""

from __future__ import annotations

#: A small part: "some", "a few", "a small number of" (an alternation; the caller writes the group and the boundary).
FEW = "some|a few|a small number of"
