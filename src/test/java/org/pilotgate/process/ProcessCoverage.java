package org.pilotgate.process;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;

/**
 * The process-test coverage gate each model's scenario class applies: pom.xml's
 * {@code process-test-coverage.minimum}, the one place it is set, over the models that class drives.
 */
public final class ProcessCoverage {

  private ProcessCoverage() {}

  /**
   * The gate over the models a scenario class drives, bar {@code otherModels}: processes it starts on
   * the way whose paths another scenario class covers.
   */
  public static ProcessEngineCoverageProperties gate(String... otherModels) {
    return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(minimum())
        .excludeProcessDefinitionKeys(otherModels).build();
  }

  /** pom.xml's {@code process-test-coverage.minimum}, which Surefire passes on. */
  static double minimum() {
    String minimum = System.getProperty("process-test-coverage.minimum");
    if (minimum == null) {
      throw new IllegalStateException("process-test-coverage.minimum is not set: run the tests through Maven, "
          + "whose pom.xml sets it, or pass -Dprocess-test-coverage.minimum=<share> to the test JVM");
    }
    return Double.parseDouble(minimum);
  }
}
