"""What a relation cue is about: the list of mentions after it (`_objects`, up to the end of the list), ConText's
verdict on a mention (`_status`) and the ontology's domain and range check of a claim (`_fits`)."""

from __future__ import annotations

import re
from functools import cache

from rdflib import RDFS

from graph_build.text.negation import ASSERTED, Status, corrected_by_next, statuses
from graph_build.text.screen import Untranslatable, relaxed
from graph_build.text.units import Unit

try:  # (an optional speed-up, as for the screens: without it BOUNDARY is searched as written)
    import re2 as _re2
except ImportError:  # pragma: no cover
    _re2 = None
from ontology.schema import fits, predicates

#: Where a list of objects ends: a new clause about something else.
BOUNDARY = re.compile(
    # ("while" before a state of the reader's continues a list of groups: "in pregnancy or while breastfeeding",
    # decision 0686)
    r"\b(because|which|where|whose|while(?! (you are |you're )?(\*\*|__)?(breast|pregnan))|caused by|brought on by|"
    r"triggered by|secondary to|associated with|"
    r"accompanied by|characteri[sz]ed by|"
    r"complicated by|originating|resulting|due to|exacerbated|such as those|but|after|so that|despite|although|"
    # a concessive clause: "not a treatment for Y, even though A is often part of Y" (decision 0720)
    r"though|even if)\b|;"
    # ... and a clause of reason after a comma: "not a treatment for Y, since A is part of Y", ", as A are part of Y"
    # (a clause: a subject and its verb after "as"; ", as well as B" goes on with the list; decision 0720)
    r"|,\s*since\b|,\s*as\s+(?!well\b)((?!(that|which|who)\b)[\w'-]+\s+){1,3}?(is|are|was|were|can|may|has|have|does|do)\b"
    # what a condition comes with: "can cause Y, with headache and fever" (Y's features, not further objects)
    r"|,\s*with\b"
    # a condition of use: "does not cause Y when it is used for Z" (Z is the use the denial holds under, no object of
    # the cue; decision 0793, as negation.USE_CONDITION ends a denial's scope there)
    r"|\b(when|whenever|if|once)\s+((it|they)(\s+(is|are)|['’](s|re))?\s+)?(being\s+)?(used|taken|given|prescribed)\s+"
    r"((for|to|in|as|against)\b|((?!(and|or|but|not|with)\b)[\w-]+\s+){1,4}?(for|to)\b)"
    r"|\b(when|whenever|if|once)\s+(you|they|people|patients|someone|adults|children)\s+(takes?|uses?|(are|is)\s+(given|prescribed))"
    r"(\s+(it|them|this|these)(\s+(?!(and|or|but|not|with)\b)[\w-]+){0,4}?)?\s+(for|to|against)\b"
    # ... also without the comma after a noun of a reaction: "causes a severe skin reaction with blisters and fever"
    # (the reaction's features; decision 0675)
    r"|(?:(?<=\breaction)|(?<=\breactions)|(?<=\brash)|(?<=\bsyndrome)|(?<=\billness))\s+with\b"
    # a second verb phrase of how the drug feels: "will not relieve pain or make you feel drowsy" (decision 0664)
    r"|\b(or|and)\s+(makes?|making)\s+(you|people|patients)\b"
    # a new clause that denies or forbids: "can cause Y, and it should not be taken by people with Z" (0643)
    r"|,?\s*\b(and|but)\s+(it|they|this|the drug)\s+(should|must|may|can|does|do|is|are)\s*(not|n't|never)\b"
    # a new clause whose subject is a person: "can raise the effect of X, and she asked me to avoid Y" (what that
    # clause names is no object of the cue; decision 0847)
    r"|,\s*(and|but)\s+([Ii]|[Yy]ou|[Hh]e|[Ss]he|[Ww]e)\s+(?!(and|or)\b)[a-z]"
    # a new clause opened by a phrase of place or time before its pronoun subject that allows a use under a
    # condition: "not recommended for children, and in pregnancy it is used only if the doctor thinks it needed" (a
    # caution, no prohibition; decision 0712; only a pronoun: ", and in people with Y" goes on)
    r"|,\s*and\s+(in|during|for|with|after|before|at|on|from|over|under|once)\s+([\w'-]+\s+){1,4}?"
    r"(it|they|he|she|we|you)\s+([\w'-]+\s+){1,4}?only\s+(if|when|where|after|under|on|with|in)\b"
    # a new clause about the drug with a verb of its own relation: "should not be used in pregnancy, and it treats Y"
    # (decision 0715; "..., and it also reduces Y" or "..., and it is not prescribed to Z" go on with the same cue)
    r"|,\s*(and|but)\s+(it|they)\s+(also\s+)?((can|may)\s+)?"
    r"(treats?|cures?|relieves?|helps?|works?|causes?|is used|are used|"
    # ... or with a verb of how it is taken: "the first treatment for Y, and it is taken every day for months, not just
    # when a rash appears" (how long and when it is taken, no further object; decision 0821)
    r"(is|are)\s+(taken|given|applied))\b"
    # ... also without a comma or a pronoun, when what follows says when or how it is taken, not what for: "treats the
    # attack itself and is taken at the first sign of the headache" (decision 0891)
    r"|\s+and\s+(is|are)\s+(taken|given|applied|used)\b(?!\s+(to\s+(treat|prevent|relieve|ease)|for|in|against)\b)"
    # a result clause: "it can cause seizures, so doctors are careful with people with epilepsy" (decision 0622)
    r"|,\s*so\b(?!-)"
    # a participle clause after a comma: "results in X, helping to reduce Y" (Y is not what the cue is about)
    # (a participle that opens a clause: followed by "to", an object pronoun or an article; "feeling dizzy" in a
    # list of side effects is no clause)
    r"|, (?!including|concerning|regarding|during|following|according)[a-z]+ing (?=(to|it|them|into|the|an?|its)\b)"
    # a coordinated clause about something of the subject's: "treats X and Y, and its best-known side effect is Z"
    r"|,\s*(and\s+|but\s+)?(its|their)\b"
    # a causative relative clause after an object: "reduces the swelling that makes the joints ache in Y" (what the
    # clause names is what the object brings about, not what the cue acts on)
    r"|(?<=\w) that (also |can |may |often )?(makes?|causes?|leads? to|triggers?|produces?|leaves?|results? in)\b"
    # ... and an object relative clause of cause: "not a treatment for the Y that Z can sometimes cause", "used for the
    # Y that Z often brings on": Z is what brings Y about, no object of the cue (decision 0869; "which" and "caused
    # by" end the list already)
    r"|(?<=\w) that\s+((?!(and|or|but|not|is|are|was|were|it|they)\b)[\w'’-]+\s+){1,4}?"
    r"((can|may|might|could|will|would|does|do|did|often|sometimes|usually|also|commonly|occasionally|rarely)\s+){0,2}"
    r"(causes?|caused|brings?|brought|leads?\s+to|triggers?|produces?)\b"
    # an apposition that explains an object by a relative clause: "not for Y, the leaking that happens when you
    # cough" (what the clause names is when Y shows, not another object; decision 0675)
    r"|,\s+the\s+([\w-]+\s+){1,2}?(that|who|when)\b"
    # ... or by a clause without "that", whose subject is a group of people: "not for Y, the flushing and redness
    # some adults get" (decision 0712)
    r"|,\s+the\s+([\w-]+\s+){1,4}?(some|many|most|older|younger)\s+(people|adults|children|women|men|teenagers)\b"
    r"|,\s+the\s+([\w-]+\s+){1,4}?(you|people|adults|children|women|men)\s+(get|gets|have|has|feel|feels|notice)\b"
    # ... or by a noun of illness and what it is: "not for Y, a condition where the skin ..." (decision 0712)
    r"|,\s+an?\s+([\w-]+\s+){0,2}(condition|disease|disorder|illness|problem|complaint|infection)s?\s+"
    r"(where|in which|when|that|which|who|whose|of|causing|marked|with)\b"
    # a relative clause saying what a thing was brought about by: "will not help a nail that is thickened by injury"
    # (the cause of the thing's state, not an object of the cue; decision 0675)
    r"|\bthat\s+(is|are|was|were|has\s+been|have\s+been)\s+([\w-]+\s+)?[\w-]+(ed|en)\s+by\b"
    # a second verb phrase of the subject's, coordinated: "reduces pain and increases the risk of bleeding", "reduces
    # how well it works and adds to drowsiness" (what follows is that verb's object, not this cue's; decision 0672)
    # (and a second use: "lowers blood pressure and prevents angina": angina is what it prevents; decision 0716)
    r"|,?\s*\b(and|but)\s+(also\s+)?(increases?|raises?|adds?\s+to|worsens?|causes?|leads?\s+to|triggers?|"
    r"prevents?|protects?\s+against|"
    r"(can|may|might|could)\s+(also\s+)?(cause|increase|raise|worsen|trigger|prevent))\b"
)


