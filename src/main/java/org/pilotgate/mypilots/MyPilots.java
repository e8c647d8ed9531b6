package org.pilotgate.mypilots;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pilotgate.audit.PilotRegister;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryStore;
import org.springframework.stereotype.Component;

/**
 * The pilots a person is involved in, from PilotGate's own records: the pilot register (proposed,
 * worked on) and the engine's open tasks (waiting for them or their group); who may read which pilot.
 */
@Component
class MyPilots {

  static final int PAGE_SIZE = 20;

  /** One page of a person's pilots, newest proposal first. */
  record Listing(long total, int page, int pages, List<PilotRow> rows) {}

  private final PilotRegister register;
  private final OpenTasks openTasks;
  private final LibraryStore library;

  MyPilots(PilotRegister register, OpenTasks openTasks, LibraryStore library) {
    this.register = register;
    this.openTasks = openTasks;
    this.library = library;
  }

  /** Page {@code page} (from 0) of the viewer's pilots. */
  Listing of(Viewer viewer, int page) {
    PilotRegister.Page found = register.involving(viewer.userId(), openTasks.pilotsWaitingFor(viewer), page,
        PAGE_SIZE);
    return new Listing(found.total(), page, found.pages(), rows(found.pilots(), viewer));
  }

  /** The pilot with this reference, if the viewer may read it: involved in it, or reading every pilot. */
  Optional<PilotRow> one(Viewer viewer, String reference) {
    return register.withReference(reference).map(pilot -> rows(List.of(pilot), viewer).get(0))
        .filter(row -> viewer.readsEveryPilot() || register.involves(reference, viewer.userId())
            || row.waiting().stream().anyMatch(task -> task.tasklistId() != null));
  }

  private List<PilotRow> rows(List<PilotRegister.Pilot> pilots, Viewer viewer) {
    Map<String, List<WaitingTask>> waiting = openTasks.of(pilots, viewer);
    Map<String, String> reports = library.globalIdsPublishedBy(
        pilots.stream().map(PilotRegister.Pilot::processInstanceId).toList());
    return pilots.stream().map(pilot -> new PilotRow(pilot, waiting.getOrDefault(pilot.processInstanceId(), List.of()),
        reports.containsKey(pilot.processInstanceId()) ? LibraryIndex.reportPath(reports.get(pilot.processInstanceId()))
            : null)).toList();
  }
}
