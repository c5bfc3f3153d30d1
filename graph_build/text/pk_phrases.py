"""Pharmacokinetic values a text gives by a verb phrase, with no parameter's name (decision 0742).

Health writing rarely says "onset of action" or "oral bioavailability"; it says when a drug starts to work, how long
a dose lasts, and how much of a dose reaches the blood:

- onset of action: "starts to work within about 30 minutes", "gets going within an hour", "the effect starts within
  1 to 2 hours", "it can take up to 6 weeks to see the full effect",
  "notice a difference after 4 to 8 weeks", "6 to 12 weeks before you notice ...";
- duration of action: "one dose lasts at least 24 hours", "the effect lasts between 30 and 90 minutes", "wears off
  after about 4 hours", "stays active for roughly 8 hours", "one dose works for only 20 to 30 minutes", and "...
  starts to work within an hour and lasts up to 12 hours";
- oral bioavailability: "less than 2% of a dose is absorbed", "about 15% of a swallowed dose reaches the
  bloodstream", "Oral bioavailability is only 15 to 30%" (a dose taken by mouth; a sentence about a skin, inhaled
  or injected form says nothing of the oral value);
- time to peak concentration (decision 0826): "reaches its highest level in the blood in about 3 hours", "blood levels
  peak about 1 to 2 hours after a dose", "the level in the plasma peaks at about 2 hours". Duration also "keeps
  working for about 12 hours" and "lasts about a day" (24 hours); onset also "takes effect within about an hour".

Each phrase is data (`PHRASES`): a pattern with one value group, and the parameter it gives. The value is read with
its bound: "up to N" and "less than N" give only the maximum, "at least N" only the minimum, "N to M" both, one
value both. The owner is the one `relate_sentence_rules` gives the value-range rule (the sentence's drug, else the
drug in focus). "lasts" is read only after a dose, an effect, "it" or a drug's name, never after a condition ("the
rash lasts 2 days").
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text import lowered, number_words
from graph_build.text.denial_words import DENIAL
from graph_build.text.units import COND, Found, Unit
from ontology.lexicon import Entity

#: The parameters the phrases give, minted for the document that states one (no vocabulary the project reads has
#: them, and the lexicon lists only what the seed corpus names; no identifier is written).
PARAMETERS = {
    slug: Entity(slug, slug.replace("-", " "), "PharmacokineticParameter", definition)
    for slug, definition in (
        ("onset-of-action", "The time from a dose until the drug starts to work."),
        ("duration-of-action", "How long the effect of one dose lasts."),
        ("oral-bioavailability", "The share of a swallowed dose that reaches the blood."),
        ("time-to-peak-concentration", "The time from a dose until the drug's level in the blood is highest."),
        ("elimination-half-life", "The time it takes for the drug's level in the body to fall by half."),
        ("bioavailability", "The share of a dose that reaches the blood."),
    )
}

#: Other names of a parameter, as the pharmacokinetics literature writes it (decision 0895): "time to peak" and "Tmax"
#: are the time to peak (plasma) concentration, the time the drug's level in the blood is highest. Read by the measure
#: only (`evaluate.concept_keys`): a gold naming the parameter so is the parameter the phrases give. Not the time to
#: peak *effect* (a pharmacodynamic time, another parameter) nor a half-life of another kind.
OTHER_NAMES = {
    "time-to-peak-concentration": ("time to peak", "time to maximum concentration", "tmax"),
}

#: Number words a value may be written in ("an hour", "two to four weeks"; not "a day", which is as often "a day or
#: two" or a rough "within a day").
WORDS = "an one two three four five six seven eight nine ten eleven twelve"
NUMBERS = {w: Decimal(i) for i, w in enumerate(WORDS.split()[1:], 1)}
NUMBERS["an"] = Decimal(1)
# (and any number word up to ninety-nine: "lasts about fifteen hours", decision 0896)
_NUM = r"\d+(?:\.\d+)?|an|" + number_words.PATTERN
#: A value with its unit of time: "about 30 minutes", "**2 to 4 weeks**", "somewhere between 30 and 90 minutes".
TIME = (
    r"[*_]{0,2}(?:(?P<bound>up to|at least|less than|under|more than|over)\s+)?"
    r"(?:(?:about|around|approximately|roughly|only|just|some|somewhere|typically|usually|a\s+full|a\s+whole)\s+)*"
    r"(?:between\s+)?[*_]{0,2}(?:(?P<low>" + _NUM + r")(?P<low_half>\s+and\s+a\s+half)?"
    r"(?:\s*(?:to|-|–|and)\s*(?P<high>" + _NUM + r")(?P<high_half>\s+and\s+a\s+half)?)?[*_]{0,2}\s*"
    r"[*_]{0,2}(?P<unit>minutes?|mins?|hours?|hrs?|days?|weeks?)\b(?!\s+or\s+(?:two|so|more|longer)\b)"
    # ("an hour and a half", "two days and a half": the half after the unit, 1.5 hours, decision 1024; never an hour
    # alone, decision 0879)
    r"(?:\s+and\s+a\s+half\b(?P<unit_half>)|(?!\s+and\s+a\s+half\b))"
    # ("half an hour": 30 minutes, decision 1024; not "half an hour or so", nor one end of "half an hour to an hour")
    r"|(?P<half_hour>half\s+an\s+hour)\b(?!\s+or\s+(?:two|so|more|longer)\b)(?!\s+and\s+a\s+half\b))"
    # (not the first end of a range of times: "an hour to an hour and a half", decision 0826; nor of "between half an
    # hour and three hours", decision 1024)
    r"(?!\s+(?:to|-|–)\s+(?:an?\b|\d|" + number_words.PATTERN + r"))"
    r"(?!\s+and\s+(?:an?|\d+(?:\.\d+)?|" + number_words.PATTERN + r")(?:\s+and\s+a\s+half)?\s+"
    r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b)"
)
#: A whole day as how long a dose works ("lasts about a day", "works for a whole day"): 24 hours, as the golds write
#: it (decision 0826); never "a day or two" (rough), nor "within a day" (onset phrases do not read it).
A_DAY = r"[*_]{0,2}(?:(?:about|around|roughly|approximately)\s+)?(?P<day>a\s+(?:(?:full|whole)\s+)?day)\b(?!\s+or\b)"
#: The level of the drug in the blood: "its highest level in the blood", "blood levels (of its active form)", "the
#: level in the plasma" (decision 0826: the time it peaks is the time to peak concentration).
# ("the level in his blood", "peaks in your blood": a person's blood is the blood; decision 0908)
_BLOOD = r"(?:(?:the|his|her|your|their|my|our)\s+)?(?:blood(?:stream)?|plasma)"
_LEVEL = r"(?:levels?|concentrations?)"
_AT = r"(?:(?:at|after|within|in)\s+)?"
_PEAKS = r"(?:peaks?|reach(?:es)?\s+(?:their|its|a)\s+peak|(?:is|are)\s+(?:at\s+(?:their|its)\s+)?highest)\s+"
_SHARE_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten"
#: A share of a dose: "less than 1%", "about 20 to 30 per cent", "29% to 35%".
SHARE = (
    r"[*_]{0,2}(?:(?P<bound>less than|under|at least|more than|over)\s+)?"
    r"(?:(?:about|around|approximately|roughly|only|just|some)\s+)*[*_]{0,2}(?:(?P<low>\d+(?:\.\d+)?|"
    + _SHARE_WORDS
    + r")\s*(?:%|per ?cent)?"
    r"(?:\s*(?:to|-|–)\s*(?P<high>\d+(?:\.\d+)?|"
    + _SHARE_WORDS
    + r"))?\s*(?P<unit>%|per ?cent)|(?P<half>half))[*_]{0,2}"
)
#: What a share is of: a dose ("of a swallowed dose", "of each dose"), the drug ("of the drug in a patch"), a form
#: ("of each drop", "of the cream"), or "it" (decision 0879).
SHARE_OF = (
    r"\s+of\s+(?:(?:a|each|every|the|your|one)\s+(?:swallowed\s+|oral\s+|tablet\s+|single\s+)?dose"
    r"|(?:the|each|every)\s+(?:drug|medicine)(?:\s+in\s+(?:a|the|each)\s+(?:patch|dose|tablet|capsule))?"
    r"|(?:each|every|the|a)\s+(?:drop|application|cream|gel|ointment|spray|patch)|it)\s+"
)
#: Right after a time: "after" an event (the time is a window to take the dose in, not how long it lasts).
AFTER_EVENT = r"(?![*_\s]*(?:\([^)]*\)[*_\s]*)?after\b)"
#: Right before what "lasts": an opening condition ("If it lasts more than five minutes, call for help", "if the
#: effect lasts longer than 4 hours, get help"): a limit the reader watches for, no value of the drug (decision 0845).
IF_IT_LASTS = re.compile(r"\b(?:if|unless|should)\s+(?:(?:the|this|that|your|an?|one)\s+)?$", re.I)
#: Right before "lasts", "wears off": what lasts must be a dose, an effect or the drug ("it", its name: checked).
# ("one application lasts about 8 hours", "the relief lasts up to 6 hours": a use of the drug and its effect; 0896)
LASTING = (
    # ("one puff keeps working for 12 hours", "each lozenge lasts about 3 hours": a use of the drug; decision 1024)
    r"(?P<what>\b(?:doses?|effects?|it|drops?|injection|tablets?|capsules?|applications?|relief|puffs?|lozenges?)|\S)\s+"
    r"(?:usually\s+|only\s+|then\s+)?"
)
#: After a dose of the drug (decision 1024): "after a dose", "of the first tablet", "after each capsule", "after I
#: swallow it", "after it is swallowed": the time a level peaks or a dose starts to work counts from the drug's dose,
#: not from a meal, a symptom or an event.
DOSE_AFTER = (
    r"(?:after|of)\s+(?:(?:a|an|each|every|the|one|your|his|her|my|their)\s+(?:single\s+|first\s+|starting\s+)?"
    r"(?:dose|tablet|capsule|injection|jab|drop|puff|spray|pill|infusion|lozenge)s?\b"
    r"|(?:i|you|he|she|they|we)\s+(?:takes?|took|swallows?|swallowed)\s+(?:it|them|one)\b"
    r"|it\s+(?:is|has\s+been)\s+(?:taken|swallowed)\b)"
)
#: What half of is the drug: a dose of it, the drug, "it" (decision 0879).
_HALF_OF = r"half\s+(?:of\s+)?(?:(?:a|each|every|the|one|your)\s+(?:single\s+)?dose|the\s+(?:drug|medicine)|it)\s+"
#: Where a drug's level is: the body, the blood, the system ("half of each dose has left my blood").
_BODY = r"(?:(?:the|his|her|your|their|my|our)\s+)?(?:body|blood(?:stream)?|system)"
PHRASES: tuple[tuple[str, re.Pattern], ...] = tuple(
    (parameter, re.compile(pattern, re.I))
    for parameter, pattern in (
        # ("it began to work within about thirty minutes", "it kicks in within about 15 minutes", "it gets going
        # quickly, within about fifteen minutes": decision 1024)
        (
            "onset-of-action",
            r"\b(?:starts?|begins?|started|began)\s+(?:to\s+work|working)\s+(?:within|in)\s+" + TIME,
        ),
        ("onset-of-action", r"\bkick(?:s|ed)?\s+in\s+within\s+" + TIME),
        ("onset-of-action", r"\bgets?\s+going\s+(?:(?:quickly|fast),?\s+)?(?:within|in)\s+" + TIME),
        # ("it starts working about an hour after each capsule": the time from the drug's dose; decision 1024)
        (
            "onset-of-action",
            r"\b(?:starts?|begins?|started|began)\s+(?:to\s+work|working)\s+" + TIME + r"\s+" + DOSE_AFTER,
        ),
        # ("it takes about 30 minutes to work", "it took about 20 minutes to kick in": decision 1024; never "to work
        # the cream in", which is no onset)
        (
            "onset-of-action",
            r"\b(?:takes?|took)\s+" + TIME + r"\s+to\s+(?:start\s+to\s+)?(?:work|kick\s+in|take\s+effect)"
            r"(?=\s*[.,;:)]|\s*$|\s+(?:for|properly|fully|and|but|so)\b)",
        ),
        # ("it began to help after about three days", "it starts to help within one to two weeks": decision 1024)
        ("onset-of-action", r"\b(?:starts?|begins?|started|began)\s+to\s+help\s+(?:within|after|in)\s+" + TIME),
        # ("the tablets take effect within about an hour", decision 0826)
        ("onset-of-action", r"\b(?:takes?|taking)\s+effect\s+within\s+" + TIME),
        # ("relief usually starts within about 10 minutes": the effect in lay words; 0896)
        (
            "onset-of-action",
            r"\b(?:effects?|relief)\s+(?:usually\s+|often\s+|normally\s+)?(?:starts?|begins?|comes?\s+on|kicks?\s+in)"
            r"\s+within\s+" + TIME,
        ),
        (
            "onset-of-action",
            r"\b(?:can|may|might|will|usually)\s+take\s+" + TIME + r"\s+(?:to|before\s+you)\s+"
            r"(?:(?:see|feel|notice|get)\s+(?:the\s+|any\s+)?(?:full\s+)?(?:effect|benefit)|(?:start\s+)?work(?:ing)?\b)",
        ),
        # (also "noticed a difference within an hour", "felt the difference within two minutes", "it took about two
        # weeks before I noticed": decision 1024)
        (
            "onset-of-action",
            r"\b(?:notice[sd]?|feel|feels|felt)\s+(?:a|any|the)\s+(?:difference|improvement)\s+(?:after|within)\s+"
            + TIME,
        ),
        (
            "onset-of-action",
            r"\b(?:takes?|needs?|took)\s+"
            + TIME
            + r"\s+before\s+(?:\w+\s+){1,4}?(?:notice[sd]?|sees?|saw|feels?|felt)\b",
        ),
        # ("it takes two to four weeks before the mood begins to lift", "starts to lower blood pressure within an
        # hour", "most people feel some relief within two hours": decision 0879)
        (
            "onset-of-action",
            r"\b(?:takes?|needs?)\s+" + TIME + r"\s+before\s+(?:the\s+|your\s+)?[\w-]+\s+(?:begins?|starts?)\s+to\s+"
            r"(?:lift|improve|ease|settle)\b",
        ),
        (
            "onset-of-action",
            r"\b(?:starts?|begins?)\s+to\s+(?:lower|reduce|ease|relieve|bring\s+down)\s+(?:(?:the|your)\s+)?"
            r"(?:[\w-]+\s+){1,2}?within\s+" + TIME,
        ),
        ("onset-of-action", r"\b(?:feels?|notices?|gets?)\s+(?:some\s+|the\s+)?relief\s+within\s+" + TIME),
        # (not "works for up to 120 hours after sex": how long after an event a dose may be taken)
        ("duration-of-action", LASTING + r"(?:lasts?|works?\s+for)\s+(?:for\s+)?" + TIME + AFTER_EVENT),
        # ("one capsule keeps working for about 12 hours", "the effect lasts about a day": decision 0826)
        # ("a single drop goes on working for about 6 hours": decision 1024)
        ("duration-of-action", LASTING + r"(?:keeps?\s+(?:on\s+)?|goes\s+on\s+)working\s+for\s+" + TIME + AFTER_EVENT),
        ("duration-of-action", LASTING + r"(?:lasts?|works?\s+for|keeps?\s+(?:on\s+)?working\s+for)\s+" + A_DAY),
        ("duration-of-action", LASTING + r"(?:wears?\s+off\s+after|stays?\s+active\s+for)\s+" + TIME),
        (
            "duration-of-action",
            r"\bwithin\s+"
            + TIME.replace("?P<", "?P<o_")
            + r",?\s+and\s+(?:lasts|wears\s+off\s+after|stays\s+active\s+for)\s+"
            + TIME,
        ),
        # the time to peak concentration (decision 0826): "reaches its highest level in the blood (in) about 2 hours
        # (after a dose)", "blood levels (of its active form) peak about 4 to 6 hours after a dose", "levels in the
        # blood peak about 1 hour after a dose", "the level in the blood peaks at about 2 to 3 hours"
        (
            "time-to-peak-concentration",
            r"\breach(?:es|ed|ing)?\s+(?:its|their|the|a)\s+(?:highest|peak|maximum|top)\s+" + _LEVEL + r"?\s*"
            r"(?:in\s+" + _BLOOD + r"\s+)" + _AT + TIME,
        ),
        (
            "time-to-peak-concentration",
            r"\b(?:blood|plasma)\s+" + _LEVEL + r"\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?" + _PEAKS + _AT + TIME,
        ),
        (
            "time-to-peak-concentration",
            # ("the level of the drug in her blood peaks about 4 hours after the injection": decision 0908; "the
            # amount in the blood peaks", "the amount in my blood is at its highest": decision 0933)
            r"\b(?:"
            + _LEVEL
            + r"|amount)\s+(?:of\s+(?:the\s+)?(?:drug|medicine)\s+)?in\s+"
            + _BLOOD
            + r"\s+"
            + _PEAKS
            + _AT
            + TIME,
        ),
        # ("it peaks in the blood within about an hour": decision 0879)
        ("time-to-peak-concentration", r"\bpeaks?\s+in\s+" + _BLOOD + r"\s+" + _AT + TIME),
        # decision 1024: the drug's level (a level after "the", "its", at a clause's opening; never "the sugar level")
        # peaking a time after its dose: "levels of the medicine peak roughly 2 hours after the tablet", "the level
        # peaks within about an hour of a dose", "the level in her blood climbs to its peak in 3 hours after a dose"
        (
            "time-to-peak-concentration",
            r"(?:^|[,:;]\s*|\b(?:the|its|their|and|with)\s+)(?:(?:blood|plasma)\s+)?" + _LEVEL + r"\s+"
            r"(?:of\s+(?:the\s+)?(?:drug|medicine)\s+)?(?:in\s+" + _BLOOD + r"\s+)?"
            r"(?:peak(?:s|ed|ing)?|(?:is|are|was|were)\s+at\s+(?:its|their)\s+(?:highest|peak)"
            r"|reach(?:es)?\s+(?:its|their)\s+(?:highest|peak)|climbs?\s+to\s+(?:its|their)\s+peak)\s+"
            + _AT
            + TIME
            + r"\s+"
            + DOSE_AFTER,
        ),
        # "after a dose, levels peak in roughly three hours" (decision 1024)
        (
            "time-to-peak-concentration",
            r"\bafter\s+(?:a|an|each|every|the|one)\s+(?:dose|tablet|capsule|injection),?\s+(?:(?:the|its)\s+)?"
            + _LEVEL
            + r"\s+(?:in\s+"
            + _BLOOD
            + r"\s+)?peaks?\s+"
            + _AT
            + TIME,
        ),
        # "it reaches its highest level three hours after the injection", "gets to its highest level in the blood
        # about 2 hours after a dose", "reaching their highest blood level within about one hour", "hits its peak
        # blood level within 15 minutes", "it is at its highest in the blood about 5 days after an injection": the
        # drug's own level (a level or the blood named; decision 1024)
        (
            "time-to-peak-concentration",
            r"\b(?:reach(?:es|ed|ing)?|gets?\s+to|got\s+to|getting\s+to|hits?|hitting)\s+(?:its|their)\s+"
            r"(?:highest|peak|maximum)\s+" + _LEVEL + r"\s+" + _AT + TIME + r"\s+" + DOSE_AFTER,
        ),
        (
            "time-to-peak-concentration",
            r"\b(?:reach(?:es|ed|ing)?|gets?\s+to|got\s+to|getting\s+to|hits?|hitting)\s+(?:its|their)\s+"
            r"(?:(?:highest|peak|maximum)\s+(?:blood|plasma)\s+"
            + _LEVEL
            + r"|(?:highest|peak|maximum)\s+(?:"
            + _LEVEL
            + r"\s+)?in\s+"
            + _BLOOD
            + r")\s+"
            + _AT
            + TIME,
        ),
        (
            "time-to-peak-concentration",
            r"\b(?:is|are)\s+at\s+(?:its|their)\s+highest\s+(?:"
            + _LEVEL
            + r"\s+)?in\s+"
            + _BLOOD
            + r"\s+"
            + _AT
            + TIME,
        ),
        # "it takes about four hours to reach its highest level in the blood" (decision 1024)
        (
            "time-to-peak-concentration",
            r"\btakes?\s+" + TIME + r"\s+to\s+reach\s+(?:its|their)\s+(?:highest|peak)\s+(?:" + _LEVEL + r"\s+)?"
            r"in\s+" + _BLOOD + r"\b",
        ),
        # "its highest level in the blood comes 1 to 2 hours after the tablet", "the peak level comes ..." (1024)
        (
            "time-to-peak-concentration",
            r"\b(?:peak|highest)\s+(?:(?:blood|plasma)\s+)?"
            + _LEVEL
            + r"\s+(?:in\s+"
            + _BLOOD
            + r"\s+)?comes?\s+"
            + TIME
            + r"\s+"
            + DOSE_AFTER,
        ),
        # "it gets into the blood quickly and peaks there about 1 to 2 hours after the tablet", "gets into your blood
        # fast, peaking about an hour after the tablet" (decision 1024)
        (
            "time-to-peak-concentration",
            r"\b(?:gets?|got|goes)\s+into\s+" + _BLOOD + r"\s+(?:(?:fast|quickly|rapidly|well)\s*)?,?\s+(?:and\s+)?"
            r"peak(?:s|ed|ing)?\s+(?:there\s+)?" + _AT + TIME,
        ),
        ("oral-bioavailability", r"\boral\s+bioavailability\s+(?:is\s+|of\s+)?" + SHARE),
        # (a form that is not swallowed: the bioavailability, `NOT_ORAL`; "passes through the skin" a patch's, and
        # "half of it is absorbed" 50%: decision 0879)
        (
            "oral-bioavailability",
            r"(?<![\w-])" + SHARE + SHARE_OF + r"(?:\w+\s+){0,2}?(?:is\s+absorbed|reaches|gets\s+into|enters"
            r"|passes\s+(?:through|into))\b",
        ),
        # "half of each dose has left the body after about 5 hours", "half of the drug is gone from the blood in
        # about 3 hours", "the level in the blood falls by half in about 2 to 3 hours", "blood levels halve every 4
        # hours": the elimination half-life in lay words (decision 0879); never "leaves the body in the urine"
        (
            "elimination-half-life",
            # (the place may go unsaid: "half of each dose has gone within two to three hours"; decision 1024)
            r"\b" + _HALF_OF + r"(?:(?:has|have|is|are)\s+)?(?:left|leaves|gone|cleared|removed|eliminated)\s+"
            r"(?:(?:from\s+)?" + _BODY + r"\s+)?(?:after|in|within)\s+" + TIME,
        ),
        # ("half of the drug has left the body about 8 hours after a dose": the time before the dose; 0896)
        (
            "elimination-half-life",
            r"\bhalf\s+(?:of\s+)?(?:(?:a|each|every|the|one|your)\s+(?:single\s+)?dose|the\s+(?:drug|medicine)|it)\s+"
            r"(?:(?:has|have|is|are)\s+)?(?:left|gone\s+from|cleared\s+from|been\s+removed\s+from)\s+"
            r"(?:(?:the|his|her|your|their)\s+)?(?:body|blood(?:stream)?|system)\s+" + TIME + r"\s+" + DOSE_AFTER,
        ),
        # "the body clears half of each dose in about eight hours", "the body gets rid of half of it in about 17
        # hours", "it takes about 25 hours for half of it to leave the body" (decision 1024)
        (
            "elimination-half-life",
            r"\bbody\s+(?:clears|cleared|gets\s+rid\s+of|got\s+rid\s+of|removes|removed|eliminates)\s+"
            + _HALF_OF
            + r"(?:in|within|every)\s+"
            + TIME,
        ),
        (
            "elimination-half-life",
            r"\b(?:takes?|took)\s+"
            + TIME
            + r"\s+for\s+"
            + _HALF_OF
            + r"to\s+(?:leave|clear\s+from|go\s+from)\s+"
            + _BODY,
        ),
        (
            "elimination-half-life",
            r"\b(?:(?:blood|plasma)\s+"
            + _LEVEL
            + r"|"
            + _LEVEL
            + r"\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?in\s+"
            + _BLOOD
            + r")"
            r"\s+(?:(?:drops?|falls?|goes\s+down|comes?\s+down)\s+by\s+half|halves|halve|(?:is|are)\s+halved)\s+"
            # ("halves roughly every 11 days": decision 1024)
            r"(?:(?:about|around|roughly|approximately)\s+)?(?:in|after|within|every)\s+" + TIME,
        ),
    )
)
#: A sentence about a form that is not swallowed says nothing of the oral value ("3% of the gel reaches the blood").
NOT_ORAL = re.compile(
    r"\b(skin|patch\w*|plasters?|creams?|gels?|ointments?|inhal\w*|inject\w*|sprays?|drops?|eyes?)\b", re.I
)
UNITS = {"minute": "unit:MIN", "min": "unit:MIN", "hour": "unit:HR", "hr": "unit:HR", "day": "unit:DAY"}
UNITS |= {"week": "unit:WK", "%": "unit:PERCENT", "percent": "unit:PERCENT", "per cent": "unit:PERCENT"}
#: A denial before or inside a phrase: the value is not stated.
DENIED = re.compile(DENIAL, re.I)
#: Words that must occur for any phrase to match (a quick test before the patterns).
ANCHOR = re.compile(
    r"work|going|effect|benefit|take|notice|before|last|wears|active|%|per ?cent|highest|peak|half|relief|within|help"
    r"|difference",
    re.I,
)
#: `ANCHOR`'s words as substrings of an ASCII text in lower case: the same test without a scan (decision 0756).
ANCHOR_WORDS = (
    "work",
    "going",
    "effect",
    "benefit",
    "take",
    "notice",
    "before",
    "last",
    "wears",
    "active",
    "%",
    "percent",
    "per cent",
    "highest",
    "peak",
    "half",
    "relief",
    "within",
    "help",  # ("it began to help after about three days": decision 1024)
    "difference",  # ("I felt the difference after two days": decision 1024)
)


def _number(text: str) -> Decimal:
    return NUMBERS.get(text.lower()) or number_words.value(text) or Decimal(text)


def anchored(text: str) -> bool:
    """`ANCHOR.search(text)` as a truth value: substring tests on an ASCII text in lower case, else the scan.

    >>> anchored("It Works fast"), anchored("10 Per Cent"), anchored("It is safe"), anchored("Ménière's EFFECT")
    (True, True, False, True)
    """
    ascii, low = lowered.scanned(text)
    return any(word in low for word in ANCHOR_WORDS) if ascii else bool(ANCHOR.search(text))


#: The phrases screened together: one RE2 pass over a sentence rules out the phrases that cannot match it (decisions
#: 0825, 0894; without RE2 every phrase is scanned as before).
SCREEN = lowered.screen_together(pattern for _, pattern in PHRASES)


def _screened_in(text: str) -> bool:
    """False when SCREEN rules every phrase out of `text` (then none can match), else True."""
    hits = SCREEN.hits(text)
    if hits is None:
        return True  # (not screened: every phrase may match)
    index = SCREEN.index
    return len(index) < len(SCREEN.patterns) or not hits.isdisjoint(index.values())


@lowered.last_answer
def has_phrase(text: str) -> bool:
    """Whether any phrase of `PHRASES` occurs in the sentence (the relate stage looks for its drug only then),
    remembered for the last sentence: each is asked about by the relate stage and again before `phrase_values` reads
    it (decision 0894)."""
    # (each pattern scanned in lower case, and not at all where its required words are absent: `lowered`; none when
    # the screen rules every phrase out, decision 0894)
    return anchored(text) and _screened_in(text) and any(lowered.search(pattern, text) for _, pattern in PHRASES)


def phrase_values(unit: Unit, drug: str) -> list[Found]:
    """value-phrase: the drug's onset, duration of action and oral bioavailability written as a verb phrase.

    >>> u = Unit("It starts to work within about 30 minutes and lasts up to 6 hours.", [])
    >>> [(f.object, f.qualifiers) for f in phrase_values(u, "x")]  # doctest: +NORMALIZE_WHITESPACE
    [('onset-of-action', (('maxValue', (Decimal('30'),)), ('minValue', (Decimal('30'),)), ('unit', ('unit:MIN',)))),
     ('duration-of-action', (('maxValue', (Decimal('6'),)), ('unit', ('unit:HR',))))]
    """
    text = unit.text
    if not drug or not has_phrase(text):
        return []  # (no phrase matches the sentence: `has_phrase`, remembered for it; decision 0894)
    if text.rstrip(" *_").endswith("?"):
        return []  # ("Does it start to work within an hour?" asks, states no value: decision 1024)
    out: list[Found] = []
    for name, pattern in PHRASES:
        parameter = name
        for match in pattern.finditer(text):
            if parameter == "oral-bioavailability" and NOT_ORAL.search(text):
                if not match.group().lower().startswith("oral"):  # (a skin, eye or injected form's share: 0879)
                    parameter = "bioavailability"
                else:
                    continue
            if "what" in match.groupdict() and not _lasting_owner(unit, match):
                continue
            if "what" in match.groupdict() and IF_IT_LASTS.search(text, 0, match.start("what")):
                continue  # ("If it lasts more than five minutes, call 999": a threshold of an episode; decision 0845)
            opened = max(match.start() - 40, *(text.rfind(p, 0, match.start()) + 1 for p in ":;"), 0)
            if DENIED.search(text, opened, match.end()):
                continue  # ("it does not start to work within an hour": no value stated; its clause only)
            value = _value(match)
            if value and not any(f.object == parameter and f.qualifiers == value for f in out):
                out.append(Found(drug, "hasPharmacokineticValue", parameter, "value-phrase", qualifiers=value))
            parameter = name
    return out


def first_phrase_end(text: str) -> int | None:
    """Where the first phrase of `PHRASES` in the sentence ends (None when none occurs): the end of a value stated
    by a verb phrase, after which a drug named in a later clause owns none of it (decision 0990).

    >>> first_phrase_end("It starts to work within about 30 minutes, as B does."), first_phrase_end("B helps.")
    (41, None)
    """
    if not has_phrase(text):
        return None
    spans = [match.span() for _, pattern in PHRASES if (match := pattern.search(text))]
    return min(spans)[1] if spans else None


def _lasting_owner(unit: Unit, match: re.Match) -> bool:
    """Whether the word before "lasts" is a dose, an effect, "it" (with no condition named before it in the
    sentence) or the end of a drug's name."""
    what = match.group("what")
    end = match.start("what") + len(what)
    if len(what) > 1:
        return what.lower() != "it" or not any(m[3] in COND and m[1] <= end for m in unit.mentions)
    return any(m[1] == end and m[3] not in COND for m in unit.mentions)


