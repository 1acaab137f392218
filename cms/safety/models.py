"""Site settings for the safety features, editable by coordinators and admins in Settings."""

from django.conf import settings as django_settings
from django.core.validators import (
    MaxValueValidator,
    MinValueValidator,
    RegexValidator,
    URLValidator,
)
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

DEFAULT_NEUTRAL_EXIT_URL = "https://www.google.com/search?q=weather"
DEFAULT_SITE_NAME = "Learning together"
DEFAULT_IDLE_MINUTES = 30

# The programme's numbers (DOMAIN.md 2), given to every site when its settings are first made.
# After that they are site data: editors change or remove them, and nothing puts them back.
# In each language the site offers: the numbers are the same everywhere; names, hours and
# notes are written for each language (by the development team; to be read by a native
# speaker, docs/translations.md).
_HELPLINE_NUMBERS = ["14416", "181", "1098", "112", "1930"]
_HELPLINE_WORDS = {
    "en": [
        ("Tele-MANAS (mental health)", "24 hours, every day", "Free. Talk in your own language."),
        ("Women helpline", "24 hours, every day", "Free. For women facing violence or in danger."),
        ("Childline", "24 hours, every day", "Free. For a child who needs help."),
        ("Emergency", "24 hours, every day", "Police, fire, ambulance."),
        (
            "Cyber-crime helpline",
            "24 hours, every day",
            "Money taken by fraud, for example through UPI.",
        ),
    ],
    "bn": [
        ("টেলি-মানস (মনের স্বাস্থ্য)", "দিনরাত 24 ঘণ্টা, প্রতিদিন", "বিনামূল্যে। নিজের ভাষায় কথা বলুন।"),
        (
            "মহিলা হেল্পলাইন",
            "দিনরাত 24 ঘণ্টা, প্রতিদিন",
            "বিনামূল্যে। নির্যাতন বা বিপদের মুখে থাকা মহিলাদের জন্য।",
        ),
        ("চাইল্ডলাইন", "দিনরাত 24 ঘণ্টা, প্রতিদিন", "বিনামূল্যে। যে শিশুর সাহায্য দরকার, তার জন্য।"),
        ("জরুরি নম্বর", "দিনরাত 24 ঘণ্টা, প্রতিদিন", "পুলিশ, দমকল, অ্যাম্বুলেন্স।"),
        (
            "সাইবার-অপরাধ হেল্পলাইন",
            "দিনরাত 24 ঘণ্টা, প্রতিদিন",
            "প্রতারণা করে টাকা নিয়ে নিলে, যেমন UPI দিয়ে।",
        ),
    ],
    "hi": [
        ("टेली-मानस (मन की सेहत)", "24 घंटे, हर दिन", "मुफ़्त। अपनी भाषा में बात करें।"),
        ("महिला हेल्पलाइन", "24 घंटे, हर दिन", "मुफ़्त। हिंसा या खतरे का सामना कर रही महिलाओं के लिए।"),
        ("चाइल्डलाइन", "24 घंटे, हर दिन", "मुफ़्त। जिस बच्चे को मदद चाहिए, उसके लिए।"),
        ("आपातकालीन नंबर", "24 घंटे, हर दिन", "पुलिस, दमकल, एम्बुलेंस।"),
        ("साइबर अपराध हेल्पलाइन", "24 घंटे, हर दिन", "धोखे से पैसे ले लिए गए हों, जैसे UPI से।"),
    ],
    "te": [
        ("టెలి-మానస్ (మానసిక ఆరోగ్యం)", "24 గంటలు, ప్రతి రోజు", "ఉచితం. మీ భాషలోనే మాట్లాడండి."),
        (
            "మహిళా హెల్ప్‌లైన్",
            "24 గంటలు, ప్రతి రోజు",
            "ఉచితం. హింస లేదా ప్రమాదం ఎదుర్కొంటున్న మహిళల కోసం.",
        ),
        ("చైల్డ్‌లైన్", "24 గంటలు, ప్రతి రోజు", "ఉచితం. సహాయం కావాల్సిన పిల్లల కోసం."),
        ("అత్యవసర నంబర్", "24 గంటలు, ప్రతి రోజు", "పోలీసు, అగ్నిమాపక, అంబులెన్స్."),
        ("సైబర్ నేరాల హెల్ప్‌లైన్", "24 గంటలు, ప్రతి రోజు", "మోసంతో డబ్బు తీసుకుంటే, ఉదాహరణకు UPI ద్వారా."),
    ],
}
DEFAULT_HELPLINES_BY_LANGUAGE = {
    language: [
        {"name": name, "number": number, "hours": hours, "note": note, "language": language}
        for number, (name, hours, note) in zip(_HELPLINE_NUMBERS, words, strict=True)
    ]
    for language, words in _HELPLINE_WORDS.items()
}
DEFAULT_HELPLINES = DEFAULT_HELPLINES_BY_LANGUAGE["en"]

