"""Set up and gather back the human steps of a registered real test split: collecting pages,
labelling them twice independently, and adjudicating the disagreements.

Why this exists: every registered split since test #9 went through the same steps, but the
scripts that built the collectors', annotators' and adjudicator's folders lived in scratch
space and were lost with it more than once (stops 39 and 42), so each time they were written
again from the documents. What those people read is part of the method, so the texts are kept
in ``docs/labelling/`` and the folders are built from them here, the same way every time.

Steps for one split (``DRAW`` is its folder under ``tests/gold/real/``, registered in
``tools/multi_passages.py`` before the collection exists)::

    python tools/labelling_kit.py collect KIT --number 63 --queries 45 --region "Africa" ...
    #   [--beside OTHER_KIT]: a kit whose collectors are still at work, so that the two
    #   collections share no address
    #   each collector reads KIT/brief.md and runs, from the repository's folder:
    #   python tools/labelling_kit.py check KIT URL ...   and   ... add KIT/gK < record
    python tools/labelling_kit.py snapshot KIT DRAW          # -> DRAW/raw_reports.jsonl
    python tools/multi_passages.py --draw DRAW ...           # the draw (near_reserved.txt)
    python tools/labelling_kit.py annotate DRAW OUT --pairs 4
    python tools/labelling_kit.py assemble DRAW OUT --pairs 4  # -> annotator_a/b.jsonl
    python tools/real_gold.py agreement --folder DRAW
    python tools/real_gold.py disagreements --folder DRAW
    python tools/labelling_kit.py adjudicate DRAW OUT        # -> OUT/adjudication/
    cp OUT/adjudication/adjudicated.jsonl tests/gold/real/DRAW/
    python tools/real_gold.py merge --folder DRAW            # only once the rules are frozen

Each helper (collector, annotator, adjudicator) gets only its folder and the one line "Read
FOLDER/brief.md (or task.md) and carry it out exactly".
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "tools"))

from real_gold import CATEGORIES, RANK  # noqa: E402

from pipeline.resolve import resolve_state  # noqa: E402

REAL = ROOT / "tests" / "gold" / "real"
TEMPLATES = ROOT / "docs" / "labelling"
STATUSES = tuple(sorted(RANK, key=RANK.__getitem__, reverse=True))
# the collection brief's floor for a page's text: shorter openings are mostly menus, and
# tools/report_passages.py drops pages whose body is shorter still (MIN_WORDS)
MIN_EXCERPT_WORDS = 50
RECORD_FIELDS = ("url", "state", "year", "doc", "query")


class KitError(Exception):
    """A one-line reason, printed without a traceback."""


def normalise_url(url: str) -> str:
    """The form two addresses of one page share: host without "www.", path without its
    trailing slash, query kept, lower case ("https://www.x.org/a/" and "http://x.org/a")."""
    text = url.strip()
    parts = urlsplit(text if "://" in text else "http://" + text)
    host = parts.netloc.lower().removeprefix("www.")
    out = host + parts.path.rstrip("/") + (f"?{parts.query}" if parts.query else "")
    return out.lower()


def _urls_in(value: object) -> Iterable[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "url" and isinstance(item, str) and item:
                yield item
            else:
                yield from _urls_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _urls_in(item)


def known_urls(real: Path = REAL) -> set[str]:
    """Every address any committed collection or gold file names, normalised."""
    found: set[str] = set()
    for path in sorted(real.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.update(normalise_url(u) for u in _urls_in(json.loads(line)))
    return found


def _kit_urls(kit: Path) -> set[str]:
    """The addresses a collector may not add: every committed collection's (as the kit was
    made), every collector's of this kit so far, and every collector's so far of the kits
    gathered at the same time (``beside.txt``): two collections run side by side once shared
    two pages because each check saw only its own kit (collections 68 and 69)."""
    urls = set((kit / "known_urls.txt").read_text(encoding="utf-8").split())
    beside = kit / "beside.txt"
    kits = [kit]
    if beside.exists():
        kits += [Path(line) for line in beside.read_text(encoding="utf-8").split()]
    for one in kits:
        for raw in sorted(one.glob("g*/raw.jsonl")):
            for line in raw.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    urls.add(normalise_url(json.loads(line)["url"]))
    return urls


def fill(template: str, values: dict[str, str]) -> str:
    """Replace ``{name}`` placeholders only (the texts hold JSON examples with braces)."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def cmd_collect(args: argparse.Namespace) -> None:
    kit: Path = args.kit
    kit.mkdir(parents=True, exist_ok=True)
    (kit / "known_urls.txt").write_text("\n".join(sorted(known_urls())) + "\n", encoding="utf-8")
    for other in args.beside:
        if not (other / "known_urls.txt").exists():
            raise KitError(f"{other}: not a collection kit (no known_urls.txt)")
    if args.beside:
        (kit / "beside.txt").write_text(
            "".join(f"{other.resolve()}\n" for other in args.beside), encoding="utf-8"
        )
    brief = fill(
        (TEMPLATES / "collection-brief.md").read_text(encoding="utf-8"),
        {
            "number": str(args.number),
            "collectors": str(len(args.region)),
            "queries": str(args.queries),
            "patience": str(args.patience),
            "kit": str(kit.resolve()),
            "root": str(ROOT),
            "python": sys.executable,
        },
    )
    (kit / "brief.md").write_text(brief, encoding="utf-8")
    for k, region in enumerate(args.region, start=1):
        (kit / f"g{k}").mkdir(exist_ok=True)
        (kit / f"g{k}" / "region.txt").write_text(region + "\n", encoding="utf-8")
    print(f"{kit}: brief.md and {len(args.region)} collector folders")


