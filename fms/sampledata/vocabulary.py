"""Names, companies and skills the sample data is drawn from (fictional, French and English)."""

from __future__ import annotations

from fms.core.enums import FailureCause

# fmt: off
FIRST_NAMES = (
    "Camille", "Léa", "Chloé", "Manon", "Inès", "Sarah", "Julie", "Élodie", "Mathilde", "Anaïs",
    "Lucas", "Hugo", "Thomas", "Nicolas", "Julien", "Antoine", "Maxime", "Théo", "Rémi", "Baptiste",
    "Amélie", "Margaux", "Noémie", "Zoé", "Émilie", "François", "Jérôme", "Sébastien", "Cédric", "Loïc",
    "Emily", "Olivia", "Grace", "Hannah", "Charlotte", "James", "Oliver", "Henry", "Daniel", "Samuel",
    "Yasmine", "Karim", "Nadia", "Mehdi", "Aïcha", "Sofiane", "Priya", "Arjun", "Mei", "Kenji",
)
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
    "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Wright", "Hughes", "Evans",
    "Benali", "Haddad", "Nguyen", "Tran", "Okafor", "Mensah", "Sharma", "Patel", "Kowalski", "Rossi",
)
CLIENTS = (
    ("Banque Lumière", "Banking"),
    ("Hexa Assurances", "Insurance"),
    ("Orion Retail", "Retail"),
    ("Transports Mistral", "Logistics"),
    ("Atelier Numérique", "Digital agency"),
    ("Northwind Energy", "Energy"),
    ("Carmine Health", "Healthcare"),
    ("Groupe Valmont", "Industry"),
    ("Ville de Saint-Aubin", "Public sector"),
    ("Pixel & Fils", "Media"),
    ("Bluefield Telecom", "Telecom"),
    ("Mutuelle des Côtes", "Insurance"),
)
CITIES = ("Paris", "Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse", "Rennes", "Marseille", "London", "Remote")
PORTAGE_COMPANIES = ("ITG Portage", "Hiway", "Cadres en Mission", "Abc Portage")
SKILLS = (
    "Python", "Django", "Java", "Spring", "TypeScript", "React", "Angular", "Node.js", "Go", "Rust",
    "SQL", "PostgreSQL", "Kubernetes", "Docker", "Terraform", "AWS", "Azure", "GCP", "Kafka", "Spark",
    "Machine learning", "Data engineering", "Power BI", "Product management", "Scrum", "UX design",
    "UI design", "iOS", "Android", "Cybersecurity", "SAP", "Salesforce", "Figma", "Agile coaching",
)
ROLES = (
    ("Backend developer", ("Python", "Django", "PostgreSQL", "SQL", "Docker")),
    ("Java developer", ("Java", "Spring", "SQL", "Kafka", "Docker")),
    ("Front-end developer", ("TypeScript", "React", "Angular", "Figma")),
    ("Full-stack developer", ("TypeScript", "Node.js", "React", "PostgreSQL")),
    ("DevOps engineer", ("Kubernetes", "Docker", "Terraform", "AWS", "Azure")),
    ("Cloud architect", ("AWS", "Azure", "GCP", "Terraform", "Kubernetes")),
    ("Data engineer", ("Spark", "Kafka", "Python", "SQL", "Data engineering", "GCP")),
    ("Data scientist", ("Python", "Machine learning", "SQL", "Spark")),
    ("BI consultant", ("Power BI", "SQL", "Data engineering")),
    ("Product owner", ("Product management", "Scrum", "Agile coaching")),
    ("UX/UI designer", ("UX design", "UI design", "Figma")),
    ("Mobile developer", ("iOS", "Android", "TypeScript")),
    ("Security consultant", ("Cybersecurity", "AWS", "Azure", "Kubernetes")),
    ("SAP consultant", ("SAP", "SQL")),
    ("Salesforce developer", ("Salesforce", "TypeScript")),
    ("Go developer", ("Go", "Kubernetes", "PostgreSQL", "Rust")),
)
MISSION_TITLES = {
    "Backend developer": "Backend Python pour la plateforme de souscription",
    "Java developer": "Refonte du moteur de paiement (Java/Spring)",
    "Front-end developer": "Front React de l'espace client",
    "Full-stack developer": "Full-stack TypeScript, outil interne de planification",
    "DevOps engineer": "Migration Kubernetes et CI/CD",
    "Cloud architect": "Cloud architecture review and landing zone",
    "Data engineer": "Data pipelines on Kafka and Spark",
    "Data scientist": "Modèle de prévision de la demande",
    "BI consultant": "Tableaux de bord Power BI pour la direction",
    "Product owner": "Product owner, parcours d'adhésion",
    "UX/UI designer": "Refonte UX de l'application mobile",
    "Mobile developer": "Mobile app (iOS and Android) for field teams",
    "Security consultant": "Audit de sécurité et durcissement cloud",
    "SAP consultant": "Déploiement SAP S/4HANA finance",
    "Salesforce developer": "Salesforce service cloud roll-out",
    "Go developer": "Go microservices for the routing engine",
}
CONTACT_ROLES = ("CTO", "Engineering manager", "Responsable des achats", "DSI", "Head of data", "Chef de projet")
INTERVIEW_NOTES = (
    "Very clear on architecture choices; explained trade-offs well.",
    "Solide en conception, bonne communication avec l'équipe.",
    "Quick to understand the business context; asked the right questions.",
    "Bonne maîtrise technique, un peu moins à l'aise sur le management.",
    "Great live-coding session, tests first.",
    "Expérience pertinente sur un contexte similaire.",
)
CV_LINES = (
    "Développeuse back-end, a mené la migration d'un monolithe vers des services conteneurisés.",
    "Led a payments platform team; Kubernetes, Terraform and on-call in production.",
    "Consultant data : entrepôts de données, tableaux de bord, animation d'ateliers métier.",
    "Designer produit : recherche utilisateur, prototypes, systèmes de design accessibles.",
    "Security engineer: cloud hardening, audits, incident response drills.",
)
MISSION_VIEWS = (
    "A demanding mission, with a team that knew what it wanted.",
    "Mission intéressante, un peu de flou au démarrage sur le périmètre.",
    "Great product team; the release process was slow.",
)
CLIENT_FEEDBACK = (
    "The team liked how concretely they described their last migration; they want them on the design sessions.",
    "Le client a apprécié la clarté des réponses, mais s'interroge sur l'expérience en production.",
    "Convincing on the product side; the CTO wants to check depth on security.",
    "Très bon contact avec l'équipe, le client souhaite avancer rapidement.",
)
# Our own words on a failed interview (kept internal), with the cause they record.
FAILURE_CAUSES = (
    ("Expected more hands-on Kubernetes experience.", FailureCause.HARD_SKILLS),
    ("Rate above the budget for the seniority.", FailureCause.RATE),
    ("Disponibilité trop tardive par rapport au démarrage.", FailureCause.AVAILABILITY),
    ("Less convincing on stakeholder management.", FailureCause.SOFT_SKILLS),
)
REJECTIONS = (
    "Another candidate had more experience in payments.",
    "Le client recherchait un profil plus senior sur l'architecture.",
    "The team preferred someone available immediately.",
)
NOTES = (
    "Autonome, livre en avance, très apprécié par l'équipe produit.",
    "Excellent handover: documentation complete, pairing sessions with the internal team.",
    "Bonne expertise, communication à renforcer sur les estimations.",
    "Would gladly work together again; strong on mentoring juniors.",
    "A mené la migration sans incident en production.",
)
STRENGTHS = ("Architecture", "Mentoring", "Delivery", "Communication", "Rigueur", "Pédagogie", "Testing")
# fmt: on
