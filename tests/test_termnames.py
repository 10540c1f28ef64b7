from __future__ import annotations

import pytest

from glossary.aids.checking import check
from glossary.aids.termnames import patronymic, quoted, spelt, surname
from tests.test_termrefs import kinds


@pytest.mark.parametrize("text, names, lang, found", [
    ("Путин со своей стороны рассказал о переговорах.", ("Владимир Путин",), "ru", "Путин"),
    ("Встреча с Токаевым прошла в Кремле.", ("Касым-Жомарт Токаев",), "ru", "Токаевым"),
    ("Тоқаевтың айтуынша, ұйым дамып келеді.", ("Қасым-Жомарт Тоқаев",), "kk", "Тоқаевтың"),
    ("During the meeting, President Tokayev noted it.", ("Kassym-Jomart Tokayev",), "en",
     "Tokayev"),
    ("The stock of tokayev wine was sold.", ("Kassym-Jomart Tokayev",), "en", ""),
    # a signature before the next act's heading; a name that goes on is another name
    ("Президент Республики Казахстан Н. Назарбаев ДОГОВОР о дружбе", ("Нурсултан Назарбаев",),
     "ru", "Назарбаев"),
    ("Студенты Назарбаев Университета", ("Нурсултан Назарбаев",), "ru", ""),
    # his own first name and patronymic before it; another's first name before a patronymic
    ("Александр Григорьевич Лукашенко открыл форум.", ("Александр Лукашенко",), "ru",
     "Лукашенко"),
    ("Қасым-Жомарт Кемелұлы Тоқаев форумды ашты.", ("Қасым-Жомарт Тоқаев",), "kk", "Тоқаев"),
    ("Ильхам Гейдарович Алиев открыл форум.", ("Гейдар Алиев",), "ru", ""),
    # in Kazakh a place in the locative after it is where he is, no longer name
    ("Тоқаев Ақордада елшілерді қабылдады.", ("Қасым-Жомарт Тоқаев",), "kk", "Тоқаев"),
    ("Назарбаев Университеті студенттерімен", ("Нұрсұлтан Назарбаев",), "kk", ""),
    ("Студенттер Назарбаев Университетінде оқиды.", ("Нұрсұлтан Назарбаев",), "kk", ""),
    # an institution in capitals, another person's initial
    ("НАЗАРБАЕВ УНИВЕРСИТЕТІ кампусты ашты.", ("Нұрсұлтан Назарбаев",), "kk", ""),
    ("Д. Назарбаева написала ректору.", ("Нурсултан Назарбаев",), "ru", ""),
    ("Договор подписал Н. Назарбаев.", ("Нурсултан Назарбаев",), "ru", "Назарбаев"),
    # a signature in capitals under an act, after the initial
    ("Қазақстан Республикасының Президенті Н. НАЗАРБАЕВ", ("Нұрсұлтан Назарбаев",), "kk",
     "НАЗАРБАЕВ"),
    ("President of the Republic of Kazakhstan N. NAZARBAYEV", ("Nursultan Nazarbayev",), "en",
     "NAZARBAYEV"),
    ("Президент Республики Казахстан Н. НАЗАРБАЕВ", ("Нурсултан Назарбаев",), "ru", "НАЗАРБАЕВ"),
    ("Д. НАЗАРБАЕВА", ("Нурсултан Назарбаев",), "ru", ""),
    # the patronymic's initial too; an institution in capitals after the surname is no signature
    ("Президент Республики Казахстан Н.А. НАЗАРБАЕВ", ("Нурсултан Назарбаев",), "ru", "НАЗАРБАЕВ"),
    ("Президент Республики Казахстан Н.А. Назарбаев.", ("Нурсултан Назарбаев",), "ru",
     "Назарбаев"),
    ("Н. НАЗАРБАЕВ УНИВЕРСИТЕТІ Астанада.", ("Нұрсұлтан Назарбаев",), "kk", ""),
])
def test_a_surname_alone_is_found_in_any_case(text, names, lang, found):
    assert surname(text, names, lang) == found



@pytest.mark.parametrize("text, names, lang, found", [
    ("Встреча с Нурсултаном Абишевичем прошла.", ("Нурсултан Назарбаев",), "ru",
     "Нурсултаном Абишевичем"),
    ("Касым-Жомарт Кемелевич выступил.", ("Касым-Жомарт Токаев",), "ru", "Касым-Жомарт Кемелевич"),
    ("Нұрсұлтан Әбішұлы сөз сөйледі.", ("Нұрсұлтан Назарбаев",), "kk", "Нұрсұлтан Әбішұлы"),
    ("Нурсултан Ашимов выступил.", ("Нурсултан Назарбаев",), "ru", ""),  # a surname
    ("Nursultan Abishevich spoke.", ("Nursultan Nazarbayev",), "en", ""),  # not English usage
])
def test_a_first_name_with_a_patronymic(text, names, lang, found):
    assert patronymic(text, names, lang) == found


def test_a_patronymic_names_the_person_only_where_the_text_names_him_too(shipped):
    source = "Vladimir Putin met Kassym-Jomart Tokayev. Of course, it is always pleasant to talk " \
             "to Nursultan Nazarbayev, Putin said."
    named = "Путин встретился с Назарбаевым. «Конечно, всегда приятно общаться с Нурсултаном " \
            "Абишевичем», — сказал Путин."
    assert kinds(check(source, named, shipped, "en", "ru"), "nursultan-nazarbayev") == []
    # another Nursultan, with his own patronymic, where the text never names Nazarbayev
    other = "Путин встретился с Токаевым. «Конечно, всегда приятно общаться с Нурсултаном " \
            "Маратовичем», — сказал Путин."
    assert kinds(check(source, other, shipped, "en", "ru"), "nursultan-nazarbayev") == [
        ("missing", "warning")]


