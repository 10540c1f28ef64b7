"""How a translation names a concept without its term (glossary.aids.termrefs), through check."""
from __future__ import annotations

import pytest

from glossary.aids.checking import check
from glossary.aids.termrefs import coordinated, generic, titled


def kinds(report, concept=None):
    return [(f.kind, f.severity) for f in report.findings if concept in (None, f.concept)]


def test_a_term_in_a_dropped_dateline_is_information(shipped):
    report = check("MOSCOW, January 12./TASS/. The CSTO will meet online.",
                   "Заседание ОДКБ пройдёт в режиме видеоконференции.", shipped, "en", "ru")
    assert kinds(report, "moscow") == [("dateline", "info")]


def test_a_person_named_by_the_surname_alone_has_the_equivalent(shipped):
    report = check("Президент Касым-Жомарт Токаев отметил рост торговли.",
                   "During the meeting, President Tokayev noted the growth of trade.",
                   shipped, "ru", "en")
    assert kinds(report, "kassym-jomart-tokayev") == []


def test_a_noun_the_source_lacks_may_stand_for_a_concept_named_before(shipped):
    # (more than three segments before, where "elsewhere" no longer reaches)
    filler_en = "It rained.\nThe roads were wet.\nThe delegates arrived late.\nLunch was served.\n"
    filler_kk = "Жаңбыр жауды.\nЖолдар су болды.\nДелегаттар кешігіп келді.\nТүскі ас берілді.\n"
    report = check("The SCO summit opened in Astana.\n" + filler_en
                   + "Tokayev said the SCO must act together.",
                   "ШЫҰ саммиті Астанада ашылды.\n" + filler_kk
                   + "Тоқаевтың айтуынша, ұйым бірге әрекет етуі керек.", shipped, "en", "kk")
    assert kinds(report, "sco") == [("generic", "info")]
    assert "ұйым" in report.findings[0].found


def test_a_noun_without_the_concept_named_before_keeps_the_warning(shipped):
    report = check("Tokayev said the SCO must act together.",
                   "Тоқаевтың айтуынша, ұйым бірге әрекет етуі керек.", shipped, "en", "kk")
    assert kinds(report, "sco") == [("missing", "warning")]


@pytest.mark.parametrize("source, target, s, t", [
    ("Президенты Казахстана и России обсудили ситуацию.",
     "Екі ел президенттері ахуалды талқылады.", "ru", "kk"),
    ("Russia and China agreed to cooperate.", "Обе страны договорились сотрудничать.", "en", "ru"),
    ("Ресей мен Қытай келісті.", "The two countries agreed.", "kk", "en"),
])
def test_states_the_target_names_together_are_information(shipped, source, target, s, t):
    report = check(source, target, shipped, s, t)
    assert {k for k in kinds(report) if k[0] != "modifier"} == {("collective", "info")}
    assert all(f.found for f in report.findings if f.kind == "collective")


@pytest.mark.parametrize("source, target, s, t", [
    # the source names them together too: its states still need their equivalents
    ("Тараптар, Ресей мен Қытай, келісті.", "The sides agreed.", "kk", "en"),
    # a third state is not among "the two"; «с другой стороны» names no group
    ("Kazakhstan and Uzbekistan discussed water from Kyrgyzstan.",
     "Тараптар су мәселесін талқылады.", "en", "kk"),
    ("On the other hand, Uzbekistan raised supplies.", "С другой стороны, поставки выросли.",
     "en", "ru"),
    # "со стороны" is no plural of сторона; organisations are no states
    ("Russia protested.", "Протест прозвучал со стороны МИД.", "en", "ru"),
    ("NATO and the CSTO agreed.", "Обе стороны договорились.", "en", "ru"),
])
def test_no_states_named_together_no_information(shipped, source, target, s, t):
    report = check(source, target, shipped, s, t)
    assert "missing" in {f.kind for f in report.findings}


