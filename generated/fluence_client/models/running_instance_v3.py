from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vm_status import VmStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datacenter import Datacenter
    from ..models.port_spec import PortSpec
    from ..models.vm_resource import VmResource


T = TypeVar("T", bound="RunningInstanceV3")


@_attrs_define
class RunningInstanceV3:
    """
    Attributes:
        created_at (datetime.datetime):  Example: 2025-04-30T11:23:05Z.
        id (str): VM identifier, a 20-byte hex address with 0x prefix (mixed-case checksum). Example:
            0x311edB209b61EaA8c3e67c6B96D03288DB5Bc020.
        next_billing_at (datetime.datetime):  Example: 2025-04-30T17:55:00Z.
        price_per_epoch (str): A USDC amount as a decimal string (up to 6 decimals). Example: 0.30698.
        reserved_balance (str): A USDC amount as a decimal string (up to 6 decimals). Example: 0.30698.
        resources (list[VmResource]):
        status (VmStatus): `New` and `Launching` while provisioning; `Active` once running with a public IP;
            `SmallBalance` when the balance cannot cover the next epoch; `InsufficientFunds` when the balance is exhausted;
            `Terminated` when ended by the provider; `Stopped` when removed by the user. Example: Active.
        total_spent (str): A USDC amount as a decimal string (up to 6 decimals). Example: 0.30698.
        datacenter (Datacenter | Unset):
        os_image (str | Unset):  Example: https://cloud-images.ubuntu.com/releases/22.04/release/ubuntu-22.04-server-
            cloudimg-amd64.img.
        ports (list[PortSpec] | Unset):
        public_ip (None | str | Unset): Public IPv4 address; null until the VM is Active. Example: 154.42.3.159.
        status_changed_at (datetime.datetime | Unset):  Example: 2025-04-30T11:26:41Z.
        vm_name (str | Unset):  Example: web-server.
    """

    created_at: datetime.datetime
    id: str
    next_billing_at: datetime.datetime
    price_per_epoch: str
    reserved_balance: str
    resources: list[VmResource]
    status: VmStatus
    total_spent: str
    datacenter: Datacenter | Unset = UNSET
    os_image: str | Unset = UNSET
    ports: list[PortSpec] | Unset = UNSET
    public_ip: None | str | Unset = UNSET
    status_changed_at: datetime.datetime | Unset = UNSET
    vm_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        next_billing_at = self.next_billing_at.isoformat()

        price_per_epoch = self.price_per_epoch

        reserved_balance = self.reserved_balance

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        status = self.status.value

        total_spent = self.total_spent

        datacenter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datacenter, Unset):
            datacenter = self.datacenter.to_dict()

        os_image = self.os_image

        ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = []
            for ports_item_data in self.ports:
                ports_item = ports_item_data.to_dict()
                ports.append(ports_item)

        public_ip: None | str | Unset
        if isinstance(self.public_ip, Unset):
            public_ip = UNSET
        else:
            public_ip = self.public_ip

        status_changed_at: str | Unset = UNSET
        if not isinstance(self.status_changed_at, Unset):
            status_changed_at = self.status_changed_at.isoformat()

        vm_name = self.vm_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "id": id,
                "nextBillingAt": next_billing_at,
                "pricePerEpoch": price_per_epoch,
                "reservedBalance": reserved_balance,
                "resources": resources,
                "status": status,
                "totalSpent": total_spent,
            }
        )
        if datacenter is not UNSET:
            field_dict["datacenter"] = datacenter
        if os_image is not UNSET:
            field_dict["osImage"] = os_image
        if ports is not UNSET:
            field_dict["ports"] = ports
        if public_ip is not UNSET:
            field_dict["publicIp"] = public_ip
        if status_changed_at is not UNSET:
            field_dict["statusChangedAt"] = status_changed_at
        if vm_name is not UNSET:
            field_dict["vmName"] = vm_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.datacenter import Datacenter  # noqa: PLC0415
        from ..models.port_spec import PortSpec  # noqa: PLC0415
        from ..models.vm_resource import VmResource  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = d.pop("id")

        next_billing_at = datetime.datetime.fromisoformat(d.pop("nextBillingAt"))

        price_per_epoch = d.pop("pricePerEpoch")

        reserved_balance = d.pop("reservedBalance")

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = VmResource.from_dict(resources_item_data)

            resources.append(resources_item)

        status = VmStatus(d.pop("status"))

        total_spent = d.pop("totalSpent")

        _datacenter = d.pop("datacenter", UNSET)
        datacenter: Datacenter | Unset
        if isinstance(_datacenter, Unset):
            datacenter = UNSET
        else:
            datacenter = Datacenter.from_dict(_datacenter)

        os_image = d.pop("osImage", UNSET)

        _ports = d.pop("ports", UNSET)
        ports: list[PortSpec] | Unset = UNSET
        if _ports is not UNSET:
            ports = []
            for ports_item_data in _ports:
                ports_item = PortSpec.from_dict(ports_item_data)

                ports.append(ports_item)

        def _parse_public_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_ip = _parse_public_ip(d.pop("publicIp", UNSET))

        _status_changed_at = d.pop("statusChangedAt", UNSET)
        status_changed_at: datetime.datetime | Unset
        if isinstance(_status_changed_at, Unset):
            status_changed_at = UNSET
        else:
            status_changed_at = datetime.datetime.fromisoformat(_status_changed_at)

        vm_name = d.pop("vmName", UNSET)

        running_instance_v3 = cls(
            created_at=created_at,
            id=id,
            next_billing_at=next_billing_at,
            price_per_epoch=price_per_epoch,
            reserved_balance=reserved_balance,
            resources=resources,
            status=status,
            total_spent=total_spent,
            datacenter=datacenter,
            os_image=os_image,
            ports=ports,
            public_ip=public_ip,
            status_changed_at=status_changed_at,
            vm_name=vm_name,
        )

        running_instance_v3.additional_properties = d
        return running_instance_v3

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
