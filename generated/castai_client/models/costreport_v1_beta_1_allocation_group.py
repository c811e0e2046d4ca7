from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costreport_v1_beta_1_allocation_group_filter import (
        CostreportV1Beta1AllocationGroupFilter,
    )


T = TypeVar("T", bound="CostreportV1Beta1AllocationGroup")


@_attrs_define
class CostreportV1Beta1AllocationGroup:
    """
    Attributes:
        filter_ (CostreportV1Beta1AllocationGroupFilter | Unset):
        id (str | Unset):
        name (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    filter_: CostreportV1Beta1AllocationGroupFilter | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        id = self.id

        name = self.name

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costreport_v1_beta_1_allocation_group_filter import (
            CostreportV1Beta1AllocationGroupFilter,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: CostreportV1Beta1AllocationGroupFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = CostreportV1Beta1AllocationGroupFilter.from_dict(_filter_)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        costreport_v1_beta_1_allocation_group = cls(
            filter_=filter_,
            id=id,
            name=name,
            updated_at=updated_at,
        )

        costreport_v1_beta_1_allocation_group.additional_properties = d
        return costreport_v1_beta_1_allocation_group

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
