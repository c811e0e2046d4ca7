from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.created_key import CreatedKey


T = TypeVar("T", bound="CreatedKeyResponse")


@_attrs_define
class CreatedKeyResponse:
    """
    Attributes:
        data (CreatedKey): A newly created API key, including its secret (shown only once).
        request_id (str): Identifier of the request, for support. Example: req_9c0e1.
    """

    data: CreatedKey
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.created_key import CreatedKey  # noqa: PLC0415

        d = dict(src_dict)
        data = CreatedKey.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        created_key_response = cls(
            data=data,
            request_id=request_id,
        )

        created_key_response.additional_properties = d
        return created_key_response

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
