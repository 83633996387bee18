"""Sample data after the hire: agreements (with small PDFs), offboardings, notes, consent."""

from __future__ import annotations

import random
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from fms.core.enums import ContactChannel, DocumentKind, DocumentStatus
from fms.models import ClientContact, CollaborationNote, Document, FollowUp, Freelancer, Offboarding, OffboardingItem
from fms.sampledata import vocabulary as vocab
from fms.storage.attachment_store import AttachmentStore


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=UTC)


def ascii_slug(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace(" ", "")


class AfterHireRows:
    """The part of the sample-data builder that writes what follows a hire."""

    rng: random.Random
    today: date
    files: AttachmentStore | None
    rows: dict[type[Any], list[dict[str, Any]]]
    client_info: dict[int, dict[str, Any]]
    freelancer_info: dict[int, dict[str, Any]]

    def add(self, model: type[Any], **values: Any) -> int:
        raise NotImplementedError

    def _agreements(self, engagement_id: int, freelancer_id: int, client_id: int, start: date, end: date) -> None:
        for kind, title in (
            (DocumentKind.CONTRACT, "Contrat de prestation"),
            (DocumentKind.NDA, "Accord de confidentialité"),
        ):
            expires = end if kind == DocumentKind.CONTRACT else end + timedelta(days=365)
            stored = self._agreement_file(kind, title, freelancer_id, client_id, start, expires)
            self.add(
                Document,
                freelancer_id=freelancer_id,
                engagement_id=engagement_id,
                kind=kind,
                status=DocumentStatus.EXPIRED if expires < self.today else DocumentStatus.SIGNED,
                title=f"{title} \u2013 {self.client_info[client_id]['name']}",
                sent_on=start - timedelta(days=12),
                signed_on=start - timedelta(days=7),
                valid_from=start,
                expires_on=expires,
                original_name=f"{ascii_slug(title)}.pdf" if stored else "",
                stored_path=stored.relative_path if stored else None,
                size_bytes=stored.size_bytes if stored else None,
                sha256=stored.sha256 if stored else None,
                text_content="",
                created_at=at(start - timedelta(days=12)),
            )

    def _agreement_file(
        self, kind: DocumentKind, title: str, freelancer_id: int, client_id: int, start: date, expires: date
    ) -> Any:
        if self.files is None:
            return None
        from fms.reports.agreement import AgreementText, render_agreement

        client = self.client_info[client_id]["name"]
        person = self.freelancer_info[freelancer_id]["name"]
        clauses = (
            f"{person} réalise pour {client} la prestation décrite en annexe, à compter du {start:%d/%m/%Y}.",
            f"Le présent document est valable jusqu'au {expires:%d/%m/%Y}.",
            "Les informations confidentielles reçues ne sont ni divulguées ni réutilisées."
            if kind == DocumentKind.NDA
            else "La prestation est facturée au temps passé, sur la base du taux journalier convenu.",
        )
        pdf = render_agreement(
            AgreementText(
                title=title,
                parties=(f"Entre {client}, ci-après « le client »,", f"et {person}, ci-après « le prestataire »."),
                clauses=clauses,
                place_and_date=f"Fait à Paris, le {start - timedelta(days=7):%d/%m/%Y}",
            )
        )
        return self.files.store_bytes(pdf, ".pdf")

    def _cv(self, freelancer_id: int, when: date) -> None:
        """A plain-text CV for people in the talent pool, so its words can be searched."""
        if self.files is None:
            return
        freelancer = self.rows[Freelancer][freelancer_id - 1]
        person = self.freelancer_info[freelancer_id]["name"]
        words = (
            f"{person} — {freelancer['headline']}\n"
            f"{self.rng.randint(3, 15)} ans d'expérience. {self.rng.choice(vocab.CV_LINES)}\n"
            f"Langues : français, anglais. Basé(e) à {freelancer['location'] or 'Paris'}."
        )
        stored = self.files.store_bytes(words.encode(), ".txt")
        self.add(
            Document,
            freelancer_id=freelancer_id,
            engagement_id=None,
            kind=DocumentKind.CV,
            status=DocumentStatus.SIGNED,
            title=f"CV – {person}",
            sent_on=None,
            signed_on=when,
            valid_from=None,
            expires_on=None,
            original_name=f"cv-{ascii_slug(person)}.txt",
            stored_path=stored.relative_path,
            size_bytes=stored.size_bytes,
            sha256=stored.sha256,
            text_content=words,
            created_at=at(when),
        )

    def _offboarding(self, engagement_id: int, done: bool, moment: datetime) -> None:
        from fms.services.offboarding.template import CHECKLIST_PAGES, DEFAULT_TEMPLATE

        offboarding_id = self.add(
            Offboarding,
            engagement_id=engagement_id,
            started_at=moment - timedelta(days=5),
            current_page="summary" if done else "handover",
            answers=self._offboarding_answers(moment.date()) if done else {"objectives": {}},
            completed_at=moment if done else None,
        )
        for page in CHECKLIST_PAGES:
            for position, label in enumerate(DEFAULT_TEMPLATE[page]):
                finished = done or page == "objectives"
                self.add(
                    OffboardingItem,
                    offboarding_id=offboarding_id,
                    section=page,
                    label=label,
                    position=position,
                    done=finished,
                    done_by="demo" if finished else "",
                    done_at=moment - timedelta(days=1) if finished else None,
                    comment="",
                )

    def _offboarding_answers(self, end: date) -> dict[str, dict[str, Any]]:
        rating = self.rng.choice((4, 4, 5, 3))
        return {
            "objectives": {},
            "handover": {"handed_to": "Équipe interne", "what": "Documentation, code et accès"},
            "feedback": {
                "mission_view": self.rng.choice(vocab.MISSION_VIEWS),
                "integration": "Bonne intégration dans l'équipe.",
                "onboarding_suggestions": "Préparer les accès avant le premier jour.",
            },
            "recommendation": {
                "text": self.rng.choice(vocab.NOTES),
                "rating": rating,
                "strengths": ", ".join(self.rng.sample(vocab.STRENGTHS, k=2)),
                "rehire": "would_rehire" if rating >= 3 else "do_not_rehire",
                "reason": "" if rating >= 3 else "Délais non tenus.",
            },
            "trace": {"note": self.rng.choice(vocab.NOTES)},
            "keep_in_touch": {"consent": True, "channel": "email", "available_from": "", "follow_up_on": ""},
            "admin": {"contract_end": end.isoformat()},
        }

    def _collaboration_note(self, freelancer_id: int, engagement_id: int, client_id: int, end: date) -> None:
        rating = self.rng.choices((2, 3, 4, 5), weights=(1, 2, 5, 4))[0]
        contacts = self.client_info[client_id]["contacts"]
        self.add(
            CollaborationNote,
            freelancer_id=freelancer_id,
            engagement_id=engagement_id,
            author=self.rows[ClientContact][contacts[-1] - 1]["name"],
            rating=rating,
            would_rehire=rating >= 3,
            strengths=", ".join(self.rng.sample(vocab.STRENGTHS, k=2)),
            text=self.rng.choice(vocab.NOTES),
            created_at=at(end),
        )

    def _consent(self, freelancer_id: int, when: date) -> None:
        freelancer = self.rows[Freelancer][freelancer_id - 1]
        if freelancer["talent_pool_consent"]:
            return
        freelancer.update(talent_pool_consent=True, consent_date=min(when, self.today))
        self._cv(freelancer_id, when)
        due = self.today + timedelta(days=self.rng.randint(-5, 40))
        self.add(
            FollowUp,
            freelancer_id=freelancer_id,
            client_contact_id=None,
            application_id=None,
            due_at=at(due, hour=self.rng.choice((10, 11, 14, 15))),
            channel=self.rng.choice((ContactChannel.EMAIL, ContactChannel.PHONE, ContactChannel.LINKEDIN)),
            purpose="Prendre des nouvelles et vérifier la disponibilité",
            done_at=None,
            result="",
            created_at=at(min(when, self.today)),
        )
