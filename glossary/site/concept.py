"""A concept's page: its terms per language with their type, status and reliability, the
definition and notes, the seed lines that attest the terms (keyword in context), the outside
references with their addresses, and links to related concepts.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from glossary.model import Concept, Term
from glossary.site.evidence import link_ids
from glossary.site.html import e, language_name, page, slug, term
from glossary.termbase.concordance import Hit
from glossary.vocab import LANGUAGES

# The reliabilities as readers meet them, each with what it means.
RELIABILITY = {
    "attested": "a line of the source documents uses it",
    "referenced": "an outside source uses it",
    "proposed": "no source here uses it yet",
}


def lang_tag(lang: str, item: Term) -> str:
    """The ``lang`` attribute of a term: a romanization is its language in Latin letters."""
    return f"{lang}-Latn" if item.type == "romanization" and lang != "en" else lang


def title(concept: Concept) -> tuple[str, str]:
    """(language, text) a concept is named by: its English preferred term, else another."""
    for lang in LANGUAGES:
        found = concept.preferred(lang)
        if found is not None:
            return lang, found.text
    return "en", concept.id


def _reliability(item: Term) -> str:
    level = item.reliability
    what = f'<span class="badge {level}" title="{RELIABILITY[level]}">{level}</span>'
    if item.reviewed:
        what += " (reviewed by a translator)"
    if item.sources:
        what += '\n<ul class="places">\n' + "\n".join(
            f"<li><code>{e(s)}</code></li>" for s in item.sources) + "\n</ul>"
    return what


def _row(lang: str, item: Term) -> str:
    note = f'<p class="note">{e(item.note)}</p>' if item.note else ""
    return (f'<tr>\n<th scope="row">{term(item.text, lang_tag(lang, item))}{note}</th>\n'
            f'<td data-label="Type">{e(item.type)}</td>\n'
            f'<td data-label="Status">{e(item.status)}</td>\n'
            f'<td data-label="Reliability">{_reliability(item)}</td>\n</tr>')


def _terms(lang: str, terms: Sequence[Term]) -> str:
    rows = "\n".join(_row(lang, t) for t in terms)
    return ('<table class="terms">\n<thead><tr><th scope="col">Term</th><th scope="col">Type</th>'
            '<th scope="col">Status</th><th scope="col">Reliability</th></tr></thead>\n'
            f"<tbody>\n{rows}\n</tbody>\n</table>")


def _kwic(lang: str, hits: Sequence[Hit], width: int) -> str:
    """The seed lines as keyword in context: the term marked, its place cited; a context cut
    at ``width`` characters is marked so."""
    if not hits:
        return ""
    items = []
    for h in hits:
        left = " cut" if len(h.left) >= width else ""
        right = " cut" if len(h.right) >= width else ""
        items.append(f'<li><span class="line" lang="{lang}"><span class="left{left}">{e(h.left)}'
                     f'</span><span class="hit"><mark>{e(h.match)}</mark><span class="right'
                     f'{right}">{e(h.right)}</span></span></span> '
                     f'<code class="place">{e(h.place)}</code></li>')
    return '<h3>In the source documents</h3>\n<ol class="kwic">\n' + "\n".join(items) + "\n</ol>"


def _references(lang: str, terms: Sequence[Term]) -> str:
    items = []
    for item in terms:
        for ref in item.references:
            where = e(ref.title)
            if ref.url:
                link = f'<a href="{e(ref.url)}">{e(ref.url)}</a>'
                where = f"{where}, {link}" if where else link
            items.append(f"<li>{term(item.text, lang_tag(lang, item))}: "
                         f"«{term(ref.found, lang)}» — {where} (checked {e(ref.checked)})</li>")
    if not items:
        return ""
    return '<h3>In outside sources</h3>\n<ul class="references">\n' + "\n".join(items) + "\n</ul>"


def _language(concept: Concept, lang: str, hits: Sequence[Hit], width: int) -> str:
    terms = concept.terms[lang]
    mine = [h for h in hits if h.lang == lang]
    derived = concept.derived.get(lang, ())
    words = (f'<p class="derived">Derived words, which mention the concept without naming it: '
             f'{", ".join(term(w, lang) for w in derived)}</p>\n' if derived else "")
    return (f'<section class="language" aria-labelledby="{lang}-terms">\n'
            f'<h2 id="{lang}-terms">{language_name(lang)}</h2>\n{_terms(lang, terms)}\n{words}'
            f"{_kwic(lang, mine, width)}\n{_references(lang, terms)}\n</section>")


def _related(ids: Sequence[str], names: Mapping[str, tuple[str, str]]) -> str:
    if not ids:
        return ""
    items = "\n".join(f'<li><a href="{c}.html">{term(names[c][1], names[c][0])}</a></li>'
                      for c in ids)
    return ('<section aria-labelledby="related">\n<h2 id="related">Related concepts</h2>\n'
            f'<ul class="related">\n{items}\n</ul>\n</section>')


def _head(concept: Concept) -> str:
    lang, text = title(concept)
    others = " · ".join(term(p.text, lang_tag(other, p)) for other in concept.languages()
                        if other != lang and (p := concept.preferred(other)) is not None)
    return (f'<header class="concept">\n<p class="subject"><a href="../subjects/'
            f'{slug(concept.subject)}.html">{e(concept.subject)}</a></p>\n'
            f"{term(text, lang, 'h1')}\n"
            + (f'<p class="equivalents">{others}</p>\n' if others else "")
            + f'<p class="id">Concept <code>{e(concept.id)}</code></p>\n</header>')


def concept_page(concept: Concept, hits: Sequence[Hit], related: Sequence[str],
                 names: Mapping[str, tuple[str, str]], known: Collection[str],
                 width: int = 40) -> str:
    """The page ``concepts/ID.html``; ``hits`` are its seed lines with ``width`` characters of
    context, ``names`` each concept's (language, title) for links, ``known`` the ids a note may
    link to."""
    notes = "\n".join(f"<p>{link_ids(n, known, lambda c: f'{c}.html', e)}</p>"
                      for n in concept.notes)
    body = (f'<article class="concept">\n{_head(concept)}\n'
            '<section aria-labelledby="definition">\n<h2 id="definition">Definition</h2>\n'
            f"<p>{e(concept.definition)}</p>\n</section>\n"
            + "\n".join(_language(concept, lang, hits, width) for lang in concept.languages())
            + (f'\n<section aria-labelledby="notes">\n<h2 id="notes">Notes</h2>\n{notes}\n'
               "</section>" if notes else "")
            + f"\n{_related(related, names)}\n</article>")
    return page(title(concept)[1], body, depth=1)
