package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pilotgate.process.LifecycleModel.PLAN_TRIAL;
import static org.pilotgate.process.LifecycleModel.REVIEW_PROPOSAL;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.partners.PartnerDetails;
import org.pilotgate.partners.PartnerRegister;
import org.pilotgate.partners.PartnerSuggestions;
import org.pilotgate.partners.PilotPartnerLinks;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * One scenario per path through the collaboration champions' processes (confirm-partner and
 * suggest-partners), which run beside a pilot and never hold it up. They share the coverage gate of
 * the lifecycle's scenarios. Each partner name is new to the shared database, so no scenario depends
 * on what another left in the register.
 */
@Import({ProcessEngineCoverageConfiguration.class, ChampionsWorkScenariosTest.CoverageGate.class})
class ChampionsWorkScenariosTest extends PilotProcessTest {

  /** The lifecycle's own minimum, for the champions' processes alone (the pilots they serve have their scenarios). */
  @TestConfiguration
  static class CoverageGate {
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverageProperties() {
      return ProcessCoverage.gate(LifecycleModel.PROCESS);
    }
  }

  @LocalServerPort int port;
  @Autowired PartnerRegister register;
  @Autowired PilotPartnerLinks links;
  @Autowired PartnerSuggestions suggestions;

  @Test
  void aPartnerNotInTheRegisterIsConfirmedIntoItByAChampion() {
    String name = unique("Riverside Food Bank");
    ProcessInstance pilot = propose("olivia", TestPilots.proposalNaming(Map.of("name", name, "sector", "THIRD_SECTOR", "role", "Refers families")));
    ProcessInstance confirmation = confirmationOf(pilot);
    assertThat(confirmation).isWaitingAt(ChampionsModel.CONFIRM_PARTNER);
    assertThat(openTask(pilot, REVIEW_PROPOSAL)).as("the pilot goes on to its review meanwhile").isNotNull();

    complete(confirmation, ChampionsModel.CONFIRM_PARTNER, "cam", Variables.createVariables()
        .putValue("confirmation", "CONFIRM").putValue("partnerName", name + " CIC")
        .putValue("registerSector", "THIRD_SECTOR").putValue("partnerKind", "Charities")
        .putValue("partnerAreas", ProcessData.json(List.of("Riverside", "Abbey"))));

    assertThat(confirmation).hasPassed(ChampionsModel.PARTNER_SETTLED).isEnded();
    var added = register.all().stream().filter(p -> p.details().name().equals(name + " CIC")).findFirst().orElseThrow();
    assertThat(added.details().status()).isEqualTo(PartnerDetails.Status.MAPPED);
    assertThat(added.details().areas()).containsExactlyInAnyOrder("Riverside", "Abbey");
    assertThat(added.createdBy()).isEqualTo("cam");
    assertThat(links.pilotsOf(added.id())).containsExactly(reference(pilot));
  }

  @Test
  void aPartnerNamedDifferentlyIsMatchedToOneInTheRegister() {
    long partner = registered(unique("Go Buses"));
    ProcessInstance pilot = propose("olivia", TestPilots.proposalNaming(Map.of("name", unique("Go-Buses plc"), "sector", "PRIVATE", "role", "Drivers")));

    complete(confirmationOf(pilot), ChampionsModel.CONFIRM_PARTNER, "cam", Variables.createVariables()
        .putValue("confirmation", "MATCH").putValue("registerId", String.valueOf(partner)));

    assertThat(links.pilotsOf(partner)).containsExactly(reference(pilot));
  }

  @Test
  void aNameThatIsNoPartnerIsDeclinedWithAReason() {
    ProcessInstance pilot = propose("olivia", TestPilots.proposalNaming(Map.of("name", unique("Mrs Smith"), "sector", "THIRD_SECTOR", "role", "Helps")));
    ProcessInstance confirmation = confirmationOf(pilot);

    assertThatThrownBy(() -> complete(confirmation, ChampionsModel.CONFIRM_PARTNER, "cam",
        Variables.createVariables().putValue("confirmation", "DECLINE")))
        .hasMessageContaining("Why it is declined is required");
    complete(confirmation, ChampionsModel.CONFIRM_PARTNER, "cam", Variables.createVariables()
        .putValue("confirmation", "DECLINE").putValue("declineReason", "A volunteer, not an organisation"));

    assertThat(confirmation).isEnded();
    assertThat(links.partnersOf(reference(pilot))).isEmpty();
  }

  @Test
  void aPartnerPickedFromTheRegisterIsLinkedAtOnceUnderTheRegistersName() {
    String name = unique("Royal Mail");
    long partner = registered(name);
    ProcessInstance pilot = propose("olivia", TestPilots.proposalNaming(Map.of("registerId", String.valueOf(partner),
        "sector", "UNIVERSAL_SERVICE_PROVIDER", "role", "Posties look out")));

    assertThat(confirmationsOf(pilot)).as("nothing to confirm").isEmpty();
    assertThat(links.partnersOf(reference(pilot))).containsExactly(partner);
    assertThat((List<?>) variable(pilot, "partners")).singleElement().asString().contains("name=" + name);
  }

