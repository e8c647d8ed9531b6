-- The facts PilotGate's promises rest on, one row per pilot, written by PilotGate's own steps at the
-- moment they are established: who proposed it and under which reference, when its trial was planned
-- (the registration froze), the evaluation's recommendation, and an operator's withdrawal before the
-- trial. Decisions read these, never the process variables that mirror them for forms.
CREATE TABLE pilot_record (
  process_instance_id      VARCHAR(64)               NOT NULL PRIMARY KEY,
  reference                VARCHAR(40)               NOT NULL UNIQUE,
  proposer                 VARCHAR(200)              NOT NULL,
  proposed_at              TIMESTAMP WITH TIME ZONE  NOT NULL,
  trial_planned_at         TIMESTAMP WITH TIME ZONE,
  recommendation           VARCHAR(20),
  recommendation_rationale VARCHAR(4000),
  withdrawn_at             TIMESTAMP WITH TIME ZONE,
  withdrawn_by             VARCHAR(200),
  withdrawn_reason         VARCHAR(4000)
);

CREATE INDEX pilot_record_withdrawn_at ON pilot_record (withdrawn_at);
