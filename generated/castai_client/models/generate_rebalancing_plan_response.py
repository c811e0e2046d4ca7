from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenerateRebalancingPlanResponse")


@_attrs_define
class GenerateRebalancingPlanResponse:
    """A plan being generated.

    Attributes:
        rebalancing_plan_id (UUID):  Example: 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f.
    """

    rebalancing_plan_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rebalancing_plan_id = str(self.rebalancing_plan_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rebalancingPlanId": rebalancing_plan_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rebalancing_plan_id = UUID(d.pop("rebalancingPlanId"))

        generate_rebalancing_plan_response = cls(
            rebalancing_plan_id=rebalancing_plan_id,
        )

        generate_rebalancing_plan_response.additional_properties = d
        return generate_rebalancing_plan_response

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
