from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1EKSNodeBatchConfig")


@_attrs_define
class ExternalclusterV1EKSNodeBatchConfig:
    """
    Attributes:
        fleet_context_id (None | str | Unset):
    """

    fleet_context_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fleet_context_id: None | str | Unset
        if isinstance(self.fleet_context_id, Unset):
            fleet_context_id = UNSET
        else:
            fleet_context_id = self.fleet_context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fleet_context_id is not UNSET:
            field_dict["fleetContextId"] = fleet_context_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_fleet_context_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fleet_context_id = _parse_fleet_context_id(d.pop("fleetContextId", UNSET))

        externalcluster_v1eks_node_batch_config = cls(
            fleet_context_id=fleet_context_id,
        )

        externalcluster_v1eks_node_batch_config.additional_properties = d
        return externalcluster_v1eks_node_batch_config

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
