from enum import StrEnum


class JobStatus(StrEnum):
    JOBSTATUSFAILED = "JobStatusFailed"
    JOBSTATUSFINISHED = "JobStatusFinished"
    JOBSTATUSINPROGRESS = "JobStatusInProgress"
    JOBSTATUSPENDING = "JobStatusPending"
    JOBSTATUSSKIPPED = "JobStatusSkipped"

    def __str__(self) -> str:
        return str(self.value)
