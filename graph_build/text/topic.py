"""The discourse topic a unit leaves for a following "it": the drug that is the subject of a main clause (decision
0744, replacing the five patterns of decisions 0622, 0720, 0725 and 0738 by one reading).

A unit is read as its main clauses in order (a new one opens after ";", ":", ", and", ", but", "whereas"). The first
clause that has a drug or a pronoun for the drug in focus as its subject decides: a pronoun keeps the focus, a drug
becomes it. A drug is no subject where it is named in passing: inside a comparison that opens the clause ("Unlike
B, it ..."), as the object of advice to the reader ("Take B as well", "You can use B", "Ask your pharmacist about
B"), after a pronoun for the drug in focus in its clause (its companion, comparison or subordinate clause: "Some take
it alone when they cannot take B"), or as a partner of the drug in focus, what it is taken with or acted on by, in a
sentence that says so ("B is fine to take with it", "B can raise its levels", "B is fine, and C does not interact
with it either"). A clause whose drugs are all named in passing decides nothing; the next one may.
A clause whose subject is a person ("Doctors prescribe B") leaves its first drug, the object, as the topic.

The words of the reading are data (the tuples below); `topic` is its one function.
"""

from __future__ import annotations

import re

from graph_build.text import lowered
from graph_build.text.people_words import COMMON_PEOPLE
from graph_build.text.units import Discourse, Unit

#: Words that open a main clause of its own after the first (its subject follows them).
CLAUSE_OPENINGS = (";", ":", ", and", ", but", ", whereas", "but", "whereas")
#: Words for the drug in focus as a clause's subject or object.
FOCUS_PRONOUNS = ("it", "the drug", "the medicine", "the medication", "this drug", "this medicine", "this medication")
#: A comparison that may open a clause before its subject, up to its comma.
COMPARISONS = ("unlike", "like", "as with", "compared with", "compared to", "similar to", "in contrast to")
COMPARISONS += ("just as with",)
#: Words after which a drug is named in comparison or as a kin or companion, anywhere in a clause ("sooner than with
#: B", "a cousin of B", "instead of B"): no subject (decision 0622's list, without a bare "with": "Treatment with B").
COMPARED = ("than", "than with", "unlike", "like", "such as", "versus", "instead of", "rather than", "compared with")
COMPARED += ("compared to", "similar to", "related to", "derived from", "alongside", "plus")
COMPARED += ("cousin of", "relative of", "derivative of", "analogue of", "analog of", "form of")
#: Pronouns that open a relative clause after a comma: a drug named inside one ("The nurse, who also gives B, ...",
#: "the wound, which may be cleaned with B") is named in passing, no topic (decision 0859).
RELATIVES = ("which", "who", "whose", "whom")
#: Advice to the reader: its verbs, the people it may name as subject and their modals, the subordinators of a
#: condition before it ("If the pain is bad, you can take B"), the determiners before its object.
ADVICE_VERBS = ("take", "use", "try", "add", r"ask(?:\s+(?:your|a|the)\s+\w+)?\s+about")
ADVISED = ("you", "they", "people", "patients")
ADVICE_MODALS = ("can", "could", "may", "might", "should")
CONDITIONS = ("if", "when", "where", "for")
OBJECT_DETERMINERS = ("some", "a little", "the", "a", "an")
#: What a drug does with or to the drug in focus, named by a pronoun: the drug is its partner. Prepositions before
#: the pronoun, verbs whose object it is, verbs whose object is what it has ("its levels").
PARTNER_PREPOSITIONS = ("with", "alongside", "plus", "than", "against", "instead of")
PARTNER_PRONOUNS = ("it", "this medicine", "this drug")
ACTS_ON_IT = ("cancels?", "cancelling", "canceling", "weakens?", "blocks?", "boosts?", "interferes? with", "stops?")
ACTS_ON_IT += ("undo(?:es)?",)
# (decision 0859: "Colestyramine ... also binds it: take X hours apart": what binds the drug in the gut is a partner)
ACTS_ON_IT += ("binds?",)
# (decision 0899: "itraconazole raises its level, and B lowers it": what raises or lowers the level is a partner)
ACTS_ON_IT += ("raises?", "lowers?")
#: Who takes a drug, before its name in the clause's subject ("Anyone taking B should not take A", "People on B"):
#: B names the people, the sentence is about the drug they should not take (decision 0781).
TAKERS = (*COMMON_PEOPLE, "someone")
TAKING = ("taking", "using", "on", "who take", "who use", "who are taking", "who are on", "already taking")
#: A list's lead that asks about other medicines the reader takes ("Tell your doctor if you take:", "Medicines that
#: do not mix:"): a drug its items name is a partner, never the topic a later "it" refers to (decision 0781).
PARTNER_LEAD = re.compile(
    r"\b(?:if you (?:are )?(?:take|taking|use|using)|tell (?:your|the) (?:doctor|pharmacist|nurse)|interact\w*"
    r"|(?:do not|don't) mix|together with|alongside|at the same time as)\b",
    re.I,
)
#: A condition that may open a sentence before its main clause ("If B does not suit you, because it has not helped,
#: A is tried next"): its drugs are named in the supposition, no subject of the main clause (decision 0812). The
#: condition runs to the first comma not followed by words that carry it on (a reason, a second condition, a list).
CONDITION_OPENERS = ("if", "unless", "when", "whenever", "once", "although", "though", "while", "because", "since")
# (a time clause before the main one names its drug in passing as well: "After the peppermint capsules stopped doing
# much, my GP prescribed B. It is ..." speaks of B; decision 0988)
CONDITION_OPENERS += ("after", "before")
#: A time clause written without its comma ends where a pronoun for a person opens the main clause after it ("Before
#: she got to B she had tried C, ..."): the time clause's own first word after "after"/"before" does not end it.
TIME_OPENING = re.compile(r"[\W_]*(?:after|before)\s+(?:(?:I|he|she|we|they|you)\s+)?", re.I)
PERSON_SUBJECT = re.compile(r"\b(?:I|he|she|we|they|you)\b", re.I)
CONDITION_GOES_ON = ("because", "as", "since", "or", "and", "if", "when", "unless", "which", "who", "so that", "even")
CONDITION_GOES_ON += ("for example", "for instance", "or if", "say")
ACTS_ON_ITS = ("raises?", "lowers?", "increases?", "reduces?", "boosts?", "affects?", "blocks?", "weakens?", "cancels?")


