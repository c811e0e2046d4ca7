from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_netflow_graph_edge import RuntimeV1NetflowGraphEdge
    from ..models.runtime_v1_netflow_graph_vertex import RuntimeV1NetflowGraphVertex


T = TypeVar("T", bound="RuntimeV1GetNetflowGraphResponse")


@_attrs_define
class RuntimeV1GetNetflowGraphResponse:
    """
    Attributes:
        edges (list[RuntimeV1NetflowGraphEdge] | Unset):
        vertices (list[RuntimeV1NetflowGraphVertex] | Unset):
    """

    edges: list[RuntimeV1NetflowGraphEdge] | Unset = UNSET
    vertices: list[RuntimeV1NetflowGraphVertex] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        edges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.edges, Unset):
            edges = []
            for edges_item_data in self.edges:
                edges_item = edges_item_data.to_dict()
                edges.append(edges_item)

        vertices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vertices, Unset):
            vertices = []
            for vertices_item_data in self.vertices:
                vertices_item = vertices_item_data.to_dict()
                vertices.append(vertices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if edges is not UNSET:
            field_dict["edges"] = edges
        if vertices is not UNSET:
            field_dict["vertices"] = vertices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_netflow_graph_edge import RuntimeV1NetflowGraphEdge  # noqa: PLC0415
        from ..models.runtime_v1_netflow_graph_vertex import RuntimeV1NetflowGraphVertex  # noqa: PLC0415

        d = dict(src_dict)
        _edges = d.pop("edges", UNSET)
        edges: list[RuntimeV1NetflowGraphEdge] | Unset = UNSET
        if _edges is not UNSET:
            edges = []
            for edges_item_data in _edges:
                edges_item = RuntimeV1NetflowGraphEdge.from_dict(edges_item_data)

                edges.append(edges_item)

        _vertices = d.pop("vertices", UNSET)
        vertices: list[RuntimeV1NetflowGraphVertex] | Unset = UNSET
        if _vertices is not UNSET:
            vertices = []
            for vertices_item_data in _vertices:
                vertices_item = RuntimeV1NetflowGraphVertex.from_dict(
                    vertices_item_data
                )

                vertices.append(vertices_item)

        runtime_v1_get_netflow_graph_response = cls(
            edges=edges,
            vertices=vertices,
        )

        runtime_v1_get_netflow_graph_response.additional_properties = d
        return runtime_v1_get_netflow_graph_response

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
