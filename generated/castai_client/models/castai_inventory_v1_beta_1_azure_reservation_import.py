from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1AzureReservationImport")


@_attrs_define
class CastaiInventoryV1Beta1AzureReservationImport:
    """
    Attributes:
        expiration_date (str | Unset):
        instance_flexibility (str | Unset):
        name (str | Unset):
        product_name (str | Unset):
        purchase_date (str | Unset):
        quantity (int | Unset):
        region (str | Unset):
        reservation_id (str | Unset):
        scope (str | Unset):
        scope_resource_group (str | Unset):
        scope_subscription (str | Unset):
        status (str | Unset):
        term (str | Unset):
        type_ (str | Unset):
    """

    expiration_date: str | Unset = UNSET
    instance_flexibility: str | Unset = UNSET
    name: str | Unset = UNSET
    product_name: str | Unset = UNSET
    purchase_date: str | Unset = UNSET
    quantity: int | Unset = UNSET
    region: str | Unset = UNSET
    reservation_id: str | Unset = UNSET
    scope: str | Unset = UNSET
    scope_resource_group: str | Unset = UNSET
    scope_subscription: str | Unset = UNSET
    status: str | Unset = UNSET
    term: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiration_date = self.expiration_date

        instance_flexibility = self.instance_flexibility

        name = self.name

        product_name = self.product_name

        purchase_date = self.purchase_date

        quantity = self.quantity

        region = self.region

        reservation_id = self.reservation_id

        scope = self.scope

        scope_resource_group = self.scope_resource_group

        scope_subscription = self.scope_subscription

        status = self.status

        term = self.term

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if instance_flexibility is not UNSET:
            field_dict["instanceFlexibility"] = instance_flexibility
        if name is not UNSET:
            field_dict["name"] = name
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if purchase_date is not UNSET:
            field_dict["purchaseDate"] = purchase_date
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if region is not UNSET:
            field_dict["region"] = region
        if reservation_id is not UNSET:
            field_dict["reservationId"] = reservation_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if scope_resource_group is not UNSET:
            field_dict["scopeResourceGroup"] = scope_resource_group
        if scope_subscription is not UNSET:
            field_dict["scopeSubscription"] = scope_subscription
        if status is not UNSET:
            field_dict["status"] = status
        if term is not UNSET:
            field_dict["term"] = term
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expiration_date = d.pop("expirationDate", UNSET)

        instance_flexibility = d.pop("instanceFlexibility", UNSET)

        name = d.pop("name", UNSET)

        product_name = d.pop("productName", UNSET)

        purchase_date = d.pop("purchaseDate", UNSET)

        quantity = d.pop("quantity", UNSET)

        region = d.pop("region", UNSET)

        reservation_id = d.pop("reservationId", UNSET)

        scope = d.pop("scope", UNSET)

        scope_resource_group = d.pop("scopeResourceGroup", UNSET)

        scope_subscription = d.pop("scopeSubscription", UNSET)

        status = d.pop("status", UNSET)

        term = d.pop("term", UNSET)

        type_ = d.pop("type", UNSET)

        castai_inventory_v1_beta_1_azure_reservation_import = cls(
            expiration_date=expiration_date,
            instance_flexibility=instance_flexibility,
            name=name,
            product_name=product_name,
            purchase_date=purchase_date,
            quantity=quantity,
            region=region,
            reservation_id=reservation_id,
            scope=scope,
            scope_resource_group=scope_resource_group,
            scope_subscription=scope_subscription,
            status=status,
            term=term,
            type_=type_,
        )

        castai_inventory_v1_beta_1_azure_reservation_import.additional_properties = d
        return castai_inventory_v1_beta_1_azure_reservation_import

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
