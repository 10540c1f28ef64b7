"""Where a term of a text may not stand for its concept, for the check: a state after a narrower
place in it that the translation names (фермер из штата Орегон в США → an Oregon farmer), a short
form that may be another state's (администрация президента Джоко, China's Foreign Ministry), and
and a one-word name the target writes in lower case (на западе for the West). Each makes a missing
equivalent information, not a warning. States are the concepts of the subject field ``STATES``.
"""
from __future__ import annotations

import re

from glossary.aids.annotation import Annotator, Span
from glossary.language.script import is_abbreviation

STATES = "states"  # the subject field whose concepts are states (see README, "The termbase")

# A region of a state: "оңтүстік-батыс АҚШ", "southwestern United States".
_REGION_BEFORE = re.compile(
    r"(?:^|[\s-])(?P<word>north|south|east|west|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|"
    r"солтүстік|оңтүстік|шығыс|батыс)\s+(?:the\s+)?$", re.I)
# A narrower place follows a place's preposition or noun: "из штата Орегон", "from Oregon".
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:from|in|at|near|of|state|city|province|county|region|из|в|во|под|штата?|города?|"
    r"провинции|области|округа)\s+(?:[^\W\d_][\w’'-]*,\s*)?)"
    r"(?P<word>[^\W\d_][\w’'-]*)(?P<how>,\s*|\s*\(\s*|\s+(?:in|в|во)\s+)(?:the\s+)?$", re.I)
_END_OF_LIST = re.compile(r"\s*(?:[.,;:!?)»”\"]|$)")  # "Paris, France." not "Trump, the US"
_LIST_GOES_ON = re.compile(r",\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")  # Germany, France, Japan
_DIRECTION = re.compile(r"south|north|east|west|юг|север|восток|запад|оңтүстік|солтүстік|шығыс"
                        r"|батыс")
