"""The keys the site signs Open Badges credentials with. Generated and kept by the site; the
private half is stored encrypted with a key derived from SECRET_KEY (see
`certifications.openbadges.keys`). A rotated key is retired, never deleted: credentials it
signed must still verify, so every key's public half stays published in /.well-known/jwks.json.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SigningKey(models.Model):
    class Algorithm(models.TextChoices):
        # 1EdTech's validator accepts these two for VC-JWT, not EdDSA (DOMAIN.md 4).
        ES256 = "ES256", "ES256 (P-256)"
        RS256 = "RS256", "RS256 (RSA 2048)"

    kid = models.CharField(_("key id"), max_length=64, unique=True)
    algorithm = models.CharField(
        _("algorithm"), max_length=5, choices=Algorithm.choices, default=Algorithm.ES256
    )
    private_key_encrypted = models.TextField(editable=False)
    public_jwk = models.JSONField(editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    retired_at = models.DateTimeField(
        _("retired"), null=True, blank=True, help_text=_("No longer signs; still verifies.")
    )

    class Meta:
        verbose_name = _("signing key")
        ordering = ["-created_at", "-id"]
        constraints = [
            # At most one current key per algorithm; the newest current key signs.
            models.UniqueConstraint(
                fields=["algorithm"],
                condition=models.Q(retired_at__isnull=True),
                name="signing_key_one_current",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kid} ({self.algorithm})"
