"""A drug no vocabulary names, recognised where the text itself says it is a medicine and keeps it as its subject
(decision 0845).

An article about a drug none of the installed vocabularies knows ("He takes cyproterone, an anti-androgen tablet";
"Cyproterone is absorbed well"; "Cyproterone commonly causes tiredness") recognised no drug of its own, so a drug it
named once in passing ("Some epilepsy medicines, such as carbamazepine, also interact with it") became the document's
drug and took what the article said of its own. A word is read as a drug when the text says so and repeats it as its
subject, all three of:

- the text names it as a medicine at least once: in apposition or as a predicate noun with a medicine's head ("X, an
  anti-androgen tablet", "X is a medicine", "X is a ... drug") or with a drug class the recogniser knows ("X, an
  antiandrogen", "X is a calcium channel blocker"), or as the first word of a drug's salt name the text also writes
  ("X acetate", whose whole name is a vocabulary's drug: the bare X is the text's own name, and no identifier is
  given for it, so none is written), or a vocabulary holds a drug record for its salt or ester though the text never
  writes it ("azilsartan", whose only record is "azilsartan medoxomil", DRUGBANK:DB08822: decision 0936; the minted
  drug is skos:relatedMatch to that record, not the same concept - the ester is the prodrug);
- it opens at least two sentences (the subject the text repeats);
- it is written at least three times, in lower case at least once (a drug's name, not a person's or a place's).

The entity is minted under the text's own word, class Drug, with no identifier (as targets, classes and processes no
vocabulary knows are: decisions 0634, 0637, 0635); every occurrence no other mention covers is its mention. Where the
text wrote the salt's name ("Lanthanum carbonate is a phosphate binder ... Lanthanum can cause nausea"), the salt's
own mentions are the same medicine, as the writer means it, and take the minted entity too (decision 0851): one
medicine, one name. No vocabulary here joins the base with its salt (the drug package's *Lanthanum* is the element,
its *Lanthanum carbonate* DrugBank's DB06792), so no identifier is carried either way.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from itertools import accumulate

from graph_build.text.branded_drugs import BRAND_AFTER
from graph_build.text.unknown_focus import stems
from graph_build.text.vocabularies import slugify
from ontology.lexicon import Entity

#: A candidate word: letters only, seven at least (no short common word), as the text writes it.
WORD = re.compile(r"\b[A-Za-z][a-z]{6,}\b")
#: Heads of a noun phrase that says the word is a medicine, after "a/an" and up to three words.
MEDICINE_HEADS = r"(?:tablet|capsule|medicine|medication|drug|injection|pill)s?"
#: After the word: ", a/an ... <head>" or " is a/an ... <head>"; before a class mention: the same up to it.
#: (bold or italic marks allowed around the noun phrase, "X is an **antispasmodic**": decision 1079)
MEDICINE_FRAME = re.compile(r"[*_]*,?\s+(?:is\s+)?an?\s+[*_]*(?:[\w-]+\s+){0,3}?[*_]*" + MEDICINE_HEADS + r"\b", re.I)
CLASS_FRAME = re.compile(r"[*_]*,?\s+(?:is\s+)?an?\s+[*_]*(?:[\w-]+\s+){0,3}[*_]*", re.I)
#: The second word of a salt or ester name ("cyproterone acetate", "X hydrochloride").
SALT_WORDS = (
    "acetate|hydrochloride|sulfate|sulphate|sodium|potassium|calcium|maleate|citrate|tartrate|mesylate|mesilate"
    "|besylate|besilate|fumarate|succinate|phosphate|bromide|chloride|hyclate|propionate|valerate|dipropionate|carbonate"
)
SALT = re.compile(rf"^([A-Za-z]+)\s+(?:{SALT_WORDS})$", re.I)
#: The second word of an ester prodrug's name ("azilsartan medoxomil", "candesartan cilexetil"): with the salts',
#: the words a vocabulary's record of a drug's salt or ester may add to the name the text writes (decision 0936).
ESTER_WORDS = ("medoxomil", "cilexetil", "axetil", "etexilate", "disoproxil", "alafenamide", "mofetil", "pivoxil")
ESTER_WORDS += ("proxetil", "marboxil")
SALT_OR_ESTER = (*SALT_WORDS.split("|"), *ESTER_WORDS)
#: A sentence's opening: the text's start, a line's start (after a list mark or heading marks), or after . ! ?
OPENING = re.compile(r"(?:^|[.!?]\s+|\n[ \t]*(?:[-*#>]+\s*|\d+[.)]\s*)?)[*_\"']*$")
#: Words never read as a drug's name, however a text uses them ("Walking is a good medicine"): English words made
#: with a suffix no drug name ends in (an INN ends in a stem such as -one, -ine, -ol, -ide, -vir, -mab, -pril), and a
#: few common words.
ENGLISH_SUFFIX = re.compile(
    r"(?:ing|ings|ness|ment|ments|tion|tions|sion|ity|ful|less|ly|ed|ism|ship|ence|ance|ous|ive|able|ible|er|ers)$"
)
#: Decision 1051: a word shaped as an International Nonproprietary Name (it ends in a WHO INN stem, unknown_focus's
#: inn_stems.yaml) that the text names as a medicine with its brand after it ("X, which is sold as Y", "X (brand name
#: Y)", "X, the name on the box was Y") or a medicine's naming frame before it ("a medicine called X", "His medicine
#: is X", "started on X") is a medicine's name however seldom the text writes it: careful writers name a new drug once
#: or twice and then call it "it" or "the injections", and without its own entity those references went to the drug
#: named with it (the co-medication, the replacement steroid).
NAMED_BEFORE = re.compile(
    r"\b(?:(?:medicines?|medications?|drugs?|injections?|infusions?|tablets?|treatments?|one)\s+(?:is\s+|was\s+)?"
    r"(?:called|named)|(?:medicine|medication|drug|treatment)\s+is|(?:started|put)\s+(?:\w+\s+)?on)\s+[*_]*$",
    re.I,
)
NEVER = frozenset({"because", "however", "although", "therefore", "treatment", "medicine", "tablets", "another"})


def named_drugs(
    text: str,
    mentions: list,
    class_of: Callable[[str], str],
    make: Callable[[int, int, str], object],
    named: Callable[[str], Entity | None] | None = None,
) -> tuple[list, dict[str, Entity]]:
    """Mentions (made by `make(start, end, slug)`) and entities of the drugs the text names as medicines that no
    vocabulary knows, as the module's doc says. `named(name)`: the entity a vocabulary knows by `name`, if any (for
    the salt's or ester's record of a word the text writes alone: decision 0936).

    >>> text = ("Ben takes cyproterone, an anti-androgen tablet. Cyproterone is absorbed well. "
    ...         "Cyproterone can cause tiredness.")
    >>> found, new = named_drugs(text, [], lambda s: "", lambda a, b, s: (a, b, s))
    >>> found, sorted(new)
    ([(10, 21, 'cyproterone'), (48, 59, 'cyproterone'), (78, 89, 'cyproterone')], ['cyproterone'])
    >>> named_drugs("Ben takes cyproterone daily. Cyproterone is fine.", [], lambda s: "", lambda a, b, s: 0)[1]
    {}
    """
    # (a word is covered when a mention starting at or before it ends at or after it: the mentions by start, with the
    # furthest end reached so far, bisected once per word)
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    drug_ends = {m.start: m for m in mentions if class_of(m.slug) == "Drug"}
    class_starts = {m.start for m in mentions if class_of(m.slug) == "DrugClass"}
    spots: dict[str, list[tuple[int, int]]] = {}
    salts: dict[str, list] = {}
    for w in WORD.finditer(text):
        low = w.group().lower()
        if low in NEVER or ENGLISH_SUFFIX.search(low):
            continue
        at = bisect_right(starts, w.start())
        if at and reach[at - 1] >= w.end():
            salted = drug_ends.get(w.start())
            if salted is not None and SALT.match(salted.text) and salted.text.split()[0].lower() == low:
                # (the base of a drug's salt name: a medicine's frame, and in lower case a drug's name, not a person's)
                spots.setdefault(low, []).append((-1, 0 if salted.text.split()[0] == low else -1))
                salts.setdefault(low, []).append(salted)
            continue
        spots.setdefault(low, []).append((w.start(), w.end()))
    # (how often the text names the drug it names most that a vocabulary knows)
    most = max(Counter(m.slug for m in mentions if class_of(m.slug) == "Drug").values(), default=0)
    out, new = [], {}
    for low, places in sorted(spots.items()):
        own = [p for p in places if p[0] >= 0]
        if _branded_inn(text, low, own) or _branded_plain(text, low, own, named):
            # (related to the vocabulary's record of its salt or ester where one is, as 0936 mints it: decision 1055)
            record = _salt_or_ester_record(low, named)
            entity = Entity(slugify(low), low, "Drug", related=record.exact if record else ())
            new[entity.slug] = entity
            out += [make(a, b, entity.slug) for a, b in own]
            continue
        if len(own) < 3 or (not any(text[a:b] == low for a, b in own) and (-1, 0) not in places):
            continue
        openings = [(a, b) for a, b in own if OPENING.search(text, max(0, a - 12), a)]
        if len(openings) < 2 and not (
            # (or it opens one sentence that names it a medicine, "X is a progestogen", and the text writes it more
            # often than every drug the vocabularies know: the article's drug, not a word in passing; decision 0955)
            openings and len(own) > most and any(_named_as_medicine(text, b, class_starts) for _, b in openings)
        ):
            continue
        salted = len(own) < len(places)
        record = None
        if not salted and not any(_named_as_medicine(text, b, class_starts) for _, b in own):
            record = _salt_or_ester_record(low, named)
            if record is None:
                continue
        # (the vocabulary's record of its salt or ester is a related concept, not this one: decision 0936)
        entity = Entity(slugify(low), low, "Drug", related=record.exact if record else ())
        new[entity.slug] = entity
        out += [make(a, b, entity.slug) for a, b in own]
        # (the salt's own name in a text that then calls the medicine by its base alone is the same medicine, as the
        # writer means it: one entity under the text's own name, decision 0851)
        out += [make(m.start, m.end, entity.slug) for m in salts.get(low, ())]
    return out, new


def _branded_inn(text: str, low: str, own: list[tuple[int, int]]) -> bool:
    """Whether `low` is INN-shaped, written in lower case at least once, and named as a medicine by its brand after
    it or a naming frame before it at one of its places (decision 1051)."""
    ends = stems()
    if not low.endswith(ends) or low in ends or not any(text[a:b] == low for a, b in own):
        return False
    # (or the medicine given or used, "They used X"; or, written three times, the title names it or it opens a
    # sentence - where unknown_focus's guard (0936) reads a drug's name standing - with no medicine's frame: a text
    # about a new drug need not call it a medicine in so many words; decision 1055)
    title_end = text.find("\n") % (len(text) + 1)
    return any(
        BRAND_AFTER.match(text, b)
        or NAMED_BEFORE.search(text, max(0, a - 40), a)
        or GIVEN.search(text, max(0, a - 30), a)
        or ON_IT_BEFORE.search(text, max(0, a - 50), a)
        or (len(own) >= INN_TIMES and (b <= title_end or OPENING.search(text, max(0, a - 12), a)))
        for a, b in own
    )


#: Decision 1079: how often a text writes an INN-shaped word, at least, for the title or a sentence's opening to make
#: it a medicine's name with no frame (1055 asked three; a letter names its new drug twice - "they moved me onto X
#: ... X binds that integrin" - and calls it "it" after).
INN_TIMES = 2
#: Decision 1079: right before an INN-shaped word, the frames a letter or a chat names the medicine given by, beside
#: 1051's: its name with any head ("a nasal spray called X", "It's called X", "which is called X", "goes by the name
#: X") and the reader put on it ("is now on X", "moved me onto X", "switched him to X", "started him straight away on
#: X"). Read for INN-shaped words only, whose ending already says they name a medicine.
ON_IT_BEFORE = re.compile(
    r"\b(?:called|named|by\s+the\s+name|under\s+the\s+name|(?:is|am|are|was|were|been|being)\s+(?:now\s+|still\s+)?on"
    r"|onto|on\s+to|(?:started|put|switched|moved|changed)\s+(?:\w+\s+){0,3}?(?:on|onto|to))\s+[*_]*$",
    re.I,
)


#: Decision 1055: how often a text writes a word in no INN stem, at least, for its brand or naming frame to make it a
#: medicine's name (an INN-shaped word needs one: 1051).
PLAIN_TIMES = 3
#: Right before the word: the medicine given or used ("They used X", "she was given X", "the GP prescribed X",
#: "offered me X"), as a text about a medicine introduces it (decision 1055; beside 1051's naming frames).
GIVEN = re.compile(
    r"\b(?:prescribed|given|used|gave|offered|prescribes|uses|gives|offers)\s+(?:(?:me|him|her|them|us|you)\s+)?"
    r"[*_]*$",
    re.I,
)
#: Right after the word: the second word of its full name, before the brand ("X pegol, brand name Y", "X alfa (Y)").
SECOND_WORD = re.compile(r"[*_]*\s+[a-z]{3,}(?=[*_]*(?:,|\s*\())")


def _branded_plain(
    text: str, low: str, own: list[tuple[int, int]], named: Callable[[str], Entity | None] | None = None
) -> bool:
    """Whether `low`, in no INN stem, is the name of a medicine the text is about: written at least `PLAIN_TIMES`
    times, in lower case at least once, opening a sentence at least once, and named as a medicine by its brand after
    it or a naming frame before it at one of its places (decision 1055). A new drug's name need not be INN-shaped
    (a biologic's, a brand-like generic's), and a text about it names it as 1051's INN-shaped drugs are named; without
    its own entity its "it" went to the painkiller or co-medication the text names twice."""
    if len(own) < PLAIN_TIMES or not any(text[a:b] == low for a, b in own):
        return False
    if low in stems():  # (an INN stem itself names a class, "Triptan tablets work": no drug; decision 1079)
        return False
    if (named is not None and named(low) is not None) or low.removesuffix("s") in FORM_KIND_WORDS:
        return False  # (a word a vocabulary knows, or a kind of medicine, "hormone injections", is no new drug: 1079)
    if not any(OPENING.search(text, max(0, a - 12), a) for a, _ in own):
        return False
    return any(
        BRAND_AFTER.match(text, b)
        or BRAND_AFTER.match(text, second.end() if (second := SECOND_WORD.match(text, b)) else b)
        or NAMED_BEFORE.search(text, max(0, a - 40), a)
        or FORM_AFTER.match(text, b)
        or PRESCRIBED_BEFORE.search(text, max(0, a - 30), a)
        for a, b in own
    )


#: Decision 1079: right after the word, the form a medicine comes in ("quorvanel tablets", "X eye drops", "a X 5%
#: medicated plaster", "X injections"): a word written as the name of tablets or drops is a medicine's name, as a
#: brand after it is (a text about a medicine names its form with it; a person's or a place's name never takes one).
FORM_AFTER = re.compile(
    r"[*_]*\s+(?:\d+(?:\.\d+)?\s*%\s+)?(?:medicated\s+)?(?:tablets?|capsules?|injections?|infusions?|(?:eye\s+)?drops"
    r"|plasters?|patch(?:es)?|inhalers?|pessar(?:y|ies)|suppositor(?:y|ies)|ointment|syrup)\b",
    re.I,
)
#: Decision 1079: nouns of seven letters or more that name a kind of medicine before a form's word ("hormone
#: injections", "steroid drops", "vitamin tablets", "allergy tablets", "thyroid tablets"): the kind, never a new drug's
#: name, when no vocabulary mention covers the word.
FORM_KIND_WORDS = frozenset(
    {"hormone", "steroid", "vitamin", "mineral", "antibiotic", "antacid", "diuretic", "placebo", "generic", "herbal"}
    | {"nicotine", "caffeine", "allergy", "thyroid", "heartburn", "hayfever", "fluoride", "contraceptive", "sleeping"}
)
#: Decision 1079: right before the word, its prescribing ("His GP prescribed X", "was prescribed X"): of 1055's
#: `GIVEN`, the verb only a medicine takes ("given X", "used X" take any noun).
PRESCRIBED_BEFORE = re.compile(r"\bprescrib(?:ed|es|ing)\s+(?:(?:me|him|her|them|us|you)\s+)?[*_]*$", re.I)


def _named_as_medicine(text: str, end: int, class_starts: set[int]) -> bool:
    """Whether the word ending at `end` is followed by an apposition or predicate noun naming a medicine ("X, an
    anti-androgen tablet", "X is a medicine") or a drug class the recogniser knows ("X is a calcium channel
    blocker")."""
    if MEDICINE_FRAME.match(text, end):
        return True
    return any(end < s <= end + 60 and CLASS_FRAME.fullmatch(text, end, s) for s in class_starts)


def _salt_or_ester_record(word: str, named: Callable[[str], Entity | None] | None) -> Entity | None:
    """The drug record a vocabulary holds for `word`'s salt or ester ("azilsartan" -> "azilsartan medoxomil",
    DRUGBANK:DB08822), when `word` itself is no record's name: evidence that the text's word is that drug's name, as
    a medicine's frame is (decision 0936). None when there is none or no look-up is given."""
    if named is None:
        return None
    for second in SALT_OR_ESTER:
        entity = named(f"{word} {second}")
        if entity is not None and entity.cls == "Drug" and entity.exact:
            return entity
    return None
