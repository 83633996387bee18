"""Skills as people type them: 'Python 4, SQL' and back (no database needed)."""

from __future__ import annotations

DEFAULT_LEVEL = 3


def parse_skill_list(text: str) -> tuple[tuple[str, int], ...]:
    """'Python 4, SQL, Kubernetes 5' -> (('Python', 4), ('SQL', 3), ('Kubernetes', 5)).

    Raises ValueError naming the item whose level is not between 1 and 5.
    """
    skills: list[tuple[str, int]] = []
    for item in text.split(","):
        words = item.split()
        if not words:
            continue
        level = DEFAULT_LEVEL
        if len(words) > 1 and words[-1].isdigit():
            level = int(words.pop())
            if not 1 <= level <= 5:
                raise ValueError(item.strip())
        skills.append((" ".join(words), level))
    return tuple(skills)


def format_skill_list(skills: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{name} {level}" for name, level in skills)
