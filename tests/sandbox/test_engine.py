"""The engine's declared behaviours, one test each, on a small spec of our own (tests/sandbox/zoo_openapi.yaml).

Nesting, every id kind, timed transitions, failing and stalling a resource, and every paging style
(offset and next_url included, which no provider spec uses) over real TCP.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import facade
from facade.sandbox import (
    Call,
    Count,
    Follow,
    Hex,
    Item,
    Lifecycle,
    Move,
    Natural,
    Prefixed,
    Problem,
    Provider,
    Resource,
    Sandbox,
    Secret,
    Seeding,
    Sequential,
    Spec,
    Statuses,
    Update,
    Uuid,
    available,
    steps,
)

ANIMAL = Lifecycle(
    {"arriving": ("settling", 2.0), "settling": ("resident", 3.0), "leaving": ("gone", 1.0)},
    failed="sick",
    deleting="leaving",
    gone="gone",
    changed_at="updated_at",
)
HEADERS = {"X-Zoo-Key": "zoo-key"}


def _weather(call: Call) -> Any:
    if call.headers.get("x-boom"):
        raise RuntimeError("a hook that fails")  # answered as a 500 in the provider's format
    return call.synthesise()


def _keeper(s: Seeding) -> Item:
    return {"name": f"keeper-{s.index}", "shift": s.cycle(("day", "night"))}


def _animal(s: Seeding) -> Item:
    return {"name": f"animal-{s.index}", "status": "resident", "mascot": s.index == 5}


def _groom(call: Call) -> Any:
    return call.render("animals", call.item("animals", ("resident",)))  # only a resident animal, else a conflict


ZOO = Provider(
    name="zoo",
    error_body=lambda problem: {"error": {"code": problem.code, "message": problem.message}},
    credentials=lambda rng: {"KeyAuth": "zoo-key"},
    statuses=Statuses(validation=400),
    auth_errors={"missing": Problem(401, "no_pass", "Show your zoo pass.")},  # invalid: the default answer
    resources=(
        Resource(
            "keepers",
            "Keeper",
            "/keepers/{keeper_id}",
            ids=Sequential(1),
            seed=_keeper,
            count=23,
            created=("hired_at",),
            exclusive={"lead": ("shift",)},
            refs={"mentor_id": "keepers"},
            ops={"makeLead": Update(fields={"lead": True})},
            counts={"animal_count": Count("animals"), "resident_count": Count("animals", where={"status": "resident"})},
        ),
        Resource(
            "passes",
            "Pass",
            "/passes/{pass_id}",
            ids=Prefixed("pass_"),
            secret=Secret(
                "KeyAuth", lambda rng, item: f"zoo-{item['id']}", "key", "active", "expires_at", "used_at", "readonly"
            ),
        ),
        Resource(
            "animals",
            "Animal",
            "/keepers/{keeper_id}/animals/{animal_id}",
            ids=Hex(12, prefix="an-"),
            seed=_animal,
            count=7,
            lifecycle=ANIMAL,
            ops={"feedAnimal": Move("resident", when=("settling",)), "groomAnimal": _groom},
            follow=(Follow({"leaving": "leaving"}, of="animals", via="mother"),),
            refs={"mother": "animals"},
            counts={"young": Count("animals", via="mother")},
            undeletable=("mascot",),
        ),
        Resource(  # seeded only: each visit is to an animal of its own keeper (Seeding.siblings)
            "visits",
            "Visit",
            parent="keepers",
            seed=lambda s: {"animal": s.siblings("animals")[s.index % 2]["id"]},
            count=2,
        ),
        Resource(
            "tickets",
            "Ticket",
            ids=Uuid(),
            ops={"listTickets": "list"},
            seed=lambda s: {"price": 10 + s.index},
            count=60,
        ),
        Resource(
            "enclosures",
            "Enclosure",
            "/enclosures/{name}",
            ids=Natural("name"),
            id_field="name",
            count=8,
            unique=("name",),
            seed=lambda s: {"name": f"enclosure-{s.index}", "area": 100 * (s.index + 1)},
        ),
    ),
    handlers={"getWeather": _weather},
)


@pytest.fixture
def zoo() -> Iterator[tuple[Sandbox, httpx.Client]]:
    spec = Spec(yaml.safe_load((Path(__file__).parent / "zoo_openapi.yaml").read_text(encoding="utf-8")))
    with Sandbox(ZOO, spec=spec, seed=1, check_responses=True, clock_speed=0) as sb:
        with httpx.Client(base_url=sb.base_url, headers=HEADERS) as client:
            yield sb, client
        assert sb.violations == []


def test_sequential_ids_and_an_envelope_read_from_the_spec(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    assert [k["id"] for k in sb.items("keepers")] == list(range(1, 24))
    hired = client.post("/keepers", json={"name": "Grace", "shift": "night"})
    assert hired.status_code == 201 and hired.json()["keeper"]["id"] == 24  # one above the highest, in {"keeper": ...}
    assert hired.json()["keeper"]["hired_at"] == sb.clock.iso()
    assert client.get("/keepers/24").json()["keeper"]["name"] == "Grace"


def test_nested_items_are_found_under_their_own_parent_only(zoo: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = zoo
    adopted = client.post("/keepers/1/animals", json={"name": "Lola"})
    assert adopted.status_code == 201
    animal = adopted.json()
    assert re.fullmatch(r"an-[0-9a-f]{12}", animal["id"]) and animal["keeper_id"] == 1  # a hex id; the parent's id
    assert client.get(f"/keepers/1/animals/{animal['id']}").status_code == 200
    assert client.get(f"/keepers/2/animals/{animal['id']}").status_code == 404  # not this keeper's
    assert client.get(f"/keepers/999/animals/{animal['id']}").status_code == 404
    assert client.get("/keepers/abc/animals").status_code == 404  # a malformed id: nothing can be there
    assert client.post("/keepers/999/animals", json={"name": "x"}).json()["error"]["code"] == "resource_not_found"


def test_uuid_ids_and_cursor_paging_never_write_a_null_cursor(zoo: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = zoo
    seen, params = [], {"limit": 25}
    while True:
        page = client.get("/tickets", params=params).json()
        seen += [t["id"] for t in page["data"]]
        assert page.get("next_cursor", "") is not None  # the schema's string is never null
        if not page.get("next_cursor"):
            break
        params["cursor"] = page["next_cursor"]
    assert len(seen) == len(set(seen)) == 60
    assert all(re.fullmatch(r"[0-9a-f-]{36}", ticket) for ticket in seen)


def test_offset_paging_with_total_has_more_and_a_filter(zoo: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = zoo
    pages = [client.get("/keepers", params={"offset": offset, "limit": 10}).json() for offset in (0, 10, 20)]
    assert [len(p["items"]) for p in pages] == [10, 10, 3] and [p["has_more"] for p in pages] == [True, True, False]
    assert {p["total"] for p in pages} == {23}
    night = client.get("/keepers", params={"shift": "night", "limit": 50}).json()
    assert night["total"] == 11 and {k["shift"] for k in night["items"]} == {"night"}
    assert client.get("/keepers", params={"limit": 51}).status_code == 400  # above max_page_size


def test_next_url_paging_follows_absolute_urls(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    url: str | None = f"{sb.base_url}/keepers/3/animals?limit=3"
    seen, pages = [], 0
    while url:
        page = client.get(url).json()
        seen += [a["id"] for a in page["animals"]]
        url, pages = page["next"], pages + 1
        assert url is None or url.startswith(f"{sb.base_url}/keepers/3/animals?")
    assert pages == 3 and len(seen) == len(set(seen)) == 7


def test_page_paging_from_one_with_page_zero_as_the_first(zoo: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = zoo
    pages = [client.get("/enclosures", params={"page": n, "per_page": 3}).json() for n in (1, 2, 3, 4)]
    assert [len(p) for p in pages] == [3, 3, 2, 0]  # a bare array
    assert client.get("/enclosures", params={"page": 0, "per_page": 3}).json() == pages[0]


def test_natural_ids_are_names_and_unique(zoo: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = zoo
    assert client.post("/enclosures", json={"name": "lions", "area": 900}).status_code == 201
    assert client.get("/enclosures/lions").json() == {"name": "lions", "area": 900}
    assert client.post("/enclosures", json={"name": "lions", "area": 1}).status_code == 409


def test_timed_transitions_follow_the_clock_not_reads(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    animal = client.post("/keepers/2/animals", json={"name": "Mo"}).json()["id"]
    url = f"/keepers/2/animals/{animal}"
    assert [client.get(url).json()["status"] for _ in range(5)] == ["arriving"] * 5  # reads do not move it
    started = sb.clock.now()
    sb.clock.advance(2.0)
    assert client.get(url).json()["status"] == "settling"
    sb.clock.advance(10.0)  # both steps are played, each at its own time
    body = client.get(url).json()
    assert body["status"] == "resident" and body["updated_at"] == sb.clock.iso(started + 5.0)
    sb.clock.speed = 100.0  # a faster clock plays the same steps sooner: 5 sandbox seconds in ~50 ms
    born, real_start = sb.clock.now(), time.monotonic()
    other = client.post("/keepers/2/animals", json={"name": "Zed"}).json()["id"]
    while client.get(f"/keepers/2/animals/{other}").json()["status"] != "resident":
        assert time.monotonic() - real_start < 30, "the faster clock never played the steps"
    assert sb.clock.now() >= born + 5.0  # never before its time, however fast the clock runs
    assert time.monotonic() - real_start < 30


def test_a_requested_move_checks_the_state(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    animal = client.post("/keepers/4/animals", json={"name": "Pip"}).json()["id"]
    refused = client.post(f"/keepers/4/animals/{animal}/feed")
    assert refused.status_code == 409 and refused.json()["error"]["message"] == "animal is arriving"
    sb.clock.advance(2.0)
    assert client.post(f"/keepers/4/animals/{animal}/feed").json()["status"] == "resident"


def test_failing_and_stalling_a_resource(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    adopt = [client.post("/keepers/5/animals", json={"name": f"a{n}"}).json()["id"] for n in range(2)]
    assert sb.fail("animals", adopt[0], parent=5)["status"] == "sick"  # at once
    assert client.get(f"/keepers/5/animals/{adopt[0]}").json()["status"] == "sick"
    stalled = httpx.post(f"{sb.base_url}/__sandbox__/resources/animals/{adopt[1]}/stall", params={"parent": 5})
    assert stalled.status_code == 200 and stalled.json()["status"] == "arriving"
    sb.clock.advance(1_000.0)
    assert client.get(f"/keepers/5/animals/{adopt[1]}").json()["status"] == "arriving"  # never gets there
    # As faults: the next adoption fails at its first transition, the one after never moves.
    sb.faults.add(operation="adoptAnimal", kind="fail", times=1)
    sb.faults.add(operation="adoptAnimal", kind="stall", times=1)
    failing, stuck = (client.post("/keepers/5/animals", json={"name": n}).json()["id"] for n in ("f", "s"))
    assert [r.fault for r in sb.requests][-2:] == ["fail", "stall"]
    assert client.get(f"/keepers/5/animals/{failing}").json()["status"] == "arriving"
    sb.clock.advance(2.0)
    assert client.get(f"/keepers/5/animals/{failing}").json()["status"] == "sick"
    assert client.get(f"/keepers/5/animals/{stuck}").json()["status"] == "arriving"
    with pytest.raises(LookupError, match="no animals item"):
        sb.fail("animals", "an-000000000000", parent=5)


def test_deleting_moves_through_the_lifecycle_and_hides_the_gone(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    animal = sb.items("animals")[0]
    url = f"/keepers/{animal['keeper_id']}/animals/{animal['id']}"
    assert client.delete(url).status_code == 204
    assert client.get(url).json()["status"] == "leaving"
    sb.clock.advance(1.0)
    assert client.get(url).json()["status"] == "gone"  # still readable...
    listed = client.get(f"/keepers/{animal['keeper_id']}/animals", params={"limit": 20}).json()["animals"]
    assert animal["id"] not in [a["id"] for a in listed]  # ...but not listed
    assert client.delete(url).status_code == 404  # and nothing more can be done to it


def test_the_clock_from_the_control_path(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, _client = zoo
    before = sb.clock.now()
    moved = httpx.post(f"{sb.base_url}/__sandbox__/clock", json={"advance": 90}).json()
    assert moved["speed"] == 0 and sb.clock.now() == pytest.approx(before + 90)
    assert httpx.post(f"{sb.base_url}/__sandbox__/clock", json={"speed": -1}).status_code == 400


def test_operations_no_resource_serves_answer_from_the_spec(zoo: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = zoo
    assert client.get("/weather").json() == {"sky": "sunny"}


def test_an_unexpected_failure_is_a_500_in_the_provider_format_and_logged(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    failed = client.get("/weather", headers={"X-Boom": "1"})
    assert failed.status_code == 500 and failed.json()["error"]["code"] == "internal_error"
    assert (sb.requests[-1].operation, sb.requests[-1].status) == ("getWeather", 500)


def test_an_exclusive_flag_is_held_by_one_item_of_its_group(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    day = [k["id"] for k in sb.items("keepers") if k["shift"] == "day"]
    night = next(k["id"] for k in sb.items("keepers") if k["shift"] == "night")
    assert client.post(f"/keepers/{night}/lead").json()["keeper"]["lead"] is True  # an action that sets the flag
    assert client.patch(f"/keepers/{day[0]}", json={"lead": True}).json()["keeper"]["lead"] is True
    client.post(f"/keepers/{day[1]}/lead")
    leads = {k["id"] for k in sb.items("keepers") if k["lead"]}
    assert leads == {night, day[1]}  # one per shift: the group
    hired = client.post("/keepers", json={"name": "Edsger", "shift": "day"}).json()["keeper"]
    assert hired["lead"] is False and client.get(f"/keepers/{day[1]}").json()["keeper"]["lead"] is True


def test_body_references_must_name_live_items(zoo: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = zoo
    assert client.patch("/keepers/2", json={"mentor_id": 3}).json()["keeper"]["mentor_id"] == 3
    missing = client.patch("/keepers/2", json={"mentor_id": 999})  # the operation documents a 404: a 404
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "resource_not_found"
    assert client.get("/keepers/2").json()["keeper"]["mentor_id"] == 3  # unchanged
    invalid = client.post("/keepers", json={"name": "Barbara", "mentor_id": 999})  # no 404 documented: invalid
    assert invalid.status_code == 400 and invalid.json()["error"]["code"] == "does_not_exist"
    assert "999" in invalid.json()["error"]["message"]


def test_created_credentials_work_until_deactivated_deleted_or_expired(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    made = client.post("/passes", json={"readonly": False})
    assert made.status_code == 201 and made.json()["key"] == f"zoo-{made.json()['id']}"  # shown once
    pass_id, own = made.json()["id"], {"X-Zoo-Key": made.json()["key"]}
    assert "key" not in client.get(f"/passes/{pass_id}").json()
    assert client.get("/keepers/1", headers=own).status_code == 200
    assert client.get(f"/passes/{pass_id}").json()["used_at"] == sb.clock.iso()
    client.patch(f"/passes/{pass_id}", json={"active": False})
    refused = client.get("/keepers/1", headers=own)
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "invalid_api_key"
    client.patch(f"/passes/{pass_id}", json={"active": True})
    assert client.get("/keepers/1", headers=own).status_code == 200
    assert client.delete(f"/passes/{pass_id}").status_code == 204
    assert client.get("/keepers/1", headers=own).status_code == 401
    reader = client.post("/passes", json={"readonly": True}).json()
    mine = {"X-Zoo-Key": reader["key"]}
    assert client.get("/keepers/1", headers=mine).status_code == 200
    denied = client.patch("/keepers/1", headers=mine, json={"shift": "day"})
    assert denied.status_code == 403 and denied.json()["error"]["code"] == "forbidden"
    soon = client.post("/passes", json={"expires_at": sb.clock.iso(sb.clock.now() + 60)}).json()
    assert client.get("/keepers/1", headers={"X-Zoo-Key": soon["key"]}).status_code == 200
    sb.clock.advance(60)
    assert client.get("/keepers/1", headers={"X-Zoo-Key": soon["key"]}).status_code == 401


def test_followers_move_with_the_item_they_belong_to(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    mother = client.post("/keepers/2/animals", json={"name": "Elsa"}).json()
    assert mother["keeper_id"] == 2  # the parent field, named like the parent's id parameter
    young = [
        client.post("/keepers/2/animals", json={"name": f"cub-{n}", "mother": mother["id"]}).json() for n in (1, 2)
    ]
    other = client.post("/keepers/2/animals", json={"name": "Nala"}).json()
    unknown = client.post("/keepers/2/animals", json={"name": "Kiara", "mother": "an-000000000000"})
    assert unknown.status_code == 404  # a body reference to no animal
    sb.clock.advance(5.0)
    client.delete(f"/keepers/2/animals/{young[1]['id']}")
    sb.clock.advance(0.5)
    client.delete(f"/keepers/2/animals/{mother['id']}")
    states = {a["name"]: a["status"] for a in sb.items("animals") if a["keeper_id"] == 2}
    assert states["Elsa"] == states["cub-1"] == "leaving" and states["Nala"] == "resident" and other["mother"] is None
    assert states["cub-2"] == "leaving"
    sb.clock.advance(0.5)
    assert client.get(f"/keepers/2/animals/{young[1]['id']}").json()["status"] == "gone"  # left first, on its own


def test_declarations_are_checked_against_the_spec() -> None:
    spec = Spec(yaml.safe_load((Path(__file__).parent / "zoo_openapi.yaml").read_text(encoding="utf-8")))
    wrong = Provider(
        name="zoo",
        error_body=lambda problem: {},
        credentials=lambda rng: {},
        resources=(Resource("cages", "Cage", "/cages/{cage_id}", ops={"listCages": "list"}),),
        handlers={"getZebra": lambda call: None},
    )
    with pytest.raises(ValueError, match="does not match its spec") as found:
        Sandbox(wrong, spec=spec)
    for part in ("schema 'Cage'", "'listCages'", "at /cages/{cage_id}", "'getZebra'"):
        assert part in str(found.value)


def test_lifecycle_steps_written_as_flows() -> None:
    flows = steps("draft > building > running; deleting > deleted", 1.0) | steps("running > idle", 5.0)
    assert flows == {"draft": ("building", 1.0), "building": ("running", 1.0), "deleting": ("deleted", 1.0)} | {
        "running": ("idle", 5.0)
    }
    assert Lifecycle(flows).first == "draft"


def test_prefixed_ids() -> None:
    assert re.fullmatch(r"usr_[a-z0-9]{10}", Prefixed("usr_").new(__import__("random").Random(1), 0))
    with Sandbox("cloudapi", seed=2) as sb:
        assert all(re.fullmatch(r"usr_[a-z0-9]+", user["id"]) for user in sb.items("users"))


def test_sandboxes_are_discovered_from_the_installed_providers() -> None:
    found = available()
    assert found and set(found) <= set(facade.providers())
    with pytest.raises(ValueError, match=r"no sandbox for 'nope'; sandboxes: " + ", ".join(found)):
        Sandbox("nope")


def test_counts_are_derived_from_live_items(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    seeded = sum(a["keeper_id"] == 2 for a in sb.items("animals"))
    keeper = client.get("/keepers/2").json()["keeper"]
    assert keeper["animal_count"] == keeper["resident_count"] == seeded > 0
    mother = client.post("/keepers/2/animals", json={"name": "Elsa"}).json()
    assert mother["young"] == 0
    cub = client.post("/keepers/2/animals", json={"name": "cub", "mother": mother["id"]}).json()
    assert client.get(f"/keepers/2/animals/{mother['id']}").json()["young"] == 1  # linked by a field: via
    listed = client.get("/keepers", params={"limit": 50}).json()["items"]
    assert next(k for k in listed if k["id"] == 2)["animal_count"] == seeded + 2  # in lists too
    assert client.get("/keepers/2").json()["keeper"]["resident_count"] == seeded  # the new ones are arriving
    client.delete(f"/keepers/2/animals/{cub['id']}")  # leaving: no longer counted
    assert client.get("/keepers/2").json()["keeper"]["animal_count"] == seeded + 1
    assert client.get(f"/keepers/2/animals/{mother['id']}").json()["young"] == 0


def test_an_undeletable_item_and_a_required_state(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    mascot = next(a for a in sb.items("animals") if a["mascot"])
    where = f"/keepers/{mascot['keeper_id']}/animals/{mascot['id']}"
    refused = client.delete(where)
    assert refused.status_code == 409
    assert refused.json()["error"] == {"code": "conflict", "message": "the mascot animal cannot be deleted"}
    assert client.get(where).json()["status"] == "resident"
    assert client.post(f"{where}/groom").json()["id"] == mascot["id"]  # resident: groomed
    new = client.post("/keepers/2/animals", json={"name": "Simba"}).json()
    early = client.post(f"/keepers/2/animals/{new['id']}/groom")
    assert early.status_code == 409 and early.json()["error"]["message"] == "animal is arriving"
    assert client.delete(f"/keepers/2/animals/{new['id']}").status_code == 204  # not a mascot


def test_seeds_take_options_in_turn_and_see_their_siblings(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, _client = zoo
    assert [k["shift"] for k in sb.items("keepers")[:4]] == ["day", "night", "day", "night"]  # Seeding.cycle
    animals = {a["id"]: a["keeper_id"] for a in sb.items("animals")}
    visits = sb.items("visits")
    assert len(visits) == 2 * len(sb.items("keepers")) and len({v["animal"] for v in visits}) == len(visits)
    assert all(animals[v["animal"]] == v["keeper_id"] for v in visits)


def test_auth_errors_are_declared_per_reason(zoo: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = zoo
    missing = httpx.get(f"{sb.base_url}/keepers/1")  # no key at all
    assert missing.status_code == 401 and missing.json()["error"] == {
        "code": "no_pass",
        "message": "Show your zoo pass.",
    }
    wrong = client.get("/keepers/1", headers={"X-Zoo-Key": "not-a-pass"})
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "invalid_api_key"  # not declared: the default