def _any(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in words) + ")"


def _opening(words: str) -> str:
    """A clause's opening words as a pattern: any spaces between them, whole words."""
    pattern = re.escape(words).replace(r"\ ", r"\s*")
    return (r"\b" if words[0].isalpha() else "") + pattern + (r"\b" if words[-1].isalpha() else "")


CLAUSE_OPENING = re.compile("(?:" + "|".join(map(_opening, CLAUSE_OPENINGS)) + r")\s+", re.I)
FOCUS_PRONOUN = re.compile(rf"\b{_any(FOCUS_PRONOUNS)}\b", re.I)
OPENING_PRONOUN = re.compile(rf"[\W_]*{_any(FOCUS_PRONOUNS)}\b", re.I)
AFTER_COMPARED = re.compile(rf"\b{_any(COMPARED)}\s+(?:the\s+|an?\s+)?$", re.I)
COMPARISON = re.compile(rf"[\W_]*{_any(COMPARISONS)}\s+[^,]*", re.I)
ADVICE = re.compile(
    rf"\s*(?:{_any(CONDITIONS)}\b[^,.;]*,\s*)?(?:{_any(ADVISED)}\s+{_any(ADVICE_MODALS)}\s+(?:also\s+|still\s+)?)?"
    rf"(?:please\s+)?(?:also\s+)?{_any(ADVICE_VERBS)}\s+(?:{_any(OBJECT_DETERMINERS)}\s+)?",
    re.I,
)
#: Right before a drug: a verb of stopping or switching away from it ("stopped the naproxen", "took him off B",
#: "switched me from B"): the drug left behind is no topic (decision 0818).
STOPPED_BEFORE = re.compile(
    r"\b(stopped|stops|discontinued|withdrew|came\s+off|took\s+(me|him|her|them|you|us)\s+off|"
    r"switched\s+((me|him|her|them|you|us)\s+)?(over\s+)?from)\s+(the\s+|my\s+|his\s+|her\s+|your\s+|their\s+)?$",
    re.I,
)
#: Right before a drug: a verb of switching or starting the reader onto it ("switched him to B", "changed me over to
#: B", "started her on B"): the drug started is the topic, over a drug an earlier clause named as an object ("The GP
#: tried A first; when that failed, she switched him to B. It is not ...": B; decision 0859).
SWITCHED_TO = re.compile(
    r"\b((switched|changed|moved|started)\s+((me|him|her|them|you|us)\s+)?(over\s+)?(on\s*to|to|on)|added(\s+in)?)\s+"
    r"(the\s+|my\s+|his\s+|her\s+|your\s+|their\s+)?$",
    re.I,
)
#: Right before a drug: a noun of medicine said to be another than the one in focus ("a job for a different tablet,
#: B, which ...", "another medicine, B"): B is named as the other, no topic (decision 0949).
OTHER_MEDICINE_BEFORE = re.compile(
    r"\b(?:a\s+)?(?:different|another|separate)\s+(?:tablet|medicine|drug|pill|treatment|injection)s?"
    r"\s*(?:,|called|named)\s*(?:the\s+)?$"
    # ("two long tries at other antidepressants, B first and then C": the other ones, named after them; 0988)
    r"|\bother\s+[a-z-]+s\s*,\s*(?:the\s+)?$",
    re.I,
)
#: Right before the drug in focus, named later in a clause another drug opens: what that drug interacts with
#: ("Paracetamol does not interact with A"): B is A's partner, A stays the topic (decision 0949). Not what B does to
#: A's level: "Ketoconazole raises the level of apixaban. It also raises the level of simvastatin." speaks of
#: ketoconazole (decision 0926's cases; narrowed when 0949 was merged).
FOCUS_AS_OBJECT = re.compile(r"\binteracts?\s+with\s+(?:the\s+)?[*_]*$", re.I)
AFTER_TAKER = re.compile(rf"\b{_any(TAKERS)}\s+{_any(TAKING)}\s+(?:the\s+|an?\s+)?$", re.I)
OPENING_CONDITION = re.compile(rf"[\W_]*{_any(CONDITION_OPENERS)}\b", re.I)
CONDITION_COMMA = re.compile(rf",\s+(?!{_any(CONDITION_GOES_ON)}\b)", re.I)
#: Before a drug that opens its clause as the subject: nothing but a determiner ("B is ...", "The B is ...").
#: Before a drug: a relative clause after a comma that has not closed ("..., which may be cleaned with B").
IN_RELATIVE = re.compile(rf",\s*{_any(RELATIVES)}\b[^,;:()]*$", re.I)
SUBJECT_OPENING = re.compile(r"[\W_]*(?:(?:the|this|that)\s+)?", re.I)
#: What a drug does to the level of the drug in focus, named as "the level" with no "of" ("B and C pull the level
#: down", "B pushes the level up"): the drug is its partner (decision 0899).
LEVEL_MOVED = (
    r"\b(?:push|pull|drive|send|force|bring)(?:s|es|ed|ing)?\s+(?:the|its)\s+(?:blood\s+)?levels?\s+(?:up|down)\b"
)
#: What a drug does to how well the drug in focus works ("St John's wort may make it work less well", "B can make it
#: less effective"): the drug is its partner, the topic stays (decision 0949).
WORKS_MADE = r"\bmak(?:es?|ing)\s+it\s+(?:work\b|(?:less|more)\s+effective\b|stronger\b|weaker\b)"
PARTNER = re.compile(
    rf"\b{_any(PARTNER_PREPOSITIONS)}\s+{_any(PARTNER_PRONOUNS)}\b|\b{_any(ACTS_ON_IT)}\s+it\b|\b{_any(ACTS_ON_ITS)}\s+its\b"
    rf"|{LEVEL_MOVED}|{WORKS_MADE}",
    re.I,
)


