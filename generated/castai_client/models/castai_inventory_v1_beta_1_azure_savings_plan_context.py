from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_azure_savings_plan_context_azure_savings_plan_scope import (
    CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanScope,
    check_castai_inventory_v1_beta_1_azure_savings_plan_context_azure_savings_plan_scope,
)
from ..models.castai_inventory_v1_beta_1_azure_savings_plan_context_azure_savings_plan_term import (
    CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanTerm,
    check_castai_inventory_v1_beta_1_azure_savings_plan_context_azure_savings_plan_term,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
        CastaiInventoryV1Beta1InstanceTypeBasedUsage,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1AzureSavingsPlanContext")


@_attrs_define
class CastaiInventoryV1Beta1AzureSavingsPlanContext:
    """
    Attributes:
        commitment_amount (float | Unset):
        effective_commitment_amount (float | Unset):
        id (str | Unset):
        instance_types_usage (CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset):
        provisioning_state (str | Unset):
        scope (CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanScope | Unset):
        scope_management_group (str | Unset):
        scope_resource_group (str | Unset):
        scope_subscription (str | Unset):
        scope_tenant (str | Unset):
        term (CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanTerm | Unset):
    """

    commitment_amount: float | Unset = UNSET
    effective_commitment_amount: float | Unset = UNSET
    id: str | Unset = UNSET
    instance_types_usage: CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset = UNSET
    provisioning_state: str | Unset = UNSET
    scope: (
        CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanScope | Unset
    ) = UNSET
    scope_management_group: str | Unset = UNSET
    scope_resource_group: str | Unset = UNSET
    scope_subscription: str | Unset = UNSET
    scope_tenant: str | Unset = UNSET
    term: CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanTerm | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment_amount = self.commitment_amount

        effective_commitment_amount = self.effective_commitment_amount

        id = self.id

        instance_types_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_types_usage, Unset):
            instance_types_usage = self.instance_types_usage.to_dict()

        provisioning_state = self.provisioning_state

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        scope_management_group = self.scope_management_group

        scope_resource_group = self.scope_resource_group

        scope_subscription = self.scope_subscription

        scope_tenant = self.scope_tenant

        term: str | Unset = UNSET
        if not isinstance(self.term, Unset):
            term = self.term

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commitment_amount is not UNSET:
            field_dict["commitmentAmount"] = commitment_amount
        if effective_commitment_amount is not UNSET:
            field_dict["effectiveCommitmentAmount"] = effective_commitment_amount
        if id is not UNSET:
            field_dict["id"] = id
        if instance_types_usage is not UNSET:
            field_dict["instanceTypesUsage"] = instance_types_usage
        if provisioning_state is not UNSET:
            field_dict["provisioningState"] = provisioning_state
        if scope is not UNSET:
            field_dict["scope"] = scope
        if scope_management_group is not UNSET:
            field_dict["scopeManagementGroup"] = scope_management_group
        if scope_resource_group is not UNSET:
            field_dict["scopeResourceGroup"] = scope_resource_group
        if scope_subscription is not UNSET:
            field_dict["scopeSubscription"] = scope_subscription
        if scope_tenant is not UNSET:
            field_dict["scopeTenant"] = scope_tenant
        if term is not UNSET:
            field_dict["term"] = term

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_instance_type_based_usage import (
            CastaiInventoryV1Beta1InstanceTypeBasedUsage,  # noqa: PLC0415
        )

        d = dict(src_dict)
        commitment_amount = d.pop("commitmentAmount", UNSET)

        effective_commitment_amount = d.pop("effectiveCommitmentAmount", UNSET)

        id = d.pop("id", UNSET)

        _instance_types_usage = d.pop("instanceTypesUsage", UNSET)
        instance_types_usage: CastaiInventoryV1Beta1InstanceTypeBasedUsage | Unset
        if isinstance(_instance_types_usage, Unset):
            instance_types_usage = UNSET
        else:
            instance_types_usage = (
                CastaiInventoryV1Beta1InstanceTypeBasedUsage.from_dict(
                    _instance_types_usage
                )
            )

        provisioning_state = d.pop("provisioningState", UNSET)

        _scope = d.pop("scope", UNSET)
        scope: (
            CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanScope | Unset
        )
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_castai_inventory_v1_beta_1_azure_savings_plan_context_azure_savings_plan_scope(
                _scope
            )

        scope_management_group = d.pop("scopeManagementGroup", UNSET)

        scope_resource_group = d.pop("scopeResourceGroup", UNSET)

        scope_subscription = d.pop("scopeSubscription", UNSET)

        scope_tenant = d.pop("scopeTenant", UNSET)

        _term = d.pop("term", UNSET)
        term: CastaiInventoryV1Beta1AzureSavingsPlanContextAzureSavingsPlanTerm | Unset
        if isinstance(_term, Unset):
            term = UNSET
        else:
            term = check_castai_inventory_v1_beta_1_azure_savings_plan_context_azure_savings_plan_term(
                _term
            )

        castai_inventory_v1_beta_1_azure_savings_plan_context = cls(
            commitment_amount=commitment_amount,
            effective_commitment_amount=effective_commitment_amount,
            id=id,
            instance_types_usage=instance_types_usage,
            provisioning_state=provisioning_state,
            scope=scope,
            scope_management_group=scope_management_group,
            scope_resource_group=scope_resource_group,
            scope_subscription=scope_subscription,
            scope_tenant=scope_tenant,
            term=term,
        )

        castai_inventory_v1_beta_1_azure_savings_plan_context.additional_properties = d
        return castai_inventory_v1_beta_1_azure_savings_plan_context

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
