package org.pilotgate.champions;

import org.pilotgate.governance.PilotRecords;
import org.pilotgate.pilot.RegistrationRecord;

/** The variables the champions' processes set when they start, for their forms to show. */
final class ChampionsWork {

  /**
   * What the champions' forms show about the pilot; the reference and title also name their tasks
   * (TaskNaming). The reference says which pilot a task is about: not a business key, which names the
   * pilot's own process alone.
   */
  static final String PILOT_REFERENCE = PilotRecords.REFERENCE_VARIABLE;
  static final String PILOT_TITLE = RegistrationRecord.TITLE;
  static final String PILOT_SUMMARY = "pilotSummary";
  static final String PARTNERS_NAMED = "partnersNamed";
  /** The name the proposal gave, which the champion may correct before adding it. */
  static final String PARTNER_NAME = "partnerName";
  static final String PARTNER_ROLE = "partnerRole";
  /** The link the confirmation settles (PilotPartnerLinks); not a form field, so no submission can change it. */
  static final String LINK_ID = "partnerLinkId";

  private ChampionsWork() {}
}
