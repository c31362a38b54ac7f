"""The classes of error real UN prose exposed (issue #6), one test per class and trap.

The sentences are written for these tests in the style of the real passages, never copied
from the labelled dev or test splits, so the tests check the rule and not a memorised line.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from pipeline.__main__ import main
from pipeline.build import speaker_named
from pipeline.split import sentences, unwrap_lines
from pipeline.tag import RULES, Speaker, build_nlp, explain_doc, tag_text

STATE = Speaker(kind="state")


def tags(text: str, *, tie: bool = True, speaker: Speaker = STATE) -> dict[str, str]:
    return {m.category: m.status for m in tag_text(text, speaker, topic_tie=tie)}


# --- scope and predicate ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "All citizens are equal before the law, and trafficking in persons is a crime.",
        "Trafficking in persons must be fought in accordance with international law.",
        "Traffickers were met with the full power of the law.",
        "Legislation must be revised, he stressed, to protect victims of trafficking.",
        "Most traffickers are prosecuted under non-trafficking statutes.",
        "It deployed more law-enforcement officers to fight trafficking.",
        "We support the rapid entry into force of the Rome Statute to end impunity for slavery.",
    ],
)
def test_a_generic_mention_of_law_or_a_call_is_not_a_measure(text: str) -> None:
    assert tags(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The Government adopted a law on narcotics and drug-trafficking.",
        "We have strict laws to punish drug traffickers.",
        "Our national action plan on climate change was adopted last year.",
    ],
)
def test_a_law_or_plan_on_another_subject_is_not_a_measure(text: str) -> None:
    assert tags(text, tie=False) == {}


def test_penalties_count_when_set_or_changed_not_when_criticised() -> None:
    assert tags("The minimum penalty for trafficking was increased to eight years.") == {
        "legislation": "in_place"
    }
    assert tags("Its failure to apply effective criminal penalties against traffickers.") == {}


# --- own vs others (§3, §6) ------------------------------------------------------------------


def test_a_speaker_welcoming_another_states_measure_reports_nothing() -> None:
    text = (
        "Norway welcomed the referral mechanism that Ghana set up in 2019 for trafficking victims."
    )
    assert tags(text, speaker=speaker_named("Norway", text) or STATE) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Adopt a national action plan against trafficking in persons (Chile).",
        "Establish shelters for victims of trafficking, in particular children (Mexico).",
    ],
)
def test_a_recommendation_addressed_to_another_state_is_a_call(text: str) -> None:
    assert tags(text) == {}


def test_a_source_that_reports_is_not_the_actor() -> None:
    text = "NGOs report that laws against human trafficking remain unenforced."
    assert tags(text) == {"legislation": "in_place"}


def test_shelters_run_by_others_count_only_when_the_state_funds_them() -> None:
    assert tags("Authorities refer identified trafficking victims to NGO shelters.") == {}
    assert tags(
        "The government provided funding to two NGO-run shelters for trafficking victims."
    ) == {"shelters": "in_place"}


def test_an_informal_procedure_is_not_a_referral_mechanism() -> None:
    text = "The government established an informal referral procedure for trafficking victims."
    assert tags(text) == {}


# --- denial and closure ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The shelter for trafficking victims was closed in 2015.",
        "The government abolished its shelter for trafficking victims in 2016.",
        "The authorities suspended the national referral mechanism in 2014.",
        "It noted the lack of procedures to identify victims of trafficking.",
        "The country continues to lack a formal, nationwide procedure to identify victims.",
        "Authorities did not investigate, prosecute, or operationalize victim identification "
        "procedures.",
        "The government-run shelter for trafficking victims remained non-functional.",
        "Formal victim identification and referral procedures were not developed.",
        "Funding for the two NGO-operated shelters was cut, forcing them to close.",
        "Its law does not prohibit all forms of trafficking.",
        "The government refused to provide services to foreign victims, at times including "
        "shelter.",
    ],
)
def test_a_denied_closed_or_lacking_measure_is_not_applied(text: str) -> None:
    assert tags(text) == {}


def test_abolishing_exit_permits_is_itself_the_measure() -> None:
    assert tags("Qatar abolished exit permits for migrant workers.") == {"legislation": "in_place"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The government made no attempt to implement its anti-trafficking law.", "legislation"),
        ("Courts were hampered by judges' lack of familiarity with the anti-trafficking law.",
         "legislation"),
        ("The government passed but did not gazette regulations for 2012 legislation "
         "prohibiting human trafficking.", "legislation"),
        ("No progress has been made in implementing the country's 2008 national action plan "
         "on trafficking.", "action_plan"),
        ("The government did not fully implement its national victim referral mechanism.",
         "referral_mechanism"),
    ],
)  # fmt: skip
def test_a_measure_presupposed_while_criticised_is_in_place(text: str, category: str) -> None:
    assert tags(text) == {category: "in_place"}


# --- status ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A bill that would extend victim protection to trafficking survivors is before the "
            "National Assembly.",
            {"legislation": "in_progress"},
        ),
        (
            "A national referral mechanism is being set up, which will guide police in "
            "identifying trafficking victims.",
            {"referral_mechanism": "in_progress"},
        ),
        (
            "A draft national action plan against human trafficking remains incomplete.",
            {"action_plan": "in_progress"},
        ),
        (
            "A system for identifying victims and referring them to care providers was not "
            "finalized.",
            {"referral_mechanism": "in_progress"},
        ),
        (
            "Guidelines for victim identification and guidance on investigations are still "
            "pending.",
            {"referral_mechanism": "in_progress"},
        ),
        (
            "The Government adopted a draft law that amends the criminal code on trafficking.",
            {"legislation": "in_place"},
        ),
    ],
)
def test_status_follows_the_main_predicate(text: str, expected: dict[str, str]) -> None:
    assert tags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Government ratified the Palermo Protocol in 2005.",
        "We acceded to the Protocol to Prevent, Suppress and Punish Trafficking in Persons.",
    ],
)
def test_ratifying_a_treaty_is_not_legislation(text: str) -> None:
    assert tags(text) == {}


def test_a_law_adopted_to_implement_a_treaty_is_legislation() -> None:
    assert tags("In 2010 it adopted a law to implement the Palermo Protocol.") == {
        "legislation": "in_place"
    }


# --- evidence --------------------------------------------------------------------------------


def test_semicolon_narratives_give_the_clause_that_carries_the_measure() -> None:
    text = (
        "the country is a source of trafficking victims; the government adopted a national "
        "action plan in 2012; it did not open any shelters; authorities continued to implement "
        "victim identification procedures (2013)"
    )
    measures = tag_text(text, STATE, topic_tie=True)
    assert {m.category: m.evidence for m in measures} == {
        "action_plan": "the government adopted a national action plan in 2012",
        "referral_mechanism": "authorities continued to implement victim identification "
        "procedures (2013)",
    }
    assert all(text[m.start : m.end] == m.evidence for m in measures)


def test_hyphenated_cues_match_through_the_same_tokenizer() -> None:
    assert tags("The shelter for trafficking victims was non-functional all year.") == {}


def test_a_line_wrap_inside_a_sentence_does_not_hide_a_cue_or_an_exclusion() -> None:
    """General Debate speeches and pages converted from PDF wrap lines mid-sentence; spaCy
    makes each line end a token, which used to split "referral ⏎ mechanism" and "law ⏎
    enforcement" so that neither the cue nor the exclusion matched."""
    text = (
        "Since 2011 we have had a national referral\nmechanism for victims of trafficking,\n"
        "and we deployed more law\nenforcement officers against  trafficking networks."
    )
    measures = tag_text(text, STATE, topic_tie=True)
    assert {m.category: m.status for m in measures} == {"referral_mechanism": "in_place"}
    # the evidence is quoted as given, line ends included, at its exact offsets
    assert all(text[m.start : m.end] == m.evidence for m in measures)
    assert "\n" in measures[0].evidence


def test_a_line_end_after_a_compounds_hyphen_keeps_the_compound() -> None:
    """General Debate files break lines after a compound's hyphen ("Secretary-⏎General",
    "post-⏎conflict"); "non-⏎functional" must still deny the shelter."""
    text = "The shelter for trafficking victims was non-\nfunctional all year."
    assert tags(text) == {}
    assert unwrap_lines("anti-\ntrafficking")[0] == "anti-trafficking"


def test_a_blank_line_bullet_or_full_stop_before_a_line_end_stays_a_break() -> None:
    assert unwrap_lines("a referral\n\nThe mechanism") == ("a referral\n\nThe mechanism", None)
    # a blank line before a list item's marker, even in lower case, stays a break (a blank
    # line before a line going on in lower case is a PDF's wrap: see after test #98)
    assert unwrap_lines("as follows\n\na) shelters") == ("as follows\n\na) shelters", None)
    assert unwrap_lines("the State\n\n(ii) shelters") == ("the State\n\n(ii) shelters", None)
    assert unwrap_lines("Measures:\n• shelters") == ("Measures:\n• shelters", None)
    assert unwrap_lines("It ended.\nShelters") == ("It ended.\nShelters", None)
    flat, where = unwrap_lines("a  law\r\n  in force")
    assert flat == "a law in force"
    assert where is not None and ["a  law\r\n  in force"[k] for k in where] == [
        *"a ",
        *"law",
        "\r",
        *"in force",
    ]


@pytest.mark.parametrize("width", [38, 55, 80])
def test_hard_wrapped_real_passages_get_the_tags_of_their_unwrapped_text(width: int) -> None:
    """The labelled General Debate and Factbook passages were unwrapped before labelling;
    the same passages hard-wrapped as the General Debate files are (tested at three line
    widths) must get the same categories and statuses."""
    gold = Path(__file__).parent / "gold" / "real" / "real_test.jsonl"
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    records = [r for r in records if r["measures"]]
    for record in records:
        text = record["text"]
        wrapped = textwrap.fill(text, width=width, break_long_words=False)
        assert tags(wrapped, tie=False) == tags(text, tie=False), record["id"]


# --- rules with reasons ----------------------------------------------------------------------


def test_every_candidate_gets_the_rule_that_decided_it() -> None:
    text = (
        "Governments must adopt anti-trafficking laws. Our Government opened a shelter for "
        "trafficking victims."
    )
    _measures, decisions = explain_doc(build_nlp()(text), STATE, topic_tie=True)
    by_match = {(d.category, d.matched): d for d in decisions}
    assert by_match[("legislation", "anti-trafficking laws")].rule == "call"
    kept = by_match[("shelters", "shelter")]
    assert kept.kept and kept.rule == "own_measure" and kept.status == "in_place"
    names = {name for name, _rule in RULES}
    assert all(d.rule in names | {"own_measure"} and d.reason for d in decisions)


def test_tag_explain_prints_a_decision_for_every_candidate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "t.txt"
    path.write_text("States should adopt action plans. We launched a national action plan.")
    assert main(["tag", str(path), "--explain", "--on-trafficking"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    explained = [x["explain"] for x in lines if "explain" in x]
    assert {e["decision"] for e in explained} == {"kept", "dropped"}
    assert any(e["rule"] == "call" for e in explained)


# --- speaker-aware single texts (tag --jsonl) ------------------------------------------------


def write_jsonl(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_tag_jsonl_counts_only_the_speakers_own_measures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(
        tmp_path / "in.jsonl",
        {
            "id": "n",
            "text": "Norway welcomed the national action plan that Ghana adopted in 2019 against "
            "trafficking.",
            "speaker": "Norway",
            "on_trafficking": True,
        },
        {
            "id": "g",
            "text": "Ghana adopted a national action plan against trafficking in 2019.",
            "speaker": "Ghana",
        },
    )
    assert main(["tag", "--jsonl", str(path)]) == 0
    out = {x["id"]: x["measures"] for x in map(json.loads, capsys.readouterr().out.splitlines())}
    assert out["n"] == []
    assert [m["category"] for m in out["g"]] == ["action_plan"]


def test_tag_jsonl_unknown_key_is_one_line_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", {"id": 1, "text": "x", "spekaer": "Norway"})
    assert main(["tag", "--jsonl", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "'spekaer'" in err and f"{path}:1" in err


def test_tag_jsonl_speaker_that_does_not_resolve_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(
        tmp_path / "in.jsonl",
        {"id": 1, "text": "We adopted a trafficking law.", "speaker": "Narnia"},
    )
    assert main(["tag", "--jsonl", str(path)]) == 1
    captured = capsys.readouterr()
    assert "'Narnia'" in captured.err and json.loads(captured.out)["id"] == 1


# --- rules added from the later dev batches (written for the tests, not copied) -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trigger context is matched on lemmas, phrases included: "trafficking" -> "traffic"
        (
            "The country adopted a strategy against trafficking in 2015.",
            {"action_plan": "in_place"},
        ),
        # a UN-backed plan the State signed is its own
        (
            "The government signed a UN-backed action plan to end the recruitment of child "
            "soldiers, whom traffickers exploit.",
            {"action_plan": "in_place"},
        ),
        # "much-needed" describes, it does not call
        (
            "Parliament enacted much-needed anti-trafficking legislation in 2016.",
            {"legislation": "in_place"},
        ),
        # a possessive reference presupposes the plan even when it was not launched
        (
            "The government has not launched its national plan of action against trafficking.",
            {"action_plan": "in_place"},
        ),
        # a possessive draft that was not completed is in progress
        (
            "The government did not complete its draft comprehensive anti-trafficking law.",
            {"legislation": "in_progress"},
        ),
    ],
)
def test_later_dev_rules(text: str, expected: dict[str, str]) -> None:
    assert tags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a negation heading a verb list governs every item
        "The government has not launched its plan, convened the committee, or provided "
        "shelter for adult victims of trafficking.",
        # … and a list opened by "including"
        "It failed to fulfill commitments to take steps, including the adoption of a code, "
        "support to a trafficking shelter, and approval of procedures.",
        # "the" before "development of" is not the procedure's determiner
        "Parts of the law remain unimplemented, including the development of formal referral "
        "procedures.",
        # "neither" after "but" looks back at both measures
        "Regulations mandated the creation of an anti-trafficking action plan and a shelter, "
        "but neither have been implemented.",
        # shelters for another harm
        "The government runs a network of shelters for victims of domestic violence.",
    ],
)
def test_later_dev_denials(text: str) -> None:
    found = tags(text)
    assert "shelters" not in found and "action_plan" not in found
    assert "referral_mechanism" not in found


def test_a_speaker_can_be_given_by_its_iso3_code() -> None:
    text = "Norway welcomed the national action plan that Ghana adopted against trafficking."
    by_code, by_name = speaker_named("NOR", text), speaker_named("Norway", text)
    assert by_code is not None and by_code == by_name
    assert speaker_named("XYZ", text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The inter-agency task force refers victims of trafficking to specialised services.",
            {"referral_mechanism": "in_place"},
        ),
        (
            "Guidelines for identifying and assisting victims of trafficking were issued to "
            "police in 2018.",
            {"referral_mechanism": "in_place"},
        ),
        (
            "Its legal framework against trafficking in persons was strengthened in 2017.",
            {"legislation": "in_place"},
        ),
        (
            "The Sexual Offences Act of 2016 covers the exploitation of children and adults.",
            {"legislation": "in_place"},
        ),
        ("The committee met twice to discuss trafficking in persons.", {}),
    ],
)
def test_recall_on_real_wording(text: str, expected: dict[str, str]) -> None:
    """Referral described as a body that routes victims, legislation as a legal framework
    or an offences act (issue #6)."""
    assert tags(text) == expected


def test_slavery_beside_the_transatlantic_slave_trade_is_history_not_a_tie() -> None:
    """§5: a memorial plan for the victims of the slave trade is not a plan on trafficking."""
    history = (
        "A significant element of the commemoration is a plan to honour the victims of the "
        "transatlantic slave trade and slavery, through a permanent memorial."
    )
    assert tag_text(history, speaker_named("Jamaica", history)) == []
    modern = (
        "Our history of the transatlantic slave trade is why we adopted a national action plan "
        "against modern slavery."
    )
    tags = tag_text(modern, speaker_named("Jamaica", modern))
    assert [(m.category, m.status) for m in tags] == [("action_plan", "in_place")]


# --- rules added after test #3 was scored (dev, test #1 and test #2 errors, by class) --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bill sent to the legislature is not yet a law
        (
            "The government introduced a comprehensive anti-trafficking law to the legislature "
            "in March.",
            {"legislation": "in_progress"},
        ),
        (
            "The ministry made progress by submitting anti-trafficking legislation to Congress.",
            {"legislation": "in_progress"},
        ),
        (
            "Officials took steps to enact legislation outlawing all forms of trafficking.",
            {"legislation": "in_progress"},
        ),
        # a cue said of the measure afterwards, by a word pointing back to it
        (
            "A new law against child trafficking was passed and the penal code was revised to "
            "punish trafficking, but these changes await parliamentary approval.",
            {"legislation": "in_progress"},
        ),
        # introduced with no legislature named: in place, as before
        (
            "The government introduced a new anti-trafficking law in 2012.",
            {"legislation": "in_place"},
        ),
        # "written but not implemented": written, so it exists
        (
            "The government has written but not implemented a plan to combat trafficking.",
            {"action_plan": "in_place"},
        ),
        # a negation that ends before "because" does not reach the plan
        (
            "The country was not downgraded because the government has a written plan to "
            "meet the minimum standards against trafficking.",
            {"action_plan": "in_place"},
        ),
        # the State acts on an organization's instrument: its own measure
        (
            "The government implemented an EU directive that strengthened its legal framework "
            "against trafficking.",
            {"legislation": "in_place"},
        ),
        # drafted but not finalized: a draft, in progress
        (
            "Regulations were drafted but not finalized that set out procedures for referring "
            "trafficking victims to care.",
            {"referral_mechanism": "in_progress"},
        ),
    ],
)
def test_rules_after_test3(text: str, expected: dict[str, str]) -> None:
    assert tags(text) == expected


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a bare law met only as what is enforced or applied: no law on trafficking
        ("Authorities had the resources to adequately enforce its laws.", "vague_law"),
        ("Courts convicted no one under existing legislation last year.", "vague_law"),
        # a gap in the law is not the law as a measure
        (
            "The country continued to lack prohibitions against forced labour in its penal code.",
            "denied",
        ),
        ("The current legal framework does not contain the elements of trafficking.", "denied"),
        # a draft the text says was not adopted
        ("The government did not enact its draft anti-trafficking law.", "denied"),
        # a law that only authorises ratification is ratification (§3 revised)
        (
            "Parliament adopted a law with a view to ratifying the Protocol on trafficking in "
            "persons.",
            "ratification_law",
        ),
    ],
)
def test_rules_after_test3_drop(text: str, rule: str | None) -> None:
    assert "legislation" not in tags(text)
    if rule is not None:
        nlp = build_nlp()
        _measures, why = explain_doc(nlp(text), STATE, topic_tie=True, source=text)
        assert rule in {d.rule for d in why if d.category == "legislation"}


def test_enforcing_a_law_named_by_its_subject_still_reports_it() -> None:
    assert tags("Police enforce laws prohibiting the confiscation of workers' passports.") == {
        "legislation": "in_place"
    }


@pytest.mark.parametrize(
    "text",
    [
        # §5 outside a meeting on trafficking: what is criminalised must be trafficking or kin
        "We are making progress in criminalizing consumption of narcotics by adults, while "
        "trafficking remains a concern.",
        "Another form of enslavement is the criminalization of sexuality.",
        # a bare "traffickers" beside a drug topic ties nothing
        "We will expedite other strategies, including poppy eradication and the interdiction "
        "of traffickers.",
    ],
)
def test_outside_a_trafficking_meeting_other_subjects_are_not_measures(text: str) -> None:
    assert tags(text, tie=False) == {}


def test_criminalizing_trafficking_in_a_speech_is_legislation() -> None:
    text = "Last year we criminalized trafficking in persons and forced labour."
    assert tags(text, tie=False) == {"legislation": "in_place"}


def test_legislative_measures_adopted_by_the_government_are_its_own() -> None:
    """A third party before the measure (an ILO team assessing it) does not own it when a
    passive agent names the speaker after it."""
    text = (
        "An ILO team visited to assess the impact of the legislative, executive and "
        "administrative measures adopted by the Government to eliminate forced labour."
    )
    speaker = speaker_named("Myanmar", text)
    assert speaker is not None
    assert tags(text, tie=False, speaker=speaker) == {"legislation": "in_place"}
    other = "An ILO team assessed the legislative measures adopted by the ILO on forced labour."
    speaker = speaker_named("Myanmar", other)
    assert speaker is not None
    assert tags(other, tie=False, speaker=speaker) == {}


def test_criminalizing_in_the_passive_names_what_is_criminalised_before_it() -> None:
    text = "In 2007 slavery was criminalized as a crime against humanity."
    assert tags(text, tie=False) == {"legislation": "in_place"}


# --- country-narrative status (found with probes written before the TIP batch was read) -----


@pytest.mark.parametrize(
    "text",
    [
        "The government drafted, but did not finalize, a national action plan.",
        "The government has not yet adopted a national action plan, although a draft was "
        "completed in 2006.",
    ],
)
def test_a_draft_the_sentence_concedes_is_in_progress(text: str) -> None:
    assert tags(text) == {"action_plan": "in_progress"}


def test_a_denial_with_no_draft_conceded_stays_denied() -> None:
    assert tags("The government has not adopted a national action plan, but no draft exists.") == {}
    assert tags("The government did not adopt a national action plan.") == {}


def test_a_bill_under_consideration_is_in_progress() -> None:
    text = "Parliament is considering a bill to amend the penal code to criminalize forced labor."
    assert tags(text) == {"legislation": "in_progress"}


def test_a_gap_in_a_dated_law_presupposes_the_law() -> None:
    dated = "Its anti-trafficking law, passed in 2005, does not prohibit labor trafficking."
    assert tags(dated) == {"legislation": "in_place"}
    undated = "Its law does not prohibit all forms of trafficking."
    assert tags(undated) == {}
    earlier_year = (
        "No one was punished in 2007 and the penal code does not prohibit all forms of trafficking."
    )
    assert tags(earlier_year) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The government operated a shelter for victims. Recommendations for Albania: increase "
        "efforts to prosecute traffickers; adopt a new national action plan; "
        "establish a formal referral mechanism.",
        "The government operated a shelter for victims.\n\nPRIORITIZED RECOMMENDATIONS:\n\n"
        "Vigorously draft a national action plan.\n\nEnact a law that criminalizes all "
        "forms of trafficking.",
    ],
)
def test_measures_listed_under_a_recommendations_heading_are_calls(text: str) -> None:
    assert tags(text) == {"shelters": "in_place"}


def test_a_recommendations_list_ends_at_its_paragraph_or_the_next_heading() -> None:
    inline = (
        "Recommendations for Albania: increase prosecutions.\n\nThe government adopted a "
        "national action plan in 2014."
    )
    assert tags(inline) == {"action_plan": "in_place"}
    standalone = (
        "PRIORITIZED RECOMMENDATIONS:\n\nIncrease prosecutions.\n\nPROSECUTION\n\nThe 2012 "
        "anti-trafficking law criminalizes all forms of trafficking."
    )
    assert tags(standalone) == {"legislation": "in_place"}


def test_a_noun_at_the_start_of_a_sentence_is_not_an_imperative() -> None:
    text = "Support for the national action plan against trafficking continued in 2015."
    assert tags(text) == {"action_plan": "in_place"}


def test_plans_to_do_something_else_are_an_intention_not_an_action_plan() -> None:
    assert tags("The government announced plans to build a shelter for trafficking victims.") == {
        "shelters": "planned"
    }
    assert tags("The government adopted plans to combat trafficking in persons.") == {
        "action_plan": "in_place"
    }


# --- classes from the TIP narratives' first scoring (test #5), sentences written anew -------


@pytest.mark.parametrize(
    "text",
    [
        "Several foreign embassies offer support, including emergency shelter, to their nationals.",
    ],
)
def test_another_actor_as_the_clause_subject_owns_a_measure_in_a_later_window(text: str) -> None:
    assert tags(text) == {}


def test_a_constitution_prohibiting_slavery_or_trafficking_is_legislation() -> None:
    assert tags("The 2010 Constitution prohibits slavery and servitude.") == {
        "legislation": "in_place"
    }
    assert tags("The Constitution guarantees freedom of expression.") == {}


def test_housing_for_rescued_or_freed_children_is_a_shelter() -> None:
    text = "The ministry provides counseling and housing for rescued children."
    assert tags(text) == {"shelters": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "It relied on fraud and other criminal laws to prosecute trafficking cases.",
        "Despite strict labour laws, many migrants face forced labour on arrival.",
    ],
)
def test_other_laws_used_against_trafficking_are_not_a_law_on_it(text: str) -> None:
    assert tags(text) == {}


def test_what_a_more_effective_response_would_include_is_a_recommendation() -> None:
    text = "A more effective government response would include enactment of anti-trafficking laws."
    assert tags(text) == {}


def test_another_states_organ_named_by_its_adjective_owns_the_measure() -> None:
    """A demonym before a word for a State's organs ("a Thai government shelter") names
    another State; before victims ("Thai victims") it names whose nationals they are."""
    text = "She is now receiving counseling at a Thai government shelter."
    speaker = speaker_named("Australia", text)
    assert speaker is not None
    assert tags(text, speaker=speaker) == {}
    text = "We commend the Nigerian Government for its national action plan against trafficking."
    speaker = speaker_named("Ghana", text)
    assert speaker is not None
    assert tags(text, speaker=speaker) == {}
    text = "Thai victims were placed in government shelters."
    speaker = speaker_named("Thailand", text)
    assert speaker is not None
    assert tags(text, speaker=speaker) == {"shelters": "in_place"}


def test_a_country_assessment_given_without_on_trafficking_is_about_trafficking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """§5 for a single text whose key is absent: a Factbook entry ("tier rating:") or a TIP
    narrative opening ("a source and destination country for … forced labor") is about
    trafficking as a whole; an explicit "on_trafficking": false is respected, and a speech
    on drug transit is not an assessment."""
    assessment = (
        "Ruritania is a source and destination country for men and women subjected to "
        "forced labor. Most of them come from rural areas. The government adopted a national "
        "action plan in 2016."
    )
    drugs = (
        "Ruritania is a transit country for cocaine. Most of it comes by sea. The government "
        "adopted a national action plan in 2016."
    )
    path = write_jsonl(
        tmp_path / "in.jsonl",
        {"id": "a", "text": assessment, "speaker": "Ghana"},
        {"id": "b", "text": assessment, "speaker": "Ghana", "on_trafficking": False},
        {"id": "c", "text": drugs, "speaker": "Ghana"},
    )
    assert main(["tag", "--jsonl", str(path)]) == 0
    out = {x["id"]: x["measures"] for x in map(json.loads, capsys.readouterr().out.splitlines())}
    assert [m["category"] for m in out["a"]] == ["action_plan"]
    assert out["b"] == [] and out["c"] == []


# --- classes from test #6's errors, read after its one scoring (sentences written anew) -----


def test_a_capitalised_name_still_carries_its_context_words() -> None:
    """spaCy's lookup lemmatizer is case-sensitive: "Trafficking" in a programme's title must
    still count as the "trafficking" the trigger needs after it."""
    text = "It adopted its 2011-2014 Programme for the Prevention of Trafficking in Human Beings."
    assert tags(text) == {"action_plan": "in_place"}


def test_an_adverb_inside_the_denial_still_denies() -> None:
    assert tags("Current laws do not explicitly criminalize the trafficking of adults.") == {}


def test_land_given_for_the_construction_of_a_shelter_is_in_progress() -> None:
    text = "The ministry gave land to an NGO for the construction of a shelter for victims."
    assert tags(text) == {"shelters": "in_progress"}


def test_a_law_cited_as_a_standard_is_not_a_reported_law() -> None:
    assert tags("Such work could amount to trafficking, according to Ruritania's law.") == {}
    dated = "According to the 2005 anti-trafficking law, victims are entitled to legal aid."
    assert tags(dated) == {"legislation": "in_place"}


# --- classes from test #7's errors, read after its one scoring (sentences written anew) -----


@pytest.mark.parametrize(
    "text",
    [
        "Girls are coerced into sex in exchange for food, clothing, shelter or school fees.",
        "Short of money for living expenses and shelter, some women enter prostitution.",
        "Several crew members jumped ship and swam ashore to seek refuge.",
    ],
)
def test_shelter_as_a_need_is_not_a_measure(text: str) -> None:
    assert tags(text) == {}


def test_a_policy_that_is_the_abuse_is_not_a_plan_against_it() -> None:
    text = "It enforces national policies and mandatory programs amounting to forced labor."
    assert tags(text) == {}


def test_failing_to_employ_procedures_denies_them() -> None:
    text = "The government failed to act, failing to employ procedures to identify victims."
    assert tags(text) == {}


def test_an_expired_plan_is_not_in_place() -> None:
    assert tags("The national action plan against trafficking expired in 2014.") == {}


def test_a_word_inside_an_acts_name_names_no_other_actor() -> None:
    text = "The government passed the Transnational Organized Crime and Trafficking Act of 2013."
    assert tags(text) == {"legislation": "in_place"}


def test_a_newly_passed_law_exists_even_when_it_is_not_implemented() -> None:
    text = "Authorities failed to implement the newly passed anti-trafficking law."
    assert tags(text) == {"legislation": "in_place"}


def test_what_a_plan_calls_for_is_its_content_not_a_call() -> None:
    text = "The new national action plan called for the ministry to coordinate victim care."
    assert tags(text) == {"action_plan": "in_place"}


def test_identification_and_referral_as_an_activity_is_not_a_mechanism() -> None:
    text = "The government made progress in the identification and referral of victims."
    assert tags(text) == {}
    formal = "The government adopted identification and referral procedures for victims."
    assert tags(formal) == {"referral_mechanism": "in_place"}


# --- classes from test #8's errors, read after its one scoring (sentences written anew) -----


@pytest.mark.parametrize(
    "text",
    [
        "Officials gave the worker no legal aid, as required by law, in this trafficking case.",
        "The board was required by statute to assess a potential trafficking victim within a day.",
    ],
)
def test_law_as_the_source_of_a_duty_is_not_a_reported_law(text: str) -> None:
    assert tags(text) == {}


def test_migrant_reception_centres_are_not_shelters_for_victims() -> None:
    text = "Identification of trafficking victims improved at migrant reception centers."
    assert tags(text) == {}


def test_bylaws_providing_procedures_to_identify_victims_are_legislation() -> None:
    text = "Two bylaws provided procedures for identifying and referring trafficking victims."
    assert tags(text)["legislation"] == "in_place"


# --- classes from the in-sample TIP errors, session of 2026-12-02 (sentences written anew) --


def test_a_verbal_negation_presupposes_a_state_run_facility() -> None:
    text = "Male victims were not admitted to government-run shelters for trafficking victims."
    assert tags(text) == {"shelters": "in_place"}
    assert tags("There were no state-run shelters for trafficking victims.") == {}
    assert tags("The region suffers a lack of government-funded shelters for victims.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police placed the rescued child victims in rescue centers.", {"shelters": "in_place"}),
        ("Officials referred 40 victims to its transit centres.", {"shelters": "in_place"}),
        ("Returning migrants waited in transit centres near a trafficking hub.", {}),
    ],
)
def test_rescue_and_transit_centres_shelter_victims_only_when_victims_are_placed(
    text: str, expected: dict[str, str]
) -> None:
    assert tags(text) == expected


def test_one_ngo_as_the_clause_subject_runs_its_own_shelter() -> None:
    assert tags("An NGO offered temporary shelter to trafficking victims.") == {}
    with_government = "With an NGO, the government opened a shelter for trafficking victims."
    assert tags(with_government) == {"shelters": "in_place"}
    funded = "An NGO ran a shelter for trafficking victims with government funding."
    assert tags(funded) == {"shelters": "in_place"}
    joint = "An NGO and the government began drafting a national action plan on trafficking."
    assert tags(joint) == {"action_plan": "in_progress"}


def test_a_shortened_mention_of_an_excluded_facility_is_the_same_facility() -> None:
    text = (
        "Officials screened arrivals at migrant reception centres. They found two "
        "trafficking victims in reception centres last year."
    )
    assert tags(text) == {}


def test_the_sponsorship_law_is_a_cause_of_vulnerability_not_a_law_against_trafficking() -> None:
    text = "The sponsorship law leaves migrant workers vulnerable to forced labor."
    assert tags(text) == {}
    assert tags("It has a law that criminalizes forced labor.") == {"legislation": "in_place"}
    reformed = "It amended the sponsorship law so that workers in forced labor may change jobs."
    assert tags(reformed) == {"legislation": "in_place"}
    assert tags("It abolished the kafala system to end forced labour.") == {
        "legislation": "in_place"
    }


def test_a_legal_and_institutional_framework_is_legislation() -> None:
    text = "We have put in place a legal and institutional framework to combat trafficking."
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "We are resolved to end trafficking in persons and have introduced a bill in Parliament.",
        "A bill on trafficking in persons has been tabled in the National Assembly.",
    ],
)
def test_a_bill_introduced_anywhere_is_in_progress(text: str) -> None:
    assert tags(text) == {"legislation": "in_progress"}


