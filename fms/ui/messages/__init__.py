"""Messages to people: the draft from a template (copy, mail, mark sent) and the templates' editor."""
