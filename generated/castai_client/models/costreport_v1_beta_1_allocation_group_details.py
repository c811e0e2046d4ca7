from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costreport_v1_beta_1_allocation_group_filter import (
        CostreportV1Beta1AllocationGroupFilter,
    )


T = TypeVar("T", bound="CostreportV1Beta1AllocationGroupDetails")


@_attrs_define
class CostreportV1Beta1AllocationGroupDetails:
    """
    Attributes:
        filter_ (CostreportV1Beta1AllocationGroupFilter | Unset):
        name (str | Unset):
    """

    filter_: CostreportV1Beta1AllocationGroupFilter | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if name is not UNSET:
            field_dict["name"] = name

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

        name = d.pop("name", UNSET)

        costreport_v1_beta_1_allocation_group_details = cls(
            filter_=filter_,
            name=name,
        )

        costreport_v1_beta_1_allocation_group_details.additional_properties = d
        return costreport_v1_beta_1_allocation_group_details

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
