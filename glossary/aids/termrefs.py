"""How a translation may name a concept without its term, for the check: an organisation, a state
or a person by a noun the source does not use (ұйым, еліміз, Глава государства), states together
as "the two countries" (екі ел, обе страны), a term with a coordinated list inside (саммитов ШОС и
ОДКБ); a state that names a title's office (Президент Казахстана), or that a title alone
implies. Each makes a missing equivalent met or information, not a warning. Persons by their
surname: ``termnames``; datelines: ``termdates``."""
from __future__ import annotations

import re
from functools import partial

from glossary.aids.annotation import Span
from glossary.aids.termsense import STATES
from glossary.aids.termtitles import same_office, titles

PERSONS = "persons"  # the subject field whose concepts are people (see README, "The termbase")
ORGANIZATIONS = "international organizations"
GEOGRAPHY = "geography"
CAPITALS = "capitals"  # geography concepts with a ``state`` (its capital), for ``generic``

_W = r"(?<!\w)"
# Nouns that stand for a concept of a subject field as a pronoun would, per language.
_GENERIC = {
    PERSONS: {lang: titles(lang) for lang in ("en", "ru", "kk")},  # any title: ``termtitles``
    ORGANIZATIONS: {
        "en": rf"{_W}(?:organi[sz]ation|alliance|bloc|union|commonwealth|community|association)\b",
        "ru": rf"{_W}(?:организаци|альянс|блок|союз|содружеств|объединени)\w*",
        "kk": rf"{_W}(?:ұйым|одақ|одағ|альянс|блок|достастық|достастығ|бірлестік|бірлестіг)\w*",
    },
    CAPITALS: {  # "the capital", as a state's own press names it (В столице, Елордадағы)
        "en": rf"{_W}the\s+(?:[A-Z][\w-]+\s+)?capital\b",  # not foreign capital (money)
        "ru": rf"{_W}столиц\w*",
        "kk": rf"{_W}(?:елорда|бас\s+қала|астана)\w*",  # Беларусь астанасында
    },
    STATES: {  # "our country", as the country's own officials say it
        "en": rf"{_W}our\s+(?:country|nation|state|republic|homeland)\b",
        "ru": rf"(?<!глава )(?<!главы )(?<!главе )(?<!главу )(?<!главой ){_W}наш\w*\s+"
              r"(?:стран|государств|республик|родин)\w*",  # not глава нашего государства
        "kk": rf"{_W}(?:еліміз|мемлекетіміз|республикамыз|отанымыз)\w*",
    },
}
# States named together, as a pronoun would: "the two countries", "екі ел", "обеих стран".
_COLLECTIVE = {
    "en": re.compile(r"\b(?:two|both)\s+(?:countries|states|nations|sides|neighbou?rs|presidents"
                     r"|leaders|governments|heads\s+of\s+state|(?:foreign\s+)?ministers)\b"
                     r"|\bthe\s+sides\b", re.I),
    "kk": re.compile(r"(?<!\w)екі\s+(?:ел|мемлекет|тарап|көшбасшы|президент|басшы)\w*"
                     r"|(?<!\w)тараптар\w*", re.I),
    # стороны with a plural verb (стороны обсудили), not с другой стороны, с казахстанской стороны
    "ru": re.compile(r"(?<!\w)(?:две|двух|двум|двумя|обе|обеих|обеим|обеими|оба|обоих|обоим)\s+"
                     r"(?:стран|государств|сторон|соседн|президент|лидер|глав|министр)\w*"
                     r"|(?<!\w)стороны(?=\s+\w+ли\b)", re.I),
}
# A title before a name, capitalised in official style, is no part of it (Президент Касым-Жомарт
# Токаев), and a name after a title is the person the title names (президент Узбекистана Шавкат
# Мирзиёев).
TITLE = re.compile(r"(?:president|президент|premier|премьер|prime|minister|министр|secretary"
                   r"|секретар|хатшы|генсек|chairman|председател|төраға|ambassador|посол|елші"
                   r"|chancellor|канцлер|senator|сенатор|general|генерал|king|король|патша"
                   r"|envoy|representative|congress|attorney|admiral|commander|consul)",
                   re.I)