#: Targets: after "than", the target a drug's binding is compared with ("which it binds far more strongly than human
#: DNA polymerases"), not one more target it binds (decision 0671)
TARGETS = frozenset(["MolecularTarget"])
COMPARED = re.compile(r"\bthan\b")


@cache
def _fits(subject_cls: str, predicate: str, object_cls: str) -> bool:
    """Domain and range checks through rdflib; a few dozen distinct (class, predicate, class) triples per build,
    and the ontology is loaded once per process (`ontology_graph` is cached too)."""
    prop = predicates()[predicate]
    return fits(subject_cls, prop, RDFS.domain) and fits(object_cls, prop, RDFS.range)


#: After an object mention: a head noun it only modifies ("the pain signals", "the pain pathways"): what the cue acts
#: on is the signal or the pathway, not the condition; and a condition's pain ("reduces IBS pain": the pain is
#: reduced, not the condition; decision 0716).
MODIFIES_NOUN = re.compile(
    r"[ -](signals?|signall?ing|pathways?|inhibition|thresholds?|transmission|projections?|pain)\b", re.I
)


#: Before a cue: a relative clause opened after a comma and not yet closed ("Sertraline, which is sometimes given for").
RELATIVE_OPENS = re.compile(r",\s+(which|who)\s+[^,;:.()]*$", re.I)
#: After the cue of such a clause: the comma that closes it, then the main clause's verb ("..., can also make you B",
#: "..., also binds it", "..., is ...").
MAIN_RESUMES = re.compile(
    r",\s+((also|often|usually|sometimes|still|then|rarely)\s+)?(can|cannot|may|might|could|will|would|should|must|"
    r"is|are|was|were|has|have|does|do|did)\b|,\s+(also|often|usually|sometimes|still|rarely)\s+[a-z]+s\b",
    re.I,
)