def test_a_bill_passed_after_its_introduction_is_law() -> None:
    text = "Parliament passed the trafficking bill that the Government introduced in May."
    assert tags(text) == {"legislation": "in_place"}


def test_a_coordination_structure_that_refers_victims_is_a_referral_mechanism() -> None:
    text = "A coordination structure identifies trafficking victims and refers them to services."
    assert tags(text) == {"referral_mechanism": "in_place"}
    cases = "The committee examined the trafficking cases and referred them to the prosecutor."
    assert tags(cases) == {}


# --- classes from test #9's errors, read after its one scoring (sentences written anew) -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government should finalize its trafficking action plan.", "in_progress"),
        ("Recommendations: Fully implement its anti-trafficking action plan.", "in_place"),
    ],
)
def test_a_call_to_finish_or_implement_its_own_plan_presupposes_the_plan(
    text: str, expected: str
) -> None:
    assert tags(text) == {"action_plan": expected}
    assert tags("The government should adopt an anti-trafficking action plan.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "The ministry implemented the National Action Plan against THB for 2010-2012.",
        "The Human Trafficking Prevention Plan 2021-2023 was implemented by all ministries.",
        "Its strategic approach rests on the 2014 Modern Slavery Strategy.",
    ],
)
def test_a_plan_named_for_trafficking_is_tied_by_its_own_name(text: str) -> None:
    assert tags(text, tie=False) == {"action_plan": "in_place"}


def test_a_national_referral_mechanism_is_tied_by_its_own_name() -> None:
    text = "The Strategy's first objective is to formally establish a national referral mechanism."
    assert tags(text, tie=False) == {"referral_mechanism": "planned"}


@pytest.mark.parametrize(
    "text",
    [
        "The unit received a computer with a database of victims of trafficking installed.",
        "The Ministry's Web Portal on Anti Human Trafficking lists every shelter hotline.",
        "The referral system was supported with an online platform for trafficking cases.",
        "The Ministry of Justice established an intranet site for prosecutors of traffickers.",
    ],
)
def test_a_database_or_portal_of_the_states_own_is_technology(text: str) -> None:
    assert tags(text)["tech_partnership"] == "in_place"


def test_victims_temporarily_sheltered_are_given_accommodation() -> None:
    text = "A trafficking victim is received and temporarily sheltered at a designated place."
    assert tags(text) == {"shelters": "in_place"}


def test_ngos_operating_state_funded_shelters_run_the_states_shelters() -> None:
    text = "NGOs operate the state-funded sheltered accommodations for trafficking victims."
    assert tags(text) == {"shelters": "in_place"}
    assert tags("NGOs operate shelters for trafficking victims.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Conscripts served beyond the 18 months specified by law, in forced labour.",
        "The Minister for Justice, Equality and Law Reform spoke on trafficking.",
        "The President gave directives to the ministries to end trafficking.",
        "The plan on trafficking is on the basis of international conventions and domestic laws.",
        "We believe in the primacy of law over arbitrariness and all forms of slavery.",
        "That is the law of the jungle. This law reduces whole peoples to slavery.",
    ],
)
def test_law_as_a_source_an_office_an_instruction_or_an_idea_is_not_a_law(text: str) -> None:
    assert "legislation" not in tags(text)


def test_overseeing_the_implementation_of_the_plan_presupposes_it() -> None:
    text = "The group will oversee the implementation of the National Plan against Trafficking."
    assert tags(text) == {"action_plan": "in_place"}
    indefinite = "The group will oversee the implementation of a national plan against trafficking."
    assert tags(indefinite) == {"action_plan": "planned"}


def test_a_national_plan_after_a_call_is_still_called_for() -> None:
    text = (
        "The country needs to prosecute more trafficking cases, adopt a national plan against "
        "trafficking, and train judges."
    )
    assert "action_plan" not in tags(text)


def test_a_law_that_puts_workers_at_risk_is_a_cause_not_a_measure() -> None:
    text = (
        "Rules that make it difficult for foreign workers to leave jobs put them at increased "
        "risk of forced labor."
    )
    assert tags(text) == {}
    protects = (
        "The new law protects migrant workers who are particularly vulnerable to forced labour."
    )
    assert tags(protects) == {"legislation": "in_place"}


# --- classes from test #10's errors, read after its one scoring (sentences written anew) ----


@pytest.mark.parametrize(
    "text",
    [
        "A weak rule-of-law culture feeds the trafficking trade.",
        "Employers withhold the passports of forced labourers, which is against the law.",
    ],
)
def test_hyphenated_rule_of_law_and_law_as_a_standard_are_not_laws(text: str) -> None:
    assert tags(text) == {}


def test_technology_implemented_or_being_used_for_victims_is_the_states() -> None:
    assert tags("Police implemented a trafficking database to identify victims.") == {
        "tech_partnership": "in_place"
    }
    assert tags("New technology is being used to help trafficking victims.") == {
        "tech_partnership": "in_place"
    }
    assert tags("Traffickers use new technology to recruit victims.") == {}


# --- classes from tests #9 and #10 read in-sample after test #10's scoring (sentences new) ---


def test_a_named_plan_takes_its_tie_from_the_last_few_sentences() -> None:
    """A government page names "the National Action Plan" two sentences after it spoke of
    trafficking; a bare "plan" still needs its own sentence or the one before."""
    named = (
        "The Ministry leads the fight against human trafficking. It met partners in March. "
        "Officials visited three provinces. The Ministry is now drafting the National Action "
        "Plan."
    )
    assert tags(named, tie=False) == {"action_plan": "in_progress"}
    far = (
        "The Ministry leads the fight against human trafficking. It met partners in March. "
        "Officials visited three provinces. A budget was agreed. Roads were repaired. The "
        "Ministry is now drafting the National Action Plan."
    )
    assert tags(far, tie=False) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The ministry runs a Programme of Support for Victims of Trafficking.",
        "Victims of trafficking joined a reintegration programme on trafficking recovery.",
        "The Programme of Assistance to Victims of Trafficking (the „programme“) helped "
        "twenty victims of trafficking.",
    ],
)
def test_a_programme_that_serves_victims_is_not_a_plan(text: str) -> None:
    assert "action_plan" not in tags(text)


def test_a_national_program_is_a_plan() -> None:
    assert tags("The 2021-2024 national program against trafficking was adopted.") == {
        "action_plan": "in_place"
    }


def test_a_plan_to_create_something_is_an_intention_not_a_plan() -> None:
    assert "action_plan" not in tags(
        "The government's plan to create an anti-trafficking office has not advanced."
    )
    assert tags("The government adopted a plan to combat trafficking.") == {
        "action_plan": "in_place"
    }


def test_the_us_trafficking_act_in_a_narrative_is_not_the_states_law() -> None:
    text = (
        "The country does not meet the minimum standards of the Trafficking Victims "
        "Protection Act for the elimination of trafficking."
    )
    assert tags(text) == {}
    assert tags(text, speaker=speaker_named("Ghana", text) or STATE) == {}
    own = "Congress passed the Trafficking Victims Protection Act in 2000."
    us = speaker_named("United States", own)
    assert us is not None and tags(own, speaker=us) == {"legislation": "in_place"}


def test_a_shelter_said_to_be_lacking_after_it_is_not_reported() -> None:
    assert tags("Shelters for trafficking victims remained severely limited.") == {}
    assert tags("Government shelters for victims of trafficking are still lacking.") == {}
    assert tags("Shelters for trafficking victims opened in two provinces.") == {
        "shelters": "in_place"
    }


def test_an_own_reference_of_an_earlier_list_item_does_not_make_a_call_own() -> None:
    text = (
        "The government should implement its action plan, and create a referral mechanism "
        "for trafficking victims."
    )
    assert "referral_mechanism" not in tags(text)


def test_a_call_about_something_else_presupposes_the_states_own_law() -> None:
    assert tags("The government should train judges on its new anti-trafficking law.") == {
        "legislation": "in_place"
    }
    assert tags("The government should adopt its first anti-trafficking law.") == {}
    assert tags("Governments should train judges on their anti-trafficking laws.") == {}


def test_a_plan_named_for_another_harm_is_not_against_trafficking() -> None:
    text = (
        "Trafficking was discussed as a form of violence, addressed through the National "
        "Action Plan to Prevent Violence Against Women."
    )
    assert "action_plan" not in tags(text, tie=False)


def test_handbooks_and_guidance_for_identifying_victims_are_referral_mechanisms() -> None:
    assert tags("It issued a victim assistance and referral handbook to all ministries.") == {
        "referral_mechanism": "in_place"
    }
    assert tags("The ministry published a manual to identify victims of trafficking.") == {
        "referral_mechanism": "in_place"
    }


def test_a_database_set_up_for_cases_is_technology_but_a_legal_tool_is_not() -> None:
    assert tags("A trafficking case database was established by the police.") == {
        "tech_partnership": "in_place"
    }
    assert tags("It will deliver a database to manage trafficking cases.") == {
        "tech_partnership": "planned"
    }
    assert tags(
        "The Anti-Trafficking Act gives prosecutors a legal tool to combat trafficking."
    ) == {"legislation": "in_place"}
    assert "tech_partnership" not in tags(
        "Traffickers use debt and threats as tools of coercion against victims."
    )


def test_not_only_adds_a_measure_rather_than_denying_it() -> None:
    text = (
        "The State has not only issued legislation against human trafficking but has also "
        "trained its police."
    )
    assert tags(text) == {"legislation": "in_place"}
    assert tags("The State has not issued legislation against human trafficking.") == {}


def test_a_poor_quality_said_of_something_else_does_not_deny_the_law() -> None:
    text = (
        "Victim services remained inadequate and the new anti-trafficking law has yet to be "
        "enforced."
    )
    assert tags(text) == {"legislation": "in_place"}
    assert tags("It relies on inadequate anti-trafficking legislation.") == {}


def test_penalties_prescribed_for_trafficking_are_legislation() -> None:
    assert tags("Penalties prescribed for sex trafficking range from five to ten years.") == {
        "legislation": "in_place"
    }
    assert tags("About 80 legislative acts on trafficking in persons have been adopted.") == {
        "legislation": "in_place"
    }


# --- classes from test #11's errors, read after its one scoring (sentences written anew) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Recommendations for the country: continue funding victim services, including "
            "shelters for trafficking victims; prosecute more traffickers.",
            {"shelters": "in_place"},
        ),
        (
            "Recommendations for the country: train judges to use available anti-trafficking "
            "legislation.",
            {"legislation": "in_place"},
        ),
        (
            "Recommendations for the country: ensure that victim identification procedures "
            "are implemented consistently.",
            {"referral_mechanism": "in_place"},
        ),
        (
            "Recommendations for the country: ensure full implementation of the national "
            "referral mechanism for trafficking victims.",
            {"referral_mechanism": "in_place"},
        ),
        (
            "Recommendations for the country: continue efforts to adopt an anti-trafficking law.",
            {},
        ),
        ("Recommendations for the country: establish shelters for trafficking victims.", {}),
    ],
)
def test_a_recommendation_to_continue_or_fully_implement_presupposes_the_measure(
    text: str, expected: dict[str, str]
) -> None:
    assert tags(text) == expected


def test_traffickers_as_the_subject_of_a_passive_are_not_perpetrators() -> None:
    text = "Traffickers can be prosecuted under laws prohibiting forced labour and slavery."
    assert tags(text) == {"legislation": "in_place"}
    assert tags("Traffickers use laws on sponsorship to exploit workers.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Through an awareness program on trafficking, police officers learned the signs.",
        "The agency ran sensitisation programmes against human trafficking in markets.",
        "It expanded its pilot program to address the backlog of trafficking cases.",
    ],
)
def test_an_awareness_or_pilot_programme_is_an_activity_not_a_plan(text: str) -> None:
    assert "action_plan" not in tags(text)


def test_trafficking_is_a_criminal_offence_describes_the_crime() -> None:
    assert tags("Trafficking in human beings is a criminal offence that thrives in secrecy.") == {}
    assert tags("The new law made trafficking a criminal offence.") == {"legislation": "in_place"}


def test_its_own_under_a_denial_denies_the_states_own_facility() -> None:
    text = (
        "The government did not operate its own shelter for trafficking victims but refers "
        "them to NGOs."
    )
    assert "shelters" not in tags(text)
    assert tags("The government did not fund its shelter for trafficking victims.") == {
        "shelters": "in_place"
    }


def test_a_measure_adopted_by_an_organ_stays_a_measure_inside_a_call() -> None:
    text = (
        "The minister urged the committee to push the anti-trafficking agenda outlined in the "
        "National Action Plan (2020-2022) passed by the Cabinet in February."
    )
    assert tags(text) == {"action_plan": "in_place"}


def test_a_plan_named_by_its_period_is_a_plan() -> None:
    assert tags("The 2021-23 plan against trafficking is being implemented.") == {
        "action_plan": "in_place"
    }
    assert tags("The 2019–2021 strategy was adopted by the Government.") == {
        "action_plan": "in_place"
    }


def test_generic_anti_trafficking_policies_and_law_and_order_are_not_measures() -> None:
    assert tags("It pressed NATO to adopt anti-trafficking policies.") == {}
    assert tags("The Department of Law and Order met on trafficking.") == {}


# --- classes from test #12's errors, read after its one scoring (sentences written anew) ----


def test_items_after_semicolons_continue_the_list_a_call_opens() -> None:
    text = (
        "The government should name a coordinator; assess the situation and develop a national "
        "plan of action against trafficking; adopt comprehensive anti-trafficking legislation."
    )
    assert tags(text) == {}
    reported = (
        "The government adopted a law against trafficking; the plan of action against "
        "trafficking was launched."
    )
    assert tags(reported) == {"legislation": "in_place", "action_plan": "in_place"}


def test_a_denial_heads_a_list_of_base_form_verbs() -> None:
    text = (
        "The government did not establish a committee, adopt legislation against trafficking, "
        "or hold officials accountable."
    )
    assert tags(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Referral procedures for trafficking victims remained lacking.",
        "A promised shelter for trafficking victims has not opened.",
        "Trafficked children are deprived of food, shelter and schooling.",
    ],
)
def test_lacking_unopened_and_deprived_are_absences(text: str) -> None:
    assert tags(text) == {}


def test_a_table_of_contents_entry_reports_nothing() -> None:
    assert tags("LEGAL FRAMEWORK ON TRAFFICKING........14") == {}
    assert tags("National Action Plan against Trafficking 2017-2022 .......... 5") == {}
    text = "The National Referral Mechanism for trafficking victims was set up. See p........ 12"
    assert tags(text) == {"referral_mechanism": "in_place"}


# --- classes from test #13's errors and the referral misses of tests #9 to #13 (in-sample) --


@pytest.mark.parametrize(
    "text",
    [
        "Police use procedures for the proactive identification of trafficking victims.",
        "The institutionalized victim identification process is in place.",
        "The ministry approved a new victim identification model for trafficking cases.",
        "A standard operations procedures manual on trafficking victims was prepared.",
        "Officials excel at directing victims of trafficking to the assistance system.",
    ],
)
def test_referral_worded_as_processes_models_and_assistance_systems(text: str) -> None:
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_the_referral_of_victims_as_a_practice_is_not_a_mechanism() -> None:
    assert tags("The referral of trafficking victims to NGOs is inconsistent.") == {}


def test_advocating_for_laws_is_a_call() -> None:
    assert tags("The minister urged partners to advocate for stronger trafficking laws.") == {}
    assert tags("Civil society advocates for stronger anti-trafficking laws.") == {}


def test_bill_before_a_name_is_a_person_and_the_minister_for_law_an_office() -> None:
    """In-sample, from test #14's errors after its one scoring (sentences written anew)."""
    assert tags("The Honourable Bill Blair announced funds against human trafficking.") == {}
    assert tags("The Anti-Trafficking Bill was tabled in Parliament.") == {
        "legislation": "in_progress"
    }
    assert tags("Bill C-75 on human trafficking was passed.") == {"legislation": "in_place"}
    assert tags("The Minister for Law spoke about human trafficking.") == {}


# --- before test #15 (sentences written anew) ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The General Scheme of the Trafficking Bill 2022, published in July, will help victims.",
        "This anti-trafficking Bill is long overdue.",
        "The proposed legislation specifically addresses trafficking of children.",
    ],
)
def test_a_bill_not_said_to_be_passed_is_in_progress(text: str) -> None:
    """Codebook §3: a bill is being drafted or considered, not yet law."""
    assert tags(text) == {"legislation": "in_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "The country prohibits trafficking through its Child Protection Bill of 2005.",
        "The government should fully implement the provisions of the Children's Bill on "
        "child trafficking.",
        "The Anti-Trafficking Bill was signed into law in March.",
    ],
)
def test_a_bill_that_works_as_law_is_in_place(text: str) -> None:
    assert tags(text) == {"legislation": "in_place"}


def test_a_victim_screening_mechanism_is_a_referral_mechanism() -> None:
    assert tags("The police extended their victim screening mechanism to all districts.") == {
        "referral_mechanism": "in_place"
    }
    assert tags("Screening processes prevent the recruitment of child soldiers.") == {}


def test_victims_provided_with_accommodation_are_sheltered() -> None:
    """Codebook §3 shelters: centres "giving accommodation to victims", without the word."""
    assert tags("Trafficking victims receiving support are provided with accommodation.") == {
        "shelters": "in_place"
    }
    assert tags("Traffickers lure women with offers of jobs and accommodation abroad.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "The government should adopt pending legislation to protect trafficking victims.",
        "Parliament should pass the new anti-trafficking penal code reforms currently before it.",
        "Enact the draft anti-trafficking law.",
    ],
)
def test_a_call_to_adopt_a_draft_names_the_draft_in_progress(text: str) -> None:
    """The brief: a draft still being worked on is in progress; a call to adopt it says it
    exists."""
    assert tags(text) == {"legislation": "in_progress"}


def test_a_call_to_draft_a_law_is_still_a_call() -> None:
    assert tags("The government should draft a law against human trafficking.") == {}


def test_a_measure_with_its_own_predicate_after_a_call_is_reported() -> None:
    text = (
        "Observers reported the need to increase efforts to identify trafficking victims, "
        "and a national action plan remained in development."
    )
    assert tags(text) == {"action_plan": "in_progress"}
    called = "Observers reported the need to adopt a national action plan against trafficking."
    assert tags(called) == {}


def test_a_named_national_programme_against_trafficking_is_a_plan() -> None:
    text = "The country adopted its third National Human Trafficking Prevention Program."
    assert tags(text) == {"action_plan": "in_place"}
    awareness = "The National Anti-Trafficking Awareness Programme trained 200 teachers."
    assert tags(awareness) == {}


def test_penalties_courts_hand_down_are_not_legislation() -> None:
    """A penalty's modifiers stand next to it ("increased penalties"), not a clause away
    ("meets the minimum standards, courts … issued light penalties")."""
    text = (
        "Although the government meets the minimum standards for trafficking, courts in many "
        "cases issued light penalties for convicted traffickers."
    )
    assert tags(text) == {}
    assert tags("The government increased penalties for human trafficking.") == {
        "legislation": "in_place"
    }


def test_planning_to_introduce_a_plan_is_planned() -> None:
    text = "The government is now planning to introduce the National Action Plan 2018-2022."
    assert tags(text) == {"action_plan": "planned"}


@pytest.mark.parametrize(
    "text",
    [
        "The government developed a new victim protection protocol for trafficking cases.",
        "Officials followed a victim assistance protocol for trafficking victims.",
        "Finland implemented changes to the victim assistance system for trafficking victims.",
    ],
)
def test_victim_protection_and_assistance_protocols_are_referral(text: str) -> None:
    """Codebook §3: "inter-institutional action protocol to help victims"."""
    assert tags(text) == {"referral_mechanism": "in_place"}


# --- after test #16 was scored (in-sample; sentences written anew) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A forum met to discuss strategies for mitigating human trafficking.",
        "The committee formulates policies and programmes to combat human trafficking.",
    ],
)
def test_generic_plural_strategies_and_programmes_are_not_a_plan(text: str) -> None:
    """Codebook §3: a national action plan or strategy is one instrument; plural
    "strategies" or "programmes" against trafficking are approaches."""
    assert tags(text) == {}


def test_the_un_global_action_plan_is_not_the_speakers() -> None:
    text = "The General Assembly adopted the Global Action Plan against trafficking in persons."
    assert tags(text) == {}


def test_a_long_contents_entry_is_not_a_report() -> None:
    text = (
        "8. LEGISLATIVE AMENDMENTS AND COURT JUDGMENTS IN CASES OF TRAFFICKING IN HUMAN "
        "BEINGS ...... 24"
    )
    assert tags(text) == {}


def test_no_before_a_numeral_is_a_number_not_a_denial() -> None:
    text = (
        "The Rules of the National Referral Mechanism for trafficking victims were approved "
        "by Decision No. 123."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}
    assert tags("There is no 24-hour shelter for trafficking victims.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Trafficked workers are forced to breach the law.",
        "Trafficked children in conflict with the law need protection.",
    ],
)
def test_generic_law_idioms_are_not_legislation(text: str) -> None:
    assert tags(text) == {}


def test_the_update_of_a_plan_is_in_progress() -> None:
    text = "The ministry reported the update of the National Action Plan against trafficking."
    assert tags(text) == {"action_plan": "in_progress"}


def test_a_decree_that_adopts_a_plan_is_the_plans_instrument() -> None:
    text = (
        "The country approved its National Action Plan against human trafficking, adopted by "
        "Decree of the President."
    )
    assert tags(text) == {"action_plan": "in_place"}
    law = "The President signed a decree criminalizing human trafficking."
    assert tags(law) == {"legislation": "in_place"}


# --- after test #17 was scored (in-sample; sentences written anew) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Children in orphanages and crisis centers remain particularly vulnerable to trafficking.",
        "Residents of some women's shelters have been subjected to forced labor.",
        "Children who leave care facilities sometimes fall victim to human trafficking.",
    ],
)
def test_a_place_where_people_are_at_risk_is_not_a_shelter(text: str) -> None:
    """Codebook §3: describing the problem is not a measure."""
    assert tags(text) == {}


def test_a_shelter_for_victims_subjected_to_exploitation_is_a_shelter() -> None:
    text = "The government runs shelters for women who have been subjected to trafficking."
    assert tags(text) == {"shelters": "in_place"}


# --- after test #18 was scored (in-sample; sentences written anew) ---------------------------


def test_a_bullet_after_a_number_starts_a_new_sentence() -> None:
    """A call in web debris before a blank line does not govern the law a bullet names."""
    text = (
        "Warning: the plugin should be compatible with the theme on line 25.\n\n"
        "• Under Article 3 of the Anti-Trafficking Law No 4 of 2011, the committee meets "
        "monthly."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_heading_without_a_full_stop_is_its_own_sentence() -> None:
    from pipeline.split import sentences

    text = "LEGAL FRAMEWORK\n\nThe law on trafficking was adopted. It works."
    spans = [text[a:b] for a, b in sentences(text, 0, len(text))]
    assert spans == ["LEGAL FRAMEWORK", "The law on trafficking was adopted.", "It works."]


@pytest.mark.parametrize(
    "text",
    [
        "The equipment will help the Secretariat carry out its mandate as outlined in the "
        "National Plan of Action against Human Trafficking.",
        "The annual report is consistent with the second National Action Plan on trafficking, "
        "which will be reviewed next year.",
    ],
)
def test_a_measure_cited_as_a_standard_exists(text: str) -> None:
    assert tags(text) == {"action_plan": "in_place"}


def test_a_draft_cited_as_a_standard_is_still_a_draft() -> None:
    text = "The guidelines were written in line with the draft law on trafficking in persons."
    assert tags(text) == {"legislation": "in_progress"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The department is currently formulating the National Action Plan against trafficking.",
            "in_progress",
        ),
        (
            "The Government has taken steps, including formulating a national action plan "
            "against trafficking.",
            "in_place",
        ),
        (
            "The council discussed the preparation of a national plan against trafficking in "
            "persons.",
            "in_progress",
        ),
    ],
)
def test_formulating_a_plan_is_in_progress_unless_listed_as_done(text: str, expected: str) -> None:
    assert tags(text) == {"action_plan": expected}


def test_a_safe_home_for_victims_is_a_shelter() -> None:
    text = 'The taskforce has established a modern "Safe-Home" for victims of human trafficking.'
    assert tags(text) == {"shelters": "in_place"}


def test_vots_and_tip_tie_a_sentence_to_trafficking() -> None:
    vots = "The assistance to VoTs includes the provision of shelter and medical care."
    assert tags(vots, tie=False) == {"shelters": "in_place"}
    tip = "The Police introduced a TIP victim screening mechanism in 2015."
    assert tags(tip, tie=False) == {"referral_mechanism": "in_place"}
    assert tags("The tip of the iceberg: shelters are full.", tie=False) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The Netherlands outlaws trafficking in persons and prosecutes traffickers.",
        "Human trafficking, under the national law, is punishable with ten years in prison.",
    ],
)
def test_outlawing_or_punishing_trafficking_is_legislation(text: str) -> None:
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The armed groups became outlaws, and trafficking flourished in their regions.",
        "The dialogue was attended by the minister of justice and law on trafficking.",
        "A scheme to strengthen the enforcement of law against human trafficking was funded.",
        "Trafficking violates international laws and the dignity of victims.",
        "There is no trafficking law, but other relevant laws that are being used to "
        "prosecute traffickers exist.",
    ],
)
def test_law_words_that_report_no_law_on_trafficking(text: str) -> None:
    assert "legislation" not in tags(text)


def test_a_protocol_for_identification_is_a_referral_mechanism() -> None:
    text = (
        "The Protocol for Identification, Safe Return and Rehabilitation of Trafficked Persons "
        "was approved in 2022."
    )
    assert tags(text)["referral_mechanism"] == "in_place"


@pytest.mark.parametrize(
    "text",
    [
        "The government did not pass a new national action plan, fund a full-time victim "
        "shelter, or provide comprehensive victim services.",
        "Funding cuts caused one NGO to close its trafficking shelter.",
        "She gave recommendations that include the provision of shelter for male victims of "
        "trafficking.",
    ],
)
def test_a_negated_list_a_closure_and_recommendations_report_no_shelter(text: str) -> None:
    assert tags(text) == {}


# --- after test #19 was scored (in-sample; sentences written anew) ---------------------------


def test_an_agency_named_for_drugs_does_not_make_a_plan_about_drugs() -> None:
    text = (
        "Malawi adopted the National Plan of Action against Trafficking in Persons in 2017 with "
        "support from the United Nations Office on Drugs and Crime."
    )
    assert tags(text) == {"action_plan": "in_place"}
    drugs = "Malawi adopted a National Plan of Action against drugs and trafficking in 2017."
    assert tags(drugs) == {}


def test_an_organization_that_supports_a_launch_is_a_partner() -> None:
    text = (
        "The Ministry with the support from the UN Migration Agency (IOM) launched the National "
        "Referral Mechanism for victims of trafficking."
    )
    namibia = speaker_named("Namibia", text)
    assert namibia is not None
    assert tags(text, speaker=namibia) == {"referral_mechanism": "in_place"}
    alone = "The UN Migration Agency (IOM) launched a National Referral Mechanism for victims."
    by_iom = speaker_named("Namibia", alone)
    assert by_iom is not None
    assert tags(alone, speaker=by_iom) == {}


def test_a_shelter_for_victims_of_child_trafficking_is_on_trafficking() -> None:
    text = "The country opened a Shelter for Victims of Child and Youth Trafficking in May."
    assert tags(text) == {"shelters": "in_place"}
    other = "The country opened a shelter for victims of domestic violence in May."
    assert tags(other) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The MoU was signed by the Law and Human Rights Ministry and the police to fight "
        "trafficking.",
        "Migrant workers are excluded from the minimum wage law, which raises their risk of "
        "trafficking.",
        "Indicators of trafficking include labour law violations and confiscated passports.",
        "The Criminal Act of Trafficking in Persons is punished severely by the courts.",
        "Employers worked trafficking victims hours that contravene the employment laws.",
    ],
)
def test_more_law_words_that_report_no_law_on_trafficking(text: str) -> None:
    assert "legislation" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government is setting up a shelter for victims of trafficking.",
        "The ministry is working on establishing a shelter for victims of trafficking.",
    ],
)
def test_a_shelter_being_set_up_is_in_progress(text: str) -> None:
    assert tags(text) == {"shelters": "in_progress"}


def test_pressure_for_reform_is_a_call() -> None:
    text = "The reference group will coordinate pressure for legislative reform on trafficking."
    assert tags(text) == {}


def test_a_visa_programme_is_not_a_plan() -> None:
    text = "Reforms to a migrant worker visa program found more trafficking cases."
    assert tags(text) == {}


def test_a_tool_of_repression_is_not_technology() -> None:
    text = "Forced labor is used as a tool of political repression; traffickers profit."
    assert tags(text) == {}


def test_a_recommendation_opening_with_end_is_a_recommendation() -> None:
    text = "End the use of forced labor in prison camps; criminalize human trafficking."
    assert tags(text) == {}


def test_a_protection_house_for_victims_is_a_shelter() -> None:
    text = "The beneficiaries of the protection house services include victims of trafficking."
    assert tags(text) == {"shelters": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The provincial anti-trafficking committee coordinates closely to identify and protect "
        "victims of human trafficking.",
        "A mechanism has been put in place with the authorities to receive the victim of "
        "trafficking when a complaint is filed.",
    ],
)
def test_a_body_or_mechanism_that_identifies_or_receives_victims_is_a_referral_mechanism(
    text: str,
) -> None:
    assert tags(text) == {"referral_mechanism": "in_place"}


# --- after test #20 was scored (in-sample; sentences written anew) ---------------------------


def test_a_relative_clause_right_after_the_measure_gives_its_status() -> None:
    text = (
        "The National Plan of Action against Trafficking (2025-28), which is being drafted, "
        "will be presented in December."
    )
    assert tags(text) == {"action_plan": "in_progress"}
    would = "The Child Protection Bill, which would criminalize child trafficking, awaits approval."
    assert tags(would) == {"legislation": "in_progress"}
    later = (
        "The State adopted a National Plan of Action against trafficking, which will be "
        "presented to donors next week."
    )
    assert tags(later) == {"action_plan": "in_place"}


def test_a_dated_own_law_exists_whatever_drafts_surround_it() -> None:
    text = "A draft bill would strengthen its 2003 anti-trafficking law."
    assert tags(text) == {"legislation": "in_place"}


def test_plans_as_a_verb_is_not_a_plan() -> None:
    text = "Home Ministry plans more safe houses for trafficking victims."
    assert "action_plan" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials approved 3,000 visa applications for victims of trafficking.",
        "We will use every tool at our disposal to prevent human trafficking.",
        "The International Development Law Organization met to discuss trafficking.",
        "It opened a migration analysis and strategy center to fight trafficking.",
    ],
)
def test_names_and_idioms_that_are_not_measures(text: str) -> None:
    assert tags(text) == {}


# --- after test #21 was scored (in-sample; sentences written anew) ---------------------------


def test_contrary_to_the_law_reports_no_law() -> None:
    text = "Employers confiscate the passports of trafficking victims, contrary to Omani law."
    assert tags(text) == {}


def test_due_to_as_a_cause_is_not_a_plan_for_later() -> None:
    text = "Convictions of traffickers rose due to the strict anti-trafficking legislation."
    assert tags(text) == {"legislation": "in_place"}
    text = "The anti-trafficking law is due to be adopted next year."
    assert tags(text) == {"legislation": "planned"}


@pytest.mark.parametrize(
    "text",
    [
        "The ministry adopted a protocol to guide officials in handling trafficking cases.",
        "It issued a national manual on procedures to deal with the child victims of trafficking.",
    ],
)
def test_a_protocol_to_handle_cases_or_victims_is_a_referral_mechanism(text: str) -> None:
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_people_used_as_tools_are_not_technology() -> None:
    text = "Trafficking victims were used as tools for online scams in the compounds."
    assert tags(text) == {}


# --- after test #22 was scored (in-sample; sentences written anew) ---------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The Committee asked the Government to provide information on the impact of the "
            "National Action Plan against Trafficking 2019-2023.",
            "action_plan",
        ),
        (
            "The Committee requests the Government to supply information on the application "
            "of the Prevention of Trafficking in Persons Act 2012 in practice.",
            "legislation",
        ),
    ],
)
def test_a_request_for_information_on_a_measure_names_it_as_existing(
    text: str, category: str
) -> None:
    assert tags(text) == {category: "in_place"}


def test_a_question_on_adopting_a_measure_is_still_a_question() -> None:
    text = (
        "The Committee asked the Government to provide information on the adoption of a "
        "national action plan against trafficking."
    )
    assert tags(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Officers were trained to prevent the criminalization of trafficking victims.",
        "The ministry reported fewer arrests of criminalized victims of sex trafficking.",
        "The labour inspectorate filed law-suits against employers who trafficked workers.",
        "The ASEAN Plan of Action against Trafficking in Persons guided the meeting.",
        "The Women and Children Protection Center of the police rescued 12 trafficking victims.",
        "The ministry reported on the application of effective sanctions to cases of trafficking.",
    ],
)
def test_words_that_name_something_else_than_a_measure(text: str) -> None:
    assert tags(text) == {}


