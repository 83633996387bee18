"""Pure parsers and formatters of what people type: money, skills, the text of files. No database."""
