from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_column import RuntimeV1Column
    from ..models.runtime_v1_row import RuntimeV1Row


T = TypeVar("T", bound="RuntimeV1GetNetflowListResponse")


@_attrs_define
class RuntimeV1GetNetflowListResponse:
    """
    Attributes:
        columns (list[RuntimeV1Column] | Unset):
        next_cursor (str | Unset):
        rows (list[RuntimeV1Row] | Unset):
    """

    columns: list[RuntimeV1Column] | Unset = UNSET
    next_cursor: str | Unset = UNSET
    rows: list[RuntimeV1Row] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        next_cursor = self.next_cursor

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if columns is not UNSET:
            field_dict["columns"] = columns
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_column import RuntimeV1Column  # noqa: PLC0415
        from ..models.runtime_v1_row import RuntimeV1Row  # noqa: PLC0415

        d = dict(src_dict)
        _columns = d.pop("columns", UNSET)
        columns: list[RuntimeV1Column] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                columns_item = RuntimeV1Column.from_dict(columns_item_data)

                columns.append(columns_item)

        next_cursor = d.pop("nextCursor", UNSET)

        _rows = d.pop("rows", UNSET)
        rows: list[RuntimeV1Row] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = RuntimeV1Row.from_dict(rows_item_data)

                rows.append(rows_item)

        runtime_v1_get_netflow_list_response = cls(
            columns=columns,
            next_cursor=next_cursor,
            rows=rows,
        )

        runtime_v1_get_netflow_list_response.additional_properties = d
        return runtime_v1_get_netflow_list_response

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
