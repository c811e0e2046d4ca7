from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_commitment_scaling_strategy import (
    CastaiInventoryV1Beta1CommitmentScalingStrategy,
    check_castai_inventory_v1_beta_1_commitment_scaling_strategy,
)
from ..models.castai_inventory_v1_beta_1_commitment_status import (
    CastaiInventoryV1Beta1CommitmentStatus,
    check_castai_inventory_v1_beta_1_commitment_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1UpdateCommitmentInput")


@_attrs_define
class CastaiInventoryV1Beta1UpdateCommitmentInput:
    """
    Attributes:
        allowed_usage (float | None | Unset):
        auto_assignment (bool | None | Unset):
        prioritization (bool | None | Unset):
        scaling_strategy (CastaiInventoryV1Beta1CommitmentScalingStrategy | Unset):
        status (CastaiInventoryV1Beta1CommitmentStatus | Unset):
    """

    allowed_usage: float | None | Unset = UNSET
    auto_assignment: bool | None | Unset = UNSET
    prioritization: bool | None | Unset = UNSET
    scaling_strategy: CastaiInventoryV1Beta1CommitmentScalingStrategy | Unset = UNSET
    status: CastaiInventoryV1Beta1CommitmentStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_usage: float | None | Unset
        if isinstance(self.allowed_usage, Unset):
            allowed_usage = UNSET
        else:
            allowed_usage = self.allowed_usage

        auto_assignment: bool | None | Unset
        if isinstance(self.auto_assignment, Unset):
            auto_assignment = UNSET
        else:
            auto_assignment = self.auto_assignment

        prioritization: bool | None | Unset
        if isinstance(self.prioritization, Unset):
            prioritization = UNSET
        else:
            prioritization = self.prioritization

        scaling_strategy: str | Unset = UNSET
        if not isinstance(self.scaling_strategy, Unset):
            scaling_strategy = self.scaling_strategy

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_usage is not UNSET:
            field_dict["allowedUsage"] = allowed_usage
        if auto_assignment is not UNSET:
            field_dict["autoAssignment"] = auto_assignment
        if prioritization is not UNSET:
            field_dict["prioritization"] = prioritization
        if scaling_strategy is not UNSET:
            field_dict["scalingStrategy"] = scaling_strategy
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_allowed_usage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        allowed_usage = _parse_allowed_usage(d.pop("allowedUsage", UNSET))

        def _parse_auto_assignment(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_assignment = _parse_auto_assignment(d.pop("autoAssignment", UNSET))

        def _parse_prioritization(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        prioritization = _parse_prioritization(d.pop("prioritization", UNSET))

        _scaling_strategy = d.pop("scalingStrategy", UNSET)
        scaling_strategy: CastaiInventoryV1Beta1CommitmentScalingStrategy | Unset
        if isinstance(_scaling_strategy, Unset):
            scaling_strategy = UNSET
        else:
            scaling_strategy = (
                check_castai_inventory_v1_beta_1_commitment_scaling_strategy(
                    _scaling_strategy
                )
            )

        _status = d.pop("status", UNSET)
        status: CastaiInventoryV1Beta1CommitmentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_castai_inventory_v1_beta_1_commitment_status(_status)

        castai_inventory_v1_beta_1_update_commitment_input = cls(
            allowed_usage=allowed_usage,
            auto_assignment=auto_assignment,
            prioritization=prioritization,
            scaling_strategy=scaling_strategy,
            status=status,
        )

        castai_inventory_v1_beta_1_update_commitment_input.additional_properties = d
        return castai_inventory_v1_beta_1_update_commitment_input

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
