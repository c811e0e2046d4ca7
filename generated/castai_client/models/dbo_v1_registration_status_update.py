from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1_registration_status import (
    DboV1RegistrationStatus,
    check_dbo_v1_registration_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_registration_status_update_metadata import (
        DboV1RegistrationStatusUpdateMetadata,
    )


T = TypeVar("T", bound="DboV1RegistrationStatusUpdate")


@_attrs_define
class DboV1RegistrationStatusUpdate:
    """
    Attributes:
        status (DboV1RegistrationStatus):
        message (str | Unset):
        metadata (DboV1RegistrationStatusUpdateMetadata | Unset):
    """

    status: DboV1RegistrationStatus
    message: str | Unset = UNSET
    metadata: DboV1RegistrationStatusUpdateMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        message = self.message

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_registration_status_update_metadata import (
            DboV1RegistrationStatusUpdateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        status = check_dbo_v1_registration_status(d.pop("status"))

        message = d.pop("message", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: DboV1RegistrationStatusUpdateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = DboV1RegistrationStatusUpdateMetadata.from_dict(_metadata)

        dbo_v1_registration_status_update = cls(
            status=status,
            message=message,
            metadata=metadata,
        )

        dbo_v1_registration_status_update.additional_properties = d
        return dbo_v1_registration_status_update

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
