"""Write the shipped General Debate extract from a checkout of the corpus, byte for byte.

Why: the full UN General Debate Corpus is ~100 MB of speeches; the dashboard needs only the
parts of each speech that can hold a measure (codebook §5; the deliberately generous filter
is ``pipeline.general_debate.excerpts``), plus the list of every State and year that spoke,
so that a State whose speech named no measure shows as "spoke, no measure", never as absent.

    python tools/gd_extract.py --corpus GD_GIT_DIR_OR_FOLDER [--output seeds/general-debate]

``--corpus`` is either a git directory as ``fetch`` leaves it (read at its HEAD commit) or
a working folder that holds ``data/data_original/TXT``. Writes, into ``--output``:

- ``Session NN - YYYY/CODE_NN_YYYY.txt``: the excerpts of each speech that has any, each
  followed by an ``EXCERPT_SEPARATOR`` line, each excerpt an exact slice of the corpus file;
- ``speeches.csv``: every speech of sessions 55-79 (2000-2024), with its corpus file, size,
  SHA-256, and the corpus character offsets of each excerpt (provenance per item);
- ``SOURCE.md``: the corpus, its commit, licence and citation.

The output folder is replaced as a whole, so a rerun never leaves a file of an older run.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline import general_debate as gd

SESSIONS = range(55, 80)  # 2000-2024
TXT = "data/data_original/TXT"
REPOSITORY = "github:SarahFranzen/Emotions_in_the_United_Nations_General_Debates"


class Corpus:
    """Read files from a git directory at one commit, or from a working folder."""

    def __init__(self, path: Path) -> None:
        self.folder = path if (path / TXT).is_dir() else None
        self.git_dir = None if self.folder else path
        self.commit = "" if self.folder else self._git("rev-parse", "HEAD").strip()

    def _git(self, *args: str) -> str:
        return subprocess.run(
            ["git", "--git-dir", str(self.git_dir), *args],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def files(self, session: int) -> list[str]:
        folder = f"{TXT}/Session {session} - {gd.FIRST_SESSION_YEAR + session}"
        if self.folder is not None:
            base = self.folder / folder
            names = sorted(p.name for p in base.glob("*.txt")) if base.is_dir() else []
            return [f"{folder}/{n}" for n in names]
        out = self._git("ls-tree", "-r", "--name-only", self.commit, folder + "/")
        return sorted(p for p in out.splitlines() if p.endswith(".txt") and "/._" not in p)

    def read(self, path: str) -> bytes:
        if self.folder is not None:
            return (self.folder / path).read_bytes()
        return subprocess.run(
            ["git", "--git-dir", str(self.git_dir), "show", f"{self.commit}:{path}"],
            check=True,
            capture_output=True,
        ).stdout


def speeches(corpus: Corpus) -> Iterator[tuple[str, gd.Speech, bytes]]:
    for session in SESSIONS:
        for path in corpus.files(session):
            speech = gd.parse_name(Path(path).name)
            if speech is not None:
                yield path, speech, corpus.read(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--output", type=Path, default=Path("seeds/general-debate"))
    args = parser.parse_args(argv)
    corpus = Corpus(args.corpus)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".gd-extract-", dir=args.output.parent))
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)  # mkdtemp's 0700 would outlive the rename
    index = io.StringIO(newline="")
    writer = csv.writer(index, lineterminator="\n")
    writer.writerow(gd.INDEX_COLUMNS)
    kept_chars = total_chars = with_excerpts = count = 0
    for path, speech, raw in speeches(corpus):
        text = raw.decode("utf-8").removeprefix("\ufeff")
        spans = gd.excerpts(text)
        extract_name = ""
        if spans:
            relative = Path(path).relative_to(TXT)
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(gd.extract_text(text).encode("utf-8"))
            extract_name = relative.as_posix()
            with_excerpts += 1
        count += 1
        total_chars += len(text)
        kept_chars += sum(b - a for a, b in spans)
        writer.writerow(
            [
                speech.code,
                speech.session,
                speech.year,
                path,
                len(text),
                hashlib.sha256(raw).hexdigest(),
                extract_name,
                " ".join(f"{a}-{b}" for a, b in spans),
            ]
        )
    (staging / "speeches.csv").write_text(index.getvalue(), encoding="utf-8", newline="")
    (staging / "SOURCE.md").write_text(
        f"# {gd.CORPUS}: derived extract\n\n"
        f"Source: {REPOSITORY}, `{TXT}`, commit `{corpus.commit or 'working folder'}`.\n\n"
        f"Cite: {gd.CITATION}\n\n"
        "Written by `python tools/gd_extract.py --corpus CHECKOUT`, which regenerates this\n"
        "folder byte for byte. Each `.txt` file holds the excerpts of one speech that can\n"
        "hold a measure (paragraphs with a trafficking-related word and the paragraph after\n"
        "each; `pipeline/general_debate.py`), each followed by a line reading `[…]`.\n"
        "`speeches.csv` lists every speech of sessions 55-79 with the corpus character\n"
        "offsets of each excerpt (into the file decoded as UTF-8, without a byte-order mark).\n"
        "Cite a sentence by the corpus file and these offsets.\n",
        encoding="utf-8",
        newline="\n",
    )
    if args.output.exists():
        shutil.rmtree(args.output)
    staging.rename(args.output)
    print(
        f"{count} speeches, {with_excerpts} with excerpts; kept {kept_chars:,} of "
        f"{total_chars:,} characters -> {args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
