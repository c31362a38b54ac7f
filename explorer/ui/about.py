"""The About tab: what the data are, sources with provenance, evaluation, codebook."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer.data import GENERAL_DEBATE, Dataset, evaluation_rows, heldout_rows
from explorer.text import escape_block
from explorer.vocab import (
    CATEGORIES,
    CATEGORY_DESCRIPTIONS,
    CATEGORY_LABELS,
    CAVEAT,
    STATUS_DESCRIPTIONS,
    STATUS_LABELS,
    STATUSES,
)

ABOUT = """
**What the data are.** The pipeline reads each State's General Debate speeches, UN meetings
coverage (press releases of General Assembly and Security Council meetings) and a few news
articles, splits each into statements
(one speaker, one document), resolves who each speaker speaks for (UN M49 region and
sub-region, ISO 3166 code), and tags the measures against trafficking in persons that the
speaker reports for their own State or organization. Each tag carries a status and the
sentence that justifies it, with its character offsets in the source file.

**Who spoke.** A State counts as a speaker when it has a statement in a document or is only
listed as a speaker ("Also delivering statements were …"). The map and the Regions view keep
those two cases apart from States that did not speak at all.
"""

SOURCES = """
**Sources.**

- **General Debate speeches**: the UN General Debate Corpus — Alexander Baturo, Niheer
  Dasandi and Slava J. Mikhaylov (2017), "Understanding State Preferences With Text As Data:
  Introducing the UN General Debate Corpus", *Research & Politics* 4(2),
  doi:10.1177/2053168017712821; data on the Harvard Dataverse, doi:10.7910/DVN/0TJX8Y.
  Released under CC0. One file per State and session (sessions 55–79, 2000–2024); the
  speaker is the State named by the file. A speech is not about trafficking as a whole, so
  only measures tied to trafficking are tagged (codebook §5), and the repository ships only
  the paragraphs a documented filter keeps, with the corpus file and character offsets of
  each. Citations name the corpus file, e.g. "Session 60 - 2005/NGA_60_2005.txt".
- **UN meetings coverage**: press releases of the United Nations Meetings Coverage and Press
  Releases service (press.un.org), "for information media, not an official record"; cited by
  title, document symbol (e.g. GA/12387) and date.
- **News articles**: as listed in seeds/manifest.json, with publisher, date and a note on
  each (table below).

**How dates are found** (documents.csv `date_source`): *text* — the date printed in the
document itself; *manifest* — a date curated in seeds/manifest.json, with its source stated
in the note (press release GA/12387 is 22 November 2021); *file name* — the General Debate
corpus's file and folder name give the session and year, so a speech is dated by year only;
empty — no date found: shown as "undated", and kept only when the whole year range is
selected (the sidebar says how many).

**Citations.** Each sentence shown comes with a plain-text citation (speaker, document or
corpus file, date, character offsets) to copy; the evidence download carries it in its
`citation` column.
"""


def vocabulary_frame() -> pd.DataFrame:
    """Categories then statuses, as the pipeline's resource files define them."""
    rows = [("Category", CATEGORY_LABELS[k], k, CATEGORY_DESCRIPTIONS[k]) for k in CATEGORIES]
    rows += [("Status", STATUS_LABELS[k], k, STATUS_DESCRIPTIONS[k]) for k in STATUSES]
    return pd.DataFrame(rows, columns=["", "Label", "Key (in CSV and URLs)", "What it means"])


def provenance_frame(ds: Dataset) -> pd.DataFrame:
    """documents.csv joined with the manifest's provenance, labelled for reading.

    General Debate speeches (thousands, one per State and year, all from the one corpus
    cited above) are counted per year by :func:`general_debate_frame` instead of listed.
    """
    docs = ds.documents[ds.documents["source_kind"] != GENERAL_DEBATE]
    manifest = ds.manifest

    def field(doc_id: str, name: str) -> str:
        return manifest.get(doc_id, {}).get(name, "")

    checks = []
    for doc_id, sha in zip(docs["doc_id"], docs["sha256"], strict=True):
        recorded = field(doc_id, "sha256")
        checks.append("matches" if recorded == sha else ("differs" if recorded else "not recorded"))
    return pd.DataFrame(
        {
            "Title": docs["title"],
            "Date": docs["date"],
            "Date from": docs["date_source"],
            "Source": docs["source_kind"],
            "Symbol": docs["symbol"],
            "Publisher": [field(d, "publisher") or "not stated" for d in docs["doc_id"]],
            "Statements": docs["n_statements"],
            "Provenance note": [field(d, "note") for d in docs["doc_id"]],
            "File": docs["source_file"],
            "SHA-256": docs["sha256"],
            "Checksum": checks,
        }
    )


