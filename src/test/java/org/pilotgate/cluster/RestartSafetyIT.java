package org.pilotgate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotgate.cluster.Pilots.count;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node is killed with SIGKILL while pilots are in trial with end timers about to fire and reports
 * being published. Started again, it fires every timer once and publishes every report once.
 */
class RestartSafetyIT {

  static final int PILOTS_IN_TRIAL = 8;
  static final int REPORTS = 4;

  @Test
  void aKilledNodeLosesNothingAndDoesNothingTwice() throws Exception {
    TestDatabase database = TestDatabase.fresh("restart");
    List<String> inTrial = new ArrayList<>();
    List<String> publishing = new ArrayList<>();

    try {
      killAndRestart(database, inTrial, publishing);
    } finally {
      database.drop();
    }
  }

  private void killAndRestart(TestDatabase database, List<String> inTrial, List<String> publishing) throws Exception {
    PilotGateNode first = PilotGateNode.start("restart-before-kill", database);
    for (int i = 0; i < PILOTS_IN_TRIAL; i++) {
      inTrial.add(Pilots.inTrial(first, first));
    }
    inTrial.forEach(pilot -> Pilots.endTrialIn(database, pilot, Duration.ofSeconds(20)));
    for (int i = 0; i < REPORTS; i++) {
      publishing.add(Pilots.reportApproved(first, first));
    }
    first.kill();

    try (PilotGateNode restarted = PilotGateNode.start("restart-after-kill", database)) {
      // a publish job the killed node had locked waits for its lock to expire (lock-time-in-millis, 60 s)
      Pilots.awaitUntil("every trial ended and every report published", Duration.ofSeconds(180), () ->
          count(restarted, "/task/count?taskDefinitionKey=EvaluateTrial") == PILOTS_IN_TRIAL
              && count(restarted, Pilots.FINISHED_PILOTS) == REPORTS);

      JdbcTemplate jdbc = database.jdbc();
      long timersFired = 0;
      for (String pilot : inTrial) {
        assertThat(count(restarted, "/history/activity-instance/count?processInstanceId=" + pilot
            + "&activityId=TrialEndReached&finished=true")).as("end timer of %s fired once", pilot).isEqualTo(1);
        assertThat(count(restarted, "/task/count?processInstanceId=" + pilot)).as("open tasks of %s", pilot)
            .isEqualTo(1);
        timersFired += count(restarted, "/history/job-log/count?processInstanceId=" + pilot
            + "&activityIdIn=TrialEndReached&successLog=true");
      }
      long reports = jdbc.queryForObject("SELECT COUNT(*) FROM published_report", Long.class);
      long distinctReports = jdbc.queryForObject("SELECT COUNT(DISTINCT process_instance_id) FROM published_report",
          Long.class);
      long publishRuns = 0;
      for (String pilot : publishing) {
        publishRuns += count(restarted, "/history/job-log/count?processInstanceId=" + pilot
            + "&activityIdIn=PublishFailureReport&successLog=true");
      }

      long duplicates = (timersFired - PILOTS_IN_TRIAL) + (reports - distinctReports) + (publishRuns - REPORTS);
      System.out.printf("restart safety: pilots in trial %d, end timers fired %d, reports published %d, "
          + "publish jobs run %d, duplicates %d%n", PILOTS_IN_TRIAL, timersFired, reports, publishRuns, duplicates);
      assertThat(timersFired).isEqualTo(PILOTS_IN_TRIAL);
      assertThat(reports).isEqualTo(REPORTS).isEqualTo(distinctReports);
      assertThat(publishRuns).isEqualTo(REPORTS);
      assertThat(duplicates).isZero();
    }
  }
}