#: BOUNDARY's relaxed copy (`screen.relaxed`: without its zero-width parts, so every match of BOUNDARY is one of the
#: copy's, at the same start) compiled by RE2, made at the first `boundary` call: [None] until then, [False] without
#: RE2 or when the copy cannot be written.
_RELAXED_BOUNDARY: list = [None]


def boundary(text: str, after: int) -> re.Match | None:
    """`BOUNDARY.search(text, after)`, on an ASCII text searched from where BOUNDARY's RE2 copy first matches at or
    after `after` (decision 0894): no match of BOUNDARY starts before it (each is a match of the copy), and where a
    match of BOUNDARY starts does not depend on where its search started (`re` reads the text before `pos` for word
    boundaries and look-behinds), so the match is the one the search from `after` finds. Python's scan of a long
    alternation tries every alternative at every character; RE2 walks the text once (about three times faster, on
    every offset of every development sentence the same matches). No copy, or a text that is not ASCII: the search as
    written.

    >>> t = "It treats Y, which is common, and Z because of X."
    >>> [(m.start() if m else None) == (BOUNDARY.search(t, a).start() if BOUNDARY.search(t, a) else None)
    ...  for a, m in ((a, boundary(t, a)) for a in range(len(t) + 1))] == [True] * (len(t) + 1)
    True
    """
    copy = _RELAXED_BOUNDARY[0]
    if copy is None:
        try:
            copy = _re2.compile(relaxed(BOUNDARY)) if _re2 is not None else False
        except (Untranslatable, _re2.error):  # pragma: no cover (BOUNDARY translates)
            copy = False
        _RELAXED_BOUNDARY[0] = copy
    if copy and text.isascii():
        first = copy.search(text, after)
        if first is None:
            return None
        after = first.start()
    return BOUNDARY.search(text, after)


