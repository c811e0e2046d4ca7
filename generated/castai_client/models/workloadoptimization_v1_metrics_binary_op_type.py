from typing import Literal

WorkloadoptimizationV1MetricsBinaryOpType = Literal[
    "METRICS_BINARY_OP_ADD",
    "METRICS_BINARY_OP_DIV",
    "METRICS_BINARY_OP_MUL",
    "METRICS_BINARY_OP_SUB",
    "METRICS_BINARY_OP_TYPE_UNSPECIFIED",
]

WORKLOADOPTIMIZATION_V1_METRICS_BINARY_OP_TYPE_VALUES: set[
    WorkloadoptimizationV1MetricsBinaryOpType
] = {
    "METRICS_BINARY_OP_ADD",
    "METRICS_BINARY_OP_DIV",
    "METRICS_BINARY_OP_MUL",
    "METRICS_BINARY_OP_SUB",
    "METRICS_BINARY_OP_TYPE_UNSPECIFIED",
}


def check_workloadoptimization_v1_metrics_binary_op_type(
    value: str,
) -> WorkloadoptimizationV1MetricsBinaryOpType:
    if value in WORKLOADOPTIMIZATION_V1_METRICS_BINARY_OP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_METRICS_BINARY_OP_TYPE_VALUES!r}"
    )
