"""Molecular targets that no vocabulary knows, recognised by their head noun where a sentence says a drug acts on
them (docs/decisions/0634).

A noun phrase whose last word is a target's head noun (*receptor*, *channel*, *transporter*, *pump*, an enzyme's
*-ase* name, *ribosome*, *subunit*, or *protein* with a short code, *protein 2A*), met as the object of a verb or
noun that says a drug acts on a target (*binds to*, *blocks*, *inhibits*, *attaches to*, *an antagonist of*, ...),
names a `MolecularTarget`: "It binds to synaptic vesicle protein 2A (SV2A)", "latches on to the ribosome",
"it blocks an enzyme called farnesyl pyrophosphate synthase". The name is looked up first (the lexicon's or a
vocabulary's entity, with its identifiers, when one knows it); otherwise an entity is minted from the text, in the
project's namespace and with no external identifier. Its bracketed short form, when the text gives one, is then
learned as every abbreviation is (recognise.learn_abbreviations).

Precise by construction: nothing is minted outside such a verb's object ("receptors in the gut" names nothing); a
bare head or one after a demonstrative ("the enzyme", "these receptors", "the same receptor") points back to a name
given before and mints nothing; a head followed by another noun is a modifier ("receptor signalling"). The word
lists are data, below.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from graph_build.text import lowered
from graph_build.text.binding_verbs import LAY_ACTING, LAY_BINDING, alternation
from graph_build.text.vocab_index import singulars
from graph_build.text.vocabularies import slugify
from ontology.lexicon import Entity


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: verbs and nouns whose object is what a drug acts on (regular expressions, matched case-insensitively as words)
TARGET_CUES = (
    r"bind(?:s|ing)?(?: (?:directly|selectively|tightly|strongly|mainly|mostly|reversibly|irreversibly))?(?: to)?",
    r"attach(?:es|ed|ing)?(?: itself| themselves)? (?:on )?to",
    # the lay verbs of binding and of an act ("latches onto T", "sits on T", "switches off T", "sticks to T"): one
    # list with the target-verb rule and the other modules of these verbs (rules.yaml words; decision 1046)
    alternation(LAY_BINDING),
    alternation(LAY_ACTING),
    r"block(?:s|ed|ing)?",
    r"inhibit(?:s|ed|ing)?",
    r"antagoni[sz](?:es|ed|ing)",
    r"activat(?:es|ed|ing)",
    r"stimulat(?:es|ed|ing)",
    r"acts? (?:at|on)",
    r"target(?:s|ed|ing)?",
    r"occup(?:ies|y|ying)",
    r"(?:agonist|antagonist|inhibitor|blocker|modulator|ligand)s? (?:of|at)",
)
#: words that end a noun phrase: prepositions, conjunctions, relative pronouns, verbs of being, negation
STOP = _set(
    "in on at of to for from with by and or but nor that which who whose as than into onto inside within without "
    "across through throughout between among during after before while so then is are was were be been being has "
    "have had it they not also only more less called known named"
)
#: words that open a noun phrase and are no part of its name
DETERMINERS = _set("the a an both its their his her")
#: words that make the phrase point back to a name given before: no new name follows them
ANAPHORIC = _set("this that these those same other such very")  # ("the very receptors X needs": 0974)
#: head nouns of targets: a phrase ending in one (after at least one other word) names a target
HEADS = _set(
    "receptor receptors channel channels transporter transporters cotransporter cotransporters symporter symporters "
    "antiporter antiporters exchanger exchangers pump pumps enzyme enzymes ribosome ribosomes subunit subunits"
)
#: nouns after a head that make it a modifier ("receptor signalling", "enzyme activity", "channel blockers")
HEAD_MODIFIES = _set(
    "signalling signaling activity activities site sites gene genes complex complexes function functions expression "
    "level levels pathway pathways density binding mutation mutations family families subtype subtypes blocker "
    "blockers agonist agonists antagonist antagonists inhibitor inhibitors modulator modulators ligand ligands "
    "activation inhibition blockade stimulation occupancy"
)
#: head nouns that name a target alone ("the ribosome"): one thing in every cell, not a name given before
SELF_NAMED = frozenset(["ribosome", "ribosomes"])
#: heads too generic to be named by a phrase alone ("an enzyme"): a name may follow them ("an enzyme called T")
GENERIC = _set("enzyme enzymes protein proteins receptor receptors carrier channel transporter pump")
#: words that make a known target a pathogen's own ("the viral DNA polymerase", "bacterial ribosomes"): a drug that
#: tells the microbe's target from ours names it so, and the curated sets do (decision 0644)
PATHOGEN_OF = _set("viral bacterial fungal parasitic microbial")


#: "the ribosomes of the bacteria / of the acne germ / of the bug": the microbe's own ribosome, as "bacterial
#: ribosomes" is (decision 0807); germs and bugs in lay text are the bacteria an antibiotic works on (a virus has no
#: ribosome of its own)
OF_MICROBE = re.compile(
    r"\s+of\s+(?:the|a|an|these|those|its|their|this|that)\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:bacteria|bacterium|germs?|bugs?|microbes?)\b",
    re.I,
)


def pathogen_own(name: str) -> bool:
    """Whether a target's name opens with a pathogen's word and names more after it.

    >>> pathogen_own("viral DNA polymerase"), pathogen_own("the bacterial ribosome"), pathogen_own("DNA polymerase")
    (True, True, False)
    """
    words = [w for w in name.lower().split() if w not in DETERMINERS]
    return len(words) > 1 and words[0] in PATHOGEN_OF


#: a word naming a subtype by a code: it holds a digit ("alpha-1A", "5-HT2", "M1")
SUBTYPE_CODE = re.compile(r"\b[\w-]*[0-9][\w-]*\b")


def subtype_code(words: str) -> bool:
    """Whether the words before a known target inside a target's name say which subtype ("alpha-1A" before
    "adrenergic receptors"): the name is then a narrower target than the known one, minted as the text writes it
    (decision 0671); other words ("presynaptic", "the") leave the known target standing.

    >>> subtype_code("alpha-1A "), subtype_code("presynaptic "), subtype_code("")
    (True, False, False)
    """
    return bool(SUBTYPE_CODE.search(words))


#: an enzyme's name: a word ending in -ase (*reductase*, *peroxidase*, *synthase*, *cyclooxygenase*)
ENZYME = re.compile(r"^[a-z0-9-]*[a-z]{3}ases?$")
#: words ending in -ase that name no enzyme
NOT_ENZYMES = _set(
    "disease diseases release releases increase increases decrease decreases phase phases base bases case cases "
    "purchase purchases database databases erase crease cease lease chase vase ease showcase staircase"
)
#: heads that a short code may follow ("synaptic vesicle protein 2A", "cysteinyl leukotriene receptor 1"); *protein*
#: names a target only so ("plasma proteins" do not)
CODED_HEADS = frozenset(["protein", "receptor", "subunit", "channel", "transporter"])
#: words before a generic head that say how many, where or whose, not which: "two liver enzymes", "a fungal enzyme",
#: "a key protein" name no target; a name may follow them ("a fungal enzyme called T"), else none (decision 0644)
DESCRIPTIVE = _set(
    "one two three four five six several many some various certain multiple numerous few key main major important "
    "particular specific other different special specialised specialized vital essential crucial natural "
    "fungal bacterial viral microbial parasitic human animal plant yeast liver hepatic gut intestinal stomach brain "
    "kidney renal cell cellular nerve neuronal muscle body blood skin bone "
    # (a state of the target, not which one: "a faulty channel protein"; decision 0880)
    "faulty defective damaged broken abnormal mutated misshapen "
    # (one more beside a target named before, not which one: "a related enzyme called T", "another receptor called
    # T", "a second pump, T" - the name follows, or none is given; decision 1047)
    "related another second third additional further similar separate"
)
#: lay and short names of targets no vocabulary knows, each to the name one knows the same target by (decision 1047):
#: "the COX enzymes" are the cyclo-oxygenases ("COX" is its short form), "the acid pumps" of the stomach lining its
#: proton pumps; only a whole name so written (in the singular), never a word inside a longer name
LAY_NAMES = {"cox enzyme": "cyclo-oxygenase", "acid pump": "proton pump"}
CODE = re.compile(r"^[0-9][0-9A-Za-z]{0,3}$")
#: "an enzyme called T", "a carrier protein known as T": the name after a generic head
NAMING = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:[\w-]+\s+){0,4}?(?:called|known as|named)\s+", re.I)
#: a word of a target's name, perhaps in emphasis ("**M3 muscarinic receptors**"), perhaps with a Greek letter
#: ("μ-opioid"); a nickname in quotes (the "funny" channels) is an informal name, not read as one (decision 0694)
TOKEN = re.compile(r"[*_]*\s*[*_]*([A-Za-z0-9\u03b1-\u03c9][\w/-]*)")
#: what may stand between two words of one name: a space, with the emphasis that opens or closes a word
WORD_GAP = re.compile(r"[*_]* [*_]*")
CUE = re.compile(r"\b(?:" + "|".join(TARGET_CUES) + r")\b", re.I)


@lowered.last_answer
def cues(text: str) -> list[re.Match]:
    """`list(CUE.finditer(text))`, remembered for the last text (matched by `lowered.finditer`: the same offsets,
    `group()` perhaps in lower case): recognition asks for a text's cues three times (whether it has any, `find`,
    `anaphors`), and a scan of the whole text with CUE is slow (a case-insensitive alternation tried at every
    character)."""
    return list(lowered.finditer(CUE, text))


COORDINATION = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+|,\s*")
SHORT = re.compile(r"^[A-Z][A-Z0-9-]*[0-9][A-Z0-9-]*$")
#: a subtype's code after "called": a short form with a digit, perhaps opening with its number ("D2", "MT1",
#: "5-HT1B"; decision 0843)
SUBTYPE = re.compile(r"^(?=[^a-z]*[A-Z])[0-9A-Z][A-Z0-9-]*[0-9][A-Z0-9-]*$")


def _run(text: str, at: int, limit: int = 7) -> list[tuple[int, int, str]]:
    """The words from `at` up to the first stop word or punctuation (at most `limit`), as (start, end, word)."""
    out = []
    while len(out) < limit:
        m = TOKEN.match(text, at)
        if m is None or m.group(1).lower() in STOP or (out and not WORD_GAP.fullmatch(text, out[-1][1], m.start(1))):
            break
        if not out and text[at : m.start(1)].strip(' *_"“”'):
            break
        out.append((m.start(1), m.end(1), m.group(1)))
        at = m.end(1)
    return out


def _is_head(words: list[tuple[int, int, str]], k: int) -> int:
    """How many words the head takes when the phrase ends at word k (1, or 2 for "protein 2A"), else 0."""
    low = words[k][2].lower()
    if CODE.match(words[k][2]) and k > 0 and words[k - 1][2].lower() in CODED_HEADS:
        return 2
    if low in HEADS or (ENZYME.match(low) and low not in NOT_ENZYMES):
        return 1
    if low in ("protein", "proteins") and k > 0 and words[k - 1][2].lower().endswith("-binding"):
        return 1  # ("penicillin-binding proteins": a protein named by what binds it, decision 0722)
    return 0


def _phrase(words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span (first, last word) of a target's name in a run of words after a cue, or None: the run ends with a
    head, its opening determiner left out; none after a demonstrative, none for a bare head (but a self-named one)."""
    if not words:
        return None
    first = 0
    while first < len(words) and words[first][2].lower() in DETERMINERS:
        first += 1
    if first == len(words):
        return None
    last, size = None, 0
    for k in range(first, len(words)):
        size = _is_head(words, k)
        if k + 1 < len(words) and _is_head(words, k + 1) == 2:
            continue  # "protein" before its code
        following = words[k + 1][2].lower() if k + 1 < len(words) else ""
        if size and not (_is_head(words, k + 1) if following else 0) and following not in HEAD_MODIFIES:
            last = k  # the head: what follows is no part of the name ("binding to T reduces ...")
            break
    if last is None or any(w[2].lower() in ANAPHORIC for w in words[first : last + 1]):
        return None
    if last - first + 1 <= size and words[last][2].lower() not in SELF_NAMED:
        return None  # "the receptor", "an enzyme": a name given before, or none
    if words[last][2].lower() in GENERIC and all(w[2].lower() in DESCRIPTIVE for w in words[first:last]):
        return None  # "two liver enzymes", "a fungal enzyme": what kind, not which one
    return first, last


