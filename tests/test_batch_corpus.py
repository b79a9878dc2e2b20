"""Issue #21, "A batch holds whatever a district sends": the batch corpus of tests/batch_corpus/build.py loaded
through the CLI, one fresh warehouse per case, with plain python and with python -O (the loader must behave
exactly the same), each case given as its folder (and a few also as explicit file paths).

Test ids read <case>-<how the files are given>-<python|python-O>, e.g. ``b_resend_conflict-folder-python-O``.
Each run of the CLI is made once and shared by the checks of that id (exit code, statuses, facts, rejects...).
"""
from __future__ import annotations

import importlib.util
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("batch_corpus_build", ROOT / "tests" / "batch_corpus" / "build.py")
corpus_build = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = corpus_build
_spec.loader.exec_module(corpus_build)

CASES = corpus_build.CASE_NAMES
MODES = [("python", []), ("python-O", ["-O"])]
PATH_CASES = ["a_copy_in_batch", "b_resend_conflict", "h_copy_and_resend"]  # also given as explicit file paths
COPY_CASES = ["a_copy_in_batch", "e_copies_in_subfolder", "h_copy_and_resend"]

RUNS = [(c, "folder", m) for c in CASES for m, _ in MODES] + [(c, "paths", m) for c in PATH_CASES for m, _ in MODES]
RUN_IDS = [f"{c}-{how}-{m}" for c, how, m in RUNS]


# ------------------------------------------------------------------------------------------------ fixtures

@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("batch_corpus")
    cases = corpus_build.build(out)
    assert [c.name for c in cases] == CASES
    return {c.name: c for c in cases}


class Run:
    def __init__(self, case, how, mode, db, proc):
        self.case, self.how, self.mode, self.db = case, how, mode, db
        self.rc, self.stdout, self.stderr = proc.returncode, proc.stdout, proc.stderr
        try:
            self.json = json.loads(self.stdout)
        except ValueError:
            self.json = None

    @property
    def exp(self):
        return self.case.expected

    def where(self):
        tail = "\n".join(self.stderr.strip().splitlines()[-6:])
        return f"[{self.case.name} {self.how} {self.mode}] exit {self.rc}; stderr tail:\n{tail}"

    def need_json(self):
        if self.json is None:
            pytest.fail(f"no JSON on stdout: {self.where()}")
        return self.json

    def entries(self):
        """{path relative to the case folder: the JSON entry of that file}"""
        folder = self.case.folder.resolve()
        out = {}
        for e in self.need_json()["files"]:
            rel = Path(e["file"]).resolve().relative_to(folder).as_posix()
            assert rel not in out, f"{rel} reported twice: {self.where()}"
            out[rel] = e
        return out

    def query(self, sql, *params):
        if not self.db.exists():
            pytest.fail(f"no warehouse written: {self.where()}")
        con = duckdb.connect(str(self.db), read_only=True)
        try:
            cur = con.execute(sql, list(params))
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, r)) for r in cur.fetchall()]
        finally:
            con.close()


def run_cli(args, db, opt, json_out=True):
    cmd = [sys.executable, *opt, "-m", "etl", "load", *map(str, args), "--db", str(db)] + (["--json"] if json_out else [])
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=env, timeout=600)


def case_paths(case):
    """The case's files in the order a person would pick them: originals before their copies."""
    return sorted((p for p in case.folder.rglob("*.xlsx")), key=lambda p: (" (" in p.name, p.as_posix()))


@pytest.fixture(scope="session")
def runs(corpus, tmp_path_factory):
    cache = {}

    def get(case_name, how, mode):
        key = (case_name, how, mode)
        if key not in cache:
            case = corpus[case_name]
            db = tmp_path_factory.mktemp(f"w_{case_name}_{how}_{mode.replace('-', '')}") / "w.duckdb"
            args = [case.folder] if how == "folder" else case_paths(case)
            proc = run_cli(args, db, dict(MODES)[mode])
            cache[key] = Run(case, how, mode, db, proc)
        return cache[key]

    return get


@pytest.fixture(params=RUNS, ids=RUN_IDS)
def run(request, runs):
    return runs(*request.param)


# ------------------------------------------------------------------------------------------------ helpers

def group_member_loaded(run, group):
    """The one member of a duplicate group that loaded (checked by test_file_statuses)."""
    entries = run.entries()
    loaded = [f for f in group["files"] if entries.get(f, {}).get("status") not in ("already_loaded", None)]
    return loaded[0] if len(loaded) == 1 else None


def copies_of(run):
    """{copy (relative path): the member of its group that loaded}"""
    out = {}
    for g in run.exp["duplicate_groups"]:
        first = group_member_loaded(run, g)
        for f in g["files"]:
            if f != first:
                out[f] = first
    return out


def side_files(run, side_file):
    """The names a conflict side may carry: in case h the report may have loaded under its '(1)' name."""
    aliases = run.exp.get("conflict_side_aliases", {}).get(side_file)
    if not aliases:
        return [side_file]
    loaded = [a for a in aliases if a not in copies_of(run)]
    return loaded or aliases


