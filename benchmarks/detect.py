"""Language detection accuracy and speed on held-out English, Kazakh and Russian text.

Measures ``glossary.detect`` beside plain langdetect (its global detector,
all 55 languages) and, when installed, lingua restricted to en/kk/ru, in one
process, on sentences, word pairs and single words drawn from the dev text in
``../shared/corpora``. The Kazakh profile is built from KazNERD's
*validation* split; Kazakh is measured on its *test* split (the 56 sentences
the two splits share are left out), English on UD EWT test, Russian on UD
GSD and Taiga test. None of this text is in the repository.

    python benchmarks/detect.py [--corpora ../shared/corpora] [--n 1000]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora"
WORD = re.compile(r"[^\W\d_]{2,}")
FILES = {"en": ["en/ud-ewt-test.txt"], "kk": ["kk/kaznerd-test.txt"], "ru": ["ru/ud-gsd-test.txt", "ru/ud-taiga-test.txt"]}


def samples(corpora: Path, n: int) -> dict[str, dict[str, list[str]]]:
    """Per kind (sentences, word pairs, words), per language, ``n`` held-out samples."""
    rng = random.Random(2026)
    built_from = set((corpora / "kk" / "kaznerd-valid.txt").read_text(encoding="utf-8").splitlines())
    out: dict[str, dict[str, list[str]]] = {"sentences": {}, "word pairs": {}, "words": {}}
    for lang, files in FILES.items():
        lines = [l for f in files for l in (corpora / f).read_text(encoding="utf-8").splitlines() if WORD.search(l)]
        lines = [l for l in lines if l not in built_from]
        words = [WORD.findall(l) for l in lines]
        out["sentences"][lang] = rng.sample(lines, n)
        pairs = [f"{w[i]} {w[i + 1]}" for w in words for i in range(len(w) - 1)]
        out["word pairs"][lang] = rng.sample(pairs, n)
        out["words"][lang] = rng.sample([x for w in words for x in w], n)
    return out


def detectors():
    from glossary.langid import detect

    found = {"glossary": lambda t: detect(t).lang}
    import langdetect
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0

    def plain(text: str) -> str:
        try:
            return langdetect.detect(text)
        except langdetect.LangDetectException:
            return "und"

    found["langdetect (plain)"] = plain
    try:
        from lingua import Language, LanguageDetectorBuilder

        lingua = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.KAZAKH, Language.RUSSIAN).build()
        codes = {Language.ENGLISH: "en", Language.KAZAKH: "kk", Language.RUSSIAN: "ru"}
        found["lingua (en/kk/ru)"] = lambda t: codes.get(lingua.detect_language_of(t), "und")
    except ImportError:
        print("lingua is not installed: pip install lingua-language-detector to compare with it", file=sys.stderr)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT)
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    if not (args.corpora / "kk" / "kaznerd-test.txt").exists():
        sys.exit(f"{args.corpora}: the development corpora are not here; this benchmark needs ../shared/corpora")
    data = samples(args.corpora, args.n)
    for name, detect in detectors().items():
        detect("warm up")
        print(f"{name}")
        for kind, by_lang in data.items():
            right, total, per_lang = 0, 0, []
            start = time.perf_counter()
            for lang, texts in by_lang.items():
                ok = sum(detect(t) == lang for t in texts)
                right, total = right + ok, total + len(texts)
                per_lang.append(f"{lang} {100 * ok / len(texts):.1f}")
            seconds = time.perf_counter() - start
            print(f"  {kind:<10} {100 * right / total:5.1f}%  ({', '.join(per_lang)})  {total / seconds:8.0f} per second")


if __name__ == "__main__":
    main()