def _generic_then_name(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """After "an enzyme", "a carrier protein" (a generic head, perhaps with a place after it): the name that
    "called", "known as" or "named" gives ("an enzyme inside the cell called T")."""
    if not words or words[-1][2].lower() not in GENERIC:
        return []
    m = NAMING.match(text, words[-1][1])
    if m is None:
        # a place between the head and the naming word: "an enzyme inside the cell called T"
        m = re.compile(r"[^.;:!?]{0,40}?\b(?:called|known as|named)\s+", re.I).match(text, words[-1][1])
    if m is None:
        return []
    return _run(text, m.end())


def _label(name: str, head_words: int) -> str:
    """The name as a label: in the singular, lower case but for words the text writes with inner capitals or
    digits among capitals ("NMDA", "SV2A", "5-HT3")."""
    words = name.split()
    if head_words == 1:
        forms = singulars(words[-1])
        words[-1] = forms[0] if forms else words[-1]
    return " ".join(w if any(c.isupper() for c in w[1:]) or SHORT.match(w) else w.lower() for w in words)


def find(text: str, named: Callable[[str], Entity | None]) -> Iterator[tuple[int, int, Entity]]:
    """(start, end, entity) for each target named as the object of a target cue. `named` gives the entity a name
    denotes in the lexicon or the vocabularies (None when none does): a name one knows is that entity.

    >>> [(a, b, e.slug) for a, b, e in find("It binds to the ribosome.", lambda n: None)]
    [(16, 24, 'ribosome')]
    >>> list(find("Receptors in the gut respond to it.", lambda n: None))
    []
    """
    for cue in cues(text):
        words = _run(text, cue.end())
        found = []  # (first word, last word, words, the head's words when the head is elided)
        span = _phrase(words)
        if span is None:
            both = COORDINATION.match(text, words[-1][1]) if words and len(words) <= 2 else None
            after = _run(text, both.end()) if both else []
            shared = _phrase(after)
            if shared is not None and _is_head(after, shared[1]) == 1:
                # "5-HT2 and 5-HT3 receptors": the head is shared by the modifier before the conjunction
                first = 1 if words[0][2].lower() in DETERMINERS else 0
                if (
                    first < len(words)
                    and not any(w[2].lower() in ANAPHORIC for w in words)
                    and not _no_conjunct(words[first:], both, after)
                ):
                    found.append((first, len(words) - 1, words, after[shared[1]][2]))
                found.append((*shared, after, ""))
            else:
                generic = words[-1][2].lower() if words else ""
                words = _generic_then_name(text, words)
                span = _phrase(words) if words else None
                if span is None and len(words) == 1 and SUBTYPE.match(words[0][2]):
                    # "a protein called SV2A", "two receptors called MT1 and MT2": each code, by its head when the
                    # head is a kind of target ("MT1 receptor") and a vocabulary knows it so
                    for a, b, code in [words[0], *_more_codes(text, words[0][1])]:
                        entity = _coded(code, generic, named)
                        if entity is not None:
                            yield a, b, entity
                    continue
        if span is not None and (coded := _family_called(text, words, span, named)):
            yield from coded  # ("serotonin receptors called 5-HT1B and 5-HT1D": each subtype the vocabulary knows)
            continue
        if span is not None:
            found.append((*span, words, ""))
        sibling = None
        for first, last, run, head in reversed(found):  # the conjunct with the head first
            entity = _entity(text, run, first, last, head, named, sibling)
            if entity is not None and run[last][2].lower() in SELF_NAMED and OF_MICROBE.match(text, run[last][1]):
                entity = named("bacterial ribosome") or Entity(
                    "bacterial-ribosome", "bacterial ribosome", "MolecularTarget"
                )
            if entity is not None:
                yield run[first][0], run[last][1], entity
            sibling = (text[run[first][0] : run[last][1]], entity)


#: nouns that say what sort, not which one: "one type" before a comma names no receptor (decision 0766)
SORT_NOUNS = _set("type types kind kinds sort sorts form forms class classes group groups family families subtype")


def _no_conjunct(words: list, both: re.Match, after: list) -> bool:
    """Whether the words before a comma or conjunction are no conjunct sharing the head after it: they say how many
    or what sort ("attaches to one type, the 5-HT4 receptor": the apposition names the one receptor), or a bare
    comma is followed by a determiner (an apposition: "binds to its target, the NMDA receptor"); decision 0766.

    >>> run = [(0, 3, "one"), (4, 8, "type")]
    >>> _no_conjunct(run, COORDINATION.match("one type, the", 8), [(10, 13, "the")])
    True
    """
    if all(w[2].lower() in DESCRIPTIVE | SORT_NOUNS for w in words) or words[-1][2].lower() in SORT_NOUNS:
        return True
    if words[-1][2].lower() in GENERIC:
        return True  # ("latches onto two enzymes, A reductase and B": a head of its own, no modifier of A's; 0860)
    bare = not re.search(r"\b(?:and|or)\b", both.group())
    return bare and bool(after) and after[0][2].lower() in DETERMINERS


#: "ACE (angiotensin-converting enzyme)": an abbreviation in capitals, then in brackets the name it stands for
#: (decision 0771)
DEFINED_AFTER = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,4}(?:-[A-Z0-9]+)?) \(([^()]{3,60})\)")