@pytest.mark.parametrize("source, target, subject, langs, found", [
    ("Tokayev thanked the participants.", "Глава нашего государства поблагодарил участников.",
     "persons", ("en", "ru"), "Глава нашего государства"),
    ("Тоқаев алғыс айтты.", "The Head of State thanked them.", "persons", ("kk", "en"),
     "Head of State"),
    ("The SCO met.", "Ұйым жиналды.", "international organizations", ("en", "kk"), "Ұйым"),
    # a state as its own officials name it: "our country"
    ("He thanked the guest for the visit to Kazakhstan.", "Ол қонаққа елімізге келгені үшін алғыс "
     "айтты.", "states", ("en", "kk"), "елімізге"),
    ("Он поблагодарил гостя за визит в Казахстан.", "He thanked the guest for visiting our "
     "country.", "states", ("ru", "en"), "our country"),
    ("He thanked the guest for the visit to Kazakhstan.", "Он поблагодарил гостя за визит в нашу "
     "страну.", "states", ("en", "ru"), "нашу страну"),
    # "the country" alone is no stand-in: any country
    ("He thanked the guest for the visit to Kazakhstan.", "Он поблагодарил гостя за визит в "
     "страну.", "states", ("en", "ru"), ""),
    # the source has the noun too: it stands for something of its own
    ("President Tokayev thanked the President of France.", "Президент поблагодарил.",
     "persons", ("en", "ru"), ""),
])
def test_a_noun_the_source_lacks_may_stand_for_its_concept(source, target, subject, langs, found):
    assert generic(source, [], target, subject, langs) == found


def test_a_state_named_our_country_is_information_but_another_state_an_error(shipped):
    source = "He thanked the guest for the visit to Kazakhstan."
    ours = check(source, "Ол қонаққа елімізге келгені үшін алғыс айтты.", shipped, "en", "kk")
    assert kinds(ours, "kazakhstan") == [("generic", "info")]
    theirs = check(source, "Ол қонаққа Эстонияға келгені үшін алғыс айтты.", shipped, "en", "kk")
    assert kinds(theirs, "kazakhstan") == [("substitution", "error")]


def test_a_person_may_be_named_by_title_alone_in_official_style(shipped):
    report = check("In conclusion, Kassym-Jomart Tokayev thanked the participants.",
                   "В заключение Глава нашего государства поблагодарил участников.",
                   shipped, "en", "ru")
    assert kinds(report, "kassym-jomart-tokayev") == [("generic", "info")]


@pytest.mark.parametrize("text, state, office", [
    ("Kazakhstan President expressed satisfaction.", "Kazakhstan", True),
    ("Kazakhstan’s President spoke.", "Kazakhstan", True),
    ("President Kassym-Jomart Tokayev of Kazakhstan received them.", "Kazakhstan", True),
    ("the President of the Republic of Kazakhstan", "Kazakhstan", True),
    ("Президента Казахстана встретили.", "Казахстана", True),
    ("Қазақстан Республикасының Президенті сөйледі.", "Қазақстан", True),
    ("Talks with Tokayev in Kazakhstan continued.", "Kazakhstan", False),
    ("Kazakhstan exports grain.", "Kazakhstan", False),
    ("Президент Қасым-Жомарт Тоқаев Грузия туралы айтты.", "Грузия", False),  # no "of"
    ("Штраф составил 2000 долларов США.", "США", True),  # a currency
    ("It cost 5 million US dollars.", "US", True),
])
def test_a_state_may_name_a_titles_office(text, state, office):
    start = text.index(state)
    assert titled(text, start, start + len(state)) is office


def test_the_title_before_a_missing_name_is_the_targets_noun_for_it(shipped):
    """Head of State Kassym-Jomart Tokayev → глава государства: the title came with the name, so
    the target's noun is the person's; another president in the source still keeps the
    warning."""
    report = check("Opening the meeting, Head of State Kassym-Jomart Tokayev praised the talks.",
                   "Открывая встречу, глава государства высоко оценил переговоры.",
                   shipped, "en", "ru")
    assert kinds(report, "kassym-jomart-tokayev") == [("generic", "info")]
    report = check("Kassym-Jomart Tokayev thanked the President of France.", "Президент поблагодарил.",
                   shipped, "en", "ru")
    assert kinds(report, "kassym-jomart-tokayev") == [("missing", "warning")]


@pytest.mark.parametrize("source, target, s, t", [
    # "our country" is one state: Kazakhstan or China, not both gone at once
    ("President Tokayev said that Kazakhstan highly values its strategic partnership with China.",
     "Президент Тоқаев еліміз стратегиялық серіктестікті жоғары бағалайтынын айтты.", "en", "kk"),
    # the head of our state is a person, not the state
    ("Tokayev thanked Russia for its assistance in extinguishing the wildfires.",
     "Глава нашего государства поблагодарил за помощь в тушении пожаров.", "en", "ru"),
])
def test_our_country_stands_for_no_state_it_cannot_be(shipped, source, target, s, t):
    report = check(source, target, shipped, s, t)
    assert "generic" not in {f.kind for f in report.findings if f.concept in (
        "china", "russia", "kazakhstan")}



