package org.pilotgate;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled main code. Each rule is also
 * checked against the main code plus the test fixtures named ArchitectureBreach, which put back an
 * edge the rule forbids: a rule that cannot fail would pass there too.
 */
class ArchitectureTest {

  /**
   * Accepted debt: the one package cycle left, to be broken by events (issue 13). The cycle rule
   * treats these packages as one; remove a package here once it leaves the cycle, and the rule
   * then checks it like any other.
   */
  private static final Set<String> KNOWN_CYCLE = Set.of("org.pilotgate.audit", "org.pilotgate.gate",
      "org.pilotgate.library", "org.pilotgate.library.web", "org.pilotgate.pilot", "org.pilotgate.report",
      "org.pilotgate.trial");

  /** Outside the process package, the classes that hook into the engine and so need its impl classes. */
  private static final Set<String> ENGINE_GLUE_OUTSIDE_PROCESS = Set.of(
      "org.pilotgate.audit.PilotRegisterEvents",       // history watcher: the register follows each event
      "org.pilotgate.pilot.FrozenRegistrationGuard",   // history watcher: refuses changes to a frozen registration
      "org.pilotgate.pilot.PilotWithdrawals",          // history watcher: refuses or records a deletion
      "org.pilotgate.notify.MailEnginePlugin",         // engine plugin: a parse listener adds mail to user tasks
      "org.pilotgate.notify.ProcessMail",              // the signed-in user: nobody is mailed a task they took
      "org.pilotgate.notify.Recipients",               // group queries in the running command, unrestricted
      "org.pilotgate.security.Managers",               // the managers group is read without the caller's authorization
      "org.pilotgate.operations.JobExecutorHealth",    // the job executor's acquisition thread is not in the public API
      "org.pilotgate.retention.RetentionEnginePlugin"); // engine plugin: history time to live and cleanup

  private static final DescribedPredicate<JavaClass> ENGINE_GLUE = resideInAPackage("org.pilotgate.process..")
      .or(describe("are " + ENGINE_GLUE_OUTSIDE_PROCESS,
          javaClass -> ENGINE_GLUE_OUTSIDE_PROCESS.contains(javaClass.getName().split("\\$")[0])));

  private static final ArchRule PROCESS_DOES_NOT_DEPEND_ON_SECURITY = noClasses()
      .that().resideInAPackage("org.pilotgate.process..")
      .should().dependOnClassesThat().resideInAPackage("org.pilotgate.security..")
      .because("security decides who may do what to the process, so the engine glue must not need the rules it serves");

  private static final ArchRule NO_CYCLES_BUT_THE_KNOWN_ONE = slices()
      .assignedFrom(new PackagesWithTheKnownCycleAsOne())
      .should().beFreeOfCycles()
      .because("a package in a cycle cannot be understood, tested or changed without all the others in it");

  private static final ArchRule DOMAIN_DOES_NOT_DEPEND_ON_DELIVERY = noClasses()
      .that().resideInAnyPackage("org.pilotgate.pilot..", "org.pilotgate.trial..", "org.pilotgate.gate..",
          "org.pilotgate.report..")
      .should().dependOnClassesThat().resideInAnyPackage("org.pilotgate.library..", "org.pilotgate.operations..",
          "org.pilotgate.webapp..")
      .because("the pilot's rules must hold whatever the library, the pages or the monitoring do with the results");

  // report is left out: its reminder and escalation mail through ProcessMail until it announces events (issue 13)
  private static final ArchRule DOMAIN_DOES_NOT_SEND_MAIL = noClasses()
      .that().resideInAnyPackage("org.pilotgate.pilot..", "org.pilotgate.trial..", "org.pilotgate.gate..")
      .should().dependOnClassesThat().resideInAPackage("org.pilotgate.notify..")
      .because("who is told what is a choice about notifications, not about the pilot's rules");

