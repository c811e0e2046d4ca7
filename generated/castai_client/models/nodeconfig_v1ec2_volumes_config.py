from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeconfigV1EC2VolumesConfig")


@_attrs_define
class NodeconfigV1EC2VolumesConfig:
    """
    Attributes:
        device_name (str):
        encrypted (bool | Unset):
        iops (int | None | Unset):
        kms_key_arn (None | str | Unset):
        size (int | Unset):
        throughput (int | None | Unset):
        type_ (str | Unset):
    """

    device_name: str
    encrypted: bool | Unset = UNSET
    iops: int | None | Unset = UNSET
    kms_key_arn: None | str | Unset = UNSET
    size: int | Unset = UNSET
    throughput: int | None | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_name = self.device_name

        encrypted = self.encrypted

        iops: int | None | Unset
        if isinstance(self.iops, Unset):
            iops = UNSET
        else:
            iops = self.iops

        kms_key_arn: None | str | Unset
        if isinstance(self.kms_key_arn, Unset):
            kms_key_arn = UNSET
        else:
            kms_key_arn = self.kms_key_arn

        size = self.size

        throughput: int | None | Unset
        if isinstance(self.throughput, Unset):
            throughput = UNSET
        else:
            throughput = self.throughput

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceName": device_name,
            }
        )
        if encrypted is not UNSET:
            field_dict["encrypted"] = encrypted
        if iops is not UNSET:
            field_dict["iops"] = iops
        if kms_key_arn is not UNSET:
            field_dict["kmsKeyArn"] = kms_key_arn
        if size is not UNSET:
            field_dict["size"] = size
        if throughput is not UNSET:
            field_dict["throughput"] = throughput
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_name = d.pop("deviceName")

        encrypted = d.pop("encrypted", UNSET)

        def _parse_iops(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        iops = _parse_iops(d.pop("iops", UNSET))

        def _parse_kms_key_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kms_key_arn = _parse_kms_key_arn(d.pop("kmsKeyArn", UNSET))

        size = d.pop("size", UNSET)

        def _parse_throughput(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        throughput = _parse_throughput(d.pop("throughput", UNSET))

        type_ = d.pop("type", UNSET)

        nodeconfig_v1ec2_volumes_config = cls(
            device_name=device_name,
            encrypted=encrypted,
            iops=iops,
            kms_key_arn=kms_key_arn,
            size=size,
            throughput=throughput,
            type_=type_,
        )

        nodeconfig_v1ec2_volumes_config.additional_properties = d
        return nodeconfig_v1ec2_volumes_config

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
