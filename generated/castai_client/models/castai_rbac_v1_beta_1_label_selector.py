from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_rbac_v1_beta_1_label_selector_condition import (
    CastaiRbacV1Beta1LabelSelectorCondition,
    check_castai_rbac_v1_beta_1_label_selector_condition,
)

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_label_selector_requirement import (
        CastaiRbacV1Beta1LabelSelectorRequirement,
    )


T = TypeVar("T", bound="CastaiRbacV1Beta1LabelSelector")


@_attrs_define
class CastaiRbacV1Beta1LabelSelector:
    """
    Attributes:
        condition (CastaiRbacV1Beta1LabelSelectorCondition):
        requirements (list[CastaiRbacV1Beta1LabelSelectorRequirement]):
    """

    condition: CastaiRbacV1Beta1LabelSelectorCondition
    requirements: list[CastaiRbacV1Beta1LabelSelectorRequirement]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition: str = self.condition

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition": condition,
                "requirements": requirements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_label_selector_requirement import (
            CastaiRbacV1Beta1LabelSelectorRequirement,  # noqa: PLC0415
        )

        d = dict(src_dict)
        condition = check_castai_rbac_v1_beta_1_label_selector_condition(
            d.pop("condition")
        )

        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in _requirements:
            requirements_item = CastaiRbacV1Beta1LabelSelectorRequirement.from_dict(
                requirements_item_data
            )

            requirements.append(requirements_item)

        castai_rbac_v1_beta_1_label_selector = cls(
            condition=condition,
            requirements=requirements,
        )

        castai_rbac_v1_beta_1_label_selector.additional_properties = d
        return castai_rbac_v1_beta_1_label_selector

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
