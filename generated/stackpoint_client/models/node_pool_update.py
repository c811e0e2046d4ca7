from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodePoolUpdate")


@_attrs_define
class NodePoolUpdate:
    """Autoscaling settings of a node pool.

    Attributes:
        autoscaled (bool): Turn autoscaling on or off. Example: True.
        max_count (int | Unset): Autoscaling ceiling; not below min_count, at most 4999. Example: 5.
        min_count (int | Unset): Autoscaling floor. Example: 1.
    """

    autoscaled: bool
    max_count: int | Unset = UNSET
    min_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        autoscaled = self.autoscaled

        max_count = self.max_count

        min_count = self.min_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "autoscaled": autoscaled,
            }
        )
        if max_count is not UNSET:
            field_dict["max_count"] = max_count
        if min_count is not UNSET:
            field_dict["min_count"] = min_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        autoscaled = d.pop("autoscaled")

        max_count = d.pop("max_count", UNSET)

        min_count = d.pop("min_count", UNSET)

        node_pool_update = cls(
            autoscaled=autoscaled,
            max_count=max_count,
            min_count=min_count,
        )

        node_pool_update.additional_properties = d
        return node_pool_update

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
