"""The lay verbs of binding a target, one list for every regex that reads them (decision 1046).

"latches onto T", "sits on T", "sticks to T" (binding, the act unsaid) and "switches on T", "shuts down T", "plugs T"
(the act itself) were written out in five regexes, each with its own frame: the target-verb rule (rules.yaml),
`targets.TARGET_CUES` (what names a target), `bound_sites.OPENS` and `processes.PROSE_ACT` (a sentence opening with
the medicine's act), `processes.BINDS_ONLY` (a binding that says no act) and `sites.PROSE_PLACE` (the act that places
its receptor in an organ). A verb added to one was missed by the others. The verbs and their forms are now the
`words.lay_binding` and `words.lay_acting` lists of rules.yaml; each regex keeps its own frame and reads them here.

>>> import re
>>> bool(re.fullmatch(alternation(LAY_BINDING, spaced=True), "latches  on to", re.I))
True
>>> re.compile(alternation(LAY_ACTING, spaced=True)).groups
0
"""

from __future__ import annotations

import re

from graph_build.text.rules import shared_words

#: binds without saying the act ("latches onto", "sits on", "fits into", "sticks to")
LAY_BINDING: tuple[str, ...] = shared_words()["lay_binding"]
#: says the act on the target ("switches on", "switches off", "shuts down", "plugs", "jams")
LAY_ACTING: tuple[str, ...] = shared_words()["lay_acting"]

_GROUP = re.compile(r"(?<!\\)\((?!\?)")


def alternation(verbs: tuple[str, ...], *, spaced: bool = False) -> str:
    """The verbs as one regex alternation without capturing groups (a frame's own groups keep their numbers); with
    `spaced`, any white space between words (" " as `\\s+`, " ?" as `\\s*`), as the prose frames read them."""
    out = "|".join(_GROUP.sub("(?:", verb) for verb in verbs)
    return out.replace(" ?", r"\s*").replace(" ", r"\s+") if spaced else out
