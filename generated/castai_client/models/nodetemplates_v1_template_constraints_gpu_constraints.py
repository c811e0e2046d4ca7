from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodetemplates_v1_template_constraints_constraint_state import (
    NodetemplatesV1TemplateConstraintsConstraintState,
    check_nodetemplates_v1_template_constraints_constraint_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NodetemplatesV1TemplateConstraintsGPUConstraints")


@_attrs_define
class NodetemplatesV1TemplateConstraintsGPUConstraints:
    """
    Attributes:
        exclude_names (list[str] | Unset):
        fractional_gpus (NodetemplatesV1TemplateConstraintsConstraintState | Unset):
        include_names (list[str] | Unset):
        manufacturers (list[str] | Unset):
        max_count (int | None | Unset):
        min_count (int | None | Unset):
    """

    exclude_names: list[str] | Unset = UNSET
    fractional_gpus: NodetemplatesV1TemplateConstraintsConstraintState | Unset = UNSET
    include_names: list[str] | Unset = UNSET
    manufacturers: list[str] | Unset = UNSET
    max_count: int | None | Unset = UNSET
    min_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exclude_names: list[str] | Unset = UNSET
        if not isinstance(self.exclude_names, Unset):
            exclude_names = self.exclude_names

        fractional_gpus: str | Unset = UNSET
        if not isinstance(self.fractional_gpus, Unset):
            fractional_gpus = self.fractional_gpus

        include_names: list[str] | Unset = UNSET
        if not isinstance(self.include_names, Unset):
            include_names = self.include_names

        manufacturers: list[str] | Unset = UNSET
        if not isinstance(self.manufacturers, Unset):
            manufacturers = self.manufacturers

        max_count: int | None | Unset
        if isinstance(self.max_count, Unset):
            max_count = UNSET
        else:
            max_count = self.max_count

        min_count: int | None | Unset
        if isinstance(self.min_count, Unset):
            min_count = UNSET
        else:
            min_count = self.min_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exclude_names is not UNSET:
            field_dict["excludeNames"] = exclude_names
        if fractional_gpus is not UNSET:
            field_dict["fractionalGpus"] = fractional_gpus
        if include_names is not UNSET:
            field_dict["includeNames"] = include_names
        if manufacturers is not UNSET:
            field_dict["manufacturers"] = manufacturers
        if max_count is not UNSET:
            field_dict["maxCount"] = max_count
        if min_count is not UNSET:
            field_dict["minCount"] = min_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exclude_names = cast(list[str], d.pop("excludeNames", UNSET))

        _fractional_gpus = d.pop("fractionalGpus", UNSET)
        fractional_gpus: NodetemplatesV1TemplateConstraintsConstraintState | Unset
        if isinstance(_fractional_gpus, Unset):
            fractional_gpus = UNSET
        else:
            fractional_gpus = (
                check_nodetemplates_v1_template_constraints_constraint_state(
                    _fractional_gpus
                )
            )

        include_names = cast(list[str], d.pop("includeNames", UNSET))

        manufacturers = cast(list[str], d.pop("manufacturers", UNSET))

        def _parse_max_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_count = _parse_max_count(d.pop("maxCount", UNSET))

        def _parse_min_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_count = _parse_min_count(d.pop("minCount", UNSET))

        nodetemplates_v1_template_constraints_gpu_constraints = cls(
            exclude_names=exclude_names,
            fractional_gpus=fractional_gpus,
            include_names=include_names,
            manufacturers=manufacturers,
            max_count=max_count,
            min_count=min_count,
        )

        nodetemplates_v1_template_constraints_gpu_constraints.additional_properties = d
        return nodetemplates_v1_template_constraints_gpu_constraints

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
