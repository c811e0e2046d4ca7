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


T = TypeVar("T", bound="CastaiInventoryV1Beta1GetCommitmentsAssignmentsResponse")


@_attrs_define
class CastaiInventoryV1Beta1GetCommitmentsAssignmentsResponse:
    """
    Attributes:
        commitments_assignments (list[CastaiInventoryV1Beta1CommitmentAssignment] | Unset):
    """

    commitments_assignments: (
        list[CastaiInventoryV1Beta1CommitmentAssignment] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitments_assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commitments_assignments, Unset):
            commitments_assignments = []
            for commitments_assignments_item_data in self.commitments_assignments:
                commitments_assignments_item = (
                    commitments_assignments_item_data.to_dict()
                )
                commitments_assignments.append(commitments_assignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commitments_assignments is not UNSET:
            field_dict["commitmentsAssignments"] = commitments_assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_commitment_assignment import (
            CastaiInventoryV1Beta1CommitmentAssignment,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _commitments_assignments = d.pop("commitmentsAssignments", UNSET)
        commitments_assignments: (
            list[CastaiInventoryV1Beta1CommitmentAssignment] | Unset
        ) = UNSET
        if _commitments_assignments is not UNSET:
            commitments_assignments = []
            for commitments_assignments_item_data in _commitments_assignments:
                commitments_assignments_item = (
                    CastaiInventoryV1Beta1CommitmentAssignment.from_dict(
                        commitments_assignments_item_data
                    )
                )

                commitments_assignments.append(commitments_assignments_item)

        castai_inventory_v1_beta_1_get_commitments_assignments_response = cls(
            commitments_assignments=commitments_assignments,
        )

        castai_inventory_v1_beta_1_get_commitments_assignments_response.additional_properties = d
        return castai_inventory_v1_beta_1_get_commitments_assignments_response

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
