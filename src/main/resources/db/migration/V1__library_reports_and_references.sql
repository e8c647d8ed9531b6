-- PilotGate's own tables. Camunda's tables are created by the engine itself.

-- The last pilot number given out in each year, so references read PIL-2026-0001, PIL-2026-0002, ...
CREATE TABLE pilot_reference_counter (
  reference_year INTEGER NOT NULL PRIMARY KEY,
  last_number    INTEGER NOT NULL
);

-- Published reports, failures and successes alike. The id is the pilot reference, which is
-- stable and unique per council; global_id adds the council code.
CREATE TABLE library_report (
  id                  VARCHAR(40)  NOT NULL PRIMARY KEY,
  global_id           VARCHAR(120) NOT NULL UNIQUE,
  process_instance_id VARCHAR(64)  NOT NULL UNIQUE,
  outcome             VARCHAR(16)  NOT NULL,
  title               VARCHAR(200) NOT NULL,
  service_area        VARCHAR(40)  NOT NULL,
  council             VARCHAR(40)  NOT NULL,
  published_at        TIMESTAMP    NOT NULL,
  content             TEXT         NOT NULL
);

CREATE INDEX library_report_published_at ON library_report (published_at);
