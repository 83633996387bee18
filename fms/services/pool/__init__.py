"""The talent pool: search, saved lists, ranking for a mission, rate benchmarks.

The names below are what the floor above (the UI, the command line, the tests) may call; the
helpers that work inside a caller's transaction stay in their modules. Each is imported from its
module when first asked for: the talent pool's first paint imports `members` only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fms.core.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from fms.services.pool.availability import AvailabilityRequest, availability_requests
    from fms.services.pool.lists import (
        add_to_list,
        create_list,
        delete_list,
        list_member_ids,
        lists_of,
        members_csv,
        remove_from_list,
        rename_list,
        saved_lists,
    )
    from fms.services.pool.members import PoolMember, PoolQuery, PoolResults, SkillNeed
    from fms.services.pool.ranking import RankedCandidate, Reason, rank_for_mission
    from fms.services.pool.rates import RateBenchmark, rate_benchmark
    from fms.services.pool.search import members_by_id, search_pool
    from fms.services.pool.words import fts_expression

__all__ = [
    "AvailabilityRequest",
    "availability_requests",
    "PoolMember",
    "PoolQuery",
    "PoolResults",
    "RankedCandidate",
    "RateBenchmark",
    "Reason",
    "SkillNeed",
    "add_to_list",
    "create_list",
    "delete_list",
    "fts_expression",
    "list_member_ids",
    "lists_of",
    "members_by_id",
    "members_csv",
    "rank_for_mission",
    "rate_benchmark",
    "remove_from_list",
    "rename_list",
    "saved_lists",
    "search_pool",
]

__getattr__ = lazy_exports(
    __name__,
    __all__,
    (
        "fms.services.pool.availability",
        "fms.services.pool.lists",
        "fms.services.pool.members",
        "fms.services.pool.ranking",
        "fms.services.pool.rates",
        "fms.services.pool.search",
        "fms.services.pool.words",
    ),
)
