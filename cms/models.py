"""The host site's own models: the pseudonymous user, invitations, and the site's pages."""

import secrets

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import Group, PermissionsMixin
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.db import models
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from cms.adapters import email_address_discard
from cms.fields import EncryptedEmailField, email_digest
from cms.roles import Role
from courses.text import has_direction_control, has_letter_or_digit
from courses.translatable import PAGE_TRANSLATABLE_FIELDS


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, username, password, **extra_fields):
        if not username:
            raise ValueError("A username is required.")
        username = self.model.normalize_username(username)
        user = self.model(username=username, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, username, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(username, password, **extra_fields)

    def create_superuser(self, username, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(username, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in. Pseudonymous by design: nothing here identifies a survivor
    (DOMAIN.md 6.1), so the schema has no real name, birth date, address or ID fields."""

    username = models.CharField(
        _("username"),
        max_length=50,
        unique=True,
        validators=[UnicodeUsernameValidator()],
        help_text=_("A made-up name used to sign in. Letters, digits and @ . + - _ only."),
        error_messages={"unique": _("That username is taken. Please choose another.")},
    )
    display_name = models.CharField(
        _("display name"),
        max_length=60,
        blank=True,
        help_text=_("What others in the programme see. It can be a nickname."),
    )
    preferred_language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("Pages are shown in this language where a translation exists."),
    )
    email = EncryptedEmailField(
        _("email address"),
        blank=True,
        help_text=_("Optional. Used only for password resets and reminders you agree to."),
    )
    # Filled on save from `email` (cms.fields): what `User.objects.filter(email=...)` compares,
    # since the sealed address differs every time it is written (docs/email-privacy.md).
    email_digest = models.CharField(
        # Not translated: no screen shows this field (editable=False).
        "email lookup digest",
        max_length=64,
        blank=True,
        editable=False,
        db_index=True,
    )
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Designates whether the user can log into the Django admin site."),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Unselect this instead of deleting accounts."),
    )
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "username"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        permissions = [
            ("reset_learner_password", "Can set a new password for a learner or mentor"),
        ]

    def __str__(self) -> str:
        return self.name_for_others

    @property
    def name_for_others(self) -> str:
        """How anyone else sees this person, everywhere (DOMAIN.md 6.7): the chosen display
        name, or a neutral "Person no. 12"; never the username or email, which may identify
        them. The one rule: `__str__`, `get_full_name` and `get_short_name` (what Wagtail
        and the plugin apps call through AUTH_USER_MODEL) all return it. A display name that
        shows nothing (invisible characters only) or could reorder the text around it counts
        as none."""
        name = (self.display_name or "").strip()
        if not has_letter_or_digit(name) or has_direction_control(name):
            return _("Person no. %(id)s") % {"id": self.pk}
        return name

    def save(self, *args, **kwargs):
        # The digest follows the address on every save, also a save of `email` alone.
        self.email_digest = email_digest(self.email)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "email" in update_fields:
            kwargs["update_fields"] = {*update_fields, "email_digest"}
        super().save(*args, **kwargs)

    def get_full_name(self) -> str:
        return self.name_for_others

    def get_short_name(self) -> str:
        return self.name_for_others


def generate_invitation_code() -> str:
    # Unambiguous characters only (no 0/O, 1/I/L): codes are read out over the phone.
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


class Invitation(models.Model):
    """A code a coordinator hands out; signing up with it gives a role and joins a cohort."""

    code = models.CharField(
        _("code"),
        max_length=20,
        unique=True,
        default=generate_invitation_code,
        help_text=_("Give this code to the person. Letters are not case-sensitive."),
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=Role.choices,
        default=Role.LEARNER,
        help_text=_("The role a person gets when they sign up with this code."),
    )
    cohort = models.ForeignKey(
        "courses.Cohort",
        verbose_name=_("cohort"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitations",
        help_text=_("The group (collective) people who use this code join. Optional."),
    )
    max_uses = models.PositiveIntegerField(
        _("maximum uses"),
        default=1,
        help_text=_("1 for a personal invitation; more for a whole group."),
    )
    uses = models.PositiveIntegerField(_("times used"), default=0, editable=False)
    expires_at = models.DateTimeField(
        _("expires at"), help_text=_("After this time the code no longer works.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(uses__lte=models.F("max_uses")),
                name="invitation_uses_within_max",
            )
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def group(self) -> Group:
        from cms.roles import group_name

        return Group.objects.get(name=group_name(self.role))

    def is_usable(self, now=None) -> bool:
        now = now or timezone.now()
        return self.uses < self.max_uses and self.expires_at > now


class HomePage(Page):
    """The site's front page: a welcome and the way in."""

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short welcome shown above the sign-in button."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("intro")]
    # One home page per language: each language's tree starts at a translation of it.
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
    """A plain page of text, such as "About quick exit" or "Privacy"."""

    body = RichTextField(
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
        help_text=_("The page's text."),
    )

    content_panels = Page.content_panels + [FieldPanel("body")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("body")]
    subpage_types: list[str] = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


# allauth's own table of addresses would keep them in plain text: no row of it is kept.
post_save.connect(
    email_address_discard, sender="account.EmailAddress", dispatch_uid="cms.email_address_discard"
)

# The safety settings live in their own module (cms/safety); importing them here registers them.
from cms.safety.models import Helpline, SafetySettings  # noqa: E402, F401
