"""Words a learner never reads from us, in every language (DOMAIN.md 5.7: feedback never says
fail or wrong). One list, read by the curriculum checker and the wording tests."""

from __future__ import annotations

# Chosen with care: the plain words for "wrong", "mistake" and "failed" in each language. They
# are matched inside longer words too (Bengali "মুছে ফেলা", delete, contains "ফেল": write
# "মুছে দেওয়া"). Other meanings of these stems are rare in our text; a hit is read by a person,
# never auto-fixed.
BANNED_STEMS_BY_LANGUAGE = {
    "hi": ["गलत", "ग़लत", "असफल", "विफल", "फेल", "फ़ेल", "नाकाम"],
    "bn": ["ভুল", "ব্যর্থ", "অকৃতকার্য", "ফেল"],
    "te": ["తప్పు", "విఫల", "ఫెయిల్", "ఓడిపోయ"],
}


def banned_stem_in(text: str, language: str) -> str | None:
    """The first banned stem of `language` found in `text`, or None."""
    for stem in BANNED_STEMS_BY_LANGUAGE.get(language, []):
        if stem in text:
            return stem
    return None
