package org.pilotgate.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pilotgate.gate.GateRuling;

/** Finding pilots: what is wrong with the parameters, named by parameter, and the search they ask for. No Spring. */
class PilotSearchParametersTest {

  @Test
  void noParametersSearchEverythingOnTheFirstPage() {
    PilotSearchParameters none = params(null, null, null, null, null, null, null, null, null, null);
    assertThat(none.errors()).isEmpty();
    assertThat(none.search()).isEqualTo(PilotSearch.everything());
  }

  @Test
  void blankParametersCountAsAbsentAndValuesAreTrimmed() {
    PilotSearchParameters blank = params(" ", "", "\t", " ", "", "  olivia ", "", " ", " ", "");
    assertThat(blank.errors()).isEmpty();
    assertThat(blank.person()).isEqualTo("olivia");
    assertThat(blank.search()).isEqualTo(new PilotSearch(null, null, null, null, null, "olivia", null, null, 1,
        PilotSearch.DEFAULT_SIZE));
  }

  @Test
  void everyFilterIsReadInAnyCase() {
    PilotSearch search = params("in_trial", "housing", "2027-01-01", "2027-12-31", "stop", "max", "manager", "TRUE",
        "3", "50").search();
    assertThat(search).isEqualTo(new PilotSearch(PilotStatus.IN_TRIAL, "HOUSING", LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 12, 31), GateRuling.Decision.STOP, "max", PilotRole.MANAGER, true, 3, 50));
    assertThat(params(null, null, null, null, null, null, null, "False", null, null).search().overrodeRecommendation())
        .isFalse();
  }

  @Test
  void unknownChoicesAreNamedWithTheirOptions() {
    PilotSearchParameters wrong = params("LOST", "PARKS", null, null, "MAYBE", "max", "CLERK", "yes", null, null);
    assertThat(wrong.errors()).containsOnlyKeys("status", "serviceArea", "decision", "role", "overrodeRecommendation");
    assertThat(wrong.errors().get("status")).startsWith("status must be one of [PROPOSED, ").contains("IN_TRIAL");
    assertThat(wrong.errors().get("serviceArea")).startsWith("serviceArea must be one of [").contains("HOUSING");
    assertThat(wrong.errors().get("decision")).isEqualTo("decision must be one of [SCALE, EXTEND, ADAPT, STOP]");
    assertThat(wrong.errors().get("role")).isEqualTo("role must be one of [OFFICER, MANAGER]");
    assertThat(wrong.errors().get("overrodeRecommendation")).isEqualTo("overrodeRecommendation must be true or false");
  }

  @Test
  void errorsComeInTheOrderOfTheForm() {
    PilotSearchParameters wrong = params("LOST", "PARKS", "yesterday", "soon", "MAYBE", null, "CLERK", "yes", "x", "0");
    assertThat(wrong.errors()).containsOnlyKeys("status", "serviceArea", "from", "to", "decision", "role",
        "overrodeRecommendation", "page", "size");
    assertThat(wrong.errors().keySet()).containsExactly("status", "serviceArea", "from", "to", "decision", "role",
        "overrodeRecommendation", "page", "size");
  }

  @Test
  void datesAreTypedDayMonthYearOrSentAsIsoDaysAndInOrder() {
    PilotSearchParameters typed = params(null, null, "27/03/2026", "4/2/2027", null, null, null, null, null, null);
    assertThat(typed.errors()).isEmpty();
    assertThat(typed.search().from()).isEqualTo(java.time.LocalDate.of(2026, 3, 27));
    assertThat(typed.search().to()).isEqualTo(java.time.LocalDate.of(2027, 2, 4));
    assertThat(params(null, null, "2026-03-27", null, null, null, null, null, null, null).search().from())
        .isEqualTo(java.time.LocalDate.of(2026, 3, 27));
    assertThat(params(null, null, "31/02/2026", "2026-13-01", null, null, null, null, null, null).errors())
        .containsEntry("from", "from must be a real date, written day/month/year like 27/03/2026 (or 2026-03-27)")
        .containsEntry("to", "to must be a real date, written day/month/year like 27/03/2026 (or 2026-03-27)");
    assertThat(params(null, null, "2027-03-02", "2027-03-01", null, null, null, null, null, null).errors())
        .containsExactly(java.util.Map.entry("to", "to must be the same as or after from (2 March 2027)"));
    assertThat(params(null, null, "2027-03-02", "2027-03-02", null, null, null, null, null, null).errors())
        .as("one day is a range").isEmpty();
  }

  @Test
  void aRoleNarrowsAPersonAndNeedsOne() {
    assertThat(params(null, null, null, null, null, null, "OFFICER", null, null, null).errors())
        .containsExactly(java.util.Map.entry("role", "role narrows person: give the person's user id too"));
    assertThat(params(null, null, null, null, null, "olivia", "OFFICER", null, null, null).errors()).isEmpty();
    assertThat(params(null, null, null, null, null, null, "CLERK", null, null, null).errors().get("role"))
        .as("an unknown role is named as such, not as missing a person").startsWith("role must be one of");
  }

  @Test
  void pagesRunFromOneToTheMaximum() {
    assertThat(page("1").errors()).isEmpty();
    assertThat(page(String.valueOf(PilotSearchParameters.MAX_PAGE)).errors()).isEmpty();
    assertThat(page(String.valueOf(PilotSearchParameters.MAX_PAGE)).search().page())
        .isEqualTo(PilotSearchParameters.MAX_PAGE);
    for (String wrong : new String[] {String.valueOf(PilotSearchParameters.MAX_PAGE + 1), "0", "-1", "1.5", "one",
        "9999999999"}) {
      assertThat(page(wrong).errors()).as(wrong)
          .containsExactly(java.util.Map.entry("page", "page must be a whole number from 1 to 1000000"));
    }
  }

  @Test
  void sizesRunFromOneToTheMaximum() {
    assertThat(size("1").search().size()).isEqualTo(1);
    assertThat(size(String.valueOf(PilotSearch.MAX_SIZE)).search().size()).isEqualTo(PilotSearch.MAX_SIZE);
    for (String wrong : new String[] {"0", String.valueOf(PilotSearch.MAX_SIZE + 1), "-5", "ten"}) {
      assertThat(size(wrong).errors()).as(wrong)
          .containsExactly(java.util.Map.entry("size", "size must be a whole number from 1 to " + PilotSearch.MAX_SIZE));
    }
  }

  @Test
  void aSearchIsNotBuiltFromWrongParameters() {
    assertThatThrownBy(() -> page("-1").search()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("page=page must be a whole number");
  }

  private static PilotSearchParameters page(String page) {
    return params(null, null, null, null, null, null, null, null, page, null);
  }

  private static PilotSearchParameters size(String size) {
    return params(null, null, null, null, null, null, null, null, null, size);
  }

  private static PilotSearchParameters params(String status, String serviceArea, String from, String to,
      String decision, String person, String role, String overrodeRecommendation, String page, String size) {
    return new PilotSearchParameters(status, serviceArea, from, to, decision, person, role, overrodeRecommendation,
        page, size);
  }
}
