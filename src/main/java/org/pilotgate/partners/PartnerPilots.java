package org.pilotgate.partners;

import java.util.ArrayList;
import java.util.List;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.PublishedReport;
import org.pilotgate.library.ReportDocument;
import org.springframework.stereotype.Component;

/**
 * The pilots a partner took part in, with their outcomes: this council's reports in the library that
 * name the partner. Pilots name their partners as free text, so the match is by normalised name
 * ({@link PartnerDetails#normalised}) until proposals pick partners from the register.
 */
@Component
class PartnerPilots {

  private static final int BATCH = 500;

  private final LibraryStore library;

  PartnerPilots(LibraryStore library) {
    this.library = library;
  }

  /** Oldest first. */
  List<ReportDocument> of(String partnerName) {
    String name = PartnerDetails.normalised(partnerName);
    List<ReportDocument> pilots = new ArrayList<>();
    long after = 0;
    List<PublishedReport> batch;
    do {
      batch = library.after(after, BATCH);
      for (PublishedReport report : batch) {
        if (report.isLocal() && names(report.document(), name)) {
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
