"""Codebook §3, §5, §6: when a category applies — one test per rule and trap.

Texts are single statements of the State they describe (§6); ``topic_tie=True`` stands for
a statement made in a meeting on trafficking (§5).
"""

from __future__ import annotations

import pytest

from pipeline.tag import Speaker, tag_text

STATE = Speaker(kind="state")


def tags(text: str, *, tie: bool = True, speaker: Speaker = STATE) -> dict[str, str]:
    return {m.category: m.status for m in tag_text(text, speaker, topic_tie=tie)}


# --- each category applies, with its status -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Government amended the Penal Code to raise penalties for trafficking.",
            {"legislation": "in_place"},
        ),
        (
            "The minimum penalty for trafficking was increased from four to six years.",
            {"legislation": "in_place"},
        ),
        (
            "Algeria is finalizing a new law to prosecute perpetrators.",
            {"legislation": "in_progress"},
        ),
        ("Her Government created a shelter for victims of trafficking.", {"shelters": "in_place"}),
        ("It intends to open a dedicated shelter for female victims.", {"shelters": "planned"}),
        (
            "It is stepping up support for centres that provide refuge for victims.",
            {"shelters": "in_place"},
        ),
        (
            "Greece launched a national referral mechanism in 2019.",
            {"referral_mechanism": "in_place"},
        ),
        (
            "It has created an inter-institutional action protocol to help victims.",
            {"referral_mechanism": "in_place"},
        ),
        (
            "Luxembourg is drafting its second national action plan against human trafficking.",
            {"action_plan": "in_progress"},
        ),
        ("Austria pointed to a triannual action plan.", {"action_plan": "in_place"}),
        (
            "The European Union will adopt a new Strategy on Combating Trafficking in Persons.",
            {"action_plan": "planned"},
        ),
        (
            "China announced the release of a platform on missing children.",
            {"tech_partnership": "in_place"},
        ),
        (
            "Israel harnesses the same technologies misused by criminals to boost its response.",
            {"tech_partnership": "in_place"},
        ),
        (
            "The Government plans to strengthen the dialogue with Internet and tech companies.",
            {"tech_partnership": "planned"},
        ),
    ],
)
def test_category_and_status(text: str, expected: dict[str, str]) -> None:
    assert tags(text) == expected


def test_several_measures_of_one_category_most_advanced_status_wins() -> None:
    text = (
        "The Government is drafting amendments to its trafficking law. "
        "It also enacted a law prohibiting child marriage."
    )
    assert tags(text) == {"legislation": "in_place"}
    (measure,) = tag_text(text, STATE, topic_tie=True)
    assert measure.evidence == "It also enacted a law prohibiting child marriage."


def test_multi_label_statement() -> None:
    text = (
        "She highlighted a revision to the National Referral Mechanism, the drafting of a new "
        "National Action Plan, as well as the intention to open a dedicated shelter."
    )
    assert tags(text) == {
        "referral_mechanism": "in_place",
        "action_plan": "in_progress",
        "shelters": "planned",
    }


# --- traps: not the speaker's own measure -----------------------------------------------------


def test_advocacy_is_not_a_measure() -> None:
    assert tags("Governments must enforce anti-trafficking laws.") == {}
    assert tags("She urged States to adopt national action plans.") == {}


def test_question_naming_a_measure_is_not_a_measure() -> None:
    assert (
        tags(
            "The speaker for India asked about the use of information technology to "
            "identify victims."
        )
        == {}
    )
    assert tags("Is a national referral mechanism the best way to protect victims?") == {}


def test_describing_the_problem_is_not_a_measure() -> None:
    assert tags("Traffickers use technology to profile, recruit and exploit victims.") == {}
    assert tags("The right laws can also help curb trafficking.") == {}


def test_another_states_measures_are_not_the_speakers() -> None:
    assert tags("Many countries are criminalizing trafficking.") == {}
    assert (
        tags(
            "While nearly all States parties have enacted national legislation "
            "criminalizing trafficking, responses vary."
        )
        == {}
    )
    other = Speaker(kind="state", names=("ireland",), other_actor_names=("italy",))
    assert tags("Italy adopted a new national action plan.", speaker=other) == {}


