from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1aws_savings_plan_commitment_term_unit import (
    CastaiInventoryV1Beta1AWSSavingsPlanCommitmentTermUnit,
    check_castai_inventory_v1_beta_1aws_savings_plan_commitment_term_unit,
)
from ..models.castai_inventory_v1_beta_1aws_savings_plan_payment_option import (
    CastaiInventoryV1Beta1AWSSavingsPlanPaymentOption,
    check_castai_inventory_v1_beta_1aws_savings_plan_payment_option,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
        CastaiInventoryV1Beta1InstanceTypeBasedUsage,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1AWSSavingsPlan")


@_attrs_define
class CastaiInventoryV1Beta1AWSSavingsPlan:
    """
    Attributes:
        commitment_amount (float | Unset):
        commitment_term (CastaiInventoryV1Beta1AWSSavingsPlanCommitmentTermUnit | Unset):
        effective_commitment_amount (float | Unset):
        id (str | Unset):
        instance_type_family (str | Unset):
        instance_types_usage (CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset):
        offering_id (str | Unset):
        payment_option (CastaiInventoryV1Beta1AWSSavingsPlanPaymentOption | Unset):
        region (str | Unset):
        state (str | Unset):
        type_ (str | Unset):
    """

    commitment_amount: float | Unset = UNSET
    commitment_term: CastaiInventoryV1Beta1AWSSavingsPlanCommitmentTermUnit | Unset = (
        UNSET
    )
    effective_commitment_amount: float | Unset = UNSET
    id: str | Unset = UNSET
    instance_type_family: str | Unset = UNSET
    instance_types_usage: CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset = UNSET
    offering_id: str | Unset = UNSET
    payment_option: CastaiInventoryV1Beta1AWSSavingsPlanPaymentOption | Unset = UNSET
    region: str | Unset = UNSET
    state: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment_amount = self.commitment_amount

        commitment_term: str | Unset = UNSET
        if not isinstance(self.commitment_term, Unset):
            commitment_term = self.commitment_term

        effective_commitment_amount = self.effective_commitment_amount

        id = self.id

        instance_type_family = self.instance_type_family

        instance_types_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_types_usage, Unset):
            instance_types_usage = self.instance_types_usage.to_dict()

        offering_id = self.offering_id

        payment_option: str | Unset = UNSET
        if not isinstance(self.payment_option, Unset):
            payment_option = self.payment_option

        region = self.region

        state = self.state

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commitment_amount is not UNSET:
            field_dict["commitmentAmount"] = commitment_amount
        if commitment_term is not UNSET:
            field_dict["commitmentTerm"] = commitment_term
        if effective_commitment_amount is not UNSET:
            field_dict["effectiveCommitmentAmount"] = effective_commitment_amount
        if id is not UNSET:
            field_dict["id"] = id
        if instance_type_family is not UNSET:
            field_dict["instanceTypeFamily"] = instance_type_family
        if instance_types_usage is not UNSET:
            field_dict["instanceTypesUsage"] = instance_types_usage
        if offering_id is not UNSET:
            field_dict["offeringId"] = offering_id
        if payment_option is not UNSET:
            field_dict["paymentOption"] = payment_option
        if region is not UNSET:
            field_dict["region"] = region
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
            CastaiInventoryV1Beta1InstanceTypeBasedUsage,  # noqa: PLC0415
        )

        d = dict(src_dict)
        commitment_amount = d.pop("commitmentAmount", UNSET)

        _commitment_term = d.pop("commitmentTerm", UNSET)
        commitment_term: CastaiInventoryV1Beta1AWSSavingsPlanCommitmentTermUnit | Unset
        if isinstance(_commitment_term, Unset):
            commitment_term = UNSET
        else:
            commitment_term = (
                check_castai_inventory_v1_beta_1aws_savings_plan_commitment_term_unit(
                    _commitment_term
                )
            )

        effective_commitment_amount = d.pop("effectiveCommitmentAmount", UNSET)

        id = d.pop("id", UNSET)

        instance_type_family = d.pop("instanceTypeFamily", UNSET)

        _instance_types_usage = d.pop("instanceTypesUsage", UNSET)
        instance_types_usage: CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset
        if isinstance(_instance_types_usage, Unset):
            instance_types_usage = UNSET
        else:
            instance_types_usage = (
                CastaiInventoryV1Beta1InstanceTypeBasedUsage.from_dict(
                    _instance_types_usage
                )
            )

        offering_id = d.pop("offeringId", UNSET)

        _payment_option = d.pop("paymentOption", UNSET)
        payment_option: CastaiInventoryV1Beta1AWSSavingsPlanPaymentOption | Unset
        if isinstance(_payment_option, Unset):
            payment_option = UNSET
        else:
            payment_option = (
                check_castai_inventory_v1_beta_1aws_savings_plan_payment_option(
                    _payment_option
                )
            )

        region = d.pop("region", UNSET)

        state = d.pop("state", UNSET)

        type_ = d.pop("type", UNSET)

        castai_inventory_v1_beta_1aws_savings_plan = cls(
            commitment_amount=commitment_amount,
            commitment_term=commitment_term,
            effective_commitment_amount=effective_commitment_amount,
            id=id,
            instance_type_family=instance_type_family,
            instance_types_usage=instance_types_usage,
            offering_id=offering_id,
            payment_option=payment_option,
            region=region,
            state=state,
            type_=type_,
        )

        castai_inventory_v1_beta_1aws_savings_plan.additional_properties = d
        return castai_inventory_v1_beta_1aws_savings_plan

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
