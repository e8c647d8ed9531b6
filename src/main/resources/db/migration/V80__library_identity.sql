-- Which database this is: each node's search index records it, so an index built from another database
-- is rebuilt rather than trusted. One row, written by the first node that starts (LibraryStore).
CREATE TABLE library_identity (
  name                VARCHAR(40)   NOT NULL PRIMARY KEY,
  id                  VARCHAR(36)   NOT NULL
);
