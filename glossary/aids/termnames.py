"""How a translation may name a person without the term's full name, for the check: by the surname
alone (Путин, Тоқаевтың, President Tokayev, a signature in capitals: Н. НАЗАРБАЕВ) or by the first
name and patronymic (Нурсултан Абишевич), and where such a word is someone else (Гейдар Алиев,
Назарбаев Университеті, Д. Назарбаева)."""
from __future__ import annotations

import re

from glossary.aids.termrefs import CAPITALISED, KK_WHERE, TITLE

# A capitalised word after a surname continues a name (Назарбаев Университеті), one in capitals
# does not (a heading after a signature: Н. Назарбаев ДОГОВОР о ...).
_NAME_GOES_ON = re.compile(r"\s+(?:of\s+(?:the\s+)?)?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ](?![A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]+\b)")
_CAPITAL_BEFORE = re.compile(r"([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]*)\s+$")


def surname(text: str, expected: tuple[str, ...], lang: str,
            starts: frozenset[int] = frozenset()) -> str:
    """The surname of one of the names ``expected`` (Владимир Путин) standing alone in ``text``,
    in any case (Путина, Тоқаевтың, Tokayev), capitalised (in capitals only after its initial: Н.
    НАЗАРБАЕВ), after no other first name (Гейдар Алиев) and before no capitalised word (Назарбаев
    Университеті) unless a term starts there (``starts``: Назарбаев Беларусь орналасқан
    аймақ, Тоқаев Шанхай ынтымақтастық ұйымының саммитіне); or "". A title may stand before it
    (President Tokayev)."""
    from glossary.language import russian
    from glossary.language.russian_names import is_surname
    from glossary.language.textnorm import fold
    from glossary.termbase.attest import match_spans, tokens

    for name in expected:
        words = name.split()
        if len(words) < 2:
            continue
        last = words[-1]
        if lang == "ru":
            forms = (russian.word_forms(fold(last), "surname") if is_surname(fold(last))
                     else {fold(last): russian.ANY})
            places = [(start, end) for word, start, end in tokens(text) if word in forms]
        else:
            places = match_spans(text, last, lang)
        for start, end in places:
            before = _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
            if not text[start:start + 1].isupper() or (
                    text[start:end].isupper() and not _initial(text, start, words[0])) or (
                    _initial_differs(text, start, words[0])) or (
                    _goes_on(text, end, starts, lang)) or (
                    before and not TITLE.match(before.group(1))
                    and not _opening_word(text, before.start(1), lang)
                    and not _his_patronymic(text, before.start(1), words[0])):
                continue  # Гейдар Алиев, Назарбаев Университеті: another person, a name
            return text[start:end]
    return ""


def _goes_on(text: str, end: int, starts: frozenset[int], lang: str = "") -> bool:
    """Whether a name goes on after a surname ending at ``end``: not with a term at ``starts``,
    nor, in Kazakh, with a word in a case of place or direction (Тоқаев Ақордада, Путин
    Сочиде: where he is, not a longer name like Назарбаев Университеті)."""
    found = _NAME_GOES_ON.match(text, end)
    word = re.match(r"[\w’'-]+", text[found.end() - 1 :]) if found else None
    return found is not None and found.end() - 1 not in starts and not (
        lang == "kk" and word is not None and KK_WHERE.search(word.group()))


def _his_patronymic(text: str, start: int, first: str) -> bool:
    """Whether the word at ``start`` is a patronymic after the person's own first name
    (Қасым-Жомарт Кемелұлы Тоқаев, Александр Григорьевич Лукашенко)."""
    word = re.match(r"[\w’'-]+", text[start:])
    name = text[:start].split()[-1:]
    return bool(word and _ENDS_PATRONYMIC.search(word.group()) and name
                and name[0].lower().startswith(first.lower()[:4]))


_ENDINGS = r"(?:ович|евич|ич|овна|евна|ична|инична|ұлы|улы|қызы|кызы)"  # of a patronymic
_ENDS_PATRONYMIC = re.compile(_ENDINGS + r"\w{0,4}$")


