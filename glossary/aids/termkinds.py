"""What an unmet need of the check is, once no substitution explains it: a derived word, another
language's term, a general word, a quiet source term (``termspans.quiet``), named just before, a
question of sense (``termsense``), a reference without the term (``termrefs``), or missing."""
from __future__ import annotations

import re

from glossary.aids.annotation import Span
from glossary.aids.termdates import datelined
from glossary.aids.termnames import patronymic, quoted, spelt, surname
from glossary.aids.termrefs import (
    CAPITALS,
    GEOGRAPHY,
    PERSONS,
    collective,
    coordinated,
    generic,
    office,
    titled,
)
from glossary.aids.termsense import STATES, lowered
from glossary.aids.termtarget import (
    ANTECEDENT,
    Context,
    Target,
    equivalents,
    general,
    nearby,
    related,
)
from glossary.aids.termtitles import offices


def kind_of(i: int, span: Span, target: Target, quiet: dict[tuple[int, int], tuple[str, str]]
          ) -> tuple[str, str]:
    """What an unmet need is, and the target word it found instead ("" for none)."""
    if (word := target.near(target.derived, i, span.concept)) is not None:
        return "derived", word
    if (word := target.near(target.foreign, i, span.concept)) is not None:
        return "foreign", word
    if general(span):
        return "general", ""
    if (i, span.start) in quiet:
        return quiet[(i, span.start)]
    if target.before(i, span.concept) and not target.strangers[i]:  # nothing stands in its place
        return "elsewhere", ""
    return "missing", ""


def sense_of(ctx: Context, i: int, span: Span, expected: tuple[str, ...]) -> tuple[str, str]:
    """A missing equivalent the target may give in another sense or way: a one-word name in lower
    case (на западе), a full name spelt otherwise, one of two states named together ("the two
    countries"), a stand-in through a state, a title alone for its state (Президент for
    Қазақстан президенті), or a noun the source does not use: for a person always (Мемлекет
    басшысы), for a state as "our country" when no other state of the segment is missing too,
    for a capital as "the capital" where a reader can tell whose, for an organisation once named
    (ұйым; not a bare ұйым for НАТО ұйымы); last, direct speech for its speaker."""
    segment, langs = ctx.segments[i], ctx.langs
    if lower := lowered(segment.target, expected, langs[1]):
        return "lowercase", lower
    subject = ctx.index.record(span.concept)["subject"]
    states = {s.concept for s in ctx.sources[i] if ctx.index.record(s.concept)["subject"] == STATES}
    if subject == STATES and len(states) == 2 and not collective(segment.source, langs[0]):
        if together := collective(segment.target, langs[1]):
            return "collective", together
    if word := stand_in(ctx, i, span):
        return "metonymy", word
    terms = ctx.target.terms_at(i)
    if subject == PERSONS and (name := spelt(segment.target, expected,
                                             [(t.start, t.end) for t in terms])):
        return "spelt", name
    if subject == STATES and (noun := _office(ctx, i, span, terms)):
        return "generic", noun
    unmet = states - ctx.target.have[i]  # "our country" is one state, not two gone at once
    people = _people(ctx, terms)
    own = ctx.index.record(span.concept).get("state", "")
    if subject == GEOGRAPHY and own:  # a capital: "the capital" (В столице, Елордадағы)
        subject = CAPITALS if _whose_capital(ctx, i, span.concept, own) else ""
    named = subject in (PERSONS, CAPITALS) or subject == STATES and unmet == {span.concept} or any(
        span.concept in have for have in ctx.target.have[:i])
    held = offices(ctx.index.record(span.concept).get("definition", "")) if (
        subject == PERSONS) else None
    if named and (noun := generic(segment.source, ctx.sources[i], segment.target, subject, langs,
                                  terms, span.start, own, people, held)):
        return "generic", noun
    if subject == PERSONS and (mark := _speaker(ctx, i, span)):
        return "quoted", mark
    return "missing", ""


def _office(ctx: Context, i: int, span: Span, terms: list[Span]) -> str:
    """The title noun of target segment ``i`` that implies ``span``'s state (``office``), where
    neither the segment nor the one before names another state or capital (Президент
    Узбекистана прибыл ... Президент назвал: the reader takes him for Uzbekistan's)."""
    segment = ctx.segments[i]
    if any(_another_state(ctx, j, (span.concept,))
           for j in range(max(0, i - min(1, ctx.target.window)), i + 1)):
        return ""
    return office(segment.source, span.start, span.end, segment.target, ctx.langs, terms,
                  span.concept)


