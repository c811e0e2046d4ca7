"""Small, seeded generators of realistic-looking values (names, emails, timestamps, ids)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import random
import string
import uuid
from typing import Any


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words(
    "Ada Grace Alan Edsger Barbara Donald Margaret Ken Radia Linus "
    "Frances John Katherine Dennis Hedy Tim Sophie Guido Anita Niklaus"
)
LAST = _words(
    "Lovelace Hopper Turing Dijkstra Liskov Knuth Hamilton Thompson Perlman Torvalds "
    "Allen Backus Johnson Ritchie Lamarr Berners-Lee Wilson Rossum Borg Wirth"
)
WORDS = _words(
    "core platform billing edge ingest search ml batch render api "
    "etl vision speech trainer inference web worker cron analytics gateway"
)
BASE = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.UTC)
ALNUM = string.ascii_lowercase + string.digits


def uuid_from(rng: random.Random) -> str:
    """A version-4 UUID string drawn from ``rng``."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def token(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    """``n`` characters drawn from ``alphabet``."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexstr(rng: random.Random, n: int) -> str:
    """``n`` lowercase hex digits."""
    return f"{rng.getrandbits(4 * n):0{n}x}"


def person(rng: random.Random, i: int) -> tuple[str, str]:
    """(full name, email) for seeded person ``i``; emails are unique by ``i``."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", f"{first.lower()}.{last.lower().replace('-', '')}{i}@example.com"


def name(rng: random.Random) -> str:
    """A two-word resource name like ``billing-worker``."""
    return f"{rng.choice(WORDS)}-{rng.choice(WORDS)}"


def timestamp(i: int, minutes: int = 37) -> str:
    """An RFC 3339 UTC timestamp that grows with ``i`` (seeded items come out oldest first)."""
    moment = BASE + dt.timedelta(minutes=minutes * i)
    return moment.isoformat().replace("+00:00", "Z")


def jwt(rng: random.Random, claims: dict[str, Any], alg: str = "HS256", signature: int = 43) -> str:
    """A JWT-shaped token: its header and ``claims`` readable, a random signature of ``signature`` hex digits."""

    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': alg, 'typ': 'JWT'})}.{part(claims)}.{hexstr(rng, signature)}"


def ssh_fingerprint(public_key: str) -> str:
    """OpenSSH's ``SHA256:...`` fingerprint of a key line; text that is no key line still gets a stable one."""
    parts = public_key.split()
    try:
        blob = base64.b64decode(parts[1], validate=True) if len(parts) > 1 else public_key.encode()
    except ValueError:
        blob = public_key.encode()
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
