from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.castai_evictor_v1_label_selector import CastaiEvictorV1LabelSelector


T = TypeVar("T", bound="CastaiEvictorV1NodeSelector")


@_attrs_define
class CastaiEvictorV1NodeSelector:
    """
    Attributes:
        label_selector (CastaiEvictorV1LabelSelector):
    """

    label_selector: CastaiEvictorV1LabelSelector
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_selector = self.label_selector.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labelSelector": label_selector,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_evictor_v1_label_selector import (
            CastaiEvictorV1LabelSelector,  # noqa: PLC0415
        )

        d = dict(src_dict)
        label_selector = CastaiEvictorV1LabelSelector.from_dict(d.pop("labelSelector"))

        castai_evictor_v1_node_selector = cls(
            label_selector=label_selector,
        )

        castai_evictor_v1_node_selector.additional_properties = d
        return castai_evictor_v1_node_selector

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
