from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response_field_violations_item import (
        ErrorResponseFieldViolationsItem,
    )


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """
    Attributes:
        message (str):
        field_violations (list[ErrorResponseFieldViolationsItem] | Unset):
    """

    message: str
    field_violations: list[ErrorResponseFieldViolationsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_violations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_violations, Unset):
            field_violations = []
            for field_violations_item_data in self.field_violations:
                field_violations_item = field_violations_item_data.to_dict()
                field_violations.append(field_violations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if field_violations is not UNSET:
            field_dict["fieldViolations"] = field_violations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response_field_violations_item import (
            ErrorResponseFieldViolationsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        message = d.pop("message")

        _field_violations = d.pop("fieldViolations", UNSET)
        field_violations: list[ErrorResponseFieldViolationsItem] | Unset = UNSET
        if _field_violations is not UNSET:
            field_violations = []
            for field_violations_item_data in _field_violations:
                field_violations_item = ErrorResponseFieldViolationsItem.from_dict(
                    field_violations_item_data
                )

                field_violations.append(field_violations_item)

        error_response = cls(
            message=message,
            field_violations=field_violations,
        )

        error_response.additional_properties = d
        return error_response

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