def test_program_participants_are_not_a_programme() -> None:
    text = "The law protects program participants from trafficking and exploitation."
    assert tags(text) == {"legislation": "in_place"}


def test_trafficking_punished_under_the_law_reports_the_law() -> None:
    text = "Trafficking in all its forms is severely punished under the law."
    assert tags(text) == {"legislation": "in_place"}
    vague = "Traffickers were arrested under the law."
    assert tags(vague) == {}


def test_a_strategic_framework_against_trafficking_is_a_plan() -> None:
    text = (
        "The government continued to implement its national strategic framework against "
        "trafficking."
    )
    assert tags(text) == {"action_plan": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The minister noted traffickers' evolving methods due to the use of digital technology.",
        "The use of technology facilitates perpetrators of trafficking, he said.",
    ],
)
def test_technology_offenders_use_is_the_problem_not_a_tool(text: str) -> None:
    assert "tech_partnership" not in tags(text)


def test_technology_used_against_offenders_is_still_a_tool() -> None:
    text = "Police use technology to identify traffickers who recruit victims online."
    assert tags(text) == {"tech_partnership": "in_place"}


def test_the_last_item_after_and_in_a_called_list_is_called_for_too() -> None:
    text = (
        "The government should: prosecute more trafficking cases; train judges; and provide "
        "financial assistance for trafficking shelters."
    )
    assert tags(text) == {}


# --- after test #23 was scored (in-sample; sentences written anew) ---------------------------


def test_legislation_introduced_into_the_assembly_is_a_bill() -> None:
    text = "Anti-trafficking legislation was introduced into the National Assembly in May."
    assert tags(text) == {"legislation": "in_progress"}


def test_a_bill_passed_by_one_house_only_is_in_progress() -> None:
    text = "Its draft anti-trafficking law passed the lower house of Parliament in June."
    assert tags(text) == {"legislation": "in_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "The government should enforce newly passed anti-trafficking legislation.",
        "Officials urged the ministry to enforce the law against human trafficking.",
        "Delegates appealed to the government to harden the law on fighting human traffickers.",
    ],
)
def test_a_call_to_apply_or_amend_an_existing_law_names_it(text: str) -> None:
    assert tags(text) == {"legislation": "in_place"}


def test_a_call_to_adopt_a_law_is_still_a_call() -> None:
    assert tags("The government should adopt a law against human trafficking.") == {}


def test_buyers_of_trafficked_persons_made_criminally_liable_is_a_law() -> None:
    text = "Clients who knowingly use the services of trafficking victims are criminally liable."
    assert tags(text) == {"legislation": "in_place"}


def test_a_commission_on_anti_social_acts_is_not_a_law() -> None:
    text = "The Commission for Combating Anti-Social Acts of Minors trained staff on trafficking."
    assert "legislation" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police improved victim identification procedures at the border.",
        "The ministry is establishing a comprehensive national referral system.",
    ],
)
def test_referral_terms_of_art_carry_their_own_tie(text: str) -> None:
    assert "referral_mechanism" in tags(text, tie=False)


def test_a_call_to_finalize_names_a_draft_in_progress() -> None:
    text = "The government should protect victims by expeditiously finalizing referral protocols."
    assert tags(text) == {"referral_mechanism": "in_progress"}


def test_what_a_project_includes_is_not_yet_built() -> None:
    text = (
        "The government began a project for trafficked children, which includes construction "
        "of two shelters."
    )
    assert tags(text) == {"shelters": "in_progress"}


# --- after test #24 was scored (in-sample; sentences written anew) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The main aim of the amendments to the Law on Combating Trafficking is to align "
            "its terms with the new Criminal Code.",
            {"legislation": "in_place"},
        ),
        (
            "The objective of the meeting is to support victims within the framework of the "
            "National Referral Mechanism.",
            {"referral_mechanism": "in_place"},
        ),
    ],
)
def test_what_something_is_for_is_not_a_plan(text: str, expected: dict[str, str]) -> None:
    assert tags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The process of enacting the anti-trafficking legislation is underway.",
        "The minister said efforts were on to amend the anti-trafficking laws.",
        "Parliament began the first reading of the human trafficking law.",
    ],
)
def test_work_on_a_law_under_way_is_in_progress(text: str) -> None:
    assert tags(text) == {"legislation": "in_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "The temporary residency program for trafficking victims went unused again.",
        "If you need shelter, call the human trafficking helpline.",
        "Some traffickers continue to circumvent the law.",
        "This definition provides a vital tool for the identification of trafficking victims.",
    ],
)
def test_more_words_that_name_something_else_than_a_measure(text: str) -> None:
    assert tags(text) == {}


def test_plans_for_a_bill_are_not_an_action_plan() -> None:
    text = "The Justice Minister unveiled plans for a bill against human trafficking."
    assert "action_plan" not in tags(text)


def test_could_further_improve_by_is_a_recommendation() -> None:
    text = "The government could further improve by passing anti-trafficking legislation."
    assert tags(text) == {}


def test_an_automated_tool_the_police_use_is_still_technology() -> None:
    text = "Police used an automated tool that scans online advertisements for trafficking."
    assert tags(text) == {"tech_partnership": "in_place"}


# --- after test #25 was scored (in-sample; sentences written anew) ---------------------------


def test_a_negation_governs_across_a_hyphenated_list_of_modifiers() -> None:
    # five words from "has yet to", though the tokenizer makes eight tokens of them
    text = (
        "The ministry has yet to draft and approve formal, survivor-informed guidelines for "
        "the identification of trafficking victims."
    )
    assert tags(text) == {}


def test_a_dash_aside_after_a_measure_does_not_hide_its_predicate() -> None:
    text = (
        "The new trafficking legislation—including provisions to prohibit and punish forced "
        "labour—remained pending review by the Cabinet."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_waiting_approval_said_right_after_a_plan_is_in_progress() -> None:
    text = (
        "The committee has written a national action plan against trafficking, awaiting "
        "approval by the Cabinet."
    )
    assert tags(text) == {"action_plan": "in_progress"}


def test_there_will_be_procedures_is_planned() -> None:
    # "operating" names the procedures; it is no status cue after "will"
    text = "There will be standard operating procedures for identifying trafficking victims."
    assert tags(text) == {"referral_mechanism": "planned"}


def test_the_provisions_of_a_measure_presuppose_it() -> None:
    text = (
        "The trainers shall take police officers through the provisions of the National "
        "Referral Mechanism for trafficking victims."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}
    # the provisions of a draft presuppose the draft, not the law
    draft = "Officials studied the trafficking provisions of the draft Penal Code."
    assert tags(draft) == {"legislation": "in_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "Officers will pursue anyone who violates laws, and trafficking is a grave crime.",
        "Most of the trafficked workers were unaware of labour laws.",
        "Law enforcers arrested nine suspected traffickers last week.",
        "The trafficking suspects also face charges under the Anti-Terrorism Act.",
    ],
)
def test_laws_in_general_and_laws_on_other_subjects_are_not_measures(text: str) -> None:
    assert "legislation" not in tags(text)


def test_a_place_where_victims_found_refuge_is_a_shelter() -> None:
    text = "Nine trafficking victims sought refuge at an embassy safe house run by the ministry."
    assert tags(text) == {"shelters": "in_place"}


def test_a_hotline_and_referral_service_is_a_referral_mechanism() -> None:
    text = "The government funds a national trafficking hotline and referral service."
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_a_unit_for_identifying_and_caring_for_victims_routes_them() -> None:
    text = "The Unit for the Identification and Care of Victims of Trafficking assisted 40 people."
    assert tags(text) == {"referral_mechanism": "in_place"}


# --- after test #26 was scored (in-sample; sentences written anew) ---------------------------


def test_a_never_ending_task_is_no_denial() -> None:
    text = (
        "Addressing trafficking is a never ending challenge and the Government is committed "
        "to new legislation against trafficking."
    )
    assert tags(text) == {"legislation": "planned"}


def test_a_recommendation_to_use_or_implement_a_measure_presupposes_it() -> None:
    text = (
        "Vigorously prosecute traffickers using the anti-trafficking statute; increase funding "
        "to the committee implementing the national action plan."
    )
    assert tags(text) == {"legislation": "in_place", "action_plan": "in_place"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry is in the final stages of forming a National Referral Mechanism for "
            "trafficking victims.",
            {"referral_mechanism": "in_progress"},
        ),
        (
            "The anti-trafficking law is being expanded and simplified.",
            {"legislation": "in_progress"},
        ),
        (
            "The ministry is spearheading the Trafficking in Persons (Amendment) Bill of 2024.",
            {"legislation": "in_progress"},
        ),
        (
            "The bill provides for dedicated shelters for victims of trafficking.",
            {"legislation": "in_progress", "shelters": "in_progress"},
        ),
    ],
)
def test_work_under_way_and_what_a_bill_provides_for_are_in_progress(
    text: str, expected: dict[str, str]
) -> None:
    assert tags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police training will be aligned with the National Action Plan against Trafficking.",
            {"action_plan": "in_place"},
        ),
        (
            "The ministry will work with a $2 million anti-trafficking action plan which was "
            "funded in this year's budget.",
            {"action_plan": "in_place"},
        ),
        (
            "Two departments will oversee the implementation of the Government's five-year "
            "National Strategy to Combat Human Trafficking.",
            {"action_plan": "in_place"},
        ),
    ],
)
def test_a_measure_a_future_action_follows_or_implements_exists(
    text: str, expected: dict[str, str]
) -> None:
    assert tags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police freed 40 trafficking victims from a factory disguised as a drug rehabilitation "
        "center.",
    ],
)
def test_a_drug_clinic_is_not_a_shelter(text: str) -> None:
    assert tags(text) == {}


def test_an_asylum_application_is_not_software() -> None:
    text = (
        "Legal procedures for appealing rejected asylum applications risked limiting "
        "identification of trafficking victims among asylum-seekers."
    )
    assert "tech_partnership" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The memorandum between the police and the social services covers the handling of "
        "victims of trafficking.",
        "The Migrant Protection Unit was set up to identify, support and follow up victims of "
        "trafficking.",
    ],
)
def test_an_agreement_or_a_unit_that_handles_victims_is_a_referral_mechanism(text: str) -> None:
    assert tags(text).get("referral_mechanism") == "in_place"


# --- after test #27 was scored (in-sample; sentences written anew) ---------------------------


def test_a_programme_named_after_trafficking_is_a_plan() -> None:
    text = (
        "The ministry is implementing the Human Trafficking Prevention and Response Programme "
        "for 2024-2028."
    )
    assert tags(text) == {"action_plan": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The minister introduced the Trafficking Victims Support Act, which if passed would "
        "fund shelters.",
        "The government presented its anti-trafficking law, to take effect once enacted by "
        "parliament.",
    ],
)
def test_a_law_that_takes_effect_if_passed_is_in_progress(text: str) -> None:
    assert tags(text).get("legislation") == "in_progress"


def test_a_mechanism_victims_are_referred_to_exists() -> None:
    text = (
        "Children referred into the National Referral Mechanism for trafficking victims will "
        "get an advocate."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Trafficking survivors took shelter under a bridge outside the capital.",
        "Several trafficking shelters had been closed because armed groups ran them.",
        "The records were obtained under the Official Information Act from the trafficking unit.",
        "The trafficking bill is part of a new national policy on migration and asylum.",
        "A comprehensive programme of training on human trafficking has been completed.",
        "Officials worry about the use of technology to facilitate human trafficking.",
    ],
)
def test_more_things_that_are_not_the_states_measure(text: str) -> None:
    found = tags(text)
    assert "shelters" not in found and "action_plan" not in found
    assert "tech_partnership" not in found
    assert found.get("legislation") in (None, "in_progress")


def test_what_is_suspended_under_a_law_is_not_the_law() -> None:
    text = (
        "The courts suspended most sentences for offenders convicted under the trafficking "
        "law in 2009."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_the_closure_of_shelters_denies_them() -> None:
    text = "The minister noted the closure of some trafficking shelters run by armed groups."
    assert "shelters" not in tags(text)


def test_speeding_up_the_building_of_a_database_is_in_progress() -> None:
    text = "Police would speed up the building of a DNA database to trace trafficked children."
    assert tags(text).get("tech_partnership") == "in_progress"


# --- after test #28 was scored (in-sample; sentences written anew) ---------------------------


def test_a_law_approving_an_agreement_is_a_ratification() -> None:
    text = "Parliament voted two laws approving international agreements against trafficking."
    assert "legislation" not in tags(text)


def test_the_activities_of_a_plan_presuppose_it() -> None:
    text = "The aim is to prioritise activities of the national action plan against trafficking."
    assert tags(text) == {"action_plan": "in_place"}


# --- before test #29 was scored (in-sample; sentences written anew) --------------------------


def test_a_database_being_developed_meets_its_context_verb() -> None:
    # spaCy's lookup table lemmatizes "developing" to "develope"; the context list says "develop"
    text = "The Interior Ministry is developing a new trafficking database for investigators."
    assert tags(text) == {"tech_partnership": "in_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "Victim identification methods were slow and involved NGOs too late.",
        "Officials now use improved victim identification processes in trafficking cases.",
        "Labour inspectors use the victim-identification tool adopted in 2019 for trafficking.",
    ],
)
def test_victim_identification_methods_and_tools_are_referral_mechanisms(text: str) -> None:
    assert "referral_mechanism" in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The committee adopted the country?s national action plan against trafficking.",
        "The ministry said: ?We adopted a national action plan against trafficking.?",
    ],
)
def test_a_question_mark_left_by_a_broken_encoding_asks_nothing(text: str) -> None:
    assert tags(text) == {"action_plan": "in_place"}


def test_a_real_question_still_reports_nothing() -> None:
    assert tags("Has the country adopted a national action plan against trafficking?") == {}


def test_regulation_enforcement_is_law_enforcement_respun() -> None:
    text = "Training reached regulation enforcement companies working on trafficking cases."
    assert "legislation" not in tags(text)


# --- after test #29 was scored (in-sample; sentences written anew) ---------------------------


def test_the_month_may_is_not_a_modal() -> None:
    text = "Law No. 12-07 of 3 May 2012 on combating trafficking in persons sets the penalties."
    assert tags(text) == {"legislation": "in_place"}


def test_signing_a_un_protocol_leaves_the_states_own_law_its_own() -> None:
    text = (
        "The government strengthened its response to trafficking by signing the UN Protocol "
        "and amending its Penal Code in 2019."
    )
    fiji = Speaker(kind="state", names=("fiji",), other_actor_names=("un",))
    assert tags(text, speaker=fiji) == {"legislation": "in_place"}


def test_a_strategy_that_remains_elusive_is_denied() -> None:
    text = "A joint strategy against human trafficking remains elusive, officials admitted."
    assert "action_plan" not in tags(text)


def test_the_best_strategy_is_an_approach_not_a_plan() -> None:
    text = "The best strategy to end human trafficking is education, the minister said."
    assert "action_plan" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "In neighbouring Moldova, traffickers face long prison terms under a new law on "
        "trafficking.",
        "Since the national action plan against trafficking was adopted in Moldova, more "
        "victims have been found.",
    ],
)
def test_a_measure_located_in_another_state_is_that_states(text: str) -> None:
    assert (
        tags(
            text, speaker=Speaker(kind="state", names=("ukraine",), other_actor_names=("moldova",))
        )
        == {}
    )


def test_a_measure_in_the_speakers_own_country_still_counts() -> None:
    text = "In cooperation with Moldova, the government adopted a law on trafficking in persons."
    found = tags(
        text, speaker=Speaker(kind="state", names=("ukraine",), other_actor_names=("moldova",))
    )
    assert found == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The committee agreed to develop a national strategy against human trafficking.",
        "The new law gives the council the mandate to create a national action plan on "
        "trafficking.",
    ],
)
def test_agreeing_or_being_mandated_to_create_a_plan_is_planned(text: str) -> None:
    assert tags(text).get("action_plan") == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "The commission issued an inter-institutional action guide on trafficking in persons.",
        "Consuls will use a new protocol to assist victims of trafficking abroad.",
        "Police officers received the screening and reporting tools for identification of "
        "trafficking victims.",
        "The ministry signed a memorandum with the police on joint identification of "
        "trafficking victims.",
    ],
)
def test_guides_protocols_and_tools_to_identify_or_assist_victims_are_referral(
    text: str,
) -> None:
    assert "referral_mechanism" in tags(text)


def test_shelters_for_victims_refer_to_the_victims_spoken_of() -> None:
    text = (
        "The report covers human trafficking in the country. Police rescued 40 girls in "
        "2022. Most were placed in shelters for child victims run by the ministry."
    )
    assert tags(text, tie=False) == {"shelters": "in_place"}


def test_shelters_for_victims_of_nothing_spoken_of_stay_untied() -> None:
    text = "Floods displaced thousands. The ministry opened shelters for flood victims."
    assert tags(text, tie=False) == {}


def test_an_eu_directive_is_not_the_states_law() -> None:
    text = (
        "The national rapporteur acts in accordance with Directive 2011/36/EU on preventing "
        "trafficking in human beings."
    )
    assert "legislation" not in tags(text)


def test_procedures_for_accommodation_are_not_a_shelter() -> None:
    text = "He described procedures for accommodation and return of trafficking victims."
    assert "shelters" not in tags(text)


# --- after test #30 was scored (in-sample; sentences written anew) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet approved a decision to convert an old school into a shelter for "
        "trafficking victims.",
        "The ministry will release funds to the provinces to set up rehabilitation centres "
        "for trafficked children.",
    ],
)
def test_what_means_or_a_decision_are_for_is_planned(text: str) -> None:
    assert tags(text) == {"shelters": "planned"}


def test_funding_given_to_an_office_leaves_the_mechanism_in_place() -> None:
    text = (
        "The government increased funding to the coordinator's office and convened the "
        "national referral mechanism for trafficking victims."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_a_revised_law_named_as_such_takes_the_status_that_governs_it() -> None:
    text = "The police are expediting the finalisation of the revised Anti-Trafficking Law."
    assert tags(text) == {"legislation": "in_progress"}


def test_a_new_multi_year_plan_to_do_something_is_a_plan() -> None:
    text = "The agency launched a new five-year plan to widen its fight against human trafficking."
    assert tags(text) == {"action_plan": "in_place"}


def test_the_law_catching_up_with_offenders_is_an_idiom() -> None:
    text = "He warned human traffickers that the law would catch up with them."
    assert "legislation" not in tags(text)


def test_a_recovery_and_reintegration_programme_is_a_service_not_a_plan() -> None:
    text = (
        "The Recovery and Reintegration Program for Trafficked Persons gives survivors "
        "counselling and skills training."
    )
    assert "action_plan" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The department gives trafficking victims with nowhere to go emergency housing.",
        "The ministry funded their accommodation and medicine after they escaped trafficking.",
    ],
)
def test_emergency_housing_and_funded_accommodation_are_shelter(text: str) -> None:
    assert "shelters" in tags(text)


# --- after test #31 was scored (in-sample; sentences written anew) ---------------------------


def test_a_state_named_as_a_partner_behind_a_possessive_is_a_partner() -> None:
    text = (
        "Thai officials work with their Myanmar counterparts under the National Referral "
        "Mechanism to return trafficking victims."
    )
    thailand = Speaker(kind="state", names=("thailand",), other_actor_names=("myanmar",))
    assert tags(text, speaker=thailand) == {"referral_mechanism": "in_place"}


def test_demanding_that_the_government_provide_a_plan_is_a_call() -> None:
    text = "Deputies demanded that the government provide an action plan against trafficking."
    assert tags(text) == {}


def test_shelter_given_by_smugglers_is_the_offence() -> None:
    text = "The law jails those who provide shelters for trafficked migrants on their journey."
    assert "shelters" not in tags(text)


def test_a_news_channel_cited_as_a_source_is_no_tech_partnership() -> None:
    text = (
        "The ministry announced the trafficking figures, the agency reported with reference "
        "to Telegram."
    )
    assert "tech_partnership" not in tags(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry accommodated 31 victims of trafficking in 2023.", {"shelters": "in_place"}),
        ("The task force has accommodated many queries on human trafficking online.", {}),
    ],
)
def test_accommodated_victims_are_sheltered_accommodated_queries_are_not(
    text: str, expected: dict[str, str]
) -> None:
    assert {k: v for k, v in tags(text).items() if k == "shelters"} == expected


def test_harnessing_financial_intelligence_to_identify_traffickers_is_tech() -> None:
    text = (
        "The financial intelligence unit is harnessing the power of financial intelligence to "
        "help identify human traffickers."
    )
    assert tags(text) == {"tech_partnership": "in_place"}


def test_victims_who_will_undergo_a_mechanism_presuppose_it() -> None:
    text = (
        "Rescued foreigners will undergo the national referral mechanism process for "
        "trafficking victims."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


# --- after test #32 was scored (in-sample; no split has scored these) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police rescued 30 people from a trafficking ring on Monday. They were taken to the "
        "capital. The victims are now being sheltered by the ministry.",
        "Police rescued 30 people from a trafficking ring on Monday. They were taken to the "
        "capital. Our shelter there has received the most victims this year.",
    ],
)
def test_a_shelter_whose_sentence_speaks_of_victims_ties_back(text: str) -> None:
    assert tags(text, tie=False) == {"shelters": "in_place"}


def test_victims_of_something_else_do_not_tie_a_shelter() -> None:
    text = "Floods hit the north. Thousands were displaced. Victims received shelter in schools."
    assert tags(text, tie=False) == {}


# --- after test #33 was scored (in-sample; sentences written anew) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The task force on human trafficking will be restructured, said the Coordinating "
        "Minister for Politics, Law, and Security.",
        "The Department of Law and Human Rights hosted a seminar on human trafficking.",
    ],
)
def test_law_in_an_office_or_post_name_is_a_field_not_a_measure(text: str) -> None:
    assert "legislation" not in tags(text)


def test_an_instrument_named_after_an_office_is_still_a_law() -> None:
    text = (
        "The Ministry of the Interior Decree No. 12/2019 on the protection of trafficking "
        "victims is in force."
    )
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "If it is proved that the agency was aware of the trafficking, then the law will take "
        "its course, said the Minister.",
        "He said the trafficking case is being investigated by the relevant authorities and "
        "appropriate law will be applied to bring the culprits to book.",
    ],
)
def test_the_law_taking_its_course_is_an_idiom(text: str) -> None:
    assert "legislation" not in tags(text)


def test_the_program_named_right_after_an_excluded_training_program_is_that_one() -> None:
    text = (
        "The Commission is conducting a virtual training program with UNODC on trafficking in "
        "persons. The program also provided an overview of the 2009 Anti-Trafficking Law and "
        "the protocols, which the country has signed."
    )
    assert tags(text) == {"legislation": "in_place"}
    # a bare repeat of a plan that was never excluded is still a plan
    assert tags(
        "In 2015 we adopted a programme against trafficking in persons. The programme runs "
        "until 2020."
    ) == {"action_plan": "in_place"}


def test_a_programme_for_government_is_not_a_plan_against_trafficking() -> None:
    text = (
        "This success is due to the aim set out in our Programme for Government of making the "
        "country hostile to slavery."
    )
    assert "action_plan" not in tags(text)


def test_a_resource_mobilisation_strategy_is_not_a_plan_against_trafficking() -> None:
    text = (
        "The committee trained staff on the resource mobilisation strategy for the "
        "anti-trafficking fund."
    )
    assert "action_plan" not in tags(text)


def test_technology_that_changed_how_traffickers_work_is_the_problem() -> None:
    text = (
        "He added that the use of digital technology and the internet have significantly "
        "changed the way human trafficking rings operate."
    )
    assert "tech_partnership" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "We established a national coordinating mechanism to support and protect victims of "
        "trafficking in human beings.",
        "A national mechanism has been established to diagnose and care for victims of human "
        "trafficking.",
        "The government is piloting a coordination mechanism for reintegrating victims of human "
        "trafficking.",
    ],
)
def test_a_mechanism_to_protect_care_for_or_reintegrate_victims_is_referral(text: str) -> None:
    assert "referral_mechanism" in tags(text)


def test_mechanisms_merely_to_assist_victims_stay_too_vague() -> None:
    text = (
        "Despite limited resources, the Government has refurbished shelters and provided other "
        "supporting mechanisms to assist victims of human trafficking."
    )
    assert "referral_mechanism" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The police opened a screening centre for trafficking victims at the border.",
        "Officers follow response protocols for human trafficking cases.",
        "The ministry issued a Protocol for pre-rescue, rescue and post-rescue operations of "
        "child victims of trafficking.",
    ],
)
def test_screening_centres_and_rescue_or_response_protocols_are_referral(text: str) -> None:
    assert "referral_mechanism" in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "To end human trafficking, the minister revealed the new, comprehensive five-year "
        "strategy.",
        "Against human trafficking the government has devised a four-pillar strategy.",
        "Human trafficking is a grave crime. I am therefore pleased to publish this Strategy.",
    ],
)
def test_a_plan_with_a_term_or_pillars_or_named_as_this_strategy_is_a_plan(text: str) -> None:
    assert tags(text) == {"action_plan": "in_place"}


def test_a_lower_case_this_strategy_is_still_only_an_approach() -> None:
    assert "action_plan" not in tags("Raising awareness of trafficking is this strategy's core.")


@pytest.mark.parametrize(
    "text",
    [
        "An electronic data collection system on trafficking in persons has been in place since "
        "2016.",
        "The ministry has created a DNA database for children abducted by traffickers.",
        "The missing child alert system now flags suspected trafficking cases.",
    ],
)
def test_a_data_tool_named_as_such_is_tech(text: str) -> None:
    assert "tech_partnership" in tags(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police received 536 trafficking reports filed via the Interior Minister's Facebook "
            "page and acted on them.",
            True,
        ),
        ("Traffickers lure their victims via Facebook pages and WhatsApp.", False),
    ],
)
def test_reports_taken_through_a_digital_channel_are_the_states_use_of_it(
    text: str, expected: bool
) -> None:
    assert ("tech_partnership" in tags(text)) is expected


def test_over_a_five_year_plan_is_a_time_frame_not_a_plan() -> None:
    text = (
        "To help end trafficking at its roots, we will increase our development aid by 27 per "
        "cent over a five-year plan."
    )
    assert "action_plan" not in tags(text)


# --- after test #34 was scored (in-sample; sentences written anew) ---------------------------


def test_a_court_of_law_is_not_a_law() -> None:
    text = "Investigators obtained the trafficking suspects' remand from a court of law."
    assert "legislation" not in tags(text)


def test_directives_for_implementing_a_plan_are_instructions_not_laws() -> None:
    text = (
        "The Vice President will address the forum on the anti-trafficking strategy and the "
        "directives of the implementation of the strategy."
    )
    assert "legislation" not in tags(text)


def test_traffickers_finding_refuge_is_not_a_shelter() -> None:
    assert "shelters" not in tags("These human trafficking hubs find refuge under the casinos.")


def test_sheltering_a_person_in_the_offence_definition_is_not_a_shelter() -> None:
    text = (
        "A person commits a human trafficking crime if, for the purpose of exploitation, they "
        "use, transfer shelter or receive a person by coercion."
    )
    assert "shelters" not in tags(text)


def test_a_legal_duty_on_internet_service_providers_is_a_tech_measure() -> None:
    text = (
        "Internet service providers are also required to take measures to prevent their "
        "services from being used to facilitate human trafficking."
    )
    assert "tech_partnership" in tags(text)


def test_the_speakers_own_widely_welcomed_efforts_are_not_praise_of_another() -> None:
    text = (
        "Human trafficking is a crime. As part of these widely welcomed efforts, the Ministry "
        "of Labour launched the National Plan to Combat Human Trafficking 2024-2026."
    )
    assert tags(text) == {"action_plan": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Directives have already been issued to keep vigil against human trafficking at field "
        "level.",
        "After the strict directive of the police chief, all units raided trafficking dens.",
        "The operation against trafficking was carried out under the directives of the Minister.",
    ],
)
def test_an_officials_directive_to_act_is_an_instruction_not_a_law(text: str) -> None:
    assert "legislation" not in tags(text)


def test_related_laws_and_law_officers_are_not_a_law_on_trafficking() -> None:
    assert "legislation" not in tags(
        "The country does not have a law against all forms of trafficking, and while related "
        "laws exist, they are rarely used against traffickers."
    )
    assert "legislation" not in tags(
        "The conferences build the capacity of law officers and police officers on trafficking."
    )


# --- after test #35 was scored (in-sample; sentences written anew) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Those found dealing in human trafficking will face the full force of law, he warned.",
        "The office monitored shelters for trafficking victims under the authority granted by law.",
        "Acting on the directives of First Deputy Prime Minister Al-Yousef, the department "
        "raided offices suspected of trafficking.",
        "The committee received law reform proposals from witnesses on modern slavery.",
        "Special attention was given to efforts to further improve national legislation on "
        "trafficking.",
        "The trafficking victims will return once their families pay the hospital bills.",
    ],
)
def test_idioms_aims_and_invoices_are_not_laws(text: str) -> None:
    assert "legislation" not in tags(text)


def test_a_law_cited_for_the_penalty_it_sets_is_a_law() -> None:
    text = (
        "Police arrested five traffickers in the trafficking ring. According to a law passed in "
        "2017, they can face life in prison."
    )
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2012 the country adopted an appropriate law against human trafficking.",
        "The country adopted modern legislation against human trafficking in 2015.",
    ],
)
def test_an_adjective_before_a_law_leaves_it_a_law(text: str) -> None:
    """The idioms ("appropriate law will be applied") and aims ("improve legislation") are
    excluded as phrases; the adjective alone must not be."""
    assert tags(text) == {"legislation": "in_place"}


# --- after test #36 was scored (in-sample; sentences written anew) ---------------------------


def test_a_state_name_inside_a_place_that_is_not_that_state_is_not_another_state() -> None:
    """ "Northern Ireland" holds "Ireland", but a plan signed by its prosecutor is the United
    Kingdom's, even when the text names Ireland elsewhere."""
    text = (
        "The Director of Public Prosecutions and the Public Prosecutor for Northern Ireland "
        "signed up to an action plan against human trafficking. Ireland sent an observer."
    )
    speaker = speaker_named("United Kingdom", text)
    assert speaker is not None and "ireland" in speaker.other_actor_names
    assert tags(text, speaker=speaker) == {"action_plan": "in_place"}
    # the State itself, named in full, is still another State
    other = "Ireland signed up to an action plan against human trafficking."
    assert tags(other, speaker=speaker_named("United Kingdom", other) or STATE) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry granted 54 foreign nationals the status of victims of human trafficking.",
        "The Cabinet approved the procedure for establishing the status of a person affected by "
        "trafficking in human beings.",
        "Last year the agency certified 120 foreign adults as trafficking victims.",
    ],
)
def test_a_formal_decision_on_victim_status_is_a_referral_mechanism(text: str) -> None:
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_improving_the_status_of_victims_is_not_a_decision_on_it() -> None:
    assert "referral_mechanism" not in tags(
        "The reform aims to improve the status of victims of trafficking in court."
    )


def test_a_centre_that_identifies_victims_and_offers_help_routes_them() -> None:
    text = (
        "The national centre identifies trafficked persons and offers them assistance and "
        "counselling."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_sheltering_listed_among_a_centres_services_is_shelter() -> None:
    text = (
        "The centre for victims of trafficking presented its services, including counselling, "
        "sheltering and legal aid."
    )
    assert tags(text) == {"shelters": "in_place"}


def test_strategic_documents_against_trafficking_are_plans() -> None:
    text = "The country has an anti-trafficking office, strategic documents and laws."
    assert tags(text) == {"legislation": "in_place", "action_plan": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador stressed the aim of combating trafficking in persons by working with "
        "the Ministry of Home Affairs, Police, Defence and Law and Justice.",
        "Three women were arrested for violating residency laws during the trafficking raid.",
    ],
)
def test_a_ministry_named_for_law_or_a_law_on_residence_is_not_a_trafficking_law(
    text: str,
) -> None:
    assert "legislation" not in tags(text)


def test_stricter_punishment_is_a_change_to_the_law_and_severe_punishment_is_not() -> None:
    assert tags("The government has introduced stricter punishments for traffickers.") == {
        "legislation": "in_place"
    }
    assert "legislation" not in tags(
        "Victims of trafficking reported severe punishments, including beatings."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The World Day against Trafficking creates a platform for awareness-raising on "
        "trafficking.",
        "The police unit called the Women and Child Protection Center interviewed the "
        "trafficking victims.",
    ],
)
def test_a_forum_or_a_police_unit_is_neither_tech_nor_shelter(text: str) -> None:
    assert tags(text) == {}


# --- after test #37 was scored (in-sample; sentences written anew) ---------------------------
# Test #37 brought a kind of text no split had: an international body writing about one
# State (GRETA evaluations, rapporteurs' visits, IOM and UNODC country news).


