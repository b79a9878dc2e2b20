"""The sign-in back-off (issue #21): after each wrong password an account waits 1, 2, 4 … up to 60 seconds
before its password is checked again, whichever dashboard process of this machine is asked.

The state lives beside the users file (accounts.users.users_path()): ``users.json`` → ``users.signin.sqlite``, a
SQLite database in WAL mode with one row per account (failures in a row, the time it may try again), and
``users.signin.locks/``, a few lock files. Reading the wait, checking the password and recording the outcome are
one step per account: they run holding ``fcntl.flock`` on the account's lock file, opened afresh for each
attempt. A flock belongs to the open file, not to the process, so it makes the threads of one process take
turns as well as the processes. Accounts share ``STRIPES`` lock files by a hash of their name, so the files stay
few however many names are tried; two accounts on one file merely take turns.

The account is ``accounts.users.account_key(name)``, the form the account lookup uses (NFC, trimmed, case-folded).
Times are the wall clock (``time.time``), the one clock every process, and a restarted server, agree on.

When the folder cannot hold the state (read-only, missing, full, a broken database) sign-in still works: the
back-off falls back to this process's memory, with the same one-step lock (threading locks), and logs a warning
once. That is weaker (each process then has a back-off of its own) but never refuses or crashes a sign-in.
No streamlit here: ui.auth calls ``Backoff.attempt``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from accounts.users import account_key, users_path

try:
    import fcntl
except ImportError:  # not a POSIX system: the back-off of each process, in its memory
    fcntl = None  # type: ignore[assignment]

MAX_WAIT = 60.0  # seconds: the longest wait
FORGET = 24 * 60 * 60  # a row is deleted a day after its wait ended (the failures in a row are forgotten)
STRIPES = 64  # lock files (and in-memory locks) shared by the accounts
_SCHEMA = "CREATE TABLE IF NOT EXISTS backoff (account TEXT PRIMARY KEY, failures INTEGER NOT NULL, until REAL NOT NULL)"

T = TypeVar("T")
_log = logging.getLogger(__name__)


def delay(failures: int) -> float:
    """The wait after ``failures`` wrong passwords in a row: 1, 2, 4 … at most ``MAX_WAIT`` seconds."""
    return 0.0 if failures <= 0 else min(MAX_WAIT, float(2 ** min(failures - 1, 16)))


def state_paths(users: Path) -> tuple[Path, Path]:
    """The back-off database and lock folder beside the users file: users.json → users.signin.sqlite, .locks/."""
    return users.with_name(users.stem + ".signin.sqlite"), users.with_name(users.stem + ".signin.locks")


def _stripe(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:4], "big") % STRIPES


def _connect(db: Path) -> sqlite3.Connection:
    if not db.exists():  # created readable by its owner only, like the users file (SQLite's -wal, -shm follow)
        os.close(os.open(db, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600))
    con = sqlite3.connect(db, timeout=10, isolation_level=None)  # autocommit: each statement is a transaction
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute(_SCHEMA)
    except BaseException:
        con.close()
        raise
    return con


class _Slot:
    """One account's record, held under its lock from ``open`` to ``close``."""

    failures: int
    until: float

    def save(self, failures: int, until: float, now: float) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _SharedSlot(_Slot):
    def __init__(self, users: Path, key: str) -> None:
        if fcntl is None:
            raise OSError("no fcntl.flock on this system")
        db, locks = state_paths(users)
        locks.mkdir(mode=0o700, exist_ok=True)
        self._key = key
        self._fd = os.open(locks / f"{_stripe(key):02x}.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        self._con: sqlite3.Connection | None = None
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX)  # blocks until the account's step of another thread/process ends
            self._con = _connect(db)
            row = self._con.execute("SELECT failures, until FROM backoff WHERE account = ?", (key,)).fetchone()
        except BaseException:
            self.close()
            raise
        self.failures, self.until = (int(row[0]), float(row[1])) if row else (0, 0.0)

    def save(self, failures: int, until: float, now: float) -> None:
        if self._con is None:
            raise sqlite3.ProgrammingError("the slot is closed")
        self._con.execute("INSERT INTO backoff (account, failures, until) VALUES (?, ?, ?) ON CONFLICT (account) "
                          "DO UPDATE SET failures = excluded.failures, until = excluded.until",
                          (self._key, failures, until))
        self._con.execute("DELETE FROM backoff WHERE until < ?", (now - FORGET,))

    def clear(self) -> None:
        if self._con is None:
            raise sqlite3.ProgrammingError("the slot is closed")
        self._con.execute("DELETE FROM backoff WHERE account = ?", (self._key,))

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
        if self._fd >= 0:
            os.close(self._fd)  # closing the file releases its flock
            self._fd = -1