def initials(name: str) -> str:
    """The first letters of the words of `name`, the parts of a hyphenated word apart.

    >>> initials("angiotensin-converting enzyme"), initials("monoamine oxidase B")
    ('ace', 'mob')
    """
    return "".join(w[0] for w in re.split(r"[\s-]+", name.lower()) if w)


def defined_after(text: str, named: Callable[[str], Entity | None]) -> Iterator[tuple[int, int, Entity]]:
    """(start, end, entity) for the name in brackets after an abbreviation that stands for it, when the name is a
    target's (it ends with a target head, as `find` reads a cue's object) and the abbreviation's letters are its
    words' initials: "an enzyme called ACE (angiotensin-converting enzyme)" names *angiotensin-converting enzyme*,
    and `recognise.learn_abbreviations` then reads "ACE" as it (decision 0771).

    >>> [(a, b, e.slug) for a, b, e in defined_after("It needs ACE (angiotensin-converting enzyme).", lambda n: None)]
    [(14, 43, 'angiotensin-converting-enzyme')]
    >>> list(defined_after("It needs ACE (a protein).", lambda n: None))
    []
    """
    for m in DEFINED_AFTER.finditer(text):
        if initials(m.group(2)) != m.group(1).replace("-", "").lower():
            continue
        words = _run(text, m.start(2))
        span = _phrase(words)
        if span is None or span != (0, len(words) - 1) or words[-1][1] != m.end(2):
            continue  # the whole bracket, and nothing but the name, is the target's name
        entity = _entity(text, words, *span, "", named)
        if entity is not None:
            yield m.start(2), m.end(2), entity


