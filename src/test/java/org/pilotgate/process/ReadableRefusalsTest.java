package org.pilotgate.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.pilotgate.form.InvalidSubmission;

/** A refused value is reported with the field's label from the released forms, as a sentence. */
class ReadableRefusalsTest {

  private final FormFields forms = releasedForms();

  @Test
  void aFieldIsNamedByItsLabelAndADateFieldByItsDateLabel() {
    assertThat(forms.labelOf("plannedSites")).isEqualTo("Planned number of sites");
    assertThat(forms.labelOf("hypothesis")).isEqualTo("Hypothesis");
    assertThat(forms.labelOf("trialEnd")).startsWith("Trial end");
  }

  @Test
  void aFieldOfAListRowIsNamedByTheListTheRowFromOneAndTheColumn() {
    assertThat(forms.labelOf("successCriteria[1].target")).isEqualTo("Success criteria, row 2, Target");
    assertThat(forms.labelOf("partners[0]")).isEqualTo("Partners, row 1");
    assertThat(forms.labelOf("reportResults[0].actual")).isEqualTo("Results against each success criterion, row 1, Actual result");
  }

  @Test
  void aNameNoFormLabelsStaysAsItIs() {
    assertThat(forms.labelOf("proposer")).isEqualTo("proposer");
    assertThat(forms.labelOf("unknown[3].thing")).isEqualTo("unknown, row 4, thing");
  }

  @Test
  void theMessageReadsAsASentenceWithoutTheVariableName() {
    SubmissionRejected refused = new SubmissionRejected(
        new InvalidSubmission("successCriteria[0].target", "must be above the baseline when the measure should increase"), forms);
    assertThat(refused.getMessage())
        .isEqualTo("Success criteria, row 1, Target must be above the baseline when the measure should increase.")
        .doesNotContain("successCriteria");
    assertThat(refused.field()).as("API clients still get the variable").isEqualTo("successCriteria[0].target");
    assertThat(SubmissionRejected.message("Success criteria", "register at least one success criterion"))
        .isEqualTo("Success criteria: register at least one success criterion.");
    assertThat(SubmissionRejected.message("Why it did not work", "choose at least one reason: THEORY.")).endsWith("THEORY.");
  }

  private static FormFields releasedForms() {
    try {
      return new FormFields();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
