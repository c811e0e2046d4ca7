from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1_registration_type import (
    DboV1RegistrationType,
    check_dbo_v1_registration_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_delete_account_params import DboV1DeleteAccountParams
    from ..models.dbo_v1_deploy_cache_params import DboV1DeployCacheParams
    from ..models.dbo_v1_deploy_db_agent_params import DboV1DeployDBAgentParams
    from ..models.dbo_v1_deploy_dbo_params import DboV1DeployDBOParams
    from ..models.dbo_v1_phase_one_params import DboV1PhaseOneParams
    from ..models.dbo_v1_uninstall_cache_params import DboV1UninstallCacheParams
    from ..models.dbo_v1_uninstall_db_agent_params import DboV1UninstallDBAgentParams


T = TypeVar("T", bound="DboV1Registration")


@_attrs_define
class DboV1Registration:
    """
    Attributes:
        delete_account (DboV1DeleteAccountParams | Unset):
        deploy_cache (DboV1DeployCacheParams | Unset):
        deploy_db_agent (DboV1DeployDBAgentParams | Unset):
        deploy_dbo (DboV1DeployDBOParams | Unset):
        execute_command (str | Unset):
        id (str | Unset):
        phase_one (DboV1PhaseOneParams | Unset):
        type_ (DboV1RegistrationType | Unset):
        uninstall_cache (DboV1UninstallCacheParams | Unset):
        uninstall_db_agent (DboV1UninstallDBAgentParams | Unset):
    """

    delete_account: DboV1DeleteAccountParams | Unset = UNSET
    deploy_cache: DboV1DeployCacheParams | Unset = UNSET
    deploy_db_agent: DboV1DeployDBAgentParams | Unset = UNSET
    deploy_dbo: DboV1DeployDBOParams | Unset = UNSET
    execute_command: str | Unset = UNSET
    id: str | Unset = UNSET
    phase_one: DboV1PhaseOneParams | Unset = UNSET
    type_: DboV1RegistrationType | Unset = UNSET
    uninstall_cache: DboV1UninstallCacheParams | Unset = UNSET
    uninstall_db_agent: DboV1UninstallDBAgentParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delete_account, Unset):
            delete_account = self.delete_account.to_dict()

        deploy_cache: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deploy_cache, Unset):
            deploy_cache = self.deploy_cache.to_dict()

        deploy_db_agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deploy_db_agent, Unset):
            deploy_db_agent = self.deploy_db_agent.to_dict()

        deploy_dbo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deploy_dbo, Unset):
            deploy_dbo = self.deploy_dbo.to_dict()

        execute_command = self.execute_command

        id = self.id

        phase_one: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phase_one, Unset):
            phase_one = self.phase_one.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        uninstall_cache: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uninstall_cache, Unset):
            uninstall_cache = self.uninstall_cache.to_dict()

        uninstall_db_agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uninstall_db_agent, Unset):
            uninstall_db_agent = self.uninstall_db_agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delete_account is not UNSET:
            field_dict["deleteAccount"] = delete_account
        if deploy_cache is not UNSET:
            field_dict["deployCache"] = deploy_cache
        if deploy_db_agent is not UNSET:
            field_dict["deployDbAgent"] = deploy_db_agent
        if deploy_dbo is not UNSET:
            field_dict["deployDbo"] = deploy_dbo
        if execute_command is not UNSET:
            field_dict["executeCommand"] = execute_command
        if id is not UNSET:
            field_dict["id"] = id
        if phase_one is not UNSET:
            field_dict["phaseOne"] = phase_one
        if type_ is not UNSET:
            field_dict["type"] = type_
        if uninstall_cache is not UNSET:
            field_dict["uninstallCache"] = uninstall_cache
        if uninstall_db_agent is not UNSET:
            field_dict["uninstallDbAgent"] = uninstall_db_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_delete_account_params import DboV1DeleteAccountParams  # noqa: PLC0415
        from ..models.dbo_v1_deploy_cache_params import DboV1DeployCacheParams  # noqa: PLC0415
        from ..models.dbo_v1_deploy_db_agent_params import DboV1DeployDBAgentParams  # noqa: PLC0415
        from ..models.dbo_v1_deploy_dbo_params import DboV1DeployDBOParams  # noqa: PLC0415
        from ..models.dbo_v1_phase_one_params import DboV1PhaseOneParams  # noqa: PLC0415
        from ..models.dbo_v1_uninstall_cache_params import DboV1UninstallCacheParams  # noqa: PLC0415
        from ..models.dbo_v1_uninstall_db_agent_params import (
            DboV1UninstallDBAgentParams,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _delete_account = d.pop("deleteAccount", UNSET)
        delete_account: DboV1DeleteAccountParams | Unset
        if isinstance(_delete_account, Unset):
            delete_account = UNSET
        else:
            delete_account = DboV1DeleteAccountParams.from_dict(_delete_account)

        _deploy_cache = d.pop("deployCache", UNSET)
        deploy_cache: DboV1DeployCacheParams | Unset
        if isinstance(_deploy_cache, Unset):
            deploy_cache = UNSET
        else:
            deploy_cache = DboV1DeployCacheParams.from_dict(_deploy_cache)

        _deploy_db_agent = d.pop("deployDbAgent", UNSET)
        deploy_db_agent: DboV1DeployDBAgentParams | Unset
        if isinstance(_deploy_db_agent, Unset):
            deploy_db_agent = UNSET
        else:
            deploy_db_agent = DboV1DeployDBAgentParams.from_dict(_deploy_db_agent)

        _deploy_dbo = d.pop("deployDbo", UNSET)
        deploy_dbo: DboV1DeployDBOParams | Unset
        if isinstance(_deploy_dbo, Unset):
            deploy_dbo = UNSET
        else:
            deploy_dbo = DboV1DeployDBOParams.from_dict(_deploy_dbo)

        execute_command = d.pop("executeCommand", UNSET)

        id = d.pop("id", UNSET)

        _phase_one = d.pop("phaseOne", UNSET)
        phase_one: DboV1PhaseOneParams | Unset
        if isinstance(_phase_one, Unset):
            phase_one = UNSET
        else:
            phase_one = DboV1PhaseOneParams.from_dict(_phase_one)

        _type_ = d.pop("type", UNSET)
        type_: DboV1RegistrationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_dbo_v1_registration_type(_type_)

        _uninstall_cache = d.pop("uninstallCache", UNSET)
        uninstall_cache: DboV1UninstallCacheParams | Unset
        if isinstance(_uninstall_cache, Unset):
            uninstall_cache = UNSET
        else:
            uninstall_cache = DboV1UninstallCacheParams.from_dict(_uninstall_cache)

        _uninstall_db_agent = d.pop("uninstallDbAgent", UNSET)
        uninstall_db_agent: DboV1UninstallDBAgentParams | Unset
        if isinstance(_uninstall_db_agent, Unset):
            uninstall_db_agent = UNSET
        else:
            uninstall_db_agent = DboV1UninstallDBAgentParams.from_dict(
                _uninstall_db_agent
            )

        dbo_v1_registration = cls(
            delete_account=delete_account,
            deploy_cache=deploy_cache,
            deploy_db_agent=deploy_db_agent,
            deploy_dbo=deploy_dbo,
            execute_command=execute_command,
            id=id,
            phase_one=phase_one,
            type_=type_,
            uninstall_cache=uninstall_cache,
            uninstall_db_agent=uninstall_db_agent,
        )

        dbo_v1_registration.additional_properties = d
        return dbo_v1_registration

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
