from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_state import SubscriptionState

if TYPE_CHECKING:
    from ..models.account_balance import AccountBalance


T = TypeVar("T", bound="SubscriptionSummary")


@_attrs_define
class SubscriptionSummary:
    """Short view of a subscription, embedded in memberships.

    Attributes:
        access_plan (str): Access plan code; empty when none. Example: stackpointio-standard-monthly.
        account_balance (AccountBalance): Outstanding balance of a subscription.
        internal_id (str): Account identifier used by support and billing. Example: SPC-RO2IGW7GGL.
        is_active (bool): Whether the subscription currently grants access. Example: True.
        is_exempt (bool): Whether the account is exempt from billing. Example: False.
        is_metered (bool): Whether usage is billed by metering. Example: True.
        pk (int): Subscription ID. Example: 3.
        state (SubscriptionState): State of a billing subscription. Example: active.
        support_plan (str): Support plan code; empty when none.
        user (int): ID of the user who owns the subscription. Example: 3.
    """

    access_plan: str
    account_balance: AccountBalance
    internal_id: str
    is_active: bool
    is_exempt: bool
    is_metered: bool
    pk: int
    state: SubscriptionState
    support_plan: str
    user: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_plan = self.access_plan

        account_balance = self.account_balance.to_dict()

        internal_id = self.internal_id

        is_active = self.is_active

        is_exempt = self.is_exempt

        is_metered = self.is_metered

        pk = self.pk

        state = self.state.value

        support_plan = self.support_plan

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_plan": access_plan,
                "account_balance": account_balance,
                "internal_id": internal_id,
                "is_active": is_active,
                "is_exempt": is_exempt,
                "is_metered": is_metered,
                "pk": pk,
                "state": state,
                "support_plan": support_plan,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_balance import AccountBalance  # noqa: PLC0415

        d = dict(src_dict)
        access_plan = d.pop("access_plan")

        account_balance = AccountBalance.from_dict(d.pop("account_balance"))

        internal_id = d.pop("internal_id")

        is_active = d.pop("is_active")

        is_exempt = d.pop("is_exempt")

        is_metered = d.pop("is_metered")

        pk = d.pop("pk")

        state = SubscriptionState(d.pop("state"))

        support_plan = d.pop("support_plan")

        user = d.pop("user")

        subscription_summary = cls(
            access_plan=access_plan,
            account_balance=account_balance,
            internal_id=internal_id,
            is_active=is_active,
            is_exempt=is_exempt,
            is_metered=is_metered,
            pk=pk,
            state=state,
            support_plan=support_plan,
            user=user,
        )

        subscription_summary.additional_properties = d
        return subscription_summary

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
