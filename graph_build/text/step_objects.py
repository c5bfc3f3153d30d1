"""What a cue of raising, lowering or causing does not act on, though a mention stands after it (decision 0892).

A mechanism step or a cause is read as "subject cue objects" (rules.yaml: increases-cue, decreases-cue, causes-cue).
Lay English puts mentions after such a cue that are not what it raises, lowers or brings about:

- a quality given to the mention by a verb of making: "the spasm that makes uveitis so painful" makes the pain of
  uveitis worse, it does not bring uveitis on (`quality-is-no-object`);
- a chemical, a protein or an ion a verb of making names: "COX-2 makes prostaglandins", "Leukaemia cells make too
  much of a protein called BCL-2" say what is produced (an amount step is made-more's, with "more"), not a cause
  (`made-chemical-is-no-cause`);
- a mention that only modifies another noun: the first word of a hyphenated compound ("the number of
  infection-fighting white cells": the cells are lowered, not the infections) or what a defence is against ("the
  body's defences against infection": the defence is lowered, which raises the infections) (`modifier-is-no-object`);
- the subject of a clause of its own, its intransitive verb of change right after it ("Wider vessels mean lower
  blood pressure, and the pounding headaches ease": the headaches ease in a clause of their own, no object of
  "lower") (`own-verb-is-no-object`);
- the object of another verb coordinated after the cue ("it can speed up the heart and lower blood pressure": the
  pressure is lowered, not sped up), and a disease a verb of slowing names ("does not slow down Huntington's disease":
  its course, the golds' progression) (both `own-verb-is-no-object`);
- a change that another medicine makes on top of the document's ("Liquorice can lower potassium further", "Sildenafil
  may lower the blood pressure further when taken with it", "Water tablets, taken with it, may lower potassium"): the
  combination's effect, an interaction, not a step of the partner's; and the purpose of a use ("It is not used to
  lower blood pressure": the (denied) use for hypertension, no denied step) (`partner-change-is-an-interaction`);
- a hedged slowing or speeding up ("Rarely, it may slow the breathing"): a side effect in the golds (respiratory
  depression, bradycardia), no step (`hedged-pace-is-an-effect`).
"""

from __future__ import annotations

import re

#: The cue is a verb of making ("make", "makes", "made", "making").
MAKE_CUE = re.compile(r"ma(ke|kes|de|king)\b", re.I)
#: Right after the object of a verb of making: a degree word and an adjective, the quality the object is given ("makes
#: uveitis so painful", "made the itch too hard to bear").
QUALITY_AFTER = re.compile(r"[*_]{0,2}\s+(so|too)\s+[a-z]", re.I)
#: Classes of what a verb of making produces rather than brings about.
PRODUCED = frozenset({"EndogenousChemical", "MolecularTarget", "Ion"})
#: Right after a mention: a hyphen and a participle or a word of relation that makes it the first word of a compound
#: modifier ("infection-fighting cells", "stress-induced", "pain-related", "acid-producing").
COMPOUND_AFTER = re.compile(r"-(?:[a-z]+(?:ing|ed)|related|free|prone|like|based)\b", re.I)
#: Right before a mention: the defence or resistance it is against ("defences against infection", "resistance to
#: infections", "the ability to fight infection").
DEFENCE_BEFORE = re.compile(
    r"\b(defen[cs]es?|protection|resistance|immunity|(ability|power) to fight( off)?)\s+(against|to)?\s*"
    r"((the|an?|your|their)\s+)?$",
    re.I,
)
DEFENCE_WORDS = re.compile(r"\b(defen[cs]|protection|resistance|immunity|fight)", re.I)
#: Right after a mention: an intransitive verb of change of its own clause ("the headaches ease", "the pain settles").
OWN_VERB_AFTER = re.compile(
    r"[*_]{0,2}\s+((then|often|usually|soon|gradually|slowly|also|quickly)\s+)?"
    r"(ease[sd]?|settle[sd]?|fade[sd]?|improve[sd]?|lift(s|ed)?|subside[sd]?|disappear(s|ed)?|clear(s|ed)? up|"
    r"go(es)? (down|away)|come(s)? down|calm(s|ed)? down|die(s|d)? down|fall(s)?|drop(s|ped)?|rise(s)?|"
    r"go(es)? up|get(s)? (better|worse))\b",
    re.I,
)
#: A change made on top of another ("lower potassium further", "raise the pressure further").
FURTHER_AFTER = re.compile(r"[*_]{0,2}\s+(even\s+|still\s+)?further\b", re.I)
#: The clause says the change comes with the drug taken together ("when taken with it", ", taken with it,", "with this
#: medicine").
TAKEN_WITH = re.compile(
    r"\b(taken|used|given|combined|mixed)\s+(together\s+)?with\s+(it|this|them|the\s+(tablets?|medicine|drug))\b|"
    r"\btogether\s+with\s+(it|this)\b"
    # ("Diltiazem can slow the heart too much when taken alongside X", "... when combined with X", "Beta-blockers can
    # slow the heart too much alongside it", "X and Y together can slow the heart": the pair's change; decision 0974)
    r"|\b(taken|used|given|combined)\s+(together\s+)?(with|alongside)\s+(?!food\b|meals?\b|water\b)[\w-]+"
    r"|\balongside\s+(it|this|them)\b|\b[\w-]+\s+and\s+[\w-]+\s+together\b",
    re.I,
)


