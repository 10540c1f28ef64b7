"""Kazakh noun inflection: plural, possessive and case endings, with vowel harmony.

Kazakh adds endings to an unchanged stem, choosing each ending's vowel by the
stem's last vowel (back а о ұ ы я, front ә е ө ү і э) and its first consonant by
the sound before it (күш → күштің, күшке; Азия → Азияда, Азиядағы); a final
п, к, қ voices to б, г, ғ before a vowel (мектеп → мектебі). ``forms`` generates
every form of a word; ``analyses`` finds the stems a form can come from, by
stripping any ending chain ``forms`` can produce. No dictionary is needed.

>>> forms("күш")["күштерінің"]
'plural+px3+genitive'
>>> ("мектеп", "px3+dative") in analyses("мектебіне")
True
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

BACK = set("аоұыя")
FRONT = set("әеөүіэ")
VOWELS = BACK | FRONT | set("иую")
CONSONANTS = "бвгғджзйкқлмнңпрстфхһцчшщ"
VOICING = {"п": "б", "к": "г", "қ": "ғ"}
UNVOICING = {v: k for k, v in VOICING.items()}

# Classes of the sound an ending attaches to.
V, S1, S2, N, VL = "vowel", "р й у", "л з ж", "м н ң", "voiceless"
_CLASS = {**{c: S1 for c in "рйу"}, **{c: S2 for c in "лзж"}, **{c: N for c in "мнң"}}

# Endings by the class before them: (back, front). Instrumental has no harmony.
PLURAL = {
    V: ("лар", "лер"),
    S1: ("лар", "лер"),
    S2: ("дар", "дер"),
    N: ("дар", "дер"),
    VL: ("тар", "тер"),
}
CASES: dict[str, dict[str, tuple[str, str]]] = {
    "genitive": {
        V: ("ның", "нің"),
        N: ("ның", "нің"),
        S1: ("дың", "дің"),
        S2: ("дың", "дің"),
        VL: ("тың", "тің"),
    },
    "dative": {
        V: ("ға", "ге"),
        S1: ("ға", "ге"),
        S2: ("ға", "ге"),
        N: ("ға", "ге"),
        VL: ("қа", "ке"),
    },
    "accusative": {
        V: ("ны", "ні"),
        S1: ("ды", "ді"),
        S2: ("ды", "ді"),
        N: ("ды", "ді"),
        VL: ("ты", "ті"),
    },
    "locative": {
        V: ("да", "де"),
        S1: ("да", "де"),
        S2: ("да", "де"),
        N: ("да", "де"),
        VL: ("та", "те"),
    },
    "ablative": {
        V: ("дан", "ден"),
        S1: ("дан", "ден"),
        S2: ("дан", "ден"),
        N: ("нан", "нен"),
        VL: ("тан", "тен"),
    },
    "instrumental": {
        V: ("мен", "мен"),
        S1: ("мен", "мен"),
        N: ("мен", "мен"),
        S2: ("бен", "бен"),
        VL: ("пен", "пен"),
    },
    "similative": {
        V: ("дай", "дей"),
        S1: ("дай", "дей"),
        S2: ("дай", "дей"),
        N: ("дай", "дей"),
        VL: ("тай", "тей"),
    },
}
# After the third-person possessive the case endings take an n.
AFTER_PX3 = {
    "genitive": ("ның", "нің"),
    "dative": ("на", "не"),
    "accusative": ("н", "н"),
    "locative": ("нда", "нде"),
    "ablative": ("нан", "нен"),
    "instrumental": ("мен", "мен"),
    "similative": ("ндай", "ндей"),
}
# Possessive endings: (after a vowel, after a consonant), each (back, front).
POSSESSIVE = {
    "px1sg": (("м", "м"), ("ым", "ім")),
    "px2sg": (("ң", "ң"), ("ың", "ің")),
    "px2sg.formal": (("ңыз", "ңіз"), ("ыңыз", "іңіз")),
    "px3": (("сы", "сі"), ("ы", "і")),
    "px1pl": (("мыз", "міз"), ("ымыз", "іміз")),
    "px2pl": (("ңдар", "ңдер"), ("ыңдар", "іңдер")),
    "px2pl.formal": (("ңыздар", "ңіздер"), ("ыңыздар", "іңіздер")),
}
# Dative after the first and second person singular possessive is a bare vowel.
DATIVE_AFTER_PX12 = ("а", "е")


def harmony(word: str) -> tuple[int, ...]:
    """0 for back, 1 for front; both when the word has no telling vowel (abbreviations) or ends
    in a soft sign (Беларусь takes front endings, Беларусьтің, though its vowel is back). The е
    of a Russian surname in -аев, -уев is no front vowel (Назарбаевтың, not Назарбаевтің); a
    loanword whose last vowel is и takes front endings (Саакашвилиге, механизмі); after a final
    у both are accepted (Бакуге is written, though а comes before)."""
    if word.lower().endswith("ь"):
        return (0, 1)
    lowered = word.lower()
    if len(lowered) > 3 and lowered[-3] in "аоуыяёюи" and lowered.endswith("ев"):
        lowered = lowered[:-2]  # Назарбаев: the е of a Russian -ев after a vowel tells nothing
    if lowered.rstrip(CONSONANTS)[-1:] == "и":
        return (1,)  # Саакашвилиге, Путинге, механизмі: a loanword's last и takes front endings
    if lowered[-1:] == "у" and len(lowered) > 2:
        return (0, 1)  # Бакуге beside суға: a final у tells nothing in a loanword
    for char in reversed(lowered):
        if char in BACK:
            return (0,)
        if char in FRONT:
            return (1,)
    return (0, 1)


def sound_class(word: str) -> str:
    """The class of the last sound of ``word`` (a soft sign is skipped)."""
    last = word.lower().rstrip("ь")[-1:]
    if last in VOWELS - {"у"}:
        return V
    return _CLASS.get(last, VL)


def _stems(word: str) -> list[str]:
    """The stem as written and, before a vowel, with its final п, к, қ voiced or its last ы/і
    dropped.
    """
    stems = [word]
    if word[-1:] in VOICING:
        stems.append(word[:-1] + VOICING[word[-1]])
    if dropped := drop_vowel(word):
        stems.append(dropped)
    return stems


def drop_vowel(word: str) -> str:
    """The stem with its last ы/і dropped, as before a vowel-initial ending (халық → халқ, орын →
    орн), or "" when the word has no such vowel between two consonants."""
    if len(word) > 3 and word[-2] in "ыі" and word[-1] not in VOWELS and word[-3] not in VOWELS:
        return word[:-2] + word[-1]
    return ""


def _cases(
    base: str, label: str, h: int, after: str | None, cls: str | None = None
) -> dict[str, str]:
    """``base`` with every case ending; ``after`` says which possessive precedes."""
    found = {base: label or "nominative"}
    cls = cls or sound_class(base)
    for case, table in CASES.items():
        if after == "px3":
            ending = AFTER_PX3[case][h]
        elif after in ("px1sg", "px2sg") and case == "dative":
            ending = DATIVE_AFTER_PX12[h]
        else:
            ending = table[cls][h]
        form = base + ending
        found[form] = f"{label}+{case}" if label else case
        if case == "locative":
            attributive = form + ("ғы", "гі")[h]
            prefix = f"{label}+" if label else ""
            found[attributive] = f"{prefix}locative+attributive"
            # Құрама Штаттардағыдай: as in the United States
            found[attributive + ("дай", "дей")[h]] = f"{prefix}locative+attributive+similative"
    return found


def _forms_one(word: str, h: int, spoken_vowel: bool = False) -> dict[str, str]:
    """The forms of ``word`` in harmony ``h``; ``spoken_vowel`` for abbreviations read
    letter by letter, whose last letter name ends in a vowel (ТМД-ға: тэ-эм-дэ)."""
    found: dict[str, str] = {}
    if spoken_vowel:
        word_class = V
    else:
        word_class = sound_class(word)
    plural = word + PLURAL[word_class][h]
    for base, label in ((word, ""), (plural, "plural")):
        found.update(_cases(base, label, h, None, word_class if base is word else None))
        vowel_final = (word_class if base is word else sound_class(base)) == V
        for px, (after_vowel, after_consonant) in POSSESSIVE.items():
            ending = (after_vowel if vowel_final else after_consonant)[h]
            bases = [base] if vowel_final or base is plural else _stems(base)
            for stem in bases:
                tag = f"{label}+{px}" if label else px
                found.update(
                    {k: v for k, v in _cases(stem + ending, tag, h, px).items() if k not in found}
                )
    return found


def possessed(word: str) -> bool:
    """True when ``word`` may end in the third-person possessive (ұйымы, ассамблеясы, мектебі):
    the last word of a Kazakh compound name, whose case endings then take an n (ұйымына)."""
    if len(word) < 4 or word[-1] not in "ыі":
        return False
    return word[-2] == "с" and word[-3] in VOWELS or word[-2] not in VOWELS


@lru_cache(maxsize=4096)
def forms(word: str) -> dict[str, str]:
    """Every inflected form of the noun ``word`` (lowercase), mapped to its analysis; a word that
    may end in the possessive also takes the case endings that follow it (ұйымы → ұйымына)."""
    word = word.lower()
    found: dict[str, str] = {}
    spelled_out = (False, True) if not set(word) & VOWELS else (False,)
    for h in harmony(word):
        for spoken_vowel in spelled_out:
            for form, label in _forms_one(word, h, spoken_vowel).items():
                found.setdefault(form, label)
        if possessed(word):
            for form, label in _cases(word, "", h, "px3").items():
                found.setdefault(form, label)
    return found


@lru_cache(maxsize=1)
def endings() -> frozenset[str]:
    """Every ending chain ``forms`` can add, whatever the stem."""
    samples = ["ата", "әке", "қар", "кір", "қол", "көл", "қан", "кен", "қап", "кеп", "ау", "еу"]
    chains = set()
    for sample in samples:
        for form in forms(sample):
            for stem in [sample] + _stems(sample):
                if form.startswith(stem) and form != stem:
                    chains.add(form[len(stem) :])
    for sample in ("атасы", "әкесі"):  # the endings after a possessive that ends the stem
        chains |= {form[len(sample) :] for form in _cases(sample, "", harmony(sample)[0], "px3")}
    chains.discard("")
    return frozenset(chains)



def analyses(form: str, chains: frozenset[str] | None = None,
             keep: Callable[[str], bool] | None = None) -> list[tuple[str, str]]:
    """(stem, analysis) pairs such that ``forms(stem)`` contains ``form``.

    ``chains`` is ``endings()``, passed in when it was computed ahead (the index stores it);
    ``keep``, a test a stem must pass before its forms are generated (they are the cost).
    """
    form = form.lower()
    chains = chains or endings()
    longest = _longest(chains)
    found = []
    for cut in range(1, min(longest, len(form) - 2) + 1):
        if form[-cut:] not in chains:
            continue
        head = form[:-cut]
        for stem in sorted({head, head[:-1] + UNVOICING.get(head[-1], head[-1])} | _undrop(head)):
            if keep is not None and not keep(stem):
                continue
            label = forms(stem).get(form)
            if label and (stem, label) not in found:
                found.append((stem, label))
    return found


@lru_cache(maxsize=4)
def _longest(chains: frozenset[str]) -> int:
    """The length of the longest ending chain."""
    return max(map(len, chains))


def _undrop(head: str) -> set[str]:
    """Stems whose last ы/і was dropped before the ending (халқ → халық)."""
    if len(head) < 3 or head[-1] in VOWELS or head[-2] in VOWELS:
        return set()
    vowel = "ы" if harmony(head) == (0,) else "і"
    return {head[:-1] + vowel + head[-1]}
