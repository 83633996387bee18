"""What the dashboard and the main window keep in view.

The names below are what the floor above (the UI, the command line, the tests) may call; the
helpers that work inside a caller's transaction stay in their modules.
"""

from __future__ import annotations

from fms.services.overview.attention import attention
from fms.services.overview.dashboard import DashboardFigures, FunnelStep, MissionProfiles, dashboard_figures
from fms.services.overview.drill import DashboardRow, dashboard_list
from fms.services.overview.slices import FUNNEL, DashboardFilter, Slice, SliceKind

__all__ = [
    "FUNNEL",
    "DashboardFigures",
    "DashboardFilter",
    "DashboardRow",
    "FunnelStep",
    "MissionProfiles",
    "Slice",
    "SliceKind",
    "attention",
    "dashboard_figures",
    "dashboard_list",
]
