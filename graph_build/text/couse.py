"""How two agents named together stand to each other (decision 0710): an interaction ("do not take X with Y", "X
raises the level of Y"), no interaction ("X can be taken with Y", "X does not interact with Y"), a co-use that states
no interaction at all (a co-prescription "taken together with Y", a regimen "part of a combination", advice "use Y for
aches while on X"), an alternative ("instead of Y") or a comparison ("unlike Y"), or nothing either way ("does not
interact with Y directly, but ...").

One table of cues, `CUES`, read in order: the first row whose conditions all hold decides. Each row names the
combination cues it reads (`CUE_FORMS`), the place its pattern is looked for (`PLACES`) and the reading it gives
(`READINGS`); the table is checked when the module loads. `PARTNER_CUES` read the words right before one partner
(a compared or replaced drug is no partner). `clause_start` is the one place a clause opens."""

from __future__ import annotations

import re

#: The readings of a combination cue.
INTERACTION = "interaction"  # an asserted interaction
NO_INTERACTION = "no-interaction"  # a denied interaction: the project writes "X can be taken with Y" so (0643)
CO_USE = "co-use"  # taken, given or advised together: no interaction either way
ALTERNATIVE = "alternative"  # the partner is what the drug replaces: no claim
COMPARISON = "comparison"  # the partner is what the drug is compared with: no claim
NONE = "none"  # a denial narrowed or taken back: nothing either way
READINGS = frozenset({INTERACTION, NO_INTERACTION, CO_USE, ALTERNATIVE, COMPARISON, NONE})

#: The marks that open a clause inside a sentence.
CLAUSE_MARKS = ",;:"


def clause_start(text: str, at: int) -> int:
    """Where the clause that holds offset `at` opens: right after the last comma, semicolon or colon before it, else
    at the sentence's start.

    >>> clause_start("Good news: it can be taken with Y.", 14)
    10
    """
    return max(text.rfind(mark, 0, at) for mark in CLAUSE_MARKS) + 1


#: The forms of combination cue a row reads (the cue's own words, matched at its start).
CUE_FORMS = {
    "any": r"",
    "interact": r"interact|interfer|clash",  # "interacts with", "does not interfere with", "doesn't clash with" (1138)
    "while": r"while\b",  # "while taking / while on"
    "combination": r"combination",  # "a combination of", "part of a combination"
    # the cues that say how medicines are prescribed: alone they state a co-prescription
    "prescribing": r"(combin\w+|taken with|use with|together with|be ((also|safely) )*used with)$",
}

#: Where a row's pattern is looked for, given the sentence and the cue:
#: sentence = anywhere in it; clause = from the cue's clause start to the cue's end (the cue included); near-cue = the
#: same, at most 40 characters before the cue (a negation of another verb of the clause is not the cue's); no-near-cue =
#: the pattern is NOT there; before-cue =
#: a pattern ending ($) right before the cue; around-cue = a match in the cue's clause that spans the cue's start;
#: after-cue = a pattern matching right at the cue's end; after = anywhere after the cue.
#: no-sentence = the pattern is nowhere in the sentence; no-after = nowhere after the cue; no-clause = not in the cue's
#: clause (decision 0796).
PLACES = frozenset(
    {
        "sentence",
        "clause",
        "near-cue",
        "no-near-cue",
        "before-cue",
        "around-cue",
        "after-cue",
        "after",
        "no-sentence",
        "no-after",
        "no-clause",
    }
)

