package org.pilotgate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;

/**
 * The restore drill (docs/operations.md, "Backup and restore"): a backup taken with {@code pg_dump} while
 * a node runs is restored into a new database and a node started on it. Every pilot is where it was
 * when the backup was taken and carries on from there, the audit chain verifies, and the library's
 * index is rebuilt from the restored reports. A review given after the backup is not in it: that pilot
 * waits for its review again.
 */
class RestoreDrillIT {

  @Test
  void aRestoredBackupCarriesOnWhereItWasTaken() throws Exception {
    TestDatabase live = TestDatabase.fresh("drill_live");
    TestDatabase restored = null;
    Path backup = Path.of("target", "it-backups", "drill-" + System.currentTimeMillis() + ".dump");
    try {
      String inTrial;
      String published;
      String reviewedAfterBackup;
      try (PilotGateNode node = PilotGateNode.start("drill-live", live)) {
        inTrial = Pilots.inTrial(node, node);
        published = Pilots.reportApproved(node, node);
        Pilots.awaitUntil("the report published", Duration.ofSeconds(90),
            () -> Pilots.count(node, Pilots.FINISHED_PILOTS) == 1);
        reviewedAfterBackup = Pilots.awaitingReview(node);
        live.dumpTo(backup);
        Pilots.complete(node, "mia", reviewedAfterBackup, "ReviewProposal", TestPilots.approve("reviewDecision"));
      }

      restored = TestDatabase.restoredFrom("drill_restored", backup);
      try (PilotGateNode node = PilotGateNode.start("drill-restored", restored)) {
        JsonNode chain = HttpTestClient.json(node.as("ada").get("/api/audit/chain"));
        assertThat(chain.path("intact").asBoolean()).as("the restored audit chain: %s", chain).isTrue();
        assertThat(chain.path("entriesChecked").asLong()).as("registrations, an early stop, a publication")
            .isGreaterThanOrEqualTo(4);

        assertThat(Pilots.count(node, "/process-instance/count?processInstanceIds=" + inTrial)).as("the pilot in trial")
            .isEqualTo(1);
        assertThat(Pilots.count(node, "/job/count?timers=true&processInstanceId=" + inTrial))
            .as("its trial's timers").isPositive();
        assertThat(Pilots.count(node, Pilots.FINISHED_PILOTS)).as("the published pilot").isEqualTo(1);
        Pilots.task(node, reviewedAfterBackup, "ReviewProposal");
        Pilots.complete(node, "mia", reviewedAfterBackup, "ReviewProposal", TestPilots.approve("reviewDecision"));
        Pilots.complete(node, "olivia", reviewedAfterBackup, "PlanTrial", TestPilots.plan());

        String reference = HttpTestClient.json(node.as("admin").get(Pilots.ENGINE + "/history/process-instance/"
            + published)).path("businessKey").asText();
        Pilots.awaitUntil("the library's index rebuilt from the restored reports", Duration.ofSeconds(60), () ->
            node.anonymous().get("/api/library/reports?q=isolated").body().contains("\"" + reference + "\""));
      }
    } finally {
      live.drop();
      if (restored != null) {
        restored.drop();
      }
    }
  }
}
