"""Reading the audit log, and checking that nobody has changed it."""

from dataclasses import dataclass

from .models import CHAIN_HEAD_PK, GENESIS_HASH, AuditChainHead, AuditEntry, pk_label


@dataclass(frozen=True)
class ChainReport:
    """The outcome of `verify_chain`: `first_bad_sequence` and `reason` say where and why the
    chain first breaks (None and "" when it is whole); `last_hash` is the hash the chain ends
    with, worth noting somewhere outside the database."""

    ok: bool
    entries_checked: int
    first_bad_sequence: int | None
    reason: str
    last_hash: str = GENESIS_HASH


def _entry_problem(entry: AuditEntry, expected_sequence: int, prev_hash: str) -> str:
    """Why `entry` does not belong where it is in the chain, or ""."""
    if entry.sequence != expected_sequence:
        return (
            f"entry {expected_sequence} is missing: the entry after "
            f"{expected_sequence - 1} is {entry.sequence}"
        )
    if entry.prev_hash != prev_hash:
        return (
            f"entry {entry.sequence} does not follow entry {expected_sequence - 1}: its "
            "previous hash differs (an entry was changed, removed or moved)"
        )
    if entry.hash != entry.compute_hash():
        return f"entry {entry.sequence} was changed: its hash does not match its contents"
    for role in ("actor", "subject"):
        pk = getattr(entry, f"{role}_id")
        if pk is not None and getattr(entry, f"{role}_label") != pk_label(pk):
            return f"entry {entry.sequence} was changed: its {role} does not match its label"
    return ""


def verify_chain() -> ChainReport:
    """Walk the whole log in sequence order and check every link, then the chain head.

    Finds an edited field (the hash no longer matches), a deleted entry (a gap in the
    sequence), a reordering (the hashes no longer follow), and entries cut off the end (the
    head remembers the last one). Side effects: none; reads in chunks of 2,000.
    """
    expected_sequence = 1
    prev_hash = GENESIS_HASH
    checked = 0
    for entry in AuditEntry.objects.order_by("sequence").iterator(chunk_size=2000):
        problem = _entry_problem(entry, expected_sequence, prev_hash)
        if problem:
            bad = min(expected_sequence, entry.sequence)
            return ChainReport(False, checked, bad, problem, prev_hash)
        checked += 1
        expected_sequence += 1
        prev_hash = entry.hash

    head = AuditChainHead.objects.filter(pk=CHAIN_HEAD_PK).first()
    last_sequence = expected_sequence - 1
    if head is None:
        if checked:
            reason = "the chain head is missing, so the end of the log cannot be checked"
            return ChainReport(False, checked, last_sequence, reason, prev_hash)
    elif head.last_sequence != last_sequence or head.last_hash != prev_hash:
        if head.last_sequence > last_sequence:
            reason = (
                f"entries {last_sequence + 1} to {head.last_sequence} are missing from the end "
                "of the log"
            )
            return ChainReport(False, checked, last_sequence + 1, reason, prev_hash)
        reason = (
            f"the chain head (entry {head.last_sequence}) does not match the last entry "
            f"({last_sequence})"
        )
        return ChainReport(False, checked, last_sequence, reason, prev_hash)
    return ChainReport(True, checked, None, "", prev_hash)