_CAPITAL_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")

def collective(text: str, lang: str) -> str:
    """The words of ``text`` that name states together as a pronoun would ("the two countries",
    екі ел, обе страны, the sides), or "": a state the source names may be left to them."""
    found = _COLLECTIVE[lang].search(text) if lang in _COLLECTIVE else None
    return found.group() if found else ""


_NAME_NEXT = re.compile(r"\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]")  # a name after the state
# Between a title and its holder's name: nothing, or his state (Президент Беларуси Александр
# Лукашенко, President of Belarus Alexander Lukashenko).
_OWN_TITLE = re.compile(r"\s*(?:(?:of\s+(?:the\s+)?)?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*\s+){0,2}")


def generic(source: str, spans: list[Span], target: str, subject: str, langs: tuple[str, str],
            terms: list[Span] | None = None, name: int | None = None, own: str = "",
            people: frozenset[str] = frozenset(), held: frozenset[str] | None = None) -> str:
    """The noun of ``target`` that may stand for a person or an organisation (Мемлекет басшысы
    for a president, ұйымның for the SCO), when the target has more of them than ``source``
    outside its terms (``spans``; ``terms``, the target's) and the title right before the
    missing name at ``name``, or before his state and name (Head of State Kassym-Jomart Tokayev,
    Президент Беларуси Александр Лукашенко → глава государства); or "".
    A noun before a capitalised word names someone or something else (президент Узбекистана
    Шавкат Мирзиёев), unless the word starts the person's ``own`` state, or in Kazakh (where
    the owner comes first: Өзбекстан Президенті) a term of no one in ``people``, or one of them
    in another case (Мемлекет басшысы Владимир Путинмен: with Putin); another noun of the
    target may still stand for him (Мемлекет басшысы Түркия Президентімен). For a person, only
    the titles of the offices ``held`` (``termtitles``: not Мемлекет басшысы for Lavrov)."""
    patterns = _GENERIC.get(subject, {})
    if subject == PERSONS and held is not None:  # the titles of his offices (``termtitles``)
        patterns = {lang: titles(lang, held) for lang in patterns}
    if langs[0] not in patterns or langs[1] not in patterns:
        return ""
    theirs = [m for m in re.finditer(patterns[langs[1]], target, re.I)
              if not any(t.start <= m.start() < t.end for t in terms or ())]
    ours = [m for m in re.finditer(patterns[langs[0]], source, re.I)
            if not any(s.start <= m.start() < s.end for s in spans)
            and not (name is not None and m.end() <= name
                     and _OWN_TITLE.fullmatch(source, m.end(), name))]
    after = (_someone_else if langs[1] != "kk" else _owned if subject == CAPITALS
             else partial(_next_name, people=people))
    free = [m for m in theirs if not after(target, m.end(), terms, own)]
    return free[0].group() if len(theirs) > len(ours) and free else ""


def office(source: str, start: int, end: int, target: str, langs: tuple[str, str],
           terms: list[Span], own: str) -> str:
    """The title noun of ``target`` that implies ``own``, the state at ``start``-``end`` of
    ``source`` that names a title's office there («Қазақстан президенті» → «Президент»): a title
    of the same office (not Президент for the Foreign Minister), that no other state owns (not
    Президент Узбекистана, Өзбекстан or Моңғолия Президенті) and no name follows (Президент
    Садыр Жапаров); or ""."""
    if not titled(source, start, end) or _MONEY.search(source, max(0, start - 12), end + 12):
        return ""
    window = source[max(0, start - 60):end + 40]
    after = _foreign_kk_title if langs[1] == "kk" else _someone_else
    return next((m.group() for m in re.finditer(_GENERIC[PERSONS][langs[1]], target, re.I)
                 if not any(t.start <= m.start() < t.end for t in terms)
                 and same_office(window, langs[0], m.group(), langs[1])
                 and not after(target, m.end(), terms, own)
                 and not (langs[1] == "kk" and _KK_OWNER.search(target, 0, m.start()))), "")


