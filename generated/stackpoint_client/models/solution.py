from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.solution_state import SolutionState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.freeform_object import FreeformObject


T = TypeVar("T", bound="Solution")


@_attrs_define
class Solution:
    """An application installed on a cluster. List views return the short form (pk, name, solution, state).

    Attributes:
        name (str): Display name. Example: Helm Tiller.
        pk (int): Solution ID. Example: 4409.
        solution (str): Solution identifier. Example: helm_tiller.
        state (SolutionState): Lifecycle state of a solution installed on a cluster. Example: installed.
        cluster (int | Unset): Cluster ID. Example: 45.
        config (FreeformObject | Unset): Free-form JSON object whose keys depend on the provider, solution or billing
            backend. Example: {}.
        created (datetime.datetime | Unset):  Example: 2019-02-13T16:44:20.243883Z.
        extra_data (FreeformObject | Unset): Free-form JSON object whose keys depend on the provider, solution or
            billing backend. Example: {}.
        git_path (str | Unset):
        git_repo (str | Unset):
        initial (bool | Unset): Whether the solution was requested when the cluster was created. Example: True.
        installer (str | Unset): Installer used. Example: ansible_custom.
        instance_id (str | Unset): Internal instance name. Example: solx82p20x.
        is_deleteable (bool | Unset): Whether the solution may be removed from the cluster. Example: False.
        keyset (int | None | Unset): Solution keyset ID, if the solution needs one.
        keyset_name (str | Unset):
        max_nodes (int | None | Unset): Autoscaler ceiling (autoscaler only).
        password (str | Unset):
        updated (datetime.datetime | Unset):  Example: 2019-02-13T16:44:20.244065Z.
        url (str | Unset):
        username (str | Unset):
        version (str | Unset):
        version_migrations (list[str] | Unset):  Example: [].
    """

    name: str
    pk: int
    solution: str
    state: SolutionState
    cluster: int | Unset = UNSET
    config: FreeformObject | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    extra_data: FreeformObject | Unset = UNSET
    git_path: str | Unset = UNSET
    git_repo: str | Unset = UNSET
    initial: bool | Unset = UNSET
    installer: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    is_deleteable: bool | Unset = UNSET
    keyset: int | None | Unset = UNSET
    keyset_name: str | Unset = UNSET
    max_nodes: int | None | Unset = UNSET
    password: str | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    username: str | Unset = UNSET
    version: str | Unset = UNSET
    version_migrations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        pk = self.pk

        solution = self.solution

        state = self.state.value

        cluster = self.cluster

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        extra_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_data, Unset):
            extra_data = self.extra_data.to_dict()

        git_path = self.git_path

        git_repo = self.git_repo

        initial = self.initial

        installer = self.installer

        instance_id = self.instance_id

        is_deleteable = self.is_deleteable

        keyset: int | None | Unset
        if isinstance(self.keyset, Unset):
            keyset = UNSET
        else:
            keyset = self.keyset

        keyset_name = self.keyset_name

        max_nodes: int | None | Unset
        if isinstance(self.max_nodes, Unset):
            max_nodes = UNSET
        else:
            max_nodes = self.max_nodes

        password = self.password

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        url = self.url

        username = self.username

        version = self.version

        version_migrations: list[str] | Unset = UNSET
        if not isinstance(self.version_migrations, Unset):
            version_migrations = self.version_migrations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "pk": pk,
                "solution": solution,
                "state": state,
            }
        )
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if config is not UNSET:
            field_dict["config"] = config
        if created is not UNSET:
            field_dict["created"] = created
        if extra_data is not UNSET:
            field_dict["extra_data"] = extra_data
        if git_path is not UNSET:
            field_dict["git_path"] = git_path
        if git_repo is not UNSET:
            field_dict["git_repo"] = git_repo
        if initial is not UNSET:
            field_dict["initial"] = initial
        if installer is not UNSET:
            field_dict["installer"] = installer
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if is_deleteable is not UNSET:
            field_dict["is_deleteable"] = is_deleteable
        if keyset is not UNSET:
            field_dict["keyset"] = keyset
        if keyset_name is not UNSET:
            field_dict["keyset_name"] = keyset_name
        if max_nodes is not UNSET:
            field_dict["max_nodes"] = max_nodes
        if password is not UNSET:
            field_dict["password"] = password
        if updated is not UNSET:
            field_dict["updated"] = updated
        if url is not UNSET:
            field_dict["url"] = url
        if username is not UNSET:
            field_dict["username"] = username
        if version is not UNSET:
            field_dict["version"] = version
        if version_migrations is not UNSET:
            field_dict["version_migrations"] = version_migrations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.freeform_object import FreeformObject  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        pk = d.pop("pk")

        solution = d.pop("solution")

        state = SolutionState(d.pop("state"))

        cluster = d.pop("cluster", UNSET)

        _config = d.pop("config", UNSET)
        config: FreeformObject | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = FreeformObject.from_dict(_config)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _extra_data = d.pop("extra_data", UNSET)
        extra_data: FreeformObject | Unset
        if isinstance(_extra_data, Unset):
            extra_data = UNSET
        else:
            extra_data = FreeformObject.from_dict(_extra_data)

        git_path = d.pop("git_path", UNSET)

        git_repo = d.pop("git_repo", UNSET)

        initial = d.pop("initial", UNSET)

        installer = d.pop("installer", UNSET)

        instance_id = d.pop("instance_id", UNSET)

        is_deleteable = d.pop("is_deleteable", UNSET)

        def _parse_keyset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        keyset = _parse_keyset(d.pop("keyset", UNSET))

        keyset_name = d.pop("keyset_name", UNSET)

        def _parse_max_nodes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_nodes = _parse_max_nodes(d.pop("max_nodes", UNSET))

        password = d.pop("password", UNSET)

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        url = d.pop("url", UNSET)

        username = d.pop("username", UNSET)

        version = d.pop("version", UNSET)

        version_migrations = cast(list[str], d.pop("version_migrations", UNSET))

        solution = cls(
            name=name,
            pk=pk,
            solution=solution,
            state=state,
            cluster=cluster,
            config=config,
            created=created,
            extra_data=extra_data,
            git_path=git_path,
            git_repo=git_repo,
            initial=initial,
            installer=installer,
            instance_id=instance_id,
            is_deleteable=is_deleteable,
            keyset=keyset,
            keyset_name=keyset_name,
            max_nodes=max_nodes,
            password=password,
            updated=updated,
            url=url,
            username=username,
            version=version,
            version_migrations=version_migrations,
        )

        solution.additional_properties = d
        return solution

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
