package org.pilotgate.library;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * This node's search index, shown as {@code libraryIndex}: its folder, how many reports it holds and
 * the last arrival it has caught up with, and whether it is being rebuilt (and why). A rebuilding
 * index is UP: search answers, from what is indexed so far; the detail says so.
 */
@Component("libraryIndexHealthIndicator")
class LibraryIndexHealth extends AbstractHealthIndicator {

  private final LibraryIndex index;

  LibraryIndexHealth(LibraryIndex index) {
    this.index = index;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    LibraryIndex.IndexState state = index.state();
    health.up().withDetail("folder", state.folder()).withDetail("reports", state.reports())
        .withDetail("lastArrival", state.lastArrival())
        .withDetail("state", state.rebuildingBecause() == null ? "current" : "rebuilding: " + state.rebuildingBecause());
  }
}