def _objects(
    unit: Unit, after: int, classes: set, skip: str | None = None, agents: set | frozenset = frozenset()
) -> list[tuple[int, int, str, str]]:
    """The mentions of `classes` after `after` up to the end of the list (BOUNDARY, or a new clause naming its own
    agent: one of `agents` after a conjunction), besides `skip`.

    >>> u = Unit("X helps with pain, and Y is approved for anxiety.", [(0, 1, "x", "Drug"), (13, 17, "pain", "Symptom"),
    ...     (23, 24, "y", "Drug"), (41, 48, "anxiety", "Symptom")])
    >>> [m[2] for m in _objects(u, 12, {"Symptom"}, agents={"Drug"})]
    ['pain']
    """
    found = [
        m
        for m in unit.mentions
        if after <= m[0] and m[3] in classes and m[2] != skip and not MODIFIES_NOUN.match(unit.text, m[1])
    ]
    if not found:
        return found  # (no need to look for the list's end)
    stop = boundary(unit.text, after)
    limit = stop.start() if stop else len(unit.text)
    if unit.text.count("(", 0, after) > unit.text.count(")", 0, after) and (close := unit.text.find(")", after)) >= 0:
        # a cue inside a bracketed aside: its list ends with the aside ("Naproxen (which may cause stomach ulcers) is
        # used for arthritis": arthritis is no effect; decision 0808)
        limit = min(limit, close)
    if ", wh" in unit.text and RELATIVE_OPENS.search(unit.text, max(0, after - 80), after):
        # a cue inside a relative clause set off by commas: its list ends where the main clause's verb resumes
        # ("X, which is given for A, can also make you B": B is no object of "given for"; decision 0860)
        resumed = MAIN_RESUMES.search(unit.text, after, limit)
        limit = resumed.start() if resumed else limit
    compared = COMPARED.search(unit.text, after, limit) if classes <= TARGETS else None
    limit = compared.start() if compared else limit  # "binds T far more strongly than U": U is not bound so (0671)
    for m in unit.mentions:
        if after <= m[0] < limit and m[3] in agents and _opens_clause(unit.text, m, classes):
            limit = m[0]
            break
        # a group that opens a clause of its own: "safe in pregnancy, and women with lupus are advised to ..."
        if after < m[0] < limit and m[3] == "Population" and _group_clause(unit.text, m):
            limit = m[0]
            break
    kept = [m for m in found if m[0] < limit]
    signs = next((k for k, m in enumerate(kept) if SIGNS_AFTER.match(unit.text, m[1])), None)
    kept = kept if signs is None else kept[: signs + 1]  # "can cause X (Y): A, B": A and B are X's signs
    kept = [m for k, m in enumerate(kept) if not (k and _whole_of_part(unit.text, kept[k - 1], m))]
    # "a bleeding stomach ulcer": a condition's name right before another's (one space between) only says which
    # kind of the second it is, no object of its own (decision 0741)
    kept = [m for k, m in enumerate(kept) if not (k + 1 < len(kept) and unit.text[m[1] : kept[k + 1][0]] == " ")]
    # "not a treatment for Y (A, B, C)": a list in brackets right after an object names its signs (decision 0675)
    signs = [b.span() for m in kept if (b := BRACKETED_LIST.match(unit.text, m[1]))]
    if signs:
        kept = [m for m in kept if not any(a <= m[0] < b for a, b in signs)]
    # "not a Y like the Zs": the Zs a comparison names are no further objects (decision 0673)
    compared = next((k for k, m in enumerate(kept) if k and _compared_kind(unit.text, kept[k - 1], m)), None)
    kept = kept if compared is None else kept[:compared]
    # "water channels (aquaporin-2)": a name in brackets right after an object is that object, named; one thing
    kept = bracket_named(unit.text, kept)
    kept = in_gloss(unit.text, kept)  # "Y (a Z condition)": the bracket explains Y, Z is no object (decision 0720)
    last = len(kept) - 1
    return [
        m
        for k, m in enumerate(kept)
        if not (k and (_defines(unit.text, kept[k - 1], m, k == last) or _class_of(unit.text, kept[k - 1], m)))
    ]