# A Kazakh title's owner, any capitalised word right before it but a sentence's opening word.
_KK_OWNER = re.compile(r"(?<!\w)(?!(?:Ал|Бұл|Осы|Сол|Ол|Сонымен|Сондай-ақ|Алайда|Бірақ|Кейін"
                       r"|Бүгін|Кеше|Енді|Сонда|Мұны|Оны)\s)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*\s+$")


def _foreign_kk_title(target: str, end: int, terms: list[Span] | None, own: str) -> bool:
    """Whether a Kazakh title ending at ``end`` is another state's or has a name after it."""
    return _next_name(target, end, terms, own, frozenset())


def _someone_else(target: str, end: int, terms: list[Span] | None, own: str) -> bool:
    """Whether a capitalised word after a noun ending at ``end`` makes it someone else's
    (президент Узбекистана for Tokayev), not the person's ``own`` state (the President of
    Belarus for Lukashenko) with no name after it (Президент России Касым-Жомарт Токаев)."""
    after = _CAPITAL_AFTER.match(target, end)
    if after is None:
        return False
    state = next((t for t in terms or () if t.concept == own and t.start == after.end() - 1), None)
    return state is None or bool(_NAME_NEXT.match(target, state.end))  # Президент России Токаев


def _next_name(target: str, end: int, terms: list[Span] | None, own: str,
               people: frozenset[str]) -> bool:
    """Whether a Kazakh noun ending at ``end`` has someone else's name after it: a capitalised
    word that starts no term but a person's (Мемлекет басшысы ҰҚШҰ сессиясында is the Head of
    State at the CSTO session), nor a place's name before its kind (Ханчжоу қаласының) or in a
    case of place (Мемлекет басшысы Ақордада), nor capitalised words whose last is in an oblique
    case (Парламент Сенатының, Мәулен Әшімбаевты: not a name beside the title, but its object)."""
    if _owned(target, end, terms, own):
        return True  # Өзбекстан Президенті: another's title (people's too: Путиннің хатшысы)
    after = _CAPITAL_AFTER.match(target, end)
    if after is None:
        return False
    at = after.end() - 1
    word = re.match(r"[\w’'-]+", target[at:])
    if word and KK_WHERE.search(word.group()) or _KK_PLACE.match(target, at):
        return False
    if _object_after(target, at, terms or []):  # Парламент Сенатының төрағасын: its object
        return False
    return all(t.concept in people and t.text.lower() == t.term.lower()  # not Путинмен
               for t in terms or () if t.start == at)


def _owned(target: str, end: int, terms: list[Span] | None, own: str) -> bool:
    """Whether a Kazakh noun ending at ``end`` is owned by a term before it other than ``own``
    (Өзбекстан Президенті, Қырғызстан елордасында: another's)."""
    return any(t.concept != own and _OWNED.fullmatch(target, t.end, end) for t in terms or ())


# Kazakh oblique-case endings (genitive, accusative, instrumental), which a name in apposition
# to a title does not carry.
CAPITALISED = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*")  # a capitalised word
_KK_OBLIQUE = re.compile(r"(?:ның|нің|тың|тің|дың|дің|ны|ні|ды|ді|ты|ті|мен|бен|пен)$")


def _object_after(target: str, at: int, terms: list[Span]) -> bool:
    """Whether the capitalised words from ``at`` up to a term or a word in lower case end in an
    oblique case (Парламент Сенатының, Асқар Омаровпен): no name in apposition to the title
    before them, but its object or an owner."""
    last, starts = None, {t.start for t in terms}
    while (word := CAPITALISED.match(target, at)) and at not in starts:
        last = word.group()
        at = word.end() + len(target[word.end():]) - len(target[word.end():].lstrip())
    return last is not None and bool(_KK_OBLIQUE.search(last))


