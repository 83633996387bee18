"""Clients, their contacts and their missions.

The names below are what the floor above (the UI, the command line, the tests) may call; the
helpers that work inside a caller's transaction stay in their modules.
"""

from __future__ import annotations

from fms.services.crm.clients import (
    ClientInput,
    ClientRow,
    create_client,
    list_clients,
    set_client_archived,
    update_client,
)
from fms.services.crm.contacts import Contact
from fms.services.crm.missions import (
    MissionInput,
    MissionRow,
    create_mission,
    list_missions,
    set_mission_archived,
    update_mission,
)

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
