package org.pilotgate.governance;

/**
 * An audit chain entry as a node's witness keeps it: enough to name the pilot and the step (the payload
 * stays in the database), and the hashes that tie it to its place in the chain.
 */
public record WitnessedEntry(long sequence, String reference, AuditChain.Kind kind, String actor, String recordedAt,
    String previousHash, String hash) {

  static WitnessedEntry of(AuditChain.Entry entry) {
    return new WitnessedEntry(entry.sequence(), entry.pilotReference(), entry.kind(), entry.actor(),
        entry.recordedAt(), entry.previousHash(), entry.hash());
  }
}
