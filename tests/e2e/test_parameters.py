"""Wrong arguments raise one facade error before anything is sent; right ones reach the server as the spec says."""

from __future__ import annotations

from typing import Any

import pytest

import facade
from facade.sandbox import Sandbox, SandboxGroup

from .conftest import aclient, box, client


def _sent(sb: Sandbox, operation: str) -> int:
    return len([r for r in sb.requests if r.operation == operation])


def _refused(c: facade.Client, operation: str, **params: Any) -> facade.ParameterError:
    with pytest.raises(facade.ParameterError) as info:
        c.call(operation, **params)
    return info.value


def test_misspelled_name_suggests_the_right_one(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with client(cloud) as c:
        err = _refused(c, "getUser", usr_id="usr_1")
        camel = _refused(c, "getUser", userId="usr_1")
    assert (err.provider, err.operation, err.name) == ("cloudapi", "getUser", "usr_id")
    assert str(err).startswith("cloudapi.getUser: unknown parameter 'usr_id'; did you mean 'user_id'?")
    assert "did you mean 'user_id'?" in str(camel)
    assert isinstance(err, TypeError) and isinstance(err, facade.ConfigurationError)
    assert _sent(cloud, "getUser") == 0


def test_missing_required_path_and_query_parameters(sandboxes: SandboxGroup) -> None:
    cloud, io = box(sandboxes, "cloudapi"), box(sandboxes, "ionet")
    with client(cloud) as c:
        path = _refused(c, "getUser")
    with client(io) as c:
        query = _refused(c, "getVmPriceEstimate", location_ids="1", hardware_id=1, currency="usdc", duration_hours=1)
    assert str(path) == "cloudapi.getUser: missing required parameter 'user_id' (path 'user_id')"
    assert query.name == "gpus_per_vm"
    assert "'gpus_per_vm' (query 'gpus_per_vm'), 'replica_count' (query 'replica_count')" in str(query)
    assert _sent(cloud, "getUser") == 0 and _sent(io, "getVmPriceEstimate") == 0


def test_missing_body_field_is_named_not_a_key_error(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with client(cloud) as c:
        missing = _refused(c, "createKey", body={"name": "ci"})
        typo = _refused(c, "createKey", body={"projct_id": "proj_1"})
        no_body = _refused(c, "createKey")
    assert str(missing) == (
        "cloudapi.createKey: missing required body field 'project_id' (body fields: project_id, name)"
    )
    assert not isinstance(missing, KeyError) and missing.name == "project_id"
    assert "got 'projct_id', did you mean 'project_id'?" in str(typo)
    assert str(no_body) == "cloudapi.createKey: needs a request body: body={...} with project_id"
    assert _sent(cloud, "createKey") == 0


def test_wrong_types_are_refused_not_stringified(sandboxes: SandboxGroup) -> None:
    cloud, io = box(sandboxes, "cloudapi"), box(sandboxes, "ionet")
    with client(cloud) as c:
        number = _refused(c, "getUser", user_id=123)
        flag = _refused(c, "listUsers", limit=True)
        field = _refused(c, "createKey", body={"project_id": 5})
        body_kind = _refused(c, "createKey", body=["project_id"])
    with client(io) as c:
        text = _refused(c, "getAvailableVms", hardware_id="3", hardware_qty=1)
    assert str(number).endswith("parameter 'user_id' (path 'user_id') must be a string, got int 123")
    assert str(flag).endswith("parameter 'limit' (query 'limit') must be an integer, got bool True")
    assert str(field).endswith("body field 'project_id' must be a string, got int 5")
    assert "body must be a dict or CreateKeyRequest, got list" in str(body_kind)
    assert str(text).endswith("must be an integer, got str '3'")
    assert _sent(cloud, "getUser") + _sent(cloud, "listUsers") + _sent(cloud, "createKey") == 0


def test_enums_list_their_choices_and_take_plain_strings(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with client(cloud) as c:
        err = _refused(c, "listKeys", status="actve")
        everything = c.call("listKeys", limit=100).data
        active = c.call("listKeys", status="active", limit=100).data  # a plain str: today an AttributeError
    assert str(err).endswith("must be one of 'active', 'revoked'; got 'actve' (did you mean 'active'?)")
    assert active and all(k.status == "active" for k in active)
    assert len(active) == sum(k.status == "active" for k in everything) < len(everything)


def test_none_means_not_given(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with client(cloud) as c:
        keys = c.call("listKeys", status=None, cursor=None, limit=100).data
        listed = c.paginate("listUsers", cursor=None).to_list()
    assert {k.status for k in keys} == {"active", "revoked"}
    assert len(listed) == 250
    assert [r.status for r in cloud.requests if r.operation == "listKeys"] == [200]


def test_body_as_model_or_dict(sandboxes: SandboxGroup) -> None:
    from cloudapi_client.models.create_key_request import CreateKeyRequest

    cloud = box(sandboxes, "cloudapi")
    with client(cloud) as c:
        project = c.call("listProjects").data[0].id
        as_dict = c.call("createKey", body={"project_id": project, "name": "from-dict"}).data
        as_model = c.call("createKey", body=CreateKeyRequest(project_id=project, name="from-model")).data
    assert (as_dict.name, as_model.name) == ("from-dict", "from-model")
    assert as_dict.project_id == as_model.project_id == project


def test_list_body_of_dicts(sandboxes: SandboxGroup) -> None:
    spc = box(sandboxes, "stackpoint")
    with client(spc) as c:
        org = c.call("listOrgs")[0].pk
        invites = [{"email": "a@example.com", "role": "member"}, {"email": "b@example.com", "role": "member"}]
        made = c.call("inviteMembers", org_id=org, body=invites)  # today: 'dict' object has no attribute 'to_dict'
        wrong = _refused(c, "inviteMembers", org_id=org, body=invites[0])
        nested = _refused(c, "inviteMembers", org_id=org, body=[{"email": "c@example.com"}])
    assert sorted(i.email for i in made) == ["a@example.com", "b@example.com"]
    assert "body must be a list of object (dict) values, got a dict" in str(wrong)
    assert str(nested) == "stackpoint.inviteMembers: body[0] does not match InviteRequest: missing field 'role'"


def test_date_time_strings_reach_the_server(sandboxes: SandboxGroup) -> None:
    cast = box(sandboxes, "castai")
    with client(cast) as c:
        cluster = c.call("ExternalClusterAPI_ListClusters").items[0].id
        report = c.call(
            "ClusterReportAPI_GetClusterCostReport",
            cluster_id=cluster,
            start_time="2026-07-01T00:00:00Z",
            end_time="2026-07-02T00:00:00Z",
        )
        bad = _refused(
            c,
            "ClusterReportAPI_GetClusterCostReport",
            cluster_id=cluster,
            start_time="yesterday",
            end_time="2026-07-02T00:00:00Z",
        )
    assert report.cluster_id == cluster
    assert "must be an ISO 8601 date-time such as 2026-01-31T12:00:00Z, got 'yesterday'" in str(bad)


def test_paginate_checks_before_the_first_page(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with client(cloud) as c:
        with pytest.raises(facade.ParameterError, match=r"unknown parameter 'stauts'; did you mean 'status'\?"):
            c.paginate("listKeys", stauts="active")
        with pytest.raises(facade.ParameterError, match=r"limit=0 must be a whole number >= 1"):
            c.paginate("listKeys", limit=0)
        with pytest.raises(facade.ParameterError, match="getUsage: not a list operation"):
            c.paginate("getUsage")
        revoked = c.paginate("listKeys", status="revoked", limit=2).to_list()
    assert revoked and {k.status for k in revoked} == {"revoked"}
    assert _sent(cloud, "getUsage") == 0


async def test_async_calls_are_checked_too(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    async with aclient(cloud) as ac:
        with pytest.raises(facade.ParameterError, match="did you mean 'user_id'"):
            await ac.call("getUser", user=1)
        with pytest.raises(
            facade.ParameterError, match=r"unknown parameter 'user_id' \(listUsers takes limit, cursor\)"
        ):
            ac.paginate("listUsers", user_id="x")
    assert _sent(cloud, "getUser") == 0
