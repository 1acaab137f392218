"""A person's rights over their own data (DOMAIN.md 6.5): see it, download it, correct it and
delete the account. See docs/my-data.md."""
