package org.pilotgate.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.pilotgate.process.ChampionsModel;
import org.pilotgate.process.LifecycleModel;

/**
 * Who may do what, as Camunda authorizations: grants only, nothing revoked. Task rights come from
 * the tasks themselves (an assignee or a candidate group may work a task), so no group holds a
 * blanket right to tasks; auditors read everything and change nothing. Tasklist filters are granted
 * to their groups where they are made (TasklistFilters, ReadGrants).
 */
public final class AccessRules {

  /** One grant: a group's permissions on a resource ({@code *} for every one of its kind). */
  public record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {

    static Grant of(String group, Resource resource, String resourceId, Permission... permissions) {
      return new Grant(group, resource, resourceId, List.of(permissions));
    }
  }

  static final String ANY = "*";
  /** hackday.HackDayModel.PROCESS, written out: security depends on no feature (HackDayScenariosTest checks it). */
  public static final String HACK_DAY_PROCESS = "hack-day";
  /** insights.InsightModel.PROCESS, written out for the same reason (InsightScenariosTest checks it). */
  public static final String INSIGHT_PROCESS = "what-works-insight";

  private AccessRules() {}

  public static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    grants.addAll(officers());
    grants.addAll(managers());
    grants.addAll(auditors());
    grants.addAll(champions());
    Arrays.stream(Resources.values()).forEach(resource -> grants.add(Grant.of(Groups.ADMINS, resource, ANY, ALL)));
    return grants;
  }

  /** Propose pilots and work their own tasks; each pilot's proposer may also read it (see ReadGrants). */
  private static List<Grant> officers() {
    return List.of(
        Grant.of(Groups.OFFICERS, APPLICATION, "tasklist", ACCESS),
        Grant.of(Groups.OFFICERS, PROCESS_DEFINITION, LifecycleModel.PROCESS, READ, CREATE_INSTANCE),
        Grant.of(Groups.OFFICERS, PROCESS_INSTANCE, ANY, CREATE));
  }

  /**
   * Work their own tasks about pilots (confirm a partner, suggest partners), which only PilotGate
   * starts, and plan hack days from Tasklist's "Start process". The hack day's start listener checks
   * again that the person is a champion or an administrator: these grants are only Camunda's side of the rule.
   * The quarterly insight only its timer starts.
   */
  private static List<Grant> champions() {
    return List.of(
        Grant.of(Groups.CHAMPIONS, APPLICATION, "tasklist", ACCESS),
        Grant.of(Groups.CHAMPIONS, PROCESS_DEFINITION, ChampionsModel.CONFIRM_PARTNER_PROCESS, READ),
        Grant.of(Groups.CHAMPIONS, PROCESS_DEFINITION, ChampionsModel.SUGGEST_PARTNERS_PROCESS, READ),
        Grant.of(Groups.CHAMPIONS, PROCESS_DEFINITION, HACK_DAY_PROCESS, READ, CREATE_INSTANCE),
        Grant.of(Groups.CHAMPIONS, PROCESS_DEFINITION, INSIGHT_PROCESS, READ),
        Grant.of(Groups.CHAMPIONS, PROCESS_INSTANCE, ANY, CREATE));
  }

  /** Work manager tasks (reviews, gates, early stops) and read every pilot, now and in history, also in Cockpit. */
  private static List<Grant> managers() {
    return List.of(
        Grant.of(Groups.MANAGERS, APPLICATION, "tasklist", ACCESS),
        Grant.of(Groups.MANAGERS, APPLICATION, "cockpit", ACCESS),
        Grant.of(Groups.MANAGERS, PROCESS_DEFINITION, LifecycleModel.PROCESS, READ, READ_INSTANCE, READ_TASK, READ_HISTORY),
        Grant.of(Groups.MANAGERS, PROCESS_DEFINITION, INSIGHT_PROCESS, READ),
        Grant.of(Groups.MANAGERS, PROCESS_INSTANCE, ANY, READ),
        Grant.of(Groups.MANAGERS, DECISION_DEFINITION, ANY, READ, READ_HISTORY));
  }

  /** Cockpit, reading only: no create, update, delete, suspend, migrate, retry or variable change. */
  private static List<Grant> auditors() {
    return List.of(
        Grant.of(Groups.AUDITORS, APPLICATION, "cockpit", ACCESS),
        Grant.of(Groups.AUDITORS, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_TASK, READ_HISTORY),
        Grant.of(Groups.AUDITORS, PROCESS_INSTANCE, ANY, READ),
        Grant.of(Groups.AUDITORS, TASK, ANY, READ, READ_HISTORY),
        Grant.of(Groups.AUDITORS, DECISION_DEFINITION, ANY, READ, READ_HISTORY),
        Grant.of(Groups.AUDITORS, DECISION_REQUIREMENTS_DEFINITION, ANY, READ),
        Grant.of(Groups.AUDITORS, DEPLOYMENT, ANY, READ),
        Grant.of(Groups.AUDITORS, OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));
  }
}