def _value(match: re.Match) -> tuple | None:
    """(maxValue, minValue, unit) qualifiers of the last value of the match, its bound read."""
    if match.groupdict().get("day"):  # ("lasts about a day": 24 hours, decision 0826)
        return (("maxValue", (Decimal(24),)), ("minValue", (Decimal(24),)), ("unit", ("unit:HR",)))
    if match.groupdict().get("half"):  # ("about half of it is absorbed": 50%, decision 0879)
        return (("maxValue", (Decimal(50),)), ("minValue", (Decimal(50),)), ("unit", ("unit:PERCENT",)))
    halves = match.groupdict()
    if halves.get("half_hour"):  # ("within half an hour": 30 minutes, decision 1024)
        return (("maxValue", (Decimal(30),)), ("minValue", (Decimal(30),)), ("unit", ("unit:MIN",)))
    if halves.get("unit_half") is not None:  # ("an hour and a half": one and a half units; of a range, unclear)
        if match.group("high") or halves.get("low_half"):
            return None
        half = _number(match.group("low")) + Decimal("0.5")
        return _bounded(match, half, half, _unit(match))
    low, high = _number(match.group("low")), _number(match.group("high") or match.group("low"))
    low += Decimal("0.5") if halves.get("low_half") else 0
    high += Decimal("0.5") if halves.get("high_half") else 0
    if halves.get("low_half") and not match.group("high"):
        high = low
    unit_name = _unit(match)
    if unit_name is None or high < low:
        return None
    return _bounded(match, low, high, unit_name)


def _unit(match: re.Match) -> str | None:
    """The unit's identifier of the match's value (None for a unit `UNITS` lacks)."""
    unit_name = match.group("unit").lower()
    return UNITS.get(unit_name.rstrip("s") if unit_name not in UNITS else unit_name)


def _bounded(match: re.Match, low: Decimal, high: Decimal, unit_name: str | None) -> tuple | None:
    """The (maxValue, minValue, unit) qualifiers of a value from `low` to `high`, the match's bound read."""
    if unit_name is None:
        return None
    bound = (match.group("bound") or "").lower()
    if bound in ("up to", "less than", "under"):
        return (("maxValue", (high,)), ("unit", (unit_name,)))
    if bound in ("at least", "more than", "over"):
        return (("minValue", (low,)), ("unit", (unit_name,)))
    return (("maxValue", (high,)), ("minValue", (low,)), ("unit", (unit_name,)))