def _speaker(ctx: Context, i: int, span: Span) -> str:
    """The mark of direct speech in target segment ``i`` (``quoted``) that may leave ``span``'s
    person out as its speaker: the only person the source segment names (not "..., Putin
    said"), with no other person the source lacks in the target there or beside it."""
    segment, langs, record = ctx.segments[i], ctx.langs, ctx.index.record
    around = nearby(i, len(ctx.segments), ctx.target.window)
    strangers = [t for j in around for t in ctx.target.terms_at(j)
                 if ctx.target.strangers and t.concept in ctx.target.strangers[j]]
    if _people(ctx, ctx.sources[i]) != {span.concept} or _people(ctx, strangers) or any(
            surname(segment.source, equivalents(record(p), langs[0]), langs[0])
            for p in ctx.named_anywhere
            if p != span.concept and record(p)["subject"] == PERSONS):
        return ""
    return quoted(segment.source, span.start, segment.target, langs[1])


def _whose_capital(ctx: Context, i: int, concept: str, own: str) -> bool:
    """Whether a reader can tell that "the capital" of target segment ``i`` is ``concept``, the
    capital of ``own``: the target names ``own`` there or just before, by a term or a derived
    word (в киргизской столице), and no other state or capital there (a dateline's МОСКВА, в
    узбекской столице; Казахстан и Россия ... в столице)."""
    before = range(max(0, i - (ANTECEDENT if ctx.target.window else 0)), i + 1)  # units: alone
    if not any(own in ctx.target.have[j] or own in ctx.target.derived[j] for j in before):
        return False
    return not any(_another_state(ctx, j, (concept, own)) for j in before)


def _another_state(ctx: Context, i: int, mine: tuple[str, ...]) -> bool:
    """Whether target segment ``i`` names a state or a capital other than ``mine``, by a term
    or a derived word (Астану for Uzbekistan's prime minister: the reader takes him for
    Kazakhstan's)."""
    record = ctx.index.record
    others = {t.concept for t in ctx.target.terms_at(i)} | set(ctx.target.derived[i])
    return any(c not in mine and (record(c)["subject"] == STATES or record(c)[
        "subject"] == GEOGRAPHY and record(c).get("state")) for c in others)


def _people(ctx: Context, terms: list[Span]) -> frozenset[str]:
    """The persons among the target's ``terms``."""
    return frozenset(t.concept for t in terms if ctx.index.record(t.concept)["subject"] == PERSONS)


def stand_in(ctx: Context, i: int, span: Span) -> str:
    """The target's word, in segment ``i``, for a concept that stands for ``span``'s through the
    state of one of them (the termbase's ``state``), or "": a ``metonym`` or the office holder
    for his state where the source names the office and the person (Токаев for "Kazakhstan
    President")."""
    return metonym(ctx, i, span) or _office_holder(ctx, i, span)


def metonym(ctx: Context, i: int, span: Span) -> str:
    """The target's word, in segment ``i``, for the state of ``span``'s capital or Kremlin, or
    for its capital or Kremlin (РФ for Moscow, Мәскеу for Russia, Москва for the Kremlin), or
    "". Only actors stand for one another: a place (in Moscow, Ресейде) is where something
    happens, and a person dropped for his state is gone. A place or state the source segment
    names itself stands for nothing else there."""
    record, langs = ctx.index.record, ctx.langs
    mine = record(span.concept).get("state", "")
    if record(span.concept)["subject"] == PERSONS or located(
            ctx.segments[i].source, span.start, span.end, langs[0]):
        return ""
    source = {s.concept for s in ctx.sources[i]} | (
        ctx.source_derived[i] if ctx.source_derived else set())  # Russian President: Russia
    for term in ctx.target.terms_at(i):
        theirs = record(term.concept)
        if term.concept in source or theirs["subject"] == PERSONS or located(
                ctx.segments[i].target, term.start, term.end, langs[1]) or datelined(
                ctx.segments[i].target, term.start):  # АСТАНА. KAZINFORM: where, not who
            continue
        if theirs.get("state") == span.concept or mine and mine in (term.concept,
                                                                    theirs.get("state")):
            return term.text
    return ""


