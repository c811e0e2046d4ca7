from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_constraints import OfferConstraints


T = TypeVar("T", bound="EstimateDepositRequestV3")


@_attrs_define
class EstimateDepositRequestV3:
    """
    Attributes:
        instances (int):  Example: 3.
        constraints (None | OfferConstraints | Unset):
    """

    instances: int
    constraints: None | OfferConstraints | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.offer_constraints import OfferConstraints  # noqa: PLC0415

        instances = self.instances

        constraints: dict[str, Any] | None | Unset
        if isinstance(self.constraints, Unset):
            constraints = UNSET
        elif isinstance(self.constraints, OfferConstraints):
            constraints = self.constraints.to_dict()
        else:
            constraints = self.constraints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instances": instances,
            }
        )
        if constraints is not UNSET:
            field_dict["constraints"] = constraints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer_constraints import OfferConstraints  # noqa: PLC0415

        d = dict(src_dict)
        instances = d.pop("instances")

        def _parse_constraints(data: object) -> None | OfferConstraints | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                constraints_type_0 = OfferConstraints.from_dict(data)

                return constraints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfferConstraints | Unset, data)

        constraints = _parse_constraints(d.pop("constraints", UNSET))

        estimate_deposit_request_v3 = cls(
            instances=instances,
            constraints=constraints,
        )

        estimate_deposit_request_v3.additional_properties = d
        return estimate_deposit_request_v3

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