def test_an_evaluators_welcome_of_the_states_measure_reports_it() -> None:
    text = "In its report, GRETA welcomes the adoption of new legislation against trafficking."
    assert tags(text) == {"legislation": "in_place"}
    text = (
        "The expert body evaluated the country's response to trafficking in human beings. "
        "GRETA notes progress. It also welcomes the adoption of the third national action plan."
    )
    assert tags(text) == {"action_plan": "in_place"}
    # the State itself welcoming a measure is still welcoming another's
    assert tags("We welcome the adoption of new legislation against trafficking.") == {}


def test_a_shelter_an_evaluator_visited_is_not_said_to_be_the_states() -> None:
    assert tags("During the visit, the delegation visited a shelter for trafficking victims.") == {}
    assert tags(
        "The rapporteur visited the shelter for trafficking victims run by the Ministry of "
        "Social Affairs."
    ) == {"shelters": "in_place"}
    assert tags("The minister visited the state-run shelter for trafficking victims.") == {
        "shelters": "in_place"
    }


@pytest.mark.parametrize(
    "text",
    [
        "GRETA calls for the authorities to provide funding for services for victims of "
        "trafficking; to ensure that child victims of trafficking benefit from specialised "
        "accommodation.",
        "GRETA published its report on the country.\n• Ensure that trafficking victims are "
        "offered places in specialised shelters.",
        "The country was also advised to open shelters for male victims of trafficking.",
    ],
)
def test_an_evaluators_recommendations_are_calls(text: str) -> None:
    assert tags(text) == {}


def test_a_governments_own_bulleted_actions_are_not_recommendations() -> None:
    text = (
        "The new action plan against trafficking sets out these actions:\n• Establish "
        "dedicated accommodation for victims of trafficking."
    )
    assert "shelters" in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Participants followed modules covering trafficking indicators and national referral "
        "mechanisms.",
        "The handbook has chapters on victim identification and referral of trafficking victims.",
    ],
)
def test_a_measure_named_as_the_subject_of_a_training_is_not_reported(text: str) -> None:
    assert tags(text) == {}


def test_a_named_measure_a_training_covers_exists() -> None:
    text = "Officials attended sessions on the National Referral Mechanism for trafficking victims."
    assert tags(text) == {"referral_mechanism": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Table of contents Preamble... 5 I. Introduction... 8 II. National framework for action "
        "against trafficking in human beings... 9",
        "II....... Overview of changes in the legislative and policy framework for action "
        "against human trafficking. 11",
    ],
)
def test_a_contents_page_run_together_is_not_a_report(text: str) -> None:
    assert tags(text) == {}


def test_an_organization_supporting_a_national_plan_leaves_it_the_states() -> None:
    text = "IOM supports the drafting of a National Plan of Action to combat human trafficking."
    speaker = speaker_named("Ecuador", text)
    assert speaker is not None
    assert tags(text, speaker=speaker) == {"action_plan": "in_progress"}
    # another State's national plan stays that State's
    other = "Spain supports the drafting of a National Plan of Action to combat human trafficking."
    assert tags(other, speaker=speaker_named("Ecuador", other) or STATE) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The committees are supported by UNICEF and the NGO Plan International against "
        "trafficking.",
        "Mr Khan, National Programme Coordinator of UNODC, presented the anti-trafficking manual.",
        "Within the Global Programme against Trafficking in Persons, UNODC trained prosecutors.",
        "The agreement includes a program to support trafficking victims and their return.",
        "This will enable a well-thought out action plan for this initiative against trafficking.",
        "The National Assembly now plans to draft a comprehensive anti-trafficking law.",
    ],
)
def test_names_posts_services_and_verbs_are_no_action_plan(text: str) -> None:
    assert "action_plan" not in tags(text)


def test_an_application_as_a_request_and_the_ways_offenders_work_are_no_tech() -> None:
    assert (
        tags(
            "Parliament has started examining the government's application on ratifying the "
            "trafficking protocol."
        )
        == {}
    )
    assert (
        tags(
            "Trafficking in human beings increasingly includes the use of information technology, "
            "which brings structural changes to the way offenders operate."
        )
        == {}
    )


def test_a_definite_framework_developed_further_exists() -> None:
    text = "The authorities continued to develop the legal framework against trafficking."
    assert tags(text) == {"legislation": "in_place"}
    assert tags("The authorities are developing a legal framework against trafficking.") == {
        "legislation": "in_progress"
    }


# --- after test #38 was scored (in-sample; sentences written anew) ---------------------------


def test_an_organizations_programme_named_in_an_opening_phrase_is_the_organizations() -> None:
    text = (
        "As part of its counter-trafficking programme in the country, IOM provides technical "
        "support to the police."
    )
    speaker = speaker_named("Maldives", text)
    assert speaker is not None
    assert tags(text, speaker=speaker) == {}
    own = (
        "As part of its national action plan against trafficking, the Government opened two "
        "shelters."
    )
    assert tags(own) == {"shelters": "in_place", "action_plan": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "In its first report, GRETA called upon the authorities to launch a national "
        "anti-trafficking action plan.",
        "The rapporteur made recommendations to the Government, including developing a national "
        "plan of action against trafficking.",
    ],
)
def test_calls_upon_and_recommendations_to_a_government_are_calls(text: str) -> None:
    assert tags(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The training covered the definition of trafficking and the mechanism of referral of "
        "victims.",
        "The report evaluates the response to trafficking, paying particular attention to the "
        "use of technology.",
        "Tools and referral mechanisms are not effectively in place for the identification of "
        "trafficking victims.",
        "The mayor's office implemented a municipal program to prevent human trafficking.",
        "The recommendations in this report on trafficking are a roadmap for us, the minister "
        "said.",
    ],
)
def test_topics_gaps_forums_and_figures_of_speech_are_not_measures(text: str) -> None:
    assert tags(text) == {}


def test_a_visited_shelter_run_by_state_bodies_is_the_states() -> None:
    text = (
        "The delegation visited the two shelters for victims of trafficking, run by the "
        "provincial migration directorates."
    )
    assert tags(text) == {"shelters": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The Senate approved on third and final reading a bill against human trafficking.",
        "The Lok Sabha passed the trafficking of persons bill on Thursday.",
    ],
)
def test_a_bill_one_chamber_passed_is_in_progress(text: str) -> None:
    assert tags(text) == {"legislation": "in_progress"}


def test_a_database_whose_establishment_is_reported_is_tech() -> None:
    text = (
        "The project proposes the establishment of a network and database between government "
        "agencies against trafficking."
    )
    assert "tech_partnership" in tags(text)


# --- after test #39 was scored (in-sample; sentences written anew) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Participants will be able to enhance their capabilities in border management and "
        "referral procedures for trafficking victims.",
        "The workshop gave officers hands-on training on how to develop referral pathways for "
        "trafficking victims.",
        "The diverse audience led to dynamic exchanges on victim identification and referral "
        "systems for trafficking.",
    ],
)
def test_a_training_on_referral_is_not_a_referral_mechanism(text: str) -> None:
    assert tags(text) == {}


def test_the_lack_of_understanding_of_a_law_still_names_it() -> None:
    text = "Incomplete understanding of anti-trafficking laws among officials hinders efforts."
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The Committee requests information on the application in practice of the law on "
        "trafficking in persons.",
        "Section 192 of the Criminal Code criminalizes the recruitment, receipt or shelter of "
        "another person for exploitation through trafficking.",
        "Officials found trafficking victims in temporary reception centres for migrants.",
    ],
)
def test_a_request_an_offence_and_a_migrant_centre_are_no_tech_or_shelter(text: str) -> None:
    assert "tech_partnership" not in tags(text)
    assert "shelters" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The country adopted an intersectoral protocol on care for victims of trafficking.",
        "The Unified National Protocol for protection and comprehensive assistance for victims "
        "of trafficking was approved.",
    ],
)
def test_a_protocol_to_protect_and_assist_victims_is_a_referral_mechanism(text: str) -> None:
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_a_request_on_the_enforcement_of_a_law_names_it_as_existing() -> None:
    text = (
        "The Committee requested the Government to provide information on the enforcement of "
        "the sections of the Criminal Code that criminalize trafficking."
    )
    assert tags(text) == {"legislation": "in_place"}


# --- after test #40 was scored (in-sample; sentences written anew) ---------------------------


def test_a_call_citing_a_named_act_as_its_standard_presupposes_the_act() -> None:
    text = (
        "Unregistered orphanages must close within five years, in line with the Child "
        "Protection Act 2021 which the Government is implementing against child trafficking."
    )
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The course included information on anti-trafficking legislation and interview skills.",
        "The discussions focused on the legal framework applicable to human trafficking.",
        "The overall objective of the training was to build expertise on victim identification "
        "and referral mechanisms for trafficking victims.",
    ],
)
def test_what_a_training_or_discussion_covers_is_not_a_measure(text: str) -> None:
    assert tags(text) == {}


def test_a_plain_paragraph_after_a_bulleted_recommendation_list_is_a_report() -> None:
    text = (
        "The roundtable on human trafficking closed. Other recommendations included:\n\n"
        "• More research on human trafficking;\n\n"
        "• More resources for prevention.\n\n"
        "Meanwhile, the national task team against human trafficking has led the development "
        "of the National Action Plan to fight human trafficking."
    )
    assert tags(text) == {"action_plan": "in_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "The annual report on human trafficking is available on the Ministry's website.",
        "The updated national action plan against trafficking was released through the website "
        "of the Ministry of Foreign Affairs.",
        "For more on human trafficking, please visit the Agency's website.",
    ],
)
def test_a_website_where_a_text_is_published_is_not_technology(text: str) -> None:
    assert "tech_partnership" not in tags(text)


def test_tips_received_through_a_website_are_still_technology() -> None:
    text = "The Commission receives tips on human trafficking through its official website."
    assert tags(text) == {"tech_partnership": "in_place"}


def test_a_strategy_named_after_trafficking_is_an_action_plan() -> None:
    text = "In 2017 we published our first Trafficking and Exploitation Strategy for Scotland."
    assert tags(text) == {"action_plan": "in_place"}


# --- after test #41 was scored (in-sample; sentences written anew) ---------------------------


def test_a_list_item_after_the_measure_that_states_a_need_is_not_a_call_on_it() -> None:
    text = (
        "The Rapporteur on human trafficking spoke about the launching of the National "
        "Referral Mechanism, the need to fight impunity and the role of supply chains."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_a_named_act_suspects_contravened_is_the_states_law() -> None:
    text = (
        "Three alleged traffickers appeared in court for contravening the Prevention of "
        "Trafficking in Persons Act 4 of 2015."
    )
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Delegates reviewed relevant legislation and case studies on human trafficking.",
        "Several topics related to human trafficking were addressed, including the legislative "
        "framework and victim protection.",
        "The seminar let participants discuss case studies on trafficking and the management of "
        "shelters.",
    ],
)
def test_what_delegates_review_or_discuss_is_a_topic(text: str) -> None:
    assert tags(text) == {}


def test_another_countrys_laws_named_as_that_countrys_are_not_the_speakers() -> None:
    text = (
        "Most trafficking suspects fled abroad and were seldom charged under that country's laws."
    )
    assert tags(text) == {}


def test_a_team_for_the_formal_identification_of_victims_is_a_referral_mechanism() -> None:
    text = (
        "The team for the formal identification of victims of human trafficking identified 18 "
        "persons as victims last year."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


# --- after test #42 was scored (in-sample; sentences written anew) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "According to Law No. 12 of 2016, trafficking in persons is a serious crime.",
        "Under Law 31-18, human trafficking offences are tried by the appeal courts.",
    ],
)
def test_a_law_cited_by_its_number_is_named_not_vague(text: str) -> None:
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Human trafficking in this country carries a minimum sentence of fifteen years.",
        "The maximum sentence for human trafficking is 25 years in prison.",
    ],
)
def test_the_statutory_sentence_for_trafficking_reports_the_law(text: str) -> None:
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Police found the trafficking victims' remains in a jungle shelter near the border.",
        "The campaign for trafficking victims was launched at an event held at the facilities "
        "of the Judicial Branch.",
    ],
)
def test_a_jungle_camp_or_an_event_venue_is_no_shelter(text: str) -> None:
    assert "shelters" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The trafficking guides are available electronically and via a request form on the "
        "web site.",
        "Photo: Metro Police (Arrive Alive website) The police announced that the suspects "
        "will face charges of trafficking in persons.",
    ],
)
def test_a_website_as_a_source_of_a_document_or_a_photo_is_no_technology(text: str) -> None:
    assert "tech_partnership" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "A data collection module on trafficking in human beings is being integrated into the "
        "Social Assistance Database run by the ministry.",
        "The House of Representatives has passed a law combating human trafficking.",
    ],
)
def test_work_under_way_and_one_chambers_vote_are_in_progress(text: str) -> None:
    assert set(tags(text).values()) == {"in_progress"}


# --- after tests #43 and #44 were scored (in-sample; sentences written anew) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "The Council of Ministers has approved the draft bill on combating trafficking in persons.",
        "The federal cabinet on Tuesday cleared the Prevention of Trafficking in Persons Bill, "
        "2024 that prescribes life imprisonment for traffickers.",
        "The anti-trafficking legislation passed the lower house of parliament on 3 May.",
        "The Anti-Trafficking (Amendment) Bill, which was approved by the Dewan Rakyat "
        "yesterday, tightens penalties for human trafficking.",
    ],
)
def test_a_bill_approved_by_a_body_that_cannot_make_law_is_in_progress(text: str) -> None:
    assert tags(text) == {"legislation": "in_progress"}


@pytest.mark.parametrize(
    "text",
    [
        # a decree is made when the cabinet approves it; a bill signed into law is law
        "The Cabinet approved a decree on the identification of trafficking victims under "
        "the anti-trafficking law.",
        "The bill on trafficking in persons, passed by the House of Representatives in March, "
        "was signed into law in May.",
    ],
)
def test_a_decree_or_a_signed_bill_approved_by_such_a_body_stays_in_place(text: str) -> None:
    assert tags(text).get("legislation") == "in_place"


@pytest.mark.parametrize(
    "text",
    [
        "The two convicted men enticed four young women through WhatsApp, promising them jobs "
        "abroad, and forced them into prostitution.",
        "The network recruited victims of trafficking through advertisements on a Facebook page.",
    ],
)
def test_a_channel_victims_were_recruited_through_is_no_technology(text: str) -> None:
    assert "tech_partnership" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rescued victims of trafficking are sheltered in safe houses managed by Sahara, a "
        "local civil society organisation.",
        "The decree set up two reception centres for trafficking victims run by "
        "non-governmental organizations.",
    ],
)
def test_a_shelter_run_by_a_named_non_governmental_operator_is_not_the_states(
    text: str,
) -> None:
    assert "shelters" not in tags(text)


def test_a_shelter_run_by_a_ministry_or_funded_by_the_state_stays() -> None:
    assert "shelters" in tags(
        "The shelter for trafficking victims is run by the Ministry of Social Affairs."
    )
    assert "shelters" in tags(
        "The government funds two shelters for trafficking victims run by the NGO Sahara."
    )


# --- after test #45 was scored (in-sample; sentences written anew) ---------------------------


def test_a_plan_stays_when_amounting_to_is_said_of_something_further_on() -> None:
    assert "action_plan" in tags(
        "The government adopted the national action plan against trafficking in persons "
        "(2019-2022) and closed 40 agencies suspected of practices amounting to trafficking."
    )


def test_a_law_in_what_a_praising_body_said_is_not_praised() -> None:
    assert tags(
        "The national anti-trafficking committee praised the ruling and said the traffickers "
        "were convicted under the Anti-Trafficking Law No. 8 of 2014."
    ) == {"legislation": "in_place"}


def test_appealing_a_sentence_is_no_call() -> None:
    assert tags(
        "The prosecutor appealed the lenient sentence given to the trafficker, citing the law "
        "that makes prison mandatory for trafficking in persons."
    ) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Two trafficking cases are still pending in the law courts.",
        "Police, activists and law officials named reasons for delays in trafficking cases.",
        "The migrants were held on suspicion of human trafficking and breaching immigration "
        "and labour laws.",
    ],
)
def test_law_courts_law_officials_and_laws_broken_are_no_legislation(text: str) -> None:
    assert "legislation" not in tags(text)


def test_topics_included_names_topics_not_measures() -> None:
    assert (
        tags(
            "Key topics included referral mechanisms for trafficking victims, access to "
            "justice and safe house operations."
        )
        == {}
    )


@pytest.mark.parametrize(
    "text",
    [
        "Officers assess temporary permit applications from potential victims of trafficking.",
        "Get the latest news on human trafficking through our daily email.",
    ],
)
def test_permit_applications_and_a_news_sites_email_are_no_technology(text: str) -> None:
    assert "tech_partnership" not in tags(text)


def test_the_prison_term_a_trafficking_charge_carries_reports_the_law() -> None:
    assert tags(
        "They face charges of human trafficking, which carry prison terms of three to 15 years."
    ) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "This Law shall determine the legal grounds of the fight against human trafficking.",
        "The national referral system aims to facilitate coordination between the "
        "authorities that identify victims of trafficking.",
    ],
)
def test_what_a_measure_provides_or_is_for_is_no_plan(text: str) -> None:
    assert set(tags(text).values()) == {"in_place"}


def test_what_a_bill_seeks_to_do_leaves_it_a_bill() -> None:
    assert tags("The anti-trafficking bill seeks to criminalize human trafficking.") == {
        "legislation": "in_progress"
    }


# --- after test #46 was scored (in-sample; sentences written anew) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "After the raid on the brothel, the rescued trafficking victims were taken to a safe "
        "house by the police.",
        "The trafficking victims are currently staying in a temporary shelter while the case "
        "is pending.",
    ],
)
def test_where_rescued_people_were_taken_in_one_case_is_no_shelter(text: str) -> None:
    assert "shelters" not in tags(text)


def test_a_safe_house_named_by_whom_it_is_for_stays_a_shelter() -> None:
    assert "shelters" in tags(
        "The two women were taken to a safe house for victims of trafficking run by the "
        "Ministry of Social Welfare."
    )


def test_victims_of_traffickers_are_no_perpetrator_subject() -> None:
    assert tags(
        "Of the 356 victims of human traffickers, 312 were placed in a safe shelter run by "
        "the ministry."
    ) == {"shelters": "in_place"}


# --- after test #47 was scored (in-sample; sentences written anew) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry will cascade the anti-trafficking training to shelter staff and social "
        "workers in every province.",
        "The course brought together labour inspectors, personnel from care homes and "
        "prosecutors to learn how to identify trafficking victims.",
        "Trainees came from police units, trade unions, shelters, municipalities and NGOs "
        "working against human trafficking.",
    ],
)
def test_shelters_named_as_workplaces_or_among_actors_are_no_shelter(text: str) -> None:
    assert "shelters" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government funds two shelters for victims of trafficking, staffed by social workers.",
        "The ministry trained government-run shelter staff to care for trafficking victims.",
    ],
)
def test_the_states_shelters_stay_beside_their_staff(text: str) -> None:
    assert "shelters" in tags(text)


def test_a_mechanisms_access_to_advice_accommodation_and_support_is_no_shelter() -> None:
    assert tags(
        "The national referral mechanism lets agencies identify victims of trafficking and "
        "facilitate their access to advice, accommodation and support."
    ) == {"referral_mechanism": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The police carry out cyber patrols to detect the online recruitment of trafficking "
        "victims.",
        "The ministry has taken down 3,000 social media accounts used by traffickers to "
        "recruit workers.",
        "Officers monitor online advertisements offering domestic workers, to find victims of "
        "trafficking.",
    ],
)
def test_policing_the_internet_against_trafficking_is_technology(text: str) -> None:
    assert tags(text) == {"tech_partnership": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Traffickers monitor the social media accounts of their victims.",
        "The police monitor tourist sites for signs of human trafficking.",
    ],
)
def test_accounts_or_sites_watched_by_others_are_no_technology(text: str) -> None:
    assert "tech_partnership" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The country set up a National Mechanism for Identification and Referral of victims "
        "of trafficking.",
        "The plan strengthens the victims' referral and protection mechanisms for trafficking "
        "cases.",
        "The government created a framework for the identification and referral of "
        "trafficking victims.",
    ],
)
def test_referral_named_with_identification_or_assistance_is_a_mechanism(text: str) -> None:
    assert "referral_mechanism" in tags(text)


def test_a_lettered_decree_number_is_no_denial() -> None:
    assert (
        tags(
            "A council against trafficking (Decree No. 861-A of 2007) and a National Referral "
            "Mechanism for trafficking victims (Decree No. 1385-A of 2008) have been established."
        ).get("referral_mechanism")
        == "in_place"
    )


# --- after test #48 was scored (in-sample; sentences written anew) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Children rescued from trafficking were illegally placed in child care homes, UNICEF said.",
        "The ministry inspects care homes nationwide after a trafficking case came to light.",
    ],
)
def test_a_care_home_is_no_shelter_for_victims(text: str) -> None:
    assert "shelters" not in tags(text)


def test_a_diploma_programme_on_trafficking_is_no_plan() -> None:
    assert "action_plan" not in tags(
        "The minister opened the ninth Diploma Programme for Specialists in Combating Human "
        "Trafficking."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Officials follow the Guidelines for Interinstitutional Coordination on the crime of "
        "human trafficking, published this year.",
        "The ministry set up mobile teams for identification, assistance and referral of "
        "trafficking victims.",
    ],
)
def test_guidelines_for_coordination_and_teams_for_identification_route_victims(
    text: str,
) -> None:
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_a_shelter_belonging_to_another_state_is_not_the_speakers() -> None:
    text = (
        "Trafficking victims receive care in the women's safe house belonging to the Malaysian "
        "government."
    )
    assert "shelters" not in tags(text, speaker=speaker_named("Indonesia", text) or STATE)
    assert "shelters" in tags(text, speaker=speaker_named("Malaysia", text) or STATE)


# --- classes from test #49's errors (in-sample; scored by test #50) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The first day brought an introduction of legal concepts and a discussion of national "
        "laws and policies on trafficking.",
        "The programme included a discussion of the indicators of trafficking, national referral "
        "mechanisms and border management.",
        "Key issues discussed were interviewing trafficking victims and mechanisms for the "
        "protection and support of victims.",
        "The report gives an overview of trafficking cases and of national legislation on "
        "forced labour.",
    ],
)
def test_what_a_discussion_or_an_overview_covers_is_its_subject(text: str) -> None:
    assert tags(text) == {}


def test_a_discussion_of_a_named_plan_still_names_it() -> None:
    text = "Officials held a discussion of the National Action Plan against Trafficking."
    assert tags(text) == {"action_plan": "in_place"}


def test_a_contents_entry_wrapped_over_lines_is_not_a_report() -> None:
    text = (
        "Introduction ........................................ 9\n\n"
        "1. Overview of the current situation of trafficking in human beings in\n\n"
        "2. Overview of the legal and policy framework for action against trafficking in\n\n"
        "human beings ........................................ 12\n\n"
        "The Government adopted a new law on trafficking in human beings in 2019."
    )
    found = tag_text(text, STATE, topic_tie=True)
    assert [(m.category, m.evidence) for m in found] == [
        ("legislation", "The Government adopted a new law on trafficking in human beings in 2019.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The government has developed an electronic system that will license recruitment "
        "agencies and vet migrant workers to stop traffickers.",
        "The ministry will launch an electronic system to refer human trafficking victims.",
    ],
)
def test_an_electronic_system_the_state_builds_is_technology(text: str) -> None:
    assert "tech_partnership" in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Government has developed a program to find and return trafficked children.",
        "The Institute organized a two-day residential programme on combating human trafficking "
        "for judges.",
        "The programme was on the theme: Together We End Trafficking Now.",
        "The program aimed to highlight the Ministry's efforts in combating human trafficking.",
        "Victims of trafficking are offered a return programme.",
    ],
)
def test_a_programme_not_said_to_be_a_plan_is_a_course_an_event_or_a_service(text: str) -> None:
    assert "action_plan" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government implemented a state program to combat trafficking in persons.",
        "He spoke at the presentation of the Government's program to combat trafficking.",
        "Vietnam is building a programme on human trafficking prevention for the 2021-2025 period.",
        "The programme Together against Human Trafficking is working to reduce the number of "
        "victims.",
        "The Program on Human Trafficking Prevention and Combat was approved.",
        "An action programme to prevent and combat human trafficking was reviewed.",
    ],
)
def test_a_national_dated_or_named_programme_is_a_plan(text: str) -> None:
    assert "action_plan" in tags(text)


def test_accommodating_victims_needs_houses_no_one() -> None:
    text = (
        "Government agencies accommodate the needs of victims of trafficking, including "
        "timely access to health and social services."
    )
    assert "shelters" not in tags(text)
    assert tags("The ministry accommodated 26 victims of trafficking.") == {"shelters": "in_place"}


# --- classes from test #50's errors (in-sample; scored by test #51) ---------------------------


def test_an_in_law_is_family_not_law() -> None:
    text = (
        "The trafficking victim was living with her sister and brother-in-law when she was "
        "taken and placed in servitude."
    )
    assert "legislation" not in tags(text)


def test_slave_labour_ties_a_measure_to_trafficking() -> None:
    text = "The second National Plan focuses on the effective eradication of slave labour."
    assert tags(text, tie=False) == {"action_plan": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The Committee expressed concern at the criminalization of trafficked girl victims of "
        "sexual exploitation.",
        "Trafficking victims were criminalised for immigration offences.",
    ],
)
def test_criminalising_victims_is_the_problem_not_a_law(text: str) -> None:
    assert "legislation" not in tags(text)


def test_a_law_criminalising_the_trafficking_of_victims_is_a_law() -> None:
    text = "The new law criminalizes the trafficking of child victims."
    assert tags(text) == {"legislation": "in_place"}


def test_a_named_law_the_suspects_broke_is_the_states() -> None:
    text = (
        "Police arrested a woman on suspicion of violating Japan's Child Welfare Law for "
        "trafficking a girl."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_relative_clause_saying_what_a_plan_calls_for_is_its_content() -> None:
    text = (
        "The report is based on an action plan compiled by the government in December 2014 "
        "that calls for improved support for trafficking victims."
    )
    assert tags(text) == {"action_plan": "in_place"}


def test_a_call_coordinated_after_the_noting_of_a_measure_is_not_said_of_it() -> None:
    text = (
        "The Committee noted the adoption of the Prevention of Trafficking in Persons Act, 2009, "
        "and requested the Government to provide information on its application."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_the_womens_and_childrens_protection_center_is_a_police_unit() -> None:
    text = (
        "Under a joint agency agreement, the Women and Children\u2019s Protection Center (WCPC) "
        "will pursue online sexual exploitation and trafficking of children."
    )
    assert "shelters" not in tags(text)


def test_legal_and_strategic_frameworks_are_law_and_plan() -> None:
    text = (
        "Participants learned about the legal and strategic frameworks guiding anti-trafficking "
        "efforts in Serbia."
    )
    assert tags(text) == {"legislation": "in_place", "action_plan": "in_place"}


# --- classes from test #51's errors (in-sample; scored by test #52) ---------------------------


def test_a_comment_forms_facebook_account_is_page_furniture() -> None:
    text = "You are commenting using your Facebook account. The ministry fights human trafficking."
    assert "tech_partnership" not in tags(text)


def test_employment_legislation_and_a_training_plan_are_on_other_subjects() -> None:
    text = (
        "The anti-trafficking unit will also monitor compliance with local employment "
        "legislation, and the course comes within the police's annual training plan."
    )
    assert tags(text) == {}


def test_a_plans_own_verb_says_what_it_provides() -> None:
    text = (
        "The National Plan of Action for TIP 2017 to 2020 encourages prevention as one of its "
        "pillars against trafficking."
    )
    assert tags(text) == {"action_plan": "in_place"}


def test_a_capitalised_module_on_a_system_is_part_of_what_is_launched() -> None:
    text = (
        "The ministry launched a Trafficking in Persons Module on its case management system "
        "for victims of trafficking."
    )
    assert "tech_partnership" in tags(text)


# --- classes from test #52's errors (in-sample; scored by test #53) ---------------------------


def test_law_enforcing_agencies_are_people_not_a_law() -> None:
    text = (
        "The suspects admitted to trafficking girls, an acknowledgement that has sent shock "
        "waves across the country, with people questioning what the law-enforcing agencies did."
    )
    assert "legislation" not in tags(text)


def test_a_unit_or_office_named_with_programme_or_law_is_a_body() -> None:
    text = (
        "A manager in the Counter-Trafficking Programme Unit said the National Crime "
        "Prevention and Law Division investigates human trafficking."
    )
    assert tags(text) == {}


def test_a_partners_own_named_programme_is_the_partners() -> None:
    text = (
        "The project against trafficking is implemented by the ministry in partnership with "
        "the ILO's Special Action Programme to combat Forced Labour."
    )
    poland = speaker_named("Poland", text)
    assert poland is not None
    assert "action_plan" not in tags(text, speaker=poland)


def test_a_partners_lower_case_centre_where_victims_are_placed_still_counts() -> None:
    text = "The rescued trafficking victims were taken to the IJM's rehabilitation centre."
    assert "shelters" in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police identified victims of trafficking based on the National Guideline on Human "
        "Trafficking Indicators.",
        "The ministry is strengthening the mechanism of identification and protection of "
        "victims of trafficking.",
        "The government disseminated victim identification and referral criteria to "
        "officials working on trafficking.",
    ],
)
def test_identification_guidance_in_other_words_is_a_referral_mechanism(text: str) -> None:
    assert "referral_mechanism" in tags(text)


# --- classes from test #53's errors (in-sample; scored by test #54) ---------------------------


def test_a_measures_purpose_to_encourage_is_not_a_call() -> None:
    text = (
        "Police launched a mobile app to encourage witnesses to report the whereabouts of "
        "missing or trafficked children."
    )
    assert tags(text) == {"tech_partnership": "in_place"}


def test_a_call_to_encourage_is_still_a_call() -> None:
    text = "The government needs to launch a mobile app to report trafficked children."
    assert "tech_partnership" not in tags(text)


def test_vessel_monitoring_systems_against_forced_labour_at_sea_are_technology() -> None:
    text = (
        "To prevent human trafficking on fishing boats, the measures include the installation "
        "of vessel monitoring systems on boats of 30 gross tonnage or over."
    )
    assert tags(text).get("tech_partnership") == "in_place"


def test_taking_down_deceptive_content_is_policing_the_internet() -> None:
    text = (
        "We are acting faster to take down content that lures migrant workers into human "
        "trafficking."
    )
    assert "tech_partnership" in tags(text)


def test_malaysias_atipsom_2007_is_a_law() -> None:
    text = (
        "The suspects will be investigated under Section 26A of the ATIPSOM 2007 for trafficking."
    )
    assert "legislation" in tags(text)


@pytest.mark.parametrize(
    ("text", "category", "status"),
    [
        (
            "The government made efforts by drafting and approving a national action plan "
            "against trafficking, approving a national referral mechanism for victims.",
            "referral_mechanism",
            "in_place",
        ),
        (
            "The tougher anti-trafficking laws that are expected to pass next month face "
            "obstacles.",
            "legislation",
            "in_progress",
        ),
    ],
)
def test_approving_is_adoption_and_a_law_expected_to_pass_is_pending(
    text: str, category: str, status: str
) -> None:
    assert tags(text).get(category) == status


# --- classes from test #54's errors (in-sample; scored by test #55) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The law on human trafficking sets a prison term, the news agency said on its website.",
        "On its website, the Justice Department defines trafficking in persons as recruitment "
        "by deception.",
    ],
)
def test_a_website_named_as_where_something_was_said_is_a_source(text: str) -> None:
    assert "tech_partnership" not in tags(text)


def test_the_ministrys_new_website_against_trafficking_is_still_technology() -> None:
    text = "The ministry launched its new website against human trafficking in May."
    assert "tech_partnership" in tags(text)


def test_what_workshop_sessions_cover_is_their_subject() -> None:
    text = (
        "Participants attended workshop sessions covering the identification of trafficking "
        "indicators and victim assistance protocols."
    )
    assert "referral_mechanism" not in tags(text)


# --- classes from test #55's errors and the pooled misses (in-sample; scored by test #56) -----


@pytest.mark.parametrize(
    "text",
    [
        "The government issued a directive to improve the identification and referral of "
        "trafficking victims.",
        "The Ministry finalised the circular on the identification and assistance to victims "
        "of trafficking.",
        "The State set up new structures, involving civil society, for the identification of "
        "victims of trafficking.",
        "The Committee on trafficking in persons has a protocol for operationalizing assistance "
        "and protection for victims of trafficking.",
        "The Ministry adopted the Protocol for the Repatriation of Child Victims of Trafficking.",
        "Social services follow the handbook of procedures for assisting children who are "
        "victims of trafficking.",
        "The mechanism for protection and assistance of victims of trafficking is provided by a "
        "Government Decision.",
        "The police opened a Center for Identifying and Caring for Trafficking Victims.",
    ],
)
def test_a_procedure_or_body_for_identifying_assisting_or_returning_victims_is_referral(
    text: str,
) -> None:
    assert tags(text).get("referral_mechanism") == "in_place"


