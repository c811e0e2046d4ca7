from typing import Literal

K8SSelectorV1Operator = Literal[
    "DoesNotExist",
    "doesNotExist",
    "Exists",
    "exists",
    "Gt",
    "gt",
    "IN",
    "in",
    "Lt",
    "lt",
    "notIn",
    "NotIn",
]

K8S_SELECTOR_V1_OPERATOR_VALUES: set[K8SSelectorV1Operator] = {
    "DoesNotExist",
    "doesNotExist",
    "Exists",
    "exists",
    "Gt",
    "gt",
    "IN",
    "in",
    "Lt",
    "lt",
    "notIn",
    "NotIn",
}


def check_k8s_selector_v1_operator(value: str) -> K8SSelectorV1Operator:
    if value in K8S_SELECTOR_V1_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {K8S_SELECTOR_V1_OPERATOR_VALUES!r}"
    )
