from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_cluster_scope import (
        CastaiRbacV1Beta1ClusterScope,
    )
    from ..models.castai_rbac_v1_beta_1_organization_scope import (
        CastaiRbacV1Beta1OrganizationScope,
    )
    from ..models.castai_rbac_v1_beta_1_resource_scope import (
        CastaiRbacV1Beta1ResourceScope,
    )


T = TypeVar("T", bound="CastaiRbacV1Beta1Scope")


@_attrs_define
class CastaiRbacV1Beta1Scope:
    """
    Attributes:
        cluster (CastaiRbacV1Beta1ClusterScope | Unset):
        organization (CastaiRbacV1Beta1OrganizationScope | Unset):
        resource (CastaiRbacV1Beta1ResourceScope | Unset):
    """

    cluster: CastaiRbacV1Beta1ClusterScope | Unset = UNSET
    organization: CastaiRbacV1Beta1OrganizationScope | Unset = UNSET
    resource: CastaiRbacV1Beta1ResourceScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster, Unset):
            cluster = self.cluster.to_dict()

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if organization is not UNSET:
            field_dict["organization"] = organization
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_cluster_scope import (
            CastaiRbacV1Beta1ClusterScope,  # noqa: PLC0415
        )
        from ..models.castai_rbac_v1_beta_1_organization_scope import (
            CastaiRbacV1Beta1OrganizationScope,  # noqa: PLC0415
        )
        from ..models.castai_rbac_v1_beta_1_resource_scope import (
            CastaiRbacV1Beta1ResourceScope,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _cluster = d.pop("cluster", UNSET)
        cluster: CastaiRbacV1Beta1ClusterScope | Unset
        if isinstance(_cluster, Unset):
            cluster = UNSET
        else:
            cluster = CastaiRbacV1Beta1ClusterScope.from_dict(_cluster)

        _organization = d.pop("organization", UNSET)
        organization: CastaiRbacV1Beta1OrganizationScope | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = CastaiRbacV1Beta1OrganizationScope.from_dict(_organization)

        _resource = d.pop("resource", UNSET)
        resource: CastaiRbacV1Beta1ResourceScope | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = CastaiRbacV1Beta1ResourceScope.from_dict(_resource)

        castai_rbac_v1_beta_1_scope = cls(
            cluster=cluster,
            organization=organization,
            resource=resource,
        )

        castai_rbac_v1_beta_1_scope.additional_properties = d
        return castai_rbac_v1_beta_1_scope

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
