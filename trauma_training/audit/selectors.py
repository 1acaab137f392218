"""Reading the audit log, and checking that nobody has changed it."""

from dataclasses import dataclass

from .models import (
    CHAIN_HEAD_PK,
    GENESIS_HASH,
    AuditAction,
    AuditChainHead,
    AuditEntry,
    pk_label,
)


@dataclass(frozen=True)
class ChainReport:
    """The outcome of `verify_chain`: `first_bad_sequence` and `reason` say where and why the
    chain first breaks (None and "" when it is whole); `last_hash` is the hash the chain ends
    with, worth noting somewhere outside the database; `first_sequence` is the oldest entry
    kept (above 1 once the retention purge has removed older ones)."""

    ok: bool
    entries_checked: int
    first_bad_sequence: int | None
    reason: str
    last_hash: str = GENESIS_HASH
    first_sequence: int = 1


def _entry_problem(entry: AuditEntry, expected_sequence: int, prev_hash: str) -> str:
    """Why `entry` does not belong where it is in the chain, or ""."""
    if entry.sequence < expected_sequence:
        return (
            f"entry {entry.sequence} is before the start of the log ({expected_sequence}), "
            "which the last purge recorded"
        )
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


def _purge_problem(head: AuditChainHead, last_purge: AuditEntry | None) -> str:
    """Why the recorded start of the log is not explained by the latest purge entry, or ""."""
    if head.first_sequence == 1 and head.first_prev_hash == GENESIS_HASH:
        return ""
    detail = last_purge.detail if last_purge is not None else {}
    if (detail.get("first_kept"), detail.get("anchor_hash")) != (
        head.first_sequence,
        head.first_prev_hash,
    ):
        return (
            f"the log starts at entry {head.first_sequence}, but no purge entry records "
            "cutting it there (entries were removed from the start)"
        )
    return ""


def verify_chain() -> ChainReport:
    """Walk the log in sequence order from where it starts and check every link, then the
    chain head.

    The log starts at entry 1 with 64 zeros as the previous hash, or, once the retention
    purge has deleted the oldest entries, at the chain head's `first_sequence`, following
    `first_prev_hash` (the last purged entry's hash); the latest `log_purged` entry must
    record that same cut. Finds an edited field (the hash no longer matches), a deleted entry
    (a gap in the sequence), a reordering (the hashes no longer follow), entries cut off the
    end (the head remembers the last one), and entries removed from the start other than by
    the purge. Side effects: none; reads in chunks of 2,000.
    """
    head = AuditChainHead.objects.filter(pk=CHAIN_HEAD_PK).first()
    first_sequence = head.first_sequence if head is not None else 1
    expected_sequence = first_sequence
    prev_hash = head.first_prev_hash if head is not None else GENESIS_HASH
    checked = 0
    last_purge = None
    for entry in AuditEntry.objects.order_by("sequence").iterator(chunk_size=2000):
        problem = _entry_problem(entry, expected_sequence, prev_hash)
        if problem:
            bad = min(expected_sequence, entry.sequence)
            return ChainReport(False, checked, bad, problem, prev_hash, first_sequence)
        if entry.action == AuditAction.LOG_PURGED:
            last_purge = entry
        checked += 1
        expected_sequence += 1
        prev_hash = entry.hash

    # The head is read again: an append may have moved it while the log was read.
    head = AuditChainHead.objects.filter(pk=CHAIN_HEAD_PK).first()
    last_sequence = expected_sequence - 1
    if head is None:
        if checked:
            reason = "the chain head is missing, so the end of the log cannot be checked"
            return ChainReport(False, checked, last_sequence, reason, prev_hash, first_sequence)
        return ChainReport(True, checked, None, "", prev_hash, first_sequence)
    if head.last_sequence != last_sequence or head.last_hash != prev_hash:
        if head.last_sequence > last_sequence:
            reason = (
                f"entries {last_sequence + 1} to {head.last_sequence} are missing from the end "
                "of the log"
            )
            return ChainReport(False, checked, last_sequence + 1, reason, prev_hash, first_sequence)
        reason = (
            f"the chain head (entry {head.last_sequence}) does not match the last entry "
            f"({last_sequence})"
        )
        return ChainReport(False, checked, last_sequence, reason, prev_hash, first_sequence)
    purge_problem = _purge_problem(head, last_purge)
    if purge_problem:
        return ChainReport(
            False, checked, head.first_sequence, purge_problem, prev_hash, first_sequence
        )
    return ChainReport(True, checked, None, "", prev_hash, first_sequence)
