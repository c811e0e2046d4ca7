from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_rbac_v1_beta_1_policies_state import (
    CastaiRbacV1Beta1PoliciesState,
    check_castai_rbac_v1_beta_1_policies_state,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_policy_id import CastaiRbacV1Beta1PolicyID


T = TypeVar("T", bound="CastaiRbacV1Beta1RoleBindingStatus")


@_attrs_define
class CastaiRbacV1Beta1RoleBindingStatus:
    """
    Attributes:
        state (CastaiRbacV1Beta1PoliciesState):
        message (str | Unset):
        policies (list[CastaiRbacV1Beta1PolicyID] | Unset):
        updated_at (datetime.datetime | Unset):
    """

    state: CastaiRbacV1Beta1PoliciesState
    message: str | Unset = UNSET
    policies: list[CastaiRbacV1Beta1PolicyID] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str = self.state

        message = self.message

        policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = []
            for policies_item_data in self.policies:
                policies_item = policies_item_data.to_dict()
                policies.append(policies_item)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if policies is not UNSET:
            field_dict["policies"] = policies
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_policy_id import CastaiRbacV1Beta1PolicyID  # noqa: PLC0415

        d = dict(src_dict)
        state = check_castai_rbac_v1_beta_1_policies_state(d.pop("state"))

        message = d.pop("message", UNSET)

        _policies = d.pop("policies", UNSET)
        policies: list[CastaiRbacV1Beta1PolicyID] | Unset = UNSET
        if _policies is not UNSET:
            policies = []
            for policies_item_data in _policies:
                policies_item = CastaiRbacV1Beta1PolicyID.from_dict(policies_item_data)

                policies.append(policies_item)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        castai_rbac_v1_beta_1_role_binding_status = cls(
            state=state,
            message=message,
            policies=policies,
            updated_at=updated_at,
        )

        castai_rbac_v1_beta_1_role_binding_status.additional_properties = d
        return castai_rbac_v1_beta_1_role_binding_status

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
