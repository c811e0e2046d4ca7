from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1gcp_resource_cudcud_plan import (
    CastaiInventoryV1Beta1GCPResourceCUDCUDPlan,
    check_castai_inventory_v1_beta_1gcp_resource_cudcud_plan,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
        CastaiInventoryV1Beta1InstanceTypeBasedUsage,
    )
    from ..models.castai_inventory_v1_beta_1gcp_resource_cud_price import (
        CastaiInventoryV1Beta1GCPResourceCUDPrice,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1GCPResourceCUD")


@_attrs_define
class CastaiInventoryV1Beta1GCPResourceCUD:
    """
    Attributes:
        cpu (str | Unset):
        cud_id (str | Unset):
        effective_cpu (str | Unset):
        effective_memory_mib (str | Unset):
        instance_types_usage (CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset):
        memory_mb (str | Unset):
        plan (CastaiInventoryV1Beta1GCPResourceCUDCUDPlan | Unset):
        price (CastaiInventoryV1Beta1GCPResourceCUDPrice | Unset):
        status (str | Unset):
        type_ (str | Unset):
    """

    cpu: str | Unset = UNSET
    cud_id: str | Unset = UNSET
    effective_cpu: str | Unset = UNSET
    effective_memory_mib: str | Unset = UNSET
    instance_types_usage: CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset = UNSET
    memory_mb: str | Unset = UNSET
    plan: CastaiInventoryV1Beta1GCPResourceCUDCUDPlan | Unset = UNSET
    price: CastaiInventoryV1Beta1GCPResourceCUDPrice | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        cud_id = self.cud_id

        effective_cpu = self.effective_cpu

        effective_memory_mib = self.effective_memory_mib

        instance_types_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_types_usage, Unset):
            instance_types_usage = self.instance_types_usage.to_dict()

        memory_mb = self.memory_mb

        plan: str | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        status = self.status

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if cud_id is not UNSET:
            field_dict["cudId"] = cud_id
        if effective_cpu is not UNSET:
            field_dict["effectiveCpu"] = effective_cpu
        if effective_memory_mib is not UNSET:
            field_dict["effectiveMemoryMib"] = effective_memory_mib
        if instance_types_usage is not UNSET:
            field_dict["instanceTypesUsage"] = instance_types_usage
        if memory_mb is not UNSET:
            field_dict["memoryMb"] = memory_mb
        if plan is not UNSET:
            field_dict["plan"] = plan
        if price is not UNSET:
            field_dict["price"] = price
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
            CastaiInventoryV1Beta1InstanceTypeBasedUsage,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1gcp_resource_cud_price import (
            CastaiInventoryV1Beta1GCPResourceCUDPrice,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cpu = d.pop("cpu", UNSET)

        cud_id = d.pop("cudId", UNSET)

        effective_cpu = d.pop("effectiveCpu", UNSET)

        effective_memory_mib = d.pop("effectiveMemoryMib", UNSET)

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

        memory_mb = d.pop("memoryMb", UNSET)

        _plan = d.pop("plan", UNSET)
        plan: CastaiInventoryV1Beta1GCPResourceCUDCUDPlan | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = check_castai_inventory_v1_beta_1gcp_resource_cudcud_plan(_plan)

        _price = d.pop("price", UNSET)
        price: CastaiInventoryV1Beta1GCPResourceCUDPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = CastaiInventoryV1Beta1GCPResourceCUDPrice.from_dict(_price)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        castai_inventory_v1_beta_1gcp_resource_cud = cls(
            cpu=cpu,
            cud_id=cud_id,
            effective_cpu=effective_cpu,
            effective_memory_mib=effective_memory_mib,
            instance_types_usage=instance_types_usage,
            memory_mb=memory_mb,
            plan=plan,
            price=price,
            status=status,
            type_=type_,
        )

        castai_inventory_v1_beta_1gcp_resource_cud.additional_properties = d
        return castai_inventory_v1_beta_1gcp_resource_cud

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
