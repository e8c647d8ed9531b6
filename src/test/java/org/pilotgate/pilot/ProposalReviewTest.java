package org.pilotgate.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotgate.form.Submission;

class ProposalReviewTest {

  @Test
  void approvalNeedsNoComments() {
    assertThat(ProposalReview.from(Submission.of(Map.of("reviewDecision", "APPROVE")), 0).decision())
        .isEqualTo(ProposalReview.Decision.APPROVE);
  }

  @Test
  void aRejectionGivesTheProposerAReason() {
    assertThatThrownBy(() -> ProposalReview.from(Submission.of(Map.of("reviewDecision", "REJECT")), 0))
        .hasMessage("reviewComments: is required");
  }

  @Test
  void changesMayBeRequestedThreeTimesAtMost() {
    Submission request = Submission.of(Map.of("reviewDecision", "REQUEST_CHANGES", "reviewComments", "Again"));
    assertThat(ProposalReview.from(request, 2).decision()).isEqualTo(ProposalReview.Decision.REQUEST_CHANGES);
    assertThatThrownBy(() -> ProposalReview.from(request, 3))
        .hasMessageStartingWith("reviewDecision: changes have been requested 3 times already");
  }
}
