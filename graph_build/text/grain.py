"""A condition at the grain the text names it (decision 0698).

A condition or effect the text narrows by a site ("scarring of the lungs"), a trigger ("feeling faint when standing
up"), a time ("high blood pressure after giving birth") or a stage ("end-stage kidney failure") is one narrower
concept. Read as the bare head it says more than the text (a contraindication for all hypertension): issue 12
forbids it. So the narrowing is composed into the vocabulary's name for the narrower kind ("pulmonary fibrosis",
"orthostatic hypotension", "end-stage renal failure"), looked up whole and never invented; where no maintained
vocabulary knows the composed phrase, a trigger, time or stage leaves the mention out (nothing is said rather than
something coarser), and a site keeps the head with doubts.coarse's doubt (decision 0672).

A drug class the text names only as "similar <class>" ("Erythromycin and similar antibiotics") is no end of a claim
but the named drug's class: the text means drugs like the named one, not every member of the class.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable

from graph_build.text.qualified_heads import qualified
from graph_build.text.units import DRUG

#: Conditions and effects: the classes a narrowing applies to.
CONDITIONS = frozenset({"Disease", "Symptom"})
#: Quantities a fall of which the vocabularies name as a low state ("blood pressure": hypotension).
QUANTITIES = frozenset({"BiologicalProcess"})

#: After a condition, a posture that triggers it: the vocabularies' orthostatic (postural) kind.
TRIGGER_AFTER = re.compile(
    r"\s+((when|on|upon|after|while|as)\s+(you\s+|they\s+|people\s+)?(stand(ing|s)?|get(ting|s)?|sit(ting|s)?|"
    r"g[eo]t)\s+up\b|on\s+standing\b|upon\s+standing\b)",
    re.I,
)
#: After a condition, the time of childbirth: the vocabularies' postpartum (puerperal) kind.
BIRTH_AFTER = re.compile(
    r"\s+(after|following|since)\s+(giving\s+birth|childbirth|(the\s+)?delivery|having\s+(a|the|your|their)\s+baby|"
    r"(the\s+)?birth)\b",
    re.I,
)
#: After a condition, the time after the menopause: the vocabularies' postmenopausal kind ("osteoporosis in women
#: after the menopause" is postmenopausal osteoporosis; decision 0758). Unlike childbirth's, a menopause no vocabulary
#: composes with the condition leaves the condition as written (hot flushes after the menopause are hot flushes).
MENOPAUSE_AFTER = re.compile(
    r"(\*\*|__)?\s+((in|among|for)\s+(women|people|those)\s+(who are\s+|who have been\s+)?(after|past|through)\s+"
    r"(the\s+|their\s+)?menopause|after\s+(the\s+)?menopause|in\s+post-?menopausal\s+women)\b",
    re.I,
)
#: (decision 0912) A blood clot placed in the leg or the lungs is the vocabularies' deep vein thrombosis or pulmonary
#: embolism (HPO's layperson synonyms "Blood clot in a deep vein", "Blood clot in artery of lung"), never a clot
#: anywhere: "a blood clot in the leg or lungs" is both, "clots in the legs" the first.
CLOT_SLUGS = frozenset({"thrombosis", "thrombus", "blood-clot", "thromboembolism"})
_LIMB = r"(?:the\s+|your\s+|their\s+|his\s+|her\s+|a\s+)?"
CLOT_IN = re.compile(
    rf"\s+in\s+{_LIMB}(?P<a>legs?|lungs?)\b(?:\s*,?\s+(?:or|and)\s+(?:in\s+)?{_LIMB}(?P<b>legs?|lungs?)\b)?", re.I
)
CLOT_KINDS = {"leg": "deep vein thrombosis", "lung": "pulmonary embolism"}
#: Right before a condition: its last stage ("end-stage kidney failure").
STAGE_BEFORE = re.compile(r"\b(end[- ]stage)\s+$", re.I)
#: After a condition, the organ it is narrowed to, and the words a vocabulary names that organ's kind with.
SITE_AFTER = re.compile(
    r"\s+(of|in|from)\s+(the|your|their|his|her)\s+(?P<site>[a-z]+( +[a-z]+){0,3}?)\b"
    r"(?=(\s+itself)?(\*\*|__)?(\s*[,.;:)]|\s+(or|and)\b|$"
    # (decision 0931) or a verb of the phrase's clause: "Thrush in the mouth may occur", "ulcers in the gut are rare"
    r"|\s+(may|might|can|could|is|are|was|were|will|often|sometimes|also)\b))",  # ("... itself": decision 0767)
    re.I | re.M,
)
#: (decision 0731) "bleeding from the vagina", "bleeding from the back passage": where it comes from is its site too
#: ("from" joined "of" and "in"), and the sites bleeding is named by.
SITES: tuple[tuple[re.Pattern, tuple[str, ...]], ...] = (
    (re.compile(r"lungs?$"), ("pulmonary", "lung")),
    (re.compile(r"heart valves?$"), ("heart valve", "cardiac valve", "valvular")),
    (re.compile(r"(tissues?\s+)?behind\s+the\s+(abdomen|belly|tummy|stomach)$|retroperitoneum$"), ("retroperitoneal",)),
    (re.compile(r"kidneys?$"), ("renal", "kidney")),
    (re.compile(r"liver$"), ("hepatic", "liver")),
    (re.compile(r"heart$"), ("cardiac", "heart")),
    (re.compile(r"skin$"), ("skin", "cutaneous")),
    (re.compile(r"(bowels?|intestines?|gut)$"), ("intestinal", "bowel")),
    (re.compile(r"stomach$"), ("gastric", "stomach")),
    (re.compile(r"duodenum$"), ("duodenal",)),  # ("ulcers in the duodenum": decision 0767)
    (re.compile(r"eyes?$"), ("ocular", "eye")),
    (re.compile(r"(gullet|o?esophagus|food\s+pipe)$"), ("esophageal", "oesophageal")),
    (re.compile(r"vagina$"), ("vaginal",)),
    (re.compile(r"(womb|uterus)$"), ("uterine",)),
    (re.compile(r"(rectum|back\s+passage|bottom)$"), ("rectal",)),
    (re.compile(r"nose$"), ("nasal", "nose")),
    (re.compile(r"gums?$"), ("gingival",)),
    (re.compile(r"mouth$"), ("oral", "mouth")),  # ("thrush in the mouth" is oral thrush: decision 0787)
    # (decision 0912) "osteonecrosis of the jaw" is no osteonecrosis of any bone, "scarring of the bone marrow" no scar
    # of the skin: composed only where a vocabulary names the kind ("marrow", not "bone marrow": "bone marrow fibrosis"
    # is the vocabularies' primary myelofibrosis, a disease of its own), else no claim
    (re.compile(r"(jaw|jawbone)s?$"), ("jaw",)),
    (re.compile(r"bone\s+marrow$"), ("marrow",)),
)
#: The mouth names a narrower kind only where a vocabulary knows it ("thrush in the mouth": oral candidiasis); else the
#: condition stays as written: a taste or a dryness is the mouth's by nature ("a metallic taste in the mouth").
MOUTH = re.compile(r"mouth$", re.I)
#: Right before a general head, the organ it is narrowed to ("bowel infections", "kidney infection"): the organ noun and
#: the words a vocabulary names that organ's kind with (decision 0713).
SITE_BEFORE = re.compile(
    r"\b(?P<site>lungs?|kidneys?|liver|heart|skin|bowel|intestinal|gut|stomach|eyes?|bladder|ear|throat|chest|bone|"
    r"joint|blood|brain|nail|gum|tooth|urinary)\s+(\*\*|__)?$",
    re.I,
)
SITE_WORDS = {
    "lung": ("pulmonary", "lung"),
    "kidney": ("renal", "kidney"),
    "liver": ("hepatic", "liver"),
    "heart": ("cardiac", "heart"),
    "bowel": ("intestinal", "bowel"),
    "gut": ("intestinal", "gut"),
    "stomach": ("gastric", "stomach"),
    "eye": ("eye", "ocular"),
}
#: General heads that name no condition without their organ: "bowel infections" is no infection in general.
GENERAL_HEADS = frozenset({"infection", "infections", "inflammation", "cancer", "cancers", "bleeding"})
#: After a site's phrase, a second site the same head is narrowed to ("scarring of the lungs or of the tissue behind
#: the abdomen").
SECOND_SITE = re.compile(
    r"\s+(or|and)\s+(?P<of>(of|in)\s+(the|your|their|his|her)\s+(?P<site>[a-z]+( +[a-z]+){0,3}?))\b"
    r"(?=(\*\*|__)?(\s*[,.;:)]|\s+(or|and)\b|$))",
    re.I | re.M,
)
#: After an effect its trigger narrows, the condition said to cause it: together one narrower condition ("feeling
#: faint when standing up, because of low blood pressure" is orthostatic hypotension).
REASON_AFTER = re.compile(r",?\s+(because\s+of|due\s+to|caused\s+by|from)\s+(an?\s+|the\s+)?(\*\*|__)?", re.I)
#: Around a quantity, words that say it falls ("lower blood pressure", "blood pressure drops"): with a posture's
#: trigger after it, the fall is the vocabulary's orthostatic kind of its low state.
FALL_BEFORE = re.compile(r"\b(lowers?|lowering|drops?|falls?)\s+((your|the)\s+)?$", re.I)
FALL_AFTER = re.compile(r"\s+(drops?|falls?|goes\s+down)\b", re.I)
#: After a condition, the kind of cause that names its narrower kind (decision 0787): "a stroke caused by a clot" is an
#: ischaemic stroke, "a stroke caused by bleeding" a haemorrhagic one. Composed only where a vocabulary knows the kind;
#: else the condition stays as written.
#: After a condition, pregnancy as its time (decision 0787): "high blood pressure in pregnancy" is the vocabularies'
#: pregnancy-induced (gestational) kind. Composed only where a vocabulary knows it; else the condition stays as written
#: ("constipation in pregnancy").
PREGNANCY_AFTER = re.compile(r"\s+(in|during)\s+(\*\*|__)?pregnancy\b", re.I)
PREGNANCY_WORDS = ("pregnancy-induced", "gestational")
CAUSE_KIND_AFTER: tuple[tuple[re.Pattern, tuple[str, ...]], ...] = (
    (
        re.compile(
            r",?\s+(caused\s+by|due\s+to|from)\s+(a\s+)?(blood\s+)?(clots?|blockage|blocked\s+(artery|vessel))\b", re.I
        ),
        ("ischemic", "ischaemic"),
    ),
    (
        # ("asthma that is brought on by exercise" is exercise-induced asthma)
        re.compile(
            r",?\s+((that|which)\s+(is|are)\s+)?(brought\s+on|caused|triggered|induced)\s+by\s+(physical\s+)?"
            r"(exercise|exertion)\b",
            re.I,
        ),
        ("exercise-induced",),
    ),
    (
        re.compile(r",?\s+(caused\s+by|due\s+to|from)\s+(a\s+)?(bleed|bleeding|burst\s+blood\s+vessel)\b", re.I),
        ("hemorrhagic", "haemorrhagic"),
    ),
)
#: Lay heads and the word a vocabulary composes their narrower kinds with ("scarring of the lungs" is pulmonary
#: fibrosis; "kidney failure" at its end stage is end-stage renal failure).
LAY_HEADS = {
    "scarring": ("fibrosis",),
    "scar tissue": ("fibrosis",),
    "scars": ("fibrosis",),
    "kidney failure": ("renal failure", "kidney disease"),
    "kidney disease": ("renal disease",),
    "high blood pressure": ("hypertension",),
    "low blood pressure": ("hypotension",),
    "nerve pain": ("neuralgia",),
    "thrush": ("candidiasis",),
    "liver problems": ("liver disease", "liver injury"),
    "liver problem": ("liver disease", "liver injury"),
    "liver damage": ("liver injury", "liver disease"),
}
#: After a condition, another condition it follows ("nerve pain after shingles"): the vocabularies name such a kind
#: "post<cause> <head>" (postherpetic neuralgia, post-traumatic epilepsy, postoperative pain; decision 0713).
FOLLOWING = re.compile(r"\s+(after|following)\s+((a|an|the|your|their)\s+)?(bout\s+of\s+)?(\*\*|__)?", re.I)
#: The cause's words and the adjectives the vocabularies' "post-" kinds are composed with.
POST_CAUSES: tuple[tuple[re.Pattern, tuple[str, ...]], ...] = (
    (re.compile(r"shingles|zoster|herpe"), ("herpetic",)),
    (re.compile(r"injur|trauma"), ("traumatic",)),
    (re.compile(r"surgery|operation"), ("operative",)),
    (re.compile(r"stroke"), ("stroke",)),
    (re.compile(r"infection|virus|viral"), ("infectious", "viral")),
)
#: After a condition, the medicine taken before it ("liver problems after taking flucloxacillin"): the vocabularies'
#: drug-induced kind (MeSH's Chemical and Drug Induced Liver Injury, drug-induced akathisia; decision 0713).
AFTER_TAKING = re.compile(
    r"\s+(after|following|from)\s+(taking|using|a\s+course\s+of|treatment\s+with|being\s+given)\s+(\*\*|__)?", re.I
)
#: The forms a vocabulary names a drug-induced kind with.
INDUCED = ("drug-induced", "drug induced")
#: Drugs, classes (units.DRUG: the medicine a drug-induced kind follows) and substances: what a use disorder is named
#: after ("alcohol dependence").
USED = DRUG | {"Substance"}
#: Pronouns that stand for a medicine after "taking".
MEDICINE_PRONOUN = re.compile(r"(it|them|this\s+medicine|the\s+medicine)\b", re.I)
#: Right before a condition, a word that makes another condition of it ("infected eczema" is an infection of the
#: eczema, not eczema): the composed name when a vocabulary knows it, else no claim (decision 0713).
INFECTED_BEFORE = re.compile(r"\b((secondarily\s+)?infected)\s+$", re.I)
#: An allergic reaction a text calls sudden or severe and gives breathing trouble: anaphylaxis by every vocabulary's
#: definition (a severe, rapid-onset, generalised allergic reaction with airway or breathing problems; decision 0713).
ALLERGY_SLUGS = frozenset({"hypersensitivity", "drug-hypersensitivity"})
SUDDEN_BEFORE = re.compile(r"\b(sudden|severe|serious|life[- ]threatening)\s+(\*\*|__)?$", re.I)
BREATHING_AFTER = re.compile(
    r"(\*\*|__)?\s+(with|causing|that\s+causes?)\b[^.;:\n]{0,80}?\b(difficulty|trouble|problems?)\s+"
    r"(breathing|swallowing\s+or\s+breathing)\b|(\*\*|__)?\s+(with|causing)\b[^.;:\n]{0,80}?\b"
    r"(wheezing|breathlessness|shortness\s+of\s+breath)\b",
    re.I,
)
ANAPHYLAXIS = "anaphylaxis"
#: After a drug's name, the words of a disorder of its use ("alcohol dependence", "opioid overdose"): one condition a
#: vocabulary names whole (MeSH's Alcoholism, Opiate Overdose), not the drug and the bare "dependence" (decision 0713).
USE_DISORDER_AFTER = re.compile(
    r"(\*\*|__)?\s+(?P<words>(dependence|dependency|addiction|abuse|misuse|overdoses?|poisoning|withdrawal|toxicity|"
    r"intoxication|use\s+disorders?|related\s+disorders?))\b",
    re.I,
)
#: The other words the vocabularies name a disorder of a substance's use with ("alcohol poisoning" is MeSH's alcoholic
#: intoxication): a poisoning is an intoxication, and the substance's adjective ("alcoholic") names it too (0731).
USE_WORD_ALTERNATIVES = {"poisoning": ("intoxication",), "intoxication": ("poisoning",)}
#: Before a drug class: words that say drugs like one just named are meant, not the class ("and similar
#: antibiotics").
SIMILAR_BEFORE = re.compile(r"\b(similar|related|comparable)\s+$", re.I)
#: Between a drug and the class it stands for with its like ("Erythromycin and similar antibiotics").
DRUG_AND_SIMILAR = re.compile(r"(\*\*|__)?\s*,?\s+(and|or)\s+(other\s+)?(similar|related|comparable)\s+", re.I)


def _use_disorder(substance: str, words: str, look: Callable) -> object | None:
    """The condition a vocabulary names a disorder of a substance's use with ("alcohol dependence": alcoholism;
    "alcohol poisoning": alcoholic intoxication), else None.

    >>> from types import SimpleNamespace as E
    >>> names = {"alcoholic intoxication": E(cls="Disease")}
    >>> _use_disorder("Alcohol", "poisoning", names.get) is names["alcoholic intoxication"]
    True
    """
    name, said = substance.lower(), " ".join(words.lower().split())
    for word in (said, *USE_WORD_ALTERNATIVES.get(said, ())):
        for form in (name, f"{name}ic"):
            hit = look(f"{form} {word}")
            if hit is not None and hit.cls in CONDITIONS:
                return hit
    return None


def _heads(name: str, label: str) -> list[str]:
    """The heads a narrower kind may be composed with: the name the text uses, its lay equivalents, the entity's
    label."""
    low = name.lower()
    return list(dict.fromkeys([low, *LAY_HEADS.get(low, ()), label.lower()]))


def _composed(heads: list[str], words: tuple[str, ...], look: Callable) -> object | None:
    """The first entity a vocabulary knows under "<word> <head>" for a narrowing word and a head."""
    for word in words:
        for head in heads:
            hit = look(f"{word} {head}")
            if hit is not None:
                return hit
    return None


def _fallen(text: str, m, label: str, look: Callable, make: Callable):
    """A mention of the vocabulary's orthostatic kind of a quantity's low state over "lower blood pressure on
    standing" or "blood pressure drops when you stand up", else None."""
    before = FALL_BEFORE.search(text[max(0, m.start - 20) : m.start])
    after = FALL_AFTER.match(text, m.end)
    trigger = TRIGGER_AFTER.match(text, after.end() if after else m.end)
    if not (before or after) or trigger is None:
        return None
    hit = _composed(_heads(f"low {text[m.start : m.end].lower()}", label), ("orthostatic", "postural"), look)
    if hit is None:
        return None
    return make(m.start - len(before.group(0)) if before and not after else m.start, trigger.end(), hit)


