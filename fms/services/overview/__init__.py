"""What the dashboard and the main window keep in view.

The names below are what the floor above (the UI, the command line, the tests) may call; the
helpers that work inside a caller's transaction stay in their modules. Each is imported from its
module when first asked for: the dashboard's first paint imports `slice_kinds` and `tiles` only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fms.core.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from fms.services.overview.attention_counts import attention
    from fms.services.overview.dashboard import DashboardFigures, FunnelStep, MissionProfiles, dashboard_figures
    from fms.services.overview.drill import DashboardRow, dashboard_list
    from fms.services.overview.slice_kinds import Slice, SliceKind
    from fms.services.overview.slices import FUNNEL, DashboardFilter
    from fms.services.overview.tiles import DashboardTiles

__all__ = [
    "FUNNEL",
    "DashboardFigures",
    "DashboardFilter",
    "DashboardRow",
    "DashboardTiles",
    "FunnelStep",
    "MissionProfiles",
    "Slice",
    "SliceKind",
    "attention",
    "dashboard_figures",
    "dashboard_list",
]

__getattr__ = lazy_exports(
    __name__,
    __all__,
    (
        "fms.services.overview.attention_counts",
        "fms.services.overview.dashboard",
        "fms.services.overview.drill",
        "fms.services.overview.slice_kinds",
        "fms.services.overview.slices",
        "fms.services.overview.tiles",
    ),
)
