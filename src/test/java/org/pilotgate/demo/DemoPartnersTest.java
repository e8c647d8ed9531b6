package org.pilotgate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pilotgate.HttpTestClient;
import org.pilotgate.partners.Partner;
import org.pilotgate.partners.PartnerRegister;
import org.pilotgate.process.ChampionsModel;
import org.pilotgate.process.PilotProcessTest;
import org.pilotgate.security.DemoUsers;
import org.pilotgate.security.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo's partner register at first start: partners across kinds and wards, a map with gaps, seeded once. */
@DemoSeeded
class DemoPartnersTest extends PilotProcessTest {

  @LocalServerPort int port;
  @Autowired DemoSeed seed;
  @Autowired PartnerRegister register;

  @Test
  void firstStartSeedsPartnersAcrossKindsAndWardsOnce() {
    List<Partner> partners = register.all();
    assertThat(partners).extracting(partner -> partner.details().name())
        .containsAll(DemoPartners.PARTNERS.stream().map(details -> details.name()).toList());
    assertThat(partners).extracting(partner -> partner.details().kind()).doesNotHaveDuplicates().hasSizeGreaterThan(5);
    assertThat(partners).allSatisfy(partner -> assertThat(partner.createdBy()).isEqualTo(DemoPartners.CHAMPION));

    assertThat(seed.seedPartnersIfEmpty()).isFalse();
    assertThat(register.all()).hasSameSizeAs(partners);
  }

  @Test
  void camStartsWithPartnersToConfirmAndPartnersToSuggest() {
    List<String> work = tasks.createTaskQuery().taskCandidateGroup(Groups.CHAMPIONS).list().stream()
        .map(Task::getName).toList();
    assertThat(work).anyMatch(task -> task.endsWith("Confirm this partner"))
        .anyMatch(task -> task.endsWith("Suggest partners"));
    assertThat(tasks.createTaskQuery().processDefinitionKey(ChampionsModel.CONFIRM_PARTNER_PROCESS).list())
        .as("only the partners the register lacks: Royal Mail, Go Buses and the others it holds were linked")
        .extracting(task -> runtime.getVariable(task.getProcessInstanceId(), "partnerName"))
        .containsExactlyInAnyOrder("Local pharmacies", "Fire and rescue service", "Town centre traders' association",
            "Council contact centre");
  }

  @Test
  void theMapShowsEngagedPartnersAndGaps() {
    String map = HttpTestClient.signedIn(port, "olivia", DemoUsers.PASSWORD).getPage("/partners/map").body();
    // Royal Mail covers every ward; Go Buses has ended, so bus drivers are a gap everywhere
    assertThat(cell(map, "Abbey", "Postal workers")).isEqualTo("1");
    assertThat(cell(map, "Abbey", "Bus drivers")).isEqualTo("None");
    assertThat(cell(map, "Riverside", "Pharmacists")).isEqualTo("1");
    assertThat(cell(map, "Abbey", "Pharmacists")).isEqualTo("None");
    // and the drawing of the demo's wards (application-demo.yml), each labelled with its coverage
    assertThat(map).contains("data-area=\"Castle\" data-band=\"SOME\"", ">4 of 11 kinds<",
        "data-area=\"Brookside\" data-band=\"FEW\"", ">2 of 11 kinds<");
  }

  @Test
  void aPartnerPageListsThePilotsThatNameItWithTheirOutcomes() {
    long royalMail = register.all().stream().filter(partner -> partner.details().name().equals("Royal Mail"))
        .findFirst().orElseThrow().id();
    String page = HttpTestClient.signedIn(port, "cam", DemoUsers.PASSWORD).getPage("/partners/" + royalMail).body();
    assertThat(page).contains("Postal workers check on older residents who live alone", "Succeeded", "Pat Morgan");
  }

  /** The text of the map's cell for {@code area} and {@code kind}. */
  private static String cell(String map, String area, String kind) {
    Matcher cell = Pattern.compile("data-area=\"" + area + "\" data-kind=\"" + kind + "\">\\s*(?:<strong[^>]*>)?([^<\\s]+)")
        .matcher(map);
    assertThat(cell.find()).as(area + " × " + kind).isTrue();
    return cell.group(1);
  }
}