class _Memory:
    """The fallback: records of this process, under threading locks (one step per account, as flock is)."""

    def __init__(self) -> None:
        self._locks = [threading.Lock() for _ in range(STRIPES)]
        self._guard = threading.Lock()
        self.records: dict[tuple[str, str], tuple[int, float]] = {}  # (users file, account) -> failures, until

    def get(self, users: Path, key: str) -> tuple[int, float]:
        with self._guard:
            return self.records.get((str(users), key), (0, 0.0))

    def put(self, users: Path, key: str, failures: int, until: float) -> None:
        with self._guard:
            self.records[(str(users), key)] = (failures, until)

    def drop(self, users: Path | None, key: str | None) -> None:
        with self._guard:
            for k in [k for k in self.records if (users is None or k[0] == str(users)) and key in (None, k[1])]:
                del self.records[k]

    def slot(self, users: Path, key: str) -> _Slot:
        return _MemorySlot(self, users, key)


class _MemorySlot(_Slot):
    def __init__(self, memory: _Memory, users: Path, key: str) -> None:
        self._memory, self._users, self._key = memory, users, key
        self._lock: threading.Lock | None = memory._locks[_stripe(key)]
        self._lock.acquire()
        self.failures, self.until = memory.get(users, key)

    def save(self, failures: int, until: float, now: float) -> None:
        self._memory.put(self._users, self._key, failures, until)

    def clear(self) -> None:
        self._memory.drop(self._users, self._key)

    def close(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None


class Backoff:
    """Failed sign-ins per account, shared by every dashboard process of the machine (see the module)."""

    def __init__(self, users: Callable[[], Path] = users_path, clock: Callable[[], float] = time.time) -> None:
        self._users = users  # asked at each call: $CAMPAIGN_USERS may change (tests)
        self._clock = clock
        self._memory = _Memory()
        self._warned: set[str] = set()
        self._warned_lock = threading.Lock()

    def _fallback(self, users: Path, error: BaseException) -> None:
        with self._warned_lock:
            first = str(users) not in self._warned
            self._warned.add(str(users))
        if first:
            _log.warning("sign-in back-off kept in this process only (not shared with the other dashboard "
                         "processes): cannot keep it beside %s: %s", users, error)

    def _open(self, users: Path, key: str) -> tuple[_Slot, bool]:
        try:
            return _SharedSlot(users, key), True
        except (OSError, sqlite3.Error) as error:
            self._fallback(users, error)
            return self._memory.slot(users, key), False

    def attempt(self, name: str, verify: Callable[[], T | None]) -> tuple[T | None, float]:
        """``(verify(), 0.0)`` when the account may try now, with the outcome recorded (None is a failure: the
        account waits longer; anything else clears its back-off), else ``(None, seconds to wait)`` without calling
        ``verify``. All of it holding the account's lock, so simultaneous attempts take turns."""
        users, key = self._users(), account_key(name)
        slot, shared = self._open(users, key)
        try:
            now = self._clock()
            # A failure the shared file could not take was kept in memory (below): it counts too.
            failures, until = max((slot.failures, slot.until), self._memory.get(users, key) if shared else (0, 0.0),
                                  key=lambda r: r[1])
            if until - now > MAX_WAIT:  # the clock went back: never wait longer than the longest wait
                until = now + MAX_WAIT
                self._record(slot, users, key, failures, until, now)
            if until > now:
                return None, until - now
            result = verify()
            now = self._clock()
            if result is None:
                self._record(slot, users, key, failures + 1, now + delay(failures + 1), now)
            else:
                self._clear(slot, users, key)
            return result, 0.0
        finally:
            slot.close()

    def _record(self, slot: _Slot, users: Path, key: str, failures: int, until: float, now: float) -> None:
        try:
            slot.save(failures, until, now)
        except (OSError, sqlite3.Error) as error:  # the state file broke mid-way: keep the failure in memory
            self._fallback(users, error)
            self._memory.put(users, key, failures, until)

    def _clear(self, slot: _Slot, users: Path, key: str) -> None:
        self._memory.drop(users, key)
        try:
            slot.clear()
        except (OSError, sqlite3.Error) as error:
            self._fallback(users, error)

    def wait(self, name: str) -> float:
        """Seconds the account must still wait (0.0: it may try now); read without taking its lock."""
        users, key = self._users(), account_key(name)
        until = self._memory.get(users, key)[1]
        db, _ = state_paths(users)
        if db.exists():
            try:
                con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
                try:
                    row = con.execute("SELECT until FROM backoff WHERE account = ?", (key,)).fetchone()
                finally:
                    con.close()
                until = max(until, float(row[0]) if row else 0.0)
            except sqlite3.Error as error:
                self._fallback(users, error)
        return min(MAX_WAIT, max(0.0, until - self._clock()))

    def reset(self, name: str | None = None) -> None:
        """Forget the failures of one account, or of all (of the current users file, and this process's memory)."""
        users = self._users()
        key = None if name is None else account_key(name)
        self._memory.drop(None if key is None else users, key)
        db, _ = state_paths(users)
        if not db.exists():
            return
        try:
            con = _connect(db)
            try:
                if key is None:
                    con.execute("DELETE FROM backoff")
                else:
                    con.execute("DELETE FROM backoff WHERE account = ?", (key,))
            finally:
                con.close()
        except (OSError, sqlite3.Error) as error:
            self._fallback(users, error)
