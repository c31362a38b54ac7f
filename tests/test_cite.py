"""Citations say who, where, when and the position of the quoted text, as plain text."""

from __future__ import annotations

from pipeline.cite import GENERAL_DEBATE, MEETING_COVERAGE, Source, citation, readable_date, year_of


def test_dates_read_as_people_write_them_and_a_missing_one_says_so() -> None:
    assert readable_date("2021-11-22") == "22 November 2021"
    assert readable_date("2005") == "2005"
    assert readable_date("") == "undated"
    assert (year_of("2021-11-22"), year_of("2005"), year_of(""), year_of("n.d.")) == (
        "2021",
        "2005",
        "",
        "",
    )


def test_a_general_debate_sentence_is_cited_by_corpus_file_and_offsets() -> None:
    source = Source(
        "General Debate speech, General Assembly 60th session",
        "2005",
        GENERAL_DEBATE,
        file="Session 60 - 2005/NGA_60_2005.txt",
    )
    assert citation(source, "Nigeria", "Nigeria", 1, 10234, 10480) == (
        "Nigeria, General Debate speech, General Assembly 60th session, 2005. UN General "
        "Debate Corpus (Baturo, Dasandi and Mikhaylov 2017), Session 60 - 2005/NGA_60_2005.txt, "
        "characters 10234–10480."
    )


def test_a_meeting_statement_names_the_speaker_as_written_and_the_state() -> None:
    source = Source("Adopting Political Declaration", "2021-11-22", MEETING_COVERAGE, "GA/12387")
    text = citation(source, "The representative of Norway", "Norway", 12, 5, 90)
    assert text.startswith('The representative of Norway (Norway), in "Adopting Political')
    assert "United Nations meetings coverage GA/12387, 22 November 2021, statement 12" in text


def test_an_undated_article_says_undated() -> None:
    source = Source("UNODC launches new action", "", "article", publisher="Maritime Fairtrade")
    assert "Maritime Fairtrade, undated, statement 1" in citation(source, "UNODC", "UNODC", 1, 0, 9)
