"""Drug classes a text names that no vocabulary knows, recognised by the form of their name where the sentence
states a class (docs/decisions/0637).

A class name is a head noun of pharmacology ("blocker", "antagonist", "diuretic", "ligand", an "anti-" noun, or a
class the lexicon or vocabularies know) with the modifiers before it ("loop diuretic", "alpha blocker", "SV2A
ligand", "nonbenzodiazepine hypnotic", "antithyroid medicine"), or a drug name's stem ("sumatriptan is a triptan"),
and only where the words around it say that something is of that class: "X is a/an ...", "X belongs to the group
of medicines called ...", "X, a ...", "... such as X", "X and other ...", "another ...", "called / classed as ...".
The class is the lexicon's or the vocabularies' entity when one has the name (the same concept); else a DrugClass
minted from the text's words: singular, lower case, American spelling, "medicine" read as the vocabularies'
"agent" ("antithyroid medicine" -> antithyroid-agent). A name minted once is then recognised wherever the text
repeats it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from graph_build.text import lowered
from graph_build.text.spelling_variants import one_spelling
from graph_build.text.wordforms import american, singular
from ontology.lexicon import Entity

#: Heads naming what a class does to something: the modifier may be a drug's name ("folate antagonist").
ACTION_HEADS = frozenset(
    {
        "inhibitor",
        "blocker",
        "antagonist",
        "agonist",
        "analogue",
        "analog",
        "derivative",
        "modulator",
        "ligand",
        "inducer",
    }
)
#: Head nouns (singular) that name a class only with a modifier: "a loop diuretic" yes, "an agent" no.
#: ("a monoclonal antibody", "a phosphate binder", "an immune response modifier", "a CFTR potentiator": decision 0877)
BARE_HEADS = ACTION_HEADS | {
    "agent",
    "stabiliser",
    "stabilizer",
    "medicine",
    "medication",
    "drug",
    "antibody",
    "binder",
    "potentiator",
    "modifier",
}
#: Head nouns (singular) that are a class by themselves, with or without modifiers ("an antibiotic", "a tetracycline
#: antibiotic"); a word opening with "anti" ("antifungal", "antithyroid") is one too.
CLASS_NOUNS = frozenset(
    {
        "antibiotic",
        "antibacterial",
        "diuretic",
        "corticosteroid",
        "laxative",
        "relaxant",
        "stimulant",
        "bronchodilator",
        "vasodilator",
        "decongestant",
        "antiseptic",
        "sedative",
        "hypnotic",
        "anxiolytic",
        "antacid",
        "expectorant",
        "emollient",
        "opioid",
        "analgesic",
        "painkiller",
        "anaesthetic",
        "anesthetic",
        # ("nabilone is a synthetic cannabinoid", "it is a prodrug", "a haemostatic": decision 0877)
        "cannabinoid",
        "prodrug",
        "haemostatic",
        "hemostatic",
        # ("X is not a vaccine", "it is not a contraceptive": a class denied; decision 0877)
        "vaccine",
        "contraceptive",
        # ("It is not a steroid", "dexamethasone, a steroid,": the lay name of the corticosteroids, read as the
        # class by LAY_CLASS_NAMES; decision 0985)
        "steroid",
    }
)
#: A lay class name written alone that names a class the vocabularies call otherwise: "steroid" is the everyday word
#: for a corticosteroid ("Steroids, also called corticosteroids, are anti-inflammatory medicines", NHS, Steroids;
#: decision 0985). Only the bare word: "an anabolic steroid" keeps its modifier and its own name.
LAY_CLASS_NAMES = {"steroid": "corticosteroid"}
#: A one-word class "against" something: an "anti-" adjective or agent noun ("antifungal", "antiemetic",
#: "anticoagulant", "antihistamine", "antithyroid"), not "antibody" or "antigen".
ANTI_CLASS = re.compile(r"^anti[a-z]{4,}(al|ic|ant|ent|ine|oid|ive|ory|ar)$")
#: Heads after which "medicine", "medication" or "drug" needs a modifier of a class's form: an "anti-" word or an
#: adjective of pharmacology ("anticholinergic", "cytotoxic", "thrombolytic").
GENERIC = frozenset({"medicine", "medication", "drug"})
CLASS_ADJECTIVE = re.compile(r"^(anti.{3,}|.+(ergic|lytic|toxic|static|mimetic))$")
#: Words before a head that describe the drug, not its class (the class name starts after them).
NOT_CLASS_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "another",
        "other",
        "new",
        "newer",
        "newest",
        "old",
        "older",
        "strong",
        "stronger",
        "potent",
        "weak",
        "weaker",
        "mild",
        "powerful",
        "common",
        "effective",
        "similar",
        "different",
        "important",
        "popular",
        "cheap",
        "cheaper",
        "generic",
        "oral",
        "intravenous",
        "injectable",
        "injected",
        "topical",
        "standard",
        "usual",
        "main",
        "modern",
        "classic",
        "traditional",
        "useful",
        "safe",
        "safer",
        "good",
        "better",
        "best",
        "certain",
        "some",
        "many",
        "several",
        "most",
        "all",
        "any",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "your",
        "our",
        "same",
        "single",
        "only",
        "very",
        "more",
        "less",
        "used",
        "called",
        "known",
        "prescribed",
        "prescription",
        "first",
        "second",
        "first-line",
        "second-line",
        "third-line",
        "well-known",
        "synthetic",  # (how the drug is made, not its class: "a synthetic glucocorticoid", decision 0661)
        "man-made",
        "over-the-counter",
        "brand",
        "branded",
        "simple",
        "ordinary",
        "regular",
        "daily",
        "weekly",
        "long-term",
        "short-term",
        "so-called",
        "direct",
        "sole",
        "true",
        "real",
        "proper",
        "pure",
        "additional",
        "extra",
        "alternative",
        "reliable",
        "specific",
        "licensed",
        "unlicensed",
        "approved",
        "widely",
        "commonly",
        "is",
        "are",
        "was",
        "were",
        "be",
        "and",
        "or",
        "of",
        "to",
        "for",
        "in",
        "with",
        "by",
        "as",
        "not",
        "no",
        "one",
        "two",
        "both",
        "each",
        "such",
        "like",
        "type",
        "kind",
        "form",
        "group",
        "class",
        "family",
        "member",
    }
)
#: Before the class name (after any NOT_CLASS_WORDS): the words of a class statement.
BEFORE = re.compile(
    # ("It isn't a steroid", "it's a prodrug", "they're not vaccines": the contracted copula, as "is (not)";
    # "there's / here's / what's a Y" names no subject's class; decision 1018)
    r"((\b(is|are|was|were|be|being)|\b(is|are|was|were)n[’']t|(?<!\bthere)(?<!\bhere)(?<!\bwhat)(?<!\bwho)[’'](s|re))"
    r"(,? (also|itself|now|today|sometimes|often|usually|mainly|still|therefore|"
    r"both|actually|technically|not|never))*,? (an?|another|one of( the)?( many| several| most)?|among( the)?|the)"
    r"|\bbelongs? to( an?| the)?( (group|class|family|type) of (medicines|drugs|medications|agents))?"
    r"( (called|known as))?( an?| the)?"
    r"|\b(called|known as|classed as|classified as|categori[sz]ed as|described as|used as|acts? as|works? as)"
    r"( an?| the)?"
    r"|\b(type|kind|form|member|class|group|family) of( (medicines|drugs|medications|agents))?"
    r"( (called|known as))?( an?| the)?"
    r"|[,(] ?(an?|another|the)|\b(and|or) (some |many |all )?(other|another)( an?)?|\banother|\bother"
    # ("X is what the doctors call a Y", "X is what's called a Y": what someone calls the drug; decision 0976)
    r"|\bis what( (the|your|my|most|some))? \w+( would)? call(s|ed)? an?|\bis what(\W?s| is) (called|known as) an?"
    # a cell of a table row labelled "(Drug) class"
    r"|\|\s*(drug\s+)?class(es)?\s*\|([^|\n]*\|)*)$",
    re.I,
)
#: The words of BEFORE's cues (the other NOT_CLASS_WORDS between a cue and a class name are passed over).
CUE_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "another",
        "other",
        "one",
        "called",
        "known",
        "is",
        "are",
        "was",
        "were",
        "be",
        "of",
        "as",
        "and",
        "or",
        "some",
        "many",
        "all",
        "several",
        "most",
        "type",
        "kind",
        "form",
        "group",
        "class",
        "family",
        "member",
        "used",
        "to",
    }
)
#: After the class name (plural): a list of its members follows.
AFTER = re.compile(r"s?\)?,? (such as|like|including|e\.g\.|for example)\b", re.I)
#: After a class name, its gloss: "a nonsteroidal anti-inflammatory drug, or NSAID", "... drug (NSAID)" (a known
#: name of the class there: the class is that one).
GLOSSED = re.compile(r"s?(,? or |,? \(|, also called |, known as )(an? )?")
#: Words before a head that are verbs, not modifiers ("doctors use anti-inflammatory medicines").
VERBS = frozenset(
    {
        "use",
        "take",
        "give",
        "need",
        "try",
        "include",
        "avoid",
        "prescribe",
        "recommend",
        "add",
        "stop",
        "start",
        "combine",
        "mix",
        "call",
        "consider",
        "choose",
        "prefer",
        "get",
        "have",
        "make",
        "like",
    }
)
#: Words before a head that close a modifier run: prepositions and the verbs of a negated or plain predicate
#: ("doesn't work on benzodiazepines": no class "work on benzodiazepine", decision 0667).
NOT_MODIFIERS = frozenset(
    {"on", "at", "from", "into", "onto", "against", "about", "over", "than", "through", "without", "work", "act"}
)
#: A question word or subordinator, written in lower case, opens a clause: the words before it are no modifiers of
#: the name after it ("it does not change how blood thinners work", "the way blood thinners work": no class "change
#: how blood thinner"); in capitals mid-sentence it is a name ("If inhibitors", the I-funny current), decision 0766.
CLAUSE_OPENERS = frozenset({"how", "way", "what", "why", "when", "where", "whether", "which"}) | frozenset(
    {"who", "whom", "whose", "if", "because", "unless"}
)
#: What may follow a class name: its own end (punctuation), or a word that starts a new phrase (a head followed by
#: another noun is a modifier: "antibiotic treatment", "blocker therapy").
NEXT_WORDS = frozenset(
    {
        "such",
        "like",
        "including",
        "used",
        "that",
        "which",
        "who",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "with",
        "for",
        "to",
        "in",
        "called",
        "known",
        "taken",
        "given",
        "may",
        "can",
        "could",
        "might",
        "from",
        "on",
        "by",
        "but",
        "so",
        "because",
        "as",
        "it",
        "when",
        "while",
        "the",
        "a",
        "an",
        "often",
        "also",
        "usually",
        "does",
        "do",
        "will",
        "should",
        "has",
        "have",
        "than",
        "work",
        "works",
        "act",
        "acts",
        "e",
    }
)
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*(?:'s)?")
#: Right before a word: "a group / family / class of medicines called" names the word as the class, whatever its form.
#: (decision 0946: also "a group / family / class called (the)", "a family of migraine medicines called", "a group of
#: medicines called the": "an antibiotic from a group called the nitroimidazoles"; a bare "a type called" is none, it
#: names receptor subtypes as often: "a type called alpha-4 beta-2")
CALLED_CLASS = re.compile(
    r"\b((group|family|class|type)s? of ([\w-]{1,20} ){0,2}?(medicines|drugs|medications|agents)"
    r"|(group|famil(y|ies)|class(es)?)) (called|known as) ((the|an?) )?$",
    re.I,
)
#: CALLED_CLASS anywhere in a text: the ends of its matches, found in one pass, are the only words CALLED_CLASS can
#: name (a match is at most 81 characters, so it fits the 90 characters searched before a word, and no two overlap).
CALLED_CLASS_ANYWHERE = re.compile(CALLED_CLASS.pattern.removesuffix("$"), CALLED_CLASS.flags)


def called_ends(text: str) -> set[int]:
    """Where CALLED_CLASS can end in `text`: each match's end, and where an article closes it, the article's start too
    (the search of a window ending there finds the match without its article).

    >>> sorted(called_ends("a group called the Ys and a family called Zs"))
    [15, 19, 42]
    """
    ends = set()
    for m in lowered.finditer(CALLED_CLASS_ANYWHERE, text):
        ends.add(m.end())
        if m.group(m.re.groups):
            ends.add(m.start(m.re.groups))
    return ends


#: After a word: ", a medicine ...", ", a type of drug ...": the gloss says the word names a kind of medicine.
MEDICINE_GLOSS = re.compile(r", (a|an) ((type|kind|group|class) of )?(medicine|drug|medication)\b")
#: Classes whose mention may be a modifier of a class name ("folate antagonist", "SV2A ligand").
MODIFIER_CLASSES = frozenset({"Chemical", "MolecularTarget"})


@lru_cache(maxsize=1 << 16)
def _singular(word: str) -> str:
    """A word in lower case and in the singular, "-ies" losing only its "s" (`_repeated` finds the plural as the
    singular + "s")."""
    return singular(word.lower(), ies=False)


@lru_cache(maxsize=1 << 16)
def _is_head(word: str) -> bool:
    low = _singular(word)
    last = low.rsplit("-", 1)[-1]
    return last in BARE_HEADS or last in CLASS_NOUNS or bool(ANTI_CLASS.match(low))


def _is_class(word: str, named) -> bool:
    """Whether a modifier names a class itself ("anti-inflammatory" of "anti-inflammatory painkillers"): two classes
    in a row are recognise._class_modifiers' to read."""
    return any(getattr(named(form), "cls", "") == "DrugClass" for form in (word, word + " agent", word + " agents"))


