from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_update_commitment_input import (
        CastaiInventoryV1Beta1UpdateCommitmentInput,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1UpdateCommitmentRequest")


@_attrs_define
class CastaiInventoryV1Beta1UpdateCommitmentRequest:
    """
    Attributes:
        commitment_id (str):
        commitment (CastaiInventoryV1Beta1UpdateCommitmentInput | Unset):
    """

    commitment_id: str
    commitment: CastaiInventoryV1Beta1UpdateCommitmentInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment_id = self.commitment_id

        commitment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commitment, Unset):
            commitment = self.commitment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commitmentId": commitment_id,
            }
        )
        if commitment is not UNSET:
            field_dict["commitment"] = commitment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_update_commitment_input import (
            CastaiInventoryV1Beta1UpdateCommitmentInput,  # noqa: PLC0415
        )

        d = dict(src_dict)
        commitment_id = d.pop("commitmentId")

        _commitment = d.pop("commitment", UNSET)
        commitment: CastaiInventoryV1Beta1UpdateCommitmentInput | Unset
        if isinstance(_commitment, Unset):
            commitment = UNSET
        else:
            commitment = CastaiInventoryV1Beta1UpdateCommitmentInput.from_dict(
                _commitment
            )

        castai_inventory_v1_beta_1_update_commitment_request = cls(
            commitment_id=commitment_id,
            commitment=commitment,
        )

        castai_inventory_v1_beta_1_update_commitment_request.additional_properties = d
        return castai_inventory_v1_beta_1_update_commitment_request

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
