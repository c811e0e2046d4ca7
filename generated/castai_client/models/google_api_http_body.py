from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_protobuf_any import GoogleProtobufAny


T = TypeVar("T", bound="GoogleApiHttpBody")


@_attrs_define
class GoogleApiHttpBody:
    """
    Attributes:
        content_type (str | Unset):
        data (str | Unset):
        extensions (list[GoogleProtobufAny] | Unset):
    """

    content_type: str | Unset = UNSET
    data: str | Unset = UNSET
    extensions: list[GoogleProtobufAny] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        data = self.data

        extensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = []
            for extensions_item_data in self.extensions:
                extensions_item = extensions_item_data.to_dict()
                extensions.append(extensions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if data is not UNSET:
            field_dict["data"] = data
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.google_protobuf_any import GoogleProtobufAny  # noqa: PLC0415

        d = dict(src_dict)
        content_type = d.pop("contentType", UNSET)

        data = d.pop("data", UNSET)

        _extensions = d.pop("extensions", UNSET)
        extensions: list[GoogleProtobufAny] | Unset = UNSET
        if _extensions is not UNSET:
            extensions = []
            for extensions_item_data in _extensions:
                extensions_item = GoogleProtobufAny.from_dict(extensions_item_data)

                extensions.append(extensions_item)

        google_api_http_body = cls(
            content_type=content_type,
            data=data,
            extensions=extensions,
        )

        google_api_http_body.additional_properties = d
        return google_api_http_body

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
