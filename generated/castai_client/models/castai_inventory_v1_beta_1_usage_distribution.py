from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1UsageDistribution")


@_attrs_define
class CastaiInventoryV1Beta1UsageDistribution:
    """
    Attributes:
        cpu (float | Unset):
        memory (float | Unset):
        monetary_amount (float | Unset):
    """

    cpu: float | Unset = UNSET
    memory: float | Unset = UNSET
    monetary_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        memory = self.memory

        monetary_amount = self.monetary_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if monetary_amount is not UNSET:
            field_dict["monetaryAmount"] = monetary_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu = d.pop("cpu", UNSET)

        memory = d.pop("memory", UNSET)

        monetary_amount = d.pop("monetaryAmount", UNSET)

        castai_inventory_v1_beta_1_usage_distribution = cls(
            cpu=cpu,
            memory=memory,
            monetary_amount=monetary_amount,
        )

        castai_inventory_v1_beta_1_usage_distribution.additional_properties = d
        return castai_inventory_v1_beta_1_usage_distribution

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
