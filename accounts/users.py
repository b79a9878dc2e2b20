"""The data managers who may load reports: names, roles and bcrypt hashes of their passwords, in a JSON file
outside git (``data/users.json``, or ``$CAMPAIGN_USERS``; ``data/users.example.json`` shows the shape).

Viewers need no account. ``python -m etl users add NAME [--role manager|admin]`` reads the password from
standard input; ``users list`` and ``users remove NAME`` do what they say. The file is written atomically and
readable by its owner only.
"""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import bcrypt

from warehouse.db import DATA

ROLES = ("manager", "admin")
MIN_PASSWORD = 8
_ROUNDS = 12


def users_path() -> Path:
    env = os.environ.get("CAMPAIGN_USERS", "").strip()
    return Path(env) if env else DATA / "users.json"


@dataclass(frozen=True)
class User:
    name: str
    role: str
    hash: str
    created: str
    scope: str | None = None  # a manager limited to a province or a district (etl.publishing.scope): its unit key


def account_key(name: str) -> str:
    """The one form of an account name, for finding the account and for its sign-in back-off (accounts.signin):
    NFC, trimmed, case-folded, so "hoà.btg" typed decomposed (NFD) or as "HOÀ.BTG" is the same account."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).strip().casefold())


def load_users(path: Path | None = None) -> dict[str, User]:
    path = path or users_path()
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {account_key(u["name"]): User(u["name"], u["role"], u["hash"], u.get("created", ""), u.get("scope") or None)
            for u in data["users"]}


def _save(users: dict[str, User], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {"users": [{"name": u.name, "role": u.role, "hash": u.hash, "created": u.created,
                       **({"scope": u.scope} if u.scope else {})}
                      for u in sorted(users.values(), key=lambda u: u.name)]}
    fd, tmp = tempfile.mkstemp(prefix=".users.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(body, fh, ensure_ascii=False, indent=2)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def add_user(name: str, password: str, role: str = "manager", path: Path | None = None, *,
             scope: str | None = None) -> User:
    """Add (or reset) a user; ValueError with a Vietnamese reason for a bad name, role or password. ``scope``: the
    unit key a manager is limited to (etl.publishing.scope.parse_scope reads what a person types); admins have none."""
    path = path or users_path()
    clean = unicodedata.normalize("NFC", name).strip()
    if not clean or len(clean) > 64 or any(ch.isspace() for ch in clean):
        raise ValueError("Tên đăng nhập phải có từ 1 đến 64 ký tự, không có khoảng trắng")
    if role not in ROLES:
        raise ValueError(f"Vai trò phải là một trong: {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự")
    hashed = bcrypt.hashpw(password.encode("utf-8")[:72], bcrypt.gensalt(_ROUNDS)).decode("ascii")
    users = load_users(path)
    if scope and role == "admin":
        raise ValueError("Tài khoản quản trị (admin) không giới hạn phạm vi")
    user = User(clean, role, hashed, datetime.now(UTC).isoformat(timespec="seconds"), scope or None)
    users[account_key(clean)] = user
    _save(users, path)
    return user


def remove_user(name: str, path: Path | None = None) -> bool:
    path = path or users_path()
    users = load_users(path)
    if users.pop(account_key(name), None) is None:
        return False
    _save(users, path)
    return True


# A hash to compare against when the name is unknown, so that a wrong name costs the same time as a wrong
# password (no telling which names exist).
_DUMMY = bcrypt.hashpw(b"not a password", bcrypt.gensalt(_ROUNDS))


def check_password(name: str, password: str, path: Path | None = None) -> User | None:
    user = load_users(path).get(account_key(name))
    hashed = user.hash.encode("ascii") if user else _DUMMY
    ok = bcrypt.checkpw(password.encode("utf-8")[:72], hashed)
    return user if ok and user is not None else None
