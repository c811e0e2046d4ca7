from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_pagination_v1_beta_1_page import CastaiPaginationV1Beta1Page
    from ..models.castai_serviceaccounts_v1_beta_1_service_account import (
        CastaiServiceaccountsV1Beta1ServiceAccount,
    )


T = TypeVar("T", bound="CastaiServiceaccountsV1Beta1ListServiceAccountsResponse")


@_attrs_define
class CastaiServiceaccountsV1Beta1ListServiceAccountsResponse:
    """
    Attributes:
        next_page (CastaiPaginationV1Beta1Page):
        service_accounts (list[CastaiServiceaccountsV1Beta1ServiceAccount] | Unset):
        total_count (str | Unset):
    """

    next_page: CastaiPaginationV1Beta1Page
    service_accounts: list[CastaiServiceaccountsV1Beta1ServiceAccount] | Unset = UNSET
    total_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page = self.next_page.to_dict()

        service_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_accounts, Unset):
            service_accounts = []
            for service_accounts_item_data in self.service_accounts:
                service_accounts_item = service_accounts_item_data.to_dict()
                service_accounts.append(service_accounts_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nextPage": next_page,
            }
        )
        if service_accounts is not UNSET:
            field_dict["serviceAccounts"] = service_accounts
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_pagination_v1_beta_1_page import (
            CastaiPaginationV1Beta1Page,  # noqa: PLC0415
        )
        from ..models.castai_serviceaccounts_v1_beta_1_service_account import (
            CastaiServiceaccountsV1Beta1ServiceAccount,  # noqa: PLC0415
        )

        d = dict(src_dict)
        next_page = CastaiPaginationV1Beta1Page.from_dict(d.pop("nextPage"))

        _service_accounts = d.pop("serviceAccounts", UNSET)
        service_accounts: list[CastaiServiceaccountsV1Beta1ServiceAccount] | Unset = (
            UNSET
        )
        if _service_accounts is not UNSET:
            service_accounts = []
            for service_accounts_item_data in _service_accounts:
                service_accounts_item = (
                    CastaiServiceaccountsV1Beta1ServiceAccount.from_dict(
                        service_accounts_item_data
                    )
                )

                service_accounts.append(service_accounts_item)

        total_count = d.pop("totalCount", UNSET)

        castai_serviceaccounts_v1_beta_1_list_service_accounts_response = cls(
            next_page=next_page,
            service_accounts=service_accounts,
            total_count=total_count,
        )

        castai_serviceaccounts_v1_beta_1_list_service_accounts_response.additional_properties = d
        return castai_serviceaccounts_v1_beta_1_list_service_accounts_response

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
