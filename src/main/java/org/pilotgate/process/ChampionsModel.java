package org.pilotgate.process;

/**
 * The ids in bpmn/confirm-partner.bpmn and bpmn/suggest-partners.bpmn that Java relies on: the
 * collaboration champions' processes, which run beside a pilot. Here, not in the champions' feature,
 * for the reason {@link LifecycleModel} gives. ModelContractTest checks each id against the models.
 */
public final class ChampionsModel {

  public static final String CONFIRM_PARTNER_PROCESS = "confirm-partner";
  public static final String CONFIRM_PARTNER = "ConfirmPartner";
  public static final String PARTNER_SETTLED = "PartnerSettled";

  public static final String SUGGEST_PARTNERS_PROCESS = "suggest-partners";
  public static final String SUGGEST_PARTNERS = "SuggestPartners";
  public static final String PARTNERS_SUGGESTED = "PartnersSuggested";
  /** The boundary event that closes the suggestions when the trial is planned, and the message it catches. */
  public static final String TRIAL_PLANNED = "TrialPlanned";
  public static final String TRIAL_PLANNED_MESSAGE = "trial-planned";
  public static final String SUGGESTIONS_CLOSED = "SuggestionsClosed";

  private ChampionsModel() {}
}
