package org.pilotgate.insights;

/** The ids in bpmn/what-works-insight.bpmn that Java and the tests rely on; ModelContractTest checks them. */
public final class InsightModel {

  public static final String PROCESS = "what-works-insight";

  public static final String QUARTER_BEGUN = "QuarterBegun";
  public static final String WRITE_INSIGHT = "WriteInsight";
  public static final String REVIEW_INSIGHT = "ReviewInsight";
  public static final String INSIGHT_PUBLISHED = "InsightPublished";

  /** The writing form's fields (write-insight). */
  public static final String TITLE = "insightTitle";
  public static final String TEXT = "insightText";
  public static final String REPORTS = "insightReports";

  /** The review form's fields (review-insight). */
  public static final String DECISION = "insightDecision";
  public static final String COMMENTS = "insightComments";

  private InsightModel() {}
}
