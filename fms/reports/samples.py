"""Sample documents (the README's samples, the benchmark's inputs): plain data, no database."""

from __future__ import annotations

from datetime import date

from fms.reports.layout import Letterhead
from fms.reports.letter import RecommendationLetter, Signatory
from fms.reports.profile_sheet import PastMission, ProfileSheet

LETTERHEAD = Letterhead(
    "Atelier Nord Conseil", ("12 rue des Tanneurs, 69002 Lyon", "+33 4 72 00 00 00 · contact@ateliernord.example")
)
RECOMMENDATION = {
    "en": (
        "Élodie joined a data platform project that was three months late and had lost the trust of its "
        "business users. Within weeks she had rebuilt the ingestion pipeline around Kafka, written the "
        "tests that had never existed, and set up a weekly demo that brought the users back to the table.\n\n"
        "She explains complex choices simply, listens before she proposes, and leaves behind documentation "
        "the next team can actually use. The client's CTO asked us twice whether she could stay longer.\n\n"
        "We would work with her again without hesitation, and recommend her warmly for any role that needs "
        "a senior data engineer who also brings people along."
    ),
    "fr": (
        "Élodie a rejoint un projet de plateforme de données en retard de trois mois, qui avait perdu la "
        "confiance de ses utilisateurs métier. En quelques semaines, elle a reconstruit la chaîne "
        "d’ingestion autour de Kafka, écrit les tests qui n’avaient jamais existé et mis en place une "
        "démonstration hebdomadaire qui a ramené les utilisateurs autour de la table.\n\n"
        "Elle explique simplement des choix complexes, écoute avant de proposer et laisse derrière elle une "
        "documentation que l’équipe suivante peut réellement utiliser. Le directeur technique du client nous "
        "a demandé deux fois si elle pouvait rester plus longtemps.\n\n"
        "Nous retravaillerions avec elle sans hésiter et la recommandons chaleureusement pour tout poste "
        "demandant une data engineer senior qui sait aussi fédérer."
    ),
}
STRENGTHS = {
    "en": ("Rebuilt a failing pipeline, tests first", "Clear, patient communication", "Documentation that lasts"),
    "fr": (
        "A redressé une chaîne en échec, tests d’abord",
        "Communication claire et patiente",
        "Une documentation durable",
    ),
}


def sample_letter(language: str, recommendation: str | None = None) -> RecommendationLetter:
    return RecommendationLetter(
        letterhead=LETTERHEAD,
        language=language,
        place="Lyon",
        written_on=date(2026, 11, 22),
        freelancer_name="Élodie Lefèvre",
        client_name="Banque Lumière",
        role="Senior data engineer",
        start=date(2026, 1, 5),
        end=date(2026, 10, 30),
        recommendation=RECOMMENDATION[language] if recommendation is None else recommendation,
        strengths=STRENGTHS[language],
        signatory=Signatory("Henry Thomas", "Directeur des opérations" if language == "fr" else "Head of operations"),
    )


def sample_sheet(language: str) -> ProfileSheet:
    return ProfileSheet(
        letterhead=LETTERHEAD,
        language=language,
        written_on=date(2026, 11, 22),
        name="Élodie Lefèvre",
        headline="Senior data engineer · Spark, Kafka, Python",
        seniority="Senior",
        location="Lyon",
        available_from=date(2027, 1, 4),
        skills=(("Python", 5), ("Spark", 5), ("Kafka", 4), ("SQL", 5), ("Airflow", 4), ("GCP", 3), ("Docker", 3)),
        missions=(
            PastMission(
                "Banque Lumière",
                "Senior data engineer",
                date(2026, 1, 5),
                date(2026, 10, 30),
                "Rebuilt the ingestion of market data around Kafka and Spark; weekly demos with the business."
                if language == "en"
                else "Refonte de l’ingestion des données de marché autour de Kafka et Spark ; "
                "démonstrations hebdomadaires avec le métier.",
            ),
            PastMission(
                "Hexa Assurances",
                "Data engineer",
                date(2025, 3, 3),
                date(2025, 10, 31),
                "Migration of claims reporting to BigQuery."
                if language == "en"
                else "Migration du reporting sinistres vers BigQuery.",
            ),
        ),
        average_rating=4.5,
        rated_missions=2,
    )
