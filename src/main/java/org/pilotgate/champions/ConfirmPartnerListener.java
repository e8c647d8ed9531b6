package org.pilotgate.champions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pilotgate.form.InvalidSubmission;
import org.pilotgate.form.Submission;
import org.pilotgate.partners.PartnerDetails;
import org.pilotgate.partners.PartnerIntake;
import org.pilotgate.partners.PartnerRegister;
import org.pilotgate.partners.PilotPartnerLinks;
import org.pilotgate.partners.PilotPartnerLinks.State;
import org.pilotgate.pilot.Partner;
import org.pilotgate.process.Actors;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/**
 * "Confirm this partner": the champion adds the name to the register (checked as the register's own
 * form checks a new partner), matches it to a partner already there, or declines it with a reason.
 * Either way the pilot's link to the register is settled, once.
 */
@Component("confirmPartner")
class ConfirmPartnerListener implements TaskListener {

  enum Confirmation { CONFIRM, MATCH, DECLINE }

  static final String CONFIRMATION = "confirmation";
  static final String SECTOR = "registerSector";
  static final String KIND = "partnerKind";
  static final String AREAS = "partnerAreas";
  static final String DECLINE_REASON = "declineReason";

  /** The form's field for each register field a confirmation gives. */
  private static final Map<String, String> FORM_FIELDS = Map.of(PartnerIntake.NAME, ChampionsWork.PARTNER_NAME,
      PartnerIntake.SECTOR, SECTOR, PartnerIntake.KIND, KIND, PartnerIntake.AREAS, AREAS);

  private final PartnerIntake intake;
  private final PartnerRegister register;
  private final PilotPartnerLinks links;

  ConfirmPartnerListener(PartnerIntake intake, PartnerRegister register, PilotPartnerLinks links) {
    this.intake = intake;
    this.register = register;
    this.links = links;
  }

  /** The register's sector for a partner's sector in a proposal, where one follows from the other. */
  static Optional<PartnerDetails.Sector> registerSector(Partner.Sector sector) {
    return switch (sector) {
      case COUNCIL, OTHER_PUBLIC_BODY -> Optional.of(PartnerDetails.Sector.PUBLIC);
      case PRIVATE -> Optional.of(PartnerDetails.Sector.PRIVATE);
      case THIRD_SECTOR -> Optional.of(PartnerDetails.Sector.THIRD_SECTOR);
      case UNIVERSAL_SERVICE_PROVIDER -> Optional.empty();
    };
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> values = ProcessData.plainVariables(task);
    Submission form = Submission.of(values);
    long link = ((Number) task.getVariable(ChampionsWork.LINK_ID)).longValue();
    String champion = Actors.current(task);
    switch (form.choice(CONFIRMATION, Confirmation.class)) {
      case CONFIRM -> links.decided(link, State.CONFIRMED, added(form, values.get(AREAS), champion), null, champion);
      case MATCH -> links.decided(link, State.MATCHED, RegisterPick.from(form, register).id(), null, champion);
      case DECLINE -> links.decided(link, State.DECLINED, null, form.text(DECLINE_REASON, 1000), champion);
    }
  }

  private long added(Submission form, Object areas, String champion) {
    try {
      return intake.add(form.optionalText(ChampionsWork.PARTNER_NAME, 1000), form.optionalText(SECTOR, 100),
          form.optionalText(KIND, 200), listOf(areas), champion);
    } catch (PartnerIntake.Refused refused) {
      String problem = refused.getMessage();
      throw new InvalidSubmission(FORM_FIELDS.get(refused.field()), problem.substring(problem.indexOf(": ") + 2));
    }
  }

  private static List<String> listOf(Object value) {
    if (value instanceof Collection<?> items) {
      return items.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(value.toString());
  }
}
