from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_string_list import (
        WorkloadoptimizationV1StringList,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1StringMatch")


@_attrs_define
class WorkloadoptimizationV1StringMatch:
    """
    Attributes:
        eq (str | Unset):
        in_ (WorkloadoptimizationV1StringList | Unset):
        ne (str | Unset):
        not_in (WorkloadoptimizationV1StringList | Unset):
    """

    eq: str | Unset = UNSET
    in_: WorkloadoptimizationV1StringList | Unset = UNSET
    ne: str | Unset = UNSET
    not_in: WorkloadoptimizationV1StringList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eq = self.eq

        in_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = self.in_.to_dict()

        ne = self.ne

        not_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.not_in, Unset):
            not_in = self.not_in.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq
        if in_ is not UNSET:
            field_dict["in"] = in_
        if ne is not UNSET:
            field_dict["ne"] = ne
        if not_in is not UNSET:
            field_dict["notIn"] = not_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_string_list import (
            WorkloadoptimizationV1StringList,  # noqa: PLC0415
        )

        d = dict(src_dict)
        eq = d.pop("eq", UNSET)

        _in_ = d.pop("in", UNSET)
        in_: WorkloadoptimizationV1StringList | Unset
        if isinstance(_in_, Unset):
            in_ = UNSET
        else:
            in_ = WorkloadoptimizationV1StringList.from_dict(_in_)

        ne = d.pop("ne", UNSET)

        _not_in = d.pop("notIn", UNSET)
        not_in: WorkloadoptimizationV1StringList | Unset
        if isinstance(_not_in, Unset):
            not_in = UNSET
        else:
            not_in = WorkloadoptimizationV1StringList.from_dict(_not_in)

        workloadoptimization_v1_string_match = cls(
            eq=eq,
            in_=in_,
            ne=ne,
            not_in=not_in,
        )

        workloadoptimization_v1_string_match.additional_properties = d
        return workloadoptimization_v1_string_match

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
