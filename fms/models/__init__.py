"""The ORM: every mapped class, importable from here. Knows nothing of Qt."""

from fms.models.activity import ActivityEntry
from fms.models.applications import Application, Interview, InterviewEvaluation, StageChange
from fms.models.base import Base
from fms.models.clients import Client, ClientContact
from fms.models.documents import Document
from fms.models.engagements import Engagement, Offboarding, OffboardingItem, Renewal
from fms.models.freelancers import Freelancer, FreelancerSkill, Skill
from fms.models.lists import SavedList, SavedListMember
from fms.models.messages import MessageTemplate
from fms.models.missions import Mission, MissionSkill
from fms.models.relations import CollaborationNote, FollowUp
from fms.models.settings import Setting
from fms.models.stored_files import StoredBlob, StoredChunk

__all__ = [
    "ActivityEntry",
    "Application",
    "Base",
    "Client",
    "ClientContact",
    "CollaborationNote",
    "Document",
    "Engagement",
    "FollowUp",
    "Freelancer",
    "FreelancerSkill",
    "Interview",
    "InterviewEvaluation",
    "MessageTemplate",
    "Mission",
    "MissionSkill",
    "Offboarding",
    "OffboardingItem",
    "Renewal",
    "SavedList",
    "SavedListMember",
    "Setting",
    "Skill",
    "StageChange",
    "StoredBlob",
    "StoredChunk",
]
