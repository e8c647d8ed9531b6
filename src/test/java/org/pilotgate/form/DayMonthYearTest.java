package org.pilotgate.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayMonthYearTest {

  @Test
  void showsADayAsPeopleReadAndTypeIt() {
    LocalDate day = LocalDate.of(2027, 2, 4);
    assertThat(DayMonthYear.readable(day)).isEqualTo("4 February 2027");
    assertThat(DayMonthYear.typed(day)).isEqualTo("04/02/2027");
    assertThat(DayMonthYear.parse(DayMonthYear.typed(day))).contains(day);
  }

  @Test
  void theFirstNumberIsTheDay() {
    assertThat(DayMonthYear.parse("04/02/2027")).contains(LocalDate.of(2027, 2, 4));
    assertThat(DayMonthYear.parse("12/01/2027")).contains(LocalDate.of(2027, 1, 12));
  }
}