@pytest.mark.parametrize("text, names, found", [
    ("Belarusian President Aleksandr Lukashenko met them.", ("Alexander Lukashenko",),
     "Aleksandr Lukashenko"),
    ("Kasym-Zhomart Tokaev said so.", ("Kassym-Jomart Tokayev",), "Kasym-Zhomart Tokaev"),
    # another person of the same surname, another name of the same first name
    ("President Ilham Aliyev met them.", ("Heydar Aliyev",), ""),
    ("Mikhail Gorbachev met them.", ("Mikhail Mishustin",), ""),
    ("Aisultan Nazarbayev met them.", ("Nursultan Nazarbayev",), ""),  # another initial
    # the words of a name stand together
    ("Michail, Mishustin's aide, met them.", ("Mikhail Mishustin",), ""),
])
def test_a_full_name_spelt_otherwise(text, names, found):
    assert spelt(text, names, []) == found


def test_a_name_spelt_otherwise_is_information_another_persons_term_is_not(shipped):
    source = "Премьер-министр Михаил Мишустин провёл встречу."
    spelt_so = check(source, "Prime Minister Michail Mishustin held a meeting.", shipped, "ru", "en")
    assert kinds(spelt_so, "mikhail-mishustin") == [("spelt", "info")]
    other = check(source, "Prime Minister Mikhail Gorbachev held a meeting.", shipped, "ru", "en")
    assert kinds(other, "mikhail-mishustin") != [("spelt", "info")]


@pytest.mark.parametrize("target, found", [
    # a term after the surname starts the next phrase (Kazakh puts the subject first)
    ("Жоғары деңгейдегі келіссөздерден соң Тоқаев Шанхай ынтымақтастық ұйымының саммитіне "
     "қатысады.", []),
    # a name after it goes on: another name
    ("Жоғары деңгейдегі келіссөздерден соң Тоқаев Университеті саммитке қатысады.",
     [("missing", "warning")]),
])
def test_a_surname_before_a_term_is_the_person(shipped, target, found):
    source = "После переговоров Касым-Жомарт Токаев примет участие в саммите ШОС."
    assert kinds(check(source, target, shipped, "ru", "kk"), "kassym-jomart-tokayev") == found


@pytest.mark.parametrize("source, target, lang, mark", [
    # the target opens the speech, or closes one opened before, or speaks in the first person
    ("Tokayev stressed that Kazakhstan honours the heroism.", "«Қазақстандықтар ерлікті қастер "
     "тұтады.", "kk", "«"),
    ("«Мы будем беречь Содружество», — сказал Токаев.", "Содружество надо беречь».", "ru", "»"),
    ("Kassym-Jomart Tokayev said the Commonwealth must be preserved.",
     "Поэтому, на мой взгляд, мы должны беречь Содружество.", "ru", "мой"),
    # the source's name stands inside a quotation: someone the speech names, not its speaker
    ("He said: «Tokayev honours the heroism».", "«Ерлікті қастер тұтады.", "kk", ""),
    # dialogue opened by a dash, a Kazakh «Мен» (I) opening the sentence
    ("Tokayev stressed that this was an important step.", "— Это важный шаг, — подчеркнул он.",
     "ru", "—"),
    ("Tokayev said he fully supports it.", "Мен бұл бастаманы толық қолдаймын.", "kk", "Мен"),
    # no speech in the target: a verb that begins as a pronoun (нашли), a reporter's «в нашей
    # стране», a numeral (World War I), a quoted name opening the sentence («Росатом»)
    ("Tokayev stressed that Kazakhstan honours the heroism.", "Қазақстан ерлікті қастер тұтады.",
     "kk", ""),
    ("Tokayev said the parties had found a compromise.", "Стороны нашли компромисс.", "ru", ""),
    ("Tokayev opened the largest hospital.", "В нашей стране открылась больница.", "ru", ""),
    ("Токаев напомнил об уроках войны.", "The lessons of World War I must not be forgotten.",
     "en", ""),
    ("Tokayev said Rosatom will build the plant.", "«Росатом» построит первую АЭС.", "ru", ""),
    # someone else named as the speaker after the speech; a pronoun leaves it to him
    ("Tokayev said Kazakhstan would host the summit.", "«Казахстан примет саммит», — заявил "
     "пресс-секретарь.", "ru", ""),
    ("Tokayev said Kazakhstan would host the summit.", "«Казахстан примет саммит», — заявил он.",
     "ru", "«"),
])
def test_direct_speech_in_the_target(source, target, lang, mark):
    name = source.find("Tok") if "Tok" in source else source.index("Ток")
    assert quoted(source, name, target, lang) == mark


def test_a_speaker_left_to_the_quotation_is_information_another_person_is_not(shipped):
    source = "Kassym-Jomart Tokayev stressed that Kazakhstan honours the heroism of our fathers."
    speech = check(source, "«Қазақстандықтар әкелеріміздің ерлігін қастер тұтады.", shipped, "en",
                   "kk")
    assert kinds(speech, "kassym-jomart-tokayev") == [("quoted", "info")]
    other = check(source, "«Қазақстандықтар әкелеріміздің ерлігін қастер тұтады», — деді Владимир "
                  "Путин.", shipped, "en", "kk")
    assert kinds(other, "kassym-jomart-tokayev") == [("substitution", "error")]
