from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1OtherOrganizationsUsage")


@_attrs_define
class CastaiInventoryV1Beta1OtherOrganizationsUsage:
    """
    Attributes:
        cpu_used (float | Unset):
        cpu_used_percent (float | Unset):
        memory_used_mib (float | Unset):
        memory_used_mib_percent (float | Unset):
        monetary_amount_used_per_hour (float | Unset):
        monetary_amount_used_per_hour_percent (float | Unset):
    """

    cpu_used: float | Unset = UNSET
    cpu_used_percent: float | Unset = UNSET
    memory_used_mib: float | Unset = UNSET
    memory_used_mib_percent: float | Unset = UNSET
    monetary_amount_used_per_hour: float | Unset = UNSET
    monetary_amount_used_per_hour_percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_used = self.cpu_used

        cpu_used_percent = self.cpu_used_percent

        memory_used_mib = self.memory_used_mib

        memory_used_mib_percent = self.memory_used_mib_percent

        monetary_amount_used_per_hour = self.monetary_amount_used_per_hour

        monetary_amount_used_per_hour_percent = (
            self.monetary_amount_used_per_hour_percent
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_used is not UNSET:
            field_dict["cpuUsed"] = cpu_used
        if cpu_used_percent is not UNSET:
            field_dict["cpuUsedPercent"] = cpu_used_percent
        if memory_used_mib is not UNSET:
            field_dict["memoryUsedMib"] = memory_used_mib
        if memory_used_mib_percent is not UNSET:
            field_dict["memoryUsedMibPercent"] = memory_used_mib_percent
        if monetary_amount_used_per_hour is not UNSET:
            field_dict["monetaryAmountUsedPerHour"] = monetary_amount_used_per_hour
        if monetary_amount_used_per_hour_percent is not UNSET:
            field_dict["monetaryAmountUsedPerHourPercent"] = (
                monetary_amount_used_per_hour_percent
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu_used = d.pop("cpuUsed", UNSET)

        cpu_used_percent = d.pop("cpuUsedPercent", UNSET)

        memory_used_mib = d.pop("memoryUsedMib", UNSET)

        memory_used_mib_percent = d.pop("memoryUsedMibPercent", UNSET)

        monetary_amount_used_per_hour = d.pop("monetaryAmountUsedPerHour", UNSET)

        monetary_amount_used_per_hour_percent = d.pop(
            "monetaryAmountUsedPerHourPercent", UNSET
        )

        castai_inventory_v1_beta_1_other_organizations_usage = cls(
            cpu_used=cpu_used,
            cpu_used_percent=cpu_used_percent,
            memory_used_mib=memory_used_mib,
            memory_used_mib_percent=memory_used_mib_percent,
            monetary_amount_used_per_hour=monetary_amount_used_per_hour,
            monetary_amount_used_per_hour_percent=monetary_amount_used_per_hour_percent,
        )

        castai_inventory_v1_beta_1_other_organizations_usage.additional_properties = d
        return castai_inventory_v1_beta_1_other_organizations_usage

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
