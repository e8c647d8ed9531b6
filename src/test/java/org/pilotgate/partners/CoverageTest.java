package org.pilotgate.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotgate.partners.PartnerDetails.DataSharing;
import org.pilotgate.partners.PartnerDetails.Sector;
import org.pilotgate.partners.PartnerDetails.Status;

/** The map's matrix: engaged partners counted per area and kind, everything else a gap. */
class CoverageTest {

  private static final List<String> AREAS = List.of("Abbey", "Castle", "Westfield");
  private static final List<String> KINDS = List.of("Bus drivers", "Pharmacists");

  @Test
  void countsEngagedPartnersAndPartnersInEachAreaTheyCoverAndLeavesGaps() {
    Coverage coverage = Coverage.of(List.of(
        partner("Bus drivers", Status.ENGAGED, "Abbey", "Castle"),
        partner("Bus drivers", Status.PARTNER, "Abbey"),
        partner("Pharmacists", Status.MAPPED, "Abbey"),
        partner("Pharmacists", Status.ENDED, "Castle"),
        partner("Pharmacists", Status.CONTACTED, "Westfield"),
        partner("Pharmacists", Status.PARTNER, "Westfield", "Atlantis"),
        partner("Astronauts", Status.PARTNER, "Westfield")), AREAS, KINDS);

    assertThat(coverage.count("Abbey", "Bus drivers")).isEqualTo(2);
    assertThat(coverage.count("Castle", "Bus drivers")).isEqualTo(1);
    assertThat(coverage.count("Westfield", "Bus drivers")).isZero();
    assertThat(coverage.count("Abbey", "Pharmacists")).isZero();
    assertThat(coverage.count("Castle", "Pharmacists")).isZero();
    assertThat(coverage.count("Westfield", "Pharmacists")).isEqualTo(1);
    assertThat(coverage.gaps()).isEqualTo(3);
  }

  private static Partner partner(String kind, Status status, String... areas) {
    return new Partner(1, new PartnerDetails("Any", Sector.PRIVATE, kind, List.of(areas), null, List.of(), null,
        DataSharing.NONE, status), 1, "cam", Instant.EPOCH, "cam", Instant.EPOCH);
  }
}
