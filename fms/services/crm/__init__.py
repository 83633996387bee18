"""Clients, their contacts and their missions.

The names below are what the floor above (the UI, the command line, the tests) may call; the
helpers that work inside a caller's transaction stay in their modules. They are imported when
first asked for: start-up's preview imports `rows` and `preview` without the ORM.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fms.core.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from fms.services.crm.clients import create_client, list_clients, set_client_archived, update_client
    from fms.services.crm.missions import create_mission, list_missions, set_mission_archived, update_mission
    from fms.services.crm.rows import ClientInput, ClientRow, Contact, MissionInput, MissionRow

__all__ = [
    "ClientInput",
    "ClientRow",
    "Contact",
    "MissionInput",
    "MissionRow",
    "create_client",
    "create_mission",
    "list_clients",
    "list_missions",
    "set_client_archived",
    "set_mission_archived",
    "update_client",
    "update_mission",
]

__getattr__ = lazy_exports(
    __name__, __all__, ("fms.services.crm.rows", "fms.services.crm.clients", "fms.services.crm.missions")
)