def base(rel):
    return Path(rel).name


# ------------------------------------------------------------------------------------------------ tests

def test_corpus_is_deterministic(tmp_path):
    a = corpus_build.build(tmp_path / "one")
    b = corpus_build.build(tmp_path / "two")
    for ca, cb in zip(a, b):
        fa = sorted(p.relative_to(ca.folder) for p in ca.folder.rglob("*") if p.is_file())
        fb = sorted(p.relative_to(cb.folder) for p in cb.folder.rglob("*") if p.is_file())
        assert fa == fb
        for rel in fa:
            assert (ca.folder / rel).read_bytes() == (cb.folder / rel).read_bytes(), f"{ca.name}/{rel} differs"


def test_no_crash(run):
    assert "Traceback" not in run.stderr, run.where()
    assert run.json is not None, run.where()
    assert run.rc in (0, 1, 2), run.where()


def test_exit_code(run):
    assert run.rc == run.exp["exit_code"], run.where()


def test_every_file_reported_once(run):
    entries = run.entries()
    on_disk = {p.relative_to(run.case.folder).as_posix() for p in run.case.folder.rglob("*.xlsx")}
    assert set(entries) == on_disk


def test_file_statuses(run):
    entries = run.entries()
    problems = []
    for f, status in run.exp["files"].items():
        got = entries.get(f, {}).get("status")
        if got != status:
            problems.append(f"{f}: status {got!r}, expected {status!r} ({entries.get(f, {}).get('message')})")
    for g in run.exp["duplicate_groups"]:
        statuses = {f: entries.get(f, {}).get("status") for f in g["files"]}
        loaded = [f for f, s in statuses.items() if s != "already_loaded"]
        if len(loaded) != 1:
            problems.append(f"duplicate group: exactly one should load, statuses {statuses}")
            continue
        if statuses[loaded[0]] != g["status"]:
            problems.append(f"{loaded[0]} (the copy that loads): status {statuses[loaded[0]]!r}, "
                            f"expected {g['status']!r}")
        for f in g["files"]:
            if f == loaded[0]:
                continue
            e = entries[f]
            if e.get("rows_loaded") not in (0, None):
                problems.append(f"{f}: a copy loaded {e.get('rows_loaded')} rows")
            if base(loaded[0]) not in (e.get("message") or ""):
                problems.append(f"{f}: the message should name the file it copies ({base(loaded[0])}): "
                                f"{e.get('message')!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("case_name,mode", [(c, m) for c in PATH_CASES for m, _ in MODES],
                         ids=[f"{c}-paths-{m}" for c in PATH_CASES for m, _ in MODES])
def test_first_given_of_copies_loads(runs, case_name, mode):
    """With explicit paths (originals given before their copies), the first given of identical files loads."""
    run = runs(case_name, "paths", mode)
    order = [p.relative_to(run.case.folder).as_posix() for p in case_paths(run.case)]
    for g in run.exp["duplicate_groups"]:
        first = min(g["files"], key=order.index)
        assert group_member_loaded(run, g) == first, {f: run.entries()[f]["status"] for f in g["files"]}


def test_conflict_files_count_rejects(run):
    entries = run.entries()
    for c in run.exp["conflicts"]:
        for side in c["sides"]:
            names = side_files(run, side["file"])
            assert any((entries.get(n, {}).get("rows_rejected") or 0) >= 1 for n in names), \
                f"{names}: rows_rejected {[entries.get(n, {}).get('rows_rejected') for n in names]}"


def test_facts_count(run):
    n = run.query("select count(*) as n from facts")[0]["n"]
    assert n == run.exp["facts_count"], run.where()


def test_facts_present(run):
    problems = []
    for f in run.exp["facts_present"]:
        rows = run.query("select value, qualifier, source_file, source_cell from facts where map = 'old' and "
                         "unit_code = ? and year = ? and metric = ?", f["unit_code"], f["year"], f["metric"])
        key = (f["unit_code"], f["year"], f["metric"])
        if len(rows) != 1:
            problems.append(f"{key}: {len(rows)} rows")
            continue
        r = rows[0]
        if r["value"] is None or not math.isclose(r["value"], f["value"], abs_tol=1e-6):
            problems.append(f"{key}: value {r['value']} expected {f['value']} ({r['source_file']} {r['source_cell']})")
        if (r["qualifier"] or None) != f["qualifier"]:
            problems.append(f"{key}: qualifier {r['qualifier']!r} expected {f['qualifier']!r}")
    assert not problems, "\n".join(problems)


def test_one_row_per_figure(run):
    dup = run.query("select map, unit_code, unit_name, year, metric, count(*) as n from facts "
                    "group by all having count(*) > 1")
    assert not dup


def test_copies_give_no_facts(run):
    copies = {base(f) for f in copies_of(run)}
    sources = {r["source_file"] for r in run.query("select distinct source_file from facts")}
    assert not (copies & sources), f"facts from copies: {copies & sources}"


