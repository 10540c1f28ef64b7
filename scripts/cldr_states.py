"""Create the concept files of states from the Unicode CLDR names that Babel ships.

The names of states are not typed by hand: English, Kazakh and Russian names
come from CLDR (through Babel), each with a reference to CLDR and its version,
attestations from ``seeds/``. Where usage differs (Кыргызстан / Киргизия,
Беларусь / Белоруссия) both names are recorded and ``USAGE`` says which is
preferred and why. Existing files are
left alone (they may have been edited since); ``--force`` rewrites them.

    python scripts/cldr_states.py [--force]
"""
from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.model import Concept, Reference, Term  # noqa: E402
from glossary.termbase.files import concept_toml  # noqa: E402
from glossary.termbase.seeds import Seeds  # noqa: E402

# Territory code -> (concept id, definition).
STATES: dict[str, tuple[str, str]] = {
    "RU": ("russia", "The Russian Federation, the largest successor state of the Soviet Union."),
    "BY": (
        "belarus",
        "A post-Soviet state in Eastern Europe, Russia's closest ally and its partner in the Union State.",
    ),
    "UA": (
        "ukraine",
        "A post-Soviet state in Eastern Europe, invaded by Russia in 2014 and on a full scale in 2022.",
    ),
    "MD": (
        "moldova",
        "A post-Soviet state in Eastern Europe between Romania and Ukraine, an EU candidate since 2022.",
    ),
    "GE": ("georgia", "A post-Soviet state in the South Caucasus, at war with Russia in 2008."),
    "AM": (
        "armenia",
        "A post-Soviet state in the South Caucasus, a member of the CSTO and the EAEU.",
    ),
    "AZ": ("azerbaijan", "A post-Soviet state in the South Caucasus on the Caspian Sea."),
    "KZ": (
        "kazakhstan",
        "A post-Soviet state in Central Asia, the largest by area, a member of the CSTO and the EAEU.",
    ),
    "KG": ("kyrgyzstan", "A post-Soviet state in Central Asia, a member of the CSTO and the EAEU."),
    "TJ": (
        "tajikistan",
        "A post-Soviet state in Central Asia, a member of the CSTO, bordering Afghanistan.",
    ),
    "TM": (
        "turkmenistan",
        "A post-Soviet state in Central Asia that declares permanent neutrality.",
    ),
    "UZ": ("uzbekistan", "A post-Soviet state in Central Asia, the most populous of the region."),
    "EE": (
        "estonia",
        "A Baltic state annexed by the Soviet Union in 1940 (an incorporation most Western states never recognised), independent again since 1991, a member of the EU and NATO.",
    ),
    "LV": (
        "latvia",
        "A Baltic state annexed by the Soviet Union in 1940 (an incorporation most Western states never recognised), independent again since 1991, a member of the EU and NATO.",
    ),
    "LT": (
        "lithuania",
        "A Baltic state annexed by the Soviet Union in 1940 (an incorporation most Western states never recognised), independent again since 1991, a member of the EU and NATO.",
    ),
    "CN": (
        "china",
        "The People's Republic of China, Russia's partner and competitor in Central Asia.",
    ),
    "US": (
        "united-states",
        "The United States of America, the main Western power in the seeds' accounts.",
    ),
}

# Where usage differs: (lang, preferred, another name in use (admitted), note). Whichever of the
# two is CLDR's name gets the CLDR reference; the other rests on the note and its own evidence.
USAGE: dict[str, tuple[str, str, str, str]] = {
    "KG": (
        "ru",
        "Кыргызстан",
        "Киргизия",
        "Кыргызстан is the Russian name the state itself uses in its constitution and at the UN, "
        "and the usual one in Kazakhstan; Киргизия (the CLDR name) is Russian federal and media usage.",
    ),
    "BY": (
        "ru",
        "Беларусь",
        "Белоруссия",
        "Беларусь is the state's official Russian name and the CLDR name; Белоруссия, the older "
        "form, remains common in Russian media and in the name of the Union State treaty.",
    ),
}


# Official full names and abbreviations CLDR does not carry: (lang, text, type).
EXTRA: dict[str, tuple[tuple[str, str, str], ...]] = {
    "RU": (
        ("en", "Russian Federation", "full form"),
        ("kk", "Ресей Федерациясы", "full form"),
        ("ru", "Российская Федерация", "full form"),
        ("ru", "РФ", "acronym"),
    ),
    "US": (
        ("en", "US", "acronym"),
        ("en", "USA", "acronym"),
        ("kk", "АҚШ", "acronym"),
        ("ru", "США", "acronym"),
    ),
}


def cldr_reference(lang: str, name: str) -> Reference:
    """Unicode CLDR, with its version, as the reference of a state's name."""
    title = f"Unicode CLDR {get_cldr_version()} (Babel {babel.__version__}), territory names, {lang}"
    return Reference(name, datetime.date.today().isoformat(), title=title)


def _names(code: str, lang: str, notes: list[str]) -> list[tuple[str, str, str]]:
    """(name, status, note) of a state in ``lang``: CLDR's, usage variants, official forms."""
    name = Locale(lang).territories[code]
    names = [(name, "preferred", "")]
    if code in USAGE and USAGE[code][0] == lang:
        _, preferred, other, note = USAGE[code]
        names = [(preferred, "preferred", ""), (other, "admitted", "")]
        notes.append(note)
    return names + [(text, "admitted", "") for code_lang, text, _ in EXTRA.get(code, ()) if code_lang == lang]


def state_concept(code: str, seeds: Seeds) -> Concept:
    """The concept of the state ``code``: CLDR names with their reference, usage variants, seed
    attestations. Names neither CLDR nor the seeds give are proposed, with a note to find one."""
    concept_id, definition = STATES[code]
    terms: dict[str, tuple[Term, ...]] = {}
    notes: list[str] = []
    for lang in ("en", "kk", "ru"):
        cldr = Locale(lang).territories[code]
        types = {text: kind for code_lang, text, kind in EXTRA.get(code, ()) if code_lang == lang}
        built = []
        for text, status, note in _names(code, lang, notes):
            sources = seeds.attest(text, lang)
            references = (cldr_reference(lang, text),) if text == cldr else ()
            if not sources and not references:
                note = note or "Not in CLDR or the seeds: add a reference (an official act or page)."
            built.append(Term(text, types.get(text, "full form"), status, sources, note, False, references))
        terms[lang] = tuple(built)
    return Concept(concept_id, "states", definition, terms, tuple(notes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rewrite existing files too")
    args = parser.parse_args()
    seeds = Seeds(ROOT / "seeds")
    for code in STATES:
        concept = state_concept(code, seeds)
        path = ROOT / "glossary" / "terms" / f"{concept.id}.toml"
        if path.exists() and not args.force:
            continue
        path.write_text(
            concept_toml(concept, f"{concept.id}: generated by scripts/cldr_states.py"),
            encoding="utf-8",
        )
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
