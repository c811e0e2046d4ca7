from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.node_template import NodeTemplate
    from ..models.node_template_stats import NodeTemplateStats


T = TypeVar("T", bound="NodeTemplateListItem")


@_attrs_define
class NodeTemplateListItem:
    """A node template with its node counts.

    Attributes:
        stats (NodeTemplateStats): Number of nodes created from a template, by lifecycle.
        template (NodeTemplate): A node template of a cluster.
    """

    stats: NodeTemplateStats
    template: NodeTemplate
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
        from ..models.node_template import NodeTemplate  # noqa: PLC0415
        from ..models.node_template_stats import NodeTemplateStats  # noqa: PLC0415

        d = dict(src_dict)
        stats = NodeTemplateStats.from_dict(d.pop("stats"))

        template = NodeTemplate.from_dict(d.pop("template"))

        node_template_list_item = cls(
            stats=stats,
            template=template,
        )

        node_template_list_item.additional_properties = d
        return node_template_list_item

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
