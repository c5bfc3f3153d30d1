"""The doubts a reader would have about a claim read from a sentence (docs/decisions/0603, 0605, 0620): each one
moves the claim to a less sure cell of the confidence table (graph_build/text/confidence.py). Pure functions of the
sentence and its mentions, each mention as (start, end, slug, class).

Each of these counts one doubt: negated; hedged; two or more drugs in the sentence; subject and object apart; an end
vaguer than the sentence names (`coarse`, `combined`, `reaction_to_itself`, `sign_of_another`, `members_named`); a
possible misreading (`misread`); and, since decision 0857, an object that is a condition named in words another writer
would name otherwise (`lay_named`: a symptom as a part of the body with a finding, "ankle swelling", or words that are
not the vocabulary's own name, "poor appetite" read as anorexia). The confidence module adds a resolved subject and a
long sentence (`doubt_count`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from graph_build.text import lowered
from graph_build.text.consequences import in_consequence
from graph_build.text.units import DRUG
from graph_build.text.vocabularies import CATEGORY_HEADING
from graph_build.text.wordforms import british

#: A sentence of more than LONG words is "long" (on the calibration sets, 45 % of the claims from sentences of 21 to
#: 40 words were wrong, 18 % of the shorter ones'; docs/decisions/0605).
LONG = 20

#: Between a claim's subject and object: a clause break, so the two may belong to different clauses.
APART = re.compile(
    r";|,\s*(and|but|while|whereas|which|although|however)\b|\b(but|whereas|while|although|unlike)\b", re.I
)
#: Before a mention, words that make it the whole of which a part is meant ("the beta subunit of <channels>").
PART_OF = re.compile(r"\b(subunits?|subtypes?|isoforms?|isozymes?|domains?|regions?)\s+of\s+(the\s+)?$", re.I)
#: Right before a mention, a qualifier written as a code ("alpha-2", "type 2", "5-HT"), or a word the mention's
#: first word is hyphenated to: a narrower kind is meant.
CODE_BEFORE = re.compile(
    r"(\b(alpha|beta|gamma|delta|kappa|mu)(-?\d+\w*)?|\b(type|class|grade|stage) ?[0-9IV]+|\b[a-z]*\d[\w-]*|\w-)\s?$",
    re.I,
)
#: Words a vocabulary name may carry before the entity's own name without naming a narrower kind: severity and
#: course ("severe", "chronic", "episodic"), not kind ("focal", "absence").
GENERIC = frozenset(
    [
        "a",
        "an",
        "the",
        "any",
        "some",
        "mild",
        "moderate",
        "severe",
        "serious",
        "slight",
        "bad",
        "common",
        "rare",
        "new",
        "more",
        "extreme",
        "sudden",
        "general",
        "acute",
        "chronic",
        "episodic",
        "recurrent",
        "persistent",
        "long",
        "lasting",
        "short",
        "term",
        "occasional",
        "frequent",
        "benign",
    ]
)
#: Text that is an abbreviation: a bracketed abbreviation glosses nothing ("gamma-aminobutyric acid (GABA)").
ABBREVIATION = re.compile(r"^[A-Z0-9][A-Za-z0-9-]{0,6}$")


#: Before an object, a history ("who have had"), and after it the drug itself ("with it", "to the medicine"): the
#: object names a past reaction to the drug, whose claim is about that reaction's kind (a drug allergy), not it.
HISTORY = re.compile(r"\b(had|history of|experienced)\b[^.;:()]*$", re.I)
TO_ITSELF = re.compile(r"[^.;:()]{0,40}?\b(to|with)\s+(it|them|this medicine|this drug|the medicine|the drug)\b", re.I)


#: Between a condition and a mention: ", with" and a list, whose items are that condition's signs ("meningitis, with
#: fever").
SIGNS = re.compile(r"\s*,\s+with\s+[^.;:()]*", re.I)


def sign_of_another(text: str, mention: tuple, mentions: Iterable[tuple]) -> bool:
    """Whether `mention` is in a ", with ..." list right after another entity that is no drug: a sign of that
    condition ("it can cause meningitis, with fever and a stiff neck"), not a claim's object of its own.

    >>> m = [(13, 23, "meningitis", "Disease"), (30, 35, "fever", "Symptom")]
    >>> sign_of_another("It can cause meningitis, with fever.", m[1], m), sign_of_another("It eases fever.", m[1], [])
    (True, False)
    """
    start = mention[0]
    conditions = [m for m in mentions if m[1] <= start and m[2] != mention[2] and m[3] not in DRUG]
    return any(SIGNS.fullmatch(text, other[1], start) for other in conditions)


def reaction_to_itself(text: str, mention: tuple[int, int, str, str], subject: Iterable[tuple]) -> bool:
    """Whether `mention` names a past reaction to the subject drug itself ("people who have had a rash with it").

    >>> reaction_to_itself("Anyone who has had a rash with it must not take it.", (20, 24, "rash", "S"), [])
    True
    >>> reaction_to_itself("It can cause a rash with fever.", (15, 19, "rash", "S"), [])
    False
    """
    start, end = mention[0], mention[1]
    if not HISTORY.search(text, max(0, start - 60), start):
        return False
    tail = text[end : end + 60]
    if TO_ITSELF.match(tail):
        return True
    names = [re.escape(text[m[0] : m[1]]) for m in subject]
    return bool(names) and re.match(rf"[^.;:()]{{0,40}}?\b(to|with)\s+({'|'.join(names)})\b", tail, re.I) is not None


#: A word of a name as `coarse` compares them; a bracketed aside a name matched may carry.
WORD = re.compile(r"[a-z0-9]+")
BRACKETED = re.compile(r"\([^)]*\)")


def _words_of(text: str) -> list[str]:
    return [w.rstrip("s") for w in WORD.findall(text.lower())]


@lru_cache(maxsize=65536)
def _slug_words(slug: str) -> list[str]:
    """`_words_of` an entity's slug, remembered per slug (one text asks about the same entities many times; the
    list is only read; decision 0705)."""
    return _words_of(slug.replace("-", " "))


def _part_of(before: str) -> bool:
    """`PART_OF.search(before)`, searched only when `before` ends with "of" or "the" and whitespace (which every
    match does: its last words are "of", "of the", then white space to the end; a regex search tries every
    position of the 40 characters)."""
    last = before.rstrip()
    if last == before or (last[-2:].lower() != "of" and last[-3:].lower() != "the"):
        return False
    return PART_OF.search(before) is not None


#: The words a text names a category of diseases with (an entity whose slug is a category heading,
#: vocabularies.CATEGORY_HEADING: *Peripheral Nervous System Diseases*); broader than vocabularies.NAMES_A_CATEGORY,
#: which asks whether a vocabulary's own name is a category's: a reader also hears one in "conditions", "problems".
CATEGORY_NAMED = re.compile(r"\b(diseases?|disorders?|conditions?|problems?)\b", re.I)


#: Between an end and the bracketed entity that glosses it: a short modifier that narrows the end ("blood clots in
#: the legs (deep vein thrombosis)", "cancer of the lining of the womb (endometrial cancer)"), decision 0623.
GLOSSED_PHRASE = re.compile(r"\s+(in|of|on|around|behind)\s+[a-z ]{1,35}?\s*\(\s*$", re.I)


#: After an end: words that narrow it to the cases that follow something ("diarrhoea after a course of antibiotics",
#: "bleeding following treatment with B"): the entity alone is coarser than what the sentence names. (After surgery
#: it stays the entity: "vomiting after surgery" is vomiting, decision 0621's test.)
NARROWED_AFTER = re.compile(
    r"\s+((after|following) (a course of|taking|using|treatment with)\b"
    # a group narrowed by a life stage ("children before puberty", "women after the menopause"): another group, as
    # the vocabularies' prepubertal and postmenopausal ones are (decision 0672; "children under 12" stays children)
    r"|(before|after) (puberty|adolescence|(the )?menopause)\b)",
    re.I,
)
#: After a condition, the site it is narrowed to ("necrosis of the femoral head", "inflammation of the lining of the
#: gut"): one kind of it, where the vocabulary's name has no site (decision 0672). Conditions only: a process "of the
#: nerve cell" is the process.
SITE_AFTER = re.compile(r"\s+of (the|your|their|his|her) (?!body\b|drug\b|medicine\b|treatment\b|dose\b)[a-z]", re.I)
CONDITIONS = frozenset({"Disease", "Symptom"})
#: Right after an end, one adjective in brackets that says which kind is meant ("necrosis (avascular)", "ulcers
#: (peptic)"); a frequency or severity ("nausea (common)") or an abbreviation qualifies nothing (decision 0672).
QUALIFIED_IN_BRACKETS = re.compile(r"\s*\(\s*(?P<adjective>[a-z-]+(al|ar|ic|ous|ive|ed|ary))\s*\)")
#: Words of frequency, course or report that may stand alone in brackets after an effect without narrowing it
#: ("hair loss (temporary)", "nausea (occasional)").
FREQUENCY = frozenset(
    [
        "usual",
        "unusual",
        "occasional",
        "typical",
        "atypical",
        "reversible",
        "expected",
        "temporary",
        "transitory",
        "initial",
        "gradual",
        "normal",
        "reported",
        "observed",
        "noticed",
    ]
)


#: Later in an effect's clause, the place the medicine went in or on ("redness or pain where the pen went in", "itching
#: where a patch has been", "a rash at the injection site", "soreness where the gel is put on"): the effect is an
#: injection-site or application-site reaction, which no vocabulary of the lexicon names; bare erythema, pain or
#: pruritus says more than the text (decision 0872; "on the treated patch / skin", decision 0876).
SITE_OF_USE = re.compile(
    r"(?:(?!,\s*(?:and|but)\b)[^.;:\n])*?\b(where\s+(the|a|an|your|this|each)\s+(\w+\s+){0,2}?(pens?|needles?|injections?|jabs?|shots?|syringes?|(auto-?)?injectors?|"
    r"patch(es)?|plasters?|creams?|gels?|ointments?|lotions?|implants?|drips?|cannulas?|infusions?)\b"
    r"|where\s+(it|you)\s+((is|was|were|are|has\s+been|have\s+been)\s+)?(injected|applied|put\s+on|rubbed\s+in|"
    r"injected\s+it|went\s+in|goes\s+in)\b"
    r"|\b(at|around|on|near)\s+(the\s+|an\s+)?(injection|infusion|application|patch|needle|jab)\s+(sites?|areas?|spots?)\b"
    # (the skin the medicine was put on, "redness on the treated patch", "tenderness of the treated skin": 0876)
    r"|\b(on|of|around|over|in)\s+(the|your)\s+treated\s+(skin|areas?|patch(es)?|spots?|nails?|places?)\b)",
    re.I,
)


def coarse(text: str, mention: tuple[int, int, str, str], mentions: Iterable[tuple[int, int, str, str]]) -> bool:
    """Whether the sentence `text` names something narrower than `mention`'s entity (start, end, slug, class) where
    the mention stands (decision 0620): the name matched carries words the entity's own name lacks ("focal
    seizures" read as the entity *seizures*); a code qualifies it ("alpha-2 adrenergic agonist"); a part of it is
    meant ("the alpha-2-delta subunit of calcium channels"); or it is glossed in brackets by another entity ("an
    overactive thyroid (thyrotoxicosis)", "blood clots in the legs (deep vein thrombosis)").

    >>> m = [(10, 24, "seizures", "Symptom")]
    >>> coarse("It treats focal seizures.", m[0], m), coarse("It treats seizures.", (10, 18, "seizures", "S"), [])
    (True, False)
    """
    start, end, slug, _ = mention
    name = text[start:end]
    named, entity = _words_of(BRACKETED.sub(" ", name) if "(" in name else name), _slug_words(slug)
    if len(named) > len(entity) and named[-len(entity) :] == entity and not set(named[: -len(entity)]) <= GENERIC:
        return True
    if "abnormalit" in slug and "abnormal" not in name.lower():
        return True  # a vocabulary's grouping class ("sleep abnormality") for one finding ("difficulty sleeping")
    if CATEGORY_HEADING.search(slug) and not CATEGORY_NAMED.search(name):
        return True  # a category heading ("peripheral nervous system diseases") for one disease named (decision 0623)
    before = text[max(0, start - 40) : start]
    if _part_of(before) or CODE_BEFORE.search(before[-12:]):
        return True
    if NARROWED_AFTER.match(text, end):
        return True  # "diarrhoea after a course of antibiotics": one kind of it (decision 0662); 0672's narrowings
    # (SITE_OF_USE's scan to the clause's end only where its words are: `lowered.may_match`, decision 0894)
    if mention[3] in CONDITIONS and lowered.may_match(SITE_OF_USE, text) and SITE_OF_USE.match(text, end):
        return True  # "pain where the needle went in": an injection-site reaction (decision 0872)
    if mention[3] in CONDITIONS and SITE_AFTER.match(text, end):
        return True  # "necrosis of the femoral head": one kind of it (decision 0672)
    qualified = QUALIFIED_IN_BRACKETS.match(text, end)
    if qualified and qualified["adjective"].lower() not in FREQUENCY | GENERIC:
        return True  # "necrosis (avascular)": one kind of it (decision 0672)
    for other in mentions:
        if other[2] == slug:
            continue
        gloss = text[other[0] : other[1]]
        if other[0] >= end and text[end : other[0]].strip() == "(" and not ABBREVIATION.match(gloss):
            return True  # "A (B)": the author glosses A by another entity, B
        if other[0] > end and GLOSSED_PHRASE.match(text, end, other[0]) and not ABBREVIATION.match(gloss):
            return True  # "A in the legs (B)", "A of the lining of the womb (B)": B glosses the narrower phrase
    return False


#: After an end, words that say the text names its members: the end is their class ("withdrawal symptoms such as
#: anxiety and nausea"), and what the text says is about the members (decision 0621).
#: ("Withdrawal symptoms include A and B" names them too: decision 0664)
MEMBERS_AFTER = re.compile(
    r"\s*,?\s*(such as|like|including|includes?|e\.g\.|for example|for instance|called|known as|named)\b|\s*:", re.I
)
#: Before an end, inside a bracket that follows another name: the end is one of that name's kinds or ends of a range
#: ("mood changes (from euphoria to low mood)", "infections (including fungal infections)"), given as an example of
#: what the bracket's owner covers, not an effect stated in its own right (decision 0672).
EXAMPLE_IN_BRACKETS = re.compile(r"\w[^()]{0,60}\(\s*(from|including|such as|e\.g\.|eg|like)\b[^()]*$", re.I)
#: After an end, a noun the end is only a modifier of ("the vomiting reflex", "pain signals", "asthma medicines"):
#: the thing meant is that noun, not the end's entity.
MODIFIER_OF = re.compile(
    r"\s+(reflex(es)?|signals?|signall?ing|pathways?|cent(er|re)s?|receptors?|medicines?|medications?|drugs?|"
    r"treatments?|clinics?|specialists?|tests?|scores?|scales?)\b",
    re.I,
)
#: A coordination whose shared head the end's name covers for its first member only ("changes in mood and
#: behaviour" read as mood change): the name ends with "in/of <word>" and "and/or <word>" follows.
SHARED_HEAD = re.compile(r"\b(in|of)\s+[\w-]+$", re.I)
AND_MORE = re.compile(r"\s+(and|or)\s+(\w+)")
#: Right before an object, a possessive: the object is someone else's ("add to its sedative effect").
POSSESSED = re.compile(r"\b(its|their|his|her)\s+(\w+\s+)?$", re.I)
#: Reported absence of evidence: the sentence says a thing was NOT shown, so no claim of it is stated.
NO_EVIDENCE = re.compile(
    r"\b(not|never)\s+(been\s+|yet\s+|fully\s+|clearly\s+)*(shown|proven|proved|established|known|clear|"
    r"confirmed|demonstrated)\b|\bno\s+(good\s+|clear\s+|strong\s+|firm\s+)?(evidence|proof)\b|\bunclear\s+(whether|if)\b",
    re.I,
)
#: Chemicals the body makes that the broad vocabularies class as drugs: as a claim's subject they are a mechanism's
#: messenger, not a medicine (a falsehood "serotonin treats vomiting" comes from such a sentence). Nor is a waste or
#: a pigment of the body (uric acid, creatinine, bilirubin) the drug a pronoun, a side-effect list or a
#: contraindication list is about ("gout, from a rise in uric acid", then "It is not recommended in ...": 0701).
ENDOGENOUS = re.compile(
    r"^(serotonin|5-HT|dopamine|noradrenaline|norepinephrine|acetylcholine|histamine|glutamate|GABA|"
    r"gamma-aminobutyric acid|endorphins?|prostaglandins?|leukotrienes?|bradykinin|substance P|cytokines?|"
    r"uric acid|urates?|creatinine|bilirubin|haemoglobin|hemoglobin)$",
    re.I,
)


#: A slug or a name that joins two things (`combined`), compiled once (not looked up in re's cache per call: 0717).
JOINED_SLUG = re.compile(r"(^|-)(and|or)(-|$)")
JOINED_NAME = re.compile(r"\s(and|or|&)\s|,|/")


def combined(text: str, mention: tuple[int, int, str, str], mentions: Iterable[tuple]) -> bool:
    """Whether `mention` names more than one thing at once (decision 0621): a vocabulary's combined concept
    ("nausea and vomiting", its slug joins two with and/or); an inverted vocabulary name matched across a list's
    comma ("blisters, fever" read as one disease); or a name whose head the text shares with a next member the
    name does not cover ("changes in mood and behaviour" read as mood change).

    >>> combined("It eases nausea and vomiting.", (9, 28, "nausea-and-vomiting", "Symptom"), [])
    True
    >>> m = (13, 28, "mood-change", "Symptom")
    >>> combined("It can cause changes in mood and behaviour.", m, [m])
    True
    >>> combined("It eases pain.", (9, 13, "pain", "S"), [])
    False
    """
    start, end, slug, _ = mention
    name = text[start:end]
    if JOINED_SLUG.search(slug) or JOINED_NAME.search(name):
        return True
    more = AND_MORE.match(text, end)
    if more and SHARED_HEAD.search(name):
        return not any(m[0] == more.start(2) for m in mentions)
    return False


def members_named(text: str, mention: tuple[int, int, str, str]) -> bool:
    """Whether the text names the members of `mention` right after it ("withdrawal symptoms such as anxiety"):
    the end is a class where the text says something of each member.

    >>> members_named("It can cause withdrawal symptoms such as anxiety.", (13, 32, "withdrawal", "S"))
    True
    >>> members_named("It can cause withdrawal symptoms.", (13, 32, "withdrawal", "S"))
    False
    """
    if MEMBERS_AFTER.match(text, mention[1]) is not None:
        return True
    start = max(0, mention[0] - 80)
    # (EXAMPLE_IN_BRACKETS holds an opening bracket: without one before the mention it is not tried at every word)
    return text.find("(", start, mention[0]) >= 0 and EXAMPLE_IN_BRACKETS.search(text, start, mention[0]) is not None


def modifier(text: str, mention: tuple[int, int, str, str]) -> bool:
    """Whether `mention` only modifies the noun after it ("the vomiting reflex", "asthma medicines").

    >>> modifier("It stops the vomiting reflex.", (13, 21, "vomiting", "S"))
    True
    >>> modifier("It stops vomiting.", (9, 17, "vomiting", "S"))
    False
    """
    return MODIFIER_OF.match(text, mention[1]) is not None


#: Words naming a part of the body. A condition named by one with a finding ("ankle swelling", "an upset stomach", "a
#: runny nose") is a description that writers and vocabularies name in several ways (peripheral oedema, dyspepsia,
#: rhinorrhoea): decision 0857.
BODY_PART = re.compile(
    r"\b(ankles?|feet|foot|legs?|hands?|arms?|fingers?|toes?|stomach|tummy|belly|abdomen|gut|bowels?|chest|heart|head|"
    r"eyes?|eyelids?|ears?|nose|mouth|throat|lips?|tongue|skin|scalp|hair|nails?|breasts?|joints?|muscles?|back|neck|"
    r"shoulders?|liver|kidneys?|bladder|gums?|teeth|tooth|face|vagina|penis|testicles?)\b",
    re.I,
)


def lay_named(text: str, mention: tuple[int, int, str, str]) -> bool:
    """Whether a condition (`mention`, a Disease or Symptom) is named in words that leave its concept open (decision
    0857): a symptom's name holds a part of the body ("ankle swelling", "a dry mouth"), or the name is two or more
    words, besides GENERIC ones, that are not the entity's own name ("feeling light-headed" read as
    light-headedness, "poor appetite" as anorexia), or one word of a longer name ("acne" read as acne vulgaris:
    `part_of_label`, decision 0922). Another writer naming the same finding may choose another
    concept (peripheral oedema for ankle swelling, dizziness for light-headedness): the claim's naming is in doubt,
    not its reading. A disease named by its organ ("heart failure", "kidney disease") is no description.

    >>> lay_named("It can cause ankle swelling.", (13, 27, "peripheral-oedema", "Symptom"))
    True
    >>> lay_named("It can cause poor appetite.", (13, 26, "anorexia", "Symptom"))
    True
    >>> lay_named("It can cause severe headache.", (13, 28, "headache", "Symptom"))
    False
    >>> lay_named("It can cause nausea.", (13, 19, "nausea", "Symptom"))
    False
    >>> lay_named("It can cause acne.", (13, 17, "acne-vulgaris", "Disease"))
    True
    >>> lay_named("It eases a sore back.", (11, 20, "back-pain", "Drug"))
    False
    """
    start, end, slug, cls = mention
    if cls not in CONDITIONS:
        return False
    name = text[start:end]
    if cls == "Symptom" and BODY_PART.search(name):
        return True  # (a disease named by its organ, "heart failure", is the disease's own kind of name)
    words = [w for w in _words_of(name) if w not in GENERIC]
    if len(words) == 1:
        return part_of_label(words[0], slug)
    return len(words) >= 2 and words != _slug_words(slug)


def part_of_label(word: str, slug: str) -> bool:
    """Whether a condition named by one `word` (as `_words_of` gives it) was matched to a concept whose name holds
    that word and more (decision 0922): "acne" read as acne vulgaris, "angina" as angina pectoris, "porphyria" as
    acute intermittent porphyria. The longer name is a narrower or more formal concept than the word says, and
    another writer naming the same finding may keep the word: the claim's naming is in doubt. The word may be the
    British spelling of the name's word ("oedema" in pulmonary edema).

    >>> part_of_label("acne", "acne-vulgaris"), part_of_label("oedema", "pulmonary-edema")
    (True, True)
    >>> part_of_label("nausea", "nausea"), part_of_label("tiredness", "fatigue"), part_of_label("cold", "common-cold")
    (False, False, False)
    """
    # (severity and course words of the name aside: "colds" read as the common cold names the concept)
    label = [w for w in _slug_words(slug) if w not in GENERIC]
    return len(label) >= 2 and any(word == w or word == _british_word(w) for w in label)


@lru_cache(maxsize=4096)
def _british_word(word: str) -> str:
    """The British spelling of an American `word` (itself when spelt the same)."""
    return british(word) or word


#: Everyday names of infections (and a sore a cold is named after) that a gold writer names otherwise when they are a
#: side effect (decision 0876): "colds" in a leaflet's list summarise an upper respiratory tract infection or
#: nasopharyngitis, "thrush" is named by its site (oral, vaginal candidiasis), "flu" as a side effect is a flu-like
#: illness, "a water infection" is a urinary one (read as infections at all), "a tummy bug" gastroenteritis, "cold
#: sores" oral herpes. The vocabulary's own "common cold" raises none, nor "cold" as a temperature ("cold hands", "a
#: cold sweat", "feeling cold"). A short list of informal words, as data (issue 12.3 allows one).
INFORMAL = re.compile(
    r"(?<!common )(?<!feeling )(?<!feel )(?<!feels )\b(head\s+|chest\s+)?colds?\b"
    r"(?!\s*-?\s*(sweats?|hands|feet|fingers|toes|extremities|weather|intolerance)\b)"
    r"|\bthrush\b|\bflu\b|\b(tummy|stomach|gut|chest)\s+bugs?\b|\bwater\s+infections?\b|\bcold\s+sores?\b",
    re.I,
)
#: The predicates whose object's informal name, clause of consequence (0885) or description (0937) is a doubt: a side
#: or withdrawal effect's (a use, "not a treatment for colds", names the illness).
INFORMAL_FOR = frozenset({"hasAdverseEffect", "hasWithdrawalEffect"})


def informally_named(text: str, mention: tuple[int, int, str, str]) -> bool:
    """Whether a condition (`mention`) is named, where it stands, by an everyday name of an infection that writers
    name otherwise as a side effect (`INFORMAL`, decision 0876): the informal words overlap the mention (they may
    stand just before it: "a water infection" read as infections).

    >>> informally_named("- Colds are common.", (2, 7, "common-cold", "Disease"))
    True
    >>> informally_named("- The common cold.", (6, 17, "common-cold", "Disease"))
    False
    >>> informally_named("- Cold hands and feet.", (2, 12, "cold-extremities", "Symptom"))
    False
    """
    start, end, _, cls = mention
    if cls not in CONDITIONS:
        return False
    return any(m.start() < end and start < m.end() for m in INFORMAL.finditer(text, max(0, start - 12), end + 12))


#: Right after a condition, a description of what it is (decision 0937): an apposition headed by a general noun (", a
#: feeling that you can't sit still", "(a sense of being unable to settle)"; not ", a feeling of warmth" nor ", an urge
#: to smoke", members of a list) or a restrictive relative clause ("an inner restlessness that makes it hard to sit
#: still"). The text describes a concept its name may not be (the golds write akathisia for both): the naming is in
#: doubt, not the reading.
DESCRIBED = re.compile(
    r"(\*\*|__)?(\s*(,|\(|\s-|\u2013|\u2014)\s*(a|an|the)\s+([\w'-]+\s+){0,2}?(feelings?|sense|sensations?|urges?|need|"
    r"state|condition|kind|type|form|sort|tendency|inability|difficulty)\s+(that|which|where|in\s+which|as\s+if|"
    r"as\s+though|of\s+being|of\s+not)\b"
    r"|\s+(that|which)\s+(makes?|made|means?|leaves?|left|feels?|stops?|keeps?|gives?|lets?|causes?|comes?|goes|"
    r"can|may|might|will|is|are)\b)",
    re.I,
)


def described(text: str, mention: tuple[int, int, str, str]) -> bool:
    """Whether a condition (`mention`) is followed by a description of what it is (`DESCRIBED`, decision 0937).

    >>> described("- restlessness, a feeling that you can't sit still", (2, 14, "restlessness", "Symptom"))
    True
    >>> described("- an inner restlessness that makes it hard to sit still", (11, 23, "restlessness", "Symptom"))
    True
    >>> described("- restlessness, a dry mouth and headache", (2, 14, "restlessness", "Symptom"))
    False
    """
    return mention[3] in CONDITIONS and DESCRIBED.match(text, mention[1]) is not None


def misread(text: str, used: list, named_subject: bool) -> bool:
    """Doubts that the claim is read right at all (decision 0621): the sentence reports that something was not
    shown; the object is another's ("its sedative effect" with a named subject); the object only modifies a noun
    after it; the subject is a chemical the body makes (a messenger, not a medicine).

    >>> m = [(0, 7, "alcohol", "Drug"), (20, 35, "sedative-effect", "Effect")]
    >>> misread("Alcohol adds to its sedative effect.", [m[:1], m[1:]], True)
    True
    >>> misread("Alcohol has a sedative effect.", [[(0, 7, "alcohol", "Drug")], [(14, 29, "s", "E")]], True)
    False
    """
    if lowered.may_match(NO_EVIDENCE, text) and NO_EVIDENCE.search(text):  # (its words first: decision 0894)
        return True
    for m in used[1]:
        if named_subject and POSSESSED.search(text, max(0, m[0] - 30), m[0]):
            return True
        if modifier(text, m):
            return True
    return any(ENDOGENOUS.match(text[m[0] : m[1]]) for m in used[0])


@lowered.last_answer
def _verdicts(sentence: tuple) -> dict:
    """The verdicts found so far for `sentence` (its text and mentions): a new table, kept for the last sentence only
    (the claims of one sentence come one after another, more than half of the calls, and ask about the same
    mentions)."""
    return {}


def _once(memo: dict, key: tuple, check, *args) -> bool:
    """`check(*args)`, remembered in `memo` under `key` (each check is a function of the sentence and `key`)."""
    found = memo.get(key)
    if found is None:
        found = memo[key] = check(*args)
    return found


def doubts(
    subject: str,
    obj: str,
    negated: bool,
    text: str,
    mentions: Iterable[tuple[int, int, str, str]],
    hedged: bool = False,
    predicate: str = "",
) -> int:
    """How many doubts a reader would have about reading a claim from sentence `text` (its `mentions` as (start,
    end, slug, class)), besides a resolved subject and a long sentence: the claim is negated; it is hedged; the
    sentence names two or more drugs; its subject and object, both named in the sentence, are apart (a clause break
    or another drug stands between them); an end is vaguer than the sentence (`coarse`, `combined`, a past reaction,
    a sign of another condition, a class whose members are named); it may be misread (`misread`); its object is a
    condition named in words that leave its concept open (`lay_named`, decision 0857), or a side effect (`predicate`)
    named by an everyday name of an infection (`informally_named`, decision 0876).

    >>> m = [(0, 1, "x", "Drug"), (13, 17, "pain", "Symptom"), (23, 24, "y", "Drug")]
    >>> doubts("x", "pain", False, "X helps with pain, and Y helps too.", m)
    1
    >>> doubts("x", "pain", False, "X helps with pain.", m[:2])
    0
    """
    mentions = list(mentions)
    memo = _verdicts((text, tuple(mentions)))
    several = _once(memo, ("drugs",), _several_agents, mentions)  # (of the sentence: one answer for its claims)
    ends = [m for m in mentions if m[2] == subject], [m for m in mentions if m[2] == obj]
    apart = False  # an end not named in the sentence is a resolved subject (counted as such) or a table's column
    used = [ends[0][:1], ends[1][:1]]
    if ends[0] and ends[1]:
        a, b = min(((x, y) for x in ends[0] for y in ends[1]), key=lambda p: abs(p[0][0] - p[1][0]))
        used = [[a], [b]]
        lo, hi = min(a[1], b[1]), max(a[0], b[0])
        other = any(lo <= m[0] < hi and m[3] in DRUG and m[2] not in (subject, obj) for m in mentions)
        apart = other or bool(APART.search(text, lo, hi)) if lo < hi else False
    # a drug or class subject named in full is no coarser than meant; any other end may be
    checked = used[1] + [m for m in used[0] if m[3] not in DRUG]
    vague = any(
        _once(memo, ("coarse", m), coarse, text, m, mentions)
        or _once(memo, ("combined", m), combined, text, m, mentions)
        for m in checked
    ) or any(
        _once(memo, ("reaction", m, subject), reaction_to_itself, text, m, ends[0])
        or _once(memo, ("sign", m), sign_of_another, text, m, mentions)
        or _once(memo, ("members", m), members_named, text, m)
        for m in used[1]
    )
    # (or the object is a condition named in words another writer names otherwise: its name is in doubt, 0857)
    vague = vague or any(_once(memo, ("lay", m), lay_named, text, m) for m in used[1])
    # (or a side effect named by an everyday name of an infection another writer names otherwise, 0876)
    vague = vague or (predicate in INFORMAL_FOR and any(informally_named(text, m) for m in used[1]))
    # (or a side effect named in a clause of consequence, a greater risk of it: "..., so infections are harder to
    # fight off", 0885)
    vague = vague or (predicate in INFORMAL_FOR and any(in_consequence(text, m) for m in used[1]))
    # (or a side effect followed by a description of what it is: ", a feeling that ...", "that makes ...", 0937)
    vague = vague or (predicate in INFORMAL_FOR and any(described(text, m) for m in used[1]))
    wrong_reading = misread(text, used, bool(ends[0]))
    return int(negated) + int(hedged) + int(several) + int(apart) + int(vague) + int(wrong_reading)


def _several_agents(mentions: list) -> bool:
    """Whether `mentions` name two or more drugs (or other agents) by their slugs."""
    return len({slug for _, _, slug, cls in mentions if cls in DRUG}) >= 2


def doubt_count(resolved: bool, quote: str, doubts: int) -> int:
    """All doubts of a claim: `doubts`, a resolved subject, a sentence of more than LONG words."""
    return doubts + int(resolved) + int(_long(quote))


@lowered.last_answer
def _long(quote: str) -> bool:
    """Whether `quote` has more than LONG words (the claims of one sentence come one after another: its words are
    counted once, decision 0894)."""
    return len(quote.split()) > LONG
