from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_get_container_image_sbom_response_image_sbom import (
        RuntimeV1GetContainerImageSbomResponseImageSbom,
    )


T = TypeVar("T", bound="RuntimeV1GetContainerImageSbomResponse")


@_attrs_define
class RuntimeV1GetContainerImageSbomResponse:
    """
    Attributes:
        image_profile (bool | Unset):
        image_sbom (RuntimeV1GetContainerImageSbomResponseImageSbom | Unset):
    """

    image_profile: bool | Unset = UNSET
    image_sbom: RuntimeV1GetContainerImageSbomResponseImageSbom | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_profile = self.image_profile

        image_sbom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_sbom, Unset):
            image_sbom = self.image_sbom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_profile is not UNSET:
            field_dict["imageProfile"] = image_profile
        if image_sbom is not UNSET:
            field_dict["imageSbom"] = image_sbom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_get_container_image_sbom_response_image_sbom import (
            RuntimeV1GetContainerImageSbomResponseImageSbom,  # noqa: PLC0415
        )

        d = dict(src_dict)
        image_profile = d.pop("imageProfile", UNSET)

        _image_sbom = d.pop("imageSbom", UNSET)
        image_sbom: RuntimeV1GetContainerImageSbomResponseImageSbom | Unset
        if isinstance(_image_sbom, Unset):
            image_sbom = UNSET
        else:
            image_sbom = RuntimeV1GetContainerImageSbomResponseImageSbom.from_dict(
                _image_sbom
            )

        runtime_v1_get_container_image_sbom_response = cls(
            image_profile=image_profile,
            image_sbom=image_sbom,
        )

        runtime_v1_get_container_image_sbom_response.additional_properties = d
        return runtime_v1_get_container_image_sbom_response

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
