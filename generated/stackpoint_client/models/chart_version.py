from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chart_maintainer import ChartMaintainer


T = TypeVar("T", bound="ChartVersion")


@_attrs_define
class ChartVersion:
    """One published version of a chart.

    Attributes:
        file_url (str):  Example: http://trusted-charts.stackpoint.io/staging/nginx-0.3.1.tgz.
        version (str):  Example: 0.3.1.
        app_version (str | Unset):  Example: 1.15.8.
        created (datetime.datetime | Unset):  Example: 2019-01-10T17:21:30.000000Z.
        description (str | Unset):  Example: A Helm chart for nginx.
        digest (str | Unset):  Example: 4d5b2b2c8f4b7c3a0e0f6a1f6c2b9f0d3e7a1c5b9d8e2f4a6b0c1d3e5f7a9b1c.
        home (str | Unset):  Example: https://nginx.org.
        icon (str | Unset):  Example: https://nginx.org/nginx.png.
        keywords (list[str] | Unset):  Example: ['web', 'proxy'].
        maintainers (list[ChartMaintainer] | Unset):
        sources (list[str] | Unset):  Example: [].
    """

    file_url: str
    version: str
    app_version: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    digest: str | Unset = UNSET
    home: str | Unset = UNSET
    icon: str | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    maintainers: list[ChartMaintainer] | Unset = UNSET
    sources: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        version = self.version

        app_version = self.app_version

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        description = self.description

        digest = self.digest

        home = self.home

        icon = self.icon

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        maintainers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maintainers, Unset):
            maintainers = []
            for maintainers_item_data in self.maintainers:
                maintainers_item = maintainers_item_data.to_dict()
                maintainers.append(maintainers_item)

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_url": file_url,
                "version": version,
            }
        )
        if app_version is not UNSET:
            field_dict["appVersion"] = app_version
        if created is not UNSET:
            field_dict["created"] = created
        if description is not UNSET:
            field_dict["description"] = description
        if digest is not UNSET:
            field_dict["digest"] = digest
        if home is not UNSET:
            field_dict["home"] = home
        if icon is not UNSET:
            field_dict["icon"] = icon
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if maintainers is not UNSET:
            field_dict["maintainers"] = maintainers
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chart_maintainer import ChartMaintainer  # noqa: PLC0415

        d = dict(src_dict)
        file_url = d.pop("file_url")

        version = d.pop("version")

        app_version = d.pop("appVersion", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        description = d.pop("description", UNSET)

        digest = d.pop("digest", UNSET)

        home = d.pop("home", UNSET)

        icon = d.pop("icon", UNSET)

        keywords = cast(list[str], d.pop("keywords", UNSET))

        _maintainers = d.pop("maintainers", UNSET)
        maintainers: list[ChartMaintainer] | Unset = UNSET
        if _maintainers is not UNSET:
            maintainers = []
            for maintainers_item_data in _maintainers:
                maintainers_item = ChartMaintainer.from_dict(maintainers_item_data)

                maintainers.append(maintainers_item)

        sources = cast(list[str], d.pop("sources", UNSET))

        chart_version = cls(
            file_url=file_url,
            version=version,
            app_version=app_version,
            created=created,
            description=description,
            digest=digest,
            home=home,
            icon=icon,
            keywords=keywords,
            maintainers=maintainers,
            sources=sources,
        )

        chart_version.additional_properties = d
        return chart_version

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
