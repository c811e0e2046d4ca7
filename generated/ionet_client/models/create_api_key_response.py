from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.single_api_key import SingleApiKey


T = TypeVar("T", bound="CreateApiKeyResponse")


@_attrs_define
class CreateApiKeyResponse:
    """
    Attributes:
        key (None | SingleApiKey): The stored key record.
        value (str): The secret API key. Store it now; it cannot be read again. Example:
            io-v2-eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.example.Xk9Q.
    """

    key: None | SingleApiKey
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.single_api_key import SingleApiKey  # noqa: PLC0415

        key: dict[str, Any] | None
        if isinstance(self.key, SingleApiKey):
            key = self.key.to_dict()
        else:
            key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.single_api_key import SingleApiKey  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_key(data: object) -> None | SingleApiKey:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                key_type_0 = SingleApiKey.from_dict(data)

                return key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SingleApiKey, data)

        key = _parse_key(d.pop("key"))

        value = d.pop("value")

        create_api_key_response = cls(
            key=key,
            value=value,
        )

        create_api_key_response.additional_properties = d
        return create_api_key_response

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
