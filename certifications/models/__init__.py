"""Models of the certifications app, one module per concern:

- programmes: programmes and what they require (checklists, CPD minimums), PDF templates
- records: practice, supervision and CPD entries; checklist sign-offs
- certificates: certificates, their event history, expiry reminders
- keys: the keys credentials are signed with
- issuer: the issuing organisation (a site setting)
"""

from certifications.models.certificates import (
    CODE_ALPHABET,
    CODE_LENGTH,
    Certificate,
    CertificateEvent,
    CertificateReminder,
    certificate_code_generate,
    certificate_code_normalise,
)
from certifications.models.issuer import CertificateIssuerSettings
from certifications.models.keys import SigningKey
from certifications.models.programmes import (
    CertificateTemplate,
    CertificateTemplateTranslation,
    CertificationProgramme,
    CPDCategory,
    ProgrammeCPDRequirement,
    ProgrammeTitleTranslation,
    SignOffChecklist,
)
from certifications.models.records import ChecklistSignOff, PracticeEntry, ReviewStatus

__all__ = [
    "CODE_ALPHABET",
    "CODE_LENGTH",
    "CPDCategory",
    "Certificate",
    "CertificateEvent",
    "CertificateIssuerSettings",
    "CertificateReminder",
    "CertificateTemplate",
    "CertificateTemplateTranslation",
    "CertificationProgramme",
    "ChecklistSignOff",
    "PracticeEntry",
    "ProgrammeCPDRequirement",
    "ProgrammeTitleTranslation",
    "ReviewStatus",
    "SignOffChecklist",
    "SigningKey",
    "certificate_code_generate",
    "certificate_code_normalise",
]