def test_a_directive_on_another_subject_is_not_referral() -> None:
    text = (
        "The Ministry issued a directive on overtime pay for labour inspectors who investigate "
        "trafficking."
    )
    assert "referral_mechanism" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government also adopted an online case management system for trafficking cases.",
        "The national referral system for trafficking victims is hosted on a web platform.",
    ],
)
def test_a_system_adopted_or_a_platform_hosting_a_measure_is_technology(text: str) -> None:
    assert "tech_partnership" in tags(text)


# --- classes from test #56's errors (in-sample; scored by test #57) ---------------------------


def test_a_state_that_needs_new_laws_reports_none() -> None:
    assert "legislation" not in tags(
        "Cuba needs new laws and stronger action targeting human trafficking, says UN expert."
    )


def test_a_database_hard_to_maintain_is_a_gap() -> None:
    text = (
        "Thus we find it very difficult to maintain an accurate data base of human "
        "trafficking offences, he said."
    )
    assert "tech_partnership" not in tags(text)


def test_a_residential_training_programme_is_a_course_not_a_plan() -> None:
    text = "Residential Programme on the Prevention of Trafficking in Persons for State Counsel"
    assert "action_plan" not in tags(text)


def test_a_bill_someone_pays_is_money_not_a_draft_law() -> None:
    text = (
        "Forty victims of trafficking came home after a businessman footed the bills for "
        "their repatriation."
    )
    assert "legislation" not in tags(text)


def test_an_all_capitals_act_after_a_lower_case_word_is_an_acronym() -> None:
    text = (
        '"Children are trafficked because of poverty," said a coordinator for the rights '
        "group alliance ACT."
    )
    assert "legislation" not in tags(text)
    assert tags("The ANTI-TRAFFICKING ACT was adopted in 2008.") == {"legislation": "in_place"}


def test_law_and_practice_names_no_law() -> None:
    text = (
        "It ratified the Forced Labour Convention after a review of forced labour and "
        "trafficking concerns in law and practice."
    )
    assert "legislation" not in tags(text)


def test_the_legislation_of_another_state_is_that_states() -> None:
    text = (
        "The ranking follows criteria against trafficking in persons stipulated in the "
        "legislation of the United States of America."
    )
    assert "legislation" not in tags(text, speaker=speaker_named("Bahrain", text) or STATE)
    own = "Trafficking in persons is punished under the legislation of Bahrain."
    assert tags(own, speaker=speaker_named("Bahrain", own) or STATE) == {"legislation": "in_place"}


def test_procedures_reviewed_to_identify_gaps_are_not_a_procedure_to_identify_victims() -> None:
    text = (
        "Judges and prosecutors assessed the criminal procedures aimed at identifying gaps "
        "in the prosecution of trafficking in persons."
    )
    assert "referral_mechanism" not in tags(text)
    kept = "The police adopted procedures aimed at identifying victims of trafficking."
    assert tags(kept) == {"referral_mechanism": "in_place"}


def test_a_data_bank_is_a_database() -> None:
    text = "Next year the country will have a national data bank on human trafficking."
    assert tags(text) == {"tech_partnership": "planned"}


def test_items_of_implemented_recommendations_are_measures() -> None:
    text = (
        "GRETA said the country had implemented a number of its previous recommendations, "
        "in particular: the Criminal Code was amended, and a unified database on human "
        "trafficking was set up."
    )
    found = tags(text)
    assert found.get("tech_partnership") == "in_place"
    assert found.get("legislation") == "in_place"
    listed = (
        "GRETA made recommendations, in particular: a unified database on human "
        "trafficking should be set up."
    )
    assert "tech_partnership" not in tags(listed)


def test_a_report_that_states_something_is_not_the_states() -> None:
    text = (
        "The report states that the Criminal Code fully criminalizes sex trafficking and "
        "labor trafficking."
    )
    assert tags(text) == {"legislation": "in_place"}
    assert "legislation" not in tags(
        "Many states that have adopted laws against trafficking still lack shelters."
    )


def test_a_hotline_facility_houses_no_one() -> None:
    text = (
        "The hotline is a 24/7 hotline facility that responds to crisis calls from victims "
        "of human trafficking."
    )
    assert "shelters" not in tags(text)


def test_implementing_the_programme_on_preventing_trafficking_is_a_plan() -> None:
    text = "The country has been implementing the programme on preventing human trafficking."
    assert tags(text) == {"action_plan": "in_place"}


def test_systems_that_identify_victims_and_procedures_to_rescue_them_are_referral() -> None:
    assert tags(
        "The ministry vowed to revamp systems that identify and protect trafficking victims."
    ) == {"referral_mechanism": "planned"}
    assert (
        tags("The law sets procedures to rescue and help people trapped in human trafficking.").get(
            "referral_mechanism"
        )
        == "in_place"
    )
    assert tags(
        "Territorial commissions work within the national system of redirection for "
        "victims of human trafficking."
    ) == {"referral_mechanism": "in_place"}


def test_child_labour_alone_does_not_tie_a_plan_to_trafficking() -> None:
    """Codebook §5 names "child labour through trafficking", not child labour as such."""
    text = (
        "The Government has formulated the National Master Plan on the Elimination of Child "
        "Labour 2018-28."
    )
    assert tags(text, tie=False) == {}
    tied = (
        "The Government has formulated a national plan against the trafficking of children "
        "for child labour."
    )
    assert tags(tied, tie=False) == {"action_plan": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Government-operated shelters for trafficked children do not exist in the country.",
        "Shelters for trafficking victims are non-existent outside the capital.",
        "The shelter for trafficking victims remained non-operational during the year.",
    ],
)
def test_a_shelter_said_not_to_exist_is_denied(text: str) -> None:
    assert "shelters" not in tags(text)


def test_the_child_welfare_system_is_an_institution_not_a_procedure() -> None:
    text = (
        "The team will train law enforcement and the child welfare system on identifying "
        "child victims of sex trafficking."
    )
    assert "referral_mechanism" not in tags(text)


def test_prison_sentences_a_court_gave_are_not_a_law() -> None:
    text = (
        "In 2022, 63 persons were convicted of trafficking in persons and were given prison "
        "sentences ranging from six months to five years."
    )
    assert "legislation" not in tags(text)


def test_a_state_bill_by_its_number_and_a_government_order_are_legislation() -> None:
    assert tags(
        "The Legislature passed HB 10, which established a team to help victims of child "
        "sex trafficking."
    ) == {"legislation": "in_place"}
    assert tags(
        "The anti-human trafficking units were restructured under government orders issued in 2023."
    ) == {"legislation": "in_place"}


def test_centres_in_a_law_title_are_not_a_shelter() -> None:
    text = (
        "The frameworks include the Law on Child Correction and Rehabilitation Centres and "
        "the Law on Anti-Child Trafficking."
    )
    found = tags(text)
    assert "shelters" not in found
    assert found.get("legislation") == "in_place"


def test_an_announced_shelter_that_has_not_happened_yet_is_in_progress() -> None:
    text = (
        "The Government announced in 2020 that it was establishing a shelter for female "
        "trafficking victims, but that has not happened yet."
    )
    assert tags(text) == {"shelters": "in_progress"}
    assert tags("The tender process for a shelter for trafficking victims has been delayed.") == {
        "shelters": "in_progress"
    }


def test_a_law_named_as_the_uks_or_the_uss_is_theirs() -> None:
    text = (
        "The UK Modern Slavery Act 2015 requires large businesses to report on trafficking "
        "in their supply chains."
    )
    assert "legislation" not in tags(text, speaker=speaker_named("Australia", text) or STATE)
    assert tags(text, speaker=speaker_named("United Kingdom", text) or STATE) == {
        "legislation": "in_place"
    }
    us = "Countries are ranked according to the US Laws on Trafficking in Persons."
    assert "legislation" not in tags(us, speaker=speaker_named("Israel", us) or STATE)


def test_a_numbered_regulation_is_legislation() -> None:
    # no "protect … workers" context here: only the regulation's number makes it a law
    text = (
        "Regulation No. 12 of 2015, regulating private employment agencies, had been "
        "enacted to prevent forced labour."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_the_prison_term_an_offender_risks_is_the_law() -> None:
    assert tags(
        "Anyone found guilty of human trafficking risks up to ten years' imprisonment."
    ) == {"legislation": "in_place"}
    assert "legislation" not in tags(
        "The court sentenced the trafficker to ten years' imprisonment last week."
    )


def test_a_law_cited_by_its_number_in_a_call_exists() -> None:
    text = (
        "The Committee encouraged the Government to ensure that Act No. 029 2008/AN of "
        "15 May 2008 on combating trafficking in persons is effectively implemented."
    )
    assert tags(text) == {"legislation": "in_place"}
    assert "legislation" not in tags(
        "The Committee urged the Government to adopt Act No. 12 on trafficking in persons."
    )


def test_sexually_exploited_ties_a_measure() -> None:
    text = "In 2014, the Safe Harbor for Sexually Exploited Youth Law went into effect."
    assert tags(text, tie=False) == {"legislation": "in_place"}


def test_a_penalty_upgraded_is_set_by_law() -> None:
    text = "In 2012 the state penalty for human trafficking was upgraded to a first-degree felony."
    assert tags(text) == {"legislation": "in_place"}


def test_a_government_childrens_home_victims_are_placed_in_is_a_shelter() -> None:
    assert tags(
        "The rescued trafficking victims were shifted to the Government Children Home for Boys."
    ) == {"shelters": "in_place"}
    assert "shelters" not in tags(
        "She grew up in a children home and later worked against trafficking."
    )


def test_victims_are_referred_to_an_agency_as_a_rule() -> None:
    text = (
        "Adult victims of trafficking are referred to the health service, while minor "
        "victims are referred to the child and family agency."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_a_plan_for_one_victim_is_not_a_national_plan() -> None:
    text = (
        "The health service draws up individualised care plans for victims of trafficking "
        "in human beings."
    )
    assert "action_plan" not in tags(text)


def test_a_law_yet_to_be_adopted_is_denied() -> None:
    text = (
        "The experts regretted that a law criminalizing all forms of trafficking in persons "
        "has yet to be adopted."
    )
    assert "legislation" not in tags(text)


def test_international_criminal_law_is_not_the_states_law() -> None:
    text = (
        "The institute works against trafficking in persons and other offences that "
        "intersect human rights and international criminal law."
    )
    assert "legislation" not in tags(text)


def test_a_meeting_used_as_a_platform_is_no_technology() -> None:
    text = "The workshop on child trafficking will be used as a platform for partners to meet."
    assert "tech_partnership" not in tags(text)
    assert tags("The ministry launched an online platform to report human trafficking.") == {
        "tech_partnership": "in_place"
    }


def test_a_state_plan_only_to_be_released_is_in_progress() -> None:
    text = "The ministry will soon publish its 2025-2027 National Action Plan against trafficking."
    assert tags(text) == {"action_plan": "in_progress"}
    assert tags("The ministry will launch a national action plan against trafficking.") == {
        "action_plan": "planned"
    }


def test_a_no_phrase_does_not_deny_a_law_past_a_verb_of_its_own() -> None:
    text = (
        "The standard means there is no use of forced or bonded labour, no discrimination, "
        "and decent wages are provided in compliance with labour and anti-trafficking laws."
    )
    assert tags(text) == {"legislation": "in_place"}
    assert "legislation" not in tags("There is no plan, shelter or law against trafficking.")


def test_laws_on_other_subjects_named_only_as_broken_are_not_measures() -> None:
    text = (
        "The captain was charged with human trafficking and with violating the Fisheries Act, "
        "the Immigration Act and the Customs Act."
    )
    assert "legislation" not in tags(text)
    named = "The captain was charged with violating the Anti-Trafficking in Persons Act of 2012."
    assert tags(named) == {"legislation": "in_place"}
    on_topic = "He was charged with violating Law No. 5/2010 on Human Trafficking."
    assert tags(on_topic) == {"legislation": "in_place"}


def test_a_named_mechanism_something_works_as_part_of_exists() -> None:
    text = (
        "As part of the National Referral Mechanism, the new contract will give victims of "
        "trafficking tailored support."
    )
    assert tags(text)["referral_mechanism"] == "in_place"


def test_what_an_international_organization_contributes_to_is_the_states() -> None:
    text = (
        "IOM contributes to the protection of victims of trafficking through the "
        "establishment of victim referral mechanisms."
    )
    speaker = speaker_named("Maldives", text)
    assert speaker is not None
    assert tags(text, speaker=speaker) == {"referral_mechanism": "in_place"}


def test_an_asylum_reception_centre_is_not_a_trafficking_shelter() -> None:
    text = (
        "Police interviewed people staying at the Kofinou reception centre to identify "
        "possible victims of trafficking."
    )
    assert "shelters" not in tags(text)
    kept = "Three specialised reception centres for victims of trafficking house survivors."
    assert tags(kept) == {"shelters": "in_place"}


def test_facial_recognition_is_technology_without_a_verb_of_use() -> None:
    text = (
        "A facial recognition tool built by the police was given to every unit to trace "
        "trafficked children."
    )
    assert tags(text) == {"tech_partnership": "in_place"}


def test_a_website_that_only_informs_is_not_technology() -> None:
    text = (
        "The commission launched a website aimed at training the public on how to detect "
        "the signs of human trafficking."
    )
    assert "tech_partnership" not in tags(text)
    report = (
        "The commission launched a website aimed at training the public, where anyone can "
        "report human trafficking."
    )
    assert tags(report) == {"tech_partnership": "in_place"}


def test_a_report_on_a_newly_launched_website_is_published_there() -> None:
    text = (
        "The trafficking report is now available on the newly launched State Human "
        "Trafficking Commission website."
    )
    assert "tech_partnership" not in tags(text)


def test_a_shelter_word_in_a_bodys_name_is_not_a_shelter() -> None:
    text = (
        "The Alliance for Refuge, Hope, Care and Justice (ARHCJ) Commission met to tackle "
        "human trafficking."
    )
    assert "shelters" not in tags(text)
    union = "The seminar on trafficking was held with the Union of Crisis Centres."
    assert "shelters" not in tags(union)
    assert tags("The Refuge for Trafficked Women houses twelve victims.") == {
        "shelters": "in_place"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The plan turns the letter for the law on trafficking into practice.",
        "Truckers Against Trafficking trained law and safety enforcement officers.",
    ],
)
def test_more_generic_mentions_of_law(text: str) -> None:
    assert "legislation" not in tags(text)


def test_legislation_that_does_not_sufficiently_protect_is_a_gap() -> None:
    text = (
        "It is of concern that domestic legislation does not sufficiently protect children "
        "from trafficking."
    )
    assert "legislation" not in tags(text)


def test_a_strategy_for_birth_registration_is_on_another_subject() -> None:
    text = (
        "Children are shielded from trafficking through the National Strategy for "
        "Birth Registration."
    )
    assert "action_plan" not in tags(text)


def test_victims_of_trafficking_referred_to_institutions_as_a_rule() -> None:
    text = (
        "Foreigners identified as victims of trafficking are referred to the competent "
        "institutions and service providers."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_a_screening_instrument_to_identify_victims_is_a_referral_tool() -> None:
    text = "The department adopted a screening instrument to identify child victims of trafficking."
    assert tags(text) == {"referral_mechanism": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "A bill on human trafficking has passed the Legislature and is now awaiting the "
        "governor's signature.",
        "The action programme against trafficking in human beings is about to be published.",
        "The anti-trafficking legislation introduced by Senator Smith is before the House.",
    ],
)
def test_a_measure_not_yet_signed_or_published_is_in_progress(text: str) -> None:
    assert list(tags(text).values()) == ["in_progress"]


def test_a_call_for_evidence_is_no_call() -> None:
    text = (
        "This call for evidence uses the term victim, the term used in the Modern Slavery Act 2015."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_truly_encouraging_step_is_praise_not_a_call() -> None:
    text = (
        "The adoption of an Anti-Trafficking Act is a major step in the right direction and "
        "the fact that it is complemented by a national plan of action is truly encouraging."
    )
    assert tags(text) == {"legislation": "in_place", "action_plan": "in_place"}


def test_a_committee_expert_welcoming_the_states_plan_reports_it() -> None:
    text = (
        "One Committee Expert welcomed that the Republic of Korea was implementing a "
        "national action plan on fighting human trafficking."
    )
    speaker = speaker_named("Republic of Korea", text)
    assert speaker is not None
    assert tags(text, speaker=speaker) == {"action_plan": "in_place"}


def test_an_ethiopian_proclamation_on_trafficking_is_a_law() -> None:
    text = (
        "It noted the Prevention and Suppression of Trafficking in Persons and Smuggling of "
        "Migrants Proclamation No. 909 of 2015."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_legislation_on_child_rights_is_on_another_subject() -> None:
    text = "The State adopted legislation on child rights to protect children from trafficking."
    assert "legislation" not in tags(text)


def test_detention_facilities_are_not_shelters() -> None:
    text = (
        "Sexual abuse of women in places of detention, including secret detention "
        "facilities, and of trafficked women was discussed."
    )
    assert "shelters" not in tags(text)


def test_guidelines_that_provide_a_roadmap_are_not_an_action_plan() -> None:
    text = "The guidelines provide a roadmap for supporting survivors of trafficking."
    assert "action_plan" not in tags(text)


def test_action_as_per_law_names_no_law() -> None:
    text = "Rescued trafficking victims are handed over to the police for action as per law."
    assert "legislation" not in tags(text)


def test_a_hotline_that_connects_victims_with_services_is_no_referral_mechanism() -> None:
    """Stop 31 read "connects victims … to … services" as referral from one passage; test #66
    showed annotators leave it unlabelled three times in four (test #66's notes: "hotlines
    are never labelled as a referral mechanism")."""
    text = (
        "The national trafficking hotline connects victims and survivors of human trafficking "
        "with community resources and other services."
    )
    assert "referral_mechanism" not in tags(text)


def test_a_procedure_to_investigate_cases_is_not_referral() -> None:
    text = (
        "The agency developed a Standard Operating Procedure on investigation and prosecution "
        "of trafficking in persons cases."
    )
    assert "referral_mechanism" not in tags(text)


def test_first_responder_organisations_are_the_referral_mechanisms_agents() -> None:
    text = (
        "Last year, First Responder Organisations in Scotland identified and referred 300 "
        "people for support as potential victims of modern slavery."
    )
    assert tags(text)["referral_mechanism"] == "in_place"


def test_commercial_exploitation_of_children_ties_a_plan_to_trafficking() -> None:
    text = (
        "The Minister said the Government had designed a national plan of action to combat "
        "the commercial exploitation of children."
    )
    assert tags(text, tie=False) == {"action_plan": "in_place"}


def test_a_case_monitoring_system_is_a_data_tool() -> None:
    text = "The Commission records each verified trafficking case in its Case Monitoring System."
    assert tags(text)["tech_partnership"] == "in_place"


def test_a_paragraph_number_glued_to_its_first_word_is_split_off() -> None:
    """Treaty-body documents copied from PDFs: "(b)Law on …", "4.The Committee …"."""
    text = (
        "4.The Committee welcomes the adoption of the following:\n\n(b)Law on Combating "
        "Trafficking in Persons and Providing Assistance to Victims, in 2014;"
    )
    assert tags(text) == {"legislation": "in_place"}
    nlp = build_nlp()
    assert [t.text for t in nlp.make_doc("4.The (b)Law")] == ["4", ".", "The", "(", "b", ")", "Law"]


def test_shelters_of_operators_the_state_licenses_are_not_its_own() -> None:
    text = (
        "The agency gave operators of shelter homes for trafficking victims one month to "
        "obtain a licence."
    )
    assert "shelters" not in tags(text)


def test_health_care_facilities_are_not_shelters() -> None:
    text = (
        "The training will help providers identify and serve trafficking victims through "
        "emergency rooms, clinics and ambulatory care facilities."
    )
    assert "shelters" not in tags(text)


def test_a_measure_before_the_house_is_in_progress() -> None:
    text = "The national referral mechanism for trafficking victims is before the House."
    assert tags(text) == {"referral_mechanism": "in_progress"}


def test_an_eligibility_letter_routes_child_victims_to_services() -> None:
    text = (
        "Foreign child victims of trafficking receive benefits and services through an "
        "Eligibility Letter from the Office on Trafficking in Persons."
    )
    assert tags(text)["referral_mechanism"] == "in_place"


def test_a_call_for_evidence_based_strategies_is_still_a_call() -> None:
    text = "Experts call for evidence-based national strategies to address trafficking in persons."
    assert "action_plan" not in tags(text)


def test_traffickers_plans_that_were_foiled_are_no_plan() -> None:
    text = (
        "Their plans were foiled as the authorities intervened, thwarting the traffickers' "
        "intentions to sell the children."
    )
    assert "action_plan" not in tags(text)


def test_an_act_named_in_a_task_forces_name_is_no_law() -> None:
    text = (
        "The grants on human trafficking come from the Children's Justice Act Task Force of "
        "the state."
    )
    assert "legislation" not in tags(text)


def test_the_start_up_of_a_small_business_is_no_tech_start_up() -> None:
    text = "Each trafficking survivor was assisted with the start-up of a small business."
    assert "tech_partnership" not in tags(text)


def test_what_a_measure_provides_is_no_call() -> None:
    text = (
        "The Rules on the National Referral Mechanism provide that representatives of civil "
        "society organizations can be invited to inter-agency meetings."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_support_provided_under_a_mechanism_cites_it_inside_a_call() -> None:
    text = (
        "The motion calls for further support for victims of trafficking beyond the end of "
        "the support provided under the National Referral Mechanism."
    )
    assert tags(text)["referral_mechanism"] == "in_place"


def test_a_committee_for_legislation_is_no_law() -> None:
    text = (
        "The Ministerial Committee for Legislation approved a bill to fine clients of "
        "prostitution, a form of sexual exploitation."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_the_organization_as_the_clauses_subject_runs_its_own_centres() -> None:
    text = (
        "The organization has other rehabilitation centres for trafficking survivors, "
        "including one for men."
    )
    assert "shelters" not in tags(text)


def test_victim_support_establishments_are_shelters() -> None:
    text = (
        "During their stay at social protection or victim support establishments, victims of "
        "trafficking receive healthcare."
    )
    assert tags(text)["shelters"] == "in_place"


def test_a_committee_to_assess_victims_status_routes_them() -> None:
    text = (
        "The Committee to assess the status of foreign victims of trafficking in persons was "
        "established by ministerial order in 2008."
    )
    assert tags(text)["referral_mechanism"] == "in_place"


def test_odihrs_programme_is_the_osces_not_the_states() -> None:
    text = (
        "The event was organized by the OSCE Project Co-ordinator in Uzbekistan, ODIHR's "
        "Anti-trafficking Programme and the National Human Rights Centre of Uzbekistan."
    )
    speaker = speaker_named("Uzbekistan", text)
    assert speaker is not None
    assert "action_plan" not in tags(text, speaker=speaker)


def test_non_profits_partnering_with_tech_companies_is_their_measure() -> None:
    text = (
        "Non-profits are teaming up with tech companies, using facial recognition and big "
        "data to tackle trafficking."
    )
    assert "tech_partnership" not in tags(text)


def test_a_member_who_would_like_to_know_asks_a_question() -> None:
    text = (
        "Ms. Rana said that she would like to know whether trafficking for the purposes of "
        "begging was set out as a specific criminal offence in the draft code."
    )
    assert "legislation" not in tags(text)


def test_people_being_identified_as_victims_are_whom_a_law_protects() -> None:
    text = (
        "The new Law extends support to victims and to people in the process of being "
        "identified as victims."
    )
    assert "referral_mechanism" not in tags(text)


def test_receiving_verifying_and_identifying_victims_is_a_referral_procedure() -> None:
    text = (
        "The Law governs the reception, verification, identification and protection of "
        "victims of trafficking."
    )
    assert tags(text)["referral_mechanism"] == "in_place"


def test_a_gerund_after_by_names_how_a_past_effort_was_made() -> None:
    done = (
        "The authorities have demonstrated a strong will to combat trafficking by establishing "
        "regional commissions and developing relevant national plans."
    )
    assert tags(done)["action_plan"] == "in_place"
    ongoing = (
        "The Ministry is committed to combating trafficking by developing a national action plan."
    )
    assert tags(ongoing)["action_plan"] == "in_progress"


def test_a_fragment_opened_by_and_to_goes_on_with_the_sentence_before() -> None:
    text = (
        "The Ministry has signed a working relationship with Meta to report abusive pages "
        "directly. And to also work with them on a campaign against human trafficking."
    )
    assert tags(text, tie=False)["tech_partnership"] == "in_place"
    # a sentence of its own, with its own subject and verb, ties nothing before it
    own_sentence = text.replace(". And to also", ". And we must also")
    assert "tech_partnership" not in tags(own_sentence, tie=False)


def test_what_an_evaluator_wants_is_a_recommendation() -> None:
    text = (
        "And GRETA wants suspected victims to be systematically referred to specialised "
        "assistance services."
    )
    assert "referral_mechanism" not in tags(text)


def test_poor_accommodation_is_how_workers_are_exploited_not_a_shelter() -> None:
    text = "The workers had been provided with poor accommodation, typical of human trafficking."
    assert "shelters" not in tags(text)


def test_technology_used_to_recruit_victims_is_the_traffickers() -> None:
    text = (
        "The sessions focused on several critical topics, including the use of technology for "
        "victim recruitment and exploitation, and the role of money laundering in trafficking."
    )
    assert "tech_partnership" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "It had adopted the national strategy for the prevention and response to gender-based "
        "violence.",
        "It was in the process of re-reading the law on quotas.",
    ],
)
def test_a_measure_whose_complement_names_another_subject_after_two_actions(text: str) -> None:
    assert tags(text) == {}


def test_legislation_a_product_is_tailored_to_reflect_is_vague() -> None:
    text = "Training materials on trafficking were developed to reflect national legislation."
    assert "legislation" not in tags(text)


def test_the_immoral_traffic_prevention_act_ties_itself_to_trafficking() -> None:
    text = "A case has been registered under the Immoral Traffic Prevention Act, 1956."
    assert tags(text, tie=False)["legislation"] == "in_place"


def test_victims_referred_to_the_assistance_system_are_routed() -> None:
    text = "Possible victims were referred to the human trafficking assistance system."
    assert tags(text)["referral_mechanism"] == "in_place"


def test_the_governments_of_the_speaker_and_a_province_are_the_speakers() -> None:
    text = (
        "The governments of Canada and Ontario will provide funding for transitional housing "
        "for survivors of human trafficking."
    )
    speaker = speaker_named("Canada", text)
    assert speaker is not None
    assert tags(text, speaker=speaker)["shelters"] == "planned"


def test_the_act_a_bill_proposes_is_in_progress() -> None:
    text = "A BILL FOR AN ACT RELATING TO HUMAN TRAFFICKING. BE IT ENACTED BY THE LEGISLATURE:"
    assert tags(text)["legislation"] == "in_progress"


@pytest.mark.parametrize(
    "text",
    [
        "Border officers were trained on procedures and techniques to identify and protect "
        "victims of trafficking.",
        "He spoke during a training course on human trafficking laws at the Judicial Training "
        "Centre.",
        "The curriculum, which includes the latest laws and case files, will be distributed to "
        "Border Guard stations to fight human trafficking.",
    ],
)
def test_what_officers_are_trained_on_is_a_topic_not_a_measure(text: str) -> None:
    assert tags(text) == {}


def test_a_law_foundation_is_a_body_not_a_law() -> None:
    text = (
        "The Commission and the Arellano Law Foundation signed an agreement to give legal aid "
        "to trafficking victims."
    )
    assert "legislation" not in tags(text)


def test_camel_jockeys_tie_a_measure_to_trafficking() -> None:
    text = (
        "In 2005, the Government passed a federal law prohibiting the use of children under "
        "the age of 18 as camel jockeys."
    )
    assert tags(text, tie=False)["legislation"] == "in_place"


def test_a_statement_registry_is_a_data_tool() -> None:
    text = (
        "The modern slavery statement registry has been updated to encourage businesses to "
        "upload their statements."
    )
    assert tags(text)["tech_partnership"] == "in_place"


def test_a_measure_the_government_will_revise_exists() -> None:
    text = (
        "In new plans, the Government will revise the NRM, so that it is easier for victims "
        "of trafficking to come forward."
    )
    assert tags(text)["referral_mechanism"] == "in_place"


def test_a_contingency_plan_to_expand_protection_is_a_plan_not_an_intention() -> None:
    text = (
        "The Government has reinforced its contingency plan to expand protection to victims of "
        "trafficking."
    )
    assert tags(text)["action_plan"] == "in_place"


@pytest.mark.parametrize(
    "text",
    [
        "So far, 94 human traffickers were detained under the Preventive Detention Act.",
        "Additional DG (Law & Order) Jitender said human trafficking is not like other crimes.",
        "Shortcomings in the country's legislation are making it difficult to combat human "
        "trafficking effectively.",
    ],
)
def test_a_law_on_detention_an_office_or_shortcomings_are_no_law_on_trafficking(
    text: str,
) -> None:
    assert "legislation" not in tags(text)


def test_a_bill_that_seeks_to_criminalize_is_not_yet_law() -> None:
    text = (
        "A bill which seeks to criminalize human trafficking and establish structures to "
        "rehabilitate victims went through the second reading in Parliament on Tuesday."
    )
    assert tags(text)["legislation"] == "in_progress"


def test_making_a_referral_mechanism_statutory_presupposes_it() -> None:
    text = (
        "Making the national referral mechanism for victims of human trafficking a statutory "
        "provision will be of huge benefit."
    )
    assert tags(text)["referral_mechanism"] == "in_place"


def test_a_poverty_reduction_strategy_is_on_another_subject() -> None:
    text = (
        "The Ghana Poverty Reduction Strategy was ensuring that vulnerable groups do not "
        "become victims of trafficking."
    )
    assert "action_plan" not in tags(text)


def test_discussing_the_use_of_technologies_is_a_topic() -> None:
    text = (
        "Government agencies presented their efforts and discussed the use of new "
        "technologies in fighting human trafficking."
    )
    assert "tech_partnership" not in tags(text)


# --- after test #75 was scored -------------------------------------------------------------


def test_the_importance_of_a_named_plan_is_said_of_one_that_exists() -> None:
    text = (
        'The chairman of the Social Services Agency noted the importance of the "National '
        'Plan of Action for 2021-2025" in the fight against human trafficking.'
    )
    assert tags(text)["action_plan"] == "in_place"


@pytest.mark.parametrize(
    "text",
    [
        "The minister stressed the importance of adopting a national action plan against "
        "human trafficking.",
        "The minister stressed the importance of a national action plan against human trafficking.",
    ],
)
def test_the_importance_of_adopting_or_of_an_unnamed_plan_is_still_a_call(text: str) -> None:
    assert "action_plan" not in tags(text)


def test_a_member_of_the_referral_mechanism_presupposes_it() -> None:
    text = (
        "The agency, as a member of the National Referral Mechanism for victims of "
        "trafficking, is committed to supporting victims' access to services."
    )
    assert tags(text)["referral_mechanism"] == "in_place"


def test_being_processed_through_the_referral_mechanism_presupposes_it() -> None:
    text = (
        "Rescued foreigners would be transferred to the border and processed through the "
        "national referral mechanism before being sent home as victims of trafficking."
    )
    assert tags(text)["referral_mechanism"] == "in_place"


def test_legislation_they_consider_anew_is_planned() -> None:
    text = (
        "The workshop raised awareness of human trafficking, officials said as they "
        "consider new anti-trafficking legislation."
    )
    assert tags(text)["legislation"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "We assist national partners in legislation harmonization to combat human trafficking.",
        "Advance policy and legislation implementation against human trafficking through training.",
    ],
)
def test_legislation_modifying_a_process_noun_names_no_law(text: str) -> None:
    assert "legislation" not in tags(text)


def test_shelter_in_a_debt_to_repay_is_a_need_not_a_measure() -> None:
    text = (
        "Traffickers hold their countrymen in bondage to repay the cost of food, shelter and "
        "transit to the capital."
    )
    assert "shelters" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new digital National Referral Mechanism (NRM) process for the referral of "
        "victims of human trafficking is now available.",
        "We have introduced a digital referral and casework system for victims of trafficking.",
    ],
)
def test_a_referral_process_made_digital_is_technology(text: str) -> None:
    assert tags(text)["tech_partnership"] == "in_place"


# --- after test #76 was scored -------------------------------------------------------------


def test_bonded_labour_ties_a_measure_to_forced_labour() -> None:
    text = (
        "The Bonded Labour System (Abolition) Act, 1976 provides for the rehabilitation of "
        "rescued bonded labourers."
    )
    assert tags(text, tie=False)["legislation"] == "in_place"


