from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_node_list_filter import (
        ExternalclusterV1NodeListFilter,
    )


T = TypeVar("T", bound="ExternalclusterV1GetListNodesFiltersResponse")


@_attrs_define
class ExternalclusterV1GetListNodesFiltersResponse:
    """
    Attributes:
        filters (list[ExternalclusterV1NodeListFilter] | Unset):
    """

    filters: list[ExternalclusterV1NodeListFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_node_list_filter import (
            ExternalclusterV1NodeListFilter,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _filters = d.pop("filters", UNSET)
        filters: list[ExternalclusterV1NodeListFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = ExternalclusterV1NodeListFilter.from_dict(
                    filters_item_data
                )

                filters.append(filters_item)

        externalcluster_v1_get_list_nodes_filters_response = cls(
            filters=filters,
        )

        externalcluster_v1_get_list_nodes_filters_response.additional_properties = d
        return externalcluster_v1_get_list_nodes_filters_response

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
