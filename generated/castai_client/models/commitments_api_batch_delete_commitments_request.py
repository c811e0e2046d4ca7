from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CommitmentsAPIBatchDeleteCommitmentsRequest")


@_attrs_define
class CommitmentsAPIBatchDeleteCommitmentsRequest:
    """
    Attributes:
        commitment_ids (list[str]):
    """

    commitment_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment_ids = self.commitment_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commitmentIds": commitment_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commitment_ids = cast(list[str], d.pop("commitmentIds"))

        commitments_api_batch_delete_commitments_request = cls(
            commitment_ids=commitment_ids,
        )

        commitments_api_batch_delete_commitments_request.additional_properties = d
        return commitments_api_batch_delete_commitments_request

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