@pytest.mark.parametrize(
    "text",
    [
        "The Criminal Law (Sexual Offences and Human Trafficking) Bill 2023 sets out a "
        "package of measures.",
        "Senator Smith introduced S.B. 158 on human trafficking.",
    ],
)
def test_a_law_word_in_a_bills_title_or_a_numbered_bill_is_a_bill(text: str) -> None:
    assert tags(text)["legislation"] == "in_progress"


@pytest.mark.parametrize(
    "text",
    [
        "The Human Trafficking Case Law Database enables users to consult court decisions on "
        "trafficking.",
        "Refrain from the use of criminal libel laws against journalists who report on human "
        "trafficking.",
        "The report on human trafficking was withheld under the Access to Information and "
        "Protection of Privacy Act.",
        "Officials came to learn about Nevada law and online trafficking.",
    ],
)
def test_case_law_libel_and_privacy_laws_and_a_law_to_learn_about_are_no_measure(
    text: str,
) -> None:
    assert "legislation" not in tags(text)


def test_a_shelter_as_a_workshop_topic_is_no_shelter() -> None:
    text = (
        "Participants joined group sessions for deep dive into victim identification and "
        "shelter management for trafficking victims."
    )
    assert "shelters" not in tags(text)


def test_progress_in_achieving_a_data_system_is_in_progress() -> None:
    text = "The Human Trafficking Task Force made progress in achieving a data collection system."
    assert tags(text)["tech_partnership"] == "in_progress"


def test_what_a_plan_recommends_creating_is_not_yet_a_measure() -> None:
    text = (
        "The plan on human trafficking makes recommendations like creating a website with "
        "public information."
    )
    assert "tech_partnership" not in tags(text)


def test_victims_accommodated_in_shelters_are_in_shelters_that_exist() -> None:
    text = "The social worker will assist returned victims of trafficking accommodated in shelters."
    assert tags(text)["shelters"] == "in_place"


def test_ngos_as_members_of_the_states_task_force_do_not_own_its_plan() -> None:
    text = (
        "The Department leads a national task force consisting of relevant agencies and "
        "non-governmental organizations (NGOs) in implementing the national action plan "
        "against trafficking."
    )
    assert tags(text)["action_plan"] == "in_place"


def test_a_programmes_webpage_is_no_plan() -> None:
    text = "The Department recently launched its Human Trafficking Prevention Program webpage."
    assert "action_plan" not in tags(text)


# --- after test #77 was scored -------------------------------------------------------------


def test_prison_sentences_a_court_gave_are_no_law() -> None:
    text = (
        "As such, 15 traffickers were prosecuted and four were convicted and sentenced to "
        "prison sentences ranging from 36 months to 70 years."
    )
    assert "legislation" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The updated guidance on trafficking victims is expected to be published as part of "
        "the statutory guidance (under s49 of the Modern Slavery Act 2015).",
        "The officer will impose a measure under Article 76a of the Identity Documents Act to "
        "prevent the child victim of trafficking from leaving the country.",
    ],
)
def test_a_law_cited_by_its_section_is_in_force_whatever_the_modal(text: str) -> None:
    assert tags(text)["legislation"] == "in_place"


def test_a_section_of_a_law_whose_name_has_small_words_is_cited_too() -> None:
    text = (
        "The suspect is expected to appear in court on charges of contravention of Section 7 "
        "of the Prevention and Combatting of Trafficking in Persons Act."
    )
    assert tags(text)["legislation"] == "in_place"


@pytest.mark.parametrize(
    "text",
    [
        "Data on trafficking victims was obtained under Britain's Freedom of Information (FOI) "
        "Act.",
        "Topics addressed included the needs of trafficking victims and regulations on "
        "international co-operation in criminal matters.",
    ],
)
def test_a_freedom_of_information_act_and_regulations_as_a_topic_are_no_measure(
    text: str,
) -> None:
    assert "legislation" not in tags(text)


def test_a_section_of_a_bill_is_still_a_bill() -> None:
    text = "Section 5 of the Anti-Trafficking (Amendment) Bill will protect victims of trafficking."
    assert tags(text)["legislation"] == "in_progress"


# --- after test #78 was scored -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three victims of trafficking were placed in a protective home on orders by a magistrate.",
        "The rescued trafficking victims were sent to a protection home for women.",
        "Child victims of trafficking are placed in places of safety run by the department.",
    ],
)
def test_a_protective_home_or_a_place_of_safety_shelters_victims(text: str) -> None:
    assert tags(text, tie=False)["shelters"] == "in_place"


def test_measure_words_in_a_foundation_for_its_purpose_name_a_body() -> None:
    text = (
        "A-TIPSOM is a project against trafficking in persons implemented by the "
        "International Foundation for Administration and Public Policy (FIIAP)."
    )
    assert "action_plan" not in tags(text, tie=False)
    plan = "The Council of Europe Action Plan against trafficking is implemented."
    assert tags(plan, tie=False)["action_plan"] == "in_place"


def test_a_programme_implemented_by_international_organizations_is_theirs() -> None:
    text = (
        "The Committee also notes the implementation in Kyrgyzstan of the Joint Programme to "
        "Combat Human Trafficking in Central Asia by the ILO, the UNDP and the UNODC."
    )
    kyrgyzstan = speaker_named("Kyrgyzstan", text)
    assert kyrgyzstan is not None
    assert tags(text, tie=False, speaker=kyrgyzstan) == {}
    own = "The Joint Programme to Combat Human Trafficking is implemented by the Ministry."
    assert tags(own, tie=False, speaker=kyrgyzstan) == {"action_plan": "in_place"}


def test_a_law_against_the_trade_in_organs_is_tied_to_trafficking() -> None:
    text = (
        "A report named Egypt as one of the top five countries in illegal organ trade. The "
        "announcement prompted parliament to pass a law that banned commercial trade in "
        "organs."
    )
    assert tags(text, tie=False) == {"legislation": "in_place"}


# --- after test #79 was scored -------------------------------------------------------------


def test_a_committee_welcoming_the_states_law_reports_it() -> None:
    text = (
        "The Committee welcomes the amendments to the Penal Code criminalizing trafficking in "
        "persons."
    )
    el_salvador = speaker_named("El Salvador", text)
    assert el_salvador is not None
    assert tags(text, tie=False, speaker=el_salvador) == {"legislation": "in_place"}


def test_deprivation_of_liberty_the_law_sets_is_a_statutory_penalty() -> None:
    text = (
        "In the case of human trafficking, if committed by a group of persons, persons may be "
        "punished by deprivation of liberty for a period of three to 12 years."
    )
    assert tags(text, tie=False) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Lawyer J Sandhya of Human Rights Law Network got a distress call about trafficking "
        "victims.",
        "Following a Supreme Court directive, officials investigated cases of child trafficking.",
        "Concerned over the trafficking of children, authorities are discussing proposals for "
        "constitution of an Anti-Human Trafficking Cell.",
        "The meeting analysed the internal regulations of the ministry and the fight against "
        "human trafficking.",
    ],
)
def test_a_law_network_a_court_directive_or_forming_a_cell_is_no_law(text: str) -> None:
    assert "legislation" not in tags(text, tie=False)


def test_the_period_under_review_is_no_status() -> None:
    text = (
        "The Gender Minister said the adult shelter in the period under review received 63 "
        "survivors of human trafficking."
    )
    assert tags(text, tie=False) == {"shelters": "in_place"}


# --- after test #80 was scored -------------------------------------------------------------


def test_a_relative_clause_saying_what_a_broken_law_is_about_ties_it() -> None:
    text = (
        "In total, 51 individuals face charges for violating Republic Act 9208, which deals "
        "with trafficking in persons."
    )
    assert tags(text, tie=False) == {"legislation": "in_place"}
    other = "In total, 51 individuals face charges for violating Republic Act 9208."
    assert "legislation" not in tags(other, tie=False)


def test_laws_named_by_a_form_of_trafficking_are_not_vague() -> None:
    text = "The first person in Australia convicted under forced marriage laws was sentenced."
    assert tags(text, tie=False) == {"legislation": "in_place"}


def test_praise_of_a_court_ruling_keeps_the_law_it_applied() -> None:
    text = (
        "The National Committee for Combatting Human Trafficking praised the issuance of the "
        "ruling, as the court convicted the defendants for the crime stipulated in Combating "
        "Trafficking in Human Beings Law No. 15 of 2011."
    )
    qatar = speaker_named("Qatar", text)
    assert qatar is not None
    assert tags(text, tie=False, speaker=qatar) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Fifty nail bars got a clean bill of health during a police day of action against "
        "human trafficking.",
        "Frontline officers receive training on border management, human rights law and "
        "counter-trafficking.",
    ],
)
def test_a_bill_of_health_and_human_rights_law_are_no_law(text: str) -> None:
    assert "legislation" not in tags(text, tie=False)


def test_safe_housing_for_victims_is_a_shelter() -> None:
    text = (
        "Police identified five men as victims of trafficking. Safe housing was provided and "
        "they were all granted a reflection period."
    )
    assert tags(text, tie=False) == {"shelters": "in_place"}


# --- after test #81 was scored -------------------------------------------------------------


def test_an_act_acronym_the_text_defines_in_parentheses_is_no_law() -> None:
    text = (
        "The Action Coalition on Human Trafficking (ACT Alberta) is a non-government "
        "organization. ACT Alberta's work includes protecting trafficked persons."
    )
    assert "legislation" not in tags(text, tie=False)
    numbered = "He was charged under the Criminal Offences (ACT 29) with human trafficking."
    assert tags(numbered, tie=False) == {"legislation": "in_place"}


def test_a_run_in_heading_law_is_no_law() -> None:
    text = (
        "Facts – The applicant was a victim of trafficking.\n\n"
        "Law – Article 4: The case raised two questions."
    )
    assert "legislation" not in tags(text)


def test_a_statutes_enacting_words_are_the_law() -> None:
    text = (
        "(1) There is created the Washington state task force against the trafficking of persons."
    )
    assert tags(text, tie=False) == {"legislation": "in_place"}


def test_victim_screening_is_a_referral_mechanism() -> None:
    text = (
        "First phase achievements include establishing human trafficking victim screening at "
        "an area hospital."
    )
    assert tags(text, tie=False) == {"referral_mechanism": "in_place"}


def test_a_named_law_cited_as_a_basis_is_in_force_whatever_the_modal() -> None:
    text = (
        "Participants will also learn about reporting requirements under the Trafficking "
        "Victims Protection Act of 2000, as amended."
    )
    united_states = speaker_named("United States", text)
    assert united_states is not None
    assert tags(text, tie=False, speaker=united_states) == {"legislation": "in_place"}


def test_a_modal_of_another_predicate_does_not_govern_the_measure() -> None:
    text = (
        "The funding will be provided to 27 community-based projects and is part of the "
        "province's $307 million Anti-Human Trafficking Strategy."
    )
    assert tags(text, tie=False) == {"action_plan": "in_place"}


# --- after test #82 was scored -------------------------------------------------------------


def test_residential_placements_for_victims_are_shelters() -> None:
    text = (
        "Eligible direct services for survivors of human trafficking include mental health "
        "services, education and employment support, and residential placement."
    )
    assert tags(text, tie=False) == {"shelters": "in_place"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Thirty nonprofit organizations will receive funding as part of the new Direct "
            "Services for Victims of Human Trafficking Grant Program.",
            "action_plan",
        ),
        (
            "Posters about human trafficking will be displayed at BART stations and bus "
            "shelters countywide.",
            "shelters",
        ),
        (
            "Join ST's Telegram channel and get the latest breaking news on human trafficking "
            "delivered to you.",
            "tech_partnership",
        ),
        (
            "In the operation against human trafficking, seven vehicles were seized under the "
            "Highway Traffic Act for prostitution-related offences.",
            "legislation",
        ),
        ("Signs of human trafficking:\n- Trafficker provides basic needs and shelter.", "shelters"),
        (
            "She spoke on human trafficking at a consultation organised by the Forum for Women "
            "Law and Development (FWLD).",
            "legislation",
        ),
        (
            "In its first year, the Council on human trafficking provided a set of "
            "recommendations on how Colorado could adopt safe harbor legislation.",
            "legislation",
        ),
        (
            "According to plans, the Human Trafficking Unit will be comprised of the following "
            "positions:",
            "action_plan",
        ),
    ],
)
def test_what_test_82_showed_is_no_measure(text: str, category: str) -> None:
    assert category not in tags(text, tie=False)


def test_a_law_against_trafficking_and_another_crime_is_tied() -> None:
    text = "The police made the arrests under the anti-trafficking and anti-terrorism law."
    assert tags(text, tie=False) == {"legislation": "in_place"}


def test_a_law_that_defines_what_a_measure_does_is_in_force() -> None:
    text = (
        "The task force will identify victims of both sex and labor trafficking as defined by "
        "the Trafficking Victims Protection Act."
    )
    united_states = speaker_named("United States", text)
    assert united_states is not None
    assert tags(text, tie=False, speaker=united_states) == {"legislation": "in_place"}


def test_what_is_part_of_a_named_strategy_presupposes_it() -> None:
    text = (
        "The training is a part of the national strategy against trafficking in persons so "
        "the council is working on building the capacity of key stakeholders."
    )
    assert tags(text, tie=False) == {"action_plan": "in_place"}


def test_a_bill_since_whose_passage_time_has_run_is_law() -> None:
    text = (
        "At a ceremony marking a year since passage of HB 1559, the bill that established a "
        "fund to aid service providers who assist victims of human trafficking."
    )
    assert tags(text, tie=False) == {"legislation": "in_place"}


# --- after test #83 was scored -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "For the purposes of this Part, there is a conclusive determination that a person is, "
        "or is not, a victim of trafficking in human beings when a competent authority "
        "concludes so.",
        "Where there are reasonable grounds to believe that an adult is a victim of an offence "
        "of human trafficking, the Scottish Ministers must secure support for the adult.",
    ],
)
def test_the_decisions_of_an_identification_procedure_name_it(text: str) -> None:
    assert tags(text, tie=False) == {"referral_mechanism": "in_place"}


def test_an_inquirys_finding_of_grounds_is_no_procedure() -> None:
    text = (
        "The mission found reasonable grounds to believe that migrants across Libya are "
        "victims of enslavement and trafficking."
    )
    assert "referral_mechanism" not in tags(text, tie=False)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Home » Crime & Law » Over 80 human traffickers still on the loose", "legislation"),
        (
            "The two officials who smuggled people shall face the wrath of law, the governor "
            "said of the trafficking case.",
            "legislation",
        ),
        (
            "The coordinator held talks in Kyiv on how best to prevent the expansion of "
            "conflict-driven human trafficking by improving the mechanisms for identifying, "
            "referring and assisting victims.",
            "referral_mechanism",
        ),
    ],
)
def test_what_test_83_showed_is_no_measure(text: str, category: str) -> None:
    assert category not in tags(text, tie=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The measures are in line with the national strategy of action against human trade.",
            {"action_plan": "in_place"},
        ),
        (
            "The suspects are subject to articles in Law Number 21 of 2007 concerning PTPPO.",
            {"legislation": "in_place"},
        ),
    ],
)
def test_other_names_of_trafficking_tie_a_measure(text: str, expected: dict[str, str]) -> None:
    assert tags(text, tie=False) == expected


# --- after test #84 was scored -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three workers told the court they were lured abroad by traffickers with promises of "
        "high wages, free housing and free food.",
        "The men also took the trafficking victims' money for the trip, accommodation and "
        "daily allowances.",
    ],
)
def test_housing_as_a_lure_or_an_expense_is_no_shelter(text: str) -> None:
    assert "shelters" not in tags(text, tie=False)


def test_nongovernmental_organizations_spelled_as_one_word_are_another_actor() -> None:
    text = (
        "Nongovernmental organizations on Thursday unveiled a mobile phone app that lets "
        "people report cases of human trafficking."
    )
    assert "tech_partnership" not in tags(text, tie=False)


def test_a_housing_area_is_no_shelter() -> None:
    text = (
        "In 2015 the group identified a low-income public housing area near the capital as "
        "a hotspot of trafficking."
    )
    assert "shelters" not in tags(text, tie=False)


# --- after test #85 was scored -------------------------------------------------------------


def test_the_sale_of_babies_ties_a_measure() -> None:
    text = (
        "Thousands of babies were sold to families abroad by baby farms in the 1980s. The "
        "health minister said he would set up a DNA database to help the children find "
        "their birth mothers."
    )
    assert tags(text, tie=False) == {"tech_partnership": "planned"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The ministry will set up a shelter for victims of trafficking.", "planned"),
        ("The ministry plans to set up a shelter for victims of trafficking.", "planned"),
        ("The government will criminalise trafficking in persons in a new law.", "planned"),
        ("The ministry has set up a shelter for victims of trafficking.", "in_place"),
        ("A shelter for victims of trafficking was set up in 2019.", "in_place"),
    ],
)
def test_a_bare_verb_after_a_modal_is_what_is_to_be_done(text: str, status: str) -> None:
    assert set(tags(text, tie=False).values()) == {status}


def test_immigration_acts_in_a_charge_sheet_are_no_trafficking_law() -> None:
    text = (
        "The traffickers were charged under the Foreigners Act and the Passport (Entry into "
        "India) Act, the agency said."
    )
    assert "legislation" not in tags(text, tie=False)


# --- after test #86 was scored -------------------------------------------------------------


def test_app_in_capitals_is_policing_guidance_not_an_app() -> None:
    text = (
        "The College of Policing has published updated authorised professional practice (APP) "
        "on modern slavery and human trafficking. The APP helps officers recognise victims."
    )
    assert "tech_partnership" not in tags(text)
    assert tags("The police launched an app to report human trafficking.") == {
        "tech_partnership": "in_place"
    }


def test_an_accessibility_notice_is_no_technology() -> None:
    text = (
        "Guidance on child trafficking guardians. If you use assistive technology (such as a "
        "screen reader) and need a version of this document in another format, email us."
    )
    assert "tech_partnership" not in tags(text)


def test_technology_that_makes_detection_difficult_is_the_crime() -> None:
    text = (
        "Human trafficking often spans several jurisdictions and the use of technology, "
        "making detection and enforcement difficult."
    )
    assert "tech_partnership" not in tags(text)


def test_help_and_shelter_is_an_organisation() -> None:
    text = (
        "The task force against trafficking in persons comprises the Ministry of Home "
        "Affairs, the Ministry of Legal Affairs and Help and Shelter."
    )
    assert "shelters" not in tags(text)


def test_rescued_people_kept_at_a_protection_unit_are_sheltered() -> None:
    text = (
        "Three men were arrested and face charges of human trafficking. The migrants are now "
        "being kept at a social protection unit and are undergoing medical check-ups."
    )
    assert tags(text) == {"shelters": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The Committee is concerned about the lacuna on trafficking in the Penal Code.",
        "The beneficiaries of the anti-trafficking project include law practitioners.",
        "Attorneys at law and judges took an online course on trafficking in human beings.",
        "Officials inspected fishing boats to prevent human trafficking and ensure "
        "compliance with labour laws.",
    ],
)
def test_a_gap_people_and_labour_law_compliance_are_no_trafficking_law(text: str) -> None:
    assert "legislation" not in tags(text)


def test_the_nrm_is_a_trafficking_word() -> None:
    text = (
        "The rate compares the number of defendants with the number of people referred "
        "through the NRM process. Calculating it this way follows Home Office counting rules."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}
    assert tags("The NRM government has been in power for years.") == {}


def test_a_law_serving_as_the_national_framework_is_no_plan() -> None:
    text = (
        "The Anti-Trafficking in Persons Act of 2003, which serves as the national framework "
        "to address trafficking, was signed into law on 26 May 2003."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_questions_regarding_a_plan_are_no_report() -> None:
    text = (
        "There were also questions regarding the adoption of a new action plan against trafficking."
    )
    assert "action_plan" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "If found guilty of human trafficking, they could face a maximum sentence of life "
        "imprisonment.",
        "A trafficking offence can carry a maximum sentence of 10 years imprisonment.",
    ],
)
def test_a_penalty_one_could_face_is_the_law(text: str) -> None:
    assert tags(text) == {"legislation": "in_place"}


def test_a_place_in_the_clause_after_the_law_is_where_the_crime_was() -> None:
    zimbabwe = Speaker(kind="state", names=("zimbabwe",), other_actor_names=("oman",))
    text = (
        "A woman appeared in court facing charges of violating the Trafficking in Persons Act "
        "after she recruited people and sold them to buyers in Oman."
    )
    assert tags(text, speaker=zimbabwe) == {"legislation": "in_place"}
    elsewhere = "Recruiters face severe penalties under the Trafficking in Persons Act in Oman."
    assert "legislation" not in tags(elsewhere, speaker=zimbabwe)


@pytest.mark.parametrize(
    "text",
    [
        "The council is apprehending violators and perpetrators of the Trafficking in Persons Act.",
        "Perpetrators of the Trafficking in Persons Act face heavy fines.",
    ],
)
def test_violators_of_a_law_are_pursued_under_it(text: str) -> None:
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "He is expected to appear before court to answer charges of trafficking contrary to "
        "the Trafficking in Persons Act.",
        "The suspects will be tried for acts in violation of the Anti-Trafficking Law.",
    ],
)
def test_a_law_an_act_is_contrary_to_is_in_force(text: str) -> None:
    assert tags(text) == {"legislation": "in_place"}


# --- after test #87 was scored -------------------------------------------------------------


def test_a_school_boards_anti_sex_trafficking_protocol_is_a_referral_procedure() -> None:
    text = (
        "The Ministry of Education directed school boards to have an anti-sex trafficking "
        "protocol to protect students."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}
    treaty = "The country ratified the UN anti-trafficking protocol in 2002."
    assert "referral_mechanism" not in tags(treaty)


def test_act_now_is_a_slogan_not_a_law() -> None:
    assert tags("THE THEME WAS: STAKEHOLDERS ACT NOW TO END HUMAN TRAFFICKING.") == {}


def test_the_framework_for_school_board_protocols_is_no_plan() -> None:
    text = (
        "The Ministry released PPM 166 - a policy framework for school board anti-sex "
        "trafficking protocols - to keep students safe."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_a_grant_programme_is_funding_not_a_plan() -> None:
    text = (
        "The sheriff needs approval to file an application for a Justice Department "
        '"Enhanced Collaborative Model to Combat Human Trafficking Program" grant.'
    )
    assert "action_plan" not in tags(text)


# --- after test #88 was scored -------------------------------------------------------------


def test_the_statute_of_limitations_is_no_law_on_trafficking() -> None:
    text = (
        "Suspects delayed sentencing so that the statute of limitations runs out in the "
        "slave labour case."
    )
    assert "legislation" not in tags(text)


def test_labour_law_convictions_and_laws_violated_are_no_law_on_trafficking() -> None:
    convictions = (
        "Maximum sentences were given on all the counts of labour law convictions in the "
        "human trafficking case."
    )
    assert "legislation" not in tags(convictions)
    violated = (
        "The minister urged inspectors to act against trafficking and to prosecute employers "
        "in violation of laws."
    )
    assert "legislation" not in tags(violated)


def test_act_in_a_canberra_address_is_no_act() -> None:
    text = (
        "The human trafficking resource was published by the Federal Police, GPO Box 401 "
        "Canberra ACT 2601."
    )
    assert tags(text) == {}
    barton = "Contact the Department, 3-5 National Cct BARTON ACT 2600, on the trafficking report."
    assert tags(barton) == {}


def test_a_legislative_and_policy_framework_is_legislation() -> None:
    text = (
        "The country has continued to develop the legislative and policy framework relevant to "
        "action against trafficking in human beings."
    )
    assert "legislation" in tags(text)
    listed = (
        "The legislative, institutional and policy frameworks against trafficking are in place."
    )
    assert tags(listed)["legislation"] == "in_place"


def test_the_ilo_special_action_programme_is_the_ilos_not_a_plan() -> None:
    text = (
        "The ILO, through its Special Action Programme to Combat Forced Labour, published a "
        "paper on trafficking of migrant workers."
    )
    assert "action_plan" not in tags(text)


def test_a_strategy_on_illegal_migration_or_human_rights_is_another_subject() -> None:
    migration = (
        "The committee's National Strategy on Combating Illegal Migration guides its work "
        "against trafficking."
    )
    assert "action_plan" not in tags(migration)
    both = (
        "The national strategy for combating illegal migration and trafficking in persons, "
        "2022-2026, was being implemented."
    )
    assert tags(both)["action_plan"] == "in_place"
    rights = (
        "The President launched the first National Strategy of Human Rights, the committee "
        "against trafficking said."
    )
    assert "action_plan" not in tags(rights)


def test_plans_for_something_are_intentions_not_a_plan() -> None:
    text = (
        "The plans for the court include giving priority to victims of traffickers in "
        "presenting testimony."
    )
    assert "action_plan" not in tags(text)
    plan = "The national plans for the prevention of trafficking were adopted in 2019."
    assert tags(plan)["action_plan"] == "in_place"


def test_criminal_justice_systems_are_no_identification_procedure() -> None:
    text = (
        "The pressure on law enforcement and criminal justice systems to effectively identify "
        "human trafficking victims continues to grow."
    )
    assert "referral_mechanism" not in tags(text)


def test_immigration_standard_operating_procedures_are_no_referral_procedure() -> None:
    text = (
        "The project completed the first Immigration Standard Operating Procedures Manual, "
        "part of its work against trafficking."
    )
    assert "referral_mechanism" not in tags(text)


def test_a_duty_to_refer_victims_is_a_referral_procedure() -> None:
    text = (
        "Police officers have a duty to refer all trafficked persons to Protection Officers for "
        "screening, care and protection."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_shelter_as_a_humanitarian_sector_is_no_shelter_for_victims() -> None:
    text = (
        "Funding per sector: emergency, shelter, and NFI; migrant assistance; counter trafficking."
    )
    assert "shelters" not in tags(text)


def test_an_approved_application_is_a_request_not_an_app() -> None:
    text = (
        "If the application is approved, the victim of human trafficking is issued a certificate."
    )
    assert tags(text) == {}


def test_criminalising_the_use_of_a_victims_services_is_a_trafficking_law() -> None:
    text = "GRETA welcomed the criminalisation of the use of services of a victim of trafficking."
    assert tags(text, tie=False)["legislation"] == "in_place"


def test_a_visited_state_run_shelter_is_the_states() -> None:
    text = "She visited a state run shelter for trafficking victims in the capital."
    assert tags(text) == {"shelters": "in_place"}


def test_a_recommendation_led_by_more_and_an_adverb_is_a_call() -> None:
    text = (
        "More actively conduct awareness campaigns on trafficking in persons and adopt "
        "proactive procedures to identify victims of trafficking among foreign workers."
    )
    assert "referral_mechanism" not in tags(text)


def test_what_a_call_comes_in_addition_to_exists() -> None:
    text = (
        "The Committee urges the State party, in addition to the recent legislative measures "
        "to combat trafficking in persons, to prosecute and punish perpetrators."
    )
    assert tags(text) == {"legislation": "in_place"}
    aside = "In addition to abuse, the law against trafficking must cover disadvantaged workers."
    assert tags(aside).get("legislation") != "in_place"


def test_it_was_vital_that_the_state_adopt_is_a_call() -> None:
    text = (
        "He said it was therefore vital that Malawi adopt formal procedures to confirm the "
        "eligibility of trafficked persons for services, including shelter."
    )
    assert "shelters" not in tags(text)


def test_a_consultation_on_a_plan_is_in_progress() -> None:
    text = "Consultation on a plan of action to prevent people trafficking (August 2008)."
    assert tags(text) == {"action_plan": "in_progress"}
    law = "Responses to our consultation on section 38 of the Human Trafficking Act 2015."
    assert tags(law).get("legislation") == "in_place"


# --- after test #89 was scored -------------------------------------------------------------


def test_a_banned_trafficking_practice_is_a_law() -> None:
    text = "The government banned forced child begging three weeks ago after the trafficking cases."
    assert tags(text) == {"legislation": "in_place"}
    treaty = (
        "The Forced Labour Convention, 1930 (Forced Labour Convention) outlaws forced labour, "
        "a form of trafficking."
    )
    assert "legislation" not in tags(treaty)


def test_the_tariff_acts_forced_labour_import_ban_is_a_law() -> None:
    text = (
        "CBP enforces the prohibition on imports of goods made with forced labor under 19 USC 1307."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_statutes_own_title_words_are_the_law() -> None:
    assert tags("Title: An act relating to trafficking.") == {"legislation": "in_place"}
    bill = "STATE OF HAWAII A BILL FOR AN ACT RELATING TO HUMAN TRAFFICKING."
    assert tags(bill) == {"legislation": "in_progress"}


def test_what_an_evaluation_report_welcomes_is_the_states_own() -> None:
    text = (
        "The report welcomed the adoption of a new national anti-trafficking strategy. It also "
        "welcomed law amendments ensuring human trafficking victims free legal aid."
    )
    assert tags(text) == {"action_plan": "in_place", "legislation": "in_place"}


def test_victims_referred_to_an_assistance_scheme_is_a_referral_mechanism() -> None:
    text = (
        "Police found three cases of human trafficking; one victim has been referred to the "
        "Victims of Trafficking Assistance Scheme."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_a_financial_intelligence_units_red_flags_are_transaction_analytics() -> None:
    text = (
        "FinCEN released an advisory that addressed red flags associated with human smuggling "
        "and human trafficking."
    )
    assert tags(text) == {"tech_partnership": "in_place"}


# --- after test #90 was scored -------------------------------------------------------------


def test_an_act_on_trafficking_and_on_smuggling_of_migrants_is_on_trafficking() -> None:
    text = (
        "Act No. 133/AN/16 of 2016 on action against the trafficking of persons and the "
        "illicit trafficking of migrants was adopted."
    )
    assert tags(text) == {"legislation": "in_place"}
    assert tags("The law on the illicit trafficking of migrants was adopted.") == {}


def test_a_crisis_centre_for_the_victims_of_domestic_violence_is_on_another_subject() -> None:
    text = (
        "The State Fund for victims of human trafficking opened the first state-run crisis "
        "center for the victims of domestic violence."
    )
    assert tags(text) == {}
    own = text.replace("domestic violence", "trafficking")
    assert tags(own) == {"shelters": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Investigations continue into modern slavery offences as well as breaches of tax, "
        "National Minimum Wage and Health and Safety legislation.",
        "The authority investigates modern slavery. Its team can also look into non-payment of "
        "the national minimum wage and breaches of employment agencies legislation, which sets "
        "basic standards on pay, working hours and the right to a written contract.",
    ],
)
def test_legislation_on_another_field_is_not_a_trafficking_law(text: str) -> None:
    assert "legislation" not in tags(text)


def test_an_international_bill_of_rights_is_a_convention_not_a_bill() -> None:
    text = (
        'The Committee, monitoring the Convention popularly known as an "international bill '
        'of rights for women," noted reports of trafficking.'
    )
    assert tags(text) == {}


def test_legal_enactments_on_trafficking_are_legislation() -> None:
    text = "The Government adopted legal enactments on combating trafficking in human beings."
    assert tags(text) == {"legislation": "in_place"}


def test_the_penalty_for_trafficking_is_imprisonment_states_the_law() -> None:
    text = "Trafficking is a crime and the penalty for it is imprisonment of up to 15 years."
    assert tags(text) == {"legislation": "in_place"}


def test_a_statutes_own_prohibition_of_forced_or_compulsory_labour_is_the_law() -> None:
    assert tags(
        "(1) No person shall exact, procure, or employ forced or compulsory labour.", tie=False
    ) == {"legislation": "in_place"}
    assert tags("No person shall be deprived of his liberty except in accordance with law.") == {}


def test_a_plan_of_police_operations_is_an_operation_not_a_plan() -> None:
    text = (
        "The national police force had launched a plan of police operations to prevent and "
        "punish human trafficking, which involved the inspection of strategic locations."
    )
    assert tags(text) == {}


def test_a_manual_examining_referral_mechanisms_is_a_text_on_them() -> None:
    text = (
        "The manual examines international and national legal frameworks, methods of "
        "prevention and victim protection, challenges in investigating and prosecuting "
        "trafficking cases and referral mechanisms, and will be used for training prosecutors."
    )
    assert "referral_mechanism" not in tags(text)


def test_a_crime_committed_with_the_use_of_technology_is_not_a_tech_measure() -> None:
    text = (
        "The Act ensures the protection of every child against sexual abuse and trafficking, "
        "especially those committed with the use of information and communications technology."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_page_furnitures_google_optimized_software_is_not_a_partnership() -> None:
    text = (
        "Read the report on trafficking. Turn your PDF publications into a flip-book with our "
        "unique Google optimized e-Paper software."
    )
    assert "tech_partnership" not in tags(text)


def test_medical_testing_is_not_a_status_cue() -> None:
    text = "But, although criminalized, trafficking and forced virginity testing continued."
    assert tags(text) == {"legislation": "in_place"}


def test_a_plan_whose_development_followed_is_in_place() -> None:
    text = (
        "This was followed by the development of a National Plan of Action Against TIP (2017-2020)."
    )
    assert tags(text) == {"action_plan": "in_place"}


def test_the_process_of_formulating_a_strategy_is_in_progress() -> None:
    text = (
        "Recognition had been given to the process of formulating a National Strategy for the "
        "Prevention of Trafficking."
    )
    assert tags(text) == {"action_plan": "in_progress"}


# --- after test #91 was scored -------------------------------------------------------------


def test_a_request_on_the_application_in_practice_of_a_named_law_presupposes_it() -> None:
    text = (
        "The Committee previously requested the Government to provide information on the "
        "application in practice of section 271A of the Penal Code, which criminalizes the sale "
        "and trafficking of persons."
    )
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "As well as Spain, law agencies from France, Belgium and Cyprus were involved in the "
        "operation against labour trafficking.",
        "Since 2013 some 85 people were charged by the police in the law-courts for trafficking "
        "in persons.",
        "The work made child and forced labour unacceptable in both law and practice.",
        "The PM issued these directives during a meeting aimed at addressing human trafficking.",
    ],
)
def test_law_agencies_law_courts_practice_and_an_officials_directives_are_no_law(
    text: str,
) -> None:
    assert "legislation" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Many trafficking victims live in employer-provided accommodation and depend on their "
        "exploiters.",
        "The trafficked workers were forced to pay for their accommodation, trapping them in "
        "debt bondage.",
        "The bills require lodging facilities to train their client-facing employees to "
        "recognize human trafficking victims.",
    ],
)
def test_accommodation_the_exploiter_provides_or_a_hotel_is_no_shelter(text: str) -> None:
    assert "shelters" not in tags(text)


