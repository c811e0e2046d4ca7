from typing import Literal

DboApiGetCacheQueriesSortOrder = Literal["asc", "ASC", "DESC", "desc"]

DBO_API_GET_CACHE_QUERIES_SORT_ORDER_VALUES: set[DboApiGetCacheQueriesSortOrder] = {
    "asc",
    "ASC",
    "DESC",
    "desc",
}


def check_dbo_api_get_cache_queries_sort_order(
    value: str,
) -> DboApiGetCacheQueriesSortOrder:
    if value in DBO_API_GET_CACHE_QUERIES_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBO_API_GET_CACHE_QUERIES_SORT_ORDER_VALUES!r}"
    )
