# Replaces pyinstaller-hooks-contrib's hook, which bundles every phonenumbers module: Vivier parses and
# formats numbers only, so the geocoder, carrier and time-zone tables (about 40 MB) stay out.
from PyInstaller.utils.hooks import collect_submodules

UNUSED = (
    "phonenumbers.geodata",
    "phonenumbers.carrierdata",
    "phonenumbers.tzdata",
    "phonenumbers.geocoder",
    "phonenumbers.carrier",
    "phonenumbers.timezone",
    "phonenumbers.prefix",
)
hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(UNUSED))
excludedimports = list(UNUSED)
