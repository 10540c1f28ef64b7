"""Where a source term may not stand for its concept (glossary.aids.termsense), through check."""
from __future__ import annotations

import pytest

from glossary.aids.checking import check


def kinds(report):
    return [(f.kind, f.severity, f.concept) for f in report.findings]


@pytest.mark.parametrize("source, target, s, t", [
    ("Фермер из штата Орегон в США выращивает свиней.", "An Oregon farmer keeps pigs.", "ru", "en"),
    ("Oregon is a state. A farmer from Portland, Oregon, U.S., keeps pigs.",
     "Фермер из Портленда (Орегон) держит свиней.", "en", "ru"),
    ("Оңтүстік-батыс АҚШ-та жаңбыр жауады.", "Rain falls in the Southwest.", "kk", "en"),
])
def test_a_state_after_a_narrower_place_the_target_names_is_information(shipped, source, target,
                                                                        s, t):
    report = check(source, target, shipped, s, t)
    assert [k[:2] for k in kinds(report)] == [("place", "info")]
    assert report.findings[0].found  # the place, shown in the message


@pytest.mark.parametrize("source, target, s, t", [
    # a list of states, also with states the termbase lacks
    ("Talks between Russia, the United States and China began.",
     "Переговоры между Россией и Китаем начались.", "en", "ru"),
    ("Talks between Germany, the United States and Japan began.",
     "Переговоры между Германией и Японией начались.", "en", "ru"),
    # dates, sentence openings after quotes or dashes, persons, abbreviations
    ("On Monday, the United States said so.", "В понедельник об этом заявили.", "en", "ru"),
    ("\"Inflation in the United States is low,\" he said.", "«Инфляция низкая», сказал он.",
     "en", "ru"),
    ("— Цены в России растут.", "— Prices are rising.", "ru", "en"),
    ("He met Biden in the United States.", "Он встретился с Байденом.", "en", "ru"),
    ("Число больных ВИЧ и СПИДом в Китае растёт.", "The number of patients is growing.",
     "ru", "en"),
    ("Donald Trump, the United States leader, spoke.", "Дональд Трамп выступил.", "en", "ru"),
    # a narrower place the translation does not name
    ("A farmer from Oregon in the United States keeps pigs.", "Фермер держит свиней.",
     "en", "ru"),
    # people and companies before in/в, whose names the target keeps
    ("Вчера Путин в Китае провёл переговоры.", "Yesterday Putin held talks.", "ru", "en"),
    ("Investment by Apple in China rose sharply.", "Инвестиции Apple резко выросли.", "en", "ru"),
    ("Talks with Tokayev in Kazakhstan continued.", "Переговоры с Токаевым продолжились.",
     "en", "ru"),
    # a list whose items the termbase does not know
    ("Exports went to Germany, France, Japan and Italy.", "Экспорт шёл в Германию и Италию.",
     "en", "ru"),
    # a region word whose direction the target drops
    ("Drought hit the southwestern United States.", "Засуха продолжается.", "en", "ru"),
    ("Оңтүстік-батыс АҚШ-та құрғақшылық болды.", "Засуха продолжается.", "kk", "ru"),
    # a place whose key stands only inside another word (Lyon in billion)
    ("Концерн открыл завод в городе Лионе во Франции.", "The group opened a plant for a billion.",
     "ru", "en"),
])
def test_no_narrower_place_no_information(shipped, source, target, s, t):
    found = kinds(check(source, target, shipped, s, t))
    assert "place" not in [k[0] for k in found] and ("missing", "warning") in [k[:2] for k in found]


def test_the_west_as_a_subject_is_not_a_region(shipped):
    # Батыс Ресейге санкция салды: the West sanctioned Russia, not "western Russia".
    report = check("Батыс Ресейге санкция салды.", "Sanctions were imposed.", shipped, "kk", "en")
    assert ("missing", "warning", "russia") in kinds(report)


@pytest.mark.parametrize("source, target, s, t", [
    ("Об этом сообщила администрация президента Джоко Видодо.", "Joko Widodo's office said so.",
     "ru", "en"),
    ("China's Foreign Ministry said on Monday.", "Пекин заявил в понедельник.", "en", "ru"),
    ("The U.S. Foreign Ministry said so.", "Госдепартамент заявил об этом.", "en", "ru"),
    ("The Foreign Ministry of China said so.", "Пекин заявил об этом.", "en", "ru"),
    ("The Foreign Ministry of the Republic of Kazakhstan urged restraint.",
     "Астана призвала к сдержанности.", "en", "ru"),
    # only another state named, in this segment or in those just before
    ("President of Kyrgyzstan Sadyr Japarov will host the summit.\n"
     "The head of a department of the Presidential Administration said so.",
     "Президент Кыргызстана Садыр Жапаров проведет саммит.\n"
     "Об этом сообщил заведующий отделом администрации главы государства.", "en", "ru"),
])
def test_a_short_form_that_may_be_another_states_is_information(shipped, source, target, s, t):
    assert [k[:2] for k in kinds(check(source, target, shipped, s, t))
            if k[2] in ("ministry-of-foreign-affairs-of-russia",
                        "presidential-administration-of-russia")] == [("short", "info")]