#: A target named by what it carries or what uses it, in a relative clause after its kind (decision 0790): "the
#: receptors that aldosterone normally uses", "the receptors which noradrenaline acts on", "the pumps that carry
#: adenosine, a natural body chemical, into cells". The chemical is named by one to three words of its own (no
#: determiner: "the hormone" points back and names nothing here); the target is the vocabulary's "<chemical>
#: receptor" or "<chemical> transporter", when a vocabulary has that name (none is made up).
BY_LIGAND = re.compile(
    r"\b(?P<kind>receptors?)\s+(?:that|which)\s+(?P<x>[a-z][\w-]*(?:\s+(?!normally\b|usually\b)[\w-]+){0,2}?)\s+"
    r"(?:(?:normally|usually|naturally)\s+)?(?:uses?|works?\s+through|acts?\s+on|binds?\s+to|attach(?:es)?\s+to"
    r"|plugs?\s+into|fits?\s+into)\b"
    r"|\b(?P<kind2>pumps?|carriers?|transporters?)\s+(?:that|which)\s+(?:carry|carries|move|moves|take|takes|pump|pumps)"
    r"\s+(?P<y>[a-z][\w-]*(?:\s+[\w-]+){0,2}?)(?:,\s+[^,.;:()]{1,60},)?\s+(?:back\s+)?into\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?cells\b",
    re.I,
)
#: Words that are no chemical's name in BY_LIGAND's relative clause (the clause's subject is a pronoun or a noun of
#: kind: "the receptors that it blocks", "the receptors that the body uses").
NOT_LIGAND = _set("it they this that these those the a an your our their its body brain hormone messenger chemical")


#: A chemical pointed back to by its kind in BY_LIGAND's clause ("the hormone", "this messenger").
KIND_BACK = re.compile(r"(?:the|this|that)\s+(?:hormone|messenger|chemical)", re.I)
#: Where a text names a chemical by its kind before: "Angiotensin II is a hormone that ...", "a hormone called
#: angiotensin II" (the name one or two words; the last before the pointing back, within the paragraph).
KIND_NAMED = re.compile(
    r"\b(?P<n>[A-Z][\w-]*(?:\s+(?:[IVX]+|[A-Z0-9][\w-]*))?)\s+is\s+an?\s+(?:natural\s+)?(?:hormone|messenger|chemical)\b"
    r"|\ban?\s+(?:hormone|messenger|chemical)\s+(?:called|named|known\s+as)\s+(?P<n2>[\w-]+(?:\s+(?:[IVX]+|[0-9]+))?)",
)


