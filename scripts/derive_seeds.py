"""Copy the five seed reports into tests/narrative_corpus/seeds/, normalised to Unicode NFC.

Usage: python scripts/derive_seeds.py [SOURCE] [--out tests/narrative_corpus/seeds] [--check]

SOURCE defaults to ../shared/seeds (relative to the repository root). Every *.txt file of SOURCE is copied
under the same name; the text is decoded as UTF-8, normalised to NFC and written back as UTF-8, with line
endings and every other character unchanged. The tests read only the copies, never ../shared.
With --check nothing is written: the exit status is 1 if a copy is missing, stale or extra.
Stdlib only.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "seeds"
DEFAULT_OUT = REPO / "tests" / "narrative_corpus" / "seeds"


def normalised(path: Path) -> bytes:
    text = path.read_bytes().decode("utf-8")
    return unicodedata.normalize("NFC", text).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE, help="folder of the seed texts")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the copies go")
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)

    sources = sorted(p for p in args.source.glob("*.txt") if p.is_file())
    if not sources:
        print(f"no *.txt in {args.source}", file=sys.stderr)
        return 2
    problems = []
    if not args.check:
        args.out.mkdir(parents=True, exist_ok=True)
    for src in sources:
        want = normalised(src)
        dst = args.out / src.name
        if args.check:
            if not dst.exists() or dst.read_bytes() != want:
                problems.append(f"stale or missing: {dst}")
        else:
            dst.write_bytes(want)
            changed = "" if want == src.read_bytes() else " (normalised to NFC)"
            print(f"{src.name}: {len(want)} bytes{changed}")
    extra = {p.name for p in args.out.glob("*.txt")} - {p.name for p in sources} if args.out.exists() else set()
    problems += [f"not in the source: {args.out / name}" for name in sorted(extra)]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