#: Words before a colon that only announce the list after it ("can cause side effects: A, B", "used for: A, B").
ANNOUNCING = frozenset(
    {
        "a",
        "an",
        "the",
        "some",
        "these",
        "those",
        "following",
        "other",
        "such",
        "as",
        "and",
        "or",
        "of",
        "its",
        "their",
        "common",
        "rare",
        "serious",
        "side",
        "effects",
        "effect",
        "problems",
        "problem",
        "symptoms",
        "symptom",
        "conditions",
        "condition",
        "things",
        "reactions",
        "signs",
        "kinds",
        "types",
        "including",
        "like",
        "include",
        "includes",
        "mild",
        "severe",
        "very",
        "more",
        "less",
        "most",
        "many",
        "few",
        "several",
        "number",
        "range",
        "two",
        "three",
        "four",
        "main",
        "different",
        "purposes",
        "reasons",
        "uses",
        "use",
        "jobs",
        "ways",
        "is",
        "are",
        "it",
        "mainly",
        "mostly",
        "also",
        "usually",
        "used",
        "treat",
        "list",
    }
)
WORDS = re.compile(r"[A-Za-z][\w'-]*")


def elaboration_colon(text: str, after: int, limit: int) -> int | None:
    """Where a colon after the cue's own object ends the list of objects: what follows explains that object
    ("It is not a treatment for Y: leaks when you cough ... need exercises", "not for Y: that needs Z", "does not
    help with A: see B"), it names no further object. A colon right after the cue, or after words that only
    announce a list ("can cause side effects: A, B"), opens the list instead (decision 0692).

    >>> elaboration_colon("not a treatment for stress leaks: when you cough", 19, 48)
    32
    >>> elaboration_colon("can cause side effects: nausea, headache", 9, 40) is None
    True
    """
    colon = text.find(":", after, limit)
    if colon < 0:
        return None
    named = [w for w in WORDS.findall(text, after, colon) if w.lower() not in ANNOUNCING]
    return colon if named else None


#: Right after a condition: "with" and its features ("diarrhoea with a fever or blood in it", "a cough with chest
#: pain"): together one narrower condition; up to the clause's end.
WITH_FEATURE = re.compile(r"(\*\*|__)?\s+with\s+((a|an|the|some|any|high|severe)\s+)?")
#: "and" / "or" and the article before one more feature of a with-phrase.
FEATURE_AND = re.compile(r"(and|or)\s+((a|an|the|some|any|high|severe)\s+)?", re.I)
#: A word naming an illness in general, the head of "a kidney infection with fever" when no vocabulary names it.
ILLNESS_HEAD = re.compile(r"\b(infections?|illness(es)?|diseases?|conditions?|disorders?|inflammation)\b", re.I)
WITH_END = re.compile(r"[,;:.)]|\b(and|but|because|which|unless|if|as|so)\b(?!\s+(blood|pus|mucus))")


