"""How long a text and how large a number may be, declared once.

The services refuse what is out of bounds (every write path goes through them, a widget's
limit is only a courtesy) and the widgets take the same numbers as their `maxLength`, so a
field never accepts what the save would refuse. Lengths are in characters, as Python counts them.
"""

from __future__ import annotations

from datetime import date

# Names and one-line texts.
PERSON_NAME = 100  # a freelancer's first or last name
NAME = 200  # a client, a mission's title, a portage company
LIST_NAME = 120  # a saved list of freelancers
SKILL_NAME = 80  # one skill tag
HEADLINE = 200
EMAIL = 254  # RFC 5321's longest path
PHONE = 40
URL = 300
LOCATION = 120
SECTOR = 120
ROLE = 120  # a contact's role, a role in a letter, an evaluator's name
ADDRESS = 500
SHORT_TEXT = 500  # a reason, a follow-up's purpose, a comment on one line
SKILLS_TEXT = 1_000  # "Python 4, SQL 3, …" as typed
CHECKLIST_ITEM = 300
CHECKLIST_ITEMS = 30
SETTING_TEXT = 1_000  # a letterhead line, an image's path
# Free texts: a few pages, not a book pasted by mistake.
LONG_TEXT = 20_000

RATE_TEXT = 20  # an amount as typed: "100 000,00 €" with room to spare

# Amounts: a daily rate (or budget) in cents, from 0 to 100,000 € (SQLite's integers end near 9.2e18).
MAX_DAILY_RATE_CENTS = 100_000 * 100
# The largest value of an INTEGER column on every engine (PostgreSQL's is 32 bits; SQLite's 64): a
# filter compared with such a column beyond it would not even bind on PostgreSQL.
LARGEST_INTEGER = 2**31 - 1

# Scores and ratings.
MIN_SCORE = 1
MAX_SCORE = 5

# Dates people type: anything outside is a slip of the keyboard (or the year 20266).
FIRST_DATE = date(1970, 1, 1)
LAST_DATE = date(2099, 12, 31)
