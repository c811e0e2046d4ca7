from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodeconfig_v1_instance_profile import NodeconfigV1InstanceProfile
    from ..models.nodeconfig_v1_security_group import NodeconfigV1SecurityGroup
    from ..models.nodeconfig_v1_subnet_details import NodeconfigV1SubnetDetails


T = TypeVar("T", bound="NodeconfigV1GetSuggestedConfigurationResponse")


@_attrs_define
class NodeconfigV1GetSuggestedConfigurationResponse:
    """
    Attributes:
        instance_profiles (list[NodeconfigV1InstanceProfile] | Unset):
        security_groups (list[NodeconfigV1SecurityGroup] | Unset):
        subnets (list[NodeconfigV1SubnetDetails] | Unset):
    """

    instance_profiles: list[NodeconfigV1InstanceProfile] | Unset = UNSET
    security_groups: list[NodeconfigV1SecurityGroup] | Unset = UNSET
    subnets: list[NodeconfigV1SubnetDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instance_profiles, Unset):
            instance_profiles = []
            for instance_profiles_item_data in self.instance_profiles:
                instance_profiles_item = instance_profiles_item_data.to_dict()
                instance_profiles.append(instance_profiles_item)

        security_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = []
            for security_groups_item_data in self.security_groups:
                security_groups_item = security_groups_item_data.to_dict()
                security_groups.append(security_groups_item)

        subnets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subnets, Unset):
            subnets = []
            for subnets_item_data in self.subnets:
                subnets_item = subnets_item_data.to_dict()
                subnets.append(subnets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_profiles is not UNSET:
            field_dict["instanceProfiles"] = instance_profiles
        if security_groups is not UNSET:
            field_dict["securityGroups"] = security_groups
        if subnets is not UNSET:
            field_dict["subnets"] = subnets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodeconfig_v1_instance_profile import NodeconfigV1InstanceProfile  # noqa: PLC0415
        from ..models.nodeconfig_v1_security_group import NodeconfigV1SecurityGroup  # noqa: PLC0415
        from ..models.nodeconfig_v1_subnet_details import NodeconfigV1SubnetDetails  # noqa: PLC0415

        d = dict(src_dict)
        _instance_profiles = d.pop("instanceProfiles", UNSET)
        instance_profiles: list[NodeconfigV1InstanceProfile] | Unset = UNSET
        if _instance_profiles is not UNSET:
            instance_profiles = []
            for instance_profiles_item_data in _instance_profiles:
                instance_profiles_item = NodeconfigV1InstanceProfile.from_dict(
                    instance_profiles_item_data
                )

                instance_profiles.append(instance_profiles_item)

        _security_groups = d.pop("securityGroups", UNSET)
        security_groups: list[NodeconfigV1SecurityGroup] | Unset = UNSET
        if _security_groups is not UNSET:
            security_groups = []
            for security_groups_item_data in _security_groups:
                security_groups_item = NodeconfigV1SecurityGroup.from_dict(
                    security_groups_item_data
                )

                security_groups.append(security_groups_item)

        _subnets = d.pop("subnets", UNSET)
        subnets: list[NodeconfigV1SubnetDetails] | Unset = UNSET
        if _subnets is not UNSET:
            subnets = []
            for subnets_item_data in _subnets:
                subnets_item = NodeconfigV1SubnetDetails.from_dict(subnets_item_data)

                subnets.append(subnets_item)

        nodeconfig_v1_get_suggested_configuration_response = cls(
            instance_profiles=instance_profiles,
            security_groups=security_groups,
            subnets=subnets,
        )

        nodeconfig_v1_get_suggested_configuration_response.additional_properties = d
        return nodeconfig_v1_get_suggested_configuration_response

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
