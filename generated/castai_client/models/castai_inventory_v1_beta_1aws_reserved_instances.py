from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1aws_recurring_charges import (
        CastaiInventoryV1Beta1AWSRecurringCharges,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1AWSReservedInstances")


@_attrs_define
class CastaiInventoryV1Beta1AWSReservedInstances:
    """
    Attributes:
        availability_zone (None | str | Unset):
        currency_code (str | Unset):
        duration (str | Unset):
        end (str | Unset):
        fixed_price (float | Unset):
        instance_count (str | Unset):
        instance_tenancy (str | Unset):
        instance_type (str | Unset):
        offering_type (str | Unset):
        product_description (str | Unset):
        recurring_charges (list[CastaiInventoryV1Beta1AWSRecurringCharges] | Unset):
        reserved_instances_id (str | Unset):
        scope (str | Unset):
        start (str | Unset):
        state (str | Unset):
        usage_price (float | Unset):
    """

    availability_zone: None | str | Unset = UNSET
    currency_code: str | Unset = UNSET
    duration: str | Unset = UNSET
    end: str | Unset = UNSET
    fixed_price: float | Unset = UNSET
    instance_count: str | Unset = UNSET
    instance_tenancy: str | Unset = UNSET
    instance_type: str | Unset = UNSET
    offering_type: str | Unset = UNSET
    product_description: str | Unset = UNSET
    recurring_charges: list[CastaiInventoryV1Beta1AWSRecurringCharges] | Unset = UNSET
    reserved_instances_id: str | Unset = UNSET
    scope: str | Unset = UNSET
    start: str | Unset = UNSET
    state: str | Unset = UNSET
    usage_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability_zone: None | str | Unset
        if isinstance(self.availability_zone, Unset):
            availability_zone = UNSET
        else:
            availability_zone = self.availability_zone

        currency_code = self.currency_code

        duration = self.duration

        end = self.end

        fixed_price = self.fixed_price

        instance_count = self.instance_count

        instance_tenancy = self.instance_tenancy

        instance_type = self.instance_type

        offering_type = self.offering_type

        product_description = self.product_description

        recurring_charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recurring_charges, Unset):
            recurring_charges = []
            for recurring_charges_item_data in self.recurring_charges:
                recurring_charges_item = recurring_charges_item_data.to_dict()
                recurring_charges.append(recurring_charges_item)

        reserved_instances_id = self.reserved_instances_id

        scope = self.scope

        start = self.start

        state = self.state

        usage_price = self.usage_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability_zone is not UNSET:
            field_dict["AvailabilityZone"] = availability_zone
        if currency_code is not UNSET:
            field_dict["CurrencyCode"] = currency_code
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if end is not UNSET:
            field_dict["End"] = end
        if fixed_price is not UNSET:
            field_dict["FixedPrice"] = fixed_price
        if instance_count is not UNSET:
            field_dict["InstanceCount"] = instance_count
        if instance_tenancy is not UNSET:
            field_dict["InstanceTenancy"] = instance_tenancy
        if instance_type is not UNSET:
            field_dict["InstanceType"] = instance_type
        if offering_type is not UNSET:
            field_dict["OfferingType"] = offering_type
        if product_description is not UNSET:
            field_dict["ProductDescription"] = product_description
        if recurring_charges is not UNSET:
            field_dict["RecurringCharges"] = recurring_charges
        if reserved_instances_id is not UNSET:
            field_dict["ReservedInstancesId"] = reserved_instances_id
        if scope is not UNSET:
            field_dict["Scope"] = scope
        if start is not UNSET:
            field_dict["Start"] = start
        if state is not UNSET:
            field_dict["State"] = state
        if usage_price is not UNSET:
            field_dict["UsagePrice"] = usage_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1aws_recurring_charges import (
            CastaiInventoryV1Beta1AWSRecurringCharges,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_availability_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        availability_zone = _parse_availability_zone(d.pop("AvailabilityZone", UNSET))

        currency_code = d.pop("CurrencyCode", UNSET)

        duration = d.pop("Duration", UNSET)

        end = d.pop("End", UNSET)

        fixed_price = d.pop("FixedPrice", UNSET)

        instance_count = d.pop("InstanceCount", UNSET)

        instance_tenancy = d.pop("InstanceTenancy", UNSET)

        instance_type = d.pop("InstanceType", UNSET)

        offering_type = d.pop("OfferingType", UNSET)

        product_description = d.pop("ProductDescription", UNSET)

        _recurring_charges = d.pop("RecurringCharges", UNSET)
        recurring_charges: list[CastaiInventoryV1Beta1AWSRecurringCharges] | Unset = (
            UNSET
        )
        if _recurring_charges is not UNSET:
            recurring_charges = []
            for recurring_charges_item_data in _recurring_charges:
                recurring_charges_item = (
                    CastaiInventoryV1Beta1AWSRecurringCharges.from_dict(
                        recurring_charges_item_data
                    )
                )

                recurring_charges.append(recurring_charges_item)

        reserved_instances_id = d.pop("ReservedInstancesId", UNSET)

        scope = d.pop("Scope", UNSET)

        start = d.pop("Start", UNSET)

        state = d.pop("State", UNSET)

        usage_price = d.pop("UsagePrice", UNSET)

        castai_inventory_v1_beta_1aws_reserved_instances = cls(
            availability_zone=availability_zone,
            currency_code=currency_code,
            duration=duration,
            end=end,
            fixed_price=fixed_price,
            instance_count=instance_count,
            instance_tenancy=instance_tenancy,
            instance_type=instance_type,
            offering_type=offering_type,
            product_description=product_description,
            recurring_charges=recurring_charges,
            reserved_instances_id=reserved_instances_id,
            scope=scope,
            start=start,
            state=state,
            usage_price=usage_price,
        )

        castai_inventory_v1_beta_1aws_reserved_instances.additional_properties = d
        return castai_inventory_v1_beta_1aws_reserved_instances

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