def test_partner_named_after_with_does_not_make_it_someone_elses_measure() -> None:
    assert tags("It is working with tech companies to develop e-tools that identify victims.") == {
        "tech_partnership": "in_place"
    }


def test_organization_needs_to_speak_of_its_own_work() -> None:
    org = Speaker(kind="organization", names=("unodc", "united nations office on drugs and crime"))
    assert (
        tags(
            "Partnerships with tech companies can keep traffickers from preying on the vulnerable.",
            speaker=org,
        )
        == {}
    )
    assert tags(
        "UNODC is working with technology companies to identify trafficking cases.", speaker=org
    ) == {"tech_partnership": "in_place"}


# --- denial and presupposition ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The country has no functioning referral system.",
        "The Government continued to lack procedures to identify victims.",
        "The Government has not adopted a national action plan.",
        "Parliament did not adopt the draft amendments on trafficking.",
        "The shelter remained inoperative.",
        "The Government did not fund shelters.",
    ],
)
def test_denied_measure_is_not_applied(text: str) -> None:
    assert tags(text) == {}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Courts have never convicted a trafficker under the 2011 anti-trafficking law.",
            "legislation",
        ),
        ("The Government did not allocate funding to its national action plan.", "action_plan"),
        (
            "The Government applied its victim identification procedures inconsistently.",
            "referral_mechanism",
        ),
        (
            "Parliament did not adopt the draft amendments to its 2014 anti-trafficking law.",
            "legislation",
        ),
    ],
)
def test_presupposed_measure_under_negation_is_applied_in_place(text: str, category: str) -> None:
    assert tags(text) == {category: "in_place"}


def test_reported_gaps_are_not_measures() -> None:
    org = Speaker(kind="organization", names=("unhcr",))
    text = "It highlights protection gaps in Mali – notably in shelter for trafficking survivors."
    assert tags(text, speaker=org) == {}


# --- category boundaries ----------------------------------------------------------------------


def test_plan_to_stop_child_trafficking_online_is_a_plan_but_not_tech() -> None:
    text = "He outlined the development of a national action plan to stop child trafficking online."
    assert tags(text) == {"action_plan": "in_progress"}


def test_training_frontline_workers_to_identify_victims_is_not_a_referral_mechanism() -> None:
    text = (
        "It trains frontline workers and police with the skills to identify victims of trafficking."
    )
    assert "referral_mechanism" not in tags(text)


def test_hotlines_between_countries_are_not_a_referral_mechanism() -> None:
    assert tags("It set up hotlines with counterparts from 34 countries.") == {}


def test_victim_assistance_without_accommodation_is_not_a_shelter() -> None:
    assert tags("Malta pointed to the development of victim assistance services.") == {}


def test_law_enforcement_is_not_legislation() -> None:
    assert tags("Law enforcement authorities received training on trafficking.") == {}


def test_global_plan_of_action_is_not_the_speakers_plan() -> None:
    assert tags("The Global Plan of Action established a trust fund for victims.") == {}


# --- §5: texts not about trafficking as a whole -------------------------------------------------


def test_measure_without_trafficking_tie_does_not_count_outside_a_trafficking_meeting() -> None:
    assert tags("The Government adopted a national action plan.", tie=False) == {}
    assert tags(
        "The Government adopted a national action plan against human trafficking.", tie=False
    ) == {"action_plan": "in_place"}


def test_tie_may_come_from_the_previous_sentence() -> None:
    text = "Forced labour remains a concern. The Government therefore enacted a new law."
    assert tags(text, tie=False) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The Government adopted a national action plan on climate change.",
        "Parliament passed a law on drug trafficking.",
        "The Government launched a digital platform for tax returns.",
    ],
)
def test_measures_on_other_topics_never_count(text: str) -> None:
    assert tags(text, tie=False) == {}
    assert tags(text, tie=True) == {}


def test_evidence_is_the_exact_sentence_with_offsets() -> None:
    text = "Trafficking is rising.  In 2018, the penalty for trafficking was increased.  Thanks."
    (measure,) = tag_text(text, STATE, topic_tie=True)
    assert text[measure.start : measure.end] == measure.evidence
    assert measure.evidence == "In 2018, the penalty for trafficking was increased."