#: A negation: "should not be taken with", "it is not safe to take X with Y", "does not interact with Y".
#: ("... nor interacts with Y": 0707; "not the only statin that interacts with Y", "not only ... but": no denial, 0810)
#: ("does not always interact with Y", "won't necessarily interact": a limit of how often or how surely, no denial;
#: decision 1048)
DENIAL = (
    r"\b(not(?!\s+((the|a)\s+)?(only|just|merely|always|necessarily)\b)|never|no|cannot(?!\s+always\b)|nor|neither)\b|"
    r"n't(?!\s+(always|necessarily)\b)"
)
#: "never on its own", "never alone", "never by itself": the drug is only used beside another (an add-on), no warning
#: about the pair (decision 0838)
NEVER = r"never(?!\s+(on\s+(its|their)\s+own|alone|by\s+(itself|themselves)|singly)\b)"
#: A prohibition: "should not", "must never", "do not", "don't", "cannot", "not to be".
PROHIBITION = r"\b((should|must|do|does|can|may|need|ought to)\s*(not|n't)|" + NEVER + r"|cannot|not to)\b"
#: Anywhere in the sentence: a warning or a named effect of the combination ("can be taken with Y, but the INR should
#: be checked": a combination to watch, no denied one; 0643).
WARNING = (
    r"\b((should|must) not|" + NEVER + r"|avoid\w*|caution|careful\w*|danger\w*|risk\w*|rais\w*|lower\w*|"
    r"reduc\w*|increas\w*|levels?|monitor\w*|(should|must|needs? to) be (checked|watched))\b"
)
#: (decision 0793) An improbability in the cue's clause: "unlikely", "not likely", "improbable".
IMPROBABLE = r"\b(unlikely|not\s+likely|improbable)\b"
#: (decision 0793) Reassurance that a medicine need not be stopped: "there is no need to stop", "you do not need to
#: stop", "you don't have to come off", "no need to avoid".
NO_NEED = (
    r"\b(no\s+(need|reason)\s+to|(do|does|did)\s*(not|n't)\s+(need|have)\s+to|need(\s+not|n't)|not\s+necessary\s+to)\s+"
    r"(stop|avoid|give\s+up|come\s+off|change|switch)\b"
)
#: (decision 0793) Reassurance that a medicine may be taken or kept on: "it is fine / safe / OK to take A", "A is safe
#: to use", "A is fine while you take X", "(you can / you should) keep taking / carry on taking / continue A",
#: "A can (safely) be taken safely".
REASSURED = (
    r"\b((safe(ly)?|fine|ok|okay|alright|all\s+right)\s+to\s+(take|use|have|keep\s+taking|carry\s+on)|"
    r"(is|are)\s+((perfectly|usually|generally|normally|quite)\s+)?(fine|safe|ok|okay|alright|all\s+right)(?=\s*$)|"
    r"(keep|carry\s+on|continue)(?=\s*$)|"
    r"(can|may|could)\s+(safely\s+be|be\s+safely)\s+(taken|used|given|combined)|"
    r"(keep\s+(taking|using|on\s+with)|carry\s+on\s+(taking|using|with)|continue\s+(taking|using|to\s+take|to\s+use|with))|"
    r"(can|may|could)\s+((still|safely|also|usually|generally|normally)\s+)*be\s+((safely|also)\s+)*(taken|used)\s+safely)\b"
)
#: (decision 0798) Leave to eat or drink something beside the medicine: "You can drink milk while taking X", "you can
#: still eat grapefruit when on X".
MAY_HAVE = (
    r"\b(you|people|patients|adults|children)\s+(can|may)\s+((still|safely|also|usually|normally)\s+)*"
    r"(drink|eat|have)\b"
)
#: What the pair does ("... can make you drowsy", "B can slow the heart further when taken together with A").
#: ("given together with a beta blocker": the class's name "blocker" is no act of the pair, decision 0755)
PAIR_EFFECT = (
    r"\b(can|may|might|could|will|would|make[sd]?|making|affect\w*|interfer\w*|stop\w*|block(?!ers?\b)\w*|boost\w*|"
    r"worse\w*|drows\w*|bleed\w*|serotonin|toxic\w*|effect\w*|harm\w*|problems?|side effects?|"
    r"(more|less) (common|likely|often|effective|well))\b"
)

