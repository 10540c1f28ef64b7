"""Browsing without a search: the index page, a page per subject field and a page per first
letter of each language's terms, in that language's alphabetical order.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from glossary.language.textnorm import fold
from glossary.model import Concept
from glossary.site.concept import lang_tag, title
from glossary.site.html import (
    TITLE,
    e,
    language_name,
    letter_file,
    page,
    search_form,
    slug,
    term,
)
from glossary.vocab import LANGUAGES

# Each language's letters in its dictionaries' order (fold has made ё е).
ALPHABETS = {
    "en": "abcdefghijklmnopqrstuvwxyz",
    "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}
OTHER = "#"  # the group of terms that begin with a digit or another alphabet's letter
PAGE = 1000  # entries one browsing page lists at most: a large termbase gets pages 2, 3, …
Entry = tuple[Concept, str, int]  # a concept, a language, the position of the term in it
T = TypeVar("T")


def sort_key(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """``text`` in ``lang``'s alphabetical order: its letters first, anything else after."""
    order = ALPHABETS[lang]
    return tuple((0, order.index(c)) if c in order else (1, ord(c)) for c in fold(text))


def first_letter(text: str, lang: str) -> str:
    """The group a term is listed under: its first letter, or ``OTHER``."""
    key = fold(text)[:1]
    return key if key and key in ALPHABETS[lang] else OTHER


def letters(concepts: Sequence[Concept]) -> dict[str, dict[str, list[Entry]]]:
    """Every term of each language under its first letter, each group sorted."""
    found: dict[str, dict[str, list[Entry]]] = {lang: {} for lang in LANGUAGES}
    for concept in concepts:
        for lang in concept.languages():
            for i, item in enumerate(concept.terms[lang]):
                group = found[lang].setdefault(first_letter(item.text, lang), [])
                group.append((concept, lang, i))
    for lang, groups in found.items():
        for group in groups.values():
            group.sort(key=lambda x: (sort_key(x[0].terms[lang][x[2]].text, lang), x[0].id, x[2]))
        found[lang] = dict(sorted(groups.items(), key=lambda kv: _group_order(kv[0], lang)))
    return found


def _group_order(letter: str, lang: str) -> int:
    return ALPHABETS[lang].index(letter) if letter != OTHER else len(ALPHABETS[lang])


def subjects(concepts: Sequence[Concept]) -> dict[str, list[Concept]]:
    """The concepts of each subject field's page (``slug``: fields that differ only in case or
    punctuation share one), pages and concepts in alphabetical order."""
    found: dict[str, list[Concept]] = {}
    for concept in concepts:
        found.setdefault(slug(concept.subject), []).append(concept)
    return {s: sorted(found[s], key=lambda c: (sort_key(title(c)[1], "en"), c.id))
            for s in sorted(found, key=lambda s: (sort_key(subject_name(found[s]), "en"), s))}


def subject_name(concepts: Sequence[Concept]) -> str:
    """The name of a subject page: its concepts' subject fields, each once."""
    return " · ".join(sorted({c.subject for c in concepts}))


def _letter_label(letter: str) -> str:
    return "0–9 and other" if letter == OTHER else letter.upper()


def _letter_nav(lang: str, groups: dict[str, list[Entry]], root: str, current: str = "") -> str:
    items = []
    for letter, entries in groups.items():
        label = e(_letter_label(letter))
        if letter == current:
            items.append(f'<li><a aria-current="page" lang="{lang}">{label}</a></li>')
        else:
            items.append(f'<li><a href="{root}{letter_file(lang, letter)}" lang="{lang}"'
                         f' title="{len(entries)} term(s)">{label}</a></li>')
    return f'<ul class="letters">{"".join(items)}</ul>'


def index_page(concepts: Sequence[Concept], by_letter: dict[str, dict[str, list[Entry]]],
               by_subject: dict[str, list[Concept]]) -> str:
    """``index.html``: the search, then browsing by subject field and by first letter."""
    fields = "\n".join(f'<li><a href="subjects/{s}.html">{e(subject_name(cs))}</a> '
                       f'<span class="count">({len(cs)})</span></li>'
                       for s, cs in by_subject.items())
    per_lang = "\n".join(f"<h3>{language_name(lang)}</h3>\n{_letter_nav(lang, groups, '')}"
                         for lang, groups in by_letter.items() if groups)
    body = f"""<h1>{e(TITLE)}</h1>
<p class="lede">{len(concepts)} concepts of Russian soft power and the post-Soviet space, each with
its terms in English, Kazakh and Russian. Type a term in any of the three languages, in any
inflected form or a Latin spelling: results appear as you type.</p>
{search_form("", True)}
<p id="status" class="status" role="status" aria-live="polite"></p>
<ol id="results" class="results"></ol>
<noscript><p class="status">Searching needs JavaScript; browse the glossary below.</p></noscript>
<section aria-labelledby="by-subject">
<h2 id="by-subject">Browse by subject field</h2>
<ul class="subjects">
{fields}
</ul>
</section>
<section aria-labelledby="by-letter">
<h2 id="by-letter">Browse by first letter</h2>
{per_lang}
</section>"""
    return page(TITLE, body, index=True)