def main_clauses(text: str) -> list[tuple[int, int]]:
    """The spans of a sentence's main clauses, each from the words that open it.

    >>> t = "It is used with A; B is older, but C is newer."
    >>> [t[a:b] for a, b in main_clauses(t)]
    ['It is used with A', 'B is older', 'C is newer.']
    """
    openings = list(CLAUSE_OPENING.finditer(text))  # (one scan for both ends: decision 0756)
    starts = [0] + [m.end() for m in openings]
    ends = [m.start() for m in openings] + [len(text)]
    return list(zip(starts, ends, strict=True))


def topic(unit: Unit, drugs: list[tuple], focus: str | None, main: str | None = None) -> str | None:
    """The drug in focus after `unit` (`drugs`: its mentions of drugs that may be a topic; `focus`: the drug in focus
    before it; `main`: the document's drug): the subject of its first main clause that has a drug or a pronoun for the
    drug in focus as subject, or as its object when that is the document's drug ("B does not interact with A").

    >>> ms = [(0, 1, "a", "Drug"), (21, 22, "b", "Drug")]
    >>> topic(Unit("A is given; later, B is added.", ms), ms, "x")
    'a'
    >>> ms = [(5, 6, "b", "Drug")]
    >>> [topic(Unit(t, ms), ms, "x") for t in ("Take B as well.", "Like B, it is old.", "B is fine with it.")]
    ['x', 'x', 'x']
    >>> ms = [(17, 18, "b", "Drug")]
    >>> topic(Unit("Doctors give it; B is older.", [(17, 18, "b", "Drug")]), ms, "x")
    'b'
    >>> ms = [(3, 4, "b", "Drug"), (49, 50, "a", "Drug")]
    >>> topic(Unit("If B does not suit you, because it failed, A is next.", ms), ms, "b")
    'a'
    >>> ms = [(14, 15, "b", "Drug"), (34, 35, "a", "Drug")]
    >>> topic(Unit("My GP stopped B and started me on A.", ms), ms, "x")
    'a'
    >>> ms = [(21, 22, "b", "Drug"), (28, 29, "a", "Drug")]
    >>> topic(Unit("Most people start on B, and A is added to it.", ms), ms, "a")
    'a'
    >>> ms = [(20, 21, "b", "Drug")]
    >>> topic(Unit("My GP, who gives me B, is kind.", ms), ms, "x")
    'x'
    >>> ms = [(0, 1, "b", "Drug"), (25, 26, "a", "Drug")]
    >>> [topic(Unit("B does not interact with A.", ms), ms, "a", main) for main in ("a", "x")]
    ['a', 'b']
    >>> ms = [(0, 1, "b", "Drug"), (22, 23, "a", "Drug")]
    >>> topic(Unit("B lowers the level of A.", ms), ms, "a", "a")
    'b'
    """
    if not drugs:
        return focus
    if focus is None:
        return drugs[0][2]  # (a partner is partner to the drug in focus: with none, the first drug is the topic)
    text = unit.text
    fallback = None
    for start, end in main_clauses(text):
        comparison = COMPARISON.match(text, start, end)
        if comparison:  # ("Unlike B, it ...": the subject follows the comparison's comma)
            start = comparison.end()
        elif OPENING_CONDITION.match(text, start, end):  # ("If B does not suit you, because ..., A is tried": 0812)
            comma = CONDITION_COMMA.search(text, start, end)
            time = TIME_OPENING.match(text, start, end)
            person = PERSON_SUBJECT.search(text, time.end(), comma.start() if comma else end) if time else None
            if person is not None:
                start = person.start()  # ("Before she got to B she had tried C": 0988)
            elif comma is None:
                continue
            else:
                start = comma.end()
        if OPENING_PRONOUN.match(text, start, end):
            return focus  # ("It is safer than B")
        first = next((m for m in drugs if start <= m[0] and m[1] <= end), None)
        if first is not None and STOPPED_BEFORE.search(text, start, first[0]):
            # ("My GP stopped the naproxen and started me on B": the drug stopped is no topic; decision 0818)
            first = next((m for m in drugs if first[1] <= m[0] and m[1] <= end), None)
        if first is None:
            continue
        if AFTER_COMPARED.search(text, start, first[0]) or AFTER_TAKER.search(text, start, first[0]):
            continue  # named in comparison, as a kin or a companion ("it wears off sooner than with B")
        if OTHER_MEDICINE_BEFORE.search(text, start, first[0]):
            continue  # named as another medicine than the one in focus ("a job for a different tablet, B")
        if focus == main and any(
            m[2] == focus and first[1] <= m[0] and m[1] <= end and FOCUS_AS_OBJECT.search(text, first[1], m[0])
            for m in drugs
        ):
            continue  # the drug in focus is what it interacts with ("B does not interact with A")
        if IN_RELATIVE.search(text, start, first[0]):
            continue  # named inside a relative clause ("My GP, who also prescribes B, ..."; decision 0859)
        if ADVICE.fullmatch(text, start, first[0]):
            continue  # the object of advice to the reader, used beside the drug in focus ("Take B as well")
        if FOCUS_PRONOUN.search(text, start, first[0]):
            continue  # after the pronoun, in its clause: its companion, comparison or subordinate clause
        if lowered.may_match(PARTNER, text) and PARTNER.search(text, first[1]):  # (0756)
            # what the drug in focus is taken with or acted on by ("B is fine to take with it"), and the partners
            # listed beside it ("B is fine, and C does not interact with it either")
            continue
        if fallback is None and not SUBJECT_OPENING.fullmatch(text, start, first[0]):
            # (an object of its clause, "Most people start on B, and A is added to it": a later clause that opens
            # with a drug as its subject is the topic; decision 0836)
            fallback = first[2]
            continue
        if fallback is not None and SWITCHED_TO.search(text, start, first[0]):
            return first[2]  # ("tried A first; ..., she switched him to B": the drug started; decision 0859)
        if fallback is not None and not SUBJECT_OPENING.fullmatch(text, start, first[0]):
            continue
        return first[2]
    return fallback or focus


