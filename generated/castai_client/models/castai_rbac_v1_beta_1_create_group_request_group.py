from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_create_group_request_group_definition import (
        CastaiRbacV1Beta1CreateGroupRequestGroupDefinition,
    )
    from ..models.castai_rbac_v1_beta_1_label_selector import (
        CastaiRbacV1Beta1LabelSelector,
    )


T = TypeVar("T", bound="CastaiRbacV1Beta1CreateGroupRequestGroup")


@_attrs_define
class CastaiRbacV1Beta1CreateGroupRequestGroup:
    """
    Attributes:
        definition (CastaiRbacV1Beta1CreateGroupRequestGroupDefinition):
        name (str):
        description (str | Unset):
        label_selector (CastaiRbacV1Beta1LabelSelector | Unset):
    """

    definition: CastaiRbacV1Beta1CreateGroupRequestGroupDefinition
    name: str
    description: str | Unset = UNSET
    label_selector: CastaiRbacV1Beta1LabelSelector | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition.to_dict()

        name = self.name

        description = self.description

        label_selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_selector, Unset):
            label_selector = self.label_selector.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition": definition,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if label_selector is not UNSET:
            field_dict["labelSelector"] = label_selector

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_create_group_request_group_definition import (
            CastaiRbacV1Beta1CreateGroupRequestGroupDefinition,  # noqa: PLC0415
        )
        from ..models.castai_rbac_v1_beta_1_label_selector import (
            CastaiRbacV1Beta1LabelSelector,  # noqa: PLC0415
        )

        d = dict(src_dict)
        definition = CastaiRbacV1Beta1CreateGroupRequestGroupDefinition.from_dict(
            d.pop("definition")
        )

        name = d.pop("name")

        description = d.pop("description", UNSET)

        _label_selector = d.pop("labelSelector", UNSET)
        label_selector: CastaiRbacV1Beta1LabelSelector | Unset
        if isinstance(_label_selector, Unset):
            label_selector = UNSET
        else:
            label_selector = CastaiRbacV1Beta1LabelSelector.from_dict(_label_selector)

        castai_rbac_v1_beta_1_create_group_request_group = cls(
            definition=definition,
            name=name,
            description=description,
            label_selector=label_selector,
        )

        castai_rbac_v1_beta_1_create_group_request_group.additional_properties = d
        return castai_rbac_v1_beta_1_create_group_request_group

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
