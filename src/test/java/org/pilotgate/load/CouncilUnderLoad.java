package org.pilotgate.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.cluster.PilotGateNode;
import org.pilotgate.cluster.Pilots;
import org.pilotgate.cluster.TestDatabase;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.security.DemoUsers;
import org.pilotgate.security.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installation the load test runs against: the built jar on a fresh PostgreSQL database, with a
 * large council's staff and pilots in several states, set up through the engine REST API before the
 * measured part. The demo profile supplies the administrator (admin); its own pilots are left out.
 */
final class CouncilUnderLoad implements AutoCloseable {

  static final int OFFICERS = 170;
  static final int MANAGERS = 30;
  /** Failure reports published through the whole lifecycle, so the library and its feed have content. */
  static final int PUBLISHED_REPORTS = 5;
  /** Pilots proposed before the run; the first of them are approved, the first of those planned. */
  static final int PROPOSED = 40;
  static final int APPROVED = 20;
  static final int PLANNED = 5;

  private static final Logger LOG = LoggerFactory.getLogger(CouncilUnderLoad.class);
  private static final String ENGINE = "/engine-rest";

  private final TestDatabase database;
  private final PilotGateNode node;
  private final List<String> reportPaths = new ArrayList<>();

  private CouncilUnderLoad(TestDatabase database, PilotGateNode node) {
    this.database = database;
    this.node = node;
  }

  /** A fresh database and node, staffed and seeded; stopped and dropped again if any of that fails. */
  static CouncilUnderLoad start() throws Exception {
    TestDatabase database = TestDatabase.fresh("pilotgate_load_", "crowd");
    PilotGateNode node;
    try {
      node = PilotGateNode.start("load-crowd", database);
    } catch (Exception | Error failed) {
      database.drop();
      throw failed;
    }
    CouncilUnderLoad council = new CouncilUnderLoad(database, node);
    try {
      council.staff();
      council.seed();
      return council;
    } catch (Exception | Error failed) {
      council.close();
      throw failed;
    }
  }

  String baseUrl() {
    return node.baseUrl();
  }

  List<StaffMember> staffMembers() {
    List<StaffMember> staff = new ArrayList<>();
    for (int i = 1; i <= OFFICERS; i++) {
      staff.add(new StaffMember(officer(i), Groups.OFFICERS));
    }
    for (int i = 1; i <= MANAGERS; i++) {
      staff.add(new StaffMember(manager(i), Groups.MANAGERS));
    }
    return staff;
  }

  /** The public pages of the published reports, e.g. {@code /library/reports/<council>/PIL-2026-0001}. */
  List<String> reportPaths() {
    return reportPaths;
  }

  HttpTestClient asAdministrator() {
    return node.as("admin");
  }

  /** What the run left behind: pilots started, tasks waiting, reports published. */
  String afterTheRun() {
    return """
        pilots started (all time): %d
        pilots running now: %d
        proposals waiting for review: %d
        trials waiting to be planned: %d
        prior-work acknowledgements waiting: %d
        user tasks completed (all time): %d
        reports in the library: %d
        """.formatted(
        Pilots.count(node, "/history/process-instance/count?processDefinitionKey=" + LifecycleModel.PROCESS),
        Pilots.count(node, "/process-instance/count?processDefinitionKey=" + LifecycleModel.PROCESS),
        Pilots.count(node, "/task/count?taskDefinitionKey=" + LifecycleModel.REVIEW_PROPOSAL),
        Pilots.count(node, "/task/count?taskDefinitionKey=" + LifecycleModel.PLAN_TRIAL),
        Pilots.count(node, "/task/count?taskDefinitionKey=" + LifecycleModel.ACKNOWLEDGE_PRIOR_WORK),
        Pilots.count(node, "/history/task/count?finished=true"),
        publishedReports());
  }

  private void staff() {
    HttpTestClient admin = asAdministrator();
    for (StaffMember member : staffMembers()) {
      HttpResponse<String> created = admin.postJson(ENGINE + "/user/create", Map.of(
          "profile", Map.of("id", member.id(), "firstName", member.id(), "lastName", "Staff",
              "email", member.id() + "@pilotgate.invalid"),
          "credentials", Map.of("password", DemoUsers.PASSWORD)));
      expect(created, 204, "creating " + member.id());
      expect(admin.putJson(ENGINE + "/group/" + member.group() + "/members/" + member.id(), Map.of()), 204,
          "adding " + member.id() + " to " + member.group());
    }
    LOG.info("{} officers and {} managers created", OFFICERS, MANAGERS);
  }

  private void seed() throws InterruptedException {
    for (int i = 0; i < PUBLISHED_REPORTS; i++) {
      Pilots.reportApproved(node, node);
    }
    Pilots.awaitUntil(PUBLISHED_REPORTS + " reports published", Duration.ofMinutes(2),
        () -> publishedReports() >= PUBLISHED_REPORTS);
    JsonNode hits = HttpTestClient.json(node.anonymous().get("/api/library/reports?size=50")).path("hits");
    hits.forEach(hit -> reportPaths.add("/library/reports/" + hit.path("globalId").asText()));
    List<String> pilots = new ArrayList<>();
    for (int i = 1; i <= PROPOSED; i++) {
      pilots.add(Pilots.awaitingReview(node, officer(i)));
    }
    for (int i = 1; i <= APPROVED; i++) {
      Pilots.complete(node, manager(1 + i % MANAGERS), pilots.get(i - 1), LifecycleModel.REVIEW_PROPOSAL,
          TestPilots.approve("reviewDecision"));
    }
    for (int i = 1; i <= PLANNED; i++) {
      Pilots.complete(node, officer(i), pilots.get(i - 1), LifecycleModel.PLAN_TRIAL, TestPilots.plan());
    }
    LOG.info("Seeded {} published reports and {} pilots ({} approved, {} of them planned)", PUBLISHED_REPORTS,
        PROPOSED, APPROVED, PLANNED);
  }

  private long publishedReports() {
    return HttpTestClient.json(node.anonymous().get("/api/library/reports?size=1")).path("total").asLong();
  }

  private static String officer(int i) {
    return "officer%03d".formatted(i);
  }

  private static String manager(int i) {
    return "manager%02d".formatted(i);
  }

  private static void expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
    }
  }

  @Override
  public void close() throws Exception {
    try {
      node.close();
    } finally {
      database.drop();
    }
  }

  /** One of the council's staff, with the one group their work comes from. */
  record StaffMember(String id, String group) {}
}
