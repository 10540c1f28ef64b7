"""What an unmet need is (glossary.aids.termkinds): here, a concept standing for another through
the termbase's ``state`` (a capital, the Kremlin, an office holder), through check."""
from __future__ import annotations

import pytest

from glossary.aids.checking import check


def found(report, concept):
    return [(f.kind, f.severity, f.found) for f in report.findings if f.concept == concept]


@pytest.mark.parametrize("source, target, s, t, concept, word", [
    # the office holder for his state, by the surname alone or in full
    ("Kassym-Jomart Tokayev met them. Kazakhstan President expressed satisfaction.",
     "Касым-Жомарт Токаев встретился с ними. Токаев выразил удовлетворение.",
     "en", "ru", "kazakhstan", "Токаев"),
    ("President Kassym-Jomart Tokayev of Kazakhstan received the ambassadors.",
     "Президент Касым-Жомарт Токаев принял послов.", "en", "ru", "kazakhstan",
     "Касым-Жомарт Токаев"),
    # a capital for its state, the state for its capital, the capital for the Kremlin
    ("Moscow expects an answer.", "РФ ожидает ответа.", "en", "ru", "moscow", "РФ"),
    ("Russia expects an answer.", "Мәскеу жауап күтеді.", "en", "kk", "russia", "Мәскеу"),
    ("The Kremlin expects an answer.", "Москва ожидает ответа.", "en", "ru", "kremlin", "Москва"),
    # two at once: neither is a substitution for the other
    ("Кремль ответил на заявление Тбилиси.", "Moscow responded to Georgia's statement.", "ru",
     "en", "tbilisi", "Georgia's"),
])
def test_what_stands_for_a_concept_through_its_state_is_information(shipped, source, target, s,
                                                                    t, concept, word):
    assert found(check(source, target, shipped, s, t), concept) == [("metonymy", "info", word)]


@pytest.mark.parametrize("source, target, concept, kind", [
    # another state's president implies nothing of Kazakhstan
    ("Kazakhstan President expressed satisfaction.", "Путин выразил удовлетворение.",
     "kazakhstan", "missing"),
    # the source names the state itself: it stands for nothing else there
    ("Talks in Moscow strengthened Russia's ties.", "Переговоры укрепили связи России.",
     "moscow", "missing"),
    # the name dropped beside another state's title is missing
    ("Russian President Vladimir Putin arrived.", "Прибыл Президент Белоруссии.", "vladimir-putin",
     "missing"),
    # the office holder the source does not name, a person dropped for his state, a place
    ("Ukraine President addressed the nation.", "Президент Виктор Янукович обратился к нации.",
     "ukraine", "missing"),
    ("Sergei Lavrov criticised the move.", "Россия раскритиковала этот шаг.", "sergei-lavrov",
     "missing"),
    ("Migrants work in Russia.", "Мигранты работают в Москве.", "russia", "missing"),
    ("Kazakhstan rejected the proposal.", "Алматы отклонил предложение.", "kazakhstan",
     "missing"),
    # another state in its place is still a substitution
    ("Kazakhstan President expressed satisfaction.", "Президент Латвии выразил удовлетворение.",
     "kazakhstan", "substitution"),
])
def test_no_stand_in_keeps_the_finding(shipped, source, target, concept, kind):
    assert [k for k, _, _ in found(check(source, target, shipped, "en", "ru"), concept)] == [kind]


def test_a_capital_in_the_targets_dateline_stands_for_no_state(shipped):
    source = "Kazakhstan's Foreign Minister held a phone conversation with his Turkish counterpart."
    target = ("АСТАНА. KAZINFORM - Ресей Сыртқы істер министрі түріктік әріптесімен телефон арқылы "
              "сөйлесті.")
    report = check(source, target, shipped, "en", "kk")
    assert ("substitution", "kazakhstan", "Ресей") in {
        (f.kind, f.concept, f.found) for f in report.findings}


def test_his_own_states_title_may_stand_for_the_person(shipped):
    report = check("Russian President Vladimir Putin arrived.", "Прибыл Президент России.",
                   shipped, "en", "ru")
    assert [k for k, _, _ in found(report, "vladimir-putin")] == ["generic"]


def test_his_own_states_title_before_another_name_is_that_persons(shipped):
    report = check("During the talks with Russian President Vladimir Putin, ties were noted.",
                   "Во время переговоров с Президентом России Касым-Жомартом Токаевым отмечены связи.",
                   shipped, "en", "ru")
    assert [k for k, _, _ in found(report, "vladimir-putin")] in (["missing"], ["substitution"])