def parse_record(text: str) -> dict[str, object]:
    """A collector's record: ``key: value`` lines, then ``excerpt:`` and the text."""
    head, found, excerpt = text.partition("\nexcerpt:")
    if not found:
        raise KitError("no 'excerpt:' line")
    fields: dict[str, str] = {}
    for line in head.strip().splitlines():
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = value.strip()
    for key in RECORD_FIELDS:
        if not fields.get(key):
            raise KitError(f"missing '{key}:'")
    year_text = fields["year"].lower()
    year: int | None = None
    if year_text not in ("none", "null", "unknown", "-"):
        if not re.fullmatch(r"(19|20)\d\d", year_text):
            raise KitError(f"year {fields['year']!r} is not a four-digit year or 'none'")
        year = int(year_text)
    body = excerpt.strip("\n").rstrip().lstrip(" ")
    words = len(body.split())
    if words < MIN_EXCERPT_WORDS:
        raise KitError(f"the excerpt has {words} words; a page needs {MIN_EXCERPT_WORDS}")
    if resolve_state(fields["state"]) is None:
        raise KitError(f"the State {fields['state']!r} does not resolve; write its English name")
    return {
        "doc": fields["doc"],
        "excerpt": body,
        "query": fields["query"],
        "state": fields["state"],
        "url": fields["url"],
        "year": year,
    }


def cmd_add(args: argparse.Namespace) -> None:
    folder: Path = args.folder
    if not (folder / "region.txt").exists():
        raise KitError(f"{folder}: not a collector's folder (no region.txt)")
    record = parse_record(sys.stdin.read())
    if normalise_url(str(record["url"])) in _kit_urls(folder.parent):
        raise KitError("this address is already known (an earlier collection or a collector)")
    with (folder / "raw.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    count = len((folder / "raw.jsonl").read_text(encoding="utf-8").splitlines())
    print(f"ADDED; your collection now has {count} pages")


def cmd_check(args: argparse.Namespace) -> None:
    urls = _kit_urls(args.kit)
    for url in args.url:
        print(("KNOWN " if normalise_url(url) in urls else "NEW   ") + url)


def cmd_snapshot(args: argparse.Namespace) -> None:
    """The collectors' pages in collector order, one address once, as the draw reads them."""
    seen: set[str] = set()
    rows = []
    for raw in sorted(args.kit.glob("g*/raw.jsonl"), key=lambda p: int(p.parent.name[1:])):
        for line in raw.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            key = normalise_url(record["url"])
            if key in seen:
                print(f"{raw}: {record['url']}: an address already taken, skipped")
                continue
            seen.add(key)
            rows.append(
                {
                    field: record[field]
                    for field in ("doc", "excerpt", "query", "state", "url", "year")
                }
            )
    folder = REAL / args.draw
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "raw_reports.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(rows)} pages -> {folder / 'raw_reports.jsonl'}")