def _needs_modifier(word: str) -> bool:
    low = _singular(word)
    return "-" not in low and low in BARE_HEADS


#: How near a drug's name must be to a word for the word to be read as the drug's stem (about one sentence).
NEAR = 200


def _stem_class(word: str, drug_names: list[str]) -> bool:
    """A word that ends a drug's name ("triptan" of "sumatriptan"): the drug stem naming the drug's class."""
    low = _singular(word)
    return (
        len(low) >= 5
        and low.isalpha()
        and any(n.isalpha() and n.endswith(low) and len(n) > len(low) + 2 for n in drug_names)
    )


def class_mentions(
    text: str,
    mentions: list,
    cls_of: Callable[[str], str],
    named: Callable[[str], Entity | None],
    new: dict[str, Entity],
    make: Callable,
) -> list:
    """`mentions` with the class names of class statements added (replacing the mentions inside them).

    `cls_of` gives a slug's class, `named` a name's known entity (lexicon, else vocabularies) or None, `new` the
    text's new entities (minted classes are added), `make(start, end, slug, text, source)` a mention.
    """
    covering = sorted(mentions, key=lambda m: m.start)
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    by_end = {m.end: m for m in covering}
    drugs = [(m.start, m.text.lower()) for m in covering if cls_of(m.slug) == "Drug"]
    # (the endings of the drugs' names a stem may be: a set look-up per word, the drugs near it only on a hit)
    endings = {n[-k:] for _, n in drugs if n.isalpha() for k in range(5, len(n) - 2)}
    added, gone, minted = [], set(), {}
    called = called_ends(text)
    # (where a gloss of a kind of medicine starts: each match opens with the only comma it holds, so none overlaps)
    glossed = {m.start() for m in MEDICINE_GLOSS.finditer(text)}
    # the words the loop below reads further: a mention's end, a head, a drug stem, a word a class statement names
    # as the class or a gloss follows; it passes over every other word at its first tests
    heads = {w for w in {t[2] for t in tokens} if _is_head(w) or _singular(w) in endings}
    for k in [k for k, (a, b, w) in enumerate(tokens) if w in heads or b in by_end or a in called or b in glossed]:
        start, end, word = tokens[k]
        head = by_end.get(end)
        if head is not None and cls_of(head.slug) != "DrugClass":
            continue
        # (a stem of a drug the same sentence names: "rizatriptan, another triptan")
        stem = (
            head is None
            and _singular(word) in endings
            and _stem_class(word, [n for at, n in drugs if abs(at - start) < NEAR])
        )
        # (the word a class statement names as the class: "belongs to a family of medicines called Ys", 0661)
        # (or glosses as a kind of medicine: "X is a retinoid, a medicine related to Y"); looked for last, since
        # most words are none of these
        if (
            head is None
            and not (_is_head(word) or stem)
            and not (
                (
                    start in called
                    and word.lower() not in NOT_CLASS_WORDS
                    and CALLED_CLASS.search(text, max(0, start - 90), start)
                )
                or (MEDICINE_GLOSS.match(text, end) and word[:1].islower() and word.lower() not in NOT_CLASS_WORDS)
            )
        ):
            continue
        if not _ends_name(text, end):
            continue
        # (a drug or class before a head of action names what the class acts on: "folate antagonist", "opioid
        # antagonist" is no opioid)
        acted_on = {"Drug", "DrugClass"} if _singular(word).rsplit("-", 1)[-1] in ACTION_HEADS else set()
        first = head.start if head is not None else start
        parts = [(first, end)]
        j = k - 1
        while j >= 0 and tokens[j][1] > first:
            j -= 1
        # the modifiers: words right before the head (a space between), none a drug, condition or other class
        while len(parts) < 5 and j >= 0:
            a, b, w = tokens[j]
            # (nor a contraction's fragment: the "t" of "doesn't", the "ll" of "you'll")
            if (
                text[b:first] != " "
                or w.lower() in NOT_CLASS_WORDS | NOT_MODIFIERS
                or w in CLAUSE_OPENERS
                or w.endswith("'s")
                or text[a - 1 : a] in ("'", "\u2019")
            ):
                break
            inside = by_end.get(b)
            # (a drug's name right before a known class names the drug's family: "tetracycline antibiotics such as
            # A", "another penicillin antibiotic", decision 0661)
            family = {"Drug"} if head is not None and len(parts) == 1 else set()
            if inside is not None and cls_of(inside.slug) not in MODIFIER_CLASSES | acted_on | family:
                break
            if inside is None and any(m.start < b and a < m.end for m in covering):
                break
            low = w.lower()
            if inside is None and (
                low.endswith(("ly", "est"))
                or (low.endswith(("ing", "s")) and "-" not in low and not low.endswith(("ss", "us", "is")))
                or (low.endswith("ing") and head is not None)
                or low in VERBS
                or _is_class(low, named)
            ):
                break
            a = inside.start if inside is not None else a
            parts.insert(0, (a, b))
            first = a
            while j >= 0 and tokens[j][1] > first:
                j -= 1
        if stem and len(parts) > 1:
            continue
        words = [text[a:b] for a, b in parts]
        if len(parts) == 1 and (head is not None or _needs_modifier(word)):
            continue
        last = _singular(word).rsplit("-", 1)
        before = last[0] if len(last) == 2 else words[-2].lower() if len(words) > 1 else ""
        if last[-1] in GENERIC and not CLASS_ADJECTIVE.match(before):
            continue
        if not _in_class_statement(text, first, end):
            continue
        if any(m.start < end and first < m.end and not (first <= m.start and m.end <= end) for m in covering):
            continue
        gloss = GLOSSED.match(text, end)
        known = next((m for m in covering if gloss and m.start == gloss.end() and cls_of(m.slug) == "DrugClass"), None)
        entity = named(known.text) if known is not None else None
        entity = entity or _class_entity(words, [by_end.get(b) for _, b in parts[:-1]], cls_of, named, new)
        if entity is None:
            continue
        gone.update(m for m in covering if first <= m.start and m.end <= end)
        added.append(make(first, end, entity.slug, text[first:end], "class-name"))
        if entity.slug in new and new[entity.slug].label == _name(words):
            minted[entity.slug] = words
    out = [m for m in mentions if m not in gone] + added
    if GROUP_WORD.search(text):
        out = _grouped(text, out, cls_of, named, new, make)
    if "belong" in text:
        out = _belongs_to_group(text, out, cls_of, named, new, make, minted)
    return _repeated(text, out, minted, make) if minted else out