def quality_given(text: str, cue: re.Match, obj: tuple) -> bool:
    """Whether `obj` is the object of a verb of making that gives it a quality ("makes uveitis so painful").

    >>> t = "The spasm makes uveitis so painful."
    >>> quality_given(t, re.search("makes", t), (16, 23, "uveitis", "Disease"))
    True
    >>> t = "The spasm makes you so tired."
    >>> quality_given(t, re.search("makes", t), (23, 28, "fatigue", "Symptom"))
    False
    """
    return bool(MAKE_CUE.match(cue.group(0)) and QUALITY_AFTER.match(text, obj[1]))


def made_chemical(cue: re.Match, obj: tuple) -> bool:
    """Whether `obj` is a chemical, protein or ion a verb of making produces ("COX-2 makes prostaglandins").

    >>> t = "An enzyme called COX-2 makes prostaglandins."
    >>> made_chemical(re.search("makes", t), (29, 43, "prostaglandin", "EndogenousChemical"))
    True
    >>> made_chemical(re.search("causes", "It causes gout."), (10, 14, "gout", "Disease"))
    False
    """
    return bool(MAKE_CUE.match(cue.group(0))) and obj[3] in PRODUCED


def modifier_only(text: str, obj: tuple) -> bool:
    """Whether `obj` only modifies another noun: the first word of a hyphenated compound, or what a defence is
    against.

    >>> t = "It lowers the number of infection-fighting white cells."
    >>> modifier_only(t, (24, 33, "infections", "Disease"))
    True
    >>> t = "It does not lower the body's defences against infection."
    >>> modifier_only(t, (46, 55, "infections", "Disease"))
    True
    >>> modifier_only("It lowers the risk of infection.", (22, 31, "infections", "Disease"))
    False
    """
    if COMPOUND_AFTER.match(text, obj[1]):
        return True
    return bool(DEFENCE_WORDS.search(text, max(0, obj[0] - 40), obj[0])) and bool(
        DEFENCE_BEFORE.search(text, max(0, obj[0] - 40), obj[0])
    )


#: Between the cue (or the object before) and a later object: a coordination ("..., and the headaches ease").
AND_BETWEEN = re.compile(r"\band\b", re.I)


def own_clause_subject(text: str, obj: tuple, after: int) -> bool:
    """Whether `obj`, coordinated after the cue or an object before it (from offset `after`), is the subject of an
    intransitive verb of change right after it ("..., and the headaches ease").

    >>> t = "Wider vessels mean lower blood pressure, and the pounding headaches ease."
    >>> own_clause_subject(t, (58, 67, "headache", "Symptom"), 39)
    True
    >>> own_clause_subject("It makes the pain ease.", (13, 17, "pain", "Symptom"), 8)
    False
    """
    return bool(AND_BETWEEN.search(text, after, obj[0])) and bool(OWN_VERB_AFTER.match(text, obj[1]))


#: Between the cue (or an object before) and a later object: "and" and another verb of change or cause whose object it
#: is ("speed up the heart and lower blood pressure": the pressure is lowered, not sped up).
OTHER_VERB_BEFORE = re.compile(
    r"\band\s+((also|then|can|may|might|could|will|would)\s+)*(lower|reduc|decreas|rais|increas|boost|slow|speed|cut|"
    r"eas|reliev|caus|trigger|widen|narrow|relax)\w*(\s+up|\s+down)?\s+((the|your|their|its)\s+)?$",
    re.I,
)
#: The cue is a verb of slowing: what it slows is a process or a quantity ("slows the heart rate"); a disease slowed
#: is its course ("does not slow down Huntington's disease": the golds' disease progression), no step here.
SLOW_CUE = re.compile(r"\bslow", re.I)
CONDITIONS = frozenset({"Disease", "Symptom", "DiseaseOrCondition"})


def other_verb_object(text: str, obj: tuple, after: int) -> bool:
    """Whether `obj` is the object of another verb coordinated after the cue ("speed up the heart and lower blood
    pressure").

    >>> t = "It can speed up the heart and lower blood pressure."
    >>> other_verb_object(t, (36, 50, "blood-pressure", "BiologicalProcess"), 25)
    True
    """
    return bool(OTHER_VERB_BEFORE.search(text, after, obj[0]))


def slowed_condition(cue: re.Match, obj: tuple) -> bool:
    """Whether `obj` is a condition a verb of slowing names (its course, no step).

    >>> slowed_condition(re.search("slow", "It does not slow down the MS."), (26, 28, "multiple-sclerosis", "Disease"))
    True
    """
    return bool(SLOW_CUE.search(cue.group(0))) and obj[3] in CONDITIONS


