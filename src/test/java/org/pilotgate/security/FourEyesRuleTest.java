package org.pilotgate.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pilotgate.form.NotAllowed;

/**
 * The four-eyes rule itself, without Spring or the engine. {@link FourEyesTest} checks it through the
 * engine and the REST API, where the listener applies it however a task is handed over.
 */
class FourEyesRuleTest {

  @Test
  void theProposerIsRefusedWithAMessageThatSaysWhyAndWhatHappensNext() {
    assertThatThrownBy(() -> FourEyes.check("sam", "sam", "PIL-2027-0042", "Decide the evaluation gate"))
        .isInstanceOf(NotAllowed.class)
        .hasMessage("sam proposed PIL-2027-0042, so another manager must decide the evaluation gate "
            + "(four-eyes rule). The task stays open for them.");
  }

  @Test
  void theTasksNameIsWovenIntoTheSentenceWhateverTheTask() {
    assertThatThrownBy(() -> FourEyes.check("sam", "sam", "PIL-2027-0042", "Review the failure report"))
        .hasMessageContaining("so another manager must review the failure report (four-eyes rule)");
    assertThatThrownBy(() -> FourEyes.check("sam", "sam", "PIL-2027-0042", ""))
        .as("a task without a name still refuses").isInstanceOf(NotAllowed.class);
  }

  @Test
  void anyoneElseMayDecide() {
    assertThatCode(() -> FourEyes.check("sam", "mia", "PIL-2027-0042", "Review the proposal")).doesNotThrowAnyException();
  }

  @Test
  void userIdsAreComparedExactlyAsCamundaStoresThem() {
    assertThatThrownBy(() -> FourEyes.check("olivia", "olivia", "PIL-1", "Review the proposal"))
        .isInstanceOf(NotAllowed.class);
    assertThatCode(() -> FourEyes.check("olivia", "olivia2", "PIL-1", "Review the proposal")).doesNotThrowAnyException();
  }
}
