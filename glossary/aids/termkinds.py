"""What an unmet need of the check is, once no substitution explains it: a derived word, another
language's term, a general word, a quiet source term (``termspans.quiet``), named just before, a
question of sense (``termsense``), a reference without the term (``termrefs``), or missing; and
the context a direction's classing needs."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from glossary.aids.annotation import Span
from glossary.aids.report import Segment
from glossary.aids.termnames import patronymic, spelt, surname
from glossary.aids.termrefs import PERSONS, collective, coordinated, datelined, generic, titled
from glossary.aids.termsense import STATES, lowered
from glossary.forms.index import FormsIndex
from glossary.language.script import is_abbreviation

# A term the target gave this many segments before may be left out (a pronoun, an ellipsis).
ANTECEDENT = 3


def equivalents(record: dict[str, Any], lang: str) -> tuple[str, ...]:
    """The target terms that count as the concept's equivalent: all but deprecated ones,
    preferred first."""
    terms = [t for t in record["terms"].get(lang, ()) if t["status"] != "deprecated"]
    return tuple(t["text"] for t in sorted(terms, key=lambda t: t["status"] != "preferred"))


def general(span: Span) -> bool:
    """A term that is also an everyday word: one lowercase word (balancing, mobilisation)."""
    return " " not in span.term and span.term[:1].islower() and not is_abbreviation(span.term)


def related(index: FormsIndex, concept: str, other: str) -> bool:
    """Whether a term of ``concept`` holds one of ``other``'s in the same language (саммит ОДКБ,
    the CSTO summit, holds ОДКБ)."""
    mine, theirs = index.record(concept)["terms"], index.record(other)["terms"]
    return any(o["text"] in t["text"] for lang in mine for t in mine[lang]
               for o in theirs.get(lang, ()))


def nearby(i: int, count: int, window: int) -> range:
    return range(max(0, i - window), min(count, i + window + 1))


@dataclass
class Target:
    """What the target side holds, per aligned segment: concepts named by a term, by a derived
    word (with the word), and terms of another language left as written (Европа in Kazakh)."""

    have: list[set[str]]
    derived: list[dict[str, str]]
    foreign: list[dict[str, str]]
    window: int
    strangers: list[set[str]] = field(default_factory=list)  # concepts the aligned source lacks
    terms: list[list[Span]] = field(default_factory=list)  # the target's own terms, per segment

    def near(self, table: list[dict[str, str]], i: int, concept: str) -> str | None:
        """The word for ``concept`` in segment ``i`` or a neighbour, from ``table``."""
        return next((table[j][concept] for j in nearby(i, len(table), self.window)
                     if concept in table[j]), None)

    def terms_at(self, i: int) -> list[Span]:
        """The target's own terms in segment ``i`` (none when they were not found)."""
        return self.terms[i] if self.terms else []

    def before(self, i: int, concept: str) -> bool:
        """Whether the target names ``concept`` in one of the ``ANTECEDENT`` segments before
        ``i`` (a text, not independent units), as a pronoun's antecedent would."""
        earlier = self.have[max(0, i - ANTECEDENT) : i]
        return self.window > 0 and any(concept in have for have in earlier)


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
    case (на западе for the West), a person's full name spelt otherwise (Aleksandr Lukashenko),
    one of the two states the source names that the target names
    together as "the two countries", or a noun the source does not use that may stand for it:
    for a person always (official style names the president Мемлекет басшысы, Глава
    государства), for a state as "our country" (еліміз, наша страна) when no other state of the
    segment is missing too, for an organisation once the target has named it (ұйым for the SCO; a
    bare ұйым left where НАТО ұйымы stood is an omission)."""
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
    unmet = states - ctx.target.have[i]  # "our country" is one state, not two gone at once
    people = _people(ctx, terms)
    named = subject == PERSONS or subject == STATES and unmet == {span.concept} or any(
        span.concept in have for have in ctx.target.have[:i])
    if named and (noun := generic(segment.source, ctx.sources[i], segment.target, subject, langs,
                                  terms, span.start, ctx.index.record(span.concept).get(
                                      "state", ""), people)):
        return "generic", noun
    return "missing", ""


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


@dataclass
class Context:
    """What classing one direction's findings needs: the segments and their source terms, the
    index, the languages, the target side and the quiet source terms (see ``termspans.quiet``)."""

    segments: list[Segment]
    sources: list[list[Span]]
    index: FormsIndex
    langs: tuple[str, str]
    target: Target
    quiet: dict[tuple[int, int], tuple[str, str]]
    source_derived: list[set[str]] = field(default_factory=list)  # concepts of its derived words
    named: list[set[str]] = field(default_factory=list)  # by a term or a derived word, per segment

    @cached_property
    def named_anywhere(self) -> frozenset[str]:
        """The concepts the whole source names, by a term or a derived word."""
        return frozenset().union(*self.named)
