package org.pilotgate.library.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.library.CouncilNames;
import org.pilotgate.library.peers.PeerLibraryProperties.Peer;

/** What a reader calls a council: this council's name, a followed peer's name given with its code, else the code. */
class PeerCouncilNamesTest {

  @Test
  void aPeerIsNamedOnlyWhenItsCodeAndNameAreBothGiven() {
    PeerCouncilNames peers = new PeerCouncilNames(peers(
        new Peer("https://pilotgate.bristol.example", "Bristol City Council", "BRS"),
        new Peer("https://pilotgate.leeds.example", null, "LDS"),
        new Peer("https://pilotgate.york.example", "City of York", null)));

    assertThat(peers.councilNames()).isEqualTo(Map.of("BRS", "Bristol City Council"));
  }

  @Test
  void readersSeeNamesWhereKnownAndCodesOtherwise() {
    CouncilNames names = new CouncilNames(council("DEMO", "Demo Council"), List.of(new PeerCouncilNames(peers(
        new Peer("https://pilotgate.bristol.example", "Bristol City Council", "BRS"),
        new Peer("https://pilotgate.impostor.example", "Not Demo", "DEMO")))));

    assertThat(names.name("DEMO")).as("this council's own name wins").isEqualTo("Demo Council");
    assertThat(names.name("BRS")).isEqualTo("Bristol City Council");
    assertThat(names.name("LDS")).as("no name known").isEqualTo("LDS");
    assertThat(names.name(null)).isNull();
    assertThat(names.own()).isEqualTo("Demo Council");
  }

  private static PeerLibraryProperties peers(Peer... peers) {
    return new PeerLibraryProperties(List.of(peers), Duration.ofMinutes(5), Duration.ofSeconds(5),
        Duration.ofSeconds(20), Duration.ofHours(6), 100);
  }

  private static PilotGateProperties council(String code, String name) {
    return new PilotGateProperties(code, ZoneId.of("Europe/London"), Period.ofDays(14),
        new PilotGateProperties.FailureReport(Period.ofWeeks(12), Period.ofWeeks(2)),
        new PilotGateProperties.Decisions(10, Period.ofDays(14)), name, Map.of());
  }
}
