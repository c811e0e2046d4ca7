from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_state import SubscriptionState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_balance import AccountBalance
    from ..models.covered_org import CoveredOrg
    from ..models.freeform_object import FreeformObject


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """The caller's billing subscription.

    Attributes:
        access_plan (str):  Example: metered-monthly.
        account_balance (AccountBalance): Outstanding balance of a subscription.
        billing_method (str):  Example: send_invoice.
        cluster_count (int):  Example: 0.
        covered_orgs (list[CoveredOrg]):
        created (datetime.datetime):  Example: 2019-03-05T22:43:54.603887Z.
        internal_id (str):  Example: SPC-1234ABCDEF.
        is_active (bool):  Example: True.
        is_auto_charge (bool):  Example: False.
        is_exempt (bool):  Example: False.
        is_metered (bool):  Example: True.
        is_trial_active (bool):  Example: False.
        node_count (int):  Example: 0.
        pk (int): Subscription ID. Example: 15561.
        state (SubscriptionState): State of a billing subscription. Example: active.
        support_plan (str):
        updated (datetime.datetime):  Example: 2019-04-04T22:48:21.249153Z.
        user (int): User ID. Example: 18896.
        access_item_id (str | Unset):
        billing_contact (FreeformObject | Unset): Free-form JSON object whose keys depend on the provider, solution or
            billing backend. Example: {}.
        customer (FreeformObject | Unset): Free-form JSON object whose keys depend on the provider, solution or billing
            backend. Example: {}.
        customer_id (str | Unset):
        invoice_data (FreeformObject | Unset): Free-form JSON object whose keys depend on the provider, solution or
            billing backend. Example: {}.
        is_grand_fathered (bool | Unset):  Example: False.
        source_id (str | Unset):
        subscription_id (str | Unset):
        support_item_id (str | Unset):
        suspension_reason (str | Unset): Why the subscription is suspended; empty otherwise.
        trial_end (datetime.datetime | None | Unset):  Example: 2019-04-04T22:43:57.541971Z.
        trial_time_left (str | Unset): Remaining trial time, as display text. Example: 0 minutes.
        twitter_handle (str | Unset):
    """

    access_plan: str
    account_balance: AccountBalance
    billing_method: str
    cluster_count: int
    covered_orgs: list[CoveredOrg]
    created: datetime.datetime
    internal_id: str
    is_active: bool
    is_auto_charge: bool
    is_exempt: bool
    is_metered: bool
    is_trial_active: bool
    node_count: int
    pk: int
    state: SubscriptionState
    support_plan: str
    updated: datetime.datetime
    user: int
    access_item_id: str | Unset = UNSET
    billing_contact: FreeformObject | Unset = UNSET
    customer: FreeformObject | Unset = UNSET
    customer_id: str | Unset = UNSET
    invoice_data: FreeformObject | Unset = UNSET
    is_grand_fathered: bool | Unset = UNSET
    source_id: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    support_item_id: str | Unset = UNSET
    suspension_reason: str | Unset = UNSET
    trial_end: datetime.datetime | None | Unset = UNSET
    trial_time_left: str | Unset = UNSET
    twitter_handle: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_plan = self.access_plan

        account_balance = self.account_balance.to_dict()

        billing_method = self.billing_method

        cluster_count = self.cluster_count

        covered_orgs = []
        for covered_orgs_item_data in self.covered_orgs:
            covered_orgs_item = covered_orgs_item_data.to_dict()
            covered_orgs.append(covered_orgs_item)

        created = self.created.isoformat()

        internal_id = self.internal_id

        is_active = self.is_active

        is_auto_charge = self.is_auto_charge

        is_exempt = self.is_exempt

        is_metered = self.is_metered

        is_trial_active = self.is_trial_active

        node_count = self.node_count

        pk = self.pk

        state = self.state.value

        support_plan = self.support_plan

        updated = self.updated.isoformat()

        user = self.user

        access_item_id = self.access_item_id

        billing_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_contact, Unset):
            billing_contact = self.billing_contact.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        customer_id = self.customer_id

        invoice_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_data, Unset):
            invoice_data = self.invoice_data.to_dict()

        is_grand_fathered = self.is_grand_fathered

        source_id = self.source_id

        subscription_id = self.subscription_id

        support_item_id = self.support_item_id

        suspension_reason = self.suspension_reason

        trial_end: None | str | Unset
        if isinstance(self.trial_end, Unset):
            trial_end = UNSET
        elif isinstance(self.trial_end, datetime.datetime):
            trial_end = self.trial_end.isoformat()
        else:
            trial_end = self.trial_end

        trial_time_left = self.trial_time_left

        twitter_handle = self.twitter_handle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_plan": access_plan,
                "account_balance": account_balance,
                "billing_method": billing_method,
                "cluster_count": cluster_count,
                "covered_orgs": covered_orgs,
                "created": created,
                "internal_id": internal_id,
                "is_active": is_active,
                "is_auto_charge": is_auto_charge,
                "is_exempt": is_exempt,
                "is_metered": is_metered,
                "is_trial_active": is_trial_active,
                "node_count": node_count,
                "pk": pk,
                "state": state,
                "support_plan": support_plan,
                "updated": updated,
                "user": user,
            }
        )
        if access_item_id is not UNSET:
            field_dict["access_item_id"] = access_item_id
        if billing_contact is not UNSET:
            field_dict["billing_contact"] = billing_contact
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if invoice_data is not UNSET:
            field_dict["invoice_data"] = invoice_data
        if is_grand_fathered is not UNSET:
            field_dict["is_grand_fathered"] = is_grand_fathered
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if support_item_id is not UNSET:
            field_dict["support_item_id"] = support_item_id
        if suspension_reason is not UNSET:
            field_dict["suspension_reason"] = suspension_reason
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end
        if trial_time_left is not UNSET:
            field_dict["trial_time_left"] = trial_time_left
        if twitter_handle is not UNSET:
            field_dict["twitter_handle"] = twitter_handle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_balance import AccountBalance  # noqa: PLC0415
        from ..models.covered_org import CoveredOrg  # noqa: PLC0415
        from ..models.freeform_object import FreeformObject  # noqa: PLC0415

        d = dict(src_dict)
        access_plan = d.pop("access_plan")

        account_balance = AccountBalance.from_dict(d.pop("account_balance"))

        billing_method = d.pop("billing_method")

        cluster_count = d.pop("cluster_count")

        covered_orgs = []
        _covered_orgs = d.pop("covered_orgs")
        for covered_orgs_item_data in _covered_orgs:
            covered_orgs_item = CoveredOrg.from_dict(covered_orgs_item_data)

            covered_orgs.append(covered_orgs_item)

        created = datetime.datetime.fromisoformat(d.pop("created"))

        internal_id = d.pop("internal_id")

        is_active = d.pop("is_active")

        is_auto_charge = d.pop("is_auto_charge")

        is_exempt = d.pop("is_exempt")

        is_metered = d.pop("is_metered")

        is_trial_active = d.pop("is_trial_active")

        node_count = d.pop("node_count")

        pk = d.pop("pk")

        state = SubscriptionState(d.pop("state"))

        support_plan = d.pop("support_plan")

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        user = d.pop("user")

        access_item_id = d.pop("access_item_id", UNSET)

        _billing_contact = d.pop("billing_contact", UNSET)
        billing_contact: FreeformObject | Unset
        if isinstance(_billing_contact, Unset):
            billing_contact = UNSET
        else:
            billing_contact = FreeformObject.from_dict(_billing_contact)

        _customer = d.pop("customer", UNSET)
        customer: FreeformObject | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = FreeformObject.from_dict(_customer)

        customer_id = d.pop("customer_id", UNSET)

        _invoice_data = d.pop("invoice_data", UNSET)
        invoice_data: FreeformObject | Unset
        if isinstance(_invoice_data, Unset):
            invoice_data = UNSET
        else:
            invoice_data = FreeformObject.from_dict(_invoice_data)

        is_grand_fathered = d.pop("is_grand_fathered", UNSET)

        source_id = d.pop("source_id", UNSET)

        subscription_id = d.pop("subscription_id", UNSET)

        support_item_id = d.pop("support_item_id", UNSET)

        suspension_reason = d.pop("suspension_reason", UNSET)

        def _parse_trial_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trial_end_type_0 = datetime.datetime.fromisoformat(data)

                return trial_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        trial_end = _parse_trial_end(d.pop("trial_end", UNSET))

        trial_time_left = d.pop("trial_time_left", UNSET)

        twitter_handle = d.pop("twitter_handle", UNSET)

        subscription = cls(
            access_plan=access_plan,
            account_balance=account_balance,
            billing_method=billing_method,
            cluster_count=cluster_count,
            covered_orgs=covered_orgs,
            created=created,
            internal_id=internal_id,
            is_active=is_active,
            is_auto_charge=is_auto_charge,
            is_exempt=is_exempt,
            is_metered=is_metered,
            is_trial_active=is_trial_active,
            node_count=node_count,
            pk=pk,
            state=state,
            support_plan=support_plan,
            updated=updated,
            user=user,
            access_item_id=access_item_id,
            billing_contact=billing_contact,
            customer=customer,
            customer_id=customer_id,
            invoice_data=invoice_data,
            is_grand_fathered=is_grand_fathered,
            source_id=source_id,
            subscription_id=subscription_id,
            support_item_id=support_item_id,
            suspension_reason=suspension_reason,
            trial_end=trial_end,
            trial_time_left=trial_time_left,
            twitter_handle=twitter_handle,
        )

        subscription.additional_properties = d
        return subscription

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
