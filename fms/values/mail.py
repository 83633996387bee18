"""A `mailto:` address (RFC 6068) that opens a message ready to send in the user's mail client."""

from __future__ import annotations

from urllib.parse import quote


def mailto_url(to: str, subject: str, body: str) -> str:
    """Subject and body percent-encoded (spaces as %20, not +), line breaks as CRLF as the RFC asks."""
    crlf_body = "\r\n".join(body.replace("\r\n", "\n").split("\n"))
    return f"mailto:{quote(to.strip(), safe='@')}?subject={quote(subject, safe='')}&body={quote(crlf_body, safe='')}"