http_url_validator = URLValidator(schemes=["http", "https"])


@register_setting(icon="warning")
class SafetySettings(ClusterableModel, BaseSiteSetting):
    """One site's safety settings: where quick exit goes, the neutral name, helplines and the
    idle time before a signed-in session ends."""

    neutral_exit_url = models.URLField(
        _("quick exit address"),
        max_length=500,
        default=DEFAULT_NEUTRAL_EXIT_URL,
        validators=[http_url_validator],
        help_text=_(
            "Where quick exit sends people: an ordinary public site that raises no questions, "
            "such as a weather or news page. Must start with http:// or https://."
        ),
    )
    site_name = models.CharField(
        _("site name"),
        max_length=60,
        default=DEFAULT_SITE_NAME,
        help_text=_(
            "Shown in the header and when the site is added to a phone's home screen. "
            "Choose a plain name that says nothing about trafficking or support."
        ),
    )
    site_title = models.CharField(
        _("browser tab title"),
        max_length=60,
        default=DEFAULT_SITE_NAME,
        help_text=_(
            "Shown in the browser tab and in the browser's history. Keep it neutral, "
            'for example "Notes" or "Learning together".'
        ),
    )
    tab_title_only = models.BooleanField(
        _("show only this title in the browser tab"),
        default=False,
        help_text=_(
            "Page names, such as a lesson's title, then never appear in the browser tab or its "
            "history. Each page's heading still says where you are."
        ),
    )
    idle_minutes = models.PositiveSmallIntegerField(
        _("sign out after idle minutes"),
        default=DEFAULT_IDLE_MINUTES,
        validators=[MinValueValidator(5), MaxValueValidator(720)],
        help_text=_(
            "A signed-in person who does nothing for this many minutes is signed out, so a "
            "shared phone does not stay signed in. They are warned two minutes before and can "
            "stay signed in with one tap. Between 5 and 720."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("neutral_exit_url"),
                FieldPanel("site_name"),
                FieldPanel("site_title"),
                FieldPanel("tab_title_only"),
            ],
            heading=_("Quick exit and neutral name"),
        ),
        InlinePanel("helplines", heading=_("Helplines"), label=_("Helpline")),
        FieldPanel("idle_minutes"),
    ]

    class Meta:
        verbose_name = _("safety")

    @classmethod
    def for_site(cls, site):
        """The site's settings, made with the default helplines the first time they are read."""
        from cms.safety.services import safety_settings_for_site

        return safety_settings_for_site(site=site)


class Helpline(Orderable):
    """A helpline listed on "Get help now", in the order editors choose."""

    settings = ParentalKey(SafetySettings, on_delete=models.CASCADE, related_name="helplines")
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=django_settings.LANGUAGES,
        default="en",
        help_text=_(
            "The language its name, hours and note are written in. “Get help now” lists the "
            "helplines in the reader's language, or the English ones when that language has "
            "none."
        ),
    )
    name = models.CharField(
        _("name"), max_length=80, help_text=_('What the line is, e.g. "Women helpline".')
    )
    number = models.CharField(
        _("number"),
        max_length=20,
        validators=[
            RegexValidator(
                r"^\+?[0-9][0-9 -]*$",
                _("Use digits, spaces and dashes, e.g. 181 or 1800-599-0019."),
            )
        ],
        help_text=_("The number to dial, e.g. 181."),
    )
    hours = models.CharField(
        _("hours"), max_length=80, blank=True, help_text=_('When it answers, e.g. "24 hours".')
    )
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("One short sentence: who it is for, whether it is free."),
    )

    panels = [
        FieldPanel("language"),
        FieldPanel("name"),
        FieldPanel("number"),
        FieldPanel("hours"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("helpline")

    def __str__(self) -> str:
        return f"{self.name} ({self.number})"

    @property
    def tel(self) -> str:
        """The number as a tel: link target (digits and a leading + only)."""
        return "".join(ch for ch in self.number if ch.isdigit() or ch == "+")


from cms.safety import receivers  # noqa: E402, F401  (connects the signal handlers)
