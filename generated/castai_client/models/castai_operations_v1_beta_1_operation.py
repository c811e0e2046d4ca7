from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_operations_v1_beta_1_operation_error import (
        CastaiOperationsV1Beta1OperationError,
    )


T = TypeVar("T", bound="CastaiOperationsV1Beta1Operation")


@_attrs_define
class CastaiOperationsV1Beta1Operation:
    """
    Attributes:
        created_at (datetime.datetime | Unset):
        done (bool | Unset):
        error (CastaiOperationsV1Beta1OperationError | Unset):
        finished_at (datetime.datetime | Unset):
        id (str | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    done: bool | Unset = UNSET
    error: CastaiOperationsV1Beta1OperationError | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        done = self.done

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if done is not UNSET:
            field_dict["done"] = done
        if error is not UNSET:
            field_dict["error"] = error
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_operations_v1_beta_1_operation_error import (
            CastaiOperationsV1Beta1OperationError,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        done = d.pop("done", UNSET)

        _error = d.pop("error", UNSET)
        error: CastaiOperationsV1Beta1OperationError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = CastaiOperationsV1Beta1OperationError.from_dict(_error)

        _finished_at = d.pop("finishedAt", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        id = d.pop("id", UNSET)

        castai_operations_v1_beta_1_operation = cls(
            created_at=created_at,
            done=done,
            error=error,
            finished_at=finished_at,
            id=id,
        )

        castai_operations_v1_beta_1_operation.additional_properties = d
        return castai_operations_v1_beta_1_operation

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