def test_conflicting_figures_absent(run):
    problems = []
    for k in run.exp["facts_absent"]:
        args = (k["unit_code"], k["year"], k["metric"])
        rows = run.query("select value, qualifier, source_file from facts where unit_code = ? and year = ? "
                         "and metric = ?", *args)
        if rows:
            problems.append(f"{args} in facts: {rows}")
        hist = run.query("select value, qualifier, source_file from fact_history where unit_code = ? and "
                         "year = ? and metric = ?", *args)
        if hist:
            problems.append(f"{args} in fact_history (neither value should have loaded): {hist}")
    assert not problems, "\n".join(problems)


def test_conflicts_named_in_rejects(run):
    rejects = run.query("select source_file, source_sheet, source_cell, value, reason_code, reason from rejects")
    problems = []
    for c in run.exp["conflicts"]:
        for side in c["sides"]:
            names = [base(n) for n in side_files(run, side["file"])]
            at_cell = [r for r in rejects if r["source_file"] in names and r["source_cell"] == side["cell"]]
            in_reason = [r for r in rejects if side["cell"] in (r["reason"] or "")
                         and any(n in (r["reason"] or "") for n in names)]
            if not (at_cell or in_reason):
                problems.append(f"{c['unit_code']} {c['year']} {c['metric']}: {names} {side['cell']} "
                                f"({side['value']!r}) not named in rejects")
    assert not problems, "\n".join(problems) + f"\nrejects: {rejects[:10]}"


def test_no_other_rejects(run):
    allowed = {(base(n), s["cell"]) for c in run.exp["conflicts"] for s in c["sides"]
               for n in side_files(run, s["file"])}
    rejects = run.query("select source_file, source_cell, value, reason_code, reason from rejects")
    other = [r for r in rejects if (r["source_file"], r["source_cell"]) not in allowed]
    assert not other, f"{len(other)} rejects outside the conflict cells, e.g. {other[:5]}"


def test_loads_view(run):
    loads = run.query("select file_name, status, rows_loaded, rows_rejected from loads")
    by_name = {}
    for r in loads:
        by_name.setdefault(r["file_name"], []).append(r)
    problems = []
    for f, status in run.exp["files"].items():
        got = [r["status"] for r in by_name.get(base(f), [])]
        if got != [status]:
            problems.append(f"{f}: loads.status {got}, expected [{status!r}]")
    for copy in copies_of(run):
        bad = [r for r in by_name.get(base(copy), []) if r["status"] != "already_loaded" or r["rows_loaded"]]
        if bad:
            problems.append(f"{copy} (a copy): {bad}")
    assert not problems, "\n".join(problems)


# The same case under plain python and python -O: the same exit code, statuses, facts and rejects.
def _snapshot(r):
    facts = r.query("select map, year, unit_code, unit_name, metric, value, qualifier, numerator, denominator, "
                    "source_file, source_sheet, source_cell from facts order by all")
    rejects = r.query("select source_file, source_sheet, source_cell, value, reason_code, reason from rejects "
                      "order by all")
    loads = r.query("select file_name, status, rows_loaded, rows_rejected from loads order by all")
    return {"exit": r.rc, "facts": facts, "rejects": rejects, "loads": loads}


@pytest.mark.parametrize("case_name", CASES)
def test_same_under_python_O(runs, case_name):
    plain, opt = runs(case_name, "folder", "python"), runs(case_name, "folder", "python-O")
    assert plain.rc == opt.rc, f"exit {plain.rc} under python, {opt.rc} under python -O\n{opt.where()}"
    a, b = _snapshot(plain), _snapshot(opt)
    for k in a:
        assert a[k] == b[k], f"{k} differ between python and python -O"


# The Vietnamese summary (without --json) says what a copy is: "trùng nội dung với <tệp> trong cùng lần nạp".
@pytest.mark.parametrize("mode", [m for m, _ in MODES])
@pytest.mark.parametrize("case_name", COPY_CASES)
def test_copy_reported_in_vietnamese(corpus, tmp_path, case_name, mode):
    case = corpus[case_name]
    proc = run_cli([case.folder], tmp_path / "w.duckdb", dict(MODES)[mode], json_out=False)
    text = proc.stdout + proc.stderr
    assert "Traceback" not in text, text[-2000:]
    assert proc.returncode == case.expected["exit_code"], text[-2000:]
    low = text.lower()  # the phrase may open its sentence: "Trùng nội dung với ..."
    for g in case.expected["duplicate_groups"]:
        said = {f: f"trùng nội dung với {base(f)} trong cùng lần nạp".lower() for f in g["files"]}
        named = [f for f in g["files"] if said[f] in low]
        assert len(named) == 1, (f"expected each copy reported as 'trùng nội dung với <one of {g['files']}> "
                                 f"trong cùng lần nạp', got:\n{text[-3000:]}")
        assert low.count(said[named[0]]) == len(g["files"]) - 1, text