#: A strict warning or an effect of the pair anywhere in the sentence: what makes a co-prescription framed as the drug's
#: use an interaction after all (decision 0796). The words of a purpose ("to lower cholesterol", "when the levels stay
#: high", "to cut the risk of a heart attack") are not among them, as they are in `WARNING`.
_PURPOSE_RISK = "".join(
    rf"(?<!{verb} {article} )"
    for verb in ("reduce", "lower", "cut", "reducing", "lowering", "cutting", "prevent")
    for article in ("the", "your")
)
STRICT_WARNING = (
    r"\b((should|must) not|" + NEVER + r"|avoid\w*|caution\w*|careful\w*|danger\w*|" + _PURPOSE_RISK + r"risk\w*|"
    r"monitor\w*|"
    r"(should|must|needs? to) be (checked|watched)|side effects?|bleed\w*|toxic\w*|harm\w*|interact\w*|serious\w*|"
    r"problems?|too (much|far|low|high|strong)|together (they|the two)|the (combination|two|pair) (can|may|might|could|"
    r"will|would|make|cause|raise|increase|lower)|(more|less) (common|likely|often|effective|well)|worse\w*|drows\w*|"
    r"serotonin|stronger|weaker|"
    # a finite act of one of the pair ("..., which raises lithium levels", "and this raises potassium"), not a purpose's
    # infinitive ("to lower cholesterol")
    r"raises|lowers|increases|reduces|boosts|weakens|strengthens|causes|makes|blocks|stops|affects|changes)\b"
)
#: After a combination cue in a comma aside: its partner, the aside's closing comma and the drug's own verb ("..., in
#: combination with a statin, lowers cholesterol").
ASIDE_THEN_VERB = (
    r"\s+with\s+[^,;:.()]{1,50},\s+(it\s+|they\s+)?((usually|often|also|further|can|may|will|helps?\s+to)\s+)*"
    r"(lowers?|reduces?|treats?|helps?|improves?|controls?|prevents?|relieves?|eases?|cuts?|is|are|works?|brings?)\b"
)
#: A warning the aside reading gives way to ("..., combined with B, can lower the pressure too far").
ASIDE_WARNING = (
    r"\b((should|must)\s+not|" + NEVER + r"|avoid\w*|caution\w*|careful\w*|danger\w*|risk\w*|bleed\w*|toxic\w*|harm\w*|"
    r"interact\w*|serious\w*|problems?|too\s+(much|far|low|high|strong)|side\s+effects?)\b"
)
#: A condition of the taking in the cue's clause ("rashes are more common when A is taken with B"): no prescribing.
CONDITION = r"\b(when|if|while|once|unless)\b"
#: A modal after the cue: the pair does something ("... to lower blood pressure, but this can cause Y").
MODAL_AFTER = r"\b(can|may|might|could|will|would)\b"
#: How a drug is prescribed or used, right before a prescribing cue: "is usually given together with", "is given in
#: combination with", "is often combined with", "doctors prescribe it together with", "is used for Y, usually together
#: with" (decision 0796). "Can be taken with" is no frame: it is the compatibility the project writes as a denial.
_ADVERB = (
    r"(usually|often|commonly|normally|generally|typically|sometimes|always|also|mostly|mainly|then|now|only|"
    r"frequently|routinely|first|later|either)"
)
_USE_VERB = r"(given|used|prescribed|taken|started|offered|added|recommended|tried|combined)"
PRESCRIBED_FRAME = (
    rf"\b(is|are|was|were|been|being)\s+({_ADVERB}\s+)*({_USE_VERB}\s+)?((in|as part of)\s+)?({_ADVERB}\s+)?$"
    rf"|\b(use[sd]?|gives?|prescribes?|combines?|starts?|offers?|adds?|takes?)\s+(it|them|this|[\w-]+)\s+({_ADVERB}\s+)?$"
    rf"|\b{_USE_VERB}\b[^.;:]*,\s*({_ADVERB}\s+)+$"
    r"|\bworks?\s+((well|best|better)\s+)?(in\s+)?$"
)

#: "X can (safely) be taken with Y", "it is safe / fine to take X with Y": the compatibility the project writes as a
#: denied interaction (rows safe-together and compatible-because).
SAFE_TOGETHER = (
    r"\b(can|may|could)\s+((also|safely|usually|generally|normally)\s+)*be\s+((also|safely)\s+)*"
    r"(taken|used|given|combined|co-?administered)\s+((together|safely)\s+){0,2}(with|while)\b|"
    r"\b(safe(ly)?|fine|ok|okay|all right)\s+(to\s+)?(take|use|combine)\b"
)
#: A reason that denies what the pair would do: ", because / as / since A does not raise its levels", "as there is no
#: interaction" (decision 0829).
DENIED_REASON = r"(,\s*|\s)(because|since|as)\s+[^.;:]*?\b(not|n't|no|never)\b"

#: The products that hold two medicines in one: "in one gel", "as a single tablet", "in a combined inhaler" (0712).
PRODUCTS = (
    r"(gels?|creams?|ointments?|lotions?|tablets?|pills?|capsules?|inhalers?|injections?|patch(es)?|sprays?|"
    r"drops|solutions?|liquids?|products?|preparations?|formulations?|medicines?|packs?|sachets?)\b"
)