_NAME_AFTER = re.compile(r"\s+([^\W\d_][\w’'-]*)")  # администрация президента Джоко
_LOOSE = str.maketrans("cwyj", "kvii")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;])[\s«\"“„”'‘’()\[\]—–•-]*$")
_NOT_PLACES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday понедельник вторник среда четверг
    пятница суббота воскресенье январь февраль март апрель май июнь июль август сентябрь октябрь
    ноябрь декабрь января февраля марта апреля мая июня июля августа сентября октября ноября
    декабря дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі қаңтар ақпан наурыз сәуір
    мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан""".split())
_OWN_BEFORE = re.compile(r"(?:['’]s)?\s+$")  # China's Foreign Ministry, Chinese Foreign Ministry
# администрация президента России, the Foreign Ministry of the Republic of Kazakhstan
_OWN_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?(?:(?:Republic|Республик[аиеу])\s+(?:of\s+)?)?")


class Sense:
    """The questions of sense one check asks of its source terms; remembers, per concept and
    language, which states its full forms name."""

    def __init__(self, annotator: Annotator) -> None:
        self.annotator = annotator
        self.index = annotator.index
        self._named: dict[tuple[str, str], frozenset[str]] = {}

    def is_state(self, concept: str) -> bool:
        return self.index.record(concept)["subject"] == STATES

    def states(self, spans: list[Span]) -> dict[str, str]:
        """The states the spans name, each with a word for it: a state's term, or the term of
        its capital, Kremlin or statesman (the termbase's ``state``: Moscow, Lavrov name
        Russia)."""
        found: dict[str, str] = {}
        for o in spans:
            if o.derived:
                continue
            state = o.concept if self.is_state(o.concept) else self.index.record(o.concept).get(
                "state", "")
            if state:
                found.setdefault(state, o.text)
        return found

    def short_form(self, span: Span) -> bool:
        """Whether the span's term is one of its concept's short forms (Foreign Ministry)."""
        return any(t["text"] == span.term and t["type"] == "short form"
                   for t in self.index.record(span.concept)["terms"].get(span.lang, ()))

    def full_states(self, concept: str, lang: str) -> frozenset[str]:
        """The states the concept's full forms in ``lang`` name (Russia in «Администрация
        Президента Российской Федерации»)."""
        if (concept, lang) not in self._named:
            fulls = [t["text"] for t in self.index.record(concept)["terms"].get(lang, ())
                     if t["type"] == "full form"]
            named: set[str] = set()
            for full in fulls:
                for span in self.annotator.sentence(full, 0, len(full), lang):
                    named |= {s.concept for s in [span, *self.annotator.nested(full, span, lang)]}
            self._named[(concept, lang)] = frozenset(c for c in named if self.is_state(c))
        return self._named[(concept, lang)]

    def places(self, text: str, spans: list[Span], target: str) -> dict[int, str]:
        """Starts of the state names after a narrower place that the target names too (Oregon
        in «фермер из штата Орегон в США» → an Oregon farmer), or after a region's name whose
        direction the target keeps (оңтүстік-батыс АҚШ → the Southwest), each with that place:
        the translation leaves the state implied. A narrower place follows from, in, a place
        noun (штата Орегон); people, lists, dates and sentence openings are none."""
        states = [s for s in spans if not s.derived and self.is_state(s.concept)]
        found = {}
        for s in states:
            head = text[max(0, s.start - 60) : s.start]
            region = _REGION_BEFORE.search(head)
            if region and not any(o.start <= s.start - len(head) + region.start("word") < o.end
                                  for o in spans):  # Батыс Ресейге: the West, not a direction
                if _DIRECTION.search(target.lower()):
                    found[s.start] = region.group("word")
                continue
            before = _PLACE_BEFORE.search(head)
            if before is None or not _place_word(before.group("word"),
                                                 head[: before.start("word")]):
                continue
            at = s.start - len(head) + before.end("word")
            if any(o.end == at for o in states) or _LIST_GOES_ON.match(text, s.end):
                continue  # Russia, the United States; Germany, France, Japan
            if "," in before.group("how") and not _END_OF_LIST.match(text, s.end):
                continue  # Trump, the US President
            if _named_in_target(before.group("word"), target):
                found[s.start] = before.group("word")
        return found

    def elliptical(self, text: str, spans: list[Span], around: dict[str, str] | None = None
                   ) -> tuple[dict[int, str], set[int]]:
        """The short forms that leave out the state of their full form: those that here may be
        another state's, with what shows it (China's Foreign Ministry, the Foreign Ministry of
        China, администрация президента Джоко, or only other states named in the segment or
        ``around`` it: state concepts with a word for each), and those with their own state
        beside them (the Russian Foreign Ministry, администрация президента России), which are
        the concept."""
        states = {**(around or {}), **self.states(spans)}
        other, own_beside = {}, set()
        for s in spans:
            if s.derived or not self.short_form(s):
                continue
            own = self.full_states(s.concept, s.lang)
            if not own:
                continue  # карабахский конфликт: no state left out
            beside = [o for o in spans if self.is_state(o.concept) and (
                (o.end <= s.start and _OWN_BEFORE.fullmatch(text, o.end, s.start))
                or (o.start >= s.end and _OWN_AFTER.fullmatch(text, s.end, o.start)))]
            name = _NAME_AFTER.match(text, s.end)
            if own & {o.concept for o in beside}:
                own_beside.add(s.start)
            elif beside:
                other[s.start] = beside[0].text
            elif name and s.term[:1].islower() and _place_word(name.group(1), "x"):
                other[s.start] = name.group(1)  # администрация президента Джоко
            elif states and not own & set(states):  # President of Kyrgyzstan ... the
                other[s.start] = next(iter(states.values()))  # Presidential Administration
        return other, own_beside


def _place_word(word: str, before: str) -> bool:
    """Whether ``word`` may name a place or a person: capitalised, not opening its sentence, not
    an abbreviation (ИИ, СПИДом), a weekday, a month or a title."""
    from glossary.termbase.attest import NOT_NAMES

    return (word[:1].isupper() and sum(c.isupper() for c in word) == 1
            and not is_abbreviation(word) and word.lower() not in NOT_NAMES | _NOT_PLACES
            and not _SENTENCE_START.search(before))


def _named_in_target(word: str, target: str) -> bool:
    """Whether a word of the target begins as ``word`` does (its first four letters), in any
    script (Орегон, Oregon, орегондық) compared in loose Latin."""
    key = _latin(word)[:4]
    return len(key) >= 3 and any(w.startswith(key) for w in _latin(target).split())


def _latin(text: str) -> str:
    """A loose Latin spelling for comparing names across scripts (California, Калифорния)."""
    from glossary.language.romanize import plain_kk, russian_word, strip_marks

    latin = strip_marks(russian_word(plain_kk(text), "WIKIPEDIA"))
    return re.sub(r"\W+", " ", latin.replace("kh", "h").replace("x", "ks")).translate(_LOOSE)


def lowered(text: str, expected: tuple[str, ...], lang: str) -> str:
    """The word of ``text`` that is one of the one-word names ``expected`` written in lower case
    (на западе for Запад, the west for the West): another sense, or a misspelt name; "" when
    none stands there. Russian forms come from the dictionary (запрет is not a form of Запад)."""
    from glossary.language.russian import phrase_forms
    from glossary.language.script import lowered_name
    from glossary.language.textnorm import fold
    from glossary.termbase.attest import match_spans, tokens

    for term in expected:
        if lang == "ru":
            forms = phrase_forms(fold(term))
            places = [(start, end) for word, start, end in tokens(text) if word in forms]
        else:
            places = match_spans(text, term, lang)
        for start, end in places:
            if lowered_name(term, text[start:end]):
                return text[start:end]
    return ""

