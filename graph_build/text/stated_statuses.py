"""The status of a use said in a sentence of its own (decision 0891): "Fosinopril treats high blood pressure. ... It is
taken once a day for the long term", "It is a short-term treatment: one dose by mouth", "He takes it alongside his
inhalers, not instead of them". The golds write such a status on the use the text stated for the drug; the sentence
names no condition, so no cue rule reads it. The use is the drug's: the one the sentence before stated for it, else
the only one the text has stated for it so far (two or more, none: nothing).

Strict on purpose: the sentence opens with the drug (its name, or "It" / "This medicine" for the drug in focus) or with
a person who takes or uses "it"; it names no condition (the cue rules read a sentence that does); its words name a
status of use (`relate_cues._use_status`: long-term, short-term, add-on, a rank, a use after a failure) beside a word
of use ("taken", "treatment", "course"; "It attaches to the receptors, mainly on the vessels" is no status), not a
denied use; a negation is allowed only where the status is a rank or a failure ("It is not the first choice", "used when
the first tablets have not helped") or an add-on's "not instead of it".
"""

from __future__ import annotations

import re

from graph_build.text.person_uses import TAKES_IT
from graph_build.text.relate_cues import _use_status
from graph_build.text.subjects import PRONOUN, pronoun_referent
from graph_build.text.units import AGENT, COND, Discourse, Found, Unit

#: The sentence's opening: markup, a bullet, then the drug's pronoun.
OPENING_PRONOUN = re.compile(r"[\s*_#>-]*(it|this medicine|this drug)\b", re.I)
#: Before the drug's name opening the sentence: markup or a bullet only.
OPENING_NAME = re.compile(r"[\s*_#>-]*")
#: The statuses a sentence of its own may give (a denied use is the cue rules').
STATUSES = frozenset(
    {"LongTermUse", "ShortTermUse", "AdjunctUse", "NotFirstLine", "ReservedAfterFailure", "PrimaryUse", "SecondaryUse"}
)
#: A negation the statuses explain: a rank ("not the first choice") or a failure ("has not helped").
EXPLAINED = frozenset({"NotFirstLine", "ReservedAfterFailure"})
#: An add-on's own denial: "not instead of it", "not a replacement for them", "never on its own".
ADD_ON_DENIAL = re.compile(
    r"\b(not|never)\s+(instead\s+of|a\s+replacement\s+for|in\s+place\s+of|on\s+(its|their)\s+own|alone)\b", re.I
)
NEGATION = re.compile(r"\b(not|never|no)\b|n[\u2019']t\b", re.I)
#: A word of use: the sentence says how the drug is used, not what it does ("It attaches to the receptors, mainly on
#: the blood vessels" names no status of a use).
USE_WORD = re.compile(
    r"\b(treatments?|medicines?|medications?|therap(y|ies)|tablets?|capsules?|injections?|take|takes|taking|taken|"
    r"took|use|uses|using|used|given|prescribed|offered|tried|courses?|choices?|options?|add-on|adjunct|extra|line|"
    r"stay\s+on|stays\s+on|continued)\b",
    re.I,
)


def stated_statuses(unit: Unit, ctx: Discourse, found: list[Found]) -> list[Found]:
    """The drug's one stated use with the status its own sentence gives it.

    >>> ctx = Discourse(focus="x", treated={("x", "y")})
    >>> u = Unit("It is a long-term treatment.", [])
    >>> [(f.subject, f.object, f.qualifiers) for f in stated_statuses(u, ctx, [])]
    [('x', 'y', (('useStatus', ('LongTermUse',)),))]
    >>> stated_statuses(Unit("It is not a long-term treatment.", []), ctx, [])
    []
    >>> ctx = Discourse(focus="x", treated={("x", "y"), ("x", "z")})
    >>> stated_statuses(Unit("It is a long-term treatment.", []), ctx, [])
    []
    """
    text = unit.text
    if any(m[3] in COND for m in unit.mentions) or any(f.predicate == "treats" for f in found):
        return []
    low = text.lower()
    qualifiers = _use_status(low)
    statuses = set(qualifiers[0][1]) if qualifiers else set()
    if not statuses or not statuses <= STATUSES or not USE_WORD.search(text):
        return []
    if NEGATION.search(ADD_ON_DENIAL.sub(" ", text)) and not statuses & EXPLAINED:
        return []
    subject, resolved = _subject(unit, ctx)
    if subject is None:
        return []
    uses = sorted(c for s, c in ctx.treated if s == subject)
    if ctx.used_for and ctx.used_for[0] in uses:
        condition = ctx.used_for[0]
    elif len(uses) == 1:
        condition = uses[0]
    else:
        return []
    return [Found(subject, "treats", condition, "stated-status", False, "Asserted", qualifiers, resolved_from=resolved)]


def _subject(unit: Unit, ctx: Discourse) -> tuple[str | None, str]:
    """The drug the sentence opens with (by name, or by a pronoun for the drug in focus, or as what a person takes: "He
    takes it ..."), and the words it was resolved from."""
    text = unit.text
    agents = [m for m in unit.mentions if m[3] in AGENT]
    if agents and OPENING_NAME.fullmatch(text, 0, agents[0][0]) and agents[0][3] == "Drug":
        return agents[0][2], ""
    opening = OPENING_PRONOUN.match(text) or TAKES_IT.match(text)
    if opening is None or not ctx.focus:
        return None, ""
    pronoun = PRONOUN.search(text, 0, opening.end())
    who = pronoun_referent(unit, pronoun, {"Drug"}, ctx) if pronoun else None
    if who is None or not who.slug:
        return None, ""
    return who.slug, who.resolved_from
