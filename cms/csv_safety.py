"""CSV cells that spreadsheet programs read as text, never as formulas (CSV injection): one rule
for every export (certificates, course analytics)."""

# A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_cell_neutralise(value: str) -> str:
    """`value` with a leading apostrophe if a spreadsheet would run it as a formula."""
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value