def kind_named_before(text: str, at: int) -> str | None:
    """The chemical the text last named by its kind before `at` in the paragraph (KIND_NAMED), else None.

    >>> t = "Angiotensin II is a hormone that narrows vessels. X blocks the receptors that the hormone uses."
    >>> kind_named_before(t, t.index("receptors"))
    'Angiotensin II'
    """
    start = max(text.rfind("\n\n", 0, at), at - ANAPHOR_REACH, 0)
    named = [m.group("n") or m.group("n2") for m in KIND_NAMED.finditer(text, start, at)]
    return named[-1] if named else None


#: A receptor named by what it receives: "the receptor for CGRP", "the receptors for orexin" (decision 0906): the
#: words after "for", up to three, before a word that ends a noun phrase (`STOP`).
FOR_LIGAND = re.compile(r"\b(?P<kind>receptors?)\s+for\s+(?P<x>[\w-]+(?:\s+[\w-]+){0,2})", re.I)


#: What a carrier of BY_LIGAND may carry, for its name to be minted from it ("adenosine transporter").
CARGO = frozenset({"Drug", "EndogenousChemical", "Ion", "Substance"})


def by_ligand(text: str, named: Callable[[str], Entity | None]) -> Iterator[tuple[int, int, Entity]]:
    """(start, end, entity) for a target named by the chemical that uses it or that it carries (BY_LIGAND), when a
    vocabulary knows "<chemical> receptor" / "<chemical> transporter" as a target: from the kind's noun to the end
    of the relative clause.

    >>> known = {"aldosterone receptor": Entity("mineralocorticoid-receptor", "mineralocorticoid receptor",
    ...     "MolecularTarget")}
    >>> t = "It binds to the receptors that aldosterone normally uses, and blocks them."
    >>> [(t[a:b], e.slug) for a, b, e in by_ligand(t, known.get)]
    [('receptors that aldosterone normally uses', 'mineralocorticoid-receptor')]
    >>> list(by_ligand("It blocks the receptors that the hormone works through.", known.get))
    []
    """
    if " for " in text:  # ("the receptors for orexin": decision 0906)
        yield from _for_ligand(text, named)
    if ("that" not in text and "which" not in text) or not lowered.may_match(BY_LIGAND, text):
        return  # (without its required words no scan: decision 0894)
    for m in BY_LIGAND.finditer(text):
        x = m.group("x") or m.group("y")
        if KIND_BACK.fullmatch(x):  # ("the receptors that the hormone works through": the hormone named before)
            x = kind_named_before(text, m.start()) or x
        if x.split()[0].lower() in NOT_LIGAND:
            continue
        head = "receptor" if m.group("kind") else "transporter"
        entity = named(f"{x} {head}") or named(f"{x} {head}s")
        if entity is None and head == "transporter" and (cargo := named(x)) is not None and cargo.cls in CARGO:
            # (a carrier is named by what it carries, as the vocabularies name transporters: minted, no identifier)
            entity = Entity(slugify(f"{cargo.label} transporter"), f"{cargo.label} transporter", "MolecularTarget")
        if entity is not None and entity.cls == "MolecularTarget":
            yield m.start(), m.end(), entity


def _for_ligand(text: str, named: Callable[[str], Entity | None]) -> Iterator[tuple[int, int, Entity]]:
    """(start, end, entity) for "the receptor(s) for X" (FOR_LIGAND) when a vocabulary knows "X receptor" as a
    target: the longest X of one to three words, none of them a phrase's end or a pointing word (decision 0906).

    >>> known = {"orexin receptor": Entity("orexin-receptor", "orexin receptor", "MolecularTarget")}
    >>> t = "It latches on to the receptors for orexin and blocks them."
    >>> [(t[a:b], e.slug) for a, b, e in _for_ligand(t, known.get)]
    [('receptors for orexin', 'orexin-receptor')]
    >>> list(_for_ligand("It blocks the receptors for these signals.", known.get))
    []
    """
    for m in FOR_LIGAND.finditer(text):
        words = list(re.finditer(r"[\w-]+", m.group("x")))
        if words[0].group().lower() in NOT_LIGAND:
            continue
        cut = next((i for i, w in enumerate(words) if w.group().lower() in STOP | ANAPHORIC), len(words))
        for n in range(cut, 0, -1):
            name = m.group("x")[: words[n - 1].end()]
            entity = named(f"{name} receptor") or named(f"{name} receptors")
            if entity is not None and entity.cls == "MolecularTarget":
                yield m.start(), m.start("x") + words[n - 1].end(), entity
                break