#: The table: (name, reading, cue form, ((place, pattern), ...)). Read in order; the first row whose cue form
#: matches the cue and whose conditions all hold decides; the last row reads every cue.
# fmt: off
CUES: tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], ...] = (
    # "It is unlikely that X interacts with Y", "X is unlikely to interact with Y": an improbability, which the
    # interactions (read without a certainty) cannot carry: nothing either way, never an asserted interaction
    # (decision 0793; "X is unlikely to cause Y" is a hedged denial of an effect)
    ("improbable", NONE, "any", (("clause", IMPROBABLE),)),
    # "X does not interact with Y, but it interacts with Z": Y's denial stands, Z's interaction is its own clause's
    # (decision 0715)
    ("denial-then-other", NO_INTERACTION, "interact",
     (("clause", DENIAL), ("after-cue", r"(?:(?!\b(directly|way|but)\b)[^,;.]){1,60}?,?\s+but\s+(it|they)\s+"
                                        r"((does|do|can|may|will|also)\s+)*interacts?\s+with\b"))),
    # "X does not interact with Y directly, but ...", "is not known to interact with Y in a dangerous way", "X does
    # not interact with Y, but they can both cause Z": narrowed. A turn to another matter ("..., but Dennis does not
    # drink anyway", "..., but rest helps recovery": no modal, no pair) leaves the denial whole (decision 0878). A
    # concessive "although / though" narrows only when its clause is about the pair ("..., although both can cause
    # Z", "although heavy drinking can make it less effective"): "..., although alcohol can make Y worse" is alcohol's
    # own doing. A turn whose
    # agent acts on its own ("but A itself causes Y", "although A alone ...") is about that agent: the denial stands
    # (decision 0887)
    ("denial-narrowed", NONE, "interact",
     (("clause", DENIAL), ("after", r"\b(however|directly|in an? [\w-]+ way)\b|\b(but|although|though)\b"
                                   r"(?![^.;]*\b(itself|themselves|on (its|their) own|by (itself|themselves)|alone)\b)"
                                   r"(?=[^.;]*\b(both|together|the\s+two|combin\w*|they|their|each|it|its)\b)"
                                   r"|\bbut\b(?![^.;]*\b(itself|themselves|on (its|their) own|by (itself|themselves)|"
                                   r"alone)\b)(?=[^.;]*\b(can|may|might|could|will|would)\b)"))),
    # "X does not interact with Y", "A does not interfere with X"
    ("denied-interaction", NO_INTERACTION, "interact", (("clause", DENIAL),)),
    # "X interacts with Y", "A can interfere with X": stated whatever else the sentence says
    ("interacts", INTERACTION, "interact", ()),
    # "Take A instead of B while on X", "Use A rather than B with X", "A is a better choice than B while on X", "take
    # A, not B, while on X": advice to use A in place of B, no interaction
    # stated for either (unless a negation makes it a warning: "Do not take A instead of B with X")
    ("advised-instead", ALTERNATIVE, "any",
     (("before-cue", r"\b(instead of|rather than|in place of|(better|safer|preferred) (choices?|options?)? ?than)\b"
                     r"[^,;:.]*$|,\s*(and\s+)?not\s+([\w-]+\s*){1,4},\s*$"), ("no-near-cue", DENIAL))),
    # a co-formulation: "you can buy it combined with Y in one gel", "also made with Y as a single tablet": one
    # product of two ingredients, no interaction either way (decision 0712)
    ("co-formulated", CO_USE, "prescribing",
     (("after-cue", r"\s+[\w\s,'-]{1,40}?\b(in|as|into)\s+(one|a single|a|the same|a combined|one combined)\s+"
                    r"([\w-]+\s+)?" + PRODUCTS), ("no-near-cue", DENIAL))),
    # "it also comes combined with Y", "you can buy it combined with Y": a product sold so (decision 0712)
    ("sold-combined", CO_USE, "prescribing",
     (("before-cue", r"\b(comes?|came|available|sold|buy|bought|supplied|made|marketed)\s+(it\s+)?(\w+\s+)?$"),
      ("no-near-cue", DENIAL))),
    # "There is no need to stop X while you take Y", "You do not need to stop X when taking Y", "There's no need to
    # avoid X while on Y": reassurance that the two may be taken together, read as "X can be taken with Y" is (a
    # denied interaction); its "not" is the need's, no prohibition, and its "avoid" no warning; a warning after the
    # cue still makes an interaction (decision 0793)
    ("no-need-to-stop", NO_INTERACTION, "any",
     (("before-cue", NO_NEED + r"[^,;:.]*$"), ("no-after", WARNING))),
    # "X is usually given together with a Y such as Z when X alone is not enough", "It is used to lower cholesterol,
    # usually together with a statin", "Doctors prescribe it in combination with Z to lower blood pressure": a
    # co-prescription framed as how the drug is used, whose purpose ("to lower", "when the levels stay high") is no
    # warning; a strict warning anywhere, a modal after the cue or a denial near it leaves the rows below to read it
    # (decision 0796)
    ("prescribed-for-use", CO_USE, "prescribing",
     (("before-cue", PRESCRIBED_FRAME), ("no-clause", CONDITION), ("no-sentence", STRICT_WARNING),
      ("no-after", MODAL_AFTER), ("no-near-cue", DENIAL))),
    # "take it after a stroke, together with A, to stop another clot forming", "combined with A to lower Y": the
    # purpose of the combined use, no act of the pair, unless a modal names one after it (decision 0773); read before
    # the warning row, whose change words ("lower", "reduce") a purpose holds, unless a strict warning is said (0796)
    ("use-purpose", CO_USE, "prescribing",
     (("after-cue", r"[^.;:]{0,60}?\bto\s+(help\s+)?(stop|prevent|treat|reduce|lower|control|ease|relieve|manage|"
                    r"protect|keep|cut|clear|kill|thin|raise|improve|bring)\b(?![^.;]*\b(can|may|might|could|will|would)\b)"),
      ("no-sentence", STRICT_WARNING), ("no-near-cue", DENIAL))),
    # "X, in combination with a statin, lowers cholesterol", "X, combined with B, treats Y": the combination cue in a
    # comma aside between the drug and its own verb names what it is used with; no interaction unless the sentence
    # warns (decision 0816)
    ("aside-co-use", CO_USE, "prescribing",
     (("before-cue", r",\s*(in\s+)?$"), ("after-cue", ASIDE_THEN_VERB), ("no-sentence", ASIDE_WARNING),
      ("no-near-cue", DENIAL))),
    # "X can be taken with A, because A does not change its levels": a compatibility whose reason denies the change,
    # no warning (the change words are the reason's, denied); a turn after the cue ("..., but ...") leaves the rows
    # below to read it (decision 0829)
    ("compatible-because", NO_INTERACTION, "any",
     (("around-cue", SAFE_TOGETHER), ("after", DENIED_REASON),
      ("no-after", r"\b(but|however|although|though|unless)\b"), ("no-near-cue", DENIAL))),
    # a warning or an effect of the pair ("Never combine X with Y", "may raise the risk of ...")
    ("warning", INTERACTION, "any", (("sentence", WARNING),)),
    # "should not be taken with", "must never be combined with", "do not use it with": a prohibition
    ("prohibited", INTERACTION, "any", (("near-cue", PROHIBITION),)),
    # "X is not (usually) taken together with Y": a prescribing fact denied, neither an interaction nor its denial
    ("not-prescribed", NONE, "prescribing", (("near-cue", DENIAL),)),
    # "it is not safe to take X with Y", "X cannot be taken with Y"
    ("negated-cue", INTERACTION, "any", (("near-cue", DENIAL),)),
    # "X can be taken with Y", "X can safely be used with Y", "it is safe to take X with Y"
    ("safe-together", NO_INTERACTION, "any", (("around-cue", SAFE_TOGETHER),)),
    # "It is fine to take A while you are taking X", "You can keep taking A while on X", "A is safe to use while you
    # take X": the reader may go on with A beside X, a compatibility as "A can be taken with X" (decision 0793)
    ("reassured", NO_INTERACTION, "any", (("before-cue", REASSURED + r"[^,;:.]*$"), ("no-near-cue", DENIAL))),
    # "You can drink milk while taking X": leave to have A beside X, a compatibility, unless the sentence goes on to
    # what the pair does ("..., but it may make you sick") (decision 0798)
    ("may-have", NO_INTERACTION, "any",
     (("before-cue", MAY_HAVE + r"[^,;:.]*$"), ("no-near-cue", DENIAL), ("no-after", PAIR_EFFECT))),
    # "Taking A with X is fine", "Using A and X together is safe": the combination called fine after the cue
    ("fine-after", NO_INTERACTION, "any",
     (("after-cue", r"[^,;:.]*?\b(is|are)\s+((perfectly|usually|generally|normally|quite)\s+)?"
                    r"(fine|safe|ok|okay|alright|all\s+right)\b"), ("no-near-cue", DENIAL))),
    # "It is often combined with B when ...", "usually taken together with": a routine co-therapy
    ("routine", CO_USE, "any", (("before-cue",
        r"\b(often|usually|commonly|frequently|routinely|sometimes|typically|always)\s+(be\s+)?(\w+\s+)?$"),)),
    # "Use A for aches while on X", "You can take A for pain while taking X": advice to use A beside X (0697);
    # "You can (still) take A while on X" too, with or without its purpose
    ("use-advice", CO_USE, "while", (("before-cue",
        r"(^|[,;:]\s*|\b(you|they|we)\s+((can|may|could|should)\s+)?(also\s+|still\s+|safely\s+)?)"
        r"(use|take|try|have|give)\b[^,;:.]*\bfor\b[^,;:.]*$|"
        r"\b(you|they|we)\s+(can|may|could)\s+(also\s+|still\s+|safely\s+)?(use|take|try|have)\b[^,;:.]*$"),)),
    # "Take folic acid once a week while taking X", "You will take A while on X", "Keep taking A while you use X":
    # advice to take A beside X, a co-use (decision 0829), unless a denial near the cue makes it a warning
    ("take-advice", CO_USE, "while",
     (("before-cue", r"(^|[,;:]\s*)[\W_]*((please|also)\s+)?((you|they)\s+((will|should|must|need\s+to|"
                     r"may\s+need\s+to)\s+)(also\s+)?)?(take|use|have|keep\s+(taking|using)|carry\s+on\s+(taking|using)|"
                     r"continue\s+(taking|using|to\s+take))\b[^,;:.]*$"), ("no-near-cue", DENIAL),
      ("no-sentence", STRICT_WARNING))),
    # "one part of a combination of four antibiotics", "given as part of a combination": a regimen (0701)
    ("part-of", CO_USE, "combination", (("before-cue", r"\bpart of (a|an|the|this|that)( \w+)?\s*$"),)),
    ("regimen-of", CO_USE, "combination",
     (("after-cue", r"\s+of (two|three|four|five|six|several|\d+|other|different|standard)\b"),)),
    # "B can slow the heart further when taken together with A": what the pair does, an interaction
    ("pair-effect", INTERACTION, "prescribing", (("sentence", PAIR_EFFECT),)),
    # "It is taken together with lactulose, not instead of it", "X is combined with Y to treat Z" (0692)
    ("prescribed-with", CO_USE, "prescribing", ()),
    # any other cue ("while taking", "mixed with", "if you take") names an interaction
    ("combined", INTERACTION, "any", ()),
)
# fmt: on

