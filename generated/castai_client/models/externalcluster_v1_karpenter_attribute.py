from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.externalcluster_v1_kent_eligibility import (
    ExternalclusterV1KentEligibility,
    check_externalcluster_v1_kent_eligibility,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1KarpenterAttribute")


@_attrs_define
class ExternalclusterV1KarpenterAttribute:
    """
    Attributes:
        kent_eligibility (ExternalclusterV1KentEligibility | Unset):
        version (None | str | Unset):
    """

    kent_eligibility: ExternalclusterV1KentEligibility | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kent_eligibility: str | Unset = UNSET
        if not isinstance(self.kent_eligibility, Unset):
            kent_eligibility = self.kent_eligibility

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kent_eligibility is not UNSET:
            field_dict["kentEligibility"] = kent_eligibility
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _kent_eligibility = d.pop("kentEligibility", UNSET)
        kent_eligibility: ExternalclusterV1KentEligibility | Unset
        if isinstance(_kent_eligibility, Unset):
            kent_eligibility = UNSET
        else:
            kent_eligibility = check_externalcluster_v1_kent_eligibility(
                _kent_eligibility
            )

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        externalcluster_v1_karpenter_attribute = cls(
            kent_eligibility=kent_eligibility,
            version=version,
        )

        externalcluster_v1_karpenter_attribute.additional_properties = d
        return externalcluster_v1_karpenter_attribute

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
