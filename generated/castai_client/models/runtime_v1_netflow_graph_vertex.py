from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_netflow_graph_vertex_metadata import (
        RuntimeV1NetflowGraphVertexMetadata,
    )


T = TypeVar("T", bound="RuntimeV1NetflowGraphVertex")


@_attrs_define
class RuntimeV1NetflowGraphVertex:
    """
    Attributes:
        id (str | Unset):
        metadata (RuntimeV1NetflowGraphVertexMetadata | Unset):
    """

    id: str | Unset = UNSET
    metadata: RuntimeV1NetflowGraphVertexMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_netflow_graph_vertex_metadata import (
            RuntimeV1NetflowGraphVertexMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: RuntimeV1NetflowGraphVertexMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RuntimeV1NetflowGraphVertexMetadata.from_dict(_metadata)

        runtime_v1_netflow_graph_vertex = cls(
            id=id,
            metadata=metadata,
        )

        runtime_v1_netflow_graph_vertex.additional_properties = d
        return runtime_v1_netflow_graph_vertex

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