def general_debate_frame(ds: Dataset) -> pd.DataFrame:
    """Per year: how many General Debate speeches were read and how many have a tagged
    measure, so the coverage of the corpus can be checked without listing 4,800 files."""
    docs = ds.documents[ds.documents["source_kind"] == GENERAL_DEBATE]
    if docs.empty:
        return pd.DataFrame(columns=["Year", "Speeches", "With a tagged measure"])
    tagged = set(ds.measures["doc_id"])
    frame = pd.DataFrame({"Year": docs["year"], "tagged": docs["doc_id"].isin(tagged)})
    grouped = frame.groupby("Year", sort=True)["tagged"]
    return pd.DataFrame(
        {"Speeches": grouped.size(), "With a tagged measure": grouped.sum().astype(int)}
    ).reset_index()


def render(ds: Dataset) -> None:
    st.markdown(ABOUT)
    st.markdown(SOURCES)
    st.info(CAVEAT)
    st.markdown("#### Categories and statuses")
    st.dataframe(
        vocabulary_frame(),
        hide_index=True,
        key="about_vocabulary",
        column_config={"What it means": st.column_config.TextColumn(width="large")},
    )
    st.caption(
        "When a statement reports several measures of one category, the most advanced "
        "status wins. Each category is a file in pipeline/resources/categories/."
    )
    st.markdown("#### Source documents")
    st.dataframe(
        provenance_frame(ds),
        hide_index=True,
        key="about_documents",
        column_config={
            "Title": st.column_config.TextColumn(width="large"),
            "Provenance note": st.column_config.TextColumn(width="large"),
            "SHA-256": st.column_config.TextColumn(width="small"),
        },
    )
    st.caption(
        "Meetings coverage and articles. Publisher and notes come from seeds/manifest.json; "
        "“Date from” is how the date was found; “Checksum” says whether the file the "
        "pipeline read has the SHA-256 recorded there."
    )
    speeches = general_debate_frame(ds)
    if not speeches.empty:
        st.markdown("#### General Debate speeches per year")
        st.dataframe(speeches, hide_index=True, key="about_general_debate")
    st.markdown("#### Evaluation")
    table = evaluation_rows(ds.evaluation)
    if table.empty:
        st.markdown("Not yet evaluated.")
    else:
        st.dataframe(table, hide_index=True, key="about_evaluation")
        st.caption(
            "Agreement with hand-labelled gold sets on the current rules, per category and "
            "overall (docs/evaluation.md). real_dev, real_test … real_test118, meetings_dev, "
            "meetings_test, geneva_test … geneva3_test: real text (General Debate "
            "speeches, CIA World Factbook entries, US TIP Report country narratives, "
            "governments' own pages, press.un.org meetings coverage, UN Geneva meeting "
            "summaries), each labelled by two independent annotators. A test split's held-out "
            "figure is its first scoring, published in the README (0.805 on test #9, three "
            "genres and 274 measures, the split registered to judge the accuracy target, "
            "then 0.824, 0.815 and 0.825 on tests #10 to #12, each drawn after the "
            "previous one's fixes, 0.810 and 0.750 on tests #13 and #14 "
            "(governments' pages only), 0.820, 0.826, 0.838, 0.838, 0.794, 0.848, 0.832, "
            "0.834, 0.836, 0.840, 0.772, 0.848, 0.752, 0.714, 0.759, 0.841, 0.786, 0.697, "
            "0.800, 0.826, 0.768, 0.867, 0.751, 0.794, 0.895, 0.762, 0.803, 0.835, 0.874, "
            "0.853, 0.816, 0.749, 0.874, 0.796, 0.713, 0.867, 0.796, 0.767, 0.814, 0.826, "
            "0.840, 0.760, 0.838, 0.759, 0.701, 0.674, 0.683, 0.748, 0.750, 0.654, 0.632, "
            "0.705, 0.784, 0.718, 0.759, 0.672, 0.673, 0.686, 0.770, 0.821, 0.698, 0.771, "
            "0.774, 0.706, 0.700, 0.680, 0.726, 0.777, 0.815, 0.647, 0.750, 0.646, 0.772, "
            "0.677, 0.801, 0.760, 0.718, 0.753, 0.773, 0.679, 0.652, 0.665, 0.658, 0.686, "
            "0.609, 0.741, 0.688, 0.625, 0.714, 0.634, 0.643, 0.702, 0.750, 0.675, 0.875, 0.655, "
            "0.667, 0.777, 0.815, 0.769, 0.222, 0.729 and 0.400 on tests #15 to #118 "
            "(#73 drew "
            "no passage; TIP narratives, governments' pages, news quoting officials and, in "
            "#37 to #118, "
            "international bodies' texts on one "
            "State; #39 has three categories below 0.80, #43 two and a status of 0.762, #44 "
            "three, #47 three and a status of 0.733, #50 two, #51 four, #52 four, #53 two, "
            "#54 one, #55 two, #56 four, #57 two, #58 four, #59 four, #60 five, #61 five, "
            "#62 three, #63 three, #64 five, #65 four, #66 three and a status of 0.836, "
            "#67 two, #68 three, #69 two and a status of 0.727, #70 five, #71 five and a "
            "status of 0.826, #72 four and a status of 0.750, #74 four and a status of "
            "0.731, #75 two and a status of 0.848, #76 five and a status of 0.742, #77 four, "
            "#78 four, #79 three, #80 five, #81 five and a status of 0.758, #82 four and a "
            "status of 0.811, #83 three, #84 two, #85 five, #86 four, #87 five and a status of "
            "0.816, #88 three, #89 four, #90 two, #91 three, #92 five, #93 three, #94 four, "
            "#95 five, #96 four, #97 five, #98 five and a status of 0.840, #99 five, #100 "
            "three on 12 measures, #101 four, #102 four on 18 measures, #103 five, #104 "
            "three and a status of 0.800 on 24 measures, #105 five, #106 three and a status "
            "of 0.778 on 14 measures, #107 five, #108 three on 15 measures, #109 four and a "
            "status of 0.759, #110 two and a status of 0.571 on 9 measures, #111 five, #112 "
            "two on 6 measures, #113 three and a status of 0.795, #114 two on 14 "
            "measures, #115 four, #116 four on 4 measures, #117 four, #118 two and a "
            "status of 0.500 on 6 measures): "
            "the target is not met; "
            "0.798, 0.866, 0.333, 0.625; 0.831, "
            "0.950, 0.771 and 0.843 on four batches of TIP narratives; on the press-release "
            "pages 0 of 2 measures found, no false "
            "positive; on the Geneva summaries 0.667, 0.667 and 0.833); after that it was "
            "used for "
            "development, so its figure here is in-sample. seeds_measures: the seed "
            "documents, in-sample. heldout, heldout2, heldout3: synthetic texts written from "
            "the codebook, cleaner than real prose."
        )
    heldout = heldout_rows(ds.heldout, CATEGORY_LABELS)
    if not heldout.empty:
        st.markdown("#### Accuracy on unseen real text")
        st.dataframe(heldout, hide_index=True, key="about_heldout")
        splits = (ds.heldout or {}).get("splits", [])
        span = f"{splits[0]} to {splits[-1].removeprefix('test ')}" if splits else "none yet"
        st.caption(
            f"The registered real test splits ({span}: US TIP Report narratives in "
            "copies, governments' own pages, General Debate paragraphs of 1970-1989), each "
            "scored once on rules frozen before its labels existed, pooled. “Tags right” is "
            "precision (a shown tag the annotators also found), “Measures found” is recall. "
            "The figures in the table above are on the current rules, after those splits' "
            "errors were read, so they are higher."
        )
    st.markdown("#### Coverage of this dataset")
    st.markdown(
        escape_block(
            f"{len(ds.documents)} documents, {len(ds.statements)} statements, "
            f"{len(ds.measures)} tagged measures, {len(ds.participants)} speaker entries; "
            f"{len(ds.unresolved)} speaker names could not be resolved to a State or "
            "organization and are left out of the views."
        )
    )
    st.markdown("#### Codebook")
    if ds.codebook:
        with st.expander("Show the codebook the tagger follows", expanded=False):
            st.markdown(ds.codebook)
    else:
        st.markdown("The codebook (docs/codebook.md) is not available in this copy.")