def test_a_news_sites_whatsapp_number_is_not_a_partnership() -> None:
    text = (
        "Police rescued 20 trafficking victims. Send your news stories to and via WhatsApp on "
        "+233 55 2699 625."
    )
    assert "tech_partnership" not in tags(text)


def test_a_plan_for_equality_between_men_and_women_is_on_another_subject() -> None:
    text = (
        "The review covered trafficking of women. Committee Experts praised Cyprus for the "
        "headway made towards the elimination of discrimination against women and, in "
        "particular, for the implementation of the Strategic Action Plan for Equality between "
        "Men and Women 2014-2017."
    )
    assert tags(text) == {}


def test_a_law_whose_adoption_is_being_delayed_is_in_progress() -> None:
    text = (
        "The party is delaying the adoption of a law that would significantly contribute to "
        "combating trafficking in human beings."
    )
    assert tags(text) == {"legislation": "in_progress"}


# --- after test #92 was scored -------------------------------------------------------------


def test_atipsom_ties_a_law_to_trafficking() -> None:
    text = "Police rescued 73 people under Section 12 and Section 14 of the Atipsom Act 2007."
    assert tags(text, tie=False) == {"legislation": "in_place"}


def test_the_prison_term_one_could_face_is_the_law() -> None:
    text = (
        "The two women were charged with human trafficking and could face 2 to 20 years in jail "
        "under Vietnamese laws."
    )
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers asked the police why they had refused to open a docket for the contravention "
        "of the Trafficking in Persons Act.",
        "Four suspects will be facing charges of contravening the Trafficking in Persons Act 7 "
        "of 2013, which outlaws trafficking in persons.",
    ],
)
def test_a_law_someone_is_charged_with_contravening_is_in_place(text: str) -> None:
    assert tags(text) == {"legislation": "in_place"}


def test_an_article_of_a_code_cited_by_a_dotted_number_is_in_force() -> None:
    text = (
        "Investigators planned to open a criminal case against him for the use of slave labour "
        "(Article 127.2 of the Russian Criminal Code, which sets from three to ten years in "
        "prison)."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_strategy_adopted_by_the_traffickers_is_no_plan() -> None:
    text = (
        "A new strategy appears to have been adopted by the traffickers to move children "
        "across the border on foot."
    )
    assert tags(text) == {}


def test_a_code_that_has_no_article_on_trafficking_is_a_gap() -> None:
    text = (
        "At the moment the Penal Code does not have an article on the exploitation and sale of "
        "people, so it is virtually impossible to punish those who traffic women."
    )
    assert "legislation" not in tags(text)


def test_a_programme_about_to_be_adopted_is_in_progress() -> None:
    text = (
        "The country is about to adopt a new national programme to combat human trafficking in "
        "the next few days."
    )
    assert tags(text) == {"action_plan": "in_progress"}


@pytest.mark.parametrize(
    "text",
    [
        "Victims of trafficking flee to another city to find shelter or a new house.",
        "Signs of trafficking include deprivation of basic needs such as food and shelter.",
        "Officers visit farms looking for victims of modern slavery. Potential victims are then "
        "spoken to away from their place of work or accommodation, and away from exploiters.",
    ],
)
def test_shelter_as_a_need_or_a_workers_lodging_is_no_shelter(text: str) -> None:
    assert "shelters" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The report on trafficking issued a list of recommendations, including for the "
        "authorities to ensure victims receive safe shelter.",
        "The report highlighted deficiencies in identification and referral procedures for "
        "trafficking victims.",
        "The regulation of labour recruitment agencies is also critical for the prevention of "
        "trafficking for forced labour.",
    ],
)
def test_recommendations_deficiencies_and_what_is_critical_are_not_reports(text: str) -> None:
    assert tags(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The 500 recruitment agencies suspected of trafficking that have been given a clean "
        "bill to operate are still being monitored.",
        "On top of the trafficking of migrants, who were subjected to forced labour, numerous "
        "laws were broken.",
    ],
)
def test_a_clean_bill_and_broken_laws_are_no_law(text: str) -> None:
    assert "legislation" not in tags(text)


def test_a_colombian_protection_route_for_victims_is_a_referral_mechanism() -> None:
    text = (
        "The Ombudsman's Office activated the protection route in favour of 44 women victims of "
        "the crime of human trafficking."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_a_channel_that_can_be_used_via_a_portal_is_in_use() -> None:
    text = (
        "First responders refer potential victims of modern slavery into the NRM. Referrals can "
        "be made via the online NRM portal."
    )
    assert tags(text)["tech_partnership"] == "in_place"


def test_a_numbered_item_of_a_called_for_list_is_called_for() -> None:
    text = (
        "The Committee urges the Government to take the necessary measures to ensure that: (i) "
        "thorough investigations are carried out against persons who engage in the sale or "
        "trafficking of children; and (ii) sufficiently dissuasive penalties are imposed on the "
        "offenders."
    )
    assert tags(text) == {}


def test_a_law_in_force_in_another_state_named_after_it_is_that_states() -> None:
    text = (
        "A law prohibiting the purchase of products made from the forced labor of Uyghurs came "
        "into force last December in the United States."
    )
    assert tags(text, speaker=speaker_named("China", text) or STATE) == {}
    joined = (
        "Other developments included the 2014 Law on Trafficking in Persons and a programme to "
        "support Haitian migrants in the Dominican Republic."
    )
    assert tags(joined, speaker=speaker_named("Haiti", joined) or STATE) == {
        "legislation": "in_place"
    }


# --- after test #93 was scored -------------------------------------------------------------


def test_a_shelter_that_can_accommodate_a_number_of_people_exists() -> None:
    text = (
        "The ministry did even better in opening a shelter in Banjul that can accommodate 48 "
        "persons and establish a hotline for trafficking victims."
    )
    assert tags(text) == {"shelters": "in_place"}


def test_acts_as_a_sentences_first_word_name_no_statute() -> None:
    text = (
        "Acts promoting sexual exploitation seriously infringe human rights and are often "
        "related to trafficking."
    )
    assert tags(text) == {}


def test_a_strategy_for_the_prevention_of_adolescent_pregnancy_is_on_another_subject() -> None:
    text = (
        "Trafficking was addressed by the 2012 Law against Human Trafficking, which had created "
        "a Commission against sexual exploitation and trafficking and a Strategy for the "
        "Prevention of Adolescent Pregnancy had been put in place."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_procedures_promised_to_be_developed_are_planned() -> None:
    text = (
        "They also promised to develop Standard Operating Procedures to assist the victims of "
        "trafficking."
    )
    assert tags(text) == {"referral_mechanism": "planned"}


def test_the_legislation_of_another_state_is_not_the_speakers() -> None:
    text = (
        "It was not acceptable to judge his country's efforts against trafficking on the "
        "legislation of another State."
    )
    assert tags(text) == {}


def test_transport_and_accommodation_the_traffickers_arrange_is_no_shelter() -> None:
    text = (
        "Digital platforms help traffickers recruit victims and arrange their transport and "
        "accommodation."
    )
    assert tags(text) == {}


def test_penalties_of_years_imprisonment_are_the_law() -> None:
    text = (
        "The report found the trafficking penalties of four to 12 years' imprisonment "
        "sufficiently stringent."
    )
    assert tags(text) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Texas Government Code 402.035 sets out the members of the Human Trafficking Prevention "
        "Task Force.",
        "The accused were charged under sections 370 and 370A of the IPC, which deal with human "
        "trafficking.",
    ],
)
def test_a_government_code_and_the_ipc_are_codes(text: str) -> None:
    assert tags(text, tie=False) == {"legislation": "in_place"}


# --- after test #94 was scored -------------------------------------------------------------


