"""The documentation holds (issue #25): its commands run as written, its links lead somewhere, the README is short.

A fenced block whose info string is ``sh runnable`` (in README.md or docs/*.md) is run with bash, one command line
after another (a line ending in a backslash goes on to the next), and every line must exit 0: a command that is
meant to fail is written as one, e.g. ``python -m etl check bad.csv || echo "exit status $?"``. The block runs in a
temporary copy of the repository (its own working folder, so that nothing it does can reach this one), with the
venv's ``bin`` first on PATH (``python`` is the venv's), TMPDIR a fresh temporary folder (``mktemp -d`` lands
there) and no CAMPAIGN_* variable from the caller. It must not change any file of that copy: scratch files go to
``$(mktemp -d)`` or ``/tmp``.

A fenced block whose info string is ``text expected``, right after a runnable block (blank lines between are
allowed), says what the block prints: each of its non-blank lines must appear, trimmed, somewhere in the block's
standard output and error together.

Long-running commands (``make run``, servers, benchmarks) are shown in plain ``sh`` blocks, which are not run.
"""

from __future__ import annotations

import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
README_MAX_LINES = 250
RUNNABLE = "sh runnable"
EXPECTED = "text expected"
BLOCK_TIMEOUT = 120  # seconds; a runnable block is meant to take a few
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
# Files of a developer's data/ that are not the project's: real warehouses, their archives, accounts.
PRIVATE_DATA = re.compile(r"^(?!sample\.duckdb$).*\.duckdb.*$|.*\.lock$|.*-archive$|^users\.json$|^users\.signin\..*"
                          r"|^inbox$|^backups$")
SKIPPED_NAMES = {".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", "artifacts"}