#: Right before a partner: it is named in comparison ("unlike A and B, which ...") or as what the drug replaces
#: ("instead of A", "rather than A", "as an alternative to A"), not as what the drug is taken with (decision 0622).
#: A list of partners before the mention is allowed ("unlike A, B or C").
PARTNER_CUES: tuple[tuple[str, str, str], ...] = (
    ("compared", COMPARISON, r"\b(unlike|than|versus|vs\.?|compared (with|to)|in contrast to)"),
    # set against the partner named: "interacts with A, not with B", "... with A but not B" (0707)
    # ("... alongside A, but not alongside B": "alongside" as "with", decision 0847)
    ("set-against", COMPARISON, r"(,|\bbut)\s+not(\s+(with|alongside))?"),
    (
        "replaced",
        ALTERNATIVE,
        r"\b(instead of|rather than|in place of|(as )?an? alternative to|(switch|chang)(e|es|ed|ing)? (over )?to)",
    ),
)
PARTNER_LIST = r"\s+([\w-]+(,\s*|\s+(and|or)\s+))*$"


def _compiled() -> tuple[list, list, dict]:
    """The tables compiled and checked: every reading, cue form and place known, names unique, patterns valid, the
    last row reading every cue without conditions (so every cue gets a reading)."""
    forms = {name: re.compile(pattern, re.I) for name, pattern in CUE_FORMS.items()}
    names = [row[0] for row in CUES] + [row[0] for row in PARTNER_CUES]
    if len(set(names)) != len(names):
        raise ValueError(f"couse: a cue name is repeated: {names}")
    rows = []
    for name, reading, form, conditions in CUES:
        if reading not in READINGS or form not in forms:
            raise ValueError(f"couse: row {name!r} has an unknown reading {reading!r} or cue form {form!r}")
        for place, _ in conditions:
            if place not in PLACES:
                raise ValueError(f"couse: row {name!r} has an unknown place {place!r}")
        rows.append((name, reading, forms[form], tuple((p, re.compile(pattern, re.I)) for p, pattern in conditions)))
    if CUES[-1][2] != "any" or CUES[-1][3]:
        raise ValueError("couse: the last row must read every cue without conditions")
    partner = []
    for name, reading, pattern in PARTNER_CUES:
        if reading not in (COMPARISON, ALTERNATIVE):
            raise ValueError(f"couse: partner cue {name!r} must read a comparison or an alternative")
        partner.append((name, reading, re.compile(pattern + PARTNER_LIST, re.I)))
    return rows, partner, forms


