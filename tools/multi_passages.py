"""Draw the registered real test splits #9 to #118, each fixed before anyone reads it.

Why this exists: four single-genre TIP batches scored 0.83, 0.95, 0.77 and 0.84, so no one
of them says whether the tagger clears issue #6's target on real text in general. Test #9
was decided in advance to be the split that judges it: larger, and of several genres at
once, each new to the rules:

- ``y``: US TIP Report country narratives (editions 2001-2018) in copies on other hosts
  (refworld, ecoi.net, embassy pages), narratives not drawn before
  (``tools/tip_passages.py``, checked against the four earlier batches);
- ``z``: governments' own accounts of their anti-trafficking work (UPR national reports,
  treaty-body reports, ministry pages; ``tools/report_passages.py``);
- ``g``: General Debate paragraphs of sessions 25-44 (1970-1989), never drawn before:
  every paragraph that ties a measure word to trafficking in persons or its kin, and a
  sample of those tying one to drug or arms trafficking (negatives the tagger must leave).

Passages sharing 12 or more specific 8-word sequences with a reserved Factbook entry, or 12
or more with a reserved General Debate speech (``tools/reserved_overlap.py``, numbers only;
paragraphs of the 1970s share up to 6 with those speeches by common phrasing alone), are
dropped by id through ``--drop`` (``near_reserved.txt``), before the quotas are drawn.

Usage (`--draw multi2` to `multi110`, tests #10 to #118, take no `--gd`; `--tip-raw` defaults
to the TIP collection snapshots the draw names, ``Draw.tip_collections``)::

    python tools/multi_passages.py [--draw NAME] [--tip-raw RAW ...] --report-raw RAW \
        [--gd GD_GIT_DIR] [--drop IDS_FILE] [--output tests/gold/real/multi]

The collections are committed beside the passages (``raw_tip.jsonl``, ``raw_reports.jsonl``,
snapshots taken when the draw was made) so the draw can be repeated byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import real_passages  # noqa: E402
import report_passages  # noqa: E402
import tip_passages  # noqa: E402

REAL = ROOT / "tests" / "gold" / "real"
EARLIER_TIP = ("tip", "tip2", "tip3", "tip4")
GD_SESSIONS = range(25, 45)  # 1970-1989: never drawn; 45-54 and 55-69 were
GD_OTHER_SAMPLE = 40


@dataclass(frozen=True)
class Draw:
    """One registered draw: its id prefixes, quotas (the collections outgrew what two
    annotators can read in one sitting; every General Debate passage is kept) and seed. It
    must not repeat a passage of any draw registered before it (:func:`earlier_draws`)."""

    tip_prefix: str
    report_prefix: str
    quota: dict[str, int]
    seed: int
    with_gd: bool
    # the draw folders whose raw_tip.jsonl it reads together, when not only its own
    tip_collections: tuple[str, ...] = ()
    # pages of its collection the draw left out when it was made, for a reason a later change
    # removed (a State name the resolver learnt afterwards), so the draw stays as registered
    left_out: tuple[str, ...] = ()
    # the draw folder whose raw_reports.jsonl it reads, when not its own (a later draw from
    # the same collection: one snapshot, not two copies of it)
    report_collection: str = ""


DRAWS = {
    # test #9: three genres, registered to decide issue #6
    "multi": Draw("y", "z", {"y": 150, "z": 150}, 20261202, with_gd=True),
    # test #10: drawn after test #9's errors were fixed, from what no one has read: the TIP
    # copies test #9 did not draw plus later-collected ones, and a new collection of
    # governments' pages (no General Debate: the 1970s pool is spent on trafficking)
    "multi2": Draw("v", "q", {"v": 150, "q": 150}, 20261203, with_gd=False),
    # test #11: drawn after test #10's errors were fixed, from the TIP copies neither earlier
    # draw took (the same 627-page collection, ``multi2/raw_tip.jsonl``) and a third,
    # new collection of governments' pages
    "multi3": Draw(
        "k",
        "p",
        {"k": 150, "p": 150},
        20261204,
        with_gd=False,
        tip_collections=("multi2",),
    ),
    # test #12: drawn after test #11's errors were fixed, from every TIP copy no draw took (the
    # rest of the 627-page collection and a new one of 100, ``multi4/raw_tip.jsonl``) and a
    # fourth collection of governments' pages
    "multi4": Draw(
        "h",
        "j",
        {"h": 150, "j": 150},
        20261205,
        with_gd=False,
        tip_collections=("multi2", "multi4"),
    ),
    # test #13: drawn after test #12's errors were fixed; governments' pages only (a fifth
    # collection), since every TIP copy collected has now been drawn
    "multi5": Draw(
        "e",
        "f",
        {"f": 150},
        20261206,
        with_gd=False,
    ),
    # test #14: drawn after test #13's errors were fixed (in-sample); governments' pages only,
    # a sixth collection, to give the final rules of this stop one unseen figure
    "multi6": Draw(
        "a",
        "d",
        {"d": 150},
        20261207,
        with_gd=False,
    ),
    # test #15: drawn after test #14's errors were fixed (in-sample); a new collection of TIP
    # copies (editions 2001-2018, no narrative collected before) and a seventh collection of
    # governments' pages, to give the rules after those fixes one unseen figure
    "multi7": Draw("b", "c", {"b": 150, "c": 150}, 20261208, with_gd=False),
    # test #16: drawn after test #15 was scored and its errors fixed (in-sample); a second new
    # collection of TIP copies (editions 2001-2018, mostly before 2013) and an eighth of
    # governments' pages, to give the rules after those fixes one unseen figure
    "multi8": Draw("n", "s", {"n": 150, "s": 150}, 20261209, with_gd=False),
    # test #17: drawn after test #16 was scored and its errors fixed (in-sample); a third new
    # collection of TIP copies and a ninth of governments' pages, to give the rules after
    # those fixes (frozen before the draw) one unseen figure
    "multi9": Draw(
        "i",
        "l",
        {"i": 150, "l": 150},
        20261210,
        with_gd=False,
        # "Lao PDR" did not resolve when test #17 was drawn; it does since
        left_out=(
            "https://laotribune.com/laos-strengthens-commitment-to-end-trafficking-in-persons/",
        ),
    ),
    # test #18: drawn after test #17 was scored and its errors fixed (in-sample); a fourth new
    # collection of TIP copies and a tenth of governments' pages, to give the rules after
    # those fixes (this stop's final rules) one unseen figure
    "multi10": Draw("o", "e", {"o": 150, "e": 150}, 20261211, with_gd=False),
    # test #19: drawn after test #18 was scored and its errors fixed (in-sample); a fifth new
    # collection of TIP copies and an eleventh of governments' pages, to give the rules after
    # those fixes (frozen before the gold is merged) one unseen figure. The single letters
    # are spent: its prefixes are two letters, which no earlier id starts with
    "multi11": Draw("ta", "ra", {"ta": 150, "ra": 150}, 20261212, with_gd=False),
    # test #20: drawn after test #19 was scored; a sixth new collection of TIP copies and a
    # twelfth of governments' pages, collected while test #19's errors were being fixed, to
    # give the rules after those fixes (frozen before its gold is merged) one unseen figure
    "multi12": Draw("tb", "rb", {"tb": 150, "rb": 150}, 20261213, with_gd=False),
    # test #21: drawn after test #20 was scored; a seventh new collection of TIP copies and a
    # thirteenth of governments' pages, collected while test #20's errors were being fixed
    "multi13": Draw("tc", "rc", {"tc": 150, "rc": 150}, 20261214, with_gd=False),
    # test #22: drawn after test #21 was scored; an eighth new collection of TIP copies and a
    # fourteenth of governments' pages, collected while test #21's errors were being fixed
    "multi14": Draw("td", "rd", {"td": 150, "rd": 150}, 20261215, with_gd=False),
    # test #23: drawn after test #22 was scored; a ninth new collection of TIP copies and a
    # fifteenth of governments' pages, collected while test #22's errors were being fixed
    "multi15": Draw("te", "re", {"te": 150, "re": 150}, 20261216, with_gd=False),
    # test #24: drawn before test #23 was scored; a tenth new collection of TIP copies and a
    # sixteenth of governments' pages, to score the rules frozen after test #23's fixes
    "multi16": Draw("tf", "rf", {"tf": 150, "rf": 150}, 20261217, with_gd=False),
    # test #25: drawn after test #24 was scored; an eleventh new collection of TIP copies
    # and a seventeenth of governments' pages, collected while test #23's errors were fixed
    "multi17": Draw("tg", "rg", {"tg": 150, "rg": 150}, 20261218, with_gd=False),
    # test #26: drawn after test #25 was scored; a twelfth new collection of TIP copies and
    # an eighteenth of governments' pages, collected while test #25's errors were being fixed
    "multi18": Draw("th", "rh", {"th": 150, "rh": 150}, 20261219, with_gd=False),
    # test #27: drawn after test #26 was scored; a thirteenth new collection of TIP copies
    # and a nineteenth of governments' pages, collected while test #26's errors were fixed
    "multi19": Draw("ti", "ri", {"ti": 150, "ri": 150}, 20261220, with_gd=False),
    # test #28: drawn after test #27 was scored; a fourteenth new collection of TIP copies
    # and a twentieth of governments' pages, collected while test #27's errors were fixed
    "multi20": Draw("tj", "rj", {"tj": 150, "rj": 150}, 20261221, with_gd=False),
    # test #29: drawn after test #28 was scored; governments' pages only (a twenty-first
    # collection): the search corpus's TIP copies ran out (#28's 110 queries found 45)
    "multi21": Draw("tk", "rk", {"rk": 150}, 20261222, with_gd=False),
    # test #30: drawn after test #29 was scored; governments' pages only (a twenty-second
    # collection, by kind of page: reports to UN bodies, ministry releases, news quoting
    # officials, statements at meetings)
    "multi22": Draw("tl", "rl", {"rl": 150}, 20261223, with_gd=False),
    # test #31: drawn after test #30 was scored; governments' pages only (a twenty-third
    # collection, by region again, each helper told to favour reports and ministry pages)
    "multi23": Draw("tm", "rm", {"rm": 150}, 20261224, with_gd=False),
    # test #32: drawn after test #31 was scored; governments' pages only (a twenty-fourth
    # collection; the search corpus's governments' pages are running out too)
    "multi24": Draw("tn", "rn", {"rn": 150}, 20261225, with_gd=False),
    # test #33: drawn after test #32 was scored and its one in-sample fix committed, to
    # score this stop's final rules once; a small twenty-fifth collection (the search
    # corpus's governments' pages are nearly spent: 140 queries, 63 new pages)
    "multi25": Draw("to", "ro", {"ro": 150}, 20261226, with_gd=False),
    # test #34: drawn after this stop's first fixes (line wraps, UN list names); a
    # twenty-sixth collection split by region across four collectors (403 new pages of 135
    # States: news stories quoting officials now make up most of what the corpus has left)
    "multi26": Draw("tp", "rp", {"rp": 200}, 20261227, with_gd=False),
    # test #35: the rest of the same collection (its pages test #34 did not draw; read with
    # --report-raw multi26/raw_reports.jsonl, no new snapshot), drawn before test #34 was
    # scored, to score the rules after test #34's fixes once
    "multi27": Draw("tq", "rq", {"rq": 999}, 20261228, with_gd=False, report_collection="multi26"),
    # test #36: drawn after test #35's fixes were frozen (4e8d8f4), to score this stop's
    # final rules once; a small twenty-seventh collection (four collectors by region, 156
    # queries, 94 new pages: the corpus's pages of this kind are nearly spent)
    "multi28": Draw("tr", "rr", {"rr": 999}, 20261229, with_gd=False),
    # test #37: drawn after test #36's fixes were frozen, to score them once; a
    # twenty-eighth collection (four collectors by region, 363 queries, 550 new pages of 170
    # States) that also takes international bodies' texts on one State's own measures
    # (GRETA evaluations, rapporteurs' country visits, IOM or UNODC country news); 240 drawn
    "multi29": Draw("ts", "rs", {"rs": 240}, 20261230, with_gd=False),
    # test #38: the rest of the same collection (its pages test #37 did not draw; read with
    # --report-raw multi29/raw_reports.jsonl, no new snapshot), registered after test #37
    # was scored and before its errors were read, to score the rules after its fixes once
    "multi30": Draw("tt", "rt", {"rt": 999}, 20261231, with_gd=False, report_collection="multi29"),
    # test #39: drawn after test #38's fixes were frozen (27f3ebe), to score them once; a
    # twenty-ninth collection (four collectors by region, 330 queries, 498 new pages of 158
    # States, governments' pages and international bodies' texts on one State); 260 drawn
    "multi31": Draw("tu", "ru", {"ru": 260}, 20270101, with_gd=False),
    # test #40: drawn after test #39's fixes were frozen (a5065ea), to score them once; a
    # thirtieth collection (four collectors by region, 300 queries, 248 new pages of 102
    # States) whose queries were given to victim protection (identification, referral,
    # shelters, technology); every page drawn
    "multi32": Draw("tv", "rv", {"rv": 999}, 20270102, with_gd=False),
    # test #41: drawn after test #40 was scored, to score the rules after its fixes once; a
    # thirty-first collection (four collectors by region, 364 queries, 260 new pages of 115
    # States, governments' pages and international bodies' texts on one State) whose
    # queries were spread evenly over every kind of measure; every page drawn
    "multi33": Draw("tw", "rw", {"rw": 999}, 20270103, with_gd=False),
    # test #42: drawn after test #41 was scored, to score the rules after its fixes once; a
    # thirty-second collection (four collectors by region, 383 queries, 277 new pages of 135
    # States, of the same two kinds, queries spread over every kind of measure); every page
    # drawn
    "multi34": Draw("tx", "rx", {"rx": 999}, 20270104, with_gd=False),
    # test #43: drawn after test #42 was scored, to score the rules after its fixes once; a
    # thirty-third collection (four collectors by region, 253 queries, 133 new pages of 68
    # States, of the same two kinds, same brief: the corpus's pages of this kind are running
    # out); every page drawn
    "multi35": Draw("ty", "ry", {"ry": 999}, 20270105, with_gd=False),
    # test #44: the rest of the twenty-ninth collection (its pages test #39 did not draw; read
    # with --report-raw multi31/raw_reports.jsonl, no new snapshot; two pages collected again
    # later under another address dropped by id), registered after test #43
    # was scored, when the search corpus would give no more pages this session, to score this
    # stop's final rules (e87af40) a second time
    "multi36": Draw("tz", "rz", {"rz": 999}, 20270106, with_gd=False, report_collection="multi31"),
    # test #45: drawn after tests #43 and #44 were scored, to score the rules after their
    # fixes once; a thirty-fourth collection (four collectors by region, 372 queries, 270 new
    # pages of 109 States, governments' pages and international bodies' texts on one State,
    # queries spread over every kind of measure); every page drawn
    "multi37": Draw("ua", "qa", {"qa": 999}, 20270107, with_gd=False),
    # test #46: drawn after test #45 was scored, to score the rules after its fixes once; a
    # thirty-fifth collection (four collectors by region, 379 queries, 237 new pages of 97
    # States, of the same two kinds, same brief); every page drawn
    "multi38": Draw("ub", "qb", {"qb": 999}, 20270108, with_gd=False),
    # test #47: drawn after test #46 was scored, to score the rules after its fixes once; a
    # thirty-sixth collection (four collectors by region, 251 queries, 95 new pages of 53
    # States, same brief: the corpus's pages of this kind are running out); every page drawn
    "multi39": Draw("uc", "qc", {"qc": 999}, 20270109, with_gd=False),
    # test #48: drawn after test #47 was scored, to score the rules after this stop's fixes
    # once; a thirty-seventh collection (four collectors by region, 370 queries, 157 new pages
    # of 79 States, same brief); every page drawn
    "multi40": Draw("ud", "qd", {"qd": 999}, 20270110, with_gd=False),
    # test #49: drawn after test #48 was scored, to score the rules after its fixes once; a
    # thirty-eighth collection (four collectors by region, 387 queries, 214 new pages of 88
    # States, same brief); every page drawn
    "multi41": Draw("ue", "qe", {"qe": 999}, 20270111, with_gd=False),
    # test #50: drawn after test #49 was scored, to score the rules after its fixes once; a
    # thirty-ninth collection (four collectors by region, 374 queries, 202 new pages of 83
    # States, same brief); every page drawn
    "multi42": Draw("uf", "qf", {"qf": 999}, 20270112, with_gd=False),
    # test #51: drawn after test #50 was scored, to score the rules after its fixes once; a
    # fortieth collection (four collectors by region, 330 queries, 166 new pages of 67
    # States, same brief; Europe's pages of this kind ran out after 37 queries); every page
    # drawn
    "multi43": Draw("ug", "qg", {"qg": 999}, 20270113, with_gd=False),
    # test #52: drawn after test #51 was scored, to score the rules after its fixes once; a
    # forty-first collection (four collectors, three by region and one for Europe and for
    # international bodies' texts on any State, 293 queries, 162 new pages, until the search
    # budget ran out); every page drawn
    "multi44": Draw("uh", "qh", {"qh": 999}, 20270114, with_gd=False),
    # test #53: drawn after test #52 was scored, to score the rules after its fixes once; a
    # forty-second collection (four collectors, three by region and one for Europe and for
    # international bodies' texts on any State, 363 queries, 146 new pages of 79 States,
    # same brief); every page drawn
    "multi45": Draw("ui", "qi", {"qi": 999}, 20270115, with_gd=False),
    # test #54: drawn after test #53 was scored, to score the rules after its fixes once; a
    # forty-third collection (four collectors, three by region and one for Europe and for
    # international bodies' texts on any State, 381 queries, 161 new pages of 77 States,
    # same brief); every page drawn
    "multi46": Draw("uj", "qj", {"qj": 999}, 20270116, with_gd=False),
    # test #55: drawn after test #54 was scored, to score the rules after its fixes once; a
    # forty-fourth collection (four collectors, same regions and brief, 237 queries until the
    # search budget ran out, 82 new pages of 42 States); every page drawn
    "multi47": Draw("uk", "qk", {"qk": 999}, 20270117, with_gd=False),
    # tests #56 and #57: drawn together after test #55 was scored; a forty-fifth collection
    # (eight collectors, each region halved; 637 queries, 282 new pages): collectors 1-4 (West
    # and Central Africa, South and Central Asia, the EU, North and Central America; 314
    # queries, 143 pages of 65 States) feed #56, scored on the rules after test #55's fixes;
    # 5-8 (East, Southern and North Africa, East Asia and Oceania, Europe outside the EU and
    # international bodies, South America and the Middle East; 323 queries, 139 pages of 60
    # States) feed #57, scored after #56's fixes; every page drawn
    "multi48": Draw("ul", "ql", {"ql": 999}, 20270118, with_gd=False),
    "multi49": Draw("um", "qm", {"qm": 999}, 20270119, with_gd=False),
    # tests #58 and #59: drawn together after test #57 was scored; a forty-sixth collection
    # (eight collectors, the same regions and brief; 638 queries, 763 new pages): collectors
    # 1-4 (413 pages of 83 States) feed #58, scored on the rules after test #57's fixes; 5-8
    # (350 pages of 89 States) feed #59, scored after #58's fixes; 200 pages drawn from each
    # (more than two annotators can read in one sitting; the rest stay unread for a later draw)
    "multi50": Draw("un", "qn", {"qn": 200}, 20270120, with_gd=False),
    "multi51": Draw("uo", "qo", {"qo": 200}, 20270121, with_gd=False),
    # tests #60 and #61: drawn together after test #59 was scored, before its errors were
    # read: every page of the forty-sixth collection tests #58 and #59 did not draw (#60 the
    # rest of collectors 1-4, scored on the rules after #59's fixes; #61 the rest of 5-8,
    # after #60's)
    "multi52": Draw("uq", "qq", {"qq": 999}, 20270122, with_gd=False, report_collection="multi50"),
    "multi53": Draw("ur", "qr", {"qr": 999}, 20270123, with_gd=False, report_collection="multi51"),
    # tests #62 and #63: drawn together after test #61 was scored and its errors read; a
    # forty-seventh collection (eight collectors, the same regions and brief; 640 queries,
    # 624 new pages): collectors 1-4 (321 pages of 71 States) feed #62, scored on the rules
    # after test #61's fixes; 5-8 (303 pages of 84 States) feed #63, scored after #62's; 200
    # pages drawn from each (the rest stay unread for a later draw)
    "multi54": Draw("us", "qs", {"qs": 200}, 20270124, with_gd=False),
    "multi55": Draw("ut", "qt", {"qt": 200}, 20270125, with_gd=False),
    # tests #64 and #65: drawn together after test #62 was scored, before its errors were
    # read: every page of the forty-seventh collection tests #62 and #63 did not draw (#64 the
    # rest of collectors 1-4, scored on the rules after #63's fixes; #65 the rest of 5-8,
    # after #64's)
    "multi56": Draw("uu", "qu", {"qu": 999}, 20270126, with_gd=False, report_collection="multi54"),
    "multi57": Draw("uv", "qv", {"qv": 999}, 20270127, with_gd=False, report_collection="multi55"),
    # tests #66 and #67: the forty-eighth collection (eight collectors, the same eight regions
    # and brief); collectors 1-4 feed #66, scored on the rules after test #65's fixes; 5-8
    # feed #67, scored after #66's; 200 pages drawn from each (the rest stay unread for a
    # later draw)
    "multi58": Draw("uw", "qw", {"qw": 200}, 20270128, with_gd=False),
    "multi59": Draw("ux", "qx", {"qx": 200}, 20270129, with_gd=False),
    # tests #68 and #69: drawn together while tests #66 and #67 were being labelled, before
    # either was scored: every page of the forty-eighth collection they did not draw (#68 the
    # rest of collectors 1-4, scored on the rules after #67's fixes; #69 the rest of 5-8,
    # after #68's)
    "multi60": Draw("uy", "qy", {"qy": 999}, 20270130, with_gd=False, report_collection="multi58"),
    "multi61": Draw("uz", "qz", {"qz": 999}, 20270131, with_gd=False, report_collection="multi59"),
    # tests #70 and #71: the forty-ninth collection (eight collectors, the same eight regions
    # and brief), registered before its pages exist; collectors 1-4 feed #70, scored on the
    # rules after test #69's fixes; 5-8 feed #71, scored after #70's; 200 pages drawn from
    # each
    "multi62": Draw("va", "pa", {"pa": 200}, 20270201, with_gd=False),
    "multi63": Draw("vb", "pb", {"pb": 200}, 20270202, with_gd=False),
    # tests #72 and #73, registered with them: every page of the forty-ninth collection #70
    # and #71 do not draw (#72 the rest of collectors 1-4, scored on the rules after #71's
    # fixes; #73 the rest of 5-8, after #72's)
    "multi64": Draw("vc", "pc", {"pc": 999}, 20270203, with_gd=False, report_collection="multi62"),
    "multi65": Draw("vd", "pd", {"pd": 999}, 20270204, with_gd=False, report_collection="multi63"),
    # tests #74 and #75: the fiftieth collection (eight collectors, the same eight regions
    # and brief), registered before its pages exist; every passage of collectors 1-4 feeds
    # #74, scored on the rules after test #72's fixes; every passage of 5-8 feeds #75,
    # scored after #74's
    "multi66": Draw("ve", "pe", {"pe": 999}, 20270205, with_gd=False),
    "multi67": Draw("vf", "pf", {"pf": 999}, 20270206, with_gd=False),
    # tests #76 and #77: the fifty-first collection (eight collectors, the same eight regions
    # and brief), registered before its pages exist; every passage of collectors 1-4 feeds
    # #76, scored on the rules after test #75's fixes; every passage of 5-8 feeds #77,
    # scored after #76's
    "multi68": Draw("vg", "pg", {"pg": 999}, 20270207, with_gd=False),
    "multi69": Draw("vh", "ph", {"ph": 999}, 20270208, with_gd=False),
    # test #78: the fifty-second collection (two collectors, the session's last search
    # budget: Africa; Asia and the Pacific), registered after test #77 was scored and before
    # its pages exist; every passage, scored on the rules after test #77's fixes
    "multi70": Draw("vi", "pi", {"pi": 999}, 20270209, with_gd=False),
    # tests #79 and #80: the fifty-third collection (eight collectors, the same eight regions
    # and brief), registered before its pages exist; every passage of collectors 1-4 feeds
    # #79, scored on the rules after test #78's fixes; every passage of 5-8 feeds #80,
    # scored after #79's
    "multi71": Draw("vj", "pj", {"pj": 999}, 20270210, with_gd=False),
    "multi72": Draw("vk", "pk", {"pk": 999}, 20270211, with_gd=False),
    # test #81: the fifty-fourth collection (two collectors, the session's last search
    # budget: Europe; the Americas and the Middle East), registered after test #80 was
    # scored and before its pages exist; every passage, scored on the rules after test
    # #80's fixes
    "multi73": Draw("vl", "pl", {"pl": 999}, 20270212, with_gd=False),
    # tests #82 and #83: the fifty-fifth collection (eight collectors, the same eight regions
    # and brief), registered before its pages exist; every passage of collectors 1-4 feeds
    # #82, scored on the rules after test #81's fixes; every passage of 5-8 feeds #83,
    # scored after #82's
    "multi74": Draw("vm", "pm", {"pm": 999}, 20270213, with_gd=False),
    "multi75": Draw("vn", "pn", {"pn": 999}, 20270214, with_gd=False),
    # test #84: the fifty-sixth collection (two collectors, the session's last search
    # budget: Africa; Asia and the Pacific), registered after test #83 was scored and before
    # its pages exist; every passage, scored on the rules after test #83's fixes
    "multi76": Draw("vo", "po", {"po": 999}, 20270215, with_gd=False),
    # tests #85 and #86: the fifty-seventh collection (eight collectors, the same eight
    # regions and brief), registered before its pages exist; every passage of collectors 1-4
    # feeds #85, scored on the rules after test #84's fixes; every passage of 5-8 feeds #86,
    # scored after #85's
    "multi77": Draw("vp", "pp", {"pp": 999}, 20270216, with_gd=False),
    "multi78": Draw("vq", "pq", {"pq": 999}, 20270217, with_gd=False),
    # tests #87 and #88: the fifty-eighth collection (eight collectors, the same eight
    # regions and brief), registered before its pages exist; every passage of collectors 1-4
    # feeds #87, scored on the rules after test #86's fixes; every passage of 5-8 feeds #88,
    # scored after #87's
    "multi79": Draw("vr", "pr", {"pr": 999}, 20270218, with_gd=False),
    "multi80": Draw("vs", "ps", {"ps": 999}, 20270219, with_gd=False),
    # tests #89 and #90: the fifty-ninth collection (eight collectors, the same eight regions
    # and brief), registered before its pages exist; every passage of collectors 1-4 feeds
    # #89, scored on the rules after test #88's fixes; every passage of 5-8 feeds #90,
    # scored after #89's
    "multi81": Draw("vt", "pt", {"pt": 999}, 20270220, with_gd=False),
    "multi82": Draw("vu", "pu", {"pu": 999}, 20270221, with_gd=False),
    # tests #91 and #92: the sixtieth collection (eight collectors, the same eight regions
    # and brief), registered before its pages exist; every passage of collectors 1-4 feeds
    # #91, scored on the rules after test #90's fixes; every passage of 5-8 feeds #92,
    # scored after #91's
    "multi83": Draw("vv", "pv", {"pv": 999}, 20270222, with_gd=False),
    "multi84": Draw("vw", "pw", {"pw": 999}, 20270223, with_gd=False),
    # tests #93 and #94: the sixty-first collection (eight collectors, the same eight regions
    # and brief), registered before its pages exist; every passage of collectors 1-4 feeds
    # #93, scored on the rules after test #92's fixes; every passage of 5-8 feeds #94,
    # scored after #93's
    "multi85": Draw("vx", "px", {"px": 999}, 20270224, with_gd=False),
    "multi86": Draw("vy", "py", {"py": 999}, 20270225, with_gd=False),
    # test #95: the sixty-second collection (eight collectors, the same eight regions and
    # brief), registered before its pages exist; every passage of all eight collectors feeds
    # one split, scored once on the rules after test #94's fixes
    "multi87": Draw("vz", "pz", {"pz": 999}, 20270226, with_gd=False),
    # test #96: a sixty-third collection (four collectors, the search budget left this stop),
    # registered before its pages exist; every passage, scored once on the rules after test
    # #95's fixes
    "multi88": Draw("wa", "oa", {"oa": 999}, 20270227, with_gd=False),
    # test #97: the sixty-fourth collection (eight collectors, the same eight regions and
    # brief), registered before its pages exist; every passage of all eight collectors feeds
    # one split, scored once on the rules after test #96's fixes
    "multi89": Draw("wb", "ob", {"ob": 999}, 20270228, with_gd=False),
    # test #98: a sixty-fifth collection (four collectors, the search budget left this stop),
    # registered before its pages exist; every passage, scored once on the rules after test
    # #97's fixes
    "multi90": Draw("wc", "oc", {"oc": 999}, 20270229, with_gd=False),
    # test #99: the sixty-sixth collection (eight collectors, the same eight regions; the
    # brief now gives a statement at another State's review to the State that speaks),
    # registered before its pages exist; every passage of all eight collectors feeds one
    # split, scored once on the rules after test #98's fixes
    "multi91": Draw("wd", "od", {"od": 999}, 20270230, with_gd=False),
    # test #100: a sixty-seventh collection (four collectors, the search budget left this
    # stop), registered before its pages exist; every passage, scored once on the rules
    # after test #99's fixes
    "multi92": Draw("we", "oe", {"oe": 999}, 20270231, with_gd=False),
    # test #101: the sixty-eighth collection (eight collectors, the same eight regions and
    # brief), registered before its pages exist; every passage of all eight collectors feeds
    # one split, scored once on the rules after tests #99 and #100's fixes
    "multi93": Draw("wf", "of", {"of": 999}, 20270232, with_gd=False),
    # test #102: a sixty-ninth collection (four collectors, the search budget left this
    # stop), registered before its pages exist; every passage, scored once on the rules
    # after test #101's fixes
    "multi94": Draw("wg", "og", {"og": 999}, 20270233, with_gd=False),
    # test #103: the seventieth collection (eight collectors, the same eight regions and
    # brief, with the four rules from test #101's adjudication), registered before its
    # pages exist; every passage feeds one split, scored once on the rules after test
    # #102's errors are read
    "multi95": Draw("wh", "oh", {"oh": 999}, 20270234, with_gd=False),
    # test #104: a seventy-first collection (four collectors, the search budget left this
    # stop), registered before its pages exist; every passage, scored once on the rules
    # after test #102's errors are read
    "multi96": Draw("wi", "oi", {"oi": 999}, 20270235, with_gd=False),
    # test #105: the seventy-second collection (eight collectors, the same eight regions,
    # with the brief's three rules from test #103's adjudication), registered before its
    # pages exist; every passage feeds one split, scored once on the rules after tests
    # #103 and #104's errors are read (b0ca971, as shipped at stop 46)
    "multi97": Draw("wj", "oj", {"oj": 999}, 20270236, with_gd=False),
    # test #106: a seventy-third collection (four collectors, the search budget left this
    # stop), registered before its pages exist and before test #105 is scored; every
    # passage, scored once on the rules after test #105's errors are read
    "multi98": Draw("wk", "ok", {"ok": 999}, 20270237, with_gd=False),
    # test #107: the seventy-fourth collection (eight collectors, the same eight regions,
    # with the brief's two rules from test #105's adjudication), registered before its
    # pages exist; every passage feeds one split, scored once on the rules as shipped at
    # stop 47 (tests #105 and #106's fixes; #106's unscored until now)
    "multi99": Draw("wl", "ol", {"ol": 999}, 20270238, with_gd=False),
    # test #108: a seventy-fifth collection (four collectors, the search budget left this
    # stop), registered before its pages exist and before test #107 is scored; every
    # passage, scored once on the rules after test #107's errors are read
    "multi100": Draw("wm", "om", {"om": 999}, 20270239, with_gd=False),
    # test #109: the seventy-sixth collection (eight collectors, the same eight regions; the
    # brief now also leaves out pages one government wrote about another State), registered
    # before its pages exist; every passage feeds one split, scored once on the rules as
    # shipped at stop 48 (tests #107 and #108's fixes; #108's unscored until now)
    "multi101": Draw("wn", "on", {"on": 999}, 20270240, with_gd=False),
    # test #110: a seventy-seventh collection (four collectors, the search budget left this
    # stop), registered before its pages exist and before test #109 is scored; every
    # passage, scored once on the rules after test #109's errors are read
    "multi102": Draw("wo", "oo", {"oo": 999}, 20270241, with_gd=False),
    # test #111: the seventy-eighth collection (eight collectors, the same eight regions),
    # registered before its pages exist; every passage feeds one split, scored once on the
    # rules as shipped at stop 49 (test #110's errors read, no fix kept from them)
    "multi103": Draw("wp", "op", {"op": 999}, 20270242, with_gd=False),
    # test #112: a seventy-ninth collection (the search budget left this stop), registered
    # before its pages exist and before test #111 is scored; every passage, scored once on
    # the rules after test #111's errors are read
    "multi104": Draw("wq", "oq", {"oq": 999}, 20270243, with_gd=False),
    # test #113: the eightieth collection (eight collectors, the same eight regions),
    # registered before its pages exist; every passage feeds one split, scored once on the
    # rules as shipped at stop 50 (test #112's errors read and fixed)
    "multi105": Draw("wr", "or", {"or": 999}, 20270244, with_gd=False),
    # test #114: an eighty-first collection (the search budget left this stop), registered
    # before its pages exist and before test #113 is scored; every passage, scored once on
    # the rules after test #113's errors are read
    "multi106": Draw("ws", "os", {"os": 999}, 20270245, with_gd=False),
    # test #115: the eighty-second collection (eight collectors, the same eight regions),
    # registered before its pages exist; every passage feeds one split, scored once on the
    # rules as shipped at stop 51 (test #114's errors read and fixed)
    "multi107": Draw("wt", "ot", {"ot": 999}, 20270246, with_gd=False),
    # test #116: an eighty-third collection (the search budget left this stop), registered
    # before its pages exist and before test #115 is scored; every passage, scored once on
    # the rules after test #115's errors are read
    "multi108": Draw("wu", "ou", {"ou": 999}, 20270247, with_gd=False),
    # test #117: the eighty-fourth collection (eight collectors, the same eight regions),
    # registered before its pages exist; every passage feeds one split, scored once on the
    # rules as shipped at stop 52 (test #116's errors read and fixed)
    "multi109": Draw("wv", "ov", {"ov": 999}, 20270248, with_gd=False),
    # test #118: an eighty-fifth collection (the search budget left this stop), registered
    # before its pages exist and before test #117 is scored; every passage, scored once on
    # the rules after test #117's errors are read
    "multi110": Draw("ww", "ow", {"ow": 999}, 20270249, with_gd=False),
}
GD_SEED = DRAWS["multi"].seed  # test #9's General Debate sample


def earlier_draws(name: str) -> list[str]:
    """The draws registered before this one, whose passages it must not repeat."""
    names = list(DRAWS)
    return names[: names.index(name)]


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def committed_tip_raw(name: str) -> list[Path]:
    """The TIP collection snapshots a registered draw reads: those it names, else its own
    folder's; a draw of governments' pages only has none."""
    folders = DRAWS[name].tip_collections or (name,)
    return [path for f in folders if (path := REAL / f / "raw_tip.jsonl").exists()]


def merged_tip_raw(paths: list[Path]) -> list[dict[str, object]]:
    """Several collections as one, a page collected twice kept once, in address order (the
    order the draw's ids and sample depend on)."""
    pages = {str(r["url"]): r for path in paths for r in read_jsonl(path)}
    return sorted(pages.values(), key=lambda r: str(r["url"]))


def committed_report_raw(name: str, rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """A collection of governments' pages as the draw read it: in address order, without the
    pages it left out when it was made."""
    left_out = set(DRAWS[name].left_out)
    return sorted((r for r in rows if str(r["url"]) not in left_out), key=lambda r: str(r["url"]))


def gd_passages(git_dir: Path) -> list[dict[str, object]]:
    seen = {str(p["text"]) for p in read_jsonl(REAL / "passages.jsonl")}
    candidates = [
        r
        for r in real_passages.gd_candidates(
            git_dir, real_passages.head(git_dir), GD_SESSIONS, cut_long=True
        )
        if str(r["text"]) not in seen and r["stratum"] in ("tie+measure", "tech", "long")
    ]
    human = [r for r in candidates if real_passages.HUMAN_TIE.search(str(r["text"]))]
    picked = {(r["file"], r["start"]) for r in human}
    others = [r for r in candidates if (r["file"], r["start"]) not in picked]
    chosen = human + real_passages.sample(others, GD_OTHER_SAMPLE, random.Random(GD_SEED))
    chosen.sort(key=lambda r: hashlib.sha256(f"{r['file']}:{r['start']}".encode()).hexdigest())
    return [{"id": f"g{i:03d}", "split": "test", **r} for i, r in enumerate(chosen, 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--draw", choices=sorted(DRAWS), default="multi")
    parser.add_argument(
        "--tip-raw", type=Path, nargs="*", help="TIP collections (default: the draw's snapshots)"
    )
    parser.add_argument("--report-raw", type=Path, required=True)
    parser.add_argument("--gd", type=Path, help="the General Debate corpus (draws with GD)")
    parser.add_argument("--drop", type=Path, help="ids to leave out, one per line")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args(argv)
    draw = DRAWS[args.draw]
    if draw.with_gd and args.gd is None:
        parser.error(f"draw {args.draw} needs --gd")
    previous = [
        p for name in earlier_draws(args.draw) for p in read_jsonl(REAL / name / "passages.jsonl")
    ]
    earlier = [p for name in EARLIER_TIP for p in read_jsonl(REAL / name / "passages.jsonl")]
    earlier += [p for p in previous if p.get("on_trafficking") is True]  # the TIP narratives
    tip_paths = committed_tip_raw(args.draw) if args.tip_raw is None else args.tip_raw
    tip, tip_dropped = tip_passages.build(
        merged_tip_raw(tip_paths), prefix=draw.tip_prefix, earlier=earlier
    )
    report_raw = committed_report_raw(args.draw, read_jsonl(args.report_raw))
    reports, report_dropped = report_passages.build(
        report_raw,
        prefix=draw.report_prefix,
        earlier=[p for p in previous if p.get("on_trafficking") is False],
    )
    gd = gd_passages(args.gd) if draw.with_gd else []
    # a TIP narrative is about trafficking as a whole; a government's page or report and a
    # General Debate paragraph are tied sentence by sentence (codebook §5)
    passages = [{**p, "on_trafficking": True} for p in tip]
    passages += [{**p, "on_trafficking": False} for p in reports + gd]
    drop = set(args.drop.read_text(encoding="utf-8").split()) if args.drop else set()
    kept = [p for p in passages if p["id"] not in drop]
    rng = random.Random(draw.seed)
    for prefix, quota in draw.quota.items():
        mine = [p for p in kept if str(p["id"]).startswith(prefix)]
        if len(mine) > quota:
            chosen = {str(p["id"]) for p in rng.sample(mine, quota)}
            kept = [p for p in kept if not str(p["id"]).startswith(prefix) or p["id"] in chosen]
    output = args.output or REAL / args.draw
    output.mkdir(parents=True, exist_ok=True)
    with (output / "passages.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for passage in kept:
            out.write(json.dumps(passage, ensure_ascii=False, sort_keys=True) + "\n")
    for line in tip_dropped + report_dropped:
        print(f"dropped: {line}", file=sys.stderr)
    prefixes = (draw.tip_prefix, draw.report_prefix, "g")
    counts = {k: sum(str(p["id"]).startswith(k) for p in kept) for k in prefixes}
    print(
        f"{len(kept)} passages {counts}; {len(drop & {str(p['id']) for p in passages})} "
        f"dropped as near reserved text"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
