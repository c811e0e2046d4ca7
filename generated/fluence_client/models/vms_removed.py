from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VmsRemoved")


@_attrs_define
class VmsRemoved:
    """
    Attributes:
        removed_ids (list[str]):
        transactions (list[str]): Hashes of the on-chain transactions that ended the rentals.
    """

    removed_ids: list[str]
    transactions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        removed_ids = self.removed_ids

        transactions = self.transactions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "removed_ids": removed_ids,
                "transactions": transactions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        removed_ids = cast(list[str], d.pop("removed_ids"))

        transactions = cast(list[str], d.pop("transactions"))

        vms_removed = cls(
            removed_ids=removed_ids,
            transactions=transactions,
        )

        vms_removed.additional_properties = d
        return vms_removed

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