def _family_called(
    text: str, words: list[tuple[int, int, str]], span: tuple[int, int], named: Callable
) -> list[tuple[int, int, Entity]]:
    """The subtypes a family's name gives by code right after it ("serotonin receptors called 5-HT1B and 5-HT1D",
    "a serotonin receptor called 5-HT2A"): each code's "<family> <code> <head>" or "<code> <head>" as a vocabulary
    knows it; none unless the phrase ends the run of words and every code is known as a target (a subtype is never
    minted here: the family stays the target then; decision 0843).

    >>> known = {"serotonin 5-HT1B receptor": Entity("s1b", "s1b", "MolecularTarget")}
    >>> t = "X binds to serotonin receptors called 5-HT1B."
    >>> [(a, b, e.slug) for a, b, e in _family_called(t, _run(t, 11), (0, 1), known.get)]
    [(38, 44, 's1b')]
    """
    first, last = span
    head = words[last][2].lower()
    if last != len(words) - 1 or head not in ("receptor", "receptors", "channel", "channels"):
        return []
    m = NAMING.match(text, words[last][1])
    if m is None:
        return []
    code = _run(text, m.end(), limit=2)
    if len(code) != 1 or not SUBTYPE.match(code[0][2]):
        return []
    family = " ".join(w[2] for w in words[first:last] if w[2].lower() not in DETERMINERS)
    one = (singulars(head)[:1] or [head])[0]
    out = []
    for a, b, name in [code[0], *_more_codes(text, code[0][1])]:
        names = [f"{family} {name} {one}", f"{name} {one}"] if family else [f"{name} {one}"]
        entity = next(filter(None, map(named, names)), None)
        if entity is None or entity.cls != "MolecularTarget":
            return []
        out.append((a, b, entity))
    return out


def _more_codes(text: str, at: int) -> list[tuple[int, int, str]]:
    """The codes coordinated after a code ending at `at`: ", MT2", " and MT2", ", MT2 and MT3"; none when a
    conjunct is no code (a code's list names only codes)."""
    out = []
    while (both := COORDINATION.match(text, at)) is not None:
        run = _run(text, both.end(), limit=2)
        if len(run) != 1 or not SUBTYPE.match(run[0][2]):
            break
        out.append(run[0])
        at = run[0][1]
    return out


def _coded(code: str, generic: str, named: Callable) -> Entity | None:
    """The target a code after "called" names: a known "<code> <head>" when the generic head is a kind of target
    ("receptors called MT1" -> *MT1 receptor*), else the known code, else one minted from the code; None when the
    code is known as something other than a target."""
    head = (singulars(generic)[:1] or [generic])[0]
    for name in ([f"{code} {head}"] if head in KINDS else []) + [code]:
        entity = named(name)
        if entity is not None:
            return entity if entity.cls == "MolecularTarget" else None
    return Entity(slugify(code), code, "MolecularTarget")


#: Greek letters as a subtype's code, and the words the vocabularies write them with ("μ-opioid" is "mu-opioid")
GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "μ": "mu", "σ": "sigma"}


def subtype_orders(name: str) -> list[str]:
    """The other ways of writing a subtype's name: its Greek letters spelled out, and a code word before the
    family's words put after them, or one after them put before (the code stays before the head): "M3 muscarinic
    receptor" is "muscarinic M3 receptor" and the other way round (decision 0694). Only a code word with a digit
    moves; the head stays last.

    >>> subtype_orders("M3 muscarinic receptor"), subtype_orders("muscarinic M3 receptor")
    (['muscarinic M3 receptor'], ['M3 muscarinic receptor'])
    >>> subtype_orders("μ-opioid receptor"), subtype_orders("dopamine receptor")
    (['mu-opioid receptor'], [])
    """
    spelled = "".join(GREEK.get(c, c) for c in name)
    out = [spelled] if spelled != name else []
    words = spelled.split(" ")
    if len(words) >= 3:
        coded = [k for k, w in enumerate(words[:-1]) if any(c.isdigit() for c in w)]
        if coded == [0]:
            out.append(" ".join([*words[1:-1], words[0], words[-1]]))
        elif coded == [len(words) - 2]:
            out.append(" ".join([words[-2], *words[:-2], words[-1]]))
    return out


#: subtype codes that say by themselves which family of receptor or enzyme a short name means, and that family's
#: name as the nomenclature (IUPHAR's receptor lists, the EC's phosphodiesterases) writes it with the code: "beta
#: receptors" are the beta-adrenergic receptors, "D2 receptors" the dopamine D2 receptors, "M3 receptors" the
#: muscarinic M3 receptors, "H1 receptors" the histamine H1 receptors, "PDE5" phosphodiesterase 5. A lay text drops
#: the family's word; the name the nomenclature gives is the same target, not a narrower one (decision 0996)
FAMILY_CODES = (
    (re.compile(r"^((?:alpha|beta)(?:[- ]?[1-3][A-Da-d]?)?) (receptors?)$", re.I), r"\1 adrenergic \2"),
    (re.compile(r"^(D[1-5]) (receptors?)$", re.I), r"dopamine \1 \2"),
    (re.compile(r"^(M[1-5]) (receptors?)$", re.I), r"muscarinic \1 \2"),
    (re.compile(r"^(H[1-4]) (receptors?)$", re.I), r"histamine \1 \2"),
    (re.compile(r"^PDE[- ]?([1-9]|1[01])(?: enzymes?)?$", re.I), r"phosphodiesterase \1"),
)


def family_named(name: str) -> str | None:
    """A short target name whose code says its family, with the family's word the nomenclature gives it; None for
    any other name (a name with other words stays as the text writes it).

    >>> family_named("beta receptors"), family_named("β1 receptors"), family_named("D2 receptor")
    ('beta adrenergic receptors', 'beta1 adrenergic receptors', 'dopamine D2 receptor')
    >>> family_named("PDE5"), family_named("vitamin D receptor"), family_named("oestrogen receptor")
    ('phosphodiesterase 5', None, None)
    """
    spelled = "".join(GREEK.get(c, c) for c in name)
    for pattern, family in FAMILY_CODES:
        if pattern.match(spelled):
            return pattern.sub(family, spelled)
    return None