  @Test
  void aPickThatIsNotInTheRegisterIsRefusedAndNothingIsProposed() {
    long before = runtime.createProcessInstanceQuery().count();
    assertThatThrownBy(() -> propose("olivia", TestPilots.proposalNaming(Map.of("registerId", "999999999", "sector", "PRIVATE",
        "role", "Forged")))).hasMessageContaining("Partners, row 1, Partner in the register must be a partner the register lists");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void onlyAChampionConfirmsAPartnerWhoeverHoldsTheTask() {
    ProcessInstance confirmation = confirmationOf(propose("olivia",
        TestPilots.proposalNaming(Map.of("name", unique("Abbey Pharmacy"), "sector", "PRIVATE", "role", "Checks"))));
    Task task = openTask(confirmation, ChampionsModel.CONFIRM_PARTNER);

    assertThatThrownBy(() -> as("cam", () -> {
      tasks.setAssignee(task.getId(), "olivia");
      return null;
    })).hasMessageContaining("olivia is not a collaboration champion");
    assertThatThrownBy(() -> complete(confirmation, ChampionsModel.CONFIRM_PARTNER, "cam", Variables.createVariables()
        .putValue("confirmation", "DECLINE").putValue("declineReason", "x").putValue("partnerLinkId", 1L)))
        .as("the link it settles is not a field of its form").hasMessageContaining("partnerLinkId is not a field of the form");
  }

  @Test
  void aChampionSuggestsPartnersAndTheProposerSeesThem() {
    String name = unique("Age UK Westfield");
    long partner = registered(name);
    ProcessInstance pilot = approved("olivia", "max");
    ProcessInstance suggesting = suggestionOf(pilot);

    complete(suggesting, ChampionsModel.SUGGEST_PARTNERS, "cam", Variables.createVariables().putValue("suggestions",
        ProcessData.json(List.of(Map.of("registerId", String.valueOf(partner), "note", "Visits older residents")))));

    assertThat(suggesting).hasPassed(ChampionsModel.PARTNERS_SUGGESTED).isEnded();
    assertThat(suggestions.of(reference(pilot))).singleElement()
        .satisfies(s -> assertThat(s.partnerId()).isEqualTo(partner))
        .satisfies(s -> assertThat(s.suggestedBy()).isEqualTo("cam"));
    String page = HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD).getPage("/pilots/" + reference(pilot)).body();
    assertThat(page).contains("Partners the collaboration champions suggest", name, "Visits older residents");
  }

  @Test
  void theSuggestionsCloseWhenTheTrialIsPlanned() {
    ProcessInstance pilot = approved("olivia", "max");
    ProcessInstance suggesting = suggestionOf(pilot);

    complete(pilot, PLAN_TRIAL, "olivia", TestPilots.plan());

    assertThat(suggesting).hasPassed(ChampionsModel.TRIAL_PLANNED, ChampionsModel.SUGGESTIONS_CLOSED).isEnded();
  }

  @Test
  void theProposerCannotWriteSuggestions() {
    ProcessInstance suggesting = suggestionOf(approved("olivia", "max"));
    Task task = openTask(suggesting, ChampionsModel.SUGGEST_PARTNERS);

    assertThatThrownBy(() -> as("olivia", () -> {
      tasks.complete(task.getId(), Variables.createVariables().putValue("suggestions", ProcessData.json(List.of())));
      return null;
    })).hasMessageContaining("olivia");
    assertThat(suggesting).isWaitingAt(ChampionsModel.SUGGEST_PARTNERS);
  }

  private long registered(String name) {
    return register.add(new PartnerDetails(name, PartnerDetails.Sector.PRIVATE, "Businesses", List.of("Abbey"), null,
        List.of(), null, PartnerDetails.DataSharing.NONE, PartnerDetails.Status.ENGAGED), "cam");
  }

  private List<ProcessInstance> confirmationsOf(ProcessInstance pilot) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ChampionsModel.CONFIRM_PARTNER_PROCESS)
        .variableValueEquals("pilotReference", reference(pilot)).list();
  }

  private ProcessInstance confirmationOf(ProcessInstance pilot) {
    List<ProcessInstance> confirmations = confirmationsOf(pilot);
    assertThat(confirmations).as("one partner to confirm").hasSize(1);
    return confirmations.get(0);
  }

  private ProcessInstance suggestionOf(ProcessInstance pilot) {
    ProcessInstance suggesting = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ChampionsModel.SUGGEST_PARTNERS_PROCESS).variableValueEquals("pilotReference", reference(pilot))
        .singleResult();
    assertThat(suggesting).as("suggest partners for %s", reference(pilot)).isNotNull();
    return suggesting;
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
