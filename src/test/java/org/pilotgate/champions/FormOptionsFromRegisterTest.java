package org.pilotgate.champions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.TestPilots;
import org.pilotgate.partners.PartnerChoices;
import org.pilotgate.partners.PartnerDetails;
import org.pilotgate.partners.PartnerRegister;
import org.pilotgate.process.ChampionsModel;
import org.pilotgate.process.LifecycleModel;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.process.ProcessData;
import org.pilotgate.security.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The forms as the engine serves them, through its REST API: filled from the register as they open. */
class FormOptionsFromRegisterTest extends PilotProcessTest {

  @LocalServerPort int port;
  @Autowired PartnerRegister register;
  @Autowired PartnerChoices choices;

  @Test
  void theProposalOffersTheRegistersPartnersButNotEndedOnes() {
    long engaged = partner("Brookside Library Friends " + System.nanoTime(), PartnerDetails.Status.ENGAGED);
    long ended = partner("Old Bus Co " + System.nanoTime(), PartnerDetails.Status.ENDED);

    JsonNode form = HttpTestClient.json(api("olivia").get("/engine-rest/process-definition/key/"
        + LifecycleModel.PROCESS + "/deployed-start-form"));

    List<String> offered = values(field(form, "registerId"));
    assertThat(offered).contains(String.valueOf(engaged)).doesNotContain(String.valueOf(ended));
  }

  @Test
  void planningTheTrialShowsThePartnersTheChampionsSuggested() {
    String name = "Westfield Tenants' Forum " + System.nanoTime();
    long partner = partner(name, PartnerDetails.Status.PARTNER);
    ProcessInstance pilot = approved("olivia", "max");
    complete(runtime.createProcessInstanceQuery().processInstanceId(championsTask(pilot,
        ChampionsModel.SUGGEST_PARTNERS_PROCESS).getProcessInstanceId()).singleResult(), ChampionsModel.SUGGEST_PARTNERS, "cam",
        Variables.createVariables().putValue("suggestions", ProcessData.json(List.of(
            Map.of("registerId", String.valueOf(partner), "note", "Knows every <b>tenant</b>")))));

    JsonNode form = HttpTestClient.json(api("olivia").get("/engine-rest/task/" + openTask(pilot,
        LifecycleModel.PLAN_TRIAL).getId() + "/deployed-form"));

    String text = field(form, null, "Text_partner_suggestions").path("text").asText();
    assertThat(text).startsWith("### Partners the collaboration champions suggest")
        .contains("**" + name + "**", "Knows every \\<b\\>tenant\\</b\\>", "suggested by cam");
  }

  @Test
  void confirmingAPartnerOffersTheCouncilsKindsAndAreas() {
    ProcessInstance pilot = propose("olivia", TestPilots.proposalNaming(Map.of("name", "Abbey Allotments " + System.nanoTime(),
        "sector", "THIRD_SECTOR", "role", "Grows food with residents")));

    JsonNode form = HttpTestClient.json(api("cam").get("/engine-rest/task/"
        + championsTask(pilot, ChampionsModel.CONFIRM_PARTNER_PROCESS).getId() + "/deployed-form"));

    assertThat(values(field(form, "partnerKind"))).isEqualTo(choices.kinds());
    assertThat(values(field(form, "partnerAreas"))).isEqualTo(choices.areas());
  }

  private long partner(String name, PartnerDetails.Status status) {
    return register.add(new PartnerDetails(name, PartnerDetails.Sector.COMMUNITY, "Other", List.of("Brookside"), null,
        List.of(), null, PartnerDetails.DataSharing.NONE, status), "cam");
  }

  private HttpTestClient api(String user) {
    return HttpTestClient.basic(port, user, DemoUsers.PASSWORD);
  }

  private static JsonNode field(JsonNode form, String key) {
    return field(form, key, null);
  }

  /** The component with that key (or id), in lists too. */
  private static JsonNode field(JsonNode container, String key, String id) {
    for (JsonNode component : container.path("components")) {
      if ((key != null && key.equals(component.path("key").asText())) || (id != null && id.equals(component.path("id").asText()))) {
        return component;
      }
      JsonNode inside = field(component, key, id);
      if (!inside.isMissingNode()) {
        return inside;
      }
    }
    return MissingNode.getInstance();
  }

  private static List<String> values(JsonNode field) {
    List<String> values = new ArrayList<>();
    field.path("values").forEach(value -> values.add(value.path("value").asText()));
    return values;
  }
}
