package org.pilotgate.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;

/**
 * The bodies Tasklist posts when staff submit a Camunda Form ({@code submit-form}), filled in as the
 * tests' pilots are ({@link TestPilots}).
 */
final class StaffForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String PLAN = body(TestPilots.plan());
  static final String APPROVE_PROPOSAL = body(TestPilots.approve("reviewDecision"));
  /** Tasklist's task list query (filter list and count): newest first, as it opens. */
  static final String TASK_LIST_QUERY = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"orQueries":[],\
      "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

  private StaffForms() {}

  /** A proposal as {@code officer} fills it in, its title their own. */
  static String proposalBy(String officer, long number) {
    return body(TestPilots.proposal().putValue("title",
        "Bus drivers refer isolated older passengers, " + officer + " #" + number));
  }

  /** What is different from each of the similar failures the prior-work check found ({@code similarFailures} as JSON). */
  static String acknowledgement(String similarFailures) {
    try {
      return body(TestPilots.acknowledgement(JSON.readTree(similarFailures).size()));
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException("similarFailures is not JSON: " + similarFailures, unreadable);
    }
  }

  private static String body(VariableMap values) {
    try {
      return JSON.writeValueAsString(Map.of("variables", HttpTestClient.variables(values)));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
