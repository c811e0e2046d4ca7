from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1gcp_flex_cudcud_plan import (
    CastaiInventoryV1Beta1GCPFlexCUDCUDPlan,
    check_castai_inventory_v1_beta_1gcp_flex_cudcud_plan,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
        CastaiInventoryV1Beta1InstanceTypeBasedUsage,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1GCPFlexCUD")


@_attrs_define
class CastaiInventoryV1Beta1GCPFlexCUD:
    """
    Attributes:
        commitment_amount (float | Unset):
        display_name (str | Unset):
        effective_commitment_amount (float | Unset):
        instance_types_usage (CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset):
        line_item_id (str | Unset):
        offer (str | Unset):
        order_name (str | Unset):
        plan (CastaiInventoryV1Beta1GCPFlexCUDCUDPlan | Unset):
        region (str | Unset):
        state (str | Unset):
    """

    commitment_amount: float | Unset = UNSET
    display_name: str | Unset = UNSET
    effective_commitment_amount: float | Unset = UNSET
    instance_types_usage: CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset = UNSET
    line_item_id: str | Unset = UNSET
    offer: str | Unset = UNSET
    order_name: str | Unset = UNSET
    plan: CastaiInventoryV1Beta1GCPFlexCUDCUDPlan | Unset = UNSET
    region: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment_amount = self.commitment_amount

        display_name = self.display_name

        effective_commitment_amount = self.effective_commitment_amount

        instance_types_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_types_usage, Unset):
            instance_types_usage = self.instance_types_usage.to_dict()

        line_item_id = self.line_item_id

        offer = self.offer

        order_name = self.order_name

        plan: str | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan

        region = self.region

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commitment_amount is not UNSET:
            field_dict["commitmentAmount"] = commitment_amount
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if effective_commitment_amount is not UNSET:
            field_dict["effectiveCommitmentAmount"] = effective_commitment_amount
        if instance_types_usage is not UNSET:
            field_dict["instanceTypesUsage"] = instance_types_usage
        if line_item_id is not UNSET:
            field_dict["lineItemId"] = line_item_id
        if offer is not UNSET:
            field_dict["offer"] = offer
        if order_name is not UNSET:
            field_dict["orderName"] = order_name
        if plan is not UNSET:
            field_dict["plan"] = plan
        if region is not UNSET:
            field_dict["region"] = region
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
            CastaiInventoryV1Beta1InstanceTypeBasedUsage,  # noqa: PLC0415
        )

        d = dict(src_dict)
        commitment_amount = d.pop("commitmentAmount", UNSET)

        display_name = d.pop("displayName", UNSET)

        effective_commitment_amount = d.pop("effectiveCommitmentAmount", UNSET)

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

        line_item_id = d.pop("lineItemId", UNSET)

        offer = d.pop("offer", UNSET)

        order_name = d.pop("orderName", UNSET)

        _plan = d.pop("plan", UNSET)
        plan: CastaiInventoryV1Beta1GCPFlexCUDCUDPlan | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = check_castai_inventory_v1_beta_1gcp_flex_cudcud_plan(_plan)

        region = d.pop("region", UNSET)

        state = d.pop("state", UNSET)

        castai_inventory_v1_beta_1gcp_flex_cud = cls(
            commitment_amount=commitment_amount,
            display_name=display_name,
            effective_commitment_amount=effective_commitment_amount,
            instance_types_usage=instance_types_usage,
            line_item_id=line_item_id,
            offer=offer,
            order_name=order_name,
            plan=plan,
            region=region,
            state=state,
        )

        castai_inventory_v1_beta_1gcp_flex_cud.additional_properties = d
        return castai_inventory_v1_beta_1gcp_flex_cud

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
