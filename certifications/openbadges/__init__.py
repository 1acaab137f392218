"""Open Badges 3.0 credentials for certificates (DOMAIN.md 4, docs/open-badges.md).

- keys: the site's signing keys (generated, stored encrypted, rotated) and the public JWKS
- credential: the OpenBadgeCredential of a certificate, as a dict
- signing: the credential signed as a VC-JWT, and checking one against our keys
- statuslist: the Bitstring Status List credentials that carry revocation
- views: the public URLs verifiers fetch (JWKS, issuer, achievements, status lists)
"""