def test_an_agencys_dateline_is_no_substitute_for_the_place_the_source_names(shipped):
    source = "Беларусь президенті Александр Лукашенко саммитке қатысу үшін Астанаға келді."
    target = "МИНСК, 3 июля. /ТАСС/. Президент Белоруссии Александр Лукашенко прибыл в Астану."
    assert not {f.kind for f in check(source, target, shipped, "kk", "ru").findings} & {
        "substitution", "missing"}
    wrong = "МИНСК, 3 июля. /ТАСС/. Президент Белоруссии Александр Лукашенко прибыл в Баку."
    assert ("substitution", "astana", "Баку") in {
        (f.kind, f.concept, f.found) for f in check(source, wrong, shipped, "kk", "ru").findings}


@pytest.mark.parametrize("source, target", [
    # "the capital" may be another state's (an adjective, a dateline, a visit abroad say so):
    # a reader cannot tell which, so the name is missing
    ("The talks were held in Moscow.", "Переговоры прошли в столице Казахстана."),
    ("The talks were held in Astana.", "Переговоры прошли в узбекской столице."),
    ("The talks were held in Bishkek.", "Переговоры прошли в столице."),
    ("The talks were held in Almaty.", "Переговоры прошли в южной столице."),
])
def test_a_capital_named_only_the_capital_stays_missing(shipped, source, target):
    assert "missing" in {f.kind for f in check(source, target, shipped, "en", "ru").findings}


@pytest.mark.parametrize("source, target", [
    ("Tokayev Calls for Fight Against Terrorism", "Токаев призвал к сотрудничеству"),
    ("Kazakh FM Meets Secretary General of Shanghai Cooperation Organisation",
     "Глава МИД Казахстана встретился с генеральным секретарем"),
])
def test_a_headline_in_title_case_is_no_longer_name(shipped, source, target):
    assert "missing" in {f.kind for f in check(source, target, shipped, "en", "ru").findings}





@pytest.mark.parametrize("target, kinds_found", [
    # his own title with his own state: the name left to the title
    ("The President of Belarus has left for Uzbekistan on an official visit.",
     {("generic", "alexander-lukashenko")}),
    # another state's president: someone else
    ("The President of Kazakhstan has left for Uzbekistan on an official visit.",
     {("missing", "alexander-lukashenko")}),
])
def test_a_title_with_the_persons_own_state_may_stand_for_him(shipped, target, kinds_found):
    source = "Президент Беларуси Александр Лукашенко направился с официальным визитом в Узбекистан."
    found = {(f.kind, f.concept) for f in check(source, target, shipped, "ru", "en").findings}
    assert kinds_found <= found


@pytest.mark.parametrize("source, target, s, t, concept, found", [
    # a dateline the source has too is translated, and checked
    ("BISHKEK, January 1. /TASS/. Kyrgyzstan took over the SCO chairmanship.",
     "ТАШКЕНТ, 1 января. /ТАСС/. Кыргызстан принял председательство в ШОС.", "en", "ru",
     "bishkek", "ТАШКЕНТ"),
    # in title case with an English month, a dateline is the source's own
    ("Astana, 3 July 2025 – President Kassym-Jomart Tokayev received the CSTO Secretary General.",
     "МОСКВА, 3 июля. /ТАСС/. Президент Касым-Жомарт Токаев принял генсека ОДКБ.", "en", "ru",
     "astana", "МОСКВА"),
    # a wrong acronym beside a Russian gloss: the gloss does not excuse it
    ("The Collective Security Treaty Organization summit will be held in Astana in November.",
     "ШЫҰ саммиті (ОДКБ) қарашада Астанада өтеді.", "en", "kk", "csto", "ШЫҰ"),
])
def test_a_substitution_beside_a_dateline_or_a_gloss(shipped, source, target, s, t, concept,
                                                     found):
    assert ("substitution", concept, found) in {
        (f.kind, f.concept, f.found) for f in check(source, target, shipped, s, t).findings}


