from typing import Literal

ScheduledrebalancingV1JobStatus = Literal[
    "JobStatusFailed",
    "JobStatusFinished",
    "JobStatusInProgress",
    "JobStatusPending",
    "JobStatusSkipped",
]

SCHEDULEDREBALANCING_V1_JOB_STATUS_VALUES: set[ScheduledrebalancingV1JobStatus] = {
    "JobStatusFailed",
    "JobStatusFinished",
    "JobStatusInProgress",
    "JobStatusPending",
    "JobStatusSkipped",
}


def check_scheduledrebalancing_v1_job_status(
    value: str,
) -> ScheduledrebalancingV1JobStatus:
    if value in SCHEDULEDREBALANCING_V1_JOB_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHEDULEDREBALANCING_V1_JOB_STATUS_VALUES!r}"
    )