@pytest.mark.parametrize("source, target, s, t", [
    ("Об этом сообщила администрация президента России.", "The ministry said so.", "ru", "en"),
    ("The Russian Foreign Ministry said so.", "Об этом заявили.", "en", "ru"),
    ("Об этом сообщили в администрации президента.", "This was reported.", "ru", "en"),
    ("Russia's Foreign Ministry said on Monday.", "Власти заявили в понедельник.", "en", "ru"),
    ("Об этом сообщила Администрация Президента Российской Федерации.",
     "This was what the ministry said today.", "ru", "en"),
    # its own state named by its capital just before
    ("Kazakhstan's ambassador was summoned in Moscow.\nThe Foreign Ministry handed him a note.",
     "Посла Казахстана вызвали в Москве.\nВ МИД ему вручили ноту.", "en", "ru"),
    # its own state named just before, beside another
    ("Russia and Kyrgyzstan will host the summit.\n"
     "The head of a department of the Presidential Administration said so.",
     "Россия и Кыргызстан проведут саммит.\nОб этом сообщил журналистам заведующий одним из отделов.", "en",
     "ru"),
])
def test_the_concepts_own_state_keeps_the_warning(shipped, source, target, s, t):
    assert [k[:2] for k in kinds(check(source, target, shipped, s, t))
            if k[2] in ("ministry-of-foreign-affairs-of-russia",
                        "presidential-administration-of-russia")] == [("missing", "warning")]


def test_a_short_form_that_leaves_no_state_out_keeps_the_warning(shipped):
    report = check("Армения обсуждает карабахский конфликт.", "Armenia is holding talks.",
                   shipped, "ru", "en")
    assert ("missing", "warning", "nagorno-karabakh-conflict") in kinds(report)


def test_a_short_form_left_in_russian_in_a_kazakh_target_is_another_languages_term(shipped):
    report = check("Об этом сообщила администрация президента.",
                   "Бұл туралы администрация президента хабарлады.", shipped, "ru", "kk")
    assert ("foreign", "warning", "presidential-administration-of-russia") in kinds(report)


def test_a_quiet_first_occurrence_does_not_hide_a_later_one(shipped):
    report = check("China's Foreign Ministry and the Foreign Ministry of Russia met.",
                   "Представители двух министерств встретились.", shipped, "en", "ru")
    assert ("missing", "warning", "ministry-of-foreign-affairs-of-russia") in kinds(report)


def test_a_one_word_name_left_in_lower_case_is_a_question_of_sense(shipped):
    # «на западе»: the American West, a direction in Russian; not the political West.
    posts = check("It was oriented to small posts in the West.",
                  "Она была ориентирована на маленькие гарнизоны на западе.", shipped, "en", "ru")
    assert [(f.kind, f.severity, f.found) for f in posts.findings] == [
        ("lowercase", "info", "западе")]


@pytest.mark.parametrize("source, target, s, t", [
    ("The West imposed a ban.", "Был введён запрет.", "en", "ru"),
    ("Prices in Europe rose.", "Цены в евро выросли.", "en", "ru"),
    ("China protects whales.", "Защищают китов.", "en", "ru"),
    ("Об этом заявила Россия.", "Бұл туралы ресми өкіл мәлімдеді.", "ru", "kk"),
    ("Запад ввёл санкции.", "Кеме батып кетті.", "ru", "kk"),
    ("Russia blames the West.", "Россия обвиняет соседей.", "en", "ru"),
])
def test_a_word_that_only_begins_like_the_name_is_no_lower_case_name(shipped, source, target,
                                                                     s, t):
    assert "missing" in [f.kind for f in check(source, target, shipped, s, t).findings]


def test_a_kazakh_verb_after_a_term_is_no_possessed_noun(shipped):
    # мәлімдеді (stated) only looks like a possessive: the dropped ministry is a warning.
    said = check("Ресей Сыртқы істер министрлігі мәлімдеді.", "Об этом заявили.", shipped,
                 "kk", "ru")
    assert ("missing", "warning", "ministry-of-foreign-affairs-of-russia") in kinds(said)
    # энергиясы is one: Ресей qualifies it, and a dropped Ресей is information.
    energy = check("Ресей энергиясы нарыққа түспейді.", "Энергия не дойдёт до рынка.", shipped,
                   "kk", "ru")
    assert ("modifier", "info", "russia") in kinds(energy)
