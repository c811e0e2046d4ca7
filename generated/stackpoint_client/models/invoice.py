from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_state import InvoiceState

if TYPE_CHECKING:
    from ..models.freeform_object import FreeformObject


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """A monthly invoice.

    Attributes:
        amount_due (float): Amount due in US dollars. Example: 19.57.
        billing_method (str):  Example: send_invoice.
        billing_period (str):  Example: March 2019.
        created (datetime.datetime):  Example: 2019-04-01T01:00:00.256132Z.
        end_time (datetime.datetime):  Example: 2019-03-31T23:59:59.999999Z.
        identifier (str):  Example: NKS-G418VQ3Z75.
        is_auto_charge (bool):  Example: False.
        is_oem (bool):  Example: False.
        is_payable (bool):  Example: True.
        line_items (list[FreeformObject]):  Example: [].
        org (int): Organization ID. Example: 352.
        org_name (str):  Example: Divine Dawn.
        pk (int): Invoice ID. Example: 25.
        start_time (datetime.datetime):  Example: 2019-03-01T00:00:00Z.
        state (InvoiceState): State of an invoice. Example: open.
        status_display (str): State as shown in the web UI. Example: Open.
    """

    amount_due: float
    billing_method: str
    billing_period: str
    created: datetime.datetime
    end_time: datetime.datetime
    identifier: str
    is_auto_charge: bool
    is_oem: bool
    is_payable: bool
    line_items: list[FreeformObject]
    org: int
    org_name: str
    pk: int
    start_time: datetime.datetime
    state: InvoiceState
    status_display: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_due = self.amount_due

        billing_method = self.billing_method

        billing_period = self.billing_period

        created = self.created.isoformat()

        end_time = self.end_time.isoformat()

        identifier = self.identifier

        is_auto_charge = self.is_auto_charge

        is_oem = self.is_oem

        is_payable = self.is_payable

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        org = self.org

        org_name = self.org_name

        pk = self.pk

        start_time = self.start_time.isoformat()

        state = self.state.value

        status_display = self.status_display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_due": amount_due,
                "billing_method": billing_method,
                "billing_period": billing_period,
                "created": created,
                "end_time": end_time,
                "identifier": identifier,
                "is_auto_charge": is_auto_charge,
                "is_oem": is_oem,
                "is_payable": is_payable,
                "line_items": line_items,
                "org": org,
                "org_name": org_name,
                "pk": pk,
                "start_time": start_time,
                "state": state,
                "status_display": status_display,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.freeform_object import FreeformObject  # noqa: PLC0415

        d = dict(src_dict)
        amount_due = d.pop("amount_due")

        billing_method = d.pop("billing_method")

        billing_period = d.pop("billing_period")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        end_time = datetime.datetime.fromisoformat(d.pop("end_time"))

        identifier = d.pop("identifier")

        is_auto_charge = d.pop("is_auto_charge")

        is_oem = d.pop("is_oem")

        is_payable = d.pop("is_payable")

        line_items = []
        _line_items = d.pop("line_items")
        for line_items_item_data in _line_items:
            line_items_item = FreeformObject.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        org = d.pop("org")

        org_name = d.pop("org_name")

        pk = d.pop("pk")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        state = InvoiceState(d.pop("state"))

        status_display = d.pop("status_display")

        invoice = cls(
            amount_due=amount_due,
            billing_method=billing_method,
            billing_period=billing_period,
            created=created,
            end_time=end_time,
            identifier=identifier,
            is_auto_charge=is_auto_charge,
            is_oem=is_oem,
            is_payable=is_payable,
            line_items=line_items,
            org=org,
            org_name=org_name,
            pk=pk,
            start_time=start_time,
            state=state,
            status_display=status_display,
        )

        invoice.additional_properties = d
        return invoice

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
