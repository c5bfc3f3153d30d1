"""The form of a dose line that names no drug (decision 0750): "Take one 250 mg tablet once a week", "Usual dose:
125 mg tablet twice a day", "A single 30 mg tablet, swallowed with water", "The tablets are 15 mg", "Most people take
one tablet a day" - lines of a leaflet, a clinic letter or a fact card that say how much of the document's drug to
take. The unit of the dose is the drug's form, as a pronoun's half-life is the drug's (decision 0714): the form is
the document's drug's (its title's, `owners.titled`) while the passage is about it (the drug in focus is that drug).

A lone head after a dose in mg was left out of recognition (decision 0729: "one 135 mg tablet ... or a 200 mg
modified-release capsule" then lost the capsule the formulation rule read through "tablet" as its cue); the rule
reads its own patterns and names the bare head only here. Not read: a line naming any other drug or class ("one 500
mg paracetamol tablet", "glucose tablets"), a line with a denial ("do not take more than one 10 mg tablet"), a
"<drug> tablets" (decision 0742: grain and uses), a head with no count, strength or frequency beside it ("the tablets
can stick in the gullet").
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text import lowered
from graph_build.text.denial_words import denial_words
from graph_build.text.dosage_forms import HEADS
from graph_build.text.foods import SLUGS as FOOD_SLUGS
from graph_build.text.owners import titled
from graph_build.text.units import AGENT, Discourse, Found, Unit
from graph_build.text.vocabularies import slugify
from ontology.lexicon import Entity

#: The heads a dose is counted in (one tablet, two capsules): a solid unit taken whole.
COUNTED = ("tablets", "tablet", "capsules", "capsule", "caplets", "caplet", "lozenges", "lozenge")
_HEAD = r"(?P<head>" + "|".join(COUNTED) + r")\b"
_MARK = r"[*_]{0,2}"
#: A count of units: "one", "a single", "two", "1".
_COUNT = r"\b(?:one|two|a|a single|half a|1|2)"
#: A strength: "250 mg", "0.5 mg", "200 micrograms", "5 milligrams".
_STRENGTH = r"\d+(?:\.\d+)?\s?(?:mg|milligrams?|micrograms?|mcg)\b"
#: How often: "once a week", "twice a day", "three times daily", "once or twice a week", "each morning", "a day".
_FREQUENCY = (
    r"\b(?:(?:(?:once|twice|(?:one|two|three|four|\d) times?)(?:\s+or\s+(?:once|twice|(?:two|three|four|\d) times))?"
    r"\s+(?:a|per|each|every)\s+(?:day|week|night|month))|(?:once|twice|three times)\s+daily|a day|each "
    r"(?:morning|evening|night|day|week)|every (?:morning|evening|night|day|week|\d+ hours))\b"
)
#: The modifiers between a strength and the head ("one 18 mg film-coated tablet"): read as the mention there is.
_MODIFIERS = r"(?:[a-z]+(?:-[a-z]+)*\s+){0,2}"
#: The dose lines, each with the head as `head` (lower case; offsets into the unit's text).
DOSE_LINES: tuple[re.Pattern[str], ...] = (
    # "one 250 mg tablet", "A single **30 mg tablet**", "one 135 mg tablet three times a day"
    re.compile(_COUNT + r"\s+" + _MARK + _STRENGTH + r"\s+" + _MODIFIERS + _HEAD, re.I),
    # "125 mg tablet twice a day", "0.5 mg **tablets**, taken once or twice a week"
    re.compile(_STRENGTH + r"\s+" + _MARK + _MODIFIERS + _HEAD + _MARK + r"[^.;:]{0,30}?" + _FREQUENCY, re.I),
    # "take one tablet a day", "Take two capsules twice a day"
    re.compile(
        r"\b(?:take|takes|taking|taken|swallow|swallows)\s+" + _COUNT + r"\s+" + _HEAD + r"\s+" + _FREQUENCY, re.I
    ),
    # "The tablets are 15 mg", "The tablets are 5 milligrams"
    re.compile(r"\bthe\s+" + _MARK + _HEAD + _MARK + r"\s+(?:are|is|come in)\s+" + _MARK + _STRENGTH, re.I),
    # "The ordinary tablets are taken twice a day"
    re.compile(
        r"\bthe\s+" + _MODIFIERS + _MARK + _HEAD + _MARK + r"\s+(?:are|is)\s+(?:taken|swallowed|given)\s+" + _FREQUENCY,
        re.I,
    ),
)
#: A dose line whose subject is a pronoun: the form is the drug the pronoun stands for (the drug in focus), as a
#: pronoun's half-life is (decision 0714), whether or not the title names it.
PRONOUN_DOSE_LINE = re.compile(
    r"\b(?:it is|it's)\s+an?\s+" + _MODIFIERS + _MARK + _HEAD + _MARK + r"[^.;:]{0,40}?" + _FREQUENCY, re.I
)
#: A denial anywhere in the line: the dose is not stated as the drug's ("with or without food" denies nothing).
DENIED = re.compile(denial_words("(?<!with or )without", "cannot", "instead"), re.I)
ANCHOR = re.compile(r"tablet|capsule|caplet|lozenge", re.I)


def dose_forms(unit: Unit, ctx: Discourse) -> tuple[list[Found], dict[str, Entity]]:
    """dose-line: the form a dose line counts its dose in, of the document's drug; with the bare forms it names.

    >>> u = Unit("Take one 250 mg tablet once a week.", [])
    >>> found, minted = dose_forms(u, Discourse(focus="x", passage_focus="x", main="x", title="X leaflet"))
    >>> [(f.subject, f.predicate, f.object) for f in found], sorted(minted)
    ([('x', 'hasFormulation', 'tablet')], ['tablet'])
    """
    text = unit.text
    if not lowered.search(ANCHOR, text) or lowered.search(DENIED, text):  # (0756)
        return [], {}
    # (a letter or a newsletter whose title names no drug: its dose lines are the drug it names at least three times
    # and more than any other one drug (`Discourse.leading`), while that drug is in focus and the sentence before
    # named no other agent, "He takes one 100 mg tablet every morning"; or a sentence naming the text's drug and no
    # other agent, "the team added macitentan, a 10 mg tablet taken once a day": decision 1025)
    titled_owner = titled(ctx)
    owner = titled_owner or ctx.leading or ctx.main
    named = {m[2] for m in unit.mentions if m[3] in AGENT and m[2] not in FOOD_SLUGS}
    lines = [(owner, pattern) for pattern in DOSE_LINES if owner is not None and _owns(owner, named, titled_owner, ctx)]
    lines += [(ctx.focus, PRONOUN_DOSE_LINE)] if ctx.focus else []
    out: list[Found] = []
    minted: dict[str, Entity] = {}
    for owner, pattern in lines:
        # (a food in a dose line is when to take it, "with or without food", no other agent: decisions 0748, 0750)
        if any(m[3] in AGENT and m[2] != owner and m[2] not in FOOD_SLUGS for m in unit.mentions):
            continue
        for match in pattern.finditer(text):
            a, b = match.span("head")
            named = next((m for m in unit.mentions if m[3] == "Formulation" and m[0] <= a and b <= m[1] + 1), None)
            if named is not None:
                slug = named[2]
            else:
                label = HEADS[match.group("head").lower()]
                slug = slugify(label)
                minted[slug] = Entity(slug, label, "Formulation")
            if not any(f.object == slug and f.subject == owner for f in out):
                words = text[match.start() : match.end()]
                out.append(
                    Found(owner, "hasFormulation", slug, "dose-line", confidence=Decimal("0.5"), resolved_from=words)
                )
    return out, minted


def _owns(owner: str, named: set[str], titled_owner: str | None, ctx: Discourse) -> bool:
    """Whether a dose line naming the agents `named` is the document's drug `owner`'s: the passage is about the drug
    its title names (the drug in focus, decision 0750); about the drug a title-less text leads with, the sentence
    before naming no other agent; or the sentence names it and no other agent (decision 1025).

    >>> y = Discourse(focus="y")
    >>> _owns("x", set(), "x", Discourse(focus="x")), _owns("x", {"x"}, None, y), _owns("x", set(), "x", y)
    (True, True, False)
    >>> _owns("x", set(), None, Discourse(focus="x", leading="x", last_agents=frozenset({"x", "z"})))
    False
    """
    if named == {owner}:
        return True
    if ctx.focus not in (None, owner):
        return False
    return titled_owner == owner or (owner == ctx.leading and ctx.last_agents <= {owner})
