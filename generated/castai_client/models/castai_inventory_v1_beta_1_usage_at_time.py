from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_usage import CastaiInventoryV1Beta1Usage


T = TypeVar("T", bound="CastaiInventoryV1Beta1UsageAtTime")


@_attrs_define
class CastaiInventoryV1Beta1UsageAtTime:
    """
    Attributes:
        usage (CastaiInventoryV1Beta1Usage | Unset):
        usage_time (datetime.datetime | Unset):
    """

    usage: CastaiInventoryV1Beta1Usage | Unset = UNSET
    usage_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        usage_time: str | Unset = UNSET
        if not isinstance(self.usage_time, Unset):
            usage_time = self.usage_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usage is not UNSET:
            field_dict["usage"] = usage
        if usage_time is not UNSET:
            field_dict["usageTime"] = usage_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_usage import (
            CastaiInventoryV1Beta1Usage,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _usage = d.pop("usage", UNSET)
        usage: CastaiInventoryV1Beta1Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = CastaiInventoryV1Beta1Usage.from_dict(_usage)

        _usage_time = d.pop("usageTime", UNSET)
        usage_time: datetime.datetime | Unset
        if isinstance(_usage_time, Unset):
            usage_time = UNSET
        else:
            usage_time = datetime.datetime.fromisoformat(_usage_time)

        castai_inventory_v1_beta_1_usage_at_time = cls(
            usage=usage,
            usage_time=usage_time,
        )

        castai_inventory_v1_beta_1_usage_at_time.additional_properties = d
        return castai_inventory_v1_beta_1_usage_at_time

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