def test_prose_run_on_after_a_table_of_contents_is_a_report() -> None:
    text = (
        "TABLE OF CONTENTS: FOREWORD..........1 SHELTERS..........2 PARTNERS..........3 Dear "
        "reader, this leaflet is for social workers. In 2019 the Ministry of Social Policy set "
        "up the National Referral Mechanism for victims of human trafficking."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_the_entries_of_a_table_of_contents_are_still_no_report() -> None:
    text = "TABLE OF CONTENTS: NATIONAL REFERRAL MECHANISM..........2 SHELTERS..........3"
    assert tags(text) == {}


def test_no_information_on_the_status_of_a_draft_law_presupposes_the_draft() -> None:
    text = (
        "The Committee notes that the Government does not provide information on the status "
        "of the draft law on trafficking in persons."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_not_finalising_draft_guidelines_still_denies_them() -> None:
    text = (
        "However, it did not finalise the draft national guidelines on victim identification "
        "and referral, pending since 2020."
    )
    assert tags(text) == {}


def test_the_law_a_suspect_will_be_charged_under_exists() -> None:
    text = "The suspects will be charged under the country's anti-trafficking laws."
    assert tags(text) == {"legislation": "in_place"}


def test_the_provisions_of_a_bill_do_not_make_it_law() -> None:
    text = (
        "The Senate referred the provisions of the Modern Slavery Amendment (Anti-Slavery "
        "Commissioner) Bill 2024 to a committee for inquiry."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_a_legislation_committee_is_no_law() -> None:
    text = (
        "The Senate referred the trafficking bill to the Legal and Constitutional Affairs "
        "Legislation Committee for inquiry."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_a_cabinet_approving_a_bill_with_a_long_title_leaves_it_a_bill() -> None:
    text = (
        "The Cabinet approved the proposed Prevention of Trafficking in Persons and Protection "
        "of Survivors of Sexual Exploitation and Forced Labour Bill."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_a_bill_expected_to_be_passed_is_not_yet_law() -> None:
    text = "The Government expects the Trafficking in Persons Bill to be passed in March."
    assert tags(text) == {"legislation": "in_progress"}


def test_a_practice_made_illegal_is_criminalised() -> None:
    text = (
        "Commercial surrogacy, a practice linked to trafficking in women, was made illegal in 2016."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_shelter_a_foundation_opened_is_not_the_states() -> None:
    assert tags("The Hope Foundation opened a shelter for victims of trafficking in 2019.") == {}
    assert tags("The Ministry opened a shelter for victims of trafficking in 2019.") == {
        "shelters": "in_place"
    }


def test_a_call_to_implement_a_plan_in_a_better_manner_presupposes_it() -> None:
    text = (
        "He called on the authorities to implement in a more effective manner the national "
        "action plan against trafficking in persons."
    )
    assert tags(text) == {"action_plan": "in_place"}


# --- after test #95 was scored -------------------------------------------------------------


def test_child_sexual_abuse_material_ties_a_law_to_sexual_exploitation() -> None:
    text = "Possessing child sexual abuse material carries a maximum prison term of ten years."
    assert tags(text, tie=False) == {"legislation": "in_place"}


def test_a_ban_on_child_marriage_is_a_law() -> None:
    assert tags("Malawi became the latest country to ban child marriage.") == {
        "legislation": "in_place"
    }


def test_a_crisis_centre_quoted_as_a_source_is_no_shelter_report() -> None:
    text = (
        "The Pacific Women's Crisis Centre says it has been contacted by women caught up in "
        "trafficking."
    )
    assert tags(text) == {}


def test_legislation_a_workshop_teaches_skills_for_is_its_subject() -> None:
    text = (
        "The workshop aimed to enhance the skills to identify victims and implement "
        "anti-trafficking legislation."
    )
    assert tags(text) == {}


def test_a_press_contact_by_email_is_no_digital_channel() -> None:
    text = (
        "For more information on the trafficking report, contact John Smith (at (202) "
        "555-0100 or via email)."
    )
    assert tags(text) == {}


def test_an_enumerated_item_of_a_committees_list_is_a_recommendation() -> None:
    text = (
        "The Committee may take up all aspects of the Convention during the dialogue with the "
        "State party.\n\n(d)Develop a multisectoral national strategy against trafficking in "
        "persons."
    )
    assert tags(text) == {}
    # a government's own enumerated list is what it does
    own = "(a)Adopt a national action plan against trafficking in persons."
    assert tags(own) == {"action_plan": "in_place"}


def test_the_law_ministry_is_no_law() -> None:
    text = (
        "Special tribunals for trafficking cases would be set up, sources in the law ministry said."
    )
    assert tags(text) == {}


def test_legislative_action_said_to_be_required_is_a_call() -> None:
    text = (
        "The study found that further legislative action is required to criminalize all forms "
        "of online child sexual exploitation."
    )
    assert tags(text) == {}


def test_a_regulator_ordering_isps_to_block_abuse_material_works_with_tech_companies() -> None:
    text = (
        "The regulator has ordered ISPs to install technology that filters websites carrying "
        "child pornography."
    )
    assert tags(text) == {"tech_partnership": "in_place"}


def test_a_bill_one_senate_approved_is_not_yet_law() -> None:
    text = (
        "The Senate unanimously approved Senate Bill 2209 against online sexual exploitation "
        "of children."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_legislation_a_government_prepares_is_in_progress() -> None:
    text = (
        "As the government prepares comprehensive legislation against human trafficking, "
        "donors launched a project."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_homes_that_have_been_mooted_are_planned() -> None:
    text = "Protection homes for trafficking survivors have also been mooted."
    assert tags(text) == {"shelters": "planned"}


def test_sentences_a_parliament_toughened_are_in_place_whatever_the_government_aims() -> None:
    text = (
        "Parliament toughened prison sentences for human traffickers to up to 20 years as the "
        "government aims to deter smugglers."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_named_mechanism_victims_will_be_returned_under_exists() -> None:
    text = (
        "The victims will be returned home under the National Referral Mechanism for "
        "trafficking victims."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_accommodation_providers_are_no_shelter() -> None:
    text = (
        "- Clarifying how police services can access information from hotel guest registries "
        "to identify and locate trafficking victims, while establishing regulation making "
        "authority to include other types of accommodation providers."
    )
    assert "shelters" not in tags(text)


# --- after test #96 was scored -------------------------------------------------------------


def test_a_ban_on_child_camel_jockeys_is_a_law() -> None:
    assert tags("The Emirates banned child camel jockeys in 2005.") == {"legislation": "in_place"}


def test_a_law_on_camel_races_is_tied_to_trafficking() -> None:
    text = "The decree of 2004 regulates camel races and sets a minimum age for riders."
    assert tags(text, tie=False) == {"legislation": "in_place"}


def test_slave_type_labour_ties_a_plan_to_trafficking() -> None:
    text = "Brasilia launched its second National Plan against slave-type labor in 2008."
    assert tags(text, tie=False) == {"action_plan": "in_place"}


def test_shelter_in_a_list_of_what_workers_go_without_is_lacked() -> None:
    text = (
        "Trafficked workers toiled in mines without wages, rest days, the right to leave, "
        "medical treatment, food, and shelter."
    )
    assert tags(text) == {}
    # a list of what victims received is the State's assistance
    given = "Trafficked workers received wages owed, medical treatment, food and shelter."
    assert tags(given) == {"shelters": "in_place"}


def test_an_online_protection_centre_is_no_shelter() -> None:
    text = (
        "Police will work with the Child Exploitation and Online Protection Centre on "
        "trafficking cases."
    )
    assert "shelters" not in tags(text)


def test_a_foiled_plan_of_traffickers_is_no_action_plan() -> None:
    text = "Police foiled a plan by three suspects to sell two girls to a trafficker abroad."
    assert tags(text) == {}


def test_a_law_met_only_as_what_was_infringed_is_vague() -> None:
    text = "Employers infringing labour laws by using slave labour were put on the list."
    assert tags(text) == {}


def test_legislation_a_meeting_will_analyse_is_its_subject() -> None:
    text = (
        "The forum on human trafficking will analyse legislation and the exchange of data "
        "between the two countries."
    )
    assert "legislation" not in tags(text)


def test_a_law_with_a_year_prison_penalty_is_in_place() -> None:
    text = (
        "According to the laws, anyone recruiting workers for trafficking rings faces "
        "a ten-year imprisonment."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_an_act_a_bill_would_amend_has_the_bills_status() -> None:
    text = "Critics said the bill to amend the Labour Act 1966 does not define forced labour."
    assert tags(text) == {"legislation": "in_progress"}
    signed = "The bill amending the Anti-Trafficking Act was signed into law in May."
    assert tags(signed) == {"legislation": "in_place"}


# --- after test #97 was scored -------------------------------------------------------------


def test_a_law_against_buying_sex_services_is_tied_to_sexual_exploitation() -> None:
    text = "A law criminalizing the procuring of sex services went into effect on Friday."
    assert tags(text, tie=False) == {"legislation": "in_place"}


def test_an_offence_punishable_by_imprisonment_is_set_by_law() -> None:
    text = (
        "Prosecutors indicted three men for trafficking. The alleged offences are punishable "
        "by imprisonment from 3 to 20 years."
    )
    assert tags(text, tie=False) == {"legislation": "in_place"}


def test_acting_in_compliance_with_national_law_is_a_vague_reference() -> None:
    text = (
        "The ministry will continue its work against trafficking in compliance with its "
        "national law."
    )
    assert tags(text) == {}


def test_the_laws_of_this_country_are_no_named_law() -> None:
    text = "Anyone involved in human trafficking will find the laws of this country very clear."
    assert tags(text) == {}


def test_laws_traffickers_circumvent_are_what_is_broken() -> None:
    text = (
        "Trafficking rings earn enough cash to circumvent immigration laws and bribe border guards."
    )
    assert tags(text) == {}


def test_imperfect_legislation_is_a_gap() -> None:
    text = "Because of imperfect legislation, few labour slavery cases reach the courts."
    assert tags(text) == {}


def test_shelter_those_who_exploit_children_provide_is_no_measure() -> None:
    text = "Children were forced into harsh labour by those providing them shelter."
    assert tags(text) == {}


def test_the_uk_spelling_of_the_us_trafficking_act_is_another_states_law() -> None:
    text = (
        "Garments were removed from the list, also known as the Trafficking Victims "
        "Protection Reauthorisation Act List."
    )
    assert tags(text) == {}


def test_a_police_hi_tech_unit_against_online_abuse_is_technology() -> None:
    text = "The police set up a hi-tech unit to detect child sexual abuse material online."
    assert tags(text) == {"tech_partnership": "in_place"}


def test_what_a_repealed_law_had_done_is_repealed_with_it() -> None:
    text = "The junta's leader repealed the law which had criminalised migrant smuggling in 2015."
    assert tags(text) == {}
    adopted = "Parliament adopted the law which criminalises migrant smuggling."
    assert tags(adopted) == {"legislation": "in_place"}


def test_an_operations_two_day_action_plan_is_no_national_plan() -> None:
    text = (
        "Files will be prepared for the prosecutor from the results of the two-day action "
        "plan against sex trafficking."
    )
    assert tags(text) == {}


# --- after test #98 was scored -------------------------------------------------------------


def test_a_blank_line_inside_a_sentence_copied_from_a_pdf_does_not_split_it() -> None:
    recommendation = (
        "The Committee recommends that the State\n\nparty make sure that domestic laws on "
        "the sexual exploitation of boys are gender\n\nneutral."
    )
    assert tags(recommendation) == {}
    assert unwrap_lines("the State\n\nparty")[0] == "the State party"
    shelter = "The Ministry has opened a shelter for potential\n\nvictims of trafficking."
    assert tags(shelter, tie=False) == {"shelters": "in_place"}


def test_economic_and_labour_exploitation_tie_a_measure_to_trafficking() -> None:
    plan = (
        "The Government reported the adoption of the National Plan for the Protection of "
        "Working Children from Economic Exploitation."
    )
    assert tags(plan, tie=False) == {"action_plan": "in_place"}
    law = "Parliament adopted a law against labour exploitation."
    assert tags(law, tie=False) == {"legislation": "in_place"}


def test_a_plan_an_initiative_is_to_reinforce_exists() -> None:
    text = (
        "The aim of the project is to reinforce the Ministry's national action plan against "
        "child trafficking."
    )
    assert tags(text) == {"action_plan": "in_place"}


def test_a_bulleted_item_of_what_we_recommend_is_a_recommendation() -> None:
    text = (
        "We commend the progress made since the last review.\n\n"
        "- Implement our recommendation from the last cycle to adopt a national action plan "
        "against human trafficking."
    )
    assert tags(text) == {}


def test_a_legislative_reform_process_is_in_progress() -> None:
    text = (
        "The Government is pursuing the current legislative reform process against child "
        "trafficking."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_laws_listed_as_breached_are_a_vague_reference() -> None:
    text = (
        "Two men were charged with human trafficking. Police said breaches of Tongan "
        "immigration, labour and company registration laws could lead to more arrests."
    )
    assert tags(text, speaker=speaker_named("Tonga", text) or STATE) == {}


def test_a_call_for_convictions_under_the_anti_trafficking_law_presupposes_it() -> None:
    text = "The report called for more convictions of offenders under the anti-trafficking law."
    assert tags(text) == {"legislation": "in_place"}
    bare = "The report called for more convictions of traffickers under the law."
    assert tags(bare) == {}


def test_financial_intelligence_reports_are_transaction_analytics() -> None:
    text = (
        "The agency prepared financial intelligence reports on offenders who paid to watch "
        "child pornography."
    )
    assert tags(text) == {"tech_partnership": "in_place"}


def test_public_and_national_policies_in_general_are_no_plan() -> None:
    text = (
        "The commission is responsible for developing and monitoring public policies and "
        "national policies related to forced labour."
    )
    assert tags(text) == {}
    named = "The national policy against trafficking was adopted in 2015."
    assert tags(named) == {"action_plan": "in_place"}
    adopted = "The Government has adopted public policies to combat human trafficking."
    assert tags(adopted) == {"action_plan": "in_place"}


# --- after test #99 was scored -------------------------------------------------------------


def test_procuring_children_for_prostitution_or_pornography_ties_a_law() -> None:
    prostitution = (
        "Section 12 of the Penal Code prohibits the procuring of a child for prostitution."
    )
    assert tags(prostitution, tie=False) == {"legislation": "in_place"}
    pornography = (
        "Article 40 of the Criminal Code punishes the use of a minor for pornographic performances."
    )
    assert tags(pornography, tie=False) == {"legislation": "in_place"}


def test_forced_begging_ties_a_law() -> None:
    text = "Since 2005 a law has made it illegal to force someone to beg in the streets."
    assert tags(text, tie=False) == {"legislation": "in_place"}


def test_a_federal_final_rule_is_legislation() -> None:
    text = (
        "The agency said the Final Rule on status for victims of trafficking took effect in August."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_recommendation_at_another_states_review_is_not_the_speakers_measure() -> None:
    text = (
        "The United States welcomes the delegation of Fiji to the UPR Working Group.\n\n"
        "- Continue to enforce domestic anti-trafficking laws and prosecute offenders."
    )
    speaker = speaker_named("United States", text) or STATE
    assert tags(text, speaker=speaker) == {}
    # the same bullet in the State's own list of what it will do stays its own
    own = (
        "Our plan sets out the steps ahead.\n\n- Continue to enforce domestic anti-trafficking "
        "laws."
    )
    assert tags(own, speaker=speaker) == {"legislation": "in_place"}


# --- after test #100 was scored ------------------------------------------------------------


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it() -> None:
    # a page copied without the space after a full stop: the evidence is the plan's own
    # sentence, not the three glued into one
    text = (
        "Officials met in June.The centre trains teachers to prevent human trafficking.The "
        "Ministry adopted a national plan on road safety."
    )
    found = tag_text(text, STATE, topic_tie=False)
    assert [(m.category, m.evidence) for m in found] == [
        ("action_plan", "The Ministry adopted a national plan on road safety.")
    ]
    assert sentences(text, 0, len(text)) == [(0, 22), (22, 78), (78, len(text))]
    # initials and abbreviations are not glued sentences
    assert sentences("U.S.Government and e.g.The", 0, 26) == [(0, 26)]


def test_a_plan_still_to_be_finalised_is_in_progress() -> None:
    text = "A national action plan against trafficking is expected to be finalized by June."
    assert tags(text) == {"action_plan": "in_progress"}


def test_laws_in_other_countries_are_not_the_speakers() -> None:
    text = "The working group examined the laws of other states on child trafficking."
    assert tags(text) == {}
    own = "The working group examined the laws of our state on child trafficking."
    assert tags(own) == {"legislation": "in_place"}


def test_laws_that_could_be_rewritten_are_a_suggestion() -> None:
    text = (
        "Ana Ruiz, country director for a children's charity in Fiji, says families are often "
        "complicit in child exploitation, and while laws could be rewritten to protect children "
        "better, enforcement would be difficult."
    )
    speaker = speaker_named("Fiji", text) or STATE
    assert tags(text, speaker=speaker) == {}


def test_a_programme_called_a_cover_for_exploitation_is_not_a_measure() -> None:
    text = "Critics say the government's trainee programme is a cover for labour trafficking."
    assert tags(text) == {}
    plain = "Critics say the government's trainee programme is a shield against labour trafficking."
    assert tags(plain) == {"action_plan": "in_place"}


# --- after test #101 was scored ------------------------------------------------------------


def test_an_internet_hotline_for_abuse_material_is_technology() -> None:
    text = (
        "The regulator's internet hotline received 900 reports of child sexual abuse material "
        "last year."
    )
    assert tags(text, tie=False) == {"tech_partnership": "in_place"}


def test_internet_providers_working_with_the_police_are_a_tech_partnership() -> None:
    text = (
        "The police and several internet service providers work together to block access to "
        "illegal images of children."
    )
    assert tags(text, tie=False) == {"tech_partnership": "in_place"}


def test_a_financial_intelligence_units_indicators_are_transaction_analytics() -> None:
    text = (
        "With the banks, FinCEN identified new financial and behavioral indicators of human "
        "trafficking."
    )
    assert tags(text, tie=False) == {"tech_partnership": "in_place"}


def test_images_of_child_abuse_tie_a_measure() -> None:
    text = "The ministry signed an agreement with tech companies against online child abuse."
    assert tags(text, tie=False) == {"tech_partnership": "in_place"}


def test_a_ban_on_goods_made_with_forced_labour_is_tied_through_its_object() -> None:
    text = "In 2021 Parliament outlawed the importation of goods made using forced labour."
    assert tags(text, tie=False) == {"legislation": "in_place"}
    prison = "The Tariff Act of 1930 prohibits importing goods made with forced or prison labor."
    assert tags(prison, tie=False) == {"legislation": "in_place"}


def test_two_glued_full_stops_still_end_a_sentence() -> None:
    text = "The vote followed a debate on trafficking..The road safety plan was adopted."
    assert [text[a:b] for a, b in sentences(text, 0, len(text))] == [
        "The vote followed a debate on trafficking..",
        "The road safety plan was adopted.",
    ]


def test_a_law_named_only_as_the_kind_of_offence_charged_is_not_a_measure() -> None:
    text = (
        "The company faced charges of human trafficking, labour law violations and breaches "
        "of safety regulations."
    )
    assert tags(text) == {}


def test_slavery_outlawed_by_most_nations_is_not_the_speakers_law() -> None:
    assert tags("Two centuries ago, slavery was outlawed by most nations.") == {}


def test_a_place_of_safety_a_state_body_provides_is_a_shelter() -> None:
    text = (
        "The two trafficked women were taken to a place of safety provided by the Department "
        "of Social Development."
    )
    assert tags(text) == {"shelters": "in_place"}
    case = "The two trafficked women were taken to a place of safety."
    assert tags(case) == {}


def test_a_programme_called_a_breeding_ground_for_slavery_is_not_a_measure() -> None:
    text = (
        "The low-wage streams of the Seasonal Worker Program constitute a breeding ground for "
        "contemporary forms of slavery."
    )
    assert tags(text) == {}


def test_will_be_before_a_participle_keeps_a_measure_planned() -> None:
    text = "A national strategy against trafficking will be adopted next year."
    assert tags(text) == {"action_plan": "planned"}
    done = "A national strategy against trafficking has been adopted."
    assert tags(done) == {"action_plan": "in_place"}


def test_a_law_a_charge_cites_is_in_force() -> None:
    named = "The suspects will be charged with violation of the Anti-Trafficking in Persons Act."
    assert tags(named) == {"legislation": "in_place"}
    section = "They will face up to 15 years under Article 16 of the anti-trafficking law."
    assert tags(section) == {"legislation": "in_place"}


# --- after test #102 was scored ------------------------------------------------------------


def said_by(state: str, text: str) -> Speaker:
    speaker = speaker_named(state, text)
    assert speaker is not None
    return speaker


def test_an_act_called_a_crime_in_the_speakers_state_reports_its_law() -> None:
    own = "Selling a child is illegal in Chile."
    assert tags(own, speaker=said_by("Chile", own)) == {"legislation": "in_place"}
    named = "Debt bondage and trafficking in persons are serious crimes in Chile."
    assert tags(named, speaker=said_by("Chile", named)) == {"legislation": "in_place"}
    # §6: the same words said of another State are that State's law
    assert tags(named, speaker=said_by("Peru", named)) == {}
    # no State named: a description of the crime, as before
    assert tags("Trafficking in persons is a criminal offence.") == {}
    assert tags("Trafficking in persons is a crime in all its forms.") == {}


def test_a_penalty_the_law_sets_in_statutory_wording_is_a_law_in_place() -> None:
    beg = "Whoever forces a child to beg shall be punished with imprisonment of one to five years."
    assert tags(beg) == {"legislation": "in_place"}
    assert tags("Trafficking offences can carry life sentences.") == {"legislation": "in_place"}
    # a sentence a court handed down is not the law
    assert tags("The court handed him a life sentence for trafficking.") == {}


def test_a_shelter_given_by_an_organisation_named_after_by_is_not_the_states() -> None:
    ngo = (
        "The rescued girl was taken into shelter by Asha House, an organisation helping "
        "trafficking survivors."
    )
    assert tags(ngo) == {}
    state = "The rescued girl was taken into shelter by the Ministry of Social Welfare."
    assert tags(state) == {"shelters": "in_place"}


def test_traffickers_the_state_hopes_to_catch_are_its_object_not_its_subject() -> None:
    text = (
        "The country is betting on catching more human traffickers by implementing a new law "
        "to protect their victims."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_website_where_a_report_is_uploaded_or_quoted_is_not_technology() -> None:
    assert tags("The annual report on trafficking was uploaded to the ministry's website.") == {}
    quoted = "The hotline's website shows that 40 trafficking calls were received last year."
    assert tags(quoted) == {}
    channel = "The committee receives complaints about trafficking through its website."
    assert tags(channel) == {"tech_partnership": "in_place"}


def test_a_procedure_counts_only_when_it_identifies_people_or_cases() -> None:
    gang = "The gang had a structure in which recruiters identified babies for trafficking."
    assert tags(gang) == {}
    assert tags("A monitoring system identifies which companies host abuse images.") == {}
    children = "Guidelines to identify children who are victims of trafficking were adopted."
    assert tags(children) == {"referral_mechanism": "in_place"}


def test_bodies_named_in_the_plural_that_refer_victims_are_a_referral_mechanism() -> None:
    text = "The Child Protection Committees refer victims of trafficking to social services."
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_a_relative_clause_on_how_an_adopted_plan_was_drafted_leaves_it_in_place() -> None:
    adopted = (
        "The government adopted a new National Action Plan against trafficking, which was "
        "drafted with civil society."
    )
    assert tags(adopted) == {"action_plan": "in_place"}
    drafting = (
        "The National Action Plan against trafficking, which is being drafted, will be "
        "unveiled soon."
    )
    assert tags(drafting) == {"action_plan": "in_progress"}


# --- after tests #103 and #104 were scored ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Traffickers could face 12 years in prison.",
        "The suspects face 14 to 17 years in prison for trafficking.",
        "The recruiter risks 6 years in jail for trafficking.",
        "Some of the accused face a sentence of life imprisonment if convicted of trafficking.",
        "Child trafficking is punishable by death.",
    ],
)
def test_a_penalty_a_suspect_faces_reports_the_law_that_sets_it(text: str) -> None:
    assert tags(text) == {"legislation": "in_place"}


def test_a_sentence_a_court_handed_down_is_still_not_a_law() -> None:
    assert tags("The trafficker was sentenced to 8 years in prison.") == {}


def test_a_penalty_is_tied_by_the_charge_a_few_sentences_before_it() -> None:
    charged = (
        "Police charged the woman with human trafficking after finding nine children in her "
        "home. She was arrested on Tuesday. She could face 12 years in prison."
    )
    assert tags(charged, tie=False) == {"legislation": "in_place"}
    theft = (
        "Police charged the woman with theft after finding jewels in her home. She was "
        "arrested on Tuesday. She could face 12 years in prison."
    )
    assert tags(theft, tie=False) == {}


def test_a_centre_cited_as_the_source_of_a_figure_is_not_a_shelter() -> None:
    text = (
        "Some 400 women are trafficked each month, according to the Cambodian Women's Crisis "
        "Center."
    )
    assert tags(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Three trafficking suspects were arrested, the police informed on its website on Monday.",
        "The police are launching an anti-slavery campaign on its website on Friday.",
        "The Modern Slavery Innovation Fund is now open for applications.",
    ],
)
def test_a_website_as_a_notice_board_and_a_call_for_applications_are_not_technology(
    text: str,
) -> None:
    assert tags(text) == {}


def test_duties_a_law_puts_on_internet_intermediaries_are_a_tech_partnership() -> None:
    text = (
        "The new law on online child sexual exploitation imposes duties on internet "
        "intermediaries to block abuse material."
    )
    assert tags(text)["tech_partnership"] == "in_place"


def test_act_in_a_slogans_list_of_verbs_is_not_a_law() -> None:
    assert tags("Triple A against trafficking is Acknowledge, Act and Advance.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "The police unit on trafficking also runs an online tipline for reports.",
        "The police uncovered a newborn trafficking ring by monitoring online groups.",
    ],
)
def test_an_online_tipline_and_monitoring_online_activity_are_technology(text: str) -> None:
    assert "tech_partnership" in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Constitution guarantees the rights to shelter and health to victims of trafficking.",
        "Trafficking schemes are organised under the pretext of providing shelter to refugees.",
        "Officers guarded the safe houses where the trafficked women are kept before sale.",
        "The trafficking victims were illegally retained in a safe house by the gang.",
    ],
)
def test_shelter_as_a_right_a_lure_or_a_traffickers_house_is_not_a_refuge(text: str) -> None:
    assert "shelters" not in tags(text)


def test_a_safe_house_the_ministry_runs_for_victims_is_still_a_refuge() -> None:
    text = "Trafficking victims stay in a safe house run by the ministry."
    assert tags(text) == {"shelters": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Bulgarian and French law-enforcers cracked down on a ring trafficking in humans.",
        "Labour trafficking law-breaking is common among staffing companies.",
        "Crown Law lodged an appeal against the trafficking sentence.",
        "From hotel bills paid in cash, analysts detect human trafficking.",
        "Against human trafficking, we uphold the principles of law and human rights.",
    ],
)
def test_law_as_part_of_another_word_or_phrase_is_not_a_law(text: str) -> None:
    assert "legislation" not in tags(text)


def test_standard_operating_procedures_count_when_they_are_for_victims() -> None:
    for_victims = (
        "The ministry adopted standard operating procedures for the identification and "
        "referral of trafficking victims."
    )
    assert tags(for_victims) == {"referral_mechanism": "in_place"}
    immigration = "The border police adopted standard operating procedures for immigration control."
    assert "referral_mechanism" not in tags(immigration)


def test_a_shelter_for_rescued_people_is_tied_by_the_rescue_account_before_it() -> None:
    text = (
        "Police raided a brothel and freed twelve girls held for sexual exploitation. The "
        "operation took three hours. Officers arrested the owner. The rescued girls are cared "
        "for in a government shelter home."
    )
    assert tags(text, tie=False) == {"shelters": "in_place"}
    without_rescue = (
        "Police raided a brothel and freed twelve girls held for sexual exploitation. The "
        "operation took three hours. Officers arrested the owner. The girls are cared for in "
        "a government shelter home."
    )
    assert "shelters" not in tags(without_rescue, tie=False)


@pytest.mark.parametrize(
    "text",
    [
        "The selling and buying of human organs is illegal in Spain.",
        "Delaware signed into law the measure that makes it illegal for minors to get married.",
        "Since the UFLPA was signed into law in December 2021, imports have been detained.",
    ],
)
def test_the_organ_trade_child_marriage_and_the_uflpa_tie_a_law_by_their_subject(
    text: str,
) -> None:
    assert tags(text, tie=False) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Zambia sets up an online portal to report abusive images of children.",
        "The ministry launched a reporting portal for images of child sexual abuse.",
    ],
)
def test_images_of_child_sexual_abuse_tie_a_reporting_portal(text: str) -> None:
    assert tags(text, tie=False) == {"tech_partnership": "in_place"}


def test_a_connection_to_interpols_databases_is_the_states_own_data_tool() -> None:
    text = (
        "Kenya became the second African country to connect to the global Interpol database "
        "on child sexual abuse material."
    )
    assert tags(text, tie=False) == {"tech_partnership": "in_place"}


def test_representatives_of_the_technology_industry_brought_together_are_a_partnership() -> None:
    text = (
        "The ministry's workshop on online child sexual exploitation brought together 30 "
        "representatives from the technology industry."
    )
    assert tags(text)["tech_partnership"] == "in_place"


def test_working_with_the_internet_watch_foundation_is_a_tech_partnership() -> None:
    text = (
        "We are proud to join efforts against child sexual abuse material through the "
        "Internet Watch Foundation (IWF)."
    )
    assert tags(text, tie=False) == {"tech_partnership": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "Public Opinion is Clear: Urgent Legislation Required to Protect Children from Sexual "
        "Exploitation!",
        "Trafficking was discussed with Legal Action Worldwide (LAW) and other partners.",
        "Unauthorized use of our images of trafficking victims is punishable by copyright law.",
        "The book studies trafficking and positive obligations in European Law.",
    ],
)
def test_a_call_for_legislation_an_acronym_and_laws_on_other_subjects_are_not_laws(
    text: str,
) -> None:
    assert "legislation" not in tags(text)


def test_refuge_a_person_seeks_is_no_shelter() -> None:
    text = "The general accused of trafficking said he planned to seek political refuge."
    assert "shelters" not in tags(text)


def test_a_strategy_named_for_its_aim_against_forced_labour_is_an_action_plan() -> None:
    text = (
        "DHS released the Strategy to Prevent the Importation of Goods Mined, Produced, or "
        "Manufactured with Forced Labor."
    )
    assert tags(text, tie=False) == {"action_plan": "in_place"}


def test_authorities_granting_a_victim_official_status_is_a_referral_mechanism() -> None:
    text = (
        "She had been classified as a victim of human trafficking, but waited nine months "
        "before authorities officially granted this status."
    )
    assert tags(text, tie=False) == {"referral_mechanism": "in_place"}


def test_procedures_not_regularly_used_are_presupposed_not_denied() -> None:
    text = (
        "Officials did not regularly use standard procedures for proactively identifying "
        "trafficking victims and referring them to protection services."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_a_programmes_hyphenated_acronym_in_parentheses_is_not_an_act() -> None:
    text = "The trafficking workshop was held with Counter Trafficking Asean-Australia (Asean-ACT)."
    assert "legislation" not in tags(text)


def test_an_operational_plan_against_trafficking_is_an_action_plan() -> None:
    text = "The ministry will address child trafficking in its next operational plan."
    assert tags(text) == {"action_plan": "planned"}


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. adopted a national action plan against trafficking in persons in 2020.",
        "The UK's Modern Slavery Act of 2015 has been praised as a model against trafficking.",
        "In the UAE a shelter for trafficking victims opened in Abu Dhabi.",
    ],
)
def test_a_state_named_by_its_acronym_is_another_state(text: str) -> None:
    speaker = speaker_named("Viet Nam", text)
    assert speaker is not None
    assert tags(text, speaker=speaker) == {}


def test_an_acronym_that_is_a_word_lower_cased_needs_its_article_and_its_case() -> None:
    text = "Join us: contact US. The law against trafficking in persons protects us all."
    speaker = speaker_named("Viet Nam", text)
    assert speaker is not None and speaker.other_actor_names == ()
    assert tags(text, speaker=speaker) == {"legislation": "in_place"}
    # the speaker's own acronym is its own name, not another State
    own = "The U.S. adopted a law against trafficking in persons."
    us = speaker_named("United States", own)
    assert us is not None and "U.S." in us.names and us.other_actor_names == ()
    assert tags(own, speaker=us) == {"legislation": "in_place"}


def test_its_measure_is_the_state_its_refers_to() -> None:
    text = (
        "We oppose the remarks made by the US based on its domestic law about others' efforts "
        "against human trafficking."
    )
    speaker = speaker_named("China", text)
    assert speaker is not None
    assert tags(text, speaker=speaker) == {}
    # "its" after the speaker's own reference, or after an organization, is the speaker's
    own = "The government implemented an EU directive that strengthened its anti-trafficking law."
    assert tags(own, speaker=speaker_named("Cyprus", own) or STATE) == {"legislation": "in_place"}


def test_trading_in_children_ties_the_code_a_conviction_is_under() -> None:
    text = (
        "The appeal court convicted them of trading in children pursuant to Article 120 of "
        "the Penal Code."
    )
    assert tags(text, tie=False) == {"legislation": "in_place"}


@pytest.mark.parametrize(
    "text",
    [
        "The legal framework does not criminally prohibit all elements of child trafficking.",
        "Laws related to forced labor do not meet international standards.",
        "Cases of human trafficking concern domestic workers employed outside any legal framework.",
        "The plight of trafficked women is compounded by the way the law is applied.",
    ],
)
def test_a_law_that_falls_short_or_the_law_in_general_is_no_measure(text: str) -> None:
    assert "legislation" not in tags(text)


def test_a_law_enacted_until_which_there_was_none_is_in_place() -> None:
    text = (
        "There was no anti-trafficking law until the enactment of the Combating of Trafficking Act."
    )
    assert tags(text) == {"legislation": "in_place"}
    assert tags("There was no law on trafficking in persons.") == {}


def test_a_helpline_and_an_email_inbox_are_no_tech_partnership() -> None:
    text = (
        "Cases of forced marriage were reported to the Forced Marriage Unit through its public "
        "helpline and email inbox."
    )
    assert "tech_partnership" not in tags(text)


def test_a_plan_of_trafficking_syndicates_is_theirs() -> None:
    text = (
        "The bureau was tipped off about the alleged plan of human trafficking syndicates to "
        "use the terminal."
    )
    assert "action_plan" not in tags(text)
    database = "The police launched a database of traffickers and their victims."
    assert tags(database) == {"tech_partnership": "in_place"}


def test_another_state_opening_the_clause_is_the_subject_of_its_later_windows() -> None:
    text = (
        "The Government of Chile also increased victim protection efforts in the past year, "
        "including the development of a national action plan to combat human trafficking."
    )
    us = speaker_named("United States", text)
    assert us is not None
    assert tags(text, speaker=us) == {}
    partner = (
        "In cooperation with Chile, the Government adopted a national action plan to combat "
        "human trafficking."
    )
    assert tags(partner, speaker=speaker_named("Peru", partner) or STATE) == {
        "action_plan": "in_place"
    }


def test_child_sexual_abuse_ties_a_reporting_system() -> None:
    text = "A new online reporting system for child sexual abuse was launched by the President."
    assert tags(text, tie=False) == {"tech_partnership": "in_place"}


def test_a_law_named_at_length_after_as_per_is_cited_not_called_for() -> None:
    text = (
        "As per the Prohibition of Trafficking in Persons Act 2014, three elements must be "
        "satisfied for trafficking cases."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_gangs_safe_house_is_no_shelter() -> None:
    assert tags("The gang used a safe house to hide trafficked migrants.") == {}


def test_what_a_recommendation_included_is_a_call() -> None:
    text = "The recommendation included strengthening laws to protect victims of trafficking."
    assert "legislation" not in tags(text)


def test_a_law_whose_year_is_glued_on_by_a_comma_is_still_a_law() -> None:
    text = (
        "The Government enacted the Trafficking In Persons and Transportation Control "
        "Act,2007 to protect victims."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_website_the_suspects_set_up_is_theirs_not_the_states() -> None:
    text = (
        "The suspects are believed to have set up the website around June 2021, and "
        "recruited more than 200 women for prostitution rings in other countries."
    )
    assert "tech_partnership" not in tags(text)
    assert tags("Police arrested the suspects and set up a website for victims.") == {
        "tech_partnership": "in_place"
    }


def test_a_law_that_exacts_compulsory_labour_is_the_problem_not_a_measure() -> None:
    """Codebook §3 through the Forced Labour Conventions: the law under which prison labour
    is imposed for political views is what the State is asked to change."""
    imposed = (
        "The Committee also referred to sections 237 and 238 of the Penal Code, under which "
        "penalties of imprisonment (involving compulsory labour) may be imposed on public "
        "servants for participation in strikes, a form of forced labour."
    )
    assert "legislation" not in tags(imposed)
    repealed = (
        "The Government indicates that it is proposed to repeal sections of the Penal Code "
        "under which penalties of imprisonment (involving compulsory labour) may be imposed, "
        "a form of forced labour."
    )
    assert "legislation" in tags(repealed)
    prohibited = "The Penal Code prohibits forced or compulsory labour."
    assert tags(prohibited) == {"legislation": "in_place"}


def test_a_bill_that_passed_a_reading_is_still_in_progress() -> None:
    text = (
        "The Modern Slavery Bill passed its first reading this week and has been referred "
        "to the select committee, a step against forced labour."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_what_a_state_is_in_the_process_of_creating_is_in_progress() -> None:
    text = (
        "The State government is also in the process of creating a database of persons "
        "rescued from bonded labour."
    )
    assert tags(text) == {"tech_partnership": "in_progress"}


def test_a_draft_made_public_is_still_a_draft() -> None:
    text = "The government has also released a draft national action plan to combat trafficking."
    assert tags(text) == {"action_plan": "in_progress"}
    assert tags("The government adopted the draft national action plan against trafficking.") == {
        "action_plan": "in_place"
    }


def test_what_a_state_hopes_or_undertakes_to_do_is_planned() -> None:
    text = (
        "Pakistan hopes to enact two federal laws this year to boost its fight against "
        "human trafficking."
    )
    assert tags(text) == {"legislation": "planned"}
    undertaken = (
        "The Government has undertaken to set up a national action plan against trafficking."
    )
    assert tags(undertaken) == {"action_plan": "planned"}


def test_a_law_that_passed_a_reading_is_still_a_bill_whatever_it_is_called() -> None:
    text = (
        "The Anti-Online Sexual Abuse and Exploitation of Children Law has been passed on "
        "its third and final reading in the Senate."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_a_bill_an_upper_house_or_lawmakers_passed_is_not_yet_law() -> None:
    upper = (
        "The Upper House of Parliament on Friday passed three bills aimed at strengthening "
        "the crackdown on human traffickers."
    )
    assert tags(upper) == {"legislation": "in_progress"}
    lawmakers = (
        "Missouri lawmakers have passed a bill to require some businesses to hang posters "
        "advertising the national human trafficking hotline."
    )
    assert tags(lawmakers) == {"legislation": "in_progress"}
    signed = (
        "Missouri lawmakers passed a bill against human trafficking, which the governor "
        "signed into law."
    )
    assert tags(signed) == {"legislation": "in_place"}


def test_the_exploitation_of_children_ties_a_law_to_trafficking() -> None:
    """Codebook §5: closely linked exploitation, as the trafficking conventions name it."""
    text = (
        "The new law on the exploitation of children punishes offenders with ten years in prison."
    )
    assert tags(text, tie=False) == {"legislation": "in_place"}
    assert tags("The exploitation of prostitutes is illegal in Italy.", tie=False) == {
        "legislation": "in_place"
    }


def test_migrant_smuggling_alone_does_not_tie_a_law_to_trafficking() -> None:
    """The brief: smuggling counts only where the migrants are shown exploited."""
    smuggling = (
        "The 34-article law stipulates a penalty of up to 200,000 Egyptian pounds or a prison "
        "sentence to anyone who smuggles migrants, as part of the fight against migrant "
        "smuggling."
    )
    assert tags(smuggling, tie=False) == {}
    exploited = (
        "The law punishes migrant smuggling and the trafficking of the migrants it exploits "
        "with ten years in prison."
    )
    assert tags(exploited, tie=False) == {"legislation": "in_place"}


def test_a_practice_of_exploitation_stated_as_prohibited_reports_the_law() -> None:
    constitution = "Slavery, servitude, and traffic in human beings are prohibited in any form."
    assert tags(constitution, tie=False) == {"legislation": "in_place"}
    assert tags("Child labour is prohibited.") == {}
    assert tags("The exploitation of prostitutes is illegal.", tie=False) == {
        "legislation": "in_place"
    }
    acknowledged = (
        "The Government acknowledges that forced labour and trafficking are illegal acts."
    )
    assert tags(acknowledged) == {}


def test_a_shelter_a_named_organization_operates_is_not_the_states() -> None:
    salvation = (
        "The Salvation Army, which operates a safe house for victims of human trafficking, "
        "received a tip-off that the women were being held against their will."
    )
    assert "shelters" not in tags(salvation)
    charity = (
        "Caritas, a charity that runs a shelter for victims of trafficking, received a tip-off "
        "from the police."
    )
    assert "shelters" not in tags(charity)
    ministry = (
        "The Ministry of Social Affairs, which runs a shelter for victims of trafficking, "
        "received a tip-off."
    )
    assert tags(ministry) == {"shelters": "in_place"}


def test_a_bill_whose_legislative_process_is_ongoing_is_in_progress() -> None:
    text = (
        "The Government indicated that the legislative process was ongoing for the adoption "
        "of the Children's Protection and Welfare Bill, which prohibits the trafficking of "
        "persons under 18."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_an_evaluator_praising_the_authorities_reports_their_own_measure() -> None:
    """A text about one State: the authorities praised are the speaker's."""
    text = (
        "Pojman praised the authorities on the adoption of a State Strategy and Action Plan "
        "against trafficking for 2013-2015."
    )
    assert tags(text, speaker=speaker_named("Bosnia and Herzegovina", text) or STATE) == {
        "action_plan": "in_place"
    }
    other = "We praised the Government of Ghana for the adoption of its national action plan."
    assert tags(other, speaker=speaker_named("Kenya", other) or STATE) == {}


def test_a_trafficking_in_persons_order_is_a_law() -> None:
    text = "These efforts included passing the 2019 Anti Trafficking in Persons Order."
    assert tags(text) == {"legislation": "in_place"}


def test_in_a_debate_on_a_bill_a_bare_reference_to_legislation_is_the_bill() -> None:
    """A second-reading debate: "this legislation" is the bill under debate, in progress."""
    debate = (
        "Criminal Law (Human Trafficking) Bill 2007: Committee Stage. I am pleased the "
        "Minister of State is present to deal with this legislation."
    )
    assert tags(debate) == {"legislation": "in_progress"}
    opening = (
        "Criminal Law (Human Trafficking) Bill 2007: Committee Stage. This legislation is "
        "long overdue."
    )
    assert tags(opening) == {"legislation": "in_progress"}
    existing = (
        "The Human Trafficking Bill 2020 was published today. The existing laws define "
        "trafficking as an offence."
    )
    assert tags(existing) == {"legislation": "in_place"}
    named = (
        "The Anti-Trafficking Bill 2016 was moved today. Guatemalan law requires judges to "
        "refer victims of trafficking to shelters."
    )
    assert tags(named)["legislation"] == "in_place"


def test_amendments_moved_to_a_bill_have_the_bills_status() -> None:
    debate = "We heard suggestions of amendments to this bill on modern slavery."
    assert tags(debate) == {"legislation": "in_progress"}
    in_force = "The Government adopted amendments to the Penal Code on human trafficking."
    assert tags(in_force) == {"legislation": "in_place"}


def test_a_word_of_a_bills_hyphenated_title_is_the_bill() -> None:
    text = (
        "I rise to speak on the Crimes Legislation Amendment (Slavery, Slavery-like "
        "Conditions and People Trafficking) Bill 2012."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_it_would_be_recalled_is_a_reminder_not_a_modal() -> None:
    text = "It would be recalled that Egypt criminalised the trade in human organs."
    assert tags(text) == {"legislation": "in_place"}


def test_a_body_that_is_to_develop_a_plan_has_it_planned() -> None:
    assert tags("The task force is to develop a plan of action against trafficking.") == {
        "action_plan": "planned"
    }
    assert tags("It will prepare a plan of action that deals with human trafficking.") == {
        "action_plan": "planned"
    }


def test_laws_that_make_prisoners_work_are_the_forced_labour_not_a_measure() -> None:
    """The ILO's comments on prison labour for private firms (real test #113)."""
    prison = (
        "The Prison Regulations (Royal Decree No. 190/96) provide that productive prison work "
        "is a right and a duty for detainees, under the Forced Labour Convention."
    )
    assert "legislation" not in tags(prison)
    quitting = (
        "Decree No. 9 takes away the right of workers in the wood industry to quit their "
        "jobs, which the ILO calls forced labour."
    )
    assert "legislation" not in tags(quitting)
    abolished = "The new Act prohibits prison labour for private firms as forced labour."
    assert tags(abolished) == {"legislation": "in_place"}


def test_a_statement_demanding_a_law_is_a_call() -> None:
    text = (
        "The Feminist Society issued a statement demanding the government make changes to "
        "Icelandic law with regards to human trafficking."
    )
    assert tags(text) == {}


def test_legislation_as_a_field_or_a_standard_is_no_law() -> None:
    assert (
        tags(
            "Cultural factors, even in combination with legislation, had not been sufficient to "
            "prevent child trafficking."
        )
        == {}
    )
    assert (
        tags(
            "The Mission followed the trafficking case and advocated the full application of the "
            "law from the very beginning."
        )
        == {}
    )


def test_a_channel_traffickers_promoted_victims_through_is_no_tool() -> None:
    text = (
        "The trafficking network offered the women to clients through catalogs promoted "
        "through messaging services such as WhatsApp."
    )
    assert "tech_partnership" not in tags(text)


def test_an_instruments_short_title_clause_is_no_general_claim() -> None:
    text = (
        "1. These regulations may be cited as the Presidential Powers (Temporary Measures) "
        "(Trafficking in Persons Act) Regulations, 2014."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_case_file_formally_referred_is_no_referral_mechanism() -> None:
    review = (
        "The review of the human trafficking laws was formally referred by the Acting "
        "Attorney-General under the Law Reform Commission Act 1979."
    )
    assert "referral_mechanism" not in tags(review)
    victims = "The police formally referred the victims of trafficking to the shelter."
    assert "referral_mechanism" in tags(victims)


def test_a_bill_moved_for_consideration_and_passing_is_not_yet_law() -> None:
    text = (
        "Moving the Bill for consideration and passing, the Minister said the new bill will "
        "help the Government act against human trafficking."
    )
    assert tags(text) == {"legislation": "in_progress"}


def test_what_is_improved_or_violated_exists() -> None:
    improved = (
        "She said the strategy will focus on victim identification and improvements to the "
        "NRM for victims of trafficking."
    )
    assert tags(improved)["referral_mechanism"] == "in_place"
    violated = (
        "The suspects would be charged with violating the Anti-Trafficking in Persons Act of 2003."
    )
    assert tags(violated) == {"legislation": "in_place"}


def test_a_creation_named_as_a_noun_takes_the_modal_before_it() -> None:
    planned = (
        "Another longer term objective will be the creation of two shelters to serve as "
        "refuge for trafficked persons."
    )
    assert tags(planned) == {"shelters": "planned"}
    done = "The creation of two shelters for trafficked persons in 2019 helped victims."
    assert tags(done) == {"shelters": "in_place"}


def test_the_orders_a_slavery_law_creates_report_the_law() -> None:
    text = (
        "The three men were also given 15-year Slavery and Trafficking Prevention Orders "
        "by the court."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_numbered_section_and_what_it_does_is_the_law() -> None:
    text = "Section 45 provides for a defence for slavery or trafficking victims."
    assert tags(text) == {"legislation": "in_place"}
    report = "Section 4 describes the methodology of the survey on trafficking."
    assert "legislation" not in tags(report)


def test_a_statutes_own_penalty_wording_is_the_law_in_force() -> None:
    punished = (
        "Whoever holds a person in slavery shall be punished with up to 8 years imprisonment."
    )
    assert tags(punished) == {"legislation": "in_place"}
    ranged = (
        "Persons who commit trafficking in human beings are sentenced to imprisonment from "
        "eight years to twelve years."
    )
    assert tags(ranged) == {"legislation": "in_place"}
    became = (
        "The production of child pornography through the use of spy cameras became a "
        "punishable offense in 2014."
    )
    assert tags(became) == {"legislation": "in_place"}


def test_a_sentence_opening_on_under_a_law_with_its_ruling_names_a_law() -> None:
    ruling = "Under Indian law, the sale of human organs is illegal under any circumstances."
    assert tags(ruling) == {"legislation": "in_place"}
    vague = "Under federal law, the agency shares its budget with the states."
    assert "legislation" not in tags(vague)


def test_channels_of_a_sale_and_company_disclosures_are_no_tech_partnership() -> None:
    sale = (
        "One case involved the sale of child pornography content through the messaging app "
        "Telegram."
    )
    assert "tech_partnership" not in tags(sale)
    disclosure = (
        "The Act requires retailers to make specific disclosures on its website about efforts "
        "to eradicate slavery and human trafficking from its supply chain."
    )
    assert "tech_partnership" not in tags(disclosure)
    partner = (
        "Police are preparing a collaborative project with an Icelandic internet company to "
        "hinder the distribution of child sexual abuse material."
    )
    assert tags(partner) == {"tech_partnership": "in_progress"}


def test_child_grooming_and_loverboys_are_tied_to_trafficking() -> None:
    grooming = (
        "The agency is collaborating with Meta and the police to investigate a child sexual "
        "grooming group."
    )
    assert tags(grooming, tie=False) == {"tech_partnership": "in_place"}
    loverboys = (
        "In 2014 the Commission drew up an action plan for helping girl victims of loverboys."
    )
    assert tags(loverboys, tie=False) == {"action_plan": "in_place"}


def test_a_strategy_named_for_trafficking_and_exploitation_is_a_plan() -> None:
    text = "I laid the first trafficking and exploitation strategy before Parliament in May 2017."
    assert "action_plan" in tags(text)


def test_convictions_of_traffickers_in_a_list_are_not_their_shelter() -> None:
    text = (
        "These include an increase in investigations, prosecutions, and convictions of human "
        "traffickers, and increased funding for the country's sole shelter dedicated to "
        "assisting trafficking victims."
    )
    assert tags(text) == {"shelters": "in_place"}


def test_construction_work_on_a_shelter_is_in_progress() -> None:
    text = (
        "The Government continued construction work on a new transitional shelter for "
        "trafficking victims."
    )
    assert tags(text) == {"shelters": "in_progress"}


def test_a_statutes_shall_be_punishable_is_no_plan() -> None:
    text = (
        "Trafficking in human beings, committed for the purpose of exploitation, shall be "
        "punishable by deprivation of liberty for a term from four to ten years."
    )
    assert tags(text) == {"legislation": "in_place"}


def test_a_month_abbreviation_before_a_day_ends_no_sentence() -> None:
    text = (
        "The California Transparency in Supply Chains Act, effective Jan. 1, requires "
        "companies to disclose their efforts to eradicate slavery from their supply chains."
    )
    assert tags(text, tie=False) == {"legislation": "in_place"}
    assert len(sentences(text, 0, len(text))) == 1


def test_its_about_time_to_change_the_law_is_a_call() -> None:
    text = (
        "It's about time we move as fast as we can in terms of changing the legal framework "
        "against online child sexual exploitation."
    )
    assert "legislation" not in tags(text)


def test_the_programme_marking_a_world_day_is_an_event() -> None:
    text = (
        "Delivering a statement at the Program marking the World Day Against Human "
        "Trafficking, the Minister urged the Taskforce to support survivors."
    )
    assert "action_plan" not in tags(text)


def test_teams_that_coordinate_the_assistance_to_victims_route_them() -> None:
    text = (
        "Spain has set up four specialised teams, which coordinate the assistance given to "
        "victims of trafficking across the country."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}


def test_tipline_reports_received_from_a_cyber_tipline_are_a_reporting_hotline() -> None:
    text = (
        "The police received Cyber Tipline reports under a memorandum with an American "
        "centre and opened cases of online sexual exploitation of children."
    )
    assert tags(text) == {"tech_partnership": "in_place"}


def test_the_speakers_own_embassy_shelter_abroad_is_its_own() -> None:
    text = (
        "Victims of trafficking stayed at the Sri Lankan Embassy's safe house in Oman until "
        "they were repatriated."
    )
    speaker = speaker_named("Sri Lanka", text)
    assert speaker is not None
    assert tags(text, speaker=speaker) == {"shelters": "in_place"}
    other = text.replace("Sri Lankan", "Indian")
    assert tags(other, speaker=speaker_named("Sri Lanka", other) or STATE) == {}


def test_a_plan_in_development_is_not_a_plan_on_development() -> None:
    text = "The minister said that a new action plan for 2025/26 is in development."
    assert tags(text) == {"action_plan": "in_progress"}
    assert tags("A national action plan for development was adopted.") == {}


def test_a_plan_that_has_yet_to_be_finalized_is_in_progress() -> None:
    text = (
        "The Government said a second national action plan to combat human trafficking "
        "has yet to be finalized."
    )
    assert tags(text) == {"action_plan": "in_progress"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new task force will work closely with the National Referral Mechanism for "
            "victims of trafficking.",
            {"referral_mechanism": "in_place"},
        ),
        (
            "The project will train prosecutors in line with the National Action Plan against "
            "Trafficking in Persons.",
            {"action_plan": "in_place"},
        ),
        (
            "The ministry is expected to award Shelter Assistance Grants for victims of "
            "trafficking next year.",
            {"shelters": "planned"},
        ),
        (
            "The Government intends to submit to Parliament amendments to the Criminal Code "
            "on trafficking in children.",
            {"legislation": "planned"},
        ),
    ],
)
def test_a_named_measure_the_future_is_done_with_exists(text: str, expected: dict) -> None:
    assert tags(text) == expected


def test_a_negation_inside_a_laws_name_denies_nothing() -> None:
    text = (
        "The Never Forgotten Act of 2019 created a unit on missing persons and human trafficking."
    )
    assert tags(text) == {"legislation": "in_place"}
    assert tags("The Government has not adopted a law on human trafficking.") == {}


def test_a_law_against_exploiting_migrant_workers_is_tied() -> None:
    text = (
        "The Employment Standards Bill gives employers exploiting migrant workers stricter "
        "penalties."
    )
    assert "legislation" in tags(text, tie=False)
    assert tags(text.replace("exploiting migrant workers", "hiring staff"), tie=False) == {}


def test_a_state_that_commends_another_states_plan_reports_nothing() -> None:
    text = (
        "Australia commends Italy's ongoing efforts to combat human trafficking, including "
        "through adoption of a National Action Plan against trafficking."
    )
    assert tags(text, speaker=speaker_named("Australia", text) or STATE) == {}


def test_a_competent_authority_recognising_victims_is_the_referral_mechanism() -> None:
    text = (
        "After their arrest for cannabis cultivation, a competent authority recognised them "
        "as victims of trafficking."
    )
    assert tags(text) == {"referral_mechanism": "in_place"}
    assert tags("The competent authorities prosecuted the traffickers.") == {}


def test_the_prison_term_an_offence_attracts_is_the_law() -> None:
    text = "The court heard that the offence of trafficking in persons attracts life imprisonment."
    assert tags(text) == {"legislation": "in_place"}


# --- the span ruler's gated token patterns --------------------------------------------------


def test_the_gated_token_matcher_finds_what_the_matcher_finds() -> None:
    """The gate skips only statements no token pattern can match: over every real gold
    passage (thousands of statements, hundreds naming dated plans, programmes and bills)
    the gated matcher and the plain one find the same spans."""
    nlp = build_nlp()
    gated = nlp.get_pipe("span_ruler").matcher
    texts = [
        json.loads(line)["text"]
        for path in sorted((Path(__file__).parent / "gold" / "real").glob("real_*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
    ]
    texts += ["The 2015-2020 plan", "the National Anti-Trafficking Programme", "Bill Smith"]
    with_match = 0
    for doc in nlp.tokenizer.pipe(texts):
        found = sorted(gated(doc))
        assert found == sorted(gated._matcher(doc))
        with_match += bool(found)
    assert 3 <= with_match < len(texts)
