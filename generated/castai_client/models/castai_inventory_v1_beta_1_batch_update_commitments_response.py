from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_commitment import (
        CastaiInventoryV1Beta1Commitment,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1BatchUpdateCommitmentsResponse")


@_attrs_define
class CastaiInventoryV1Beta1BatchUpdateCommitmentsResponse:
    """
    Attributes:
        commitments (list[CastaiInventoryV1Beta1Commitment] | Unset):
    """

    commitments: list[CastaiInventoryV1Beta1Commitment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commitments, Unset):
            commitments = []
            for commitments_item_data in self.commitments:
                commitments_item = commitments_item_data.to_dict()
                commitments.append(commitments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commitments is not UNSET:
            field_dict["commitments"] = commitments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_commitment import (
            CastaiInventoryV1Beta1Commitment,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _commitments = d.pop("commitments", UNSET)
        commitments: list[CastaiInventoryV1Beta1Commitment] | Unset = UNSET
        if _commitments is not UNSET:
            commitments = []
            for commitments_item_data in _commitments:
                commitments_item = CastaiInventoryV1Beta1Commitment.from_dict(
                    commitments_item_data
                )

                commitments.append(commitments_item)

        castai_inventory_v1_beta_1_batch_update_commitments_response = cls(
            commitments=commitments,
        )

        castai_inventory_v1_beta_1_batch_update_commitments_response.additional_properties = d
        return castai_inventory_v1_beta_1_batch_update_commitments_response

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