#: "X belongs to the Z group / family / class (of Ys)": the word before the group word names the group (decision 0946).
BELONGS_TO_GROUP = re.compile(
    r"\bbelong(s|ing)? to the (?P<group>[a-z][a-z-]{3,}) (group|family|class)\b(?: of (?P<kind>[a-z][a-z-]+))?"
)


def _belongs_to_group(text: str, mentions: list, cls_of, named, new: dict, make, minted: dict) -> list:
    """`mentions` with the group word of "belongs to the Z group / family / class" read as a class where no mention
    holds it: "Nateglinide belongs to the meglitinide group" (meglitinide), "It belongs to the quinolone family of
    antibiotics" (quinolone; the antibiotics stay the second class they are). Where "Z" with the kind after it ("of
    antidepressants") is a known class, that class is the group's name ("the tricyclic group of antidepressants":
    tricyclic antidepressant). A word that is a mention of its own (a drug, a known class: "the penicillin family", "the
    benzodiazepine family") or a vague word ("the same group", "the wrong class") is left as it is.

    >>> from ontology.lexicon import Entity
    >>> ms = _belongs_to_group("X belongs to the zetamide group.", [], lambda s: "", lambda n: None, {}, lambda a, b,
    ...     slug, t, src: (a, b, slug), {})
    >>> ms
    [(17, 25, 'zetamide')]
    """
    out = list(mentions)
    for match in BELONGS_TO_GROUP.finditer(text):
        a, b = match.span("group")
        word = match["group"]
        if word in NOT_CLASS_WORDS or word in VAGUE_GROUP_WORDS or word.endswith(("ly", "ing")):
            continue
        if any(m.start < b and a < m.end for m in out):
            continue
        entity = None
        if match["kind"]:
            known = named(f"{word} {_singular(match['kind'])}")
            if getattr(known, "cls", "") == "DrugClass":
                entity = known if cls_of(known.slug) else new.setdefault(known.slug, known)
        entity = entity or _class_entity([word], [], cls_of, named, new)
        if entity is None:
            continue
        out.append(make(a, b, entity.slug, text[a:b], "class-name"))
        if entity.slug in new and new[entity.slug].label == _name([word]):
            minted[entity.slug] = [word]
    return out


