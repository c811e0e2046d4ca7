from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_config_env_variables import ContainerConfigEnvVariables
    from ..models.container_config_secret_env_variables import (
        ContainerConfigSecretEnvVariables,
    )


T = TypeVar("T", bound="ContainerConfig")


@_attrs_define
class ContainerConfig:
    """Container definition of a new deployment.

    Attributes:
        replica_count (int):  Example: 1.
        traffic_port (int):  Example: 8000.
        args (list[str] | None | Unset):  Example: ['--port', '8000'].
        command (None | str | Unset):
        entrypoint (list[str] | None | Unset):  Example: ['python', '-m', 'vllm.entrypoints.openai.api_server'].
        env_variables (ContainerConfigEnvVariables | Unset):  Example: {'MODEL_NAME': 'meta-
            llama/Llama-3.1-8B-Instruct'}.
        secret_env_variables (ContainerConfigSecretEnvVariables | Unset):  Example: {'HF_TOKEN': 'hf_xxxxxxxxxxxxxxxx'}.
    """

    replica_count: int
    traffic_port: int
    args: list[str] | None | Unset = UNSET
    command: None | str | Unset = UNSET
    entrypoint: list[str] | None | Unset = UNSET
    env_variables: ContainerConfigEnvVariables | Unset = UNSET
    secret_env_variables: ContainerConfigSecretEnvVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replica_count = self.replica_count

        traffic_port = self.traffic_port

        args: list[str] | None | Unset
        if isinstance(self.args, Unset):
            args = UNSET
        elif isinstance(self.args, list):
            args = self.args

        else:
            args = self.args

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        entrypoint: list[str] | None | Unset
        if isinstance(self.entrypoint, Unset):
            entrypoint = UNSET
        elif isinstance(self.entrypoint, list):
            entrypoint = self.entrypoint

        else:
            entrypoint = self.entrypoint

        env_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env_variables, Unset):
            env_variables = self.env_variables.to_dict()

        secret_env_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secret_env_variables, Unset):
            secret_env_variables = self.secret_env_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "replica_count": replica_count,
                "traffic_port": traffic_port,
            }
        )
        if args is not UNSET:
            field_dict["args"] = args
        if command is not UNSET:
            field_dict["command"] = command
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if env_variables is not UNSET:
            field_dict["env_variables"] = env_variables
        if secret_env_variables is not UNSET:
            field_dict["secret_env_variables"] = secret_env_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_config_env_variables import ContainerConfigEnvVariables  # noqa: PLC0415
        from ..models.container_config_secret_env_variables import (
            ContainerConfigSecretEnvVariables,  # noqa: PLC0415
        )

        d = dict(src_dict)
        replica_count = d.pop("replica_count")

        traffic_port = d.pop("traffic_port")

        def _parse_args(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                args_type_0 = cast(list[str], data)

                return args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        args = _parse_args(d.pop("args", UNSET))

        def _parse_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

        def _parse_entrypoint(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entrypoint_type_0 = cast(list[str], data)

                return entrypoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        entrypoint = _parse_entrypoint(d.pop("entrypoint", UNSET))

        _env_variables = d.pop("env_variables", UNSET)
        env_variables: ContainerConfigEnvVariables | Unset
        if isinstance(_env_variables, Unset):
            env_variables = UNSET
        else:
            env_variables = ContainerConfigEnvVariables.from_dict(_env_variables)

        _secret_env_variables = d.pop("secret_env_variables", UNSET)
        secret_env_variables: ContainerConfigSecretEnvVariables | Unset
        if isinstance(_secret_env_variables, Unset):
            secret_env_variables = UNSET
        else:
            secret_env_variables = ContainerConfigSecretEnvVariables.from_dict(
                _secret_env_variables
            )

        container_config = cls(
            replica_count=replica_count,
            traffic_port=traffic_port,
            args=args,
            command=command,
            entrypoint=entrypoint,
            env_variables=env_variables,
            secret_env_variables=secret_env_variables,
        )

        container_config.additional_properties = d
        return container_config

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