ROWS, PARTNER_ROWS, FORMS = _compiled()


def _holds(place: str, pattern: re.Pattern, text: str, cue: re.Match, clause: int) -> bool:
    if place == "sentence":
        return pattern.search(text) is not None
    if place == "no-sentence":
        return pattern.search(text) is None
    if place == "no-after":
        return pattern.search(text, cue.end()) is None
    if place in ("clause", "no-clause"):
        return (pattern.search(text, clause, cue.end()) is not None) == (place == "clause")
    if place in ("near-cue", "no-near-cue"):
        near = pattern.search(text, max(clause, cue.start() - 40), cue.end()) is not None
        return near if place == "near-cue" else not near
    if place == "before-cue":
        return pattern.search(text, 0, cue.start()) is not None
    if place == "after-cue":
        return pattern.match(text, cue.end()) is not None
    if place == "after":
        return pattern.search(text, cue.end()) is not None
    found = pattern.search(text, max(clause, cue.start() - 40), min(len(text), cue.end() + 40))  # around-cue
    return found is not None and found.start() <= cue.start() <= found.end()


def reading(text: str, cue: re.Match, outcome: bool = False) -> tuple[str, str]:
    """The reading of a combination cue in its sentence, and the name of the row that decided it. `outcome`: the
    sentence names what the combination leads to after the cue ("... can increase the risk of Y"), an interaction.

    >>> def r(text, cue):
    ...     return reading(text, re.search(cue, text))
    >>> r("It is taken together with lactulose, not instead of it.", "together with")
    ('co-use', 'prescribed-for-use')
    >>> r("It is often combined with A to lower cholesterol.", "combined")
    ('co-use', 'prescribed-for-use')
    >>> r("It is often combined with A, but the two together can lower the pressure too far.", "combined")
    ('interaction', 'warning')
    >>> r("Do not take it together with lactulose.", "together with")
    ('interaction', 'prohibited')
    >>> r("X can be taken with Y.", "taken with"), r("X does not interact with Y.", "interact with")
    (('no-interaction', 'safe-together'), ('no-interaction', 'denied-interaction'))
    """
    clause = clause_start(text, cue.start())
    for name, result, form, conditions in ROWS:
        if not form.match(cue.group(0)):
            continue
        if name == "warning" and outcome:
            return INTERACTION, "outcome"
        if all(_holds(place, pattern, text, cue, clause) for place, pattern in conditions):
            return result, name
    return INTERACTION, "combined"  # (unreachable: the last row reads every cue)


def partner_reading(text: str, at: int) -> str | None:
    """Whether the agent named at offset `at` is compared ("unlike A") or replaced ("instead of A"): that reading,
    else None (the agent is a partner as the cue reads it).

    >>> partner_reading("Take X instead of A or B.", 23), partner_reading("Unlike A, X is safe.", 7)
    ('alternative', 'comparison')
    >>> partner_reading("Do not take X with A.", 19) is None
    True
    """
    for _, result, pattern in PARTNER_ROWS:
        if pattern.search(text, max(0, at - 60), at):
            return result
    return None
