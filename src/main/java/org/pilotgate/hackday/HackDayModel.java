package org.pilotgate.hackday;

/** The ids in bpmn/hack-day.bpmn that Java and the tests rely on; HackDayScenariosTest checks them against the model. */
public final class HackDayModel {

  public static final String PROCESS = "hack-day";

  public static final String PLAN_HACK_DAY = "PlanHackDay";
  public static final String IDEAS_WINDOW_CLOSED = "IdeasWindowClosed";
  public static final String CLOSE_IDEAS_WINDOW = "CloseIdeasWindow";
  public static final String TRIAGE_IDEA = "TriageIdea";
  public static final String TRIAGE_REMINDER_DUE = "TriageReminderDue";
  public static final String TRIAGE_DEADLINE_PASSED = "TriageDeadlinePassed";
  public static final String QUICK_WINS_FOLLOW_UP_DUE = "QuickWinsFollowUpDue";
  public static final String FOLLOW_UP_QUICK_WIN = "FollowUpQuickWin";
  public static final String HACK_DAY_CLOSED = "HackDayClosed";

  /** The plan form's fields (plan-hack-day). */
  public static final String HACK_DAY_DATE = "hackDayDate";
  public static final String THEME = "theme";
  public static final String SERVICE_AREAS = "serviceAreas";
  public static final String TEAMS_INVITED = "teamsInvited";
  public static final String IDEAS_OPEN_FROM = "ideasOpenFrom";
  public static final String IDEAS_CLOSE_ON = "ideasCloseOn";

  /** The triage form's fields (triage-idea). */
  public static final String TRIAGE_OUTCOME = "triageOutcome";
  public static final String HOURS_SAVED_PER_WEEK = "hoursSavedPerWeek";
  public static final String TRIAGE_REASON = "triageReason";

  /** Process variables the model reads; PilotGate's own records hold the facts. */
  static final String HACK_DAY_ID = "hackDayId";
  static final String IDEAS_CLOSE_AT = "ideasCloseAt";
  static final String TRIAGE_DUE_DATE = "triageDueDate";
  static final String TRIAGE_REMINDER_DATE = "triageReminderDate";
  /** The multi-instance tasks' element: the idea (or quick win) this task is about. */
  public static final String IDEA_ID = "ideaId";

  private HackDayModel() {}
}