def _other_kind(text: str, m, mentions: list, cls_of: Callable, label_of: Callable, look: Callable, make: Callable):
    """The mentions that stand for condition `m` where the text makes it another, narrower kind (decision 0713): a
    list of one mention of the kind a vocabulary names ("nerve pain after shingles": postherpetic neuralgia; "liver
    problems after taking X": drug-induced liver injury; "a sudden allergic reaction with ... difficulty breathing":
    anaphylaxis), an empty list for "infected <condition>" no vocabulary names, else None (no such narrowing)."""
    start, end = m.start, m.end
    if m.slug in ALLERGY_SLUGS:
        sudden = SUDDEN_BEFORE.search(text[max(0, start - 24) : start])
        breathing = BREATHING_AFTER.match(text, end) if sudden else None
        hit = look(ANAPHYLAXIS) if breathing else None
        if hit is not None:
            return [make(start - len(sudden.group(0)), breathing.end(), hit)]
    organ = SITE_BEFORE.search(text[max(0, start - 24) : start]) if text[start:end].lower() in GENERAL_HEADS else None
    if organ:  # "bowel infections": the organ's kind where a vocabulary names it, else no claim of every infection
        site = organ["site"].lower().removesuffix("s")
        heads = _heads(text[start:end], label_of(m.slug))
        hit = _composed(heads, tuple(dict.fromkeys((*SITE_WORDS.get(site, ()), site))), look)
        return [make(start - len(organ.group(0)), end, hit)] if hit is not None else []
    infected = INFECTED_BEFORE.search(text[max(0, start - 24) : start])
    if infected:
        heads = _heads(text[start:end], label_of(m.slug))
        hit = _composed(heads, ("infected",), look) or next(
            (h for h in (look(f"{head.removesuffix('s')} infection") for head in heads) if h is not None), None
        )
        return [make(start - len(infected.group(0)), end, hit)] if hit is not None else []
    following = FOLLOWING.match(text, end)
    cause = next((x for x in mentions if following and x.start == following.end()), None)
    if cause is not None and cls_of(cause.slug) in CONDITIONS:
        said = f"{text[cause.start : cause.end]} {label_of(cause.slug)}".lower()
        adjectives = next((w for p, w in POST_CAUSES if p.search(said)), ())
        words = tuple(f"{form}{a}" for a in adjectives for form in ("post", "post-", "post "))
        hit = _composed(_heads(text[start:end], label_of(m.slug)), words, look) if words else None
        if hit is not None:
            return [make(start, cause.end, hit)]
    taking = AFTER_TAKING.match(text, end)
    if taking:
        medicine = next((x for x in mentions if x.start == taking.end() and cls_of(x.slug) in DRUG), None)
        if medicine is not None or MEDICINE_PRONOUN.match(text, taking.end()):
            hit = _composed(_heads(text[start:end], label_of(m.slug)), INDUCED, look)
            if hit is not None:  # (the medicine's own mention stays: it may be the subject of the claim)
                return [make(start, end, hit)]
    return None


