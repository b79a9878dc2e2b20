"""The sign-in back-off holds (#21, point 4): simultaneous attempts check one password, the back-off is shared by
the processes of the machine (a file beside the users file), one account however its name is typed (NFC, NFD,
upper case), it doubles up to 60 seconds and a success clears it; a folder that cannot hold it still signs in.

No test sleeps: threads and processes start together at a barrier, and time is an injected clock."""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import sqlite3
import stat
import subprocess
import sys
import threading
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import bcrypt
import pytest

import accounts.signin as signin
import accounts.users as users_module
from accounts.signin import Backoff, state_paths
from accounts.users import account_key, add_user, check_password
from tests.conftest import ROOT
from ui import auth

PASSWORD = "mat-khau-dai-9"
WRONG = "sai-roi-123"
HOA = "hoà.btg"  # created in NFC; typed below decomposed and in upper case
WAIT = "Đăng nhập sai nhiều lần: thử lại sau "
REFUSED = "Tên đăng nhập hoặc mật khẩu không đúng."
NOW = 1_000_000.0


@pytest.fixture
def users(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A users file of two accounts hashed at bcrypt's lowest cost (fast tests), named by $CAMPAIGN_USERS."""
    monkeypatch.setattr(users_module, "_ROUNDS", 4)
    path = tmp_path / "users.json"
    add_user("mai", PASSWORD, "manager", path)
    add_user(HOA, PASSWORD, "admin", path)
    monkeypatch.setenv("CAMPAIGN_USERS", str(path))
    auth.THROTTLE.reset()
    return path


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch):
    """How many passwords bcrypt has checked since (every thread of this process)."""
    count = [0]
    lock = threading.Lock()
    real = bcrypt.checkpw

    def counted(password: bytes, hashed: bytes) -> bool:
        with lock:
            count[0] += 1
        return real(password, hashed)

    monkeypatch.setattr(bcrypt, "checkpw", counted)
    return lambda: count[0]


def frozen() -> Backoff:
    """The back-off of ui.auth with time standing still: a wait never ends during a test by itself."""
    return Backoff(clock=lambda: NOW)


def at_once(n: int, attempt) -> list:
    barrier = threading.Barrier(n)

    def one(_: int):
        barrier.wait()
        return attempt()

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(one, range(n)))


def rows(users: Path) -> list[tuple[str, int, float]]:
    con = sqlite3.connect(state_paths(users)[0])
    try:
        return con.execute("SELECT account, failures, until FROM backoff ORDER BY account").fetchall()
    finally:
        con.close()


def test_eight_simultaneous_wrong_passwords_check_one_and_seven_are_told_to_wait(users, checks, monkeypatch):
    monkeypatch.setattr(auth, "THROTTLE", frozen())
    results = at_once(8, lambda: auth.sign_in("mai", WRONG))
    assert checks() == 1  # one bcrypt, not eight
    reasons = Counter(reason for _, reason in results)
    assert reasons == {REFUSED: 1, f"{WAIT}1 giây.": 7}
    assert all(session is None for session, _ in results)
    assert rows(users) == [("mai", 1, NOW + 1)]
    assert stat.S_IMODE(state_paths(users)[0].stat().st_mode) == 0o600  # like the users file: its owner only


def test_the_right_password_during_the_wait_is_told_to_wait_too(users, checks, monkeypatch):
    monkeypatch.setattr(auth, "THROTTLE", frozen())
    assert auth.sign_in("mai", WRONG) == (None, REFUSED)
    assert auth.sign_in("mai", PASSWORD) == (None, f"{WAIT}1 giây.")
    assert checks() == 1


# The worker of the two-process test, at module level so that a spawned process can import it.
def _burst(users: str, barrier, results) -> None:
    os.environ["CAMPAIGN_USERS"] = users
    count = [0]
    real = bcrypt.checkpw

    def counted(password: bytes, hashed: bytes) -> bool:
        count[0] += 1
        return real(password, hashed)

    bcrypt.checkpw = counted
    throttle = frozen()

    def one(_: int) -> float:
        barrier.wait()  # all eight threads of both processes
        return throttle.attempt("mai", lambda: check_password("mai", WRONG))[1]

    with ThreadPoolExecutor(4) as pool:
        waits = list(pool.map(one, range(4)))
    results.put((count[0], waits))


