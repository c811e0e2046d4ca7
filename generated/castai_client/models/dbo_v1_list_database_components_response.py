from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dbo_v1_database_component import DboV1DatabaseComponent
    from ..models.dbo_v1_organization_summary import DboV1OrganizationSummary


T = TypeVar("T", bound="DboV1ListDatabaseComponentsResponse")


@_attrs_define
class DboV1ListDatabaseComponentsResponse:
    """
    Attributes:
        components (list[DboV1DatabaseComponent]):
        summary (DboV1OrganizationSummary):
    """

    components: list[DboV1DatabaseComponent]
    summary: DboV1OrganizationSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
            components.append(components_item)

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "components": components,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_database_component import DboV1DatabaseComponent  # noqa: PLC0415
        from ..models.dbo_v1_organization_summary import DboV1OrganizationSummary  # noqa: PLC0415

        d = dict(src_dict)
        components = []
        _components = d.pop("components")
        for components_item_data in _components:
            components_item = DboV1DatabaseComponent.from_dict(components_item_data)

            components.append(components_item)

        summary = DboV1OrganizationSummary.from_dict(d.pop("summary"))

        dbo_v1_list_database_components_response = cls(
            components=components,
            summary=summary,
        )

        dbo_v1_list_database_components_response.additional_properties = d
        return dbo_v1_list_database_components_response

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
