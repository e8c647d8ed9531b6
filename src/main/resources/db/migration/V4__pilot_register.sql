-- The register of pilots that auditors search: one row per pilot, kept current in the same
-- transaction as the step that changes it. Camunda's history holds the detail; this holds what
-- auditors filter on, so that finding pilots stays fast however much history there is.
CREATE TABLE pilot_register (
  reference               VARCHAR(40)               NOT NULL PRIMARY KEY,
  process_instance_id     VARCHAR(64)               NOT NULL UNIQUE,
  title                   VARCHAR(200),
  service_area            VARCHAR(40),
  -- where the pilot is: e.g. IN_REVIEW, IN_TRIAL, AT_GATE, REPORTING, SCALED, STOPPED, REJECTED
  status                  VARCHAR(30)               NOT NULL,
  proposer                VARCHAR(200),
  proposed_at             TIMESTAMP WITH TIME ZONE  NOT NULL,
  ended_at                TIMESTAMP WITH TIME ZONE,
  -- the latest gate's recommendation and decision
  recommendation          VARCHAR(20),
  decision                VARCHAR(20),
  -- true once any gate decision differed from the recommendation
  overrode_recommendation BOOLEAN                   NOT NULL DEFAULT FALSE
);

CREATE INDEX pilot_register_proposed_at ON pilot_register (proposed_at);

-- Who worked on each pilot, and as what: OFFICER (proposer, officer tasks) or MANAGER (reviews, gates).
CREATE TABLE pilot_register_person (
  reference VARCHAR(40)  NOT NULL,
  user_id   VARCHAR(200) NOT NULL,
  role      VARCHAR(20)  NOT NULL,
  PRIMARY KEY (reference, user_id, role)
);

CREATE INDEX pilot_register_person_user ON pilot_register_person (user_id, role, reference);
