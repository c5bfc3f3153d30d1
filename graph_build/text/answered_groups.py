"""A question heading that asks who must not take a drug, answered by a sentence with no verb of its own that names
the groups ("Who must not take it?" / "Anyone allergic to it, and anyone with severe liver disease."): the groups
are the answer's list, as the bullets of the same heading are (contraindication-list, decision 0973)."""

from __future__ import annotations

import dataclasses
import re

from graph_build.text.owners import section
from graph_build.text.units import Discourse, Unit

#: The question a section asks: "who" and a prohibition of taking ("Who should not take it?", "WHO CAN'T HAVE IT?",
#: "Q8. Who must not have it?"), ending in a question mark (Markdown emphasis around it allowed) or, a heading being a
#: line of its own, in none ("WHO SHOULD NOT TAKE IT", "Who can't have it"; decision 1110).
WHO_MUST_NOT = re.compile(
    r"\bwho\s+((should|must|can)\s*not|shouldn['’]t|mustn['’]t|can['’]t|cannot)\s+(take|use|have|be\s+given)\b"
    r"[^?.!]*(\?[\W_]*)?$"
    # ("Who is it not for?", decision 1040)
    r"|\bwho\s+(is|are)\s+(it|they|this|these)\s+not\s+(meant\s+|intended\s+)?for\b[^?.!]*\?[\W_]*$",
    re.I,
)
#: An answer that opens with the group it names and goes on without a verb of its own: "Anyone allergic to X",
#: "People who are pregnant, and ...", "Nobody who has had an allergic reaction to it." (the group's own relative
#: clause is no verb of the answer's; a verb right after the group is: "People with Y should ask first" is left to
#: the sentence rules, and a modal anywhere is refused by the list reading itself).
GROUP_ANSWER = re.compile(
    r"[\W_]*(only\s+)?(anyone|anybody|people|patients|those|nobody|no one|no-one|women|men|children)\b"
    r"(?!\s+(can|may|might|could|should|must|will|would|need|needs|are|is|do|does|did|have|has|take|use|get)\b)",
    re.I,
)


#: A finite verb: the answer's own, unless a relative clause holds it ("anyone who is pregnant", "people whose blood
#: potassium is low", "an infection that is active now").
FINITE = re.compile(
    r"\b(am|are|is|was|were|will|would|gets?|got|needs?|should|must|can|could|may|might|has to|have to|do|does)\b"
    # (and its contracted negation: "Children under four shouldn't have the adult tablets")
    r"|\b(isn|aren|wasn|weren|won|wouldn|shouldn|mustn|can|couldn|don|doesn)['’]t\b",
    re.I,
)
#: Before a verb, within four words: the relative word that makes it a clause of the group's or of its condition's.
RELATIVE_BEFORE = re.compile(r"\b(who|whose|that|which|where|when|if)\b(\s+[\w'-]+){0,4}\s+$", re.I)


def _own_verb(text: str) -> bool:
    """Whether the answer has a finite verb of its own, outside the relative clauses of its groups ("People with Y
    are watched more closely").

    >>> _own_verb("People with severe liver problems are watched more closely."), _own_verb("Anyone who is pregnant.")
    (True, False)
    >>> _own_verb("Children under four shouldn't have the adult tablets."), _own_verb("Anyone who can't swallow.")
    (True, False)
    """
    return any(not RELATIVE_BEFORE.search(text, 0, m.start()) for m in FINITE.finditer(text))


def answered_group(unit: Unit, ctx: Discourse) -> bool:
    """Whether `unit` answers a "Who must not take it?" heading with the groups it names and no verb of its own: a
    sentence of a paragraph (no bullet, no lead line before it) in a section whose question asks who must not take
    the drug, opening with a group word.

    >>> ctx = Discourse(section="Who must not take it?", section_under="")
    >>> answered_group(Unit("Anyone allergic to it.", []), ctx)
    True
    >>> answered_group(Unit("People with asthma should ask first.", []), ctx)
    False
    >>> answered_group(Unit("Anyone allergic to it.", []), Discourse(section="Who can take it?", section_under=""))
    False
    >>> answered_group(Unit("Anyone allergic to it.", []), Discourse(section="WHO CAN'T HAVE IT", section_under=""))
    True
    """
    if unit.bullet or unit.item or ctx.lead:
        return False
    if not WHO_MUST_NOT.search(section(ctx, unit.heading)):
        return False
    return bool(GROUP_ANSWER.match(unit.text)) and not _own_verb(unit.text)


#: A sentence that asks the question itself and answers it after a colon, in one sentence: "Who can't have it: people
#: with active TB, and anyone allergic to it.", "Who can't take it, from the leaflet: anyone ...", "She went through a
#: list of people who must not take it: anyone who has had a clot ...". The "who" clause is the lead of a list of who
#: must not take the drug, as "Who must not take it?" is a heading's (decision 1067); only a prohibition of taking it
#: ("who can take it:" allows, and "those who cannot take metformin, ..." names a group with no colon after it), with
#: up to one word for the drug and a short aside before the colon ("..., he said:").
INLINE_LEAD = re.compile(
    r"\bwho\s+((should|must|can)\s*not|shouldn['’]t|mustn['’]t|can['’]t|cannot)\s+(take|use|have|be\s+given)"
    r"(\s+[\w'’-]+)?(,[^:.;!?]{0,40})?:[*_]*\s+",
    re.I,
)


#: The classes of a drug the question may name ("Who can't have palbociclib:").
DRUG_CLASSES = frozenset({"Drug", "DrugClass"})


def inline_answer(unit: Unit, owners: tuple[str | None, ...] = ()) -> tuple[Unit, str] | None:
    """The answer part of a sentence that asks "who must not take it" and answers after a colon, as a unit of its own
    (the question's words blanked, offsets kept, its mentions dropped) with the question as its lead; None when the
    sentence is not of that shape, its question names a drug other than `owners` (the drug in focus and the
    document's: "Who can't have warfarin:" in an article on another drug is warfarin's list, not its), its question
    says only "it" while the drug in focus is not the document's (a partner named in the sentence before, "rifampicin,
    if I ever needed it, ...", would take the list) and its answer does not name the document's drug (`owners` ends
    with it: "anyone allergic to leuprorelin" is the list's own), or its answer does not open with the group it names.

    >>> answer, lead = inline_answer(Unit("Who can't have it: anyone allergic to it.", []))
    >>> lead, answer.text.strip()
    ("Who can't have it:", 'anyone allergic to it.')
    >>> inline_answer(Unit("Who can take it: anyone over twelve.", [])) is None
    True
    >>> inline_answer(Unit("Who can't have it: the leaflet says pregnant women.", [])) is None
    True
    """
    m = INLINE_LEAD.search(unit.text)
    if m is None or not GROUP_ANSWER.match(unit.text, m.end()):
        return None
    if any(x[0] < m.end() and x[3] in DRUG_CLASSES and x[2] not in owners for x in unit.mentions):
        return None
    if (
        len(set(owners) - {None}) > 1
        and not any(x[0] < m.end() and x[3] in DRUG_CLASSES for x in unit.mentions)
        and not any(x[0] >= m.end() and x[2] == owners[-1] for x in unit.mentions)
    ):
        return None  # ("Who can't take it:" after a sentence on a partner: whose "it" is unsure, no claim)
    lead = unit.text[: m.end()].strip().strip("*_").strip()
    answer = dataclasses.replace(
        unit,
        text=" " * m.end() + unit.text[m.end() :],
        mentions=[x for x in unit.mentions if x[0] >= m.end()],
    )
    return answer, lead
