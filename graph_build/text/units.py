"""What relating works on: a unit of text with its mentions, the discourse so far, and a claim found in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from graph_build.text.negation import Status

AGENT = frozenset({"Drug", "DrugClass", "Substance", "NonDrugTherapy", "Intervention"})
DRUG = frozenset({"Drug", "DrugClass"})
#: What a drug can interact with: other chemicals, not therapies ("combined with physiotherapy" is a regimen).
CHEMICAL = frozenset({"Drug", "DrugClass", "Substance"})
COND = frozenset({"Disease", "Symptom", "DiseaseOrCondition"})
#: What may have a phenotype: a disease, not a symptom ("tremors accompanied by ataxia" is co-occurrence).
DISEASE = frozenset({"Disease"})
PROCESS = frozenset({"BiologicalProcess", "PharmacologicalEffect", "MolecularTarget", "EndogenousChemical", "Ion"})


@dataclass(frozen=True)
class Found:
    """A claim found in one unit of text, before evidence is attached."""

    subject: str
    predicate: str
    object: str
    rule: str
    negated: bool = False
    certainty: str = "Asserted"
    qualifiers: tuple[tuple[str, tuple], ...] = ()
    confidence: Decimal = Decimal("0.8")
    #: The words of the unit that named the subject only by reference ("it", "the drug"), when it was resolved.
    resolved_from: str = ""
    #: The drug whose act this is when the subject is its active form ("carbimazole is converted to methimazole. This
    #: blocks T": methimazole binds T, carbimazole works by T's inhibition; decision 0671).
    acts_for: str = ""
    #: Whether a careful reader is sure whose the resolved subject is (owner_certainty.py): an unsure owner counts one
    #: doubt more (decision 1057).
    owner_sure: bool = True


def no_interaction(drug: str, partner: str, resolved_from: str = "") -> Found:
    """The denied interaction of `drug` with `partner` that the readings of a stated compatibility write ("A can be
    taken with B", "A and B are fine", "there is no interaction between A and B", "food makes no difference"): rule
    "no-interaction", negated, confidence 0.5 (relate_interactions, foods).

    >>> f = no_interaction("warfarin", "paracetamol")
    >>> (f.subject, f.predicate, f.object, f.rule, f.negated, f.confidence)
    ('warfarin', 'interactsWith', 'paracetamol', 'no-interaction', True, Decimal('0.5'))
    """
    return Found(
        drug, "interactsWith", partner, "no-interaction", True, confidence=Decimal("0.5"), resolved_from=resolved_from
    )


@dataclass
class Unit:
    """A sentence (or a table cell) with its mentions at offsets relative to its text."""

    text: str
    mentions: list[tuple[int, int, str, str]]  # start, end, slug, class
    subject: str | None = None  # given by a table column
    heading: str = ""
    bullet: bool = False
    item: bool = False  # on a line opened by a bullet or a number ("2. Binding to T reduces Y.")
    numbered: bool = False  # the first sentence after a line's number ("1. Dizziness, at first."; decision 0848)
    alone: bool = False  # the sentence is a line of its own ("What are the side effects?" as a heading; 0689)
    statuses: dict[int, Status] = field(default_factory=dict)
    #: the opening of the text after the sentence (a correction of a belief there denies it: decision 0979)
    following: str = ""
    #: The classes of the document's entities, when known: candidate claims that cannot fit their predicate's
    #: domain and range are then dropped before ConText is asked about them (`keep` would drop them anyway).
    classes: dict[str, str] | None = None


@dataclass
class Discourse:
    """What the document is about so far: the drug in focus and the class last named."""

    focus: str | None = None
    #: the drug in focus as the sentences left it, headings aside: a heading naming no drug gives "It" back to the
    #: document's drug (decision 0744), but a side-effect section after a passage that turned to another drug still
    #: has no owner (decision 0681)
    passage_focus: str | None = None
    last_class: str | None = None
    main: str | None = None
    #: the document's drug was chosen of drugs named equally often by naming it first only (a guess: decision 1032)
    main_tied: bool = False
    outcome: str | None = None  # the last process or effect the previous sentence named ("this X" refers to it)
    outcome_lowered: bool = False  # the previous sentence lowered that outcome ("X reduces Y. Less Z is made": 0670)
    outcome_target: bool = False  # that outcome is a target (a channel, a receptor) the sentence named (0676)
    outcome_moved: bool = False  # the previous sentence raised, lowered or caused that outcome (its direction: 0736)
    title: str = ""  # the document's first line: a title naming its drug shows whose effects a section lists
    # the document's drug when its title names no drug but its text names it at least three times, more than all
    # other drugs together (a letter or a magazine page headed by its sender's name; decision 0681)
    dominant: str | None = None
    #: the document's drug when its title names no drug but its text names it at least three times, more than any
    #: other one drug (not all together: an article comparing it with its kin); owns a side-effect section only when
    #: the sentences before the heading left it in focus (decision 0848)
    leading: str | None = None
    #: the document's drug when its title names no drug but its text names it at least twice and more often than any
    #: other one drug, with no tie to break: a letter names its medicine twice and says "it" the rest, so a denial or a
    #: class whose "it" went to a partner is this drug's (referred_owners.owned, decision 1122)
    ahead: str | None = None
    effects_of: str | None = None  # the drug whose adverse effects the previous sentence named ("These include Y")
    #: the drug whose side effects the paragraph is about since a sentence made them its topic ("The side effects I was
    #: warned about:", "Side effects are usually mild."), to the paragraph's end (effect_passages.py, decision 0890)
    effects_passage: str | None = None
    #: that topic is a line of its own ("WHAT SIDE EFFECTS MIGHT I GET?", "The side effects I was warned about:") with
    #: no sentence after it yet: the passage runs over the blank line after it
    effects_passage_lead: bool = False
    #: the agents the last unit named (effect_passages.py: "Antipsychotics cause side effects of movement. These are
    #: called extrapyramidal side effects." - the second sentence's topic is the class's effects, not the document's)
    last_agents: frozenset[str] = frozenset()
    #: the drug the previous sentence's asserted interactions were about ("A raises X levels. B does the same": 0829)
    interacted: str | None = None
    #: the one condition the previous sentence's asserted uses named, with that sentence's heading ("It is used for Y.
    #: Most people start on Z": decision 0841)
    used_for: tuple[str, str] | None = None
    #: the (drug, condition) of every asserted use read so far in the document: a sentence that lists effects without
    #: naming their drug never gives the drug its own use as a side effect ("X ... for migraine. ... Migraine is
    #: common.": decision 0876)
    treated: set[tuple[str, str]] = field(default_factory=set)
    condition: str | None = None  # the condition the last sentences are about ("Common symptoms are Y")
    #: the illness the last running sentence opened with ("Acne starts when ..."), that sentence's heading and text,
    #: kept over list items until a unit names an agent: a list under a later heading of what to look out for ("What
    #: you may see:"), or under that sentence as its lead ("Acne can show up as:"), is the illness's signs (0804)
    prose_condition: tuple[str, str, str] | None = None
    #: the condition the previous sentence is about when it opens with it and names no agent ("Y affects the ear."):
    #: the next sentence's "It causes Z" is the condition's course, not a drug's doing (decision 0684)
    said_of: str | None = None
    symptoms_of: str | None = None  # the condition a lead of symptoms is about ("Its typical symptoms are:", 0677)
    #: the one condition the last sentence naming anything named, when it named no agent ("You were admitted with Y.
    #: This happens when ... Signs to know:": the lead's condition; decision 0695)
    last_condition: str | None = None
    #: the illness a heading asks about ("## What is angina?"), for the signs its section's sentences name without
    #: naming it ("Many get breathless on effort"); a heading or a sentence opening with an agent ends it (0749)
    passage_condition: str | None = None
    #: the illness a story's person was said to have ("Margaret has Y"), for "It is a long-term treatment for her
    #: condition" later (person_uses.py, decision 0875)
    person_condition: str | None = None
    #: the (drug, condition, offset) of every use the last related sentence denied: "For that, a reliever inhaler is
    #: needed" next names what treats it (alternative_uses.py, decision 0891)
    denied_uses: tuple[tuple[str, str, int], ...] = ()
    #: under a heading that asks what something other than a drug is ("What is giardia?", recognised or not), until a
    #: heading or a sentence opening with an agent: its opening "It causes A" is that thing's, no drug's (0781)
    asked_about: bool = False
    #: the one illness (a Disease) such a heading names ("What is giardia?"), while `asked_about` holds: the "It" of
    #: its section's "It causes A and B" after sentences that opened otherwise ("People catch it from water. It
    #: causes A"; decision 0805)
    asked_condition: str | None = None
    #: the illness (a Disease) a sentence opened with when it named no agent ("A duodenal ulcer causes a burning
    #: pain."), kept over sentences that name no other illness and no agent, for "Some people also feel A" after it
    #: outside a heading about the illness (decision 0768)
    sentence_condition: str | None = None
    #: the illness a sentence of this passage said a story's person has ("Derek has Y."), with the heading it was said
    #: under, until a unit names an agent: what "Its symptoms are A" after it is about (story_illness.py, 0889)
    story_illness: tuple[str, str] | None = None
    #: the one illness (a Disease, not a symptom) the last sentence named as a drug's adverse effect: "If you develop A
    #: or B, stop the tablets" in the next sentence lists its warning signs (decision 0695)
    warned_of: str | None = None
    section: str = ""  # a question heading ("Who should not take X?") and the heading it came under
    section_under: str = ""
    section_marked: bool = False  # the question heading is a marked heading line ("### Any side effects?")
    lead: str = ""  # the last sentence when it ends with ":" and bullets follow ("... unsuitable for people with:")
    lead_agents: bool = False  # that lead names a drug or a drug class (decision 0848: a lead naming none is the
    # document's drug's: "The most common side effects are:")
    #: the illness the running sentence right before a lead of what one sees opened with and no agent named ("Y
    #: affects how a person moves. At work you may see:"): the list is its signs (decision 0839)
    lead_illness: str | None = None
    last_sentence: str = ""  # the last running sentence (not a list item), for lead_after
    list_certainty: str = ""  # a hedged lead's certainty over the list items after it ("the steps are thought to be:")
    #: (active form, the drug converted to it) when the previous sentence says so ("This binds T" is the form's act)
    active_form: tuple[str, str] | None = None
    #: per kind of condition ("allergy", "infection", "condition"), the one condition the text has named as of that
    #: kind, "" once two are: "the allergy" names it (kind_referents.py, decision 0874)
    kinds: dict[str, str] = field(default_factory=dict)
    #: the classes the text has said the document's drug belongs to ("X is a dopamine agonist"; decision 0680)
    main_classes: set[str] = field(default_factory=set)
    #: the last two drugs the text has had in focus, the earlier first: "either drug", "both medicines" refer to them
    #: (decision 0761)
    paired: tuple[str, ...] = ()
