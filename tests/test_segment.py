"""Codebook §1: what a statement is and who it belongs to — one test per rule and trap."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.meta import ARTICLE, MEETING_COVERAGE
from pipeline.segment import Segmentation, paragraphs, segment, sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def speakers(result: Segmentation) -> list[tuple[str, str]]:
    return [
        (st.entity.name if st.entity else st.speaker, st.entity.kind if st.entity else "unresolved")
        for st in result.statements
    ]


def texts(text: str, result: Segmentation) -> list[str]:
    return [text[st.start : st.end] for st in result.statements]


def test_name_with_country_in_brackets_speaks_for_that_state() -> None:
    text = "HORACE CHANG (Jamaica) reiterated his country's commitment to fight trafficking."
    result = segment(text, MEETING_COVERAGE)
    assert speakers(result) == [("Jamaica", "state")]
    assert result.statements[0].entity.iso3 == "JAM"  # type: ignore[union-attr]


def test_name_with_title_speaks_for_the_state_in_the_title() -> None:
    text = (
        "MARTA LUCIA RAMIREZ, Vice President and Minister for Foreign Affairs of Colombia, "
        "noting that the Declaration will favour partnerships, called for prevention."
    )
    assert speakers(segment(text, MEETING_COVERAGE)) == [("Colombia", "state")]


def test_representative_delegate_and_speaker_forms() -> None:
    text = (
        "The representative of Slovakia said cooperation matters.\n\n"
        "Croatia’s delegate labelled trafficking a modern form of slavery.\n\n"
        "The speaker for India, highlighting his country’s initiatives, asked about technology.\n\n"
        "The delegate for Canada said national strategies need to adapt.\n\n"
        "Qatar’s Minister of Labour said his country abolished exit permits."
    )
    assert [s for s, _ in speakers(segment(text, MEETING_COVERAGE))] == [
        "Slovakia",
        "Croatia",
        "India",
        "Canada",
        "Qatar",
    ]


def test_presiding_officer_does_not_speak_for_the_country_in_brackets() -> None:
    text = (
        "General Assembly President Abdulla Shahid (Maldives) said trafficking is a severe "
        "human rights violation."
    )
    result = segment(text, MEETING_COVERAGE)
    assert speakers(result) == [("President of the General Assembly", "office")]
    assert all(e.iso3 != "MDV" for e, _ in result.participants.values())


def test_panel_chair_in_brackets_is_the_chair_not_the_country() -> None:
    text = (
        "The first panel was chaired by José Alfonso Blanco Conde (Dominican Republic).\n\n"
        "Mr. BLANCO CONDE asked how demand can be reduced."
    )
    assert speakers(segment(text, MEETING_COVERAGE)) == [("Panel chair", "office")]


def test_several_speakers_in_one_floor_paragraph_are_split_at_each_opening() -> None:
    text = (
        "The representative of the Democratic Republic of the Congo said parents need help.  "
        "The representative of Brazil said new policies need to be established.  "
        "The delegate for Canada said national strategies need to adapt.  "
        "There should be more public-private partnerships."
    )
    result = segment(text, MEETING_COVERAGE)
    assert [s for s, _ in speakers(result)] == [
        "Democratic Republic of the Congo",
        "Brazil",
        "Canada",
    ]
    assert texts(text, result)[2].endswith("more public-private partnerships.")
    assert result.statements[0].entity.iso3 == "COD"  # type: ignore[union-attr]


def test_statement_continues_over_paragraphs_that_report_the_same_speaker() -> None:
    text = (
        "AMINA MOHAMMED, Deputy Secretary-General of the United Nations, said action is needed.\n\n"
        "As a crime hidden in plain sight, trafficking has moved online, she said.\n\n"
        "The Assembly then adopted the resolution.\n\n"
        "The representative of Hungary disassociated herself from the paragraphs."
    )
    result = segment(text, MEETING_COVERAGE)
    assert speakers(result) == [("United Nations", "organization"), ("Hungary", "state")]
    first = texts(text, result)[0]
    assert first.endswith("she said.") and "adopted the resolution" not in first


def test_paragraph_repeated_word_for_word_is_counted_once() -> None:
    paragraph = "The representative of Belarus asked whether trafficking can be eradicated."
    text = f"{paragraph}\n\nThe representative of Brazil said policies are needed.\n\n{paragraph}"
    result = segment(text, MEETING_COVERAGE)
    assert [s for s, _ in speakers(result)] == ["Belarus", "Brazil"]
    assert len(paragraphs(text)) == 2


def test_statement_repeated_inside_a_longer_paragraph_is_counted_once() -> None:
    repeated = "The representative of Australia said technology can help survivors."
    text = (
        f"In the ensuing discussion, delegates queried panellists.  {repeated}\n\n"
        f"The representative of Brazil said policies are needed.\n\n{repeated}"
    )
    assert [s for s, _ in speakers(segment(text, MEETING_COVERAGE))] == ["Australia", "Brazil"]


def test_joint_sentence_naming_four_countries_gives_each_a_statement() -> None:
    text = (
        "The representatives of Algeria, Democratic Republic of the Congo, Dominican Republic "
        "and Peru said part of their efforts include newly adopted laws."
    )
    result = segment(text, MEETING_COVERAGE)
    assert [st.entity.iso3 for st in result.statements] == ["DZA", "COD", "DOM", "PER"]  # type: ignore[union-attr]
    assert len({(st.start, st.end) for st in result.statements}) == 1


def test_lead_summary_restating_a_later_statement_is_dropped() -> None:
    text = (
        "Greece’s delegate said steps include a national referral mechanism launched in 2019.\n\n"
        "Statements\n\n"
        "MILTIADIS VARVITSIOTIS (Greece) said Greece launched a national referral mechanism."
    )
    result = segment(text, MEETING_COVERAGE)
    assert len(result.statements) == 1
    assert result.statements[0].speaker == "MILTIADIS VARVITSIOTIS"


def test_lead_summary_statement_not_restated_is_kept() -> None:
    text = (
        "Peru’s delegate said new laws were adopted.\n\n"
        "Statements\n\n"
        "MILTIADIS VARVITSIOTIS (Greece) said Greece launched a national referral mechanism."
    )
    assert [s for s, _ in speakers(segment(text, MEETING_COVERAGE))] == ["Peru", "Greece"]


def test_also_delivering_statements_list_gives_participants_without_content() -> None:
    text = (
        "The representative of Ghana said laws were enacted.\n\n"
        "Also delivering statements were Government ministers and representatives of Sierra "
        "Leone, Trinidad and Tobago, the United States, Niger and Nigeria."
    )
    result = segment(text, MEETING_COVERAGE)
    listed = {e.iso3: reported for e, reported in result.participants.values()}
    assert listed == {
        "GHA": True,
        "SLE": False,
        "TTO": False,
        "USA": False,
        "NER": False,
        "NGA": False,
    }
    assert len(result.statements) == 1


def test_observer_and_right_of_reply_lists_are_participants() -> None:
    text = (
        "Representatives of Holy See and the League of Arab States spoke in their capacity as "
        "observers.\n\nSpeaking in the exercise of the right of reply were representatives of "
        "Greece and Belarus."
    )
    result = segment(text, MEETING_COVERAGE)
    assert sorted((e.name, e.kind) for e, _ in result.participants.values()) == [
        ("Belarus", "state"),
        ("Greece", "state"),
        ("Holy See", "observer"),
        ("League of Arab States", "observer"),
    ]


def test_countries_only_mentioned_are_not_speakers() -> None:
    text = (
        "YLVA JOHANSSON, a representative of the European Union, in its capacity as observer, "
        "said the dire situation in Belarus increases the risk of trafficking.  "
        "It condemned the exploitation of migrants by Belarus."
    )
    result = segment(text, MEETING_COVERAGE)
    assert speakers(result) == [("European Union", "observer")]
    assert {e.name for e, _ in result.participants.values()} == {"European Union"}


def test_unresolved_speaker_is_reported_not_dropped_or_guessed() -> None:
    text = (
        "It featured presentations by Hannah Darnton, Associate Director of the Business for "
        "Social Responsibility.\n\nMs. DARTON said collaboration is needed."
    )
    result = segment(text, MEETING_COVERAGE)
    assert speakers(result) == [("Ms. DARTON", "unresolved")]
    assert [(u.name, text[u.start : u.end]) for u in result.unresolved] == [
        ("Ms. DARTON", "Ms. DARTON")
    ]


def test_article_quotes_form_one_statement_per_speaker() -> None:
    text = (
        "Human trafficking is growing, Secretary-General António Guterres said on Friday.\n"
        "Conflicts have left millions vulnerable.\n"
        "“Traffickers exploit victims online,” explained the UN chief.\n"
        "In her message, the head of the UN Office on Drugs and Crime (UNODC), Ghada Waly, spoke.\n"
        "“We must act,” said Ms. Waly.\n"
        "The report was released on Friday."
    )
    result = segment(text, ARTICLE)
    assert speakers(result) == [
        ("United Nations", "organization"),
        ("United Nations Office on Drugs and Crime", "organization"),
    ]
    guterres, waly = texts(text, result)
    assert guterres.endswith("explained the UN chief.")
    assert waly.endswith("said Ms. Waly.")


def test_sentences_do_not_split_after_titles() -> None:
    text = "Mr. CHATZIS said one thing.  Ms. DARNTON said another."
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == [
        "Mr. CHATZIS said one thing.",
        "Ms. DARNTON said another.",
    ]


def test_seed_meeting_coverage_statements_and_participants() -> None:
    text = (SEEDS / "003_ad5e1fdf5d9536eb.txt").read_text(encoding="utf-8")
    result = segment(text, MEETING_COVERAGE)
    names = [st.entity.name for st in result.statements if st.entity]
    # the lead summary restates every body statement: none of it survives
    assert all(not st.in_lead for st in result.statements)
    assert names.count("Greece") == 3  # plenary, panel I (joint with Australia), panel II
    assert "Maldives" not in names  # the President's own nationality
    assert names.count("European Union") == 3  # plenary, panel I, panel II (repeat dropped)
    reported = {e.name: r for e, r in result.participants.values()}
    assert reported["Colombia"] is True and reported["China"] is True


# --- codebook §7: presiding officers in every form, datelines, hidden characters -------------


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "ABDULLA SHAHID (Maldives), President of the General Assembly, said trafficking "
            "was a crime.",
            "President of the General Assembly",
        ),
        (
            "TAYE ATSKE SELASSIE (Ethiopia), Vice-Chair of the Committee, presiding, opened the "
            "meeting.",
            "Committee chair",
        ),
        (
            "The Committee Chair, Mohamed Siad Doualeh (Djibouti), said the session was open.",
            "Committee chair",
        ),
    ],
)
def test_presiding_officers_speak_for_their_office_in_every_form(text: str, office: str) -> None:
    text += "\nThe representative of Ghana said his Government had adopted a law."
    result = segment(text, MEETING_COVERAGE)
    assert speakers(result) == [(office, "office"), ("Ghana", "state")]
    assert {e.name for e, _ in result.participants.values() if e.kind == "state"} == {"Ghana"}


def test_a_dateline_is_not_a_speaker() -> None:
    text = (
        "NEW YORK, 16 August -- The Security Council met today on trafficking.\n"
        "The representative of Ghana said his Government had adopted a law."
    )
    assert speakers(segment(text, MEETING_COVERAGE)) == [("Ghana", "state")]


@pytest.mark.parametrize("name", ["Gha\u200bna", "G\u0430na", "Fr\u0430nce", "Gha\u202ena"])
def test_a_speaker_name_with_hidden_or_look_alike_letters_is_reported(name: str) -> None:
    text = f"{name}'s delegate said his Government had adopted a law."
    result = segment(text, MEETING_COVERAGE)
    assert [u.name for u in result.unresolved] == [name]
    assert [st.entity for st in result.statements] == [None]


def test_presiding_officers_speak_for_an_office_not_as_an_organization() -> None:
    """Codebook §7: the President of the General Assembly and a panel chair are offices of
    their organ; neither a State nor an organization named "Panel chair"."""
    from pipeline.segment import presiding_entity

    for text in (
        "President of the General Assembly",
        "ABDULLA SHAHID (Maldives), President of the General Assembly",
        "Chaired by",
    ):
        entity = presiding_entity(text)
        assert entity is not None and entity.kind == "office", text
