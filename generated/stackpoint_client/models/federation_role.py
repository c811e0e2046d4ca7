from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.federation_role_name import FederationRoleName
from ..models.federation_role_state import FederationRoleState

if TYPE_CHECKING:
    from ..models.cluster import Cluster


T = TypeVar("T", bound="FederationRole")


@_attrs_define
class FederationRole:
    """A cluster's membership of a federation.

    Attributes:
        cluster (Cluster): A Kubernetes cluster. Lists return the summary fields (the required ones); single-cluster and
            create responses add the detail fields.
        created (datetime.datetime):  Example: 2019-03-26T17:16:32.131167Z.
        federation (int): Federation ID. Example: 103.
        pk (int): Federation role ID. Example: 178.
        role (FederationRoleName): Role of a cluster in a federation. Exactly one cluster is the `host`. Example: guest.
        state (FederationRoleState): State of one cluster's membership in a federation. Example: joined.
        updated (datetime.datetime):  Example: 2019-03-26T17:20:31.833048Z.
    """

    cluster: Cluster
    created: datetime.datetime
    federation: int
    pk: int
    role: FederationRoleName
    state: FederationRoleState
    updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster = self.cluster.to_dict()

        created = self.created.isoformat()

        federation = self.federation

        pk = self.pk

        role = self.role.value

        state = self.state.value

        updated = self.updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster": cluster,
                "created": created,
                "federation": federation,
                "pk": pk,
                "role": role,
                "state": state,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster import Cluster  # noqa: PLC0415

        d = dict(src_dict)
        cluster = Cluster.from_dict(d.pop("cluster"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        federation = d.pop("federation")

        pk = d.pop("pk")

        role = FederationRoleName(d.pop("role"))

        state = FederationRoleState(d.pop("state"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        federation_role = cls(
            cluster=cluster,
            created=created,
            federation=federation,
            pk=pk,
            role=role,
            state=state,
            updated=updated,
        )

        federation_role.additional_properties = d
        return federation_role

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
