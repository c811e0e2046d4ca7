from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_pagination_v1_beta_1_page import CastaiPaginationV1Beta1Page
    from ..models.castai_serviceaccounts_v1_beta_1_service_account_key import (
        CastaiServiceaccountsV1Beta1ServiceAccountKey,
    )


T = TypeVar("T", bound="CastaiServiceaccountsV1Beta1ListServiceAccountKeysResponse")


@_attrs_define
class CastaiServiceaccountsV1Beta1ListServiceAccountKeysResponse:
    """
    Attributes:
        next_page (CastaiPaginationV1Beta1Page):
        keys (list[CastaiServiceaccountsV1Beta1ServiceAccountKey] | Unset):
        total_count (str | Unset):
    """

    next_page: CastaiPaginationV1Beta1Page
    keys: list[CastaiServiceaccountsV1Beta1ServiceAccountKey] | Unset = UNSET
    total_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page = self.next_page.to_dict()

        keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = []
            for keys_item_data in self.keys:
                keys_item = keys_item_data.to_dict()
                keys.append(keys_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nextPage": next_page,
            }
        )
        if keys is not UNSET:
            field_dict["keys"] = keys
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_pagination_v1_beta_1_page import (
            CastaiPaginationV1Beta1Page,  # noqa: PLC0415
        )
        from ..models.castai_serviceaccounts_v1_beta_1_service_account_key import (
            CastaiServiceaccountsV1Beta1ServiceAccountKey,  # noqa: PLC0415
        )

        d = dict(src_dict)
        next_page = CastaiPaginationV1Beta1Page.from_dict(d.pop("nextPage"))

        _keys = d.pop("keys", UNSET)
        keys: list[CastaiServiceaccountsV1Beta1ServiceAccountKey] | Unset = UNSET
        if _keys is not UNSET:
            keys = []
            for keys_item_data in _keys:
                keys_item = CastaiServiceaccountsV1Beta1ServiceAccountKey.from_dict(
                    keys_item_data
                )

                keys.append(keys_item)

        total_count = d.pop("totalCount", UNSET)

        castai_serviceaccounts_v1_beta_1_list_service_account_keys_response = cls(
            next_page=next_page,
            keys=keys,
            total_count=total_count,
        )

        castai_serviceaccounts_v1_beta_1_list_service_account_keys_response.additional_properties = d
        return castai_serviceaccounts_v1_beta_1_list_service_account_keys_response

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
