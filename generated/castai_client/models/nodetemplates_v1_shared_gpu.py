from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodetemplatesV1SharedGPU")


@_attrs_define
class NodetemplatesV1SharedGPU:
    """
    Attributes:
        shared_clients_per_gpu (int | None | Unset):
    """

    shared_clients_per_gpu: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shared_clients_per_gpu: int | None | Unset
        if isinstance(self.shared_clients_per_gpu, Unset):
            shared_clients_per_gpu = UNSET
        else:
            shared_clients_per_gpu = self.shared_clients_per_gpu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shared_clients_per_gpu is not UNSET:
            field_dict["sharedClientsPerGpu"] = shared_clients_per_gpu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_shared_clients_per_gpu(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shared_clients_per_gpu = _parse_shared_clients_per_gpu(
            d.pop("sharedClientsPerGpu", UNSET)
        )

        nodetemplates_v1_shared_gpu = cls(
            shared_clients_per_gpu=shared_clients_per_gpu,
        )

        nodetemplates_v1_shared_gpu.additional_properties = d
        return nodetemplates_v1_shared_gpu

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