def _passages(draw: str) -> list[dict[str, object]]:
    path = REAL / draw / "passages.jsonl"
    if not path.exists():
        raise KitError(f"{path}: no passages (draw the split first)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


CHECK_SCRIPT = """import json
P = [json.loads(l) for l in open("passages.jsonl", encoding="utf-8") if l.strip()]
L = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8") if l.strip()]
text = {p["id"]: p["text"] for p in P}
got = [l["id"] for l in L]
bad = 0
for i in text:
    if got.count(i) != 1:
        print("id", i, "appears", got.count(i), "times"); bad += 1
for l in L:
    if l["id"] not in text:
        print("unknown id", l["id"]); bad += 1; continue
    cats = [m["category"] for m in l["measures"]]
    if len(cats) != len(set(cats)):
        print(l["id"], "has a category twice"); bad += 1
    for m in l["measures"]:
        if m["category"] not in CATEGORIES:
            print(l["id"], "bad category", m["category"]); bad += 1
        if m["status"] not in STATUSES:
            print(l["id"], "bad status", m["status"]); bad += 1
        if m.get("evidence", "") not in text[l["id"]]:
            print(l["id"], m["category"], "evidence not in the text"); bad += 1
print("OK" if not bad else f"{bad} problems", f"({len(L)} lines for {len(text)} passages)")
"""


def cmd_annotate(args: argparse.Namespace) -> None:
    """Pair k labels every k-th passage (interleaved, so each pair sees every kind of page);
    annotators a and b of a pair get the same passages and nothing of each other's."""
    passages = _passages(args.draw)
    task = (TEMPLATES / "annotation-task.md").read_text(encoding="utf-8")
    check = f"CATEGORIES = {CATEGORIES!r}\nSTATUSES = {STATUSES!r}\n" + CHECK_SCRIPT
    for k in range(1, args.pairs + 1):
        chunk = passages[k - 1 :: args.pairs]
        for side in "ab":
            folder = args.out / f"pair{k}{side}"
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            shutil.copy(ROOT / "docs" / "codebook.md", folder / "codebook.md")
            shutil.copy(ROOT / "docs" / "annotation-brief.md", folder / "annotation-brief.md")
            with (folder / "passages.jsonl").open("w", encoding="utf-8") as out:
                for p in chunk:
                    shown = {key: p[key] for key in ("id", "speaker", "context", "text")}
                    out.write(json.dumps(shown, ensure_ascii=False) + "\n")
            (folder / "task.md").write_text(fill(task, {"count": str(len(chunk))}), "utf-8")
            (folder / "check.py").write_text(check, encoding="utf-8")
        print(f"pair {k}: {len(chunk)} passages -> {args.out}/pair{k}a, pair{k}b")


def cmd_assemble(args: argparse.Namespace) -> None:
    passages = _passages(args.draw)
    text = {str(p["id"]): str(p["text"]) for p in passages}
    for side in "ab":
        got: dict[str, dict[str, object]] = {}
        for k in range(1, args.pairs + 1):
            path = args.out / f"pair{k}{side}" / "labels.jsonl"
            if not path.exists():
                raise KitError(f"{path}: missing (annotator {k}{side} has not finished)")
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    got[str(record["id"])] = record
        missing = [i for i in text if i not in got]
        if missing:
            raise KitError(
                f"annotators {side}: {len(missing)} passages unlabelled ({missing[0]} …)"
            )
        with (REAL / args.draw / f"annotator_{side}.jsonl").open(
            "w", encoding="utf-8", newline="\n"
        ) as out:
            measures = 0
            for pid in text:
                record = got[pid]
                kept = [
                    {
                        "category": m["category"],
                        "status": m["status"],
                        "evidence": m.get("evidence", ""),
                    }
                    for m in record["measures"]  # type: ignore[attr-defined]
                    if m["category"] in CATEGORIES and m["status"] in STATUSES
                ]
                measures += len(kept)
                out.write(
                    json.dumps(
                        {
                            "id": pid,
                            "speaker": record.get("speaker", ""),
                            "speaker_iso3": record.get("speaker_iso3", ""),
                            "measures": kept,
                            "note": record.get("note", ""),
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
        print(f"annotator {side}: {len(text)} passages, {measures} measures")


def cmd_adjudicate(args: argparse.Namespace) -> None:
    source = REAL / args.draw / "disagreements.jsonl"
    if not source.exists():
        raise KitError(f"{source}: missing (run tools/real_gold.py disagreements first)")
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line]
    items = sum(len(r["items"]) for r in records)
    folder = args.out / "adjudication"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "codebook.md", folder / "codebook.md")
    shutil.copy(ROOT / "docs" / "annotation-brief.md", folder / "annotation-brief.md")
    shutil.copy(source, folder / "disagreements.jsonl")
    task = (TEMPLATES / "adjudication-task.md").read_text(encoding="utf-8")
    (folder / "task.md").write_text(fill(task, {"count": str(items)}), encoding="utf-8")
    print(f"{items} items in {len(records)} passages -> {folder}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True)
    collect = steps.add_parser("collect", help="a collection kit: brief, known addresses, folders")
    collect.add_argument("kit", type=Path)
    collect.add_argument("--number", type=int, required=True, help="the collection's number")
    collect.add_argument("--queries", type=int, default=105)
    collect.add_argument("--patience", type=int, default=20, help="stop after this many empty")
    collect.add_argument("--region", action="append", required=True, help="one per collector")
    collect.add_argument(
        "--beside",
        type=Path,
        action="append",
        default=[],
        help="a kit still being collected: its collectors' addresses count as known too",
    )
    collect.set_defaults(run=cmd_collect)
    add = steps.add_parser("add", help="add one page (record on standard input)")
    add.add_argument("folder", type=Path)
    add.set_defaults(run=cmd_add)
    check = steps.add_parser("check", help="whether addresses are new")
    check.add_argument("kit", type=Path)
    check.add_argument("url", nargs="+")
    check.set_defaults(run=cmd_check)
    snapshot = steps.add_parser("snapshot", help="the collectors' pages -> DRAW/raw_reports.jsonl")
    snapshot.add_argument("kit", type=Path)
    snapshot.add_argument("draw")
    snapshot.set_defaults(run=cmd_snapshot)
    for name, run, helptext in (
        ("annotate", cmd_annotate, "annotators' folders, a and b per pair"),
        ("assemble", cmd_assemble, "annotators' labels -> DRAW/annotator_a/b.jsonl"),
    ):
        step = steps.add_parser(name, help=helptext)
        step.add_argument("draw")
        step.add_argument("out", type=Path)
        step.add_argument("--pairs", type=int, default=4)
        step.set_defaults(run=run)
    adjudicate = steps.add_parser("adjudicate", help="the adjudicator's folder")
    adjudicate.add_argument("draw")
    adjudicate.add_argument("out", type=Path)
    adjudicate.set_defaults(run=cmd_adjudicate)
    args = parser.parse_args(argv)
    try:
        args.run(args)
    except KitError as exc:
        print(f"REJECTED: {exc}" if args.step == "add" else f"error: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