def listed_partner(unit: Unit, lead: str) -> bool:
    """Whether `unit` is an item of a list whose lead (`lead`) asks about other medicines the reader takes: its drugs
    are partners, no topic (decision 0781).

    >>> listed_partner(Unit("- B", [], bullet=True), "Tell your doctor if you take:")
    True
    >>> listed_partner(Unit("- B", [], bullet=True), "Examples of this group:")
    False
    """
    return bool((unit.bullet or unit.item) and lead and PARTNER_LEAD.search(lead))


def names_drug(heading: str, drug_names: frozenset[str] | set[str]) -> bool:
    """Whether a heading names one of the document's drugs (`drug_names`: the words that name them in its text, in
    lower case).

    >>> names_drug("## Taking warfarin with food", {"warfarin"}), names_drug("## Storage", {"warfarin"})
    (True, False)
    """
    low = heading.lower()
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", low) for name in drug_names if name in low)


def after_heading(
    ctx: Discourse,
    heading: str,
    drug_names: frozenset[str] | set[str],
    main_names: frozenset[str] | set[str] = frozenset(),
) -> None:
    """A new section whose heading names no drug is about the document's drug (`Discourse.main`: the title's, else
    the drug the text names most): its "It" is that drug again, not the last drug the section before named
    (decisions 0725, 0738 and 0744: whether or not the title names a drug).

    >>> ctx = Discourse(focus="b", main="a")
    >>> after_heading(ctx, "## Formulations", {"b"}); ctx.focus
    'a'
    >>> ctx = Discourse(focus="b", main="a")
    >>> after_heading(ctx, "## B and your stomach", {"b"}); ctx.focus
    'b'

    A heading that names the document's drug (`main_names`) makes it the focus again, whatever drug the section
    before named last ("- Anyone taking B should not take A", then "## Things A will not do": "It is not a
    painkiller" is A's; decision 0781).

    >>> ctx = Discourse(focus="b", main="a")
    >>> after_heading(ctx, "## Things A will not do", {"a", "b"}, {"a"}); ctx.focus
    'a'
    """
    if ctx.main and heading and (not names_drug(heading, drug_names) or names_drug(heading, main_names)):
        ctx.focus = ctx.main