def narrowed(text: str, mentions: list, cls_of: Callable, label_of: Callable, look: Callable, make: Callable) -> list:
    """`mentions` with each condition the text narrows read at the narrower grain: replaced by a mention of the
    narrower kind over the whole phrase when a vocabulary knows it (`look(name)` gives an entity or None; `make(start,
    end, entity)` a mention of it), else left out for a trigger, time or stage.

    >>> from collections import namedtuple
    >>> M = namedtuple("M", "start end slug")
    >>> narrowed("high blood pressure after giving birth", [M(0, 19, "hypertension")], lambda s: "Disease",
    ...          lambda s: "hypertension", lambda n: None, None)
    []
    """
    out, extra, unnamed = [], [], []
    for m in mentions:
        start, end, slug = m.start, m.end, m.slug
        cls = cls_of(slug)
        if cls in USED:
            use = USE_DISORDER_AFTER.match(text, end)
            hit = _use_disorder(text[start:end], use["words"], look) if use else None
            if hit is not None:  # "alcohol dependence": alcoholism, not dependence
                extra.append(make(start, use.end(), hit))
                continue
            if use and use["words"].lower() in USE_WORD_ALTERNATIVES:
                # "alcohol poisoning" no vocabulary names: no claim of every poisoning (the substance stays; 0731)
                unnamed.append((use.start("words"), use.end()))
        if cls in QUANTITIES:
            fallen = _fallen(text, m, label_of(slug), look, make)
            out.append(fallen or m)
            continue
        if cls not in CONDITIONS:
            out.append(m)
            continue
        # (the heads are composed only once a narrowing is found: most conditions have none; decision 0705)
        if m.slug in CLOT_SLUGS and (where := CLOT_IN.match(text, end)):
            # ("a blood clot in the leg or lungs": a deep vein thrombosis or a pulmonary embolism, decision 0912)
            for part in ("a", "b"):
                kind = CLOT_KINDS[where[part].lower().removesuffix("s")] if where[part] else None
                hit = look(kind) if kind else None
                if hit is not None:  # (the second over its own word: one mention a span, as SECOND_SITE's)
                    extra.append(make(start if part == "a" else where.start(part), where.end(part), hit))
            unnamed.append((start, where.end()))
            continue
        quality = qualified(text, start, end, look, tuple((x.start, x.end) for x in mentions if x is not m))
        if quality is not None:  # ("a dry, tickly cough": dry cough; "irregular bleeding": no bleeding; 0920)
            if quality[1] is not None:
                extra.append(make(quality[0], end, quality[1]))
            continue
        kind = _other_kind(text, m, mentions, cls_of, label_of, look, make)
        if kind is not None:
            extra.extend(kind)
            continue
        stage = STAGE_BEFORE.search(text[max(0, start - 20) : start])
        if stage:
            heads = _heads(text[start:end], label_of(slug))
            hit = _composed(heads, (stage.group(1).lower().replace(" ", "-"), stage.group(1).lower()), look)
            if hit is not None:
                extra.append(make(start - len(stage.group(0)), end, hit))
            continue  # "end-stage kidney failure" is not kidney failure at every stage
        menopause = MENOPAUSE_AFTER.match(text, end) if "menopaus" in text[end : end + 60].lower() else None
        hit = (
            _composed(_heads(text[start:end], label_of(slug)), ("postmenopausal", "post-menopausal"), look)
            if menopause
            else None
        )
        if hit is not None:
            extra.append(make(start, menopause.end(), hit))
            continue
        narrowing = TRIGGER_AFTER.match(text, end), BIRTH_AFTER.match(text, end)
        words = (("orthostatic", "postural"), ("postpartum", "post-partum", "puerperal"))
        found = next(((n, w) for n, w in zip(narrowing, words, strict=True) if n), None)
        if found:
            heads = _heads(text[start:end], label_of(slug))
            hit, stop = _composed(heads, found[1], look), found[0].end()
            reason = REASON_AFTER.match(text, stop)
            cause = next((x for x in mentions if reason and x.start == reason.end()), None)
            if hit is None and cause is not None and cls_of(cause.slug) in CONDITIONS:
                # "feeling faint when standing up, because of low blood pressure": one effect, orthostatic hypotension
                hit, stop = (
                    _composed(_heads(text[cause.start : cause.end], label_of(cause.slug)), found[1], look),
                    cause.end,
                )
            if hit is not None:
                extra.append(make(start, stop, hit))
            continue  # "high blood pressure after giving birth" is not hypertension
        pregnancy = PREGNANCY_AFTER.match(text, end)
        hit = _composed(_heads(text[start:end], label_of(slug)), PREGNANCY_WORDS, look) if pregnancy else None
        if hit is not None:  # ("high blood pressure in pregnancy": pregnancy-induced hypertension, decision 0787)
            extra.append(make(start, pregnancy.end(), hit))
            continue
        cause = next(((c, w) for p, w in CAUSE_KIND_AFTER if (c := p.match(text, end))), None)
        hit = _composed(_heads(text[start:end], label_of(slug)), cause[1], look) if cause else None
        if hit is not None:  # ("a stroke caused by a clot" is an ischaemic stroke: decision 0787)
            extra.append(make(start, cause[0].end(), hit))
            continue
        site = SITE_AFTER.match(text, end)
        if site:
            where = next((w for p, w in SITES if p.match(site["site"].lower())), None)
            heads = _heads(text[start:end], label_of(slug)) if where else []
            hit = _composed(heads, where, look) if where else None
            if hit is not None:
                extra.append(make(start, site.end(), hit))
                more = SECOND_SITE.match(text, site.end())
                there = next((w for p, w in SITES if more and p.match(more["site"].lower())), None)
                second = _composed(heads, there, look) if there else None
                if second is not None:  # "scarring of the lungs or of the tissue behind the abdomen": two kinds
                    extra.append(make(more.start("site"), more.end(), second))
                continue
            if where and not MOUTH.match(site["site"]):
                continue  # "scarring of the heart valves" is not every scar: no vocabulary names that kind
        out.append(m)
    covered = [(e.start, e.end) for e in extra] + unnamed
    out = [m for m in out if not any(a <= m.start and m.end <= b for a, b in covered)]  # one phrase, one condition
    return sorted(out + extra, key=lambda m: (m.start, m.end))


