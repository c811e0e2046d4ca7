from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chart_index_entry import ChartIndexEntry


T = TypeVar("T", bound="ChartRepo")


@_attrs_define
class ChartRepo:
    """A Helm chart repository and its index.

    Attributes:
        chart_index (list[ChartIndexEntry]):
        is_private (bool):  Example: False.
        is_system (bool):  Example: True.
        keyset (int | None):
        name (str):  Example: NKS Trusted Charts.
        org (int | None): Owning organization; null for system repositories.
        path (str):
        pk (int): Chart repository ID. Example: 1.
        source (str):  Example: system.
        source_display (str):  Example: System.
        url (str):  Example: http://trusted-charts.stackpoint.io/staging.
    """

    chart_index: list[ChartIndexEntry]
    is_private: bool
    is_system: bool
    keyset: int | None
    name: str
    org: int | None
    path: str
    pk: int
    source: str
    source_display: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chart_index = []
        for chart_index_item_data in self.chart_index:
            chart_index_item = chart_index_item_data.to_dict()
            chart_index.append(chart_index_item)

        is_private = self.is_private

        is_system = self.is_system

        keyset: int | None
        keyset = self.keyset

        name = self.name

        org: int | None
        org = self.org

        path = self.path

        pk = self.pk

        source = self.source

        source_display = self.source_display

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chart_index": chart_index,
                "is_private": is_private,
                "is_system": is_system,
                "keyset": keyset,
                "name": name,
                "org": org,
                "path": path,
                "pk": pk,
                "source": source,
                "source_display": source_display,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chart_index_entry import ChartIndexEntry  # noqa: PLC0415

        d = dict(src_dict)
        chart_index = []
        _chart_index = d.pop("chart_index")
        for chart_index_item_data in _chart_index:
            chart_index_item = ChartIndexEntry.from_dict(chart_index_item_data)

            chart_index.append(chart_index_item)

        is_private = d.pop("is_private")

        is_system = d.pop("is_system")

        def _parse_keyset(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        keyset = _parse_keyset(d.pop("keyset"))

        name = d.pop("name")

        def _parse_org(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        org = _parse_org(d.pop("org"))

        path = d.pop("path")

        pk = d.pop("pk")

        source = d.pop("source")

        source_display = d.pop("source_display")

        url = d.pop("url")

        chart_repo = cls(
            chart_index=chart_index,
            is_private=is_private,
            is_system=is_system,
            keyset=keyset,
            name=name,
            org=org,
            path=path,
            pk=pk,
            source=source,
            source_display=source_display,
            url=url,
        )

        chart_repo.additional_properties = d
        return chart_repo

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