def _entry(concept: Concept, lang: str, i: int) -> str:
    item = concept.terms[lang][i]
    what = [] if (item.type, item.status) == ("full form", "preferred") else [
        e(f"{item.type}, {item.status}")]
    name_lang, name = title(concept)
    if (name_lang, name) != (lang, item.text):
        what.append(term(name, name_lang))
    meta = f' <span class="meta">{" — ".join(what)}</span>' if what else ""
    return (f'<li><a href="../concepts/{concept.id}.html">{term(item.text, lang_tag(lang, item))}'
            f"</a>{meta}</li>")


def numbered(path: str, number: int) -> str:
    """The file of page ``number`` of a listing whose first page is ``path``."""
    return path if number == 1 else f"{path.removesuffix('.html')}-{number}.html"


def _chunks(items: Sequence[T]) -> list[Sequence[T]]:
    return [items[i : i + PAGE] for i in range(0, len(items), PAGE)] or [items]


def _pages_nav(first: str, count: int, current: int) -> str:
    """Links to the pages of a listing, by number (``first``: its first page's file name)."""
    if count == 1:
        return ""
    items = "".join(f'<li><a aria-current="page">{n}</a></li>' if n == current else
                    f'<li><a href="{numbered(first, n)}">{n}</a></li>' for n in range(1, count + 1))
    return f'<nav aria-label="Pages" class="pages"><ul class="letters">{items}</ul></nav>\n'


def letter_pages(lang: str, letter: str, groups: dict[str, list[Entry]]) -> dict[str, str]:
    """``letters/LANG-XXXX.html`` (and ``-2.html``, … past ``PAGE`` terms): the terms of
    ``lang`` beginning with ``letter``."""
    label, path = _letter_label(letter), letter_file(lang, letter)
    chunks = _chunks(groups[letter])
    pages = {}
    for number, chunk in enumerate(chunks, start=1):
        entries = "\n".join(_entry(*entry) for entry in chunk)
        nav = _pages_nav(path.split("/")[-1], len(chunks), number)
        body = (f'<h1>{language_name(lang)}: <span lang="{lang}">{e(label)}</span></h1>\n'
                f'<nav aria-label="Letters">{_letter_nav(lang, groups, "../", letter)}</nav>\n'
                f'{nav}<ul class="entries">\n{entries}\n</ul>\n{nav}')
        pages[numbered(path, number)] = page(f"{label} ({lang})", body, depth=1)
    return pages


def _subject_row(concept: Concept) -> str:
    cells = []
    for lang in LANGUAGES:
        found = concept.preferred(lang)
        text = term(found.text, lang_tag(lang, found)) if found else ""
        cells.append(f'<td data-label="{lang}">{text}</td>' if lang != "en" else
                     f'<th scope="row"><a href="../concepts/{concept.id}.html">'
                     f"{text or e(concept.id)}</a></th>")
    return f"<tr>{''.join(cells)}</tr>"


def subject_pages(slug_: str, concepts: Sequence[Concept]) -> dict[str, str]:
    """``subjects/SLUG.html`` (and ``-2.html``, … past ``PAGE`` concepts): a subject field's
    concepts, their preferred terms side by side."""
    subject = subject_name(concepts)
    heads = "".join(f'<th scope="col">{language_name(lang)}</th>' for lang in LANGUAGES)
    chunks = _chunks(concepts)
    pages = {}
    for number, chunk in enumerate(chunks, start=1):
        rows = "\n".join(_subject_row(c) for c in chunk)
        nav = _pages_nav(f"{slug_}.html", len(chunks), number)
        body = (f"<h1>{e(subject)}</h1>\n<p>{len(concepts)} concept(s).</p>\n{nav}"
                f'<table class="subject">\n<thead><tr>{heads}</tr></thead>\n<tbody>\n{rows}\n'
                f"</tbody>\n</table>\n{nav}")
        pages[numbered(f"subjects/{slug_}.html", number)] = page(subject, body, depth=1)
    return pages
