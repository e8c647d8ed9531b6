-- Each node's chain witness (ChainWitness) asks whether the database holds an entry with a given hash
-- when it compares its copy of the chain with the database's, a few times per comparison.
CREATE INDEX audit_entry_hash ON audit_entry (entry_hash);