  private static final ArchRule ENGINE_INTERNALS_ONLY_IN_THE_GLUE = noClasses()
      .that(DescribedPredicate.not(ENGINE_GLUE))
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
      .because("Camunda may change its impl classes in any release, so an upgrade should touch only the named glue");

  private static final ArchRule GOVERNANCE_DEPENDS_ON_NO_FEATURE = noClasses()
      .that().resideInAPackage("org.pilotgate.governance..")
      .should().dependOnClassesThat(resideInAPackage("org.pilotgate..")
          .and(DescribedPredicate.not(resideInAPackage("org.pilotgate.governance.."))))
      .because("PilotGate's own records are what every feature builds on, so they must not change when a feature does");

  private static final JavaClasses MAIN = classes(new ImportOption.DoNotIncludeTests());
  private static final JavaClasses MAIN_AND_BREACHES = classes(location ->
      new ImportOption.DoNotIncludeTests().includes(location) || location.contains("/ArchitectureBreach.class"));

  @Test
  void processDoesNotDependOnSecurity() {
    PROCESS_DOES_NOT_DEPEND_ON_SECURITY.check(MAIN);
  }

  @Test
  void noPackageCyclesButTheKnownOne() {
    NO_CYCLES_BUT_THE_KNOWN_ONE.check(MAIN);
  }

  @Test
  void domainFeaturesDoNotDependOnDelivery() {
    DOMAIN_DOES_NOT_DEPEND_ON_DELIVERY.check(MAIN);
  }

  @Test
  void domainFeaturesDoNotSendMail() {
    DOMAIN_DOES_NOT_SEND_MAIL.check(MAIN);
  }

  @Test
  void engineInternalsOnlyInTheGlue() {
    ENGINE_INTERNALS_ONLY_IN_THE_GLUE.check(MAIN);
  }

  @Test
  void governanceDependsOnNoFeature() {
    GOVERNANCE_DEPENDS_ON_NO_FEATURE.check(MAIN);
  }

  @Test
  void eachRuleCatchesTheEdgeItForbids() {
    assertBreaks(PROCESS_DOES_NOT_DEPEND_ON_SECURITY, "org.pilotgate.process.ArchitectureBreach");
    assertBreaks(NO_CYCLES_BUT_THE_KNOWN_ONE, "org.pilotgate.process.ArchitectureBreach");
    assertBreaks(NO_CYCLES_BUT_THE_KNOWN_ONE, "org.pilotgate.form.ArchitectureBreach");
    assertBreaks(DOMAIN_DOES_NOT_DEPEND_ON_DELIVERY, "org.pilotgate.gate.ArchitectureBreach");
    assertBreaks(DOMAIN_DOES_NOT_SEND_MAIL, "org.pilotgate.gate.ArchitectureBreach");
    assertBreaks(ENGINE_INTERNALS_ONLY_IN_THE_GLUE, "org.pilotgate.gate.ArchitectureBreach");
    assertBreaks(GOVERNANCE_DEPENDS_ON_NO_FEATURE, "org.pilotgate.governance.ArchitectureBreach");
  }

  private static void assertBreaks(ArchRule rule, String breach) {
    assertThatThrownBy(() -> rule.check(MAIN_AND_BREACHES)).as(rule.getDescription())
        .isInstanceOf(AssertionError.class).hasMessageContaining(breach);
  }

  /** Each package under org.pilotgate is a slice, except that the known cycle's packages form one together. */
  private static final class PackagesWithTheKnownCycleAsOne implements SliceAssignment {

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String pkg = javaClass.getPackageName();
      if (KNOWN_CYCLE.contains(pkg)) {
        return SliceIdentifier.of("known cycle (issue 13)");
      }
      return pkg.startsWith("org.pilotgate") ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "the packages under org.pilotgate, the known cycle's as one";
    }
  }

  private static JavaClasses classes(ImportOption option) {
    return new ClassFileImporter().withImportOption(option).importPackages("org.pilotgate");
  }
}