@pytest.mark.parametrize("source, target, s, t, concept, word", [
    # the title alone, no other state's, implies the state that names its office
    ("Қазақстан президенті экспедицияның нәтижелеріне жоғары баға берді.",
     "Президент высоко оценил результаты экспедиции.", "kk", "ru", "kazakhstan", "Президент"),
    ("Kazakhstan President met Putin.", "Президент встретился с Путиным.", "en", "ru",
     "kazakhstan", "Президент"),
    # "the capital" where the target names its state, and no other
    ("A plenary session of the CSTO summit is underway in Bishkek.",
     "В столице проходит пленарное заседание саммита ОДКБ, которое подводит итоги "
     "председательства Кыргызстана.", "en", "ru", "bishkek", "столице"),
    ("В Астане начался саммит ШОС.", "Елордадағы Тәуелсіздік сарайында Қазақстан "
     "төрағалығымен ШЫҰ саммиті өтіп жатыр.", "ru", "kk", "astana", "Елордадағы"),
    # its state named by a derived word
    ("The talks were held in Bishkek.", "Переговоры прошли в киргизской столице.", "en", "ru",
     "bishkek", "столице"),
    ("Переговоры прошли в Астане.", "The talks were held in the Kazakh capital.", "ru", "en",
     "astana", "the Kazakh capital"),
])
def test_a_pronoun_like_noun_the_reader_can_resolve_is_information(shipped, source, target, s, t,
                                                                   concept, word):
    assert found(check(source, target, shipped, s, t), concept) == [("generic", "info", word)]


@pytest.mark.parametrize("source, target, s, t, concept", [
    # another state owns the title, or names the capital
    ("Қазақстан президенті экспедицияның нәтижелеріне жоғары баға берді.",
     "Президент Узбекистана высоко оценил результаты экспедиции.", "kk", "ru", "kazakhstan"),
    ("Kazakhstan President praised the results.", "Өзбекстан Президенті нәтижелерге жоғары баға "
     "берді.", "en", "kk", "kazakhstan"),
    ("В Астане начался саммит ШОС.", "Қырғызстан елордасында Қазақстан төрағалығымен ШЫҰ "
     "саммиті өтіп жатыр.", "ru", "kk", "astana"),
    ("The summit is underway in Bishkek, Kyrgyzstan's capital.",
     "Саммит проходит в узбекской столице при председательстве Кыргызстана.", "en", "ru",
     "bishkek"),
    # the capital's state named nowhere, or two states just before: a reader cannot tell whose
    ("The summit is underway in Bishkek.", "Саммит проходит в столице.", "en", "ru", "bishkek"),
    ("Kazakhstan and Russia signed an agreement. The next round will be held in Moscow.",
     "Казахстан и Россия подписали соглашение. Следующий раунд пройдёт в столице.", "en", "ru",
     "moscow"),
    # capital as money
    ("Казахстан привлекает иностранный капитал в Астану.",
     "Kazakhstan is attracting foreign capital.", "ru", "en", "astana"),
    # a title of another office, of another state (Моңғолия), or with another's name after it
    ("The Foreign Minister of Kazakhstan met the delegation.", "Президент встретился с "
     "делегацией.", "en", "ru", "kazakhstan"),
    ("The President of Kazakhstan received the ambassadors.", "Моңғолия Президенті елшілерді "
     "қабылдады.", "en", "kk", "kazakhstan"),
    ("The President of Kazakhstan addressed the forum.", "Президент Садыр Жапаров форумда сөз "
     "сөйледі.", "en", "kk", "kazakhstan"),
])
def test_a_noun_that_may_be_anothers_keeps_the_finding(shipped, source, target, s, t, concept):
    kinds = [k for k, _, _ in found(check(source, target, shipped, s, t), concept)]
    assert kinds and kinds[0] in ("missing", "substitution")


@pytest.mark.parametrize("source, target, s, t, expected", [
    # the source names the United Nations only: the General Assembly is another body
    ("The founding of the United Nations was a solemn pledge to the world.",
     "При создании Генеральной Ассамблеи ООН народам мира было дано торжественное обещание.",
     "en", "ru", [("widened", "info", "Генеральной Ассамблеи ООН")]),
    ("При создании ООН народам мира было дано обещание.",
     "The founding of the UN General Assembly was a pledge.", "ru", "en",
     [("widened", "info", "UN General Assembly")]),
    # the source says "Assembly" in words the termbase lacks: the wider term is its translation
    ("The Assembly of the United Nations met in New York.",
     "Генеральная Ассамблея ООН собралась в Нью-Йорке.", "en", "ru", []),
    # the target names the United Nations by its own term too: the Assembly is an addition
    ("The United Nations marks the day.", "ООН отмечает этот день; Генеральная Ассамблея ООН "
     "приняла резолюцию.", "en", "ru", []),
])
def test_a_term_given_only_inside_a_wider_term_of_another_concept(shipped, source, target, s, t,
                                                                   expected):
    assert found(check(source, target, shipped, s, t), "united-nations") == expected


def test_the_capital_of_a_unit_is_read_in_that_unit_alone(shipped):
    from glossary.aids.report import Segment
    from glossary.aids.termcheck import check_segments

    segments = [Segment("Kyrgyzstan chairs the CSTO this year.", "Биыл ҰҚШҰ-ға Қырғызстан "
                        "төрағалық етеді.", 1, 1, unit="1"),
                Segment("The summit will be held in Bishkek.", "Саммит елордада өтеді.", 2, 2,
                        unit="2")]
    as_text = check_segments(segments, "en", "kk", shipped, window=1)
    as_units = check_segments(segments, "en", "kk", shipped, window=0)
    assert [f.kind for f in as_text.findings if f.concept == "bishkek"] == ["generic"]
    assert [f.kind for f in as_units.findings if f.concept == "bishkek"] == ["missing"]
