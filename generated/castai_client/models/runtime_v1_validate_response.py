from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_validation_error import RuntimeV1ValidationError


T = TypeVar("T", bound="RuntimeV1ValidateResponse")


@_attrs_define
class RuntimeV1ValidateResponse:
    """
    Attributes:
        error (None | str | Unset):
        locations (list[RuntimeV1ValidationError] | Unset):
        valid (bool | Unset):
    """

    error: None | str | Unset = UNSET
    locations: list[RuntimeV1ValidationError] | Unset = UNSET
    valid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if locations is not UNSET:
            field_dict["locations"] = locations
        if valid is not UNSET:
            field_dict["valid"] = valid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_validation_error import RuntimeV1ValidationError  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _locations = d.pop("locations", UNSET)
        locations: list[RuntimeV1ValidationError] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = RuntimeV1ValidationError.from_dict(locations_item_data)

                locations.append(locations_item)

        valid = d.pop("valid", UNSET)

        runtime_v1_validate_response = cls(
            error=error,
            locations=locations,
            valid=valid,
        )

        runtime_v1_validate_response.additional_properties = d
        return runtime_v1_validate_response

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