# A patronymic after the first name (Нурсултан Абишевич, Нұрсұлтан Әбішұлы): the person named as
# Russian and Kazakh speech addresses him, without the surname.
_PATRONYMIC = re.compile(r"\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+" + _ENDINGS
                         + r"(?:[а-яёәғқңөұүһі]{0,4})(?!\w)")


def patronymic(text: str, expected: tuple[str, ...], lang: str) -> str:
    """The first name of one of the names ``expected`` with a patronymic after it in ``text``
    (Нурсултаном Абишевичем), or "". Any patronymic will do, so a caller asks for the surname
    too, somewhere: Сергей Кужугетович is no Sergei Lavrov."""
    if lang not in ("ru", "kk"):
        return ""
    return next((found for name in expected if len(name.split()) > 1
                 for found in [_patronymic(text, name.split()[0], lang)] if found), "")


def _patronymic(text: str, first: str, lang: str) -> str:
    """The first name ``first`` with a patronymic after it in ``text``, or ""."""
    from glossary.language import russian
    from glossary.language.textnorm import fold
    from glossary.termbase.attest import match_spans, tokens

    if "-" in first:  # Касым-Жомарт(ом): one name to the tokens' two
        places = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(first)}\w{{0,3}}", text)]
    elif lang == "ru":
        forms = russian.word_forms(fold(first), "first name")
        places = [(start, end) for word, start, end in tokens(text) if word in forms]
    else:
        places = match_spans(text, first, lang)
    for start, end in places:
        if text[start:start + 1].isupper() and (after := _PATRONYMIC.match(text, end)):
            return text[start:after.end()]
    return ""


def _initial_before(text: str, start: int) -> str:
    """The initial right before the word at ``start`` (Н. НАЗАРБАЕВ; Н.А. Назарбаев: the first
    name's, the patronymic's aside), lower case, or ""."""
    initial = re.search(r"(?<!\w)(\w)\.\s*(?:\w\.\s*)?$", text[max(0, start - 8):start])
    return initial.group(1).lower() if initial else ""


def _initial(text: str, start: int, first_name: str) -> bool:
    """Whether the first name's initial stands right before the surname at ``start`` (Н.
    НАЗАРБАЕВ, a signature in capitals under an act)."""
    return _initial_before(text, start) == first_name[:1].lower() and not (
        _CAPS_GO_ON.match(text, start + len(text[start:].split(None, 1)[0])))


# Another word in capitals on the same line after a surname in capitals: an institution's name
# (Н. НАЗАРБАЕВ УНИВЕРСИТЕТІ), not a signature.
_CAPS_GO_ON = re.compile(r"[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}\b")


def _initial_differs(text: str, start: int, first_name: str) -> bool:
    """Whether an initial stands before the surname at ``start`` and is not the first name's
    (Д. Назарбаева for Нурсултан Назарбаев: another person; НАЗАРБАЕВ УНИВЕРСИТЕТІ in capitals
    is checked by the caller)."""
    initial = _initial_before(text, start)
    return bool(initial) and initial != first_name[:1].lower()


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?…:;«\"“(—–-])\s*$")