def _entity(
    text: str, words: list, first: int, last: int, head: str, named: Callable, sibling: tuple | None = None
) -> Entity | None:
    """The target a phrase names: the entity `named` gives for it (or for it in the singular), else one minted
    from its words; None when the name is known as something other than a target. A conjunct whose head is elided
    ("5-HT2" in "5-HT2 and 5-HT3 receptors") takes its sibling's words after the sibling's first ("5-HT2
    receptors"), or, when only that is known, the name of its sibling's entity with its own word for the sibling's
    first ("serotonin 5-HT2 receptor" beside the lexicon's *serotonin 5-HT3 receptor*)."""
    if last > first and words[last][2].lower() in ("enzyme", "enzymes") and ENZYME.match(words[last - 1][2].lower()):
        last -= 1  # "the alpha-glucosidase enzymes": the enzyme's own name (decision 0694)
    elif last > first and words[last][2].lower() in ("enzyme", "enzymes") and _known_short(words[last - 1][2], named):
        last -= 1  # "the COMT enzyme": an enzyme a vocabulary knows by its short form (decision 0843)
    own = text[words[first][0] : words[last][1]]
    names = [own]
    if not head and (family := family_named(own)) is not None:
        names = [family, own]  # ("blocks the beta receptors": the beta-adrenergic receptor, decision 0996)
    if head and sibling is not None:
        theirs = sibling[0].split(" ")
        names = [" ".join([own, *theirs[1:]])]
        label = sibling[1].label if sibling[1] is not None else ""
        if theirs[0].lower() in label.lower().split(" "):
            at = label.lower().split(" ").index(theirs[0].lower())
            parts = label.split(" ")
            names.append(" ".join([*parts[:at], own.split(" ")[-1], *parts[at + 1 :]]))
    low = own.lower().split()
    forms = (" ".join([*low[:-1], one]) for one in (low[-1], *singulars(low[-1])))
    lay = [LAY_NAMES[form] for form in forms if form in LAY_NAMES]  # ("the COX enzymes", decision 1047)
    for name in [*lay[:1], *names, *(other for one in names for other in subtype_orders(one))]:
        entity = named(name)
        last_word = name.rsplit(" ", 1)[-1]
        for one in singulars(last_word) if entity is None and not CODE.match(last_word) else ():
            entity = named(name[: len(name) - len(last_word)] + one)
            if entity is not None:
                break
        if entity is not None:
            return entity if entity.cls == "MolecularTarget" else None
    label = _label(names[0], 0 if CODE.match(names[0].rsplit(" ", 1)[-1]) else 1)
    return Entity(slugify(label), label, "MolecularTarget")


#: a short form in capitals, with or without a number ("COMT", "COX-2")
CAPITALS = re.compile(r"^[A-Z][A-Z0-9-]*[A-Z0-9]$")


def _known_short(word: str, named: Callable) -> bool:
    """Whether `word` is a short form in capitals ("COMT", "COX-2") that a vocabulary knows as a target.

    >>> _known_short("COMT", lambda n: Entity("c", "c", "MolecularTarget")), _known_short("liver", lambda n: None)
    (True, False)
    """
    entity = named(word) if CAPITALS.match(word) else None
    return entity is not None and entity.cls == "MolecularTarget"


#: "these receptors", "this enzyme", "the same receptor" as a target verb's object: the target named just before
ANAPHOR = re.compile(
    r"(?:these|this|those|that|the same|both"
    # "both forms of the enzyme", "all types of this receptor": the whole target named before (decision 0671)
    r"|(?:both|all|the two|the various)\s+(?:forms|types|isoforms|subtypes)\s+of\s+(?:the|this|that))"
    r"\s+(receptors?|enzymes?|channels?|transporters?|cotransporters?|pumps?)\b",
    re.I,
)
#: heads that say what kind of target a name is; a name with none of them (*CYP2D6*, *xanthine oxidase*) may be an
#: enzyme's
KINDS = ("receptor", "channel", "transporter", "cotransporter", "pump", "subunit", "ribosome")
#: how far back (characters, within the paragraph) the target a demonstrative points to may be named
ANAPHOR_REACH = 400


