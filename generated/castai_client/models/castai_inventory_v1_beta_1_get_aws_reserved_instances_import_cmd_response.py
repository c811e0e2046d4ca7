from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1GetAWSReservedInstancesImportCMDResponse")


@_attrs_define
class CastaiInventoryV1Beta1GetAWSReservedInstancesImportCMDResponse:
    """
    Attributes:
        cmd (str | Unset):
    """

    cmd: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cmd = self.cmd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cmd is not UNSET:
            field_dict["cmd"] = cmd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cmd = d.pop("cmd", UNSET)

        castai_inventory_v1_beta_1_get_aws_reserved_instances_import_cmd_response = cls(
            cmd=cmd,
        )

        castai_inventory_v1_beta_1_get_aws_reserved_instances_import_cmd_response.additional_properties = d
        return castai_inventory_v1_beta_1_get_aws_reserved_instances_import_cmd_response

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
