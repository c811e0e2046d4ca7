from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dns_provider import DnsProvider
from ..models.federation_state import FederationState

if TYPE_CHECKING:
    from ..models.federation_role import FederationRole
    from ..models.freeform_object import FreeformObject
    from ..models.workspace_summary import WorkspaceSummary


T = TypeVar("T", bound="Federation")


@_attrs_define
class Federation:
    """A Kubernetes federation joining one host cluster and any number of guest clusters.

    Attributes:
        created (datetime.datetime):  Example: 2019-03-26T17:16:32.120793Z.
        deployments (list[FreeformObject]):  Example: [].
        dns_provider (DnsProvider): DNS service that hosts a federation's zone. Example: google-clouddns.
        dns_provider_keyset (int): Keyset holding the DNS provider credentials. Example: 4688.
        dns_zone (str): DNS zone the federation publishes services in. Example: example.com..
        etcd_operator (int | None): etcd operator ID, or null.
        identifier (str): Internal identifier. Example: spc-yunp9s0hn6.
        is_kubeconfig_available (bool):  Example: True.
        name (str):  Example: Test Federation.
        org (int): Organization ID. Example: 381.
        pk (int): Federation ID. Example: 103.
        roles (list[FederationRole]): Member clusters.
        state (FederationState): Lifecycle state of a federation. Example: running.
        updated (datetime.datetime):  Example: 2019-03-26T17:16:32.496470Z.
        workspace (WorkspaceSummary): A workspace as embedded in clusters and federations.
    """

    created: datetime.datetime
    deployments: list[FreeformObject]
    dns_provider: DnsProvider
    dns_provider_keyset: int
    dns_zone: str
    etcd_operator: int | None
    identifier: str
    is_kubeconfig_available: bool
    name: str
    org: int
    pk: int
    roles: list[FederationRole]
    state: FederationState
    updated: datetime.datetime
    workspace: WorkspaceSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        deployments = []
        for deployments_item_data in self.deployments:
            deployments_item = deployments_item_data.to_dict()
            deployments.append(deployments_item)

        dns_provider = self.dns_provider.value

        dns_provider_keyset = self.dns_provider_keyset

        dns_zone = self.dns_zone

        etcd_operator: int | None
        etcd_operator = self.etcd_operator

        identifier = self.identifier

        is_kubeconfig_available = self.is_kubeconfig_available

        name = self.name

        org = self.org

        pk = self.pk

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        state = self.state.value

        updated = self.updated.isoformat()

        workspace = self.workspace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "deployments": deployments,
                "dns_provider": dns_provider,
                "dns_provider_keyset": dns_provider_keyset,
                "dns_zone": dns_zone,
                "etcd_operator": etcd_operator,
                "identifier": identifier,
                "is_kubeconfig_available": is_kubeconfig_available,
                "name": name,
                "org": org,
                "pk": pk,
                "roles": roles,
                "state": state,
                "updated": updated,
                "workspace": workspace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.federation_role import FederationRole  # noqa: PLC0415
        from ..models.freeform_object import FreeformObject  # noqa: PLC0415
        from ..models.workspace_summary import WorkspaceSummary  # noqa: PLC0415

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        deployments = []
        _deployments = d.pop("deployments")
        for deployments_item_data in _deployments:
            deployments_item = FreeformObject.from_dict(deployments_item_data)

            deployments.append(deployments_item)

        dns_provider = DnsProvider(d.pop("dns_provider"))

        dns_provider_keyset = d.pop("dns_provider_keyset")

        dns_zone = d.pop("dns_zone")

        def _parse_etcd_operator(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        etcd_operator = _parse_etcd_operator(d.pop("etcd_operator"))

        identifier = d.pop("identifier")

        is_kubeconfig_available = d.pop("is_kubeconfig_available")

        name = d.pop("name")

        org = d.pop("org")

        pk = d.pop("pk")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = FederationRole.from_dict(roles_item_data)

            roles.append(roles_item)

        state = FederationState(d.pop("state"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        workspace = WorkspaceSummary.from_dict(d.pop("workspace"))

        federation = cls(
            created=created,
            deployments=deployments,
            dns_provider=dns_provider,
            dns_provider_keyset=dns_provider_keyset,
            dns_zone=dns_zone,
            etcd_operator=etcd_operator,
            identifier=identifier,
            is_kubeconfig_available=is_kubeconfig_available,
            name=name,
            org=org,
            pk=pk,
            roles=roles,
            state=state,
            updated=updated,
            workspace=workspace,
        )

        federation.additional_properties = d
        return federation

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
