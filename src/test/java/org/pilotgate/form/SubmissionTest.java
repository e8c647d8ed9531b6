package org.pilotgate.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionTest {

  enum Colour { RED, GREEN }

  @Test
  void readsNumbersSentAsNumbersOrText() {
    Submission form = Submission.of(Map.of("sites", "12", "budget", 1500.5, "count", 3L));
    assertThat(form.wholeNumber("sites", 1, 100)).isEqualTo(12);
    assertThat(form.decimal("budget", BigDecimal.ZERO, null)).isEqualByComparingTo("1500.5");
    assertThat(form.wholeNumber("count", 1, 10)).isEqualTo(3);
  }

  @Test
  void refusesAFractionWhereAWholeNumberIsNeeded() {
    assertThatThrownBy(() -> Submission.of(Map.of("sites", 2.5)).wholeNumber("sites", 1, 10))
        .isInstanceOf(InvalidSubmission.class).hasMessage("sites: must be a whole number");
  }

  @Test
  void namesTheRangeThatWasBroken() {
    assertThatThrownBy(() -> Submission.of(Map.of("sites", 0)).wholeNumber("sites", 1, 10))
        .hasMessage("sites: must be at least 1");
  }

  @Test
  void blankTextIsMissing() {
    assertThatThrownBy(() -> Submission.of(Map.of("title", "   ")).text("title", 10))
        .hasMessage("title: is required");
  }

  @Test
  void tooLongTextSaysHowLong() {
    assertThatThrownBy(() -> Submission.of(Map.of("title", "abcdefghijk")).text("title", 10))
        .hasMessage("title: must be at most 10 characters (it has 11)");
  }

  @Test
  void aChoiceOutsideTheOptionsListsThem() {
    assertThatThrownBy(() -> Submission.of(Map.of("colour", "blue")).choice("colour", Colour.class))
        .hasMessage("colour: must be one of RED, GREEN, not 'blue'");
    assertThat(Submission.of(Map.of("colour", "GREEN")).choice("colour", Colour.class)).isEqualTo(Colour.GREEN);
  }

  @Test
  void codesAreTakenExactlyAsTheFormsSendThem() {
    assertThatThrownBy(() -> Submission.of(Map.of("colour", "green")).choice("colour", Colour.class))
        .hasMessage("colour: must be one of RED, GREEN, not 'green'");
    assertThatThrownBy(() -> Submission.of(Map.of("colour", " RED")).choice("colour", Colour.class))
        .hasMessage("colour: must be one of RED, GREEN, not ' RED'");
    assertThatThrownBy(() -> Submission.of(Map.of("colours", List.of("RED", "Green"))).choices("colours", Colour.class))
        .hasMessage("colours: must be one of RED, GREEN, not 'Green'");
  }

  @Test
  void textMustBeText() {
    assertThatThrownBy(() -> Submission.of(Map.of("title", 42)).text("title", 200))
        .isInstanceOf(InvalidSubmission.class).hasMessage("title: must be text, not a number");
    assertThatThrownBy(() -> Submission.of(Map.of("title", new java.util.Date())).text("title", 200))
        .hasMessage("title: must be text, not a date");
    assertThatThrownBy(() -> Submission.of(Map.of("title", true)).optionalText("title", 200))
        .hasMessage("title: must be text, not true or false");
    assertThatThrownBy(() -> Submission.of(Map.of("title", List.of("a"))).text("title", 200))
        .hasMessage("title: must be text, not a list");
  }

  @Test
  void textRefusesControlCharactersButKeepsLineBreaksAndTabs() {
    assertThatThrownBy(() -> Submission.of(Map.of("title", "Bus\u0000drivers")).text("title", 200))
        .hasMessage("title: must not contain control characters (U+0000 at character 4)");
    assertThatThrownBy(() -> Submission.of(Map.of("notes", "ok\u001f")).optionalText("notes", 200))
        .as("even where stripping would have removed it")
        .hasMessage("notes: must not contain control characters (U+001F at character 3)");
    assertThatThrownBy(() -> Submission.of(Map.of("notes", "a\u0085b")).text("notes", 200))
        .hasMessage("notes: must not contain control characters (U+0085 at character 2)");
    assertThat(Submission.of(Map.of("notes", "First line\r\n\tindented")).text("notes", 200))
        .isEqualTo("First line\r\n\tindented");
  }

  @Test
  void oneLineTextRefusesLineBreaks() {
    assertThatThrownBy(() -> Submission.of(Map.of("title", "Bus drivers\nrefer")).line("title", 200))
        .hasMessage("title: must be one line, without line breaks");
    assertThat(Submission.of(Map.of("title", "  Bus drivers refer\t")).line("title", 200)).isEqualTo("Bus drivers refer");
  }

  @Test
  void datesTypedWithSlashesAreDayMonthYear() {
    assertThat(Submission.of(Map.of("day", "04/02/2027")).date("day")).isEqualTo(LocalDate.of(2027, 2, 4));
    assertThat(Submission.of(Map.of("day", " 4/2/2027 ")).date("day")).isEqualTo(LocalDate.of(2027, 2, 4));
    assertThat(Submission.of(Map.of("day", "31/12/2027")).date("day")).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void isoDaysAreReadTooForTheApisAndStoredValues() {
    assertThat(Submission.of(Map.of("day", "2027-02-04")).date("day")).isEqualTo(LocalDate.of(2027, 2, 4));
    assertThat(Submission.of(Map.of("day", "2027-02-04T00:00:00.000+0000")).date("day"))
        .isEqualTo(LocalDate.of(2027, 2, 4));
  }

  @Test
  void aDayThatDoesNotExistIsNamedAsSuch() {
    assertThatThrownBy(() -> Submission.of(Map.of("trialStart", "31/02/2027")).date("trialStart"))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessage("trialStart: must be a real date, like 04/02/2027: there is no '31/02/2027'");
    assertThatThrownBy(() -> Submission.of(Map.of("trialStart", "2027-02-31")).date("trialStart"))
        .hasMessage("trialStart: must be a real date, like 04/02/2027: there is no '2027-02-31'");
    assertThatThrownBy(() -> Submission.of(Map.of("trialStart", "4/13/2027")).date("trialStart"))
        .hasMessage("trialStart: must be a real date, like 04/02/2027: there is no '4/13/2027'");
  }

  @Test
  void otherWaysOfWritingADateAreRefused() {
    for (String written : List.of("02-04-2027", "4/2/27", "4 February 2027", "2027/02/04", "04.02.2027")) {
      assertThatThrownBy(() -> Submission.of(Map.of("day", written)).date("day"))
          .hasMessage("day: must be a date written as day/month/year, like 04/02/2027, not '" + written + "'");
    }
  }

  @Test
  void rowProblemsNameTheRowAndColumn() {
    Submission form = Submission.of(Map.of("criteria", List.of(Map.of("target", 1), Map.of("target", "x"))));
    List<Submission> rows = form.rows("criteria");
    assertThat(rows.get(0).wholeNumber("target", 0, 9)).isEqualTo(1);
    assertThatThrownBy(() -> rows.get(1).wholeNumber("target", 0, 9))
        .isInstanceOf(InvalidSubmission.class)
        .extracting("field").isEqualTo("criteria[1].target");
  }

  @Test
  void aListFieldMustBeAList() {
    assertThatThrownBy(() -> Submission.of(Map.of("criteria", "none")).rows("criteria"))
        .hasMessage("criteria: must be a list");
  }
}
