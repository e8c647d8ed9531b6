package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every date a person types is a day/month/year date field: no form uses form-js's date picker, which
 * takes 04/02/2027 as 2 April, and the engine knows each date field (to give it back day/month/year).
 */
class DateFieldsTest {

  @Test
  void theDatesPeopleTypeAreDayMonthYearFields() throws IOException {
    FormFields forms = new FormFields();
    assertThat(forms.datesOf("pilot-proposal")).containsExactlyInAnyOrder("plannedStart", "plannedEnd");
    assertThat(forms.datesOf("plan-trial")).containsExactlyInAnyOrder("trialStart", "trialEnd");
    assertThat(forms.datesOf("decide-gate")).containsExactly("newTrialEnd");
    assertThat(forms.datesOf("review-proposal")).as("shows dates, takes none").isEmpty();
    assertThat(forms.datesOf(null)).isEmpty();
  }

  @Test
  void noFormUsesTheMonthDayYearDatePicker() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      assertThat(files.filter(file -> file.toString().endsWith(".form")))
          .isNotEmpty()
          .allSatisfy(file -> assertThat(Files.readString(file)).as(file.toString())
              .doesNotContain("\"type\": \"datetime\""));
    }
  }
}
