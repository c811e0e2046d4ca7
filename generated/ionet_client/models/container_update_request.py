from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_update_request_env_variables_type_0 import (
        ContainerUpdateRequestEnvVariablesType0,
    )
    from ..models.container_update_request_secret_env_variables_type_0 import (
        ContainerUpdateRequestSecretEnvVariablesType0,
    )


T = TypeVar("T", bound="ContainerUpdateRequest")


@_attrs_define
class ContainerUpdateRequest:
    """Fields to change on a container deployment. Omitted or null fields keep their value.

    Attributes:
        args (list[str] | None | Unset):
        command (None | str | Unset):
        entrypoint (list[str] | None | Unset):
        env_variables (ContainerUpdateRequestEnvVariablesType0 | None | Unset): The complete desired set of plain
            environment variables; it replaces the current set. Example: {'MODEL_NAME': 'meta-llama/Llama-3.1-8B-Instruct'}.
        image_url (None | str | Unset):  Example: docker.io/vllm/vllm-openai:v0.6.3.
        registry_secret (None | str | Unset):
        registry_username (None | str | Unset):
        secret_env_variables (ContainerUpdateRequestSecretEnvVariablesType0 | None | Unset): Secret variables to add or
            change; a null value removes that variable. Example: {'HF_TOKEN': 'hf_yyyyyyyyyyyyyyyy'}.
        traffic_port (int | None | Unset):  Example: 8000.
    """

    args: list[str] | None | Unset = UNSET
    command: None | str | Unset = UNSET
    entrypoint: list[str] | None | Unset = UNSET
    env_variables: ContainerUpdateRequestEnvVariablesType0 | None | Unset = UNSET
    image_url: None | str | Unset = UNSET
    registry_secret: None | str | Unset = UNSET
    registry_username: None | str | Unset = UNSET
    secret_env_variables: (
        ContainerUpdateRequestSecretEnvVariablesType0 | None | Unset
    ) = UNSET
    traffic_port: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_update_request_env_variables_type_0 import (
            ContainerUpdateRequestEnvVariablesType0,  # noqa: PLC0415
        )
        from ..models.container_update_request_secret_env_variables_type_0 import (
            ContainerUpdateRequestSecretEnvVariablesType0,  # noqa: PLC0415
        )

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

        env_variables: dict[str, Any] | None | Unset
        if isinstance(self.env_variables, Unset):
            env_variables = UNSET
        elif isinstance(self.env_variables, ContainerUpdateRequestEnvVariablesType0):
            env_variables = self.env_variables.to_dict()
        else:
            env_variables = self.env_variables

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
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

        secret_env_variables: dict[str, Any] | None | Unset
        if isinstance(self.secret_env_variables, Unset):
            secret_env_variables = UNSET
        elif isinstance(
            self.secret_env_variables, ContainerUpdateRequestSecretEnvVariablesType0
        ):
            secret_env_variables = self.secret_env_variables.to_dict()
        else:
            secret_env_variables = self.secret_env_variables

        traffic_port: int | None | Unset
        if isinstance(self.traffic_port, Unset):
            traffic_port = UNSET
        else:
            traffic_port = self.traffic_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if args is not UNSET:
            field_dict["args"] = args
        if command is not UNSET:
            field_dict["command"] = command
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if env_variables is not UNSET:
            field_dict["env_variables"] = env_variables
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if registry_secret is not UNSET:
            field_dict["registry_secret"] = registry_secret
        if registry_username is not UNSET:
            field_dict["registry_username"] = registry_username
        if secret_env_variables is not UNSET:
            field_dict["secret_env_variables"] = secret_env_variables
        if traffic_port is not UNSET:
            field_dict["traffic_port"] = traffic_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_update_request_env_variables_type_0 import (
            ContainerUpdateRequestEnvVariablesType0,  # noqa: PLC0415
        )
        from ..models.container_update_request_secret_env_variables_type_0 import (
            ContainerUpdateRequestSecretEnvVariablesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

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

        def _parse_env_variables(
            data: object,
        ) -> ContainerUpdateRequestEnvVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_variables_type_0 = (
                    ContainerUpdateRequestEnvVariablesType0.from_dict(data)
                )

                return env_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerUpdateRequestEnvVariablesType0 | None | Unset, data)

        env_variables = _parse_env_variables(d.pop("env_variables", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

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

        def _parse_secret_env_variables(
            data: object,
        ) -> ContainerUpdateRequestSecretEnvVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secret_env_variables_type_0 = (
                    ContainerUpdateRequestSecretEnvVariablesType0.from_dict(data)
                )

                return secret_env_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ContainerUpdateRequestSecretEnvVariablesType0 | None | Unset, data
            )

        secret_env_variables = _parse_secret_env_variables(
            d.pop("secret_env_variables", UNSET)
        )

        def _parse_traffic_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        traffic_port = _parse_traffic_port(d.pop("traffic_port", UNSET))

        container_update_request = cls(
            args=args,
            command=command,
            entrypoint=entrypoint,
            env_variables=env_variables,
            image_url=image_url,
            registry_secret=registry_secret,
            registry_username=registry_username,
            secret_env_variables=secret_env_variables,
            traffic_port=traffic_port,
        )

        container_update_request.additional_properties = d
        return container_update_request

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
