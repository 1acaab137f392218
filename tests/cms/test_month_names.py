"""Every month is spelt right in Bengali, Hindi and Telugu, on pages and on certificates
(issue 12: Django's Hindi catalogue prints "दिसमबर")."""

from datetime import date, datetime

import pytest
from django.utils import dateformat, formats, timezone, translation

EXPECTED = {
    "hi": [
        "जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून",
        "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर",
    ],
    "bn": [
        "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন",
        "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
    ],
    "te": [
        "జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్",
        "జూలై", "ఆగస్టు", "సెప్టెంబర్", "అక్టోబర్", "నవంబర్", "డిసెంబర్",
    ],
}  # fmt: skip
CASES = [(language, month) for language in EXPECTED for month in range(1, 13)]


@pytest.mark.parametrize(("language", "month"), CASES, ids=lambda value: str(value))
def test_month_names_in_every_form_dates_print(language, month):
    day = date(2026, month, 7)
    expected = EXPECTED[language][month - 1]

    with translation.override(language):
        full = dateformat.format(day, "F")
        standalone = dateformat.format(day, "E")
        short = dateformat.format(day, "N")
        date_format = formats.date_format(day, "DATE_FORMAT")

    assert (full, standalone, short) == (expected, expected, expected)
    assert expected in date_format


def test_hindi_certificate_dates_spell_december():
    from certifications.pdf import _date_format

    with translation.override("hi"):
        printed = _date_format(timezone.make_aware(datetime(2026, 12, 7, 12, 0)))

    assert printed == "7 दिसंबर 2026"
    assert "दिसमबर" not in printed
