"""LinkedIn profile addresses as people paste them: one rule for comparing and storing them."""

from __future__ import annotations

import re

_PROFILE = re.compile(r"linkedin\.com/in/([^/?#\s]+)", re.IGNORECASE)
# A whole profile address: its scheme, an optional country or www subdomain, /in/<name>, optional tail.
_WHOLE_PROFILE = re.compile(r"https?://([a-z]{2,3}\.)?linkedin\.com/in/[^/?#\s]+/?([?#]\S*)?", re.IGNORECASE)


def normalised_linkedin(url: str) -> str:
    """'HTTP://FR.LinkedIn.com/in/Claire-M/?trk=x' -> 'claire-m' (what tells two profiles apart); '' if none."""
    match = _PROFILE.search(url)
    return match.group(1).lower() if match else ""


def canonical_linkedin(url: str) -> str:
    """'HTTP://FR.LinkedIn.com/in/Claire-M/' -> 'https://www.linkedin.com/in/claire-m'; '' if not a profile."""
    name = normalised_linkedin(url)
    return f"https://www.linkedin.com/in/{name}" if name else ""


def is_linkedin_profile(url: str) -> bool:
    """'https://fr.linkedin.com/in/claire-m/' yes; 'https://example.com/in/x', 'linkedin.com/company/x' no."""
    return _WHOLE_PROFILE.fullmatch(url.strip()) is not None