#: After a class a class statement names, the group it is narrowed to: "a diuretic of the thiazide-like group", "an
#: antibiotic of the penicillin family", "a calcium channel blocker of the dihydropyridine type" (decision 0856).
GROUP_AFTER = re.compile(
    r" of the (?P<group>[a-z0-9][\w-]*( [a-z0-9][\w-]*){0,2}?) (group|type|family|class|kind|sort)\b(?! of\b)", re.I
)
#: Words of a group that name no group: "a diuretic of the same type", "of the wrong kind", "of the right sort".
VAGUE_GROUP_WORDS = frozenset({"same", "that", "these", "those", "one", "first", "second", "right", "wrong", "kind"})
GROUP_WORD = re.compile(r" of the [\w -]{1,60}? (group|type|family|class|kind|sort)\b", re.I)


def _grouped(text: str, mentions: list, cls_of, named, new: dict, make) -> list:
    """`mentions` with each class a class statement narrows by its group read as the narrower class, the group's words
    before the class's ("Y is a diuretic of the thiazide-like group": thiazide-like diuretic, the name the text would
    give it written the other way round): the known class of that name, else one minted as 0637 mints a class from
    the text's words. The broader class is no second claim: the narrower one is the text's grain. A group word that
    is a condition or other mention of its own ("of the arthritis type") or a vague word ("of the same type") is no
    narrowing; a drug's name is its family's ("of the penicillin family", as 0661 reads "penicillin antibiotic") and
    no mention of its own there."""
    out, gone = [], set()
    for m in mentions:
        group = GROUP_AFTER.match(text, m.end) if cls_of(m.slug) == "DrugClass" else None
        inner = group and any(
            group.start("group") <= x.start < group.end("group") and cls_of(x.slug) not in ("Drug", "DrugClass")
            for x in mentions
        )
        said = group["group"].lower().split(" ") if group else []
        vague = any(w in NOT_CLASS_WORDS | VAGUE_GROUP_WORDS or w in VERBS for w in said)
        # (a group that is a class itself, "an antidepressant of the SSRI type", is a second class the class
        # statement's own reading gives; no composed third)
        known = group and getattr(named(group["group"]), "cls", "") == "DrugClass"
        if group is None or inner or vague or known or not _in_class_statement(text, m.start, m.end):
            out.append(m)
            continue
        words = [*group["group"].split(" "), *text[m.start : m.end].split(" ")]
        entity = _class_entity(words, [None] * (len(words) - 1), cls_of, named, new)
        if entity is None:
            out.append(m)
            continue
        out.append(make(m.start, group.end(), entity.slug, text[m.start : group.end()], "class-name"))
        gone.update(x for x in mentions if x is not m and m.start <= x.start and x.end <= group.end())
    return [m for m in out if m not in gone]