def doc_files() -> list[Path]:
    return [README, *sorted((ROOT / "docs").glob("*.md"))]


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # of the opening fence, 1-based
    info: str
    text: str
    expected: str | None = None

    @property
    def name(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def fenced_blocks(path: Path) -> list[Block]:
    """Every fenced code block of a Markdown file, in order (fences may be indented, as in a list item)."""
    blocks: list[Block] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        indent, fence, info = len(opening["indent"]), opening["fence"], opening["info"].strip()
        body: list[str] = []
        j = i + 1
        while j < len(lines):
            closing = FENCE.match(lines[j])
            if closing and closing["fence"][0] == fence[0] and len(closing["fence"]) >= len(fence) \
                    and not closing["info"].strip():
                break
            body.append(lines[j][indent:] if lines[j][:indent].strip() == "" else lines[j].lstrip())
            j += 1
        else:
            raise AssertionError(f"{path.relative_to(ROOT)}:{i + 1}: a code block that is never closed")
        blocks.append(Block(path, i + 1, info, "\n".join(body)))
        i = j + 1
    return blocks


def runnable_blocks() -> list[Block]:
    """The runnable blocks of the docs, each with the expected output that follows it, if any."""
    found: list[Block] = []
    for path in doc_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        blocks = fenced_blocks(path)
        for k, block in enumerate(blocks):
            if block.info != RUNNABLE:
                continue
            expected = None
            if k + 1 < len(blocks) and blocks[k + 1].info == EXPECTED:
                end = block.line + len(block.text.splitlines()) + 1  # the closing fence's line, 1-based
                between = lines[end:blocks[k + 1].line - 1]
                if all(not line.strip() for line in between):
                    expected = blocks[k + 1].text
            found.append(Block(block.path, block.line, block.info, block.text, expected))
    return found


def command_lines(text: str) -> list[str]:
    """The block's commands: blank and comment lines dropped, a line ending in a backslash joined to the next."""
    commands: list[str] = []
    pending = ""
    for raw in text.splitlines():
        if raw.rstrip().endswith("\\"):
            pending += raw.rstrip()[:-1] + " "
            continue
        line = pending + raw
        pending = ""
        if line.strip() and not line.strip().startswith("#"):
            commands.append(line.strip())
    if pending.strip():
        commands.append(pending.strip())
    return commands


def script_of(block: Block) -> str:
    """A bash script running the block's lines one after another, stopping at the first that fails."""
    parts = ["set -o pipefail"]
    for line in command_lines(block.text):
        parts.append(line)  # its own line: a trailing comment cannot swallow the check below
        parts.append(f'__status=$?; if [ "$__status" -ne 0 ]; then printf "\\nDOCS: exit %s from: %s\\n" '
                     f'"$__status" {shlex.quote(line)} >&2; exit "$__status"; fi')
    return "\n".join(parts) + "\n"


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Size and modification time of every file under root (the venv link and byte-code aside)."""
    state: dict[str, tuple[int, int]] = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIPPED_NAMES]
        for name in files:
            path = Path(folder, name)
            info = path.lstat()
            state[str(path.relative_to(root))] = (info.st_size, info.st_mtime_ns)
    return state


def _ignore(folder: str, names: list[str]) -> set[str]:
    skipped = {n for n in names if n in SKIPPED_NAMES}
    if Path(folder).resolve() == (ROOT / "data").resolve():
        skipped |= {n for n in names if PRIVATE_DATA.match(n)}
    return skipped


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAMPAIGN_") and k != "PYTHONPATH"}
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env["TMPDIR"] = str(tmp)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("VIRTUAL_ENV", None)
    return env


@pytest.fixture(scope="module")
def repo_copy(tmp_path_factory: pytest.TempPathFactory):
    """A copy of the repository (the sample warehouse included, built there if this checkout has none), with a
    link to the venv; after the module, the real sample warehouse must be as it was."""
    sample = ROOT / "data" / "sample.duckdb"
    before = sha256(sample)
    copy = tmp_path_factory.mktemp("docs") / "repo"
    shutil.copytree(ROOT, copy, ignore=_ignore, symlinks=True)
    (copy / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    if not (copy / "data" / "sample.duckdb").exists():
        built = subprocess.run([sys.executable, "-m", "etl", "sample", "--db", "data/sample.duckdb"], cwd=copy,
                               env=clean_env(copy.parent), capture_output=True, text=True, timeout=600)
        assert built.returncode == 0, built.stdout + built.stderr
    yield copy
    assert sha256(sample) == before, "a documented command changed data/sample.duckdb"


BLOCKS = runnable_blocks()


def test_the_docs_have_runnable_blocks():
    assert BLOCKS, f"no ```{RUNNABLE} block in README.md or docs/*.md: nothing of the docs is checked"


@pytest.mark.parametrize("block", BLOCKS, ids=[b.name for b in BLOCKS])
def test_a_runnable_block_runs_as_written(block: Block, repo_copy: Path, tmp_path: Path):
    assert command_lines(block.text), f"{block.name}: a runnable block with no command"
    before = snapshot(repo_copy)
    try:
        done = subprocess.run(["bash", "--noprofile", "--norc", "-c", script_of(block)], cwd=repo_copy,
                              env=clean_env(tmp_path), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=BLOCK_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{block.name}: still running after {BLOCK_TIMEOUT} s; a runnable block must be quick "
                    "(show long commands in a plain ```sh block)")
    output = done.stdout
    assert done.returncode == 0, f"{block.name}: a command failed (exit {done.returncode}):\n{output[-4000:]}"
    for line in (block.expected or "").splitlines():
        assert line.strip() in output, f"{block.name}: expected “{line.strip()}” in the output:\n{output[-4000:]}"
    changed = sorted(k for k, v in snapshot(repo_copy).items() if before.get(k) != v)
    gone = sorted(set(before) - set(snapshot(repo_copy)))
    assert not changed and not gone, f"{block.name}: the commands changed the repository: {changed + gone}"


def test_every_expected_output_follows_a_runnable_block():
    for path in doc_files():
        blocks = fenced_blocks(path)
        for k, block in enumerate(blocks):
            if block.info == EXPECTED:
                owner = next((b for b in BLOCKS if b.path == path and b.expected == block.text), None)
                assert k > 0 and owner is not None, \
                    f"{path.relative_to(ROOT)}:{block.line}: a ```{EXPECTED} block not right after a ```{RUNNABLE} one"


def test_the_readme_is_short():
    lines = len(README.read_text(encoding="utf-8").splitlines())
    assert lines <= README_MAX_LINES, f"README.md has {lines} lines; at most {README_MAX_LINES} (the rest in docs/)"


LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$", re.M)
CODE_BLOCK = re.compile(r"^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1[ \t]*$", re.M | re.S)


def link_targets(path: Path) -> list[str]:
    """The link and image targets of a Markdown file that are not URLs (paths, anchors), outside code."""
    text = CODE_BLOCK.sub("", path.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)  # inline code
    targets = LINK.findall(text) + REFERENCE.findall(text)
    return [t for t in targets if not re.match(r"^[a-z][a-z0-9+.-]*:", t, re.I)]


def anchors(path: Path) -> set[str]:
    """The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces to hyphens,
    a repeated one numbered."""
    found: set[str] = set()
    for line in CODE_BLOCK.sub("", path.read_text(encoding="utf-8")).splitlines():
        heading = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if not heading:
            continue
        slug = re.sub(r"[^\w\- ]", "", heading[1].strip().lower()).replace(" ", "-")
        n, unique = 0, slug
        while unique in found:
            n += 1
            unique = f"{slug}-{n}"
        found.add(unique)
    return found


def broken_links(path: Path) -> list[str]:
    broken = []
    for target in link_targets(path):
        file_part, _, anchor = target.partition("#")
        linked = path if not file_part else path.parent / file_part
        if not linked.exists():
            broken.append(target)
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            broken.append(target)
    return broken


@pytest.mark.parametrize("path", doc_files(), ids=[str(p.relative_to(ROOT)) for p in doc_files()])
def test_every_relative_link_leads_to_a_file(path: Path):
    assert path.exists()
    broken = broken_links(path)
    assert not broken, f"{path.relative_to(ROOT)}: links to no file or no heading: {broken}"


def test_the_link_check_sees_links(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "loading.md").write_text("# Loading\n\n## Exit codes\n\n```sh\n# not a heading\n```\n",
                                                  encoding="utf-8")
    probe = tmp_path / "probe.md"
    probe.write_text("# Top: the `probe`\n\nSee [loading](docs/loading.md#exit-codes), ![shot](docs/img/x.png \"t\"), "
                     "[web](https://x.vn), [here](#top-the-probe), [gone](#nowhere), `[not](code.md)`, "
                     "[bad](docs/loading.md#not-a-heading).\n\n[ref]: docs/pages.md\n", encoding="utf-8")
    assert link_targets(probe) == ["docs/loading.md#exit-codes", "docs/img/x.png", "#top-the-probe", "#nowhere",
                                   "docs/loading.md#not-a-heading", "docs/pages.md"]
    assert broken_links(probe) == ["docs/img/x.png", "#nowhere", "docs/loading.md#not-a-heading", "docs/pages.md"]
    assert anchors(tmp_path / "docs" / "loading.md") == {"loading", "exit-codes"}


def test_a_failing_line_fails_its_block(tmp_path: Path):
    """The runner stops at the first line that fails, with its exit status, whatever follows it."""
    block = Block(ROOT / "README.md", 1, RUNNABLE, "true\nfalse   # a comment\necho after")
    done = subprocess.run(["bash", "--noprofile", "--norc", "-c", script_of(block)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 1
    assert "DOCS: exit 1 from: false   # a comment" in done.stderr
    assert "after" not in done.stdout
    assert command_lines("a \\\n  b\n# c\n\nd") == ["a    b", "d"]
