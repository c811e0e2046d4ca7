from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vm_status import VmStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VmStatusInfoDTO")


@_attrs_define
class VmStatusInfoDTO:
    """
    Attributes:
        id (str): VM identifier, a 20-byte hex address with 0x prefix (mixed-case checksum). Example:
            0x311edB209b61EaA8c3e67c6B96D03288DB5Bc020.
        status (VmStatus): `New` and `Launching` while provisioning; `Active` once running with a public IP;
            `SmallBalance` when the balance cannot cover the next epoch; `InsufficientFunds` when the balance is exhausted;
            `Terminated` when ended by the provider; `Stopped` when removed by the user. Example: Active.
        status_changed_at (datetime.datetime):  Example: 2025-04-30T11:26:41Z.
        public_ip (None | str | Unset):  Example: 154.42.3.159.
    """

    id: str
    status: VmStatus
    status_changed_at: datetime.datetime
    public_ip: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        status_changed_at = self.status_changed_at.isoformat()

        public_ip: None | str | Unset
        if isinstance(self.public_ip, Unset):
            public_ip = UNSET
        else:
            public_ip = self.public_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "statusChangedAt": status_changed_at,
            }
        )
        if public_ip is not UNSET:
            field_dict["publicIp"] = public_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = VmStatus(d.pop("status"))

        status_changed_at = datetime.datetime.fromisoformat(d.pop("statusChangedAt"))

        def _parse_public_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_ip = _parse_public_ip(d.pop("publicIp", UNSET))

        vm_status_info_dto = cls(
            id=id,
            status=status,
            status_changed_at=status_changed_at,
            public_ip=public_ip,
        )

        vm_status_info_dto.additional_properties = d
        return vm_status_info_dto

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