def _ends_name(text: str, end: int) -> bool:
    """Whether a name may end at `end`: punctuation or a word that opens another phrase follows."""
    match = re.match(r" ([A-Za-z]+)", text[end : end + 30])
    return match is None or match.group(1).lower() in NEXT_WORDS


#: emphasis around a class's name ("X is an **opioid antagonist**"): no word of the statement (decision 0694)
EMPHASIS = re.compile(r"[*_]+")


def _in_class_statement(text: str, start: int, end: int) -> bool:
    before = EMPHASIS.sub("", text[max(0, start - 90) : start]).rstrip()
    words = before.split(" ")
    while words and words[-1].lower() in NOT_CLASS_WORDS - CUE_WORDS:
        words.pop()
    left = " ".join(words)
    return bool(BEFORE.search(left) or AFTER.match(text, end))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _name(words: list[str]) -> str:
    words = [w.lower() if not any(c.isupper() for c in w[1:]) else w for w in words]
    last = _singular(words[-1])
    if last in ("medicine", "medication"):
        last = "agent"
    return american(" ".join([*words[:-1], last]))


#: Letters two spellings of one name share at their start ("gonadotrophin" / "gonadotropin", "oestradiol" /
#: "estradiol" after `one_spelling`), where a body substance's name and the drug record it is filed under share none
#: ("vitamin D" / ergocalciferol, "prostacyclin" / epoprostenol, "GnRH" / gonadotropin-releasing hormone);
#: decision 1045.
SAME_NAME_LETTERS = 5


