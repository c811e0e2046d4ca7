from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policies_v1_evictor import PoliciesV1Evictor
    from ..models.policies_v1_node_downscaler_empty_nodes import (
        PoliciesV1NodeDownscalerEmptyNodes,
    )


T = TypeVar("T", bound="PoliciesV1NodeDownscaler")


@_attrs_define
class PoliciesV1NodeDownscaler:
    """
    Attributes:
        empty_nodes (PoliciesV1NodeDownscalerEmptyNodes | Unset):
        enabled (bool | None | Unset):
        evictor (PoliciesV1Evictor | Unset):
    """

    empty_nodes: PoliciesV1NodeDownscalerEmptyNodes | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    evictor: PoliciesV1Evictor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        empty_nodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.empty_nodes, Unset):
            empty_nodes = self.empty_nodes.to_dict()

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        evictor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evictor, Unset):
            evictor = self.evictor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if empty_nodes is not UNSET:
            field_dict["emptyNodes"] = empty_nodes
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if evictor is not UNSET:
            field_dict["evictor"] = evictor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policies_v1_evictor import PoliciesV1Evictor  # noqa: PLC0415
        from ..models.policies_v1_node_downscaler_empty_nodes import (
            PoliciesV1NodeDownscalerEmptyNodes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _empty_nodes = d.pop("emptyNodes", UNSET)
        empty_nodes: PoliciesV1NodeDownscalerEmptyNodes | Unset
        if isinstance(_empty_nodes, Unset):
            empty_nodes = UNSET
        else:
            empty_nodes = PoliciesV1NodeDownscalerEmptyNodes.from_dict(_empty_nodes)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        _evictor = d.pop("evictor", UNSET)
        evictor: PoliciesV1Evictor | Unset
        if isinstance(_evictor, Unset):
            evictor = UNSET
        else:
            evictor = PoliciesV1Evictor.from_dict(_evictor)

        policies_v1_node_downscaler = cls(
            empty_nodes=empty_nodes,
            enabled=enabled,
            evictor=evictor,
        )

        policies_v1_node_downscaler.additional_properties = d
        return policies_v1_node_downscaler

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