def _with_phrase_end(text: str, mentions: list, feature: tuple, conditions: frozenset) -> int:
    """Where the with-phrase whose first feature is `feature` ends: at a clause word or punctuation, except that "and"
    / "or" right before another condition goes on ("a kidney infection with fever and back pain": both features;
    decision 0850)."""
    at = feature[1]
    while True:
        end = WITH_END.search(text, at)
        if end is None:
            return len(text)
        more = FEATURE_AND.match(text, end.start()) if end.group(1) in ("and", "or") else None
        after = more and next((x for x in mentions if x[0] == more.end() and x[3] in conditions), None)
        if not after:
            return end.start()
        at = after[1]


def narrowed_by_with(text: str, mentions: list, objects: list, conditions: frozenset) -> list:
    """`objects` without a condition narrowed by "with <feature>" and the features named in its with-phrase: "not
    used for diarrhoea with a fever or blood in it" says nothing of diarrhoea in general, nor of fever (a narrower
    condition is meant; decision 0680 read it so for contraindications, 0692 for every such cue). The feature must be
    a condition mention opening the with-phrase ("used for acne with antibiotics" names a companion, no feature). A
    head no vocabulary names but an illness word ("not for a kidney infection with fever and back pain") narrows its
    features all the same (decision 0850).

    >>> t = "not used for diarrhoea with a fever or blood in it."
    >>> ms = [(13, 22, "diarrhea", "Symptom"), (30, 35, "fever", "Symptom")]
    >>> narrowed_by_with(t, ms, ms, frozenset({"Symptom"}))
    []
    >>> t = "not for a kidney infection with fever and back pain."
    >>> ms = [(32, 37, "fever", "Symptom"), (42, 51, "back-pain", "Symptom")]
    >>> narrowed_by_with(t, ms, ms, frozenset({"Symptom"}))
    []
    """
    dropped: set = set()
    heads = [m[1] for m in objects if m[3] in conditions]
    heads += [h.end() for h in ILLNESS_HEAD.finditer(text) if not any(x[0] <= h.start() < x[1] for x in mentions)]
    for at in heads:
        w = WITH_FEATURE.match(text, at)
        if w is None:
            continue
        feature = next((x for x in mentions if x[0] == w.end()), None)
        if feature is None or feature[3] not in conditions:
            continue
        stop = _with_phrase_end(text, mentions, feature, conditions)
        dropped |= {m[:3] for m in objects if m[1] == at} | {x[:3] for x in mentions if w.end() <= x[0] < stop}
    return [m for m in objects if m[:3] not in dropped]


#: Between two drug classes: a comparison ("a sedative like the sleeping pills").
LIKE_BETWEEN = re.compile(r",?\s+(like|unlike)\s+((the|other|some|many|most)\s+)?", re.I)


def _compared_kind(text: str, before: tuple, mention: tuple) -> bool:
    """Whether `mention`, a drug class, is a class `before` (another class) is compared with ("not a Y like Z")."""
    return before[3] == "DrugClass" == mention[3] and bool(LIKE_BETWEEN.fullmatch(text, before[1], mention[0]))


def _class_of(text: str, before: tuple, mention: tuple) -> bool:
    """Whether `mention`, a drug class, is the class of the drug `before` in apposition ("warfarin, a blood
    thinner"): a description of that object, not one more object (decision 0673).

    >>> _class_of("of X, a blood thinner.", (3, 4, "x", "Drug"), (8, 21, "c", "DrugClass"))
    True
    """
    return before[3] == "Drug" and mention[3] == "DrugClass" and bool(APPOSITION.fullmatch(text, before[1], mention[0]))


#: "the alpha-2-delta subunit of calcium channels": the target after a subunit is the subunit's whole (0671)
SUBUNIT_OF = re.compile(r"\s+of\s+(the\s+)?([\w-]+\s+){0,2}")


def _whole_of_part(text: str, before: tuple, mention: tuple) -> bool:
    """Whether a target mention is the whole a target before it is a subunit of ("binds to the alpha-2-delta
    subunit of voltage-gated calcium channels": what the drug binds is the subunit, decision 0671).

    >>> t = "It binds to the B2 subunit of calcium channels."
    >>> _whole_of_part(t, (16, 26, "b2-subunit", "MolecularTarget"), (30, 46, "cc", "MolecularTarget"))
    True
    """
    return (
        before[3] == mention[3] == "MolecularTarget"
        and text[before[0] : before[1]].lower().endswith(("subunit", "subunits"))
        and bool(SUBUNIT_OF.fullmatch(text, before[1], mention[0]))
    )