def _modifier_slug(mention, word: str, cls_of) -> str:
    """A minted class name's modifier: the mention's own slug ("noradrenaline reuptake inhibitor" ->
    norepinephrine-...), else the text's word. A drug record the text names by another name, a body substance or a
    group of them ("vitamin D" filed under ergocalciferol, "prostacyclin" under epoprostenol), gives the class the
    text's word (decision 1045): a "vitamin D analogue" copies the body's vitamin, not the medicine ergocalciferol,
    and a "prostacyclin receptor agonist" acts on the hormone's receptor. Two spellings of one substance are one name
    (`one_spelling`: "noradrenaline" is norepinephrine, "paracetamol" acetaminophen)."""
    if mention is None:
        return _slug(american(word))
    spelt = _slug(one_spelling(american(word.lower())))
    # (a name spelt another way keeps the record's: "gonadotrophin" is gonadotropin, its first letters the same)
    if (
        cls_of(mention.slug) == "Drug"
        and spelt != mention.slug
        and spelt[:SAME_NAME_LETTERS] != mention.slug[:SAME_NAME_LETTERS]
    ):
        return _slug(american(word))
    return mention.slug


def _class_entity(words: list[str], inside: list, cls_of, named, new: dict) -> Entity | None:
    """The known class of that name (as written, or with a modifier mention's own name), else a minted one."""
    if len(words) == 1 and _singular(words[0].lower()) in LAY_CLASS_NAMES:
        words = [LAY_CLASS_NAMES[_singular(words[0].lower())]]
    name = _name(words)
    labelled = [w if m is None else getattr(named(m.text), "label", w) for m, w in zip(inside, words, strict=False)]
    for candidate in (" ".join(words), name, _name([*labelled, words[-1]])):
        for form in (candidate, candidate + "s"):
            known = named(form)
            if known is not None:
                if known.cls != "DrugClass":
                    return None
                return known if cls_of(known.slug) else new.setdefault(known.slug, known)
    modifiers = [_modifier_slug(m, w, cls_of) for m, w in zip(inside, words, strict=False)]
    slug = "-".join([*modifiers, _slug(_name([words[-1]]))])
    if cls_of(slug) and cls_of(slug) != "DrugClass":
        return None
    return new.setdefault(slug, Entity(slug, name, "DrugClass"))


def _repeated(text: str, mentions: list, minted: dict[str, list[str]], make) -> list:
    """The minted classes' names wherever else the text writes them (singular or plural), where no mention is."""
    out = list(mentions)
    for slug, words in minted.items():
        stem = re.escape(" ".join([*words[:-1], _singular(words[-1])])).replace(r"\ ", r"[ -]")
        for match in re.finditer(rf"\b{stem}s?\b", text, re.I):
            a, b = match.span()
            if not any(m.start < b and a < m.end for m in out):
                out.append(make(a, b, slug, text[a:b], "class-name"))
    return out
