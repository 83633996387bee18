"""Fills unfinished French translations from a JSON file {"English source": "French"}, then compiles.

python scripts/fill_translations.py new_strings.json
"""

import json
import re
import subprocess
import sys
from pathlib import Path

ts = Path("resources/i18n/vivier_fr.ts")
mapping = json.loads(Path(sys.argv[1]).read_text())
s = ts.read_text()


def sub(m):
    src = m.group(1)
    key = (
        src.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&apos;", "'")
        .replace("&quot;", '"')
    )
    if key in mapping:
        t = mapping[key].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f"<source>{src}</source>\n        <translation>{t}</translation>"
    return m.group(0)


s = re.sub(r'<source>([^<]*)</source>\n        <translation type="unfinished"></translation>', sub, s, flags=re.S)
ts.write_text(s)
left = re.findall(r'<source>([^<]*)</source>\n        <translation type="unfinished">', s)
print("still unfinished:", left)
subprocess.run(["bash", "scripts/update_translations.sh"], check=True)
