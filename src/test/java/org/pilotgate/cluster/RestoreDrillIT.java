package org.pilotgate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;

/**
 * The restore drill (docs/operations.md, "Backup and restore"): a backup taken with {@code pg_dump} while
 * a node runs is restored into a new database and a node started on it. Every pilot is where it was
 * when the backup was taken and carries on from there, the audit chain verifies, and the library's
 * index is rebuilt from the restored reports. A review and plan given after the backup are not in it: that
 * pilot waits for its review again, and the node's audit chain witness, kept across the restore, names it
 * (its registration version, frozen by the plan, is in the witness and not in the database).
 */
class RestoreDrillIT {

  @Test
  void aRestoredBackupCarriesOnWhereItWasTaken() throws Exception {
    clear(PilotGateNode.witnessFolder("drill-live"));
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
        Pilots.complete(node, "olivia", reviewedAfterBackup, "PlanTrial", TestPilots.plan());
        long chained = HttpTestClient.json(node.as("ada").get("/api/audit/chain")).path("entriesChecked").asLong();
        Pilots.awaitUntil("the witness holding the whole chain", Duration.ofSeconds(30),
            () -> witness(node).path("entries").asLong() == chained);
      }

      restored = TestDatabase.restoredFrom("drill_restored", backup);
      try (PilotGateNode node = PilotGateNode.start("drill-restored", restored, "drill-live")) {
        String lostReference = reference(node, reviewedAfterBackup);
        JsonNode missing = HttpTestClient.json(node.as("ada").get("/api/audit/chain/missing"));
        assertThat(missing.path("finding").asText()).as("the witness's finding: %s", missing).isEqualTo("MISSING");
        assertThat(missing.path("pilots")).as("only the pilot reviewed and planned after the backup").singleElement()
            .extracting(JsonNode::asText).isEqualTo(lostReference);
        assertThat(missing.path("missing")).extracting(step -> step.path("step").asText() + " by "
            + step.path("actor").asText()).containsExactly("Review of the proposal by mia", "Registration version by olivia");
        assertThat(Path.of(missing.path("witnessFile").asText())).as("the old witness, kept aside").exists()
            .hasParent(PilotGateNode.witnessFolder("drill-live"));
        JsonNode health = witness(node);
        assertThat(health.path("finding").asText()).isEqualTo("MISSING");
        assertThat(node.anonymous().get("/actuator/health/readiness").statusCode()).as("still in service").isEqualTo(200);
        assertThat(node.signedIn("ada").getPage("/audit/chain").body()).contains("Steps missing from the database",
            lostReference);

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

        String reference = reference(node, published);
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

  /** The node's audit chain witness as the health details show it to operators. */
  private static JsonNode witness(PilotGateNode node) {
    return HttpTestClient.json(node.as("admin").get("/actuator/health")).path("components").path("auditWitness")
        .path("details");
  }

  private static String reference(PilotGateNode node, String pilot) {
    return HttpTestClient.json(node.as("admin").get(Pilots.ENGINE + "/history/process-instance/" + pilot))
        .path("businessKey").asText();
  }

  /** A witness left by an earlier run of the drill would be compared with this run's database. */
  private static void clear(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