#: After an object, a colon (after at most a parenthesis): what follows describes that object ("can cause adrenal
#: crisis: low blood pressure, vomiting, collapse" names the crisis's signs, not more effects; decision 0664).
SIGNS_AFTER = re.compile(r"\s*\)?\s*(\([^()]{1,60}\))?\s*:\s*\S")

#: Right after an object (and at most two words of its noun phrase), a list in brackets (two items at least):
#: "Y (confusion, unsteadiness, breathlessness)" names the signs of Y (or its examples), not further objects of the
#: cue (decision 0675).
BRACKETED_LIST = re.compile(r"([ -][a-z]+){0,2}(\*\*?|__?)?\s*\([^()]*,[^()]*\)")

#: Right after an item (and at most three words of its noun phrase and its emphasis), a bracket that explains it: an
#: article or a relative word opens it ("- **myasthenia gravis** (a muscle weakness condition)", "- Y (the bladder
#: does not empty)"): what it names describes the item, no further item (as 0712 for a gloss after a comma; 0720).
#: A bare name in brackets is the item's other name (NAMED_IN_BRACKETS), not a gloss.
GLOSS_BRACKET = re.compile(
    r"([ -][a-z]+){0,3}(\*\*?|__?)?\s*\(\s*(an?|the|where|when|which|that|in which)\s+[^()]*\)", re.I
)


def glosses(text: str, mentions: list) -> list[tuple[int, int]]:
    """The spans of the brackets that explain one of `mentions` (GLOSS_BRACKET): the mentions inside name no item.

    >>> t = "- Y (a muscle weakness condition)"
    >>> glosses(t, [(2, 3, "y", "Disease"), (7, 22, "muscle-weakness", "Symptom")])
    [(4, 33)]
    """
    return [(text.index("(", b.start()), b.end()) for m in mentions if (b := GLOSS_BRACKET.match(text, m[1]))]


def in_gloss(text: str, mentions: list) -> list:
    """`mentions` less those inside a bracket that explains another of them (`glosses`)."""
    spans = glosses(text, mentions)
    return [m for m in mentions if not any(a <= m[0] < b for a, b in spans)]


#: Between an object and the next mention: an opening bracket, after at most six more words of the object's noun
#: phrase ("water channels (aquaporin-2)", "an overactive thyroid gland (thyrotoxicosis)", "blood clots in the legs
#: (deep vein thrombosis)"): the bracket names the same thing, no second object; the bracketed name is kept (0697).
NAMED_IN_BRACKETS = re.compile(r"([ -](?!(and|or|but|nor|than)\b)[a-z]+){0,6}(\*\*?|__?)?\s*\(\s*(\*\*?|__?)?")
#: Between two mentions of one noun phrase: a space or a hyphen ("spinning dizziness").
SAME_PHRASE = re.compile(r"[ -]")
#: Between an object and the next mention: ", a" / ", an" (an apposition or a list item).
APPOSITION = re.compile(r",\s+an?\s+(\w+\s+){0,2}")


#: After a noun: words that say what kind of it is meant ("an infection with a worm", "a rash caused by mites").
POSTMODIFIED = re.compile(r"\s+(with|caused by|due to|spread by|passed on by|picked up)\b", re.I)


