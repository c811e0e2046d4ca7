from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.nodetemplates_v1_node_template import NodetemplatesV1NodeTemplate
    from ..models.nodetemplates_v1_node_template_list_item_stats import (
        NodetemplatesV1NodeTemplateListItemStats,
    )


T = TypeVar("T", bound="NodetemplatesV1NodeTemplateListItem")


@_attrs_define
class NodetemplatesV1NodeTemplateListItem:
    """
    Attributes:
        stats (NodetemplatesV1NodeTemplateListItemStats):
        template (NodetemplatesV1NodeTemplate):
    """

    stats: NodetemplatesV1NodeTemplateListItemStats
    template: NodetemplatesV1NodeTemplate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stats = self.stats.to_dict()

        template = self.template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stats": stats,
                "template": template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodetemplates_v1_node_template import NodetemplatesV1NodeTemplate  # noqa: PLC0415
        from ..models.nodetemplates_v1_node_template_list_item_stats import (
            NodetemplatesV1NodeTemplateListItemStats,  # noqa: PLC0415
        )

        d = dict(src_dict)
        stats = NodetemplatesV1NodeTemplateListItemStats.from_dict(d.pop("stats"))

        template = NodetemplatesV1NodeTemplate.from_dict(d.pop("template"))

        nodetemplates_v1_node_template_list_item = cls(
            stats=stats,
            template=template,
        )

        nodetemplates_v1_node_template_list_item.additional_properties = d
        return nodetemplates_v1_node_template_list_item

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