def _opening_word(text: str, start: int, lang: str) -> bool:
    """Whether the capitalised word at ``start`` only opens its sentence and is no name (Вчера
    Путин заявил): a Russian word the dictionary knows as no name."""
    from glossary.language.russian import analyzer

    word = re.match(r"[\w’'-]+", text[start:])
    if lang != "ru" or word is None or not _SENTENCE_OPEN.search(text, 0, start):
        return False
    parses = analyzer().parse(word.group().lower())
    return analyzer().word_is_known(word.group().lower()) and not any(
        {"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses)


# Per cent similar, of the whole name and of the surname: Aleksandr/Alexander Lukashenko 90 and
# 100, Ilham/Heydar Aliyev 72 and 100, Sadyr Japarov/Zhaparov 89 and 80.
WHOLE, SURNAME = 85, 80


def spelt(text: str, expected: tuple[str, ...], taken: list[tuple[int, int]]) -> str:
    """One of the full names ``expected`` (Alexander Lukashenko) spelt otherwise in ``text``
    (Aleksandr Lukashenko, Kasym-Zhomart Tokaev, Александра Лукашенко): as many capitalised words
    in a row, with the same initial, close to it as a whole and in the surname, outside the
    ``taken`` spans (another person's term: Ilham Aliyev is no Heydar Aliyev); or ""."""
    from rapidfuzz import fuzz

    words = [w for w in CAPITALISED.finditer(text)
             if not any(a < w.end() and w.start() < b for a, b in taken)]
    for name in expected:
        n = len(name.split())
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            if n < 2 or any(text[a.end() : b.start()].strip()
                            for a, b in zip(run, run[1:], strict=False)):
                continue
            found = text[run[0].start() : run[-1].end()]
            if found[:1].lower() != name[:1].lower():
                continue  # a transliteration keeps the initial: Aisultan is no Nursultan
            if fuzz.ratio(found.lower(), name.lower()) >= WHOLE and fuzz.ratio(
                    run[-1].group().lower(), name.split()[-1].lower()) >= SURNAME:
                return found
    return ""


# Direct speech opens with a quotation mark, or with a dash in Russian and Kazakh dialogue.
_OPENS_SPEECH = re.compile(r'\s*(?:[–—-]\s*)?[«"“„]|\s*[–—]\s')
# Where the speech ends and its attribution begins: a closing mark, or ", —" in dialogue.
_SPEECH_END = re.compile(r'[»”"]|,\s*[–—]\s')
# The speaker's own words: a first-person personal pronoun; not a possessive, which reporters use
# too (в нашей стране, біздің елімізде), nor "I" as a numeral (World War I), nor Kazakh «мен»
# in lower case ("and").
_FIRST_PERSON = {
    "en": re.compile(r"(?<!War )(?<!Phase )(?<!Part )(?<!Peter )\bI(?=\s+[a-z])|\b[Ww]e\b"),
    "ru": re.compile(r"(?<!\w)(?:[Яя]|[Мм]ы|[Мм]о[йяеёи]|[Мм]о(?:его|ей|ему|им|их)|[Мм]не|[Мм]еня"
                     r"|[Мм]ной)(?!\w)"),
    "kk": re.compile(r"(?<!\w)(?:[Бб]із|[Бб]із(?:ге|ді|бен)|[Мм]енің|[Мм]аған|[Мм]ені|[Мм]еніңше"
                     r"|Мен)(?!\w)"),
}
# A speaker after the speech named by a pronoun only: — подчеркнул он; he said; – деді ол.
_PRONOUN = re.compile(r"(?<!\w)(?:он|она|они|ол|олар|he|she|they)(?!\w)", re.I)


def _unbalanced(text: str) -> bool:
    """Whether ``text`` opens or closes a quotation it does not close or open."""
    return (text.count("«") != text.count("»") or text.count("“") != text.count("”")
            or text.count('"') % 2 == 1)


def _spoken_by_another(target: str) -> bool:
    """Whether words after the speech name its speaker otherwise than by a pronoun (— заявил
    пресс-секретарь; — сказали фермеры), or the quotation is a name («Росатом» построит): then
    the speech is not left to the source's person."""
    ends = list(_SPEECH_END.finditer(target))
    tail = target[ends[-1].end():] if ends else ""
    return bool(re.search(r"\w\w", tail)) and not _PRONOUN.search(tail)


def quoted(source: str, start: int, target: str, lang: str) -> str:
    """The mark of direct speech in ``target`` that leaves its speaker out: the quotation mark or
    dash that opens it, a mark that closes one opened before, or a first-person pronoun (мы
    должны), when the name at ``start`` of ``source`` stands outside any quotation there, as its
    speaker would (Tokayev stressed that ... → «...»: a relay quoting him directly), and no one
    else is named as the speaker after it; or ""."""
    before, after = source[:start], source[start:]
    if (before.count("«") > before.count("»") or before.count("“") > before.count("”")
            or before.count('"') % 2 == 1 and '"' in after) or _spoken_by_another(target):
        return ""  # inside a quotation, someone the speech names; or another speaks
    if opens := _OPENS_SPEECH.match(target):
        return opens.group().strip()
    closes = re.search(r"[»”\"]", target)
    if closes and _unbalanced(target):
        return closes.group()
    first = _FIRST_PERSON[lang].search(target) if lang in _FIRST_PERSON else None
    return first.group() if first else ""