def _office_holder(ctx: Context, i: int, span: Span) -> str:
    """The target's name, in full or by the surname, of a person whose state is ``span``'s
    concept and whom the source names too, where the source names the state as a title's
    office (President Tokayev of Kazakhstan → Президент Касым-Жомарт Токаев; Kazakhstan
    President → Токаев); or ""."""
    segment, record = ctx.segments[i], ctx.index.record
    if not titled(segment.source, span.start, span.end):
        return ""
    holders = [h for h in ctx.index.of_state(span.concept)
               if h in ctx.named_anywhere and record(h)["subject"] == PERSONS]
    for term in ctx.target.terms_at(i):
        if term.concept in holders:
            return term.text
    for holder in holders:
        if found := surname(segment.target, equivalents(record(holder), ctx.langs[1]),
                            ctx.langs[1]):
            return found
    return ""


_AT = {  # a name after these stands as a place
    "en": re.compile(r"(?<!\w)(?:in|at|via|through|into|near|across)\s+(?:the\s+)?$", re.I),
    "ru": re.compile(r"(?<!\w)(?:в|во|через|под|около)\s+$", re.I),
}  # (not "to", "from", «на», «из»: responded to Kyiv, давление на Киев, сигналы из Москвы)
_KK_AT = re.compile(r"(?:да|де|та|те|нда|нде)$")  # the locative: Мәскеуде, Ресейде


def located(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the name at ``start``-``end`` of ``text`` stands as a place (in Moscow, через
    Кремль, Ресейде), naming no actor."""
    if lang == "kk":
        return bool(_KK_AT.search(text[start:end].lower()))
    pattern = _AT.get(lang)
    return bool(pattern and pattern.search(text, max(0, start - 20), start))


# Why a source term's absence may be only information, in ways that also make a same-subject term
# of the target no substitution for it (another state's ministry, a phrase in lower case).
NO_SUBSTITUTE = ("short", "general")


def by_surname(ctx: Context, i: int, span: Span, expected: tuple[str, ...]) -> bool:
    """Whether the target has the equivalent though no term matched: in a coordinated list
    (саммитов ШОС и ОДКБ), or a person by the surname or patronymic (``_named``)."""
    return bool(coordinated(ctx.segments[i].target, expected)) or _named(ctx, i, span, expected)


def _named(ctx: Context, i: int, span: Span, expected: tuple[str, ...]) -> bool:
    """Whether a person the source names in full stands in the target segment ``i`` by the
    surname alone (Путин, President Tokayev), or by the first name and patronymic where the
    target names him in full or by the surname elsewhere (Нурсултан Абишевич): the equivalent as
    writers use it."""
    if ctx.index.record(span.concept)["subject"] != PERSONS:
        return False
    lang = ctx.langs[1]
    starts = frozenset(t.start for t in ctx.target.terms_at(i))
    if surname(ctx.segments[i].target, expected, lang, starts):
        return True
    if not patronymic(ctx.segments[i].target, expected, lang):
        return False
    whole = "\n".join(s.target for s in ctx.segments)
    return any(span.concept in have for have in ctx.target.have) or bool(
        surname(whole, expected, lang))


_WORD = re.compile(r"\w{4,}")  # not "the", "of"


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower())}


def widened(ctx: Context, i: int, extra: Span) -> Span | None:
    """The source term of segment ``i`` that the target's added term ``extra`` holds and widens
    into a concept the source does not name (Организации Объединенных Наций → Генеральная
    Ассамблея ООН): the target has no term of its own for it, and no word that the wider
    concept's source-language terms add stands in the source segment, and the source term is no
    general word (terrorism → борьба с терроризмом is the idiom); or None."""
    record, lang = ctx.index.record, ctx.langs[0]
    words = _stems(ctx.segments[i].source)
    for span in ctx.sources[i]:
        if span.concept == extra.concept or general(span) or not related(
                ctx.index, extra.concept, span.concept) or any(
                t.concept == span.concept for t in ctx.target.terms_at(i)):
            continue
        inner = set().union(*(_stems(t["text"]) for t in record(span.concept)["terms"].get(
            lang, ())))
        wider = [_stems(t["text"]) - inner for t in record(extra.concept)["terms"].get(lang, ())]
        if any(wider) and not any(w & words for w in wider):
            return span
    return None
