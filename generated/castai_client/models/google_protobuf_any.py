from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_protobuf_any_additional_property import (
        GoogleProtobufAnyAdditionalProperty,
    )


T = TypeVar("T", bound="GoogleProtobufAny")


@_attrs_define
class GoogleProtobufAny:
    """
    Attributes:
        type_ (str | Unset):
    """

    type_: str | Unset = UNSET
    additional_properties: dict[str, GoogleProtobufAnyAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["@type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.google_protobuf_any_additional_property import (
            GoogleProtobufAnyAdditionalProperty,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("@type", UNSET)

        google_protobuf_any = cls(
            type_=type_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = GoogleProtobufAnyAdditionalProperty.from_dict(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        google_protobuf_any.additional_properties = additional_properties
        return google_protobuf_any

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> GoogleProtobufAnyAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: GoogleProtobufAnyAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