def similar_class_dropped(text: str, mentions: list, found: list) -> list:
    """`found` without a claim other than isA whose end is a class the text names only as "similar <class>":
    "Erythromycin and similar antibiotics raise the level of X" says erythromycin is an antibiotic, not that every
    antibiotic raises X's level. An interaction with such a class is one with the drug it follows ("Erythromycin and
    similar antibiotics": erythromycin is the partner named).

    >>> from types import SimpleNamespace as F
    >>> ms = [(0, 12, "erythromycin", "Drug"), (25, 36, "antibiotic", "DrugClass")]
    >>> t = "Erythromycin and similar antibiotics raise the level of X."
    >>> [(f.predicate, f.object) for f in similar_class_dropped(t, ms, [F(subject="erythromycin", predicate="isA",
    ...     object="antibiotic"), F(subject="x", predicate="interactsWith", object="antibiotic"),
    ...     F(subject="antibiotic", predicate="increases", object="x")])]
    [('isA', 'antibiotic'), ('interactsWith', 'erythromycin')]
    """
    similar = {m[2] for m in mentions if m[3] == "DrugClass" and SIMILAR_BEFORE.search(text[max(0, m[0] - 20) : m[0]])}
    named = {m[2] for m in mentions if m[2] in similar and not SIMILAR_BEFORE.search(text[max(0, m[0] - 20) : m[0]])}
    similar -= named  # (a class also named whole in the sentence is meant whole there)
    like = {
        b[2]: a[2]
        for a, b in itertools.pairwise(mentions)
        if b[2] in similar and a[3] == "Drug" and DRUG_AND_SIMILAR.fullmatch(text, a[1], b[0])
    }
    out = []
    for f in found:
        ends = {f.subject, f.object} & similar
        if f.predicate == "isA" or not ends:
            out.append(f)
        elif f.predicate == "interactsWith" and len(ends) == 1 and ends.pop() in like:
            swap = {k: like.get(v, v) for k, v in (("subject", f.subject), ("object", f.object))}
            if swap["subject"] != swap["object"]:
                out.append(dataclasses.replace(f, **swap) if dataclasses.is_dataclass(f) else _replaced(f, swap))
    return out


def _replaced(f, swap: dict):
    """`f` (a namespace, in doctests) with the ends in `swap`."""
    return type(f)(**{**vars(f), **swap})
