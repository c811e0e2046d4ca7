from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_group_subject import (
        CastaiRbacV1Beta1GroupSubject,
    )
    from ..models.castai_rbac_v1_beta_1_service_account_subject import (
        CastaiRbacV1Beta1ServiceAccountSubject,
    )
    from ..models.castai_rbac_v1_beta_1_user_subject import CastaiRbacV1Beta1UserSubject


T = TypeVar("T", bound="CastaiRbacV1Beta1Subject")


@_attrs_define
class CastaiRbacV1Beta1Subject:
    """
    Attributes:
        group (CastaiRbacV1Beta1GroupSubject | Unset):
        service_account (CastaiRbacV1Beta1ServiceAccountSubject | Unset):
        user (CastaiRbacV1Beta1UserSubject | Unset):
    """

    group: CastaiRbacV1Beta1GroupSubject | Unset = UNSET
    service_account: CastaiRbacV1Beta1ServiceAccountSubject | Unset = UNSET
    user: CastaiRbacV1Beta1UserSubject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        service_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_account, Unset):
            service_account = self.service_account.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if service_account is not UNSET:
            field_dict["serviceAccount"] = service_account
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_group_subject import (
            CastaiRbacV1Beta1GroupSubject,  # noqa: PLC0415
        )
        from ..models.castai_rbac_v1_beta_1_service_account_subject import (
            CastaiRbacV1Beta1ServiceAccountSubject,  # noqa: PLC0415
        )
        from ..models.castai_rbac_v1_beta_1_user_subject import (
            CastaiRbacV1Beta1UserSubject,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _group = d.pop("group", UNSET)
        group: CastaiRbacV1Beta1GroupSubject | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = CastaiRbacV1Beta1GroupSubject.from_dict(_group)

        _service_account = d.pop("serviceAccount", UNSET)
        service_account: CastaiRbacV1Beta1ServiceAccountSubject | Unset
        if isinstance(_service_account, Unset):
            service_account = UNSET
        else:
            service_account = CastaiRbacV1Beta1ServiceAccountSubject.from_dict(
                _service_account
            )

        _user = d.pop("user", UNSET)
        user: CastaiRbacV1Beta1UserSubject | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = CastaiRbacV1Beta1UserSubject.from_dict(_user)

        castai_rbac_v1_beta_1_subject = cls(
            group=group,
            service_account=service_account,
            user=user,
        )

        castai_rbac_v1_beta_1_subject.additional_properties = d
        return castai_rbac_v1_beta_1_subject

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
