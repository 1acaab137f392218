"""Safety and dignity in every screen (DOMAIN.md 5): quick exit, "Get help now", take a break,
session-timeout warning, "log me out when I close", and the neutral site name. docs/safety.md."""
