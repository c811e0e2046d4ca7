from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersistentVolume")


@_attrs_define
class PersistentVolume:
    """A Kubernetes persistent volume with its claim.

    Attributes:
        cluster (int): Cluster ID. Example: 45.
        created (datetime.datetime):  Example: 2019-02-15T18:02:11.381022Z.
        name (str):  Example: pvc-3f2a9c1e.
        pk (int): Volume ID. Example: 12.
        size (int): Size in GB. Example: 20.
        state (str): State of the volume as last reported by the cluster. Example: bound.
        volume_id (str): The provider's volume ID. Example: vol-0a1b2c3d4e5f67890.
        access_mode (str | Unset):  Example: ReadWriteOnce.
        backend (str | Unset):  Example: aws-ebs.
        claim_name (str | Unset): Name of the PersistentVolumeClaim. Example: data-postgres-0.
        deleted (bool | Unset):  Example: False.
        namespace (str | Unset):  Example: default.
        owner (int | Unset): ID of the user who owns the volume. Example: 3.
        recycling_policy (str | Unset):  Example: Delete.
        volume_type (str | Unset):  Example: gp2.
    """

    cluster: int
    created: datetime.datetime
    name: str
    pk: int
    size: int
    state: str
    volume_id: str
    access_mode: str | Unset = UNSET
    backend: str | Unset = UNSET
    claim_name: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    namespace: str | Unset = UNSET
    owner: int | Unset = UNSET
    recycling_policy: str | Unset = UNSET
    volume_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster = self.cluster

        created = self.created.isoformat()

        name = self.name

        pk = self.pk

        size = self.size

        state = self.state

        volume_id = self.volume_id

        access_mode = self.access_mode

        backend = self.backend

        claim_name = self.claim_name

        deleted = self.deleted

        namespace = self.namespace

        owner = self.owner

        recycling_policy = self.recycling_policy

        volume_type = self.volume_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster": cluster,
                "created": created,
                "name": name,
                "pk": pk,
                "size": size,
                "state": state,
                "volume_id": volume_id,
            }
        )
        if access_mode is not UNSET:
            field_dict["access_mode"] = access_mode
        if backend is not UNSET:
            field_dict["backend"] = backend
        if claim_name is not UNSET:
            field_dict["claim_name"] = claim_name
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if owner is not UNSET:
            field_dict["owner"] = owner
        if recycling_policy is not UNSET:
            field_dict["recycling_policy"] = recycling_policy
        if volume_type is not UNSET:
            field_dict["volume_type"] = volume_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster = d.pop("cluster")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        name = d.pop("name")

        pk = d.pop("pk")

        size = d.pop("size")

        state = d.pop("state")

        volume_id = d.pop("volume_id")

        access_mode = d.pop("access_mode", UNSET)

        backend = d.pop("backend", UNSET)

        claim_name = d.pop("claim_name", UNSET)

        deleted = d.pop("deleted", UNSET)

        namespace = d.pop("namespace", UNSET)

        owner = d.pop("owner", UNSET)

        recycling_policy = d.pop("recycling_policy", UNSET)

        volume_type = d.pop("volume_type", UNSET)

        persistent_volume = cls(
            cluster=cluster,
            created=created,
            name=name,
            pk=pk,
            size=size,
            state=state,
            volume_id=volume_id,
            access_mode=access_mode,
            backend=backend,
            claim_name=claim_name,
            deleted=deleted,
            namespace=namespace,
            owner=owner,
            recycling_policy=recycling_policy,
            volume_type=volume_type,
        )

        persistent_volume.additional_properties = d
        return persistent_volume

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
