from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.deployment_container_config_env_variables_type_0 import (
        DeploymentContainerConfigEnvVariablesType0,
    )


T = TypeVar("T", bound="DeploymentContainerConfig")


@_attrs_define
class DeploymentContainerConfig:
    """Container definition of an existing deployment. Secret values are never returned, only their names.

    Attributes:
        entrypoint (list[str] | None):  Example: ['python', '-m', 'vllm.entrypoints.openai.api_server'].
        env_variables (DeploymentContainerConfigEnvVariablesType0 | None):  Example: {'MODEL_NAME': 'meta-
            llama/Llama-3.1-8B-Instruct'}.
        image_url (str):  Example: docker.io/vllm/vllm-openai:latest.
        secret_env_keys (list[str]):  Example: ['HF_TOKEN'].
        traffic_port (int):  Example: 8000.
    """

    entrypoint: list[str] | None
    env_variables: DeploymentContainerConfigEnvVariablesType0 | None
    image_url: str
    secret_env_keys: list[str]
    traffic_port: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_container_config_env_variables_type_0 import (
            DeploymentContainerConfigEnvVariablesType0,  # noqa: PLC0415
        )

        entrypoint: list[str] | None
        if isinstance(self.entrypoint, list):
            entrypoint = self.entrypoint

        else:
            entrypoint = self.entrypoint

        env_variables: dict[str, Any] | None
        if isinstance(self.env_variables, DeploymentContainerConfigEnvVariablesType0):
            env_variables = self.env_variables.to_dict()
        else:
            env_variables = self.env_variables

        image_url = self.image_url

        secret_env_keys = self.secret_env_keys

        traffic_port = self.traffic_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entrypoint": entrypoint,
                "env_variables": env_variables,
                "image_url": image_url,
                "secret_env_keys": secret_env_keys,
                "traffic_port": traffic_port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_container_config_env_variables_type_0 import (
            DeploymentContainerConfigEnvVariablesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_entrypoint(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entrypoint_type_0 = cast(list[str], data)

                return entrypoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        entrypoint = _parse_entrypoint(d.pop("entrypoint"))

        def _parse_env_variables(
            data: object,
        ) -> DeploymentContainerConfigEnvVariablesType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_variables_type_0 = (
                    DeploymentContainerConfigEnvVariablesType0.from_dict(data)
                )

                return env_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentContainerConfigEnvVariablesType0 | None, data)

        env_variables = _parse_env_variables(d.pop("env_variables"))

        image_url = d.pop("image_url")

        secret_env_keys = cast(list[str], d.pop("secret_env_keys"))

        traffic_port = d.pop("traffic_port")

        deployment_container_config = cls(
            entrypoint=entrypoint,
            env_variables=env_variables,
            image_url=image_url,
            secret_env_keys=secret_env_keys,
            traffic_port=traffic_port,
        )

        deployment_container_config.additional_properties = d
        return deployment_container_config

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
