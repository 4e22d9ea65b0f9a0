# Replaces the contributed hook (which lists every submodule): the client parses, validates and formats
# numbers, so the region metadata is needed (loaded by name at run time) and the 40 MB of geocoding,
# carrier and time-zone data are not (they are excluded in inspector_desk.spec as well).
from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata")

hiddenimports = collect_submodules(
    "phonenumbers", filter=lambda name: not name.startswith(UNUSED) and "test" not in name
)
