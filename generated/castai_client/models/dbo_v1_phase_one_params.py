from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_v1_cloud import CastaiV1Cloud, check_castai_v1_cloud

T = TypeVar("T", bound="DboV1PhaseOneParams")


@_attrs_define
class DboV1PhaseOneParams:
    """
    Attributes:
        csp (CastaiV1Cloud):
    """

    csp: CastaiV1Cloud
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        csp: str = self.csp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "csp": csp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        csp = check_castai_v1_cloud(d.pop("csp"))

        dbo_v1_phase_one_params = cls(
            csp=csp,
        )

        dbo_v1_phase_one_params.additional_properties = d
        return dbo_v1_phase_one_params

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