# Between a Kazakh title's owner and the end of the title: Өзбекстан | Президенті, Қазақстан |
# Республикасының Президенті.
_OWNED = re.compile(r"\s+(?:Республикасының\s+)?[\w’'-]+", re.I)


# Kazakh locative, dative and ablative endings straight on a name: Ақордада, Сочиде, Мәскеуге,
# Астанадан, Санкт-Петербургтегі (where someone is or goes: a place, not a name); not after a
# possessive's н (Назарбаев Университетінде is the university's name).
KK_WHERE = re.compile(r"(?<!н)(?:да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|дағы|дегі|тағы|тегі)$")


# A Kazakh place's name before the noun of its kind: Ханчжоу қаласы, Астрахан облысының.
_KK_PLACE = re.compile(r"[\w’'-]+\s+(?:қаласы|облысы|ауданы|ауылы|өзені|көлі|провинциясы|штаты"
                       r"|өлкесі|аймағы)(?:на|не|нда|нде|ндағы|ндегі|нан|нен|ның|нің|н)?\b")


_MONEY = re.compile(r"(?:dollar|доллар|долл)", re.I)
_LINKS = frozenset("of the republic республики республикасының".split())


def titled(text: str, start: int, end: int) -> bool:
    """Whether the state at ``start``-``end`` of ``text`` names a title's office or a currency:
    Kazakhstan(’s) President, Қазақстан Президенті, Президента Казахстана, President Tokayev of
    Kazakhstan (a title, then only names and "of the Republic of" up to the state), US dollars,
    долларов США; not Tokayev in Kazakhstan."""
    after = re.match(r"(?:[’']s)?\s+(?:Республикасының\s+)?([\w-]+)", text[end:end + 40])
    if after and (TITLE.match(after.group(1)) or _MONEY.match(after.group(1))):
        return True
    words = re.findall(r"[\w’'-]+", text[max(0, start - 80):start])[-6:]
    if words and _MONEY.match(words[-1]):
        return True
    linked = False  # names only before "of" (President Tokayev of Kazakhstan; not Тоқаев Грузия)
    for word in reversed(words):
        if TITLE.match(word):
            return True
        linked = linked or word.lower() in _LINKS
        if not (word.lower() in _LINKS or linked and word[:1].isupper()):
            return False
    return False


# Between two words of a term, a coordinated list: саммитов ШОС и ОДКБ (саммит ОДКБ), борьба с
# экстремизмом и терроризмом (борьба с терроризмом).
_COORDINATED = (r"(?P<items>(?:[,\s]+[^\s,]+){0,3}?)\s+(?:и|или|және|мен|немесе|and|or)\s+"
                r"(?:(?P<mate>[^\s,]+)\s+)?")


def coordinated(text: str, expected: tuple[str, ...]) -> str:
    """One of the ``expected`` terms of two or more words standing in ``text`` with a coordinated
    list between two of its words (up to three items before the conjunction), each word by its
    stem; or "". A word after the conjunction that does not end as the word before the list is
    another head (саммит ШОС и встреча ОДКБ; but мягкой и жесткой силы); with no item before the
    conjunction that word is needed (терроризм мен қарулы күрес is no list)."""
    for term in expected:
        stems = [re.escape(w if len(w) <= 3 else w[:max(3, len(w) - 2)]) + r"\w*"
                 for w in term.split()]
        for k in range(1, len(stems)):
            pattern = (r"\s+".join(stems[: k - 1] + [f"(?P<head>{stems[k - 1]})"]) + _COORDINATED
                       + r"\s+".join(stems[k:]))
            for found in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.I):
                mate = found.group("mate")
                if mate is None and found.group("items") or (
                        mate and mate[-2:].lower() == found.group("head")[-2:].lower()):
                    return found.group()
    return ""