#: Right before the cue: the purpose a medicine is used for ("It is (not) used to lower blood pressure").
USED_TO_BEFORE = re.compile(r"\b(used|given|prescribed|licensed|taken)\s+((mainly|only|mostly)\s+)?to\s+$", re.I)
#: The quantities whose lowering is a use: the disorder of their excess is what the medicine treats (the golds write
#: "treats hypertension" for "used to lower blood pressure", decision 0685's processes.QUANTITY_DISORDERS).
USE_QUANTITIES = frozenset({"blood-pressure"})


def use_purpose(text: str, cue_start: int, obj: tuple) -> bool:
    """Whether the cue states the purpose a medicine is used for and its object is a quantity whose disorder is that
    use ("It is not used to lower blood pressure": a denied use, no denied step).

    >>> use_purpose("It is not used to lower blood pressure.", 18, (24, 38, "blood-pressure", "BiologicalProcess"))
    True
    """
    return obj[2] in USE_QUANTITIES and bool(USED_TO_BEFORE.search(text, max(0, cue_start - 40), cue_start))


#: The cue is a verb of slowing or speeding up.
PACE_CUE = re.compile(r"\b(slow|speed)", re.I)


def hedged_pace(cue: re.Match, certainty: str) -> bool:
    """Whether a verb of slowing or speeding up is hedged ("Rarely, it may slow the breathing"): a rate that may change
    is a side effect (the golds' respiratory depression, bradycardia), no step of the mechanism.

    >>> hedged_pace(re.search("can slow", "Rarely, it can slow the heart."), "Occasional")
    True
    >>> hedged_pace(re.search("slow", "It slows the heart."), "Asserted")
    False
    """
    return bool(PACE_CUE.search(cue.group(0))) and certainty != "Asserted"


def partner_change(
    text: str, cue_end: int, objects: list, subject: str, main: str | None, cue_start: int | None = None
) -> bool:
    """Whether the change at a cue is another medicine's (the caller says the subject is an agent) on top of the
    document's: the subject is not the document's medicine (`main`, known), and the change goes "further" right after
    the cue or an object, or the sentence says the two are taken together; or the subject is the document's medicine
    and the cue's clause names it taken with another (`main_with_partner`, given `cue_start`; decision 0987).

    >>> t = "Liquorice can lower potassium further, so keep it to a minimum."
    >>> partner_change(t, 19, [(20, 29, "potassium", "Ion")], "licorice", "bumetanide")
    True
    >>> partner_change(t, 19, [(20, 29, "potassium", "Ion")], "bumetanide", "bumetanide")
    False
    >>> t = "Water tablets, taken with it, may lower potassium."
    >>> partner_change(t, 39, [(40, 49, "potassium", "Ion")], "diuretic", "terbutaline")
    True
    >>> t = "Diltiazem can slow the heart too much when it is taken alongside betaxolol."
    >>> partner_change(t, 19, [(24, 29, "heart-rate", "Process")], "diltiazem", "betaxolol")
    True
    >>> t = "Verapamil and oxprenolol together can slow the heart dangerously."
    >>> partner_change(t, 42, [(47, 52, "heart-rate", "Process")], "oxprenolol", "oxprenolol", 38)
    True
    """
    if main is None:
        return False
    if subject == main:
        return cue_start is not None and main_with_partner(text, cue_start, cue_end)
    if any(FURTHER_AFTER.match(text, o[1]) for o in objects) or FURTHER_AFTER.match(text, cue_end):
        return True
    return bool(TAKEN_WITH.search(text))


#: The document's own medicine named with a partner in the cue's clause: "taken / taking / used / given / combined
#: (together) with / alongside B" (not it, this, them, food, a meal or water), "A and B together" (decision 0987).
WITH_PARTNER = re.compile(
    r"\b(taken|taking|used|using|given|combined)\s+(together\s+)?(with|alongside)\s+"
    r"(?!(it|this|that|them|food|meals?|water|milk)\b)[\w-]+|\b[\w-]+\s+and\s+[\w-]+\s+together\b",
    re.I,
)
#: What ends the cue's clause for WITH_PARTNER: a semicolon or a colon (";  at big doses X lowers Y on its own").
CLAUSE_BREAK = re.compile(r"[;:]")


def main_with_partner(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether the clause of a cue whose subject is the document's own medicine names it taken with another
    ("Verapamil and oxprenolol together can slow the heart", "taken with pindolol it can slow the heart"): the pair's
    change, an interaction, no step of either (decision 0987).

    >>> t = "Verapamil and oxprenolol together can slow the heart dangerously."
    >>> main_with_partner(t, 38, 42)
    True
    >>> t = "Taken with theophylline, it can drag potassium too low; at big doses it lowers potassium on its own."
    >>> main_with_partner(t, t.index("lowers"), t.index("lowers") + 6)
    False
    >>> main_with_partner("Taken with food, it lowers blood sugar.", 20, 26)
    False
    """
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, cue_start)]
    after = CLAUSE_BREAK.search(text, cue_end)
    return bool(WITH_PARTNER.search(text, before[-1] if before else 0, after.start() if after else len(text)))