def test_two_processes_at_once_check_one_password_between_them(users):
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(8), spawn.Queue()
    workers = [spawn.Process(target=_burst, args=(str(users), barrier, results)) for _ in range(2)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert sum(count for count, _ in outcomes) == 1  # one bcrypt in the two processes
    waits = sorted(w for _, ws in outcomes for w in ws)
    assert waits == [0.0] + [1.0] * 7


def _in_a_process(users: Path, name: str, password: str) -> dict:
    code = ("import json, sys\n"
            "from accounts.signin import Backoff\n"
            "from accounts.users import check_password\n"
            "name, password, now = sys.argv[1], sys.argv[2], float(sys.argv[3])\n"
            "user, wait = Backoff(clock=lambda: now).attempt(name, lambda: check_password(name, password))\n"
            "print(json.dumps({'user': user.name if user else None, 'wait': wait}))\n")
    done = subprocess.run([sys.executable, "-c", code, name, password, str(NOW)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "CAMPAIGN_USERS": str(users)}, check=True)
    return json.loads(done.stdout)


def test_a_failure_in_one_process_makes_another_process_wait(users):
    assert _in_a_process(users, "mai", WRONG) == {"user": None, "wait": 0.0}
    assert _in_a_process(users, "mai", PASSWORD) == {"user": None, "wait": 1.0}  # another process: waits
    assert frozen().wait("mai") == 1.0  # and this one
    auth.THROTTLE.reset()
    assert _in_a_process(users, "mai", PASSWORD) == {"user": "mai", "wait": 0.0}


def test_a_name_typed_decomposed_or_in_capitals_is_one_account_with_one_backoff(users, checks):
    nfd = unicodedata.normalize("NFD", HOA)
    upper = HOA.upper()
    assert nfd != HOA and len(nfd) == len(HOA) + 1
    assert {account_key(HOA), account_key(nfd), account_key(upper), account_key(f" {nfd.upper()} ")} == {HOA}
    throttle = frozen()
    assert throttle.attempt(nfd, lambda: check_password(nfd, WRONG)) == (None, 0.0)
    for typed in (HOA, upper, nfd.upper()):  # the same account: waiting, no password checked
        assert throttle.attempt(typed, lambda t=typed: check_password(t, PASSWORD)) == (None, 1.0)
    assert checks() == 1
    assert rows(users) == [(HOA, 1, NOW + 1)]  # one back-off, under the NFC name
    throttle.reset(upper)  # reset by any spelling
    assert rows(users) == []
    user, wait = throttle.attempt(nfd, lambda: check_password(nfd, PASSWORD))
    assert (user.name if user else None, wait) == (HOA, 0.0)  # the NFD name signs in to the account


def test_the_backoff_doubles_to_60_seconds_and_a_success_clears_it(users):
    clock = [NOW]
    throttle = Backoff(clock=lambda: clock[0])
    called = []

    def wrong():
        called.append("wrong")
        return None

    waits = []
    for _ in range(9):
        assert throttle.attempt("mai", wrong) == (None, 0.0)  # the wait has ended: the password is checked
        waits.append(throttle.wait("mai"))
        clock[0] += waits[-1] / 2  # half-way through the wait: told to wait the rest, nothing checked
        assert throttle.attempt("mai", wrong) == (None, waits[-1] / 2)
        clock[0] += waits[-1] / 2
        assert throttle.wait("mai") == 0.0
    assert waits == [1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert len(called) == 9
    assert rows(users) == [("mai", 9, clock[0])]
    assert throttle.attempt("mai", lambda: "signed in") == ("signed in", 0.0)
    assert rows(users) == [] and throttle.wait("mai") == 0.0  # cleared
    assert throttle.attempt("mai", wrong) == (None, 0.0)
    assert throttle.wait("mai") == 1.0  # from the start again


def test_a_wait_stored_in_the_past_has_ended_and_one_in_the_far_future_is_at_most_60_seconds(users):
    throttle = frozen()
    db = state_paths(users)[0]
    throttle.attempt("mai", lambda: None)
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE backoff SET until = ?", (NOW - 1,))
    assert throttle.wait("mai") == 0.0
    with con:
        con.execute("UPDATE backoff SET until = ?", (NOW + 86_400,))  # the clock went back a day
    con.close()
    assert throttle.attempt("mai", lambda: "never") == (None, 60.0)
    assert rows(users) == [("mai", 1, NOW + 60)]


def test_a_folder_that_cannot_hold_the_backoff_still_signs_in_with_a_backoff_in_memory(
        users, checks, monkeypatch, tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")  # a file where the state's folder should be: nothing can be created under it
    monkeypatch.setattr(signin, "state_paths", lambda _: (blocker / "s.sqlite", blocker / "s.locks"))
    throttle = frozen()
    with caplog.at_level(logging.WARNING, logger="accounts.signin"):
        waits = sorted(w for _, w in at_once(8, lambda: throttle.attempt("mai", lambda: check_password("mai", WRONG))))
    assert checks() == 1 and waits == [0.0] + [1.0] * 7  # one step per account in memory too
    said = [r.getMessage() for r in caplog.records if r.name == "accounts.signin"]
    assert len(said) == 1 and "kept in this process only" in said[0]  # said once
    assert throttle.wait("mai") == 1.0
    throttle.reset("mai")
    user, wait = throttle.attempt("mai", lambda: check_password("mai", PASSWORD))
    assert (user.name if user else None, wait) == ("mai", 0.0)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_users_folder_still_signs_in(users, monkeypatch):
    monkeypatch.setattr(auth, "THROTTLE", frozen())
    users.parent.chmod(0o500)
    try:
        assert auth.sign_in("mai", WRONG) == (None, REFUSED)
        assert auth.sign_in("mai", PASSWORD) == (None, f"{WAIT}1 giây.")
        auth.THROTTLE.reset()
        session, reason = auth.sign_in("mai", PASSWORD)
        assert session is not None and reason == ""
    finally:
        users.parent.chmod(0o700)


def test_a_failure_the_file_cannot_take_is_kept_in_memory_and_still_counts(users, monkeypatch):
    broken = [True]
    save = signin._SharedSlot.save

    def full(self, *args) -> None:
        if broken[0]:
            raise sqlite3.OperationalError("database or disk is full")
        save(self, *args)

    monkeypatch.setattr(signin._SharedSlot, "save", full)
    throttle = frozen()
    assert throttle.attempt("mai", lambda: check_password("mai", WRONG)) == (None, 0.0)
    assert rows(users) == []  # not in the file
    assert throttle.attempt("mai", lambda: check_password("mai", PASSWORD)) == (None, 1.0)  # but it waits
    broken[0] = False
    throttle.reset("mai")
    user, _ = throttle.attempt("mai", lambda: check_password("mai", PASSWORD))
    assert user is not None and user.name == "mai"
