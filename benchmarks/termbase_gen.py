"""A generated termbase of any size, for timing lookups and index builds at scale.

Russian terms pair adjectives and nouns drawn from pymorphy3's dictionary
(thousands of distinct words, so per-word caches do not flatter the build);
English and Kazakh terms recombine the words of the shipped termbase. The
terms are not real terminology: every one is marked proposed, with a note.
The same ``n`` always gives the same files.
"""
from __future__ import annotations

import itertools
import os
import random
import shutil
from pathlib import Path

from glossary.termbase.files import load_termbase
from glossary.termbase.paths import default_termbase

# Dictionary prefixes to draw Russian words from: spread over the alphabet.
PREFIXES = (
    "аб",
    "ав",
    "ба",
    "бе",
    "ва",
    "ве",
    "во",
    "га",
    "го",
    "да",
    "де",
    "до",
    "за",
    "зе",
    "иг",
    "из",
    "ка",
    "ко",
    "ла",
    "ле",
    "ма",
    "ме",
    "мо",
    "на",
    "не",
    "об",
    "от",
    "па",
    "пе",
    "по",
    "пр",
    "ра",
    "ре",
    "ро",
    "са",
    "се",
    "сл",
    "со",
    "ст",
    "та",
    "те",
    "то",
    "тр",
    "ур",
    "фа",
    "хо",
    "це",
    "ча",
    "ше",
    "эк",
)
SKIP = {
    "Name",
    "Surn",
    "Patr",
    "Geox",
    "Orgn",
    "Abbr",
    "Fixd",
    "Infr",
    "Slng",
    "Arch",
    "Erro",
    "Apro",
    "Anum",
    "Trad",
}
PER_PREFIX = 15000


def russian_vocabulary() -> tuple[list[tuple[str, str]], list[str]]:
    """(noun, gender) pairs and masculine adjectives in the nominative singular, in a fixed order.
    """
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    nouns: dict[str, str] = {}
    adjectives: dict[str, None] = {}
    for prefix in PREFIXES:
        for parse in itertools.islice(morph.iter_known_word_parses(prefix), PER_PREFIX):
            tag = parse.tag
            if parse.word != parse.normal_form or SKIP & tag.grammemes or "ё" in parse.word:
                continue
            if tag.POS == "NOUN" and {"inan", "sing", "nomn"} <= tag.grammemes and tag.gender:
                nouns.setdefault(parse.word, tag.gender)
            elif tag.POS == "ADJF" and {"masc", "sing", "nomn"} <= tag.grammemes:
                adjectives.setdefault(parse.word)
    return sorted(nouns.items()), sorted(adjectives)


def _agree(morph, adjective: str, gender: str) -> str:
    parsed = morph.parse(adjective)[0].inflect({gender, "sing", "nomn"})
    return parsed.word if parsed else adjective


def _string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(n: int, folder: str) -> None:
    """Write ``n`` concepts into ``folder``: the shipped ones, then ``gen-000000.toml`` ... to make
    up the number.
    """
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    shipped = load_termbase(default_termbase())
    words = {
        lang: sorted(
            {
                w
                for c in shipped.concepts()
                for t in c.terms.get(lang, ())
                for w in t.text.split()
                if w.isalpha() and len(w) > 2
            }
        )
        for lang in ("en", "kk")
    }
    subjects = sorted({c.subject for c in shipped.concepts()})
    nouns, adjectives = russian_vocabulary()
    rng = random.Random(n)
    os.makedirs(folder, exist_ok=True)
    for path in sorted(Path(default_termbase()).glob("*.toml")):
        shutil.copyfile(path, os.path.join(folder, path.name))
    n -= len(shipped.concepts())
    agreed: dict[tuple[str, str], str] = {}
    for i in range(n):
        noun, gender = rng.choice(nouns)
        adjective = rng.choice(adjectives)
        if (adjective, gender) not in agreed:
            agreed[(adjective, gender)] = _agree(morph, adjective, gender)
        ru = f"{agreed[(adjective, gender)]} {noun}" if rng.random() < 0.85 else noun
        en = " ".join(rng.sample(words["en"], rng.choice((1, 2, 2, 3)))).lower()
        kk = " ".join(rng.sample(words["kk"], rng.choice((1, 2, 2, 3)))).lower()
        lines = [
            f'id = "gen-{i:06d}"',
            f"subject = {_string(rng.choice(subjects))}",
            f'definition = "Generated concept {i} for the lookup benchmark."',
        ]
        for lang, text in (("en", en), ("kk", kk), ("ru", ru)):
            lines += [
                "",
                f"[[{lang}]]",
                f"text = {_string(text)}",
                'type = "full form"',
                'status = "preferred"',
                'source = "proposed"',
                'note = "Generated for the benchmark; not a real term."',
            ]
        with open(os.path.join(folder, f"gen-{i:06d}.toml"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