def bracket_named(text: str, mentions: list) -> list:
    """`mentions` less those a name in brackets right after them names again ("water channels (aquaporin-2)",
    "cancer of the lining of the womb (endometrial cancer)": the bracketed name is kept), with the words that modify
    a dropped one ("spinning dizziness (vertigo)" is the vertigo, no spinning; decision 0697).

    >>> t = "It puts water channels (aquaporin-2) in."
    >>> [m[2] for m in bracket_named(t, [(8, 22, "aquaporin", "Chemical"), (24, 35, "aquaporin-2", "Chemical")])]
    ['aquaporin-2']
    """
    named = {
        k for k in range(len(mentions) - 1) if NAMED_IN_BRACKETS.fullmatch(text, mentions[k][1], mentions[k + 1][0])
    }
    named |= {k - 1 for k in named if k and SAME_PHRASE.fullmatch(text, mentions[k - 1][1], mentions[k][0])}
    return [m for k, m in enumerate(mentions) if k not in named]


def _defines(text: str, before: tuple, mention: tuple, last: bool = False) -> bool:
    """Whether `mention` is an apposition defining the object `before` ("angioedema, a swelling of the face",
    "Y syndrome, an inflammation of the vessels"): introduced by ", a(n)" and naming "an N of ..."; a list item
    ("headache, a stiff neck and fever") is none. The list's `last` item is one also when a phrase after it says which
    kind is meant ("scabies, an itchy rash caused by mites").

    >>> t = "It causes angioedema, a swelling of the face."
    >>> _defines(t, (10, 20, "a", "Disease"), (24, 44, "s", "Symptom"))
    True
    >>> t = "It causes headache, a stiff neck and fever."
    >>> _defines(t, (10, 18, "h", "Symptom"), (22, 32, "n", "Symptom"))
    False
    """
    if not APPOSITION.fullmatch(text, before[1], mention[0]):
        return False
    if last and POSTMODIFIED.match(text, mention[1]):
        return True  # the list's last item, "scabies, an itchy rash caused by mites" (decision 0662)
    return " of " in text[mention[0] : mention[1]] or text.startswith(" of ", mention[1])


#: A conjunction (and its article and one modifier) before a mention: the mention may open a new clause.
NEW_CLAUSE_BEFORE = re.compile(
    r"(,|;|\b(and|but|or|while|whereas|then))\s+((the|a|an|its|their|this|these)\s+)?([\w-]+\s+)?$"
)
#: A verb right after a mention (its clause's predicate): "..., and reduced signalling relieves Y".
VERB_AFTER = re.compile(r"\s+(is|are|was|were|has|have|had|can|could|may|might|will|would|should|does|do|also|\w+s)\b")


#: After a group: its own verb (after at most "with" and three words): "women with lupus are advised to ...".
GROUP_VERB_AFTER = re.compile(
    r"(\s+with( [\w'-]+){1,3}?)?\s+(is|are|was|were|can|could|may|might|will|would|should|must|do|does|have|has)\b"
)


def _group_clause(text: str, mention: tuple[int, int, str, str]) -> bool:
    """Whether a population after a conjunction is the subject of a new clause ("..., and women with lupus are
    usually advised to keep taking it"), not one more item of the list (decision 0636)."""
    if not NEW_CLAUSE_BEFORE.search(text, max(0, mention[0] - 40), mention[0]):
        return False
    return bool(GROUP_VERB_AFTER.match(text, mention[1]))


def _opens_clause(text: str, mention: tuple[int, int, str, str], objects: set) -> bool:
    """Whether an agent mention after a conjunction starts a new clause about itself ("..., and Y is approved for
    Z"): an agent that cannot be an object of the cue always does; one that can, only when a verb follows it."""
    if not NEW_CLAUSE_BEFORE.search(text, max(0, mention[0] - 40), mention[0]):
        return False
    return mention[3] not in objects or bool(VERB_AFTER.match(text, mention[1]))


def _status(unit: Unit, mention: tuple) -> Status:
    """ConText's verdict on a mention, computed once per unit and only when a claim needs it."""
    if not unit.statuses and unit.mentions:
        spans = [(m[0], m[1]) for m in unit.mentions]
        verdicts = [corrected_by_next(st, unit.following) for st in statuses(unit.text, spans)]
        unit.statuses = dict(zip([m[0] for m in unit.mentions], verdicts, strict=True))
    return unit.statuses.get(mention[0], ASSERTED)
