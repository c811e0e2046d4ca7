from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_azure_reservation_instance_flexibility import (
    CastaiInventoryV1Beta1AzureReservationInstanceFlexibility,
    check_castai_inventory_v1_beta_1_azure_reservation_instance_flexibility,
)
from ..models.castai_inventory_v1_beta_1_azure_reservation_reservation_plan import (
    CastaiInventoryV1Beta1AzureReservationReservationPlan,
    check_castai_inventory_v1_beta_1_azure_reservation_reservation_plan,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
        CastaiInventoryV1Beta1InstanceTypeBasedUsage,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1AzureReservation")


@_attrs_define
class CastaiInventoryV1Beta1AzureReservation:
    """
    Attributes:
        count (int | Unset):
        effective_cpu (str | Unset):
        effective_memory_mib (str | Unset):
        id (str | Unset):
        instance_flexibility (CastaiInventoryV1Beta1AzureReservationInstanceFlexibility | Unset):
        instance_flexibility_group (None | str | Unset):
        instance_flexibility_ratio (float | None | Unset):
        instance_type (str | Unset):
        instance_type_cpu (str | Unset):
        instance_type_memory_mib (str | Unset):
        instance_types_usage (CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset):
        plan (CastaiInventoryV1Beta1AzureReservationReservationPlan | Unset):
        purchase_time (datetime.datetime | None | Unset):
        scope (str | Unset):
        scope_resource_group (str | Unset):
        scope_subscription (str | Unset):
        status (str | Unset):
        total_cost (None | str | Unset):
    """

    count: int | Unset = UNSET
    effective_cpu: str | Unset = UNSET
    effective_memory_mib: str | Unset = UNSET
    id: str | Unset = UNSET
    instance_flexibility: (
        CastaiInventoryV1Beta1AzureReservationInstanceFlexibility | Unset
    ) = UNSET
    instance_flexibility_group: None | str | Unset = UNSET
    instance_flexibility_ratio: float | None | Unset = UNSET
    instance_type: str | Unset = UNSET
    instance_type_cpu: str | Unset = UNSET
    instance_type_memory_mib: str | Unset = UNSET
    instance_types_usage: CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset = UNSET
    plan: CastaiInventoryV1Beta1AzureReservationReservationPlan | Unset = UNSET
    purchase_time: datetime.datetime | None | Unset = UNSET
    scope: str | Unset = UNSET
    scope_resource_group: str | Unset = UNSET
    scope_subscription: str | Unset = UNSET
    status: str | Unset = UNSET
    total_cost: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        effective_cpu = self.effective_cpu

        effective_memory_mib = self.effective_memory_mib

        id = self.id

        instance_flexibility: str | Unset = UNSET
        if not isinstance(self.instance_flexibility, Unset):
            instance_flexibility = self.instance_flexibility

        instance_flexibility_group: None | str | Unset
        if isinstance(self.instance_flexibility_group, Unset):
            instance_flexibility_group = UNSET
        else:
            instance_flexibility_group = self.instance_flexibility_group

        instance_flexibility_ratio: float | None | Unset
        if isinstance(self.instance_flexibility_ratio, Unset):
            instance_flexibility_ratio = UNSET
        else:
            instance_flexibility_ratio = self.instance_flexibility_ratio

        instance_type = self.instance_type

        instance_type_cpu = self.instance_type_cpu

        instance_type_memory_mib = self.instance_type_memory_mib

        instance_types_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_types_usage, Unset):
            instance_types_usage = self.instance_types_usage.to_dict()

        plan: str | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan

        purchase_time: None | str | Unset
        if isinstance(self.purchase_time, Unset):
            purchase_time = UNSET
        elif isinstance(self.purchase_time, datetime.datetime):
            purchase_time = self.purchase_time.isoformat()
        else:
            purchase_time = self.purchase_time

        scope = self.scope

        scope_resource_group = self.scope_resource_group

        scope_subscription = self.scope_subscription

        status = self.status

        total_cost: None | str | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if effective_cpu is not UNSET:
            field_dict["effectiveCpu"] = effective_cpu
        if effective_memory_mib is not UNSET:
            field_dict["effectiveMemoryMib"] = effective_memory_mib
        if id is not UNSET:
            field_dict["id"] = id
        if instance_flexibility is not UNSET:
            field_dict["instanceFlexibility"] = instance_flexibility
        if instance_flexibility_group is not UNSET:
            field_dict["instanceFlexibilityGroup"] = instance_flexibility_group
        if instance_flexibility_ratio is not UNSET:
            field_dict["instanceFlexibilityRatio"] = instance_flexibility_ratio
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if instance_type_cpu is not UNSET:
            field_dict["instanceTypeCpu"] = instance_type_cpu
        if instance_type_memory_mib is not UNSET:
            field_dict["instanceTypeMemoryMib"] = instance_type_memory_mib
        if instance_types_usage is not UNSET:
            field_dict["instanceTypesUsage"] = instance_types_usage
        if plan is not UNSET:
            field_dict["plan"] = plan
        if purchase_time is not UNSET:
            field_dict["purchaseTime"] = purchase_time
        if scope is not UNSET:
            field_dict["scope"] = scope
        if scope_resource_group is not UNSET:
            field_dict["scopeResourceGroup"] = scope_resource_group
        if scope_subscription is not UNSET:
            field_dict["scopeSubscription"] = scope_subscription
        if status is not UNSET:
            field_dict["status"] = status
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
            CastaiInventoryV1Beta1InstanceTypeBasedUsage,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        effective_cpu = d.pop("effectiveCpu", UNSET)

        effective_memory_mib = d.pop("effectiveMemoryMib", UNSET)

        id = d.pop("id", UNSET)

        _instance_flexibility = d.pop("instanceFlexibility", UNSET)
        instance_flexibility: (
            CastaiInventoryV1Beta1AzureReservationInstanceFlexibility | Unset
        )
        if isinstance(_instance_flexibility, Unset):
            instance_flexibility = UNSET
        else:
            instance_flexibility = (
                check_castai_inventory_v1_beta_1_azure_reservation_instance_flexibility(
                    _instance_flexibility
                )
            )

        def _parse_instance_flexibility_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance_flexibility_group = _parse_instance_flexibility_group(
            d.pop("instanceFlexibilityGroup", UNSET)
        )

        def _parse_instance_flexibility_ratio(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        instance_flexibility_ratio = _parse_instance_flexibility_ratio(
            d.pop("instanceFlexibilityRatio", UNSET)
        )

        instance_type = d.pop("instanceType", UNSET)

        instance_type_cpu = d.pop("instanceTypeCpu", UNSET)

        instance_type_memory_mib = d.pop("instanceTypeMemoryMib", UNSET)

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

        _plan = d.pop("plan", UNSET)
        plan: CastaiInventoryV1Beta1AzureReservationReservationPlan | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = check_castai_inventory_v1_beta_1_azure_reservation_reservation_plan(
                _plan
            )

        def _parse_purchase_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purchase_time_type_0 = datetime.datetime.fromisoformat(data)

                return purchase_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        purchase_time = _parse_purchase_time(d.pop("purchaseTime", UNSET))

        scope = d.pop("scope", UNSET)

        scope_resource_group = d.pop("scopeResourceGroup", UNSET)

        scope_subscription = d.pop("scopeSubscription", UNSET)

        status = d.pop("status", UNSET)

        def _parse_total_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_cost = _parse_total_cost(d.pop("totalCost", UNSET))

        castai_inventory_v1_beta_1_azure_reservation = cls(
            count=count,
            effective_cpu=effective_cpu,
            effective_memory_mib=effective_memory_mib,
            id=id,
            instance_flexibility=instance_flexibility,
            instance_flexibility_group=instance_flexibility_group,
            instance_flexibility_ratio=instance_flexibility_ratio,
            instance_type=instance_type,
            instance_type_cpu=instance_type_cpu,
            instance_type_memory_mib=instance_type_memory_mib,
            instance_types_usage=instance_types_usage,
            plan=plan,
            purchase_time=purchase_time,
            scope=scope,
            scope_resource_group=scope_resource_group,
            scope_subscription=scope_subscription,
            status=status,
            total_cost=total_cost,
        )

        castai_inventory_v1_beta_1_azure_reservation.additional_properties = d
        return castai_inventory_v1_beta_1_azure_reservation

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
