package org.pilotgate.partners;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.PublishedReport;
import org.pilotgate.library.ReportDocument;
import org.springframework.stereotype.Component;

/**
 * The pilots a partner took part in, with their outcomes: this council's reports in the library of
 * the pilots linked to the partner ({@link PilotPartnerLinks}), and of older pilots, proposed before
 * proposals picked partners from the register, that name it (matched by normalised name,
 * {@link PartnerDetails#normalised}).
 */
@Component
class PartnerPilots {

  private static final int BATCH = 500;

  private final LibraryStore library;
  private final PilotPartnerLinks links;

  PartnerPilots(LibraryStore library, PilotPartnerLinks links) {
    this.library = library;
    this.links = links;
  }

  /** Oldest first. */
  List<ReportDocument> of(Partner partner) {
    String name = PartnerDetails.normalised(partner.details().name());
    Set<String> linked = new HashSet<>(links.pilotsOf(partner.id()));
    List<ReportDocument> pilots = new ArrayList<>();
    long after = 0;
    List<PublishedReport> batch;
    do {
      batch = library.after(after, BATCH);
      for (PublishedReport report : batch) {
        if (report.isLocal() && (linked.contains(report.document().reference()) || names(report.document(), name))) {
          pilots.add(report.document());
        }
        after = report.sequence();
      }
    } while (batch.size() == BATCH);
    return pilots;
  }

  private static boolean names(ReportDocument report, String partner) {
    return report.partners() != null
        && report.partners().stream().anyMatch(named -> PartnerDetails.normalised(named.name()).equals(partner));
  }
}
