"""The drug's mechanism named as an act on its target: "It works by sodium channel blockade", "X works by xanthine
oxidase inhibition" (decision 0906).

A sentence whose subject is the document's medicine (by its name, or "It" opening the sentence) and whose verb is a
plain "works by" (no hedge, no denial, no degree word between) followed at once by a molecular target the text names
and the act's noun (*blockade*, *inhibition*, *antagonism*, *agonism*, *activation*, *stimulation*, *opening*) says
how the drug works: hasMechanismOfAction "<target> <act>", slugged as `processes.act_slug` names every act on a target
(a transporter's inhibition is its messenger's reuptake inhibition). Nothing else: "works by blocking T" is the
target verb's (rules.yaml `target-verb`), "thought to work by" and "does not work by" are not this plain assertion,
and a target with no act noun after it ("works by sodium channels") names no act.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph_build.text.processes import PROCESS_CLASS, act_slug
from graph_build.text.units import Found
from ontology.lexicon import Entity

#: The subject right before "works by": "It", or a name (checked against the medicine's mention); nothing between the
#: subject and the verb. The subject opens its sentence (`_opens`).
WORKS_BY = re.compile(r"\b(?P<subject>it|[a-z][\w-]*)\s+works\s+by\s+(?:the\s+)?", re.I)
#: The act's noun right after the target, as the curated sets name a drug's act on a target.
ACT_NOUN = re.compile(
    r"[*_]*\s+(?P<act>blockade|inhibition|antagonism|partial\s+agonism|agonism|activation|stimulation|opening)\b",
    re.I,
)


def named_acts(
    text: str, mentions: Iterable, classes: dict[str, str], labels: dict[str, str], main: str
) -> tuple[list[tuple[tuple[int, int], Found]], dict[str, Entity]]:
    """hasMechanismOfAction "<target>-<act>" for `main` where a sentence says it works by its act on a target named
    (see the module), rule `works-by-act`; and the acts as new process entities. `mentions` have start, end, slug.

    >>> from collections import namedtuple
    >>> M, c = namedtuple("M", "start end slug"), {"sodium-channel": "MolecularTarget", "tetracaine": "Drug"}
    >>> t = "Tetracaine numbs the skin. It works by sodium channel blockade."
    >>> out, new = named_acts(t, [M(0, 10, "tetracaine"), M(39, 53, "sodium-channel")], c, {}, "tetracaine")
    >>> [(f.subject, f.predicate, f.object, f.rule) for _, f in out], new["sodium-channel-blockade"].label
    ([('tetracaine', 'hasMechanismOfAction', 'sodium-channel-blockade', 'works-by-act')], 'sodium channel blockade')
    >>> t = "Tetracaine numbs the skin. It probably works by sodium channel blockade."
    >>> named_acts(t, [M(0, 10, "tetracaine"), M(48, 62, "sodium-channel")], c, {}, "tetracaine")
    ([], {})
    """
    mentions = sorted(mentions, key=lambda m: m.start)
    out, new = [], {}
    for m in WORKS_BY.finditer(text):
        if not _opens(text, m.start("subject")):
            continue
        if m.group("subject").lower() == "it":
            # ("It": the medicine when the last medicine named before it is the medicine)
            named = [x.slug for x in mentions if x.start < m.start() and classes.get(x.slug) == "Drug"]
            if named and named[-1] != main:
                continue
        elif not any(x.start == m.start("subject") and x.slug == main for x in mentions):
            continue
        target = next((x for x in mentions if x.start == m.end()), None)
        if target is None or classes.get(target.slug) != "MolecularTarget":
            continue
        act = ACT_NOUN.match(text, target.end)
        if act is None:
            continue
        name = " ".join(act.group("act").lower().split())
        slug = act_slug(target.slug, name.replace(" ", "-"))
        if slug not in classes:
            new[slug] = Entity(slug, f"{labels.get(target.slug, target.slug.replace('-', ' '))} {name}", PROCESS_CLASS)
        end = text.find(".", act.end())
        span = (m.start("subject"), act.end() if end < 0 else end + 1)
        out.append((span, Found(main, "hasMechanismOfAction", slug, "works-by-act")))
    return out, new


def _opens(text: str, start: int) -> bool:
    """Whether `start` opens its sentence: the text's start, or a sentence's or a question's end, a colon or a line
    break before it (past spaces and Markdown emphasis or heading marks): "**How does it work?** It works by"."""
    before = text[:start].rstrip(" \t*_#>")
    return not before or before[-1] in ".?!:\n"
