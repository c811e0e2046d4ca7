from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistryConfig")


@_attrs_define
class RegistryConfig:
    """
    Attributes:
        image_url (str):  Example: docker.io/vllm/vllm-openai:latest.
        registry_secret (None | str | Unset):
        registry_username (None | str | Unset):
    """

    image_url: str
    registry_secret: None | str | Unset = UNSET
    registry_username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        registry_secret: None | str | Unset
        if isinstance(self.registry_secret, Unset):
            registry_secret = UNSET
        else:
            registry_secret = self.registry_secret

        registry_username: None | str | Unset
        if isinstance(self.registry_username, Unset):
            registry_username = UNSET
        else:
            registry_username = self.registry_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if registry_secret is not UNSET:
            field_dict["registry_secret"] = registry_secret
        if registry_username is not UNSET:
            field_dict["registry_username"] = registry_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        def _parse_registry_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registry_secret = _parse_registry_secret(d.pop("registry_secret", UNSET))

        def _parse_registry_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registry_username = _parse_registry_username(d.pop("registry_username", UNSET))

        registry_config = cls(
            image_url=image_url,
            registry_secret=registry_secret,
            registry_username=registry_username,
        )

        registry_config.additional_properties = d
        return registry_config

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
