from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evictor import Evictor
    from ..models.node_downscaler_empty_nodes import NodeDownscalerEmptyNodes


T = TypeVar("T", bound="NodeDownscaler")


@_attrs_define
class NodeDownscaler:
    """Removal of unneeded nodes.

    Attributes:
        empty_nodes (NodeDownscalerEmptyNodes | Unset): Removal of empty nodes.
        enabled (bool | None | Unset):  Example: True.
        evictor (Evictor | Unset): Evictor settings, which compact workloads onto fewer nodes.
    """

    empty_nodes: NodeDownscalerEmptyNodes | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    evictor: Evictor | Unset = UNSET
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
        from ..models.evictor import Evictor  # noqa: PLC0415
        from ..models.node_downscaler_empty_nodes import NodeDownscalerEmptyNodes  # noqa: PLC0415

        d = dict(src_dict)
        _empty_nodes = d.pop("emptyNodes", UNSET)
        empty_nodes: NodeDownscalerEmptyNodes | Unset
        if isinstance(_empty_nodes, Unset):
            empty_nodes = UNSET
        else:
            empty_nodes = NodeDownscalerEmptyNodes.from_dict(_empty_nodes)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        _evictor = d.pop("evictor", UNSET)
        evictor: Evictor | Unset
        if isinstance(_evictor, Unset):
            evictor = UNSET
        else:
            evictor = Evictor.from_dict(_evictor)

        node_downscaler = cls(
            empty_nodes=empty_nodes,
            enabled=enabled,
            evictor=evictor,
        )

        node_downscaler.additional_properties = d
        return node_downscaler

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
