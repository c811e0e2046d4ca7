from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodeconfig_v1_security_group_tags import NodeconfigV1SecurityGroupTags


T = TypeVar("T", bound="NodeconfigV1SecurityGroup")


@_attrs_define
class NodeconfigV1SecurityGroup:
    """
    Attributes:
        description (str | Unset):
        id (str | Unset):
        name (str | Unset):
        tags (NodeconfigV1SecurityGroupTags | Unset):
    """

    description: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: NodeconfigV1SecurityGroupTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        name = self.name

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodeconfig_v1_security_group_tags import (
            NodeconfigV1SecurityGroupTags,  # noqa: PLC0415
        )

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: NodeconfigV1SecurityGroupTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = NodeconfigV1SecurityGroupTags.from_dict(_tags)

        nodeconfig_v1_security_group = cls(
            description=description,
            id=id,
            name=name,
            tags=tags,
        )

        nodeconfig_v1_security_group.additional_properties = d
        return nodeconfig_v1_security_group

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
