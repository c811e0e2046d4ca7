from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodetemplatesV1RebalancingConfiguration")


@_attrs_define
class NodetemplatesV1RebalancingConfiguration:
    """
    Attributes:
        min_nodes (int | None | Unset):
    """

    min_nodes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_nodes: int | None | Unset
        if isinstance(self.min_nodes, Unset):
            min_nodes = UNSET
        else:
            min_nodes = self.min_nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_nodes is not UNSET:
            field_dict["minNodes"] = min_nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_min_nodes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_nodes = _parse_min_nodes(d.pop("minNodes", UNSET))

        nodetemplates_v1_rebalancing_configuration = cls(
            min_nodes=min_nodes,
        )

        nodetemplates_v1_rebalancing_configuration.additional_properties = d
        return nodetemplates_v1_rebalancing_configuration

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
