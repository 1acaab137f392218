"""The xAPI 1.0.3 record store: statements, their attachments, activity state documents,
canonical activity definitions, agent and activity profile documents, and the credentials
external activity providers sign in with.

A statement is immutable once stored: the full JSON (after the server's additions) is kept as
received, and a few columns are copied out of it so that the query filters of the Statement
Resource are index lookups instead of JSON scans. Only `voided` and `forwarded_at` ever change.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Indexed columns hold IRIs; 2048 characters is far beyond any IRI seen in practice and still
# fits a PostgreSQL B-tree entry. Validation refuses longer ones with a clear message.
IRI_MAX_LENGTH = 2048


class XAPIStatement(models.Model):
    """One stored xAPI statement: its JSON as returned to clients, plus filter columns."""

    statement_id = models.UUIDField(unique=True, editable=False)
    # The learner the statement is about, when its actor is one of our users; reads by a
    # signed-in learner filter on this column, and deleting the user deletes their record.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="xapi_statements",
    )
    # Tokens (hashes of an agent's inverse functional identifier, see `validation.agent_key`)
    # rather than the identifiers themselves: fixed length, and no e-mail address in an index.
    actor_key = models.CharField(max_length=32, blank=True)
    object_agent_key = models.CharField(max_length=32, blank=True)
    # Space-separated tokens, each wrapped in spaces, for the filters the specification widens
    # to group members (`agent`), or to every agent and activity mentioned (`related_agents`,
    # `related_activities`). They are read with LIKE, so only on those rarer queries.
    member_keys = models.TextField(blank=True)
    related_agent_keys = models.TextField(blank=True)
    related_activity_keys = models.TextField(blank=True)
    verb_id = models.CharField(max_length=IRI_MAX_LENGTH)
    activity_id = models.CharField(max_length=IRI_MAX_LENGTH, blank=True)
    # The statement this one points at, when its object is a StatementRef (voiding and the
    # specification's "statements targeting statements" filter rule).
    ref_statement_id = models.UUIDField(null=True, blank=True)
    registration = models.UUIDField(null=True, blank=True)
    timestamp = models.DateTimeField()
    stored = models.DateTimeField()
    voided = models.BooleanField(default=False)
    forwarded_at = models.DateTimeField(null=True, blank=True)
    data = models.JSONField()

    class Meta:
        verbose_name = _("xAPI statement")
        indexes = [
            models.Index(fields=["stored", "id"], name="xapi_stmt_stored"),
            models.Index(fields=["user", "stored"], name="xapi_stmt_user_stored"),
            models.Index(fields=["actor_key", "stored"], name="xapi_stmt_actor"),
            models.Index(fields=["object_agent_key"], name="xapi_stmt_object_agent"),
            models.Index(fields=["verb_id"], name="xapi_stmt_verb"),
            models.Index(fields=["activity_id"], name="xapi_stmt_activity"),
            models.Index(fields=["registration"], name="xapi_stmt_registration"),
            models.Index(fields=["ref_statement_id"], name="xapi_stmt_ref"),
            # The forwarding sweep looks only at the few rows not yet forwarded.
            models.Index(
                fields=["stored"],
                condition=models.Q(forwarded_at__isnull=True),
                name="xapi_stmt_unforwarded",
            ),
        ]

    def __str__(self) -> str:
        return str(self.statement_id)


class XAPIAttachment(models.Model):
    """The raw data of one attachment of a statement, sent as a part of a multipart request."""

    statement = models.ForeignKey(
        XAPIStatement, on_delete=models.CASCADE, related_name="attachment_files"
    )
    sha2 = models.CharField(max_length=128)
    content_type = models.CharField(max_length=255)
    content = models.BinaryField()

    class Meta:
        verbose_name = _("xAPI attachment")
        constraints = [
            models.UniqueConstraint(fields=["statement", "sha2"], name="xapi_attachment_unique")
        ]

    def __str__(self) -> str:
        return f"{self.statement_id}: {self.sha2[:12]}"


class XAPIStateDocument(models.Model):
    """One state document: what an activity saved for an agent (and registration) under an id,
    for example where a learner left an H5P activity."""

    # Hashes of (activity, agent, registration[, state id]): fixed-length keys for the unique
    # constraint and the "all documents of this context" queries, whatever the IRIs' length.
    key_hash = models.CharField(max_length=64, unique=True)
    scope_hash = models.CharField(max_length=64, db_index=True)
    activity_id = models.CharField(max_length=IRI_MAX_LENGTH)
    agent = models.JSONField()
    registration = models.UUIDField(null=True, blank=True)
    state_id = models.TextField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="xapi_state_documents",
    )
    content = models.BinaryField()
    content_type = models.CharField(max_length=255)
    etag = models.CharField(max_length=42)
    updated = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("xAPI state document")

    def __str__(self) -> str:
        return f"{self.activity_id} / {self.state_id}"


class XAPIActivity(models.Model):
    """The record store's canonical definition of one activity, as the Activities Resource
    returns it: merged from the definitions statements carry (newest wins per property and per
    language; `courses.xapi.activities`). Only activities some statement described are here."""

    # A hash of the IRI: a fixed-length unique key whatever the IRI's length.
    iri_hash = models.CharField(max_length=64, unique=True)
    activity_id = models.CharField(max_length=IRI_MAX_LENGTH)
    definition = models.JSONField(default=dict)
    updated = models.DateTimeField()

    class Meta:
        verbose_name = _("xAPI activity")

    def __str__(self) -> str:
        return self.activity_id


class XAPIProfileDocument(models.Model):
    """One document of the Agent Profile or the Activity Profile Resource: what a provider
    keeps about an agent, or about an activity for everyone, under a profile id."""

    class Kind(models.TextChoices):
        AGENT = "agent", _("Agent profile")
        ACTIVITY = "activity", _("Activity profile")

    kind = models.CharField(max_length=8, choices=Kind.choices)
    # Hashes of (kind, activity or agent[, profile id]), as for state documents.
    key_hash = models.CharField(max_length=64, unique=True)
    scope_hash = models.CharField(max_length=64, db_index=True)
    activity_id = models.CharField(max_length=IRI_MAX_LENGTH, blank=True)
    agent = models.JSONField(null=True, blank=True)
    profile_id = models.TextField()
    # The learner an agent profile is about, when the agent is one of our users: it goes with
    # their account and shows in their data.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="xapi_profile_documents",
    )
    content = models.BinaryField()
    content_type = models.CharField(max_length=255)
    etag = models.CharField(max_length=42)
    updated = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("xAPI profile document")

    def __str__(self) -> str:
        return f"{self.kind}: {self.profile_id}"


class XAPICredential(models.Model):
    """A key and secret an external activity provider uses (HTTP Basic) to write and read
    statements. The secret is stored hashed, like a password, and shown once on creation.

    It belongs to whoever made it and reaches only the learners of its scope, decided again
    on every request (docs/xapi.md, "Credentials: scope and access")."""

    class Scope(models.TextChoices):
        COLLECTIVES = "collectives", _("The creator's collectives")
        SITE = "site", _("Whole site")

    class Access(models.TextChoices):
        READ = "read", _("Read only")
        READ_WRITE = "read_write", _("Read and write")

    name = models.CharField(
        _("name"), max_length=100, help_text=_("Who uses it, e.g. “Partner quiz tool”.")
    )
    key = models.CharField(_("key"), max_length=64, unique=True, editable=False)
    secret_hash = models.CharField(max_length=128, editable=False)
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to stop this credential working at once.")
    )
    scope = models.CharField(
        _("scope"),
        max_length=12,
        choices=Scope.choices,
        default=Scope.COLLECTIVES,
        help_text=_(
            "Whose records it reaches: the learners of the collectives its creator coordinates "
            "(checked on every request), or everyone (admins only)."
        ),
    )
    access = models.CharField(
        _("access"),
        max_length=10,
        choices=Access.choices,
        default=Access.READ,
        help_text=_("Read only, or also send statements and keep state for those learners."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("xAPI credential")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def may_write(self) -> bool:
        return self.access == self.Access.READ_WRITE
