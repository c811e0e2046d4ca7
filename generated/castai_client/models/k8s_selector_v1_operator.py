from typing import Literal

K8SSelectorV1Operator = Literal[
    "DoesNotExist",
    "doesNotExist",
    "exists",
    "Exists",
    "Gt",
    "gt",
    "IN",
    "in",
    "lt",
    "Lt",
    "NotIn",
    "notIn",
]

K8S_SELECTOR_V1_OPERATOR_VALUES: set[K8SSelectorV1Operator] = {
    "DoesNotExist",
    "doesNotExist",
    "exists",
    "Exists",
    "Gt",
    "gt",
    "IN",
    "in",
    "lt",
    "Lt",
    "NotIn",
    "notIn",
}


def check_k8s_selector_v1_operator(value: str) -> K8SSelectorV1Operator:
    if value in K8S_SELECTOR_V1_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {K8S_SELECTOR_V1_OPERATOR_VALUES!r}"
    )