def anaphors(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) for each demonstrative naming a target as a target verb's object ("Ondansetron blocks
    these receptors"); kind is the head in the singular ("receptor", "enzyme").

    >>> list(anaphors("Ondansetron blocks these receptors."))
    [(19, 34, 'receptor')]
    >>> list(anaphors("These receptors are found in the gut."))
    []
    >>> list(anaphors("It blocks both forms of the enzyme."))
    [(10, 34, 'enzyme')]
    """
    for m in _after_cues(text, ANAPHOR):
        yield m.start(), m.end(), m.group(1).lower().rstrip("s")


def _after_cues(text: str, pattern: re.Pattern) -> Iterator[re.Match]:
    """The matches of `pattern` right after a target cue and one space (a target verb's object), in text order."""
    for cue in cues(text):  # (the scan `find` made: only its offsets are read)
        m = pattern.match(text, cue.end() + 1) if text[cue.end() : cue.end() + 1] == " " else None
        if m is not None:
            yield m


#: "the type 2 form of this enzyme": a subtype of the target named before, by its type code
SUBTYPE_ANAPHOR = re.compile(
    r"the\s+type\s+([0-9]{1,2}[A-Za-z]?|I{1,3}|IV|V)\s+(?:form|isoform|isozyme|isoenzyme|subtype)\s+of\s+"
    r"(?:the|this|that)\s+(receptors?|enzymes?|channels?|transporters?)\b",
    re.I,
)


def subtype_anaphors(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, kind, code) for each "the type N form of this <kind>" as a target verb's object: the type N
    subtype of the target of that kind named before (decision 0671).

    >>> list(subtype_anaphors("Finasteride blocks the type 2 form of this enzyme."))
    [(19, 49, 'enzyme', '2')]
    """
    for m in _after_cues(text, SUBTYPE_ANAPHOR):
        yield m.start(), m.end(), m.group(2).lower().rstrip("s"), m.group(1)


def subtype(entity: Entity, code: str) -> Entity:
    """A subtype of a target, minted (no identifier: the vocabularies name no such subtype here): "<name> type N".

    >>> subtype(Entity("5-alpha-reductase", "5-alpha reductase", "MolecularTarget"), "2").slug
    '5-alpha-reductase-type-2'
    """
    label = f"{entity.label} type {code}"
    return Entity(slugify(label), label, "MolecularTarget")


def fits_kind(label: str, kind: str) -> bool:
    """Whether a target's label names the kind a demonstrative says: its head for a receptor, channel or carrier;
    for an enzyme, an -ase name or a name with no other kind's head.

    >>> fits_kind("serotonin 5-ht3 receptor", "receptor"), fits_kind("cytochrome p450 2d6", "enzyme")
    (True, True)
    >>> fits_kind("dopamine receptor", "enzyme")
    False
    """
    last = singulars(label.split(" ")[-1].lower())[:1] or [label.split(" ")[-1].lower()]
    if kind == "enzyme":
        return bool(ENZYME.match(last[0])) or not any(k in label.lower() for k in KINDS)
    return last[0] == kind


#: the last word of a mechanism named after its target (`squalene-epoxidase-inhibition`): one action on one concept
#: is one mechanism, whichever name the target has (evaluate.concept_keys)
TARGET_ACTIONS = ("inhibition", "activation", "blockade", "stimulation", "antagonism", "agonism")
#: words of a subtype's name that say which subtype, besides a word with a digit ("mu-opioid", "GABA-A", "alpha-2")
SUBTYPE_WORDS = _set("alpha beta gamma delta kappa mu sigma epsilon type subtype")


def narrower(specific: str, general: str) -> bool:
    """Whether target slug `specific` names a subtype of target slug `general`: the same head and every word of the
    family's name, with only codes added ("mu-opioid-receptor" of "opioid-receptor", "muscarinic-m3-receptor" of
    "muscarinic-receptor"); other added words ("voltage-gated") name no subtype here.

    >>> narrower("mu-opioid-receptor", "opioid-receptor"), narrower("muscarinic-m3-receptor", "muscarinic-receptor")
    (True, True)
    >>> narrower("voltage-gated-sodium-channel", "sodium-channel"), narrower("opioid-receptor", "opioid-receptor")
    (False, False)
    """
    ws, wg = specific.split("-"), general.split("-")
    extra = [w for w in ws if w not in wg]
    return (
        ws[-1] == wg[-1]
        and set(wg) <= set(ws)
        and bool(extra)
        and all(len(w) == 1 or w in SUBTYPE_WORDS or any(c.isdigit() for c in w) for w in extra)
    )


def narrowest_targets(found: list, acts: tuple[str, ...]) -> list:
    """`found` ((span, Found) pairs) without a drug's asserted bindsTo claim on a target family where the text
    also says the drug binds one subtype of it ("it blocks opioid receptors" beside "it attaches to mu-opioid
    receptors": the one target, named twice, is the mu one), nor its mechanism named after the family (one of
    `acts`, "<family>-blockade") where it has one named after the subtype (decision 0694).
    """
    bound: dict[str, set[str]] = {}
    denied: dict[tuple, set[str]] = {}  # (subject, sentence) -> targets denied there
    for span, f in found:
        if f.predicate == "bindsTo" and not f.negated:
            bound.setdefault(f.subject, set()).add(f.object)
        elif f.predicate == "bindsTo":
            denied.setdefault((f.subject, span), set()).add(f.object)
    coarse = {(s, g) for s, objs in bound.items() for g in objs if any(narrower(o, g) for o in objs)}
    # a denial of a subtype by its family's name and code ("does not bind to serotonin receptors called 5-HT1B")
    # denies the subtype only, not the family (decision 0843)
    coarse_denied = {(k, g) for k, objs in denied.items() for g in objs if any(narrower(o, g) for o in objs)}
    if not coarse and not coarse_denied:
        return found
    worked = {(f.subject, f.object) for _, f in found if f.predicate == "hasMechanismOfAction" and not f.negated}

    def coarse_act(f) -> bool:
        for act in acts:
            family = f.object.removesuffix("-" + act)
            if family != f.object and (f.subject, family) in coarse:
                return any(
                    o.startswith(t + "-") for s, o in worked if s == f.subject for t in bound[s] if narrower(t, family)
                )
        return False

    return [
        (span, f)
        for span, f in found
        if not (f.predicate == "bindsTo" and not f.negated and (f.subject, f.object) in coarse)
        and not (f.predicate == "bindsTo" and f.negated and ((f.subject, span), f.object) in coarse_denied)
        and not (f.predicate == "hasMechanismOfAction" and not f.negated and coarse_act(f))
    ]
