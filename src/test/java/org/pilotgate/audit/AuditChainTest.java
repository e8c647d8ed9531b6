package org.pilotgate.audit;

import org.pilotgate.governance.AuditChain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proposal, its review, the registration, the gate decision and the publication are chained; changing
 * a stored row is caught.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditChainTest extends PilotProcessTest {

  @LocalServerPort int port;
  @Autowired AuditChain chain;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aStoppedPilotsDecisionsAreChainedWithWhoMadeThem() {
    String reference = stoppedAtGateAndPublished().getBusinessKey();

    List<AuditChain.Entry> entries = chain.entriesOf(reference);
    assertThat(entries).extracting(AuditChain.Entry::kind).containsExactly(AuditChain.Kind.PROPOSAL,
        AuditChain.Kind.REVIEW_DECISION, AuditChain.Kind.REGISTRATION_VERSION, AuditChain.Kind.GATE_DECISION,
        AuditChain.Kind.PUBLICATION);
    assertThat(entries).extracting(AuditChain.Entry::actor).containsExactly("olivia", "max", "olivia", "mia",
        "pilotgate");
    assertThat(entries.get(0).payload()).as("the proposal as registered, by its content hash")
        .containsPattern("\"registration\":\"[0-9a-f]{64}\"");
    assertThat(entries.get(1).payload()).contains("\"reviewDecision\":\"APPROVE\"");
    assertThat(gateDecision(reference).payload()).contains("\"decision\":\"STOP\"", "\"recommendation\":\"STOP\"");
    assertThat(chain.verify(reference).intact()).isTrue();
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void changingAStoredDecisionIsCaughtAndTheEntryNamed() {
    String reference = stoppedAtGateAndPublished().getBusinessKey();
    AuditChain.Entry decision = gateDecision(reference);
    jdbc.update("UPDATE audit_entry SET payload = ? WHERE sequence_number = ?",
        decision.payload().replace("\"decision\":\"STOP\"", "\"decision\":\"SCALE\""), decision.sequence());
    try {
      AuditChain.Verification verification = chain.verify(reference);
      assertThat(verification.intact()).isFalse();
      assertThat(verification.breaks()).singleElement().satisfies(broken -> {
        assertThat(broken.sequence()).isEqualTo(decision.sequence());
        assertThat(broken.kind()).isEqualTo(AuditChain.Kind.GATE_DECISION);
        assertThat(broken.problem()).contains("does not match its hash");
      });
      assertThat(chain.verify().breaks()).extracting(AuditChain.Break::sequence).contains(decision.sequence());
    } finally {
      jdbc.update("UPDATE audit_entry SET payload = ? WHERE sequence_number = ?", decision.payload(),
          decision.sequence());
    }
    assertThat(chain.verify(reference).intact()).isTrue();
  }

  @Test
  void removingAnEntryBreaksTheNextOne() {
    String reference = stoppedAtGateAndPublished().getBusinessKey();
    List<AuditChain.Entry> entries = chain.entriesOf(reference);
    AuditChain.Entry registration = entries.get(0);
    jdbc.update("DELETE FROM audit_entry WHERE sequence_number = ?", registration.sequence());
    try {
      assertThat(chain.verify(reference).breaks()).extracting(AuditChain.Break::sequence)
          .contains(entries.get(1).sequence());
    } finally {
      jdbc.update("INSERT INTO audit_entry (sequence_number, pilot_reference, kind, actor, recorded_at, payload, "
              + "previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", registration.sequence(),
          registration.pilotReference(), registration.kind().name(), registration.actor(), registration.recordedAt(),
          registration.payload(), registration.previousHash(), registration.hash());
    }
    assertThat(chain.verify(reference).intact()).isTrue();
  }

  @Test
  void auditorsCheckTheChainOthersMayNot() {
    String reference = stoppedAtGateAndPublished().getBusinessKey();
    var checked = HttpTestClient.basic(port, "ada", DemoUsers.PASSWORD).get("/api/audit/pilots/" + reference + "/chain");
    assertThat(checked.statusCode()).isEqualTo(200);
    assertThat(HttpTestClient.json(checked).path("verification").path("intact").asBoolean()).isTrue();
    assertThat(HttpTestClient.basic(port, "olivia", DemoUsers.PASSWORD).get("/api/audit/chain").statusCode())
        .isEqualTo(403);
    assertThat(HttpTestClient.anonymous(port).get("/api/audit/chain").statusCode()).isEqualTo(401);
  }

  @Test
  void theChainPageSaysIntactThenNamesATamperedEntryWithItsPilot() {
    String reference = stoppedAtGateAndPublished().getBusinessKey();
    HttpTestClient ada = HttpTestClient.signedIn(port, "ada", DemoUsers.PASSWORD);
    String intact = ada.getPage("/audit/chain").body();
    assertThat(intact).contains("The audit chain is intact", chain.verify().entriesChecked() + " entries checked")
        .doesNotContain("chain-breaks");
    assertThat(intact).containsPattern("<a class=\"govuk-service-navigation__link\" href=\"/audit/chain\"\\s+"
        + "aria-current=\"page\"");

    AuditChain.Entry decision = gateDecision(reference);
    jdbc.update("UPDATE audit_entry SET payload = ? WHERE sequence_number = ?",
        decision.payload().replace("\"decision\":\"STOP\"", "\"decision\":\"SCALE\""), decision.sequence());
    String broken;
    try {
      broken = ada.getPage("/audit/chain").body();
    } finally {
      jdbc.update("UPDATE audit_entry SET payload = ? WHERE sequence_number = ?", decision.payload(),
          decision.sequence());
    }
    assertThat(broken).contains("The audit chain is broken", "1 entry does",
        "<a class=\"govuk-link\" href=\"/audit/pilots/" + reference + "\">" + reference + "</a>",
        ">" + decision.sequence() + "</td>", "Gate decision", "Its content does not match its hash")
        .doesNotContain("GATE_DECISION", "The audit chain is intact");
    assertThat(ada.getPage("/audit/chain").body()).contains("The audit chain is intact");
  }

  @Test
  void onlySignedInAuditorsAndOperatorsOpenTheChainPage() {
    assertThat(HttpTestClient.signedIn(port, "ada", DemoUsers.PASSWORD).getPage("/audit/chain").statusCode())
        .isEqualTo(200);
    assertThat(HttpTestClient.signedIn(port, "admin", DemoUsers.PASSWORD).getPage("/audit/chain").statusCode())
        .isEqualTo(200);
    assertThat(HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD).getPage("/audit/chain").statusCode())
        .isEqualTo(403);
    assertThat(HttpTestClient.anonymous(port).getPage("/audit/chain").statusCode()).isEqualTo(302);
  }

  private AuditChain.Entry gateDecision(String reference) {
    return chain.entriesOf(reference).stream().filter(entry -> entry.kind() == AuditChain.Kind.GATE_DECISION)
        .findFirst().orElseThrow();
  }
}
