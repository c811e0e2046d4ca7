from enum import StrEnum


class RebalancingPlanStatus(StrEnum):
    CREATING_NODES = "creating_nodes"
    DELETING_NODES = "deleting_nodes"
    DRAINING_NODES = "draining_nodes"
    ERROR = "error"
    FINISHED = "finished"
    GENERATED = "generated"
    GENERATING = "generating"
    OBSOLETE = "obsolete"
    PARTIALLY_FINISHED = "partially_finished"
    PREPARING_NODES = "preparing_nodes"

    def __str__(self) -> str:
        return str(self.value)
