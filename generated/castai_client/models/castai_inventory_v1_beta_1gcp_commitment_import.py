from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1gcp_resource import (
        CastaiInventoryV1Beta1GCPResource,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1GCPCommitmentImport")


@_attrs_define
class CastaiInventoryV1Beta1GCPCommitmentImport:
    """
    Attributes:
        auto_renew (bool | Unset):
        category (str | Unset):
        creation_timestamp (str | Unset):
        description (str | Unset):
        end_timestamp (str | Unset):
        id (str | Unset):
        kind (str | Unset):
        name (str | Unset):
        plan (str | Unset):
        region (str | Unset):
        resources (list[CastaiInventoryV1Beta1GCPResource] | Unset):
        self_link (str | Unset):
        start_timestamp (str | Unset):
        status (str | Unset):
        status_message (str | Unset):
        type_ (str | Unset):
    """

    auto_renew: bool | Unset = UNSET
    category: str | Unset = UNSET
    creation_timestamp: str | Unset = UNSET
    description: str | Unset = UNSET
    end_timestamp: str | Unset = UNSET
    id: str | Unset = UNSET
    kind: str | Unset = UNSET
    name: str | Unset = UNSET
    plan: str | Unset = UNSET
    region: str | Unset = UNSET
    resources: list[CastaiInventoryV1Beta1GCPResource] | Unset = UNSET
    self_link: str | Unset = UNSET
    start_timestamp: str | Unset = UNSET
    status: str | Unset = UNSET
    status_message: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_renew = self.auto_renew

        category = self.category

        creation_timestamp = self.creation_timestamp

        description = self.description

        end_timestamp = self.end_timestamp

        id = self.id

        kind = self.kind

        name = self.name

        plan = self.plan

        region = self.region

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        self_link = self.self_link

        start_timestamp = self.start_timestamp

        status = self.status

        status_message = self.status_message

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew
        if category is not UNSET:
            field_dict["category"] = category
        if creation_timestamp is not UNSET:
            field_dict["creationTimestamp"] = creation_timestamp
        if description is not UNSET:
            field_dict["description"] = description
        if end_timestamp is not UNSET:
            field_dict["endTimestamp"] = end_timestamp
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if plan is not UNSET:
            field_dict["plan"] = plan
        if region is not UNSET:
            field_dict["region"] = region
        if resources is not UNSET:
            field_dict["resources"] = resources
        if self_link is not UNSET:
            field_dict["selfLink"] = self_link
        if start_timestamp is not UNSET:
            field_dict["startTimestamp"] = start_timestamp
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1gcp_resource import (
            CastaiInventoryV1Beta1GCPResource,  # noqa: PLC0415
        )

        d = dict(src_dict)
        auto_renew = d.pop("autoRenew", UNSET)

        category = d.pop("category", UNSET)

        creation_timestamp = d.pop("creationTimestamp", UNSET)

        description = d.pop("description", UNSET)

        end_timestamp = d.pop("endTimestamp", UNSET)

        id = d.pop("id", UNSET)

        kind = d.pop("kind", UNSET)

        name = d.pop("name", UNSET)

        plan = d.pop("plan", UNSET)

        region = d.pop("region", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: list[CastaiInventoryV1Beta1GCPResource] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = CastaiInventoryV1Beta1GCPResource.from_dict(
                    resources_item_data
                )

                resources.append(resources_item)

        self_link = d.pop("selfLink", UNSET)

        start_timestamp = d.pop("startTimestamp", UNSET)

        status = d.pop("status", UNSET)

        status_message = d.pop("statusMessage", UNSET)

        type_ = d.pop("type", UNSET)

        castai_inventory_v1_beta_1gcp_commitment_import = cls(
            auto_renew=auto_renew,
            category=category,
            creation_timestamp=creation_timestamp,
            description=description,
            end_timestamp=end_timestamp,
            id=id,
            kind=kind,
            name=name,
            plan=plan,
            region=region,
            resources=resources,
            self_link=self_link,
            start_timestamp=start_timestamp,
            status=status,
            status_message=status_message,
            type_=type_,
        )

        castai_inventory_v1_beta_1gcp_commitment_import.additional_properties = d
        return castai_inventory_v1_beta_1gcp_commitment_import

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