@pytest.mark.parametrize("text, expected, found", [
    ("повестку предстоящих саммитов ШОС и ОДКБ, которые", ("саммит ОДКБ",), "саммитов ШОС и ОДКБ"),
    ("борьба с экстремизмом и терроризмом", ("борьба с терроризмом",),
     "борьба с экстремизмом и терроризмом"),
    ("мягкой и жесткой силы", ("мягкая сила",), "мягкой и жесткой силы"),
    ("саммит ШОС в Астане", ("саммит ОДКБ",), ""),
    ("саммит ШОС и встреча ОДКБ", ("саммит ОДКБ",), ""),  # another head after the conjunction
    # no list: the word after the conjunction is none of the term's
    ("терроризм мен қарулы күреске", ("терроризмге қарсы күрес",), ""),
    # a clause is no list
    ("Саммит ШОС в Минске, в котором участвовали Беларусь и ОДКБ", ("саммит ОДКБ",), ""),
])
def test_a_term_with_a_coordinated_list_between_its_words(text, expected, found):
    assert coordinated(text, expected) == found


@pytest.mark.parametrize("target, t", [
    ("Стороны обсудили борьбу с экстремизмом и терроризмом.", "ru"),
    ("Тараптар терроризмге, сепаратизмге және экстремизмге қарсы күрес мәселелерін талқылады.",
     "kk"),
])
def test_a_term_added_inside_the_list_takes_no_place(shipped, target, t):
    report = check("The sides discussed the fight against terrorism.", target, shipped, "en", t)
    assert {(f.kind, f.concept) for f in report.findings} == {("added", "extremism")} | (
        {("added", "separatism")} if t == "kk" else set())


@pytest.mark.parametrize("target, kind", [
    # in Kazakh the owner comes before the title: an organisation after it is no owner
    ("Мұны Мемлекет басшысы ҰҚШҰ сессиясында айтты.", "generic"),
    # nor a place's name before its kind
    ("Мұны Мемлекет басшысы Ханчжоу қаласындағы ҰҚШҰ сессиясында айтты.", "generic"),
    # nor an institution in the genitive or a person in the accusative (the title's object)
    ("Мұны Мемлекет басшысы Парламент Сенатының төрағасымен ҰҚШҰ сессиясында айтты.", "generic"),
    ("Мұны Мемлекет басшысы Асқар Омаровпен ҰҚШҰ сессиясында айтты.", "generic"),
    # but a word that only begins as a kind (көлік is no көлі) is a name's neighbour
    ("Мұны Президент Мирзиёев көлік дәліздері туралы ҰҚШҰ сессиясында айтты.", "missing"),
    # another state before the title owns it
    ("Мұны Өзбекстан Президенті ҰҚШҰ сессиясында айтты.", "missing"),
    ("Мұны Ресей Президенті ҰҚШҰ-ның сессиясында айтты.", "missing"),
    # a name after it is the title's holder, someone else
    ("Мұны Мемлекет басшысы Асқар Омаров ҰҚШҰ сессиясында айтты.", "missing"),
    ("Мұны Ресей Президенті Владимир Путин ҰҚШҰ сессиясында айтты.", "substitution"),
])
def test_a_kazakh_title_before_an_organisation_may_stand_for_the_person(shipped, target, kind):
    source = "Head of State Kassym-Jomart Tokayev said this at the CSTO session."
    found = {f.kind for f in check(source, target, shipped, "en", "kk").findings
             if f.concept == "kassym-jomart-tokayev"}
    assert found == {kind}


@pytest.mark.parametrize("source, target, s, kind", [
    # a name after the title in another case is someone he acts with, not the holder
    ("Kassym-Jomart Tokayev held a telephone conversation with Vladimir Putin.",
     "Мемлекет басшысы Владимир Путинмен телефон арқылы сөйлесті.", "en", "generic"),
    # another's title beside his own leaves his own free
    ("Касым-Жомарт Токаев провел переговоры с президентом Турции Реджепом Тайипом Эрдоганом.",
     "Мемлекет басшысы Түркия Президенті Режеп Тайып Ердоғанмен келіссөз жүргізді.", "ru",
     "generic"),
    # a place in a case of place after the title is no name
    ("Kassym-Jomart Tokayev spoke at the forum in St Petersburg.",
     "Мемлекет басшысы Санкт-Петербургтегі форумда сөз сөйледі.", "en", "generic"),
    # only another's title: missing
    ("Kassym-Jomart Tokayev met Shavkat Mirziyoyev.",
     "Өзбекстан Президенті Шавкат Мирзиёевпен кездесті.", "en", "missing"),
])
def test_a_title_beside_another_persons_name_or_title(shipped, source, target, s, kind):
    found = {f.kind for f in check(source, target, shipped, s, "kk").findings
             if f.concept == "kassym-jomart-tokayev"}
    assert found == {kind}
