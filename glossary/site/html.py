"""The pages' shared markup: escaping, a term in its language, the page around every body, and
the file names of the pages.

Every page is plain HTML5 with one stylesheet (``assets/site.css``); only the
index loads the script (``assets/site.js``), and every other page has a search
form that works without it: it sends the query to the index, whose script runs it.
"""
from __future__ import annotations

import re
from html import escape

from glossary import __version__
from glossary.vocab import LANGUAGE_NAMES

GENERATOR = "glossary site"
TITLE = "Russian soft power: an English–Kazakh–Russian glossary"
# Each language's name in English and in itself: a heading says both.
ENDONYMS = {"en": "English", "kk": "қазақ тілі", "ru": "русский язык"}


def e(text: str) -> str:
    """``text`` escaped for an element's content or a quoted attribute."""
    return escape(text, quote=True)


def term(text: str, lang: str, tag: str = "span") -> str:
    """A term in its language: the ``lang`` attribute lets screen readers and fonts do right."""
    return f'<{tag} lang="{lang}">{e(text)}</{tag}>'


def language_name(lang: str) -> str:
    """"Kazakh (қазақ тілі)", the endonym marked with its language."""
    if lang == "en":
        return LANGUAGE_NAMES[lang]
    return f"{LANGUAGE_NAMES[lang]} ({term(ENDONYMS[lang], lang)})"


def slug(text: str) -> str:
    """A file name made of ``text``: lowercase ASCII letters and digits joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "other"


def letter_file(lang: str, letter: str) -> str:
    """The page of the terms of ``lang`` under ``letter``: ``letters/ru-0430.html`` (ASCII names
    survive every file system and archive)."""
    return f"letters/{lang}-{'-'.join(f'{ord(c):04x}' for c in letter)}.html"


def search_form(root: str, focus: bool) -> str:
    """The search form: on the index, the script answers as one types; elsewhere it opens the
    index with the query."""
    autofocus = " autofocus" if focus else ""
    return (
        f'<form class="search" role="search" action="{root}index.html" method="get">'
        '<label for="q">Find a term in English, Kazakh or Russian</label>'
        f'<span class="field"><input type="search" id="q" name="q" maxlength="200"'
        f' autocomplete="off" spellcheck="false"{autofocus}>'
        '<button type="submit">Search</button></span></form>'
    )


def _header(root: str) -> str:
    return (f'<header class="site">\n<p class="brand"><a href="{root}index.html">{e(TITLE)}</a></p>'
            f"\n{search_form(root, False)}\n</header>\n")


def page(title: str, body: str, depth: int = 0, index: bool = False) -> str:
    """A whole page: ``body`` inside the site's header and footer; ``depth`` is how many folders
    down the page lies (links are relative, so the site works from ``file://``). The index has
    the script, and its body holds the search form and the title itself."""
    root = "../" * depth
    head_script = f'<script src="{root}assets/site.js" defer></script>\n' if index else ""
    full = title if title == TITLE else f"{title} — {TITLE}"
    header = "" if index else _header(root)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{GENERATOR}">
<title>{e(full)}</title>
<link rel="stylesheet" href="{root}assets/site.css">
{head_script}</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
{header}<main id="main">
{body}
</main>
<footer class="site">
<p>Made by <code>glossary site</code> {e(__version__)} from the termbase's concept files.
Each term is <strong>attested</strong> (a line of the source documents in <code>seeds/</code>
uses it), <strong>referenced</strong> (an outside source uses it) or <strong>proposed</strong>.</p>
</footer>
</body>
</html>
"""
