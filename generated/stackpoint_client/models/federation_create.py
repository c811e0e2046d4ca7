from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dns_provider import DnsProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.federation_role_request import FederationRoleRequest
    from ..models.freeform_object import FreeformObject


T = TypeVar("T", bound="FederationCreate")


@_attrs_define
class FederationCreate:
    """Fields for a new federation.

    Attributes:
        dns_provider (DnsProvider): DNS service that hosts a federation's zone. Example: google-clouddns.
        dns_provider_keyset (int): Keyset with the DNS provider credentials. Example: 12.
        dns_zone (str):  Example: example.com..
        name (str): Unique in the workspace. Example: My New Federation.
        roles (list[FederationRoleRequest]): Member clusters; exactly one must be `host`, which cannot be changed later.
        deployments (list[FreeformObject] | Unset):  Example: [].
        workspace (int | Unset): Workspace ID; defaults to the workspace in the path and must match it if sent. Example:
            15.
    """

    dns_provider: DnsProvider
    dns_provider_keyset: int
    dns_zone: str
    name: str
    roles: list[FederationRoleRequest]
    deployments: list[FreeformObject] | Unset = UNSET
    workspace: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dns_provider = self.dns_provider.value

        dns_provider_keyset = self.dns_provider_keyset

        dns_zone = self.dns_zone

        name = self.name

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        deployments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = []
            for deployments_item_data in self.deployments:
                deployments_item = deployments_item_data.to_dict()
                deployments.append(deployments_item)

        workspace = self.workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dns_provider": dns_provider,
                "dns_provider_keyset": dns_provider_keyset,
                "dns_zone": dns_zone,
                "name": name,
                "roles": roles,
            }
        )
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.federation_role_request import FederationRoleRequest  # noqa: PLC0415
        from ..models.freeform_object import FreeformObject  # noqa: PLC0415

        d = dict(src_dict)
        dns_provider = DnsProvider(d.pop("dns_provider"))

        dns_provider_keyset = d.pop("dns_provider_keyset")

        dns_zone = d.pop("dns_zone")

        name = d.pop("name")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = FederationRoleRequest.from_dict(roles_item_data)

            roles.append(roles_item)

        _deployments = d.pop("deployments", UNSET)
        deployments: list[FreeformObject] | Unset = UNSET
        if _deployments is not UNSET:
            deployments = []
            for deployments_item_data in _deployments:
                deployments_item = FreeformObject.from_dict(deployments_item_data)

                deployments.append(deployments_item)

        workspace = d.pop("workspace", UNSET)

        federation_create = cls(
            dns_provider=dns_provider,
            dns_provider_keyset=dns_provider_keyset,
            dns_zone=dns_zone,
            name=name,
            roles=roles,
            deployments=deployments,
            workspace=workspace,
        )

        federation_create.additional_properties = d
        return federation_create

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
