from typing import Literal

WorkloadoptimizationV1MetricsScalarOpType = Literal[
    "METRICS_SCALAR_OP_ADD",
    "METRICS_SCALAR_OP_DIV",
    "METRICS_SCALAR_OP_MUL",
    "METRICS_SCALAR_OP_TYPE_UNSPECIFIED",
]

WORKLOADOPTIMIZATION_V1_METRICS_SCALAR_OP_TYPE_VALUES: set[
    WorkloadoptimizationV1MetricsScalarOpType
] = {
    "METRICS_SCALAR_OP_ADD",
    "METRICS_SCALAR_OP_DIV",
    "METRICS_SCALAR_OP_MUL",
    "METRICS_SCALAR_OP_TYPE_UNSPECIFIED",
}


def check_workloadoptimization_v1_metrics_scalar_op_type(
    value: str,
) -> WorkloadoptimizationV1MetricsScalarOpType:
    if value in WORKLOADOPTIMIZATION_V1_METRICS_SCALAR_OP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_METRICS_SCALAR_OP_TYPE_VALUES!r}"
    )
