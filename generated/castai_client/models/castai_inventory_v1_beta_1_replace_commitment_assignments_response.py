from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_commitment_assignment import (
        CastaiInventoryV1Beta1CommitmentAssignment,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1ReplaceCommitmentAssignmentsResponse")


@_attrs_define
class CastaiInventoryV1Beta1ReplaceCommitmentAssignmentsResponse:
    """
    Attributes:
        assignments (list[CastaiInventoryV1Beta1CommitmentAssignment] | Unset):
    """

    assignments: list[CastaiInventoryV1Beta1CommitmentAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignments, Unset):
            assignments = []
            for assignments_item_data in self.assignments:
                assignments_item = assignments_item_data.to_dict()
                assignments.append(assignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignments is not UNSET:
            field_dict["assignments"] = assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_commitment_assignment import (
            CastaiInventoryV1Beta1CommitmentAssignment,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _assignments = d.pop("assignments", UNSET)
        assignments: list[CastaiInventoryV1Beta1CommitmentAssignment] | Unset = UNSET
        if _assignments is not UNSET:
            assignments = []
            for assignments_item_data in _assignments:
                assignments_item = CastaiInventoryV1Beta1CommitmentAssignment.from_dict(
                    assignments_item_data
                )

                assignments.append(assignments_item)

        castai_inventory_v1_beta_1_replace_commitment_assignments_response = cls(
            assignments=assignments,
        )

        castai_inventory_v1_beta_1_replace_commitment_assignments_response.additional_properties = d
        return castai_inventory_v1_beta_1_replace_commitment_assignments_response

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
