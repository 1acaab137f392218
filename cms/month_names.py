"""Month names in the project's own catalogue, so every date the site and the certificate PDFs
print is spelt right.

Django's Hindi catalogue misspells three months in the form dates use ("सितमबर", "नवमबर" and
"दिसमबर" for सितंबर, नवंबर and दिसंबर: "दिसमबर" was printed on certificates), leaves most short
forms in English, and its Telugu catalogue spells April "ఎప్రిల్". Our catalogue comes first
(LOCALE_PATHS), so marking Django's own month strings here, with Django's contexts, lets
`make messages` keep them and our translations win. Nothing imports this module at run time.
"""

from django.utils.translation import gettext_noop, pgettext_lazy

# django.utils.dates.MONTHS: the "F" and "DATE_FORMAT" form ("7 दिसंबर 2026").
MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
# django.utils.dates.MONTHS_ALT: the "E" form, used where a month stands alone.
MONTHS_ALT = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
# django.utils.dates.MONTHS_AP: the "N" form (Associated Press abbreviations).
MONTHS_AP = [
    pgettext_lazy("abbrev. month", "Jan."),
    pgettext_lazy("abbrev. month", "Feb."),
    pgettext_lazy("abbrev. month", "March"),
    pgettext_lazy("abbrev. month", "April"),
    pgettext_lazy("abbrev. month", "May"),
    pgettext_lazy("abbrev. month", "June"),
    pgettext_lazy("abbrev. month", "July"),
    pgettext_lazy("abbrev. month", "Aug."),
    pgettext_lazy("abbrev. month", "Sept."),
    pgettext_lazy("abbrev. month", "Oct."),
    pgettext_lazy("abbrev. month", "Nov."),
    pgettext_lazy("abbrev. month", "Dec."),
]
