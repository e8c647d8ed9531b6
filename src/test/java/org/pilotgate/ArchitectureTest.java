package org.pilotgate;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pilotgate.governance.AuditChain;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled main code. Each rule is also
 * checked against the main code plus the test fixtures named ArchitectureBreach, which put back an
 * edge the rule forbids: a rule that cannot fail would pass there too.
 */
class ArchitectureTest {

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
      "org.pilotgate.retention.RetentionEnginePlugin", // engine plugin: history time to live and cleanup
      "org.pilotgate.demo.DemoSteps");                 // the engine's clock, moved through the demo's seeded months

  private static final DescribedPredicate<JavaClass> ENGINE_GLUE = resideInAPackage("org.pilotgate.process..")
      .or(describe("are " + ENGINE_GLUE_OUTSIDE_PROCESS,
          javaClass -> ENGINE_GLUE_OUTSIDE_PROCESS.contains(javaClass.getName().split("\\$")[0])));

  private static final ArchRule PROCESS_DOES_NOT_DEPEND_ON_SECURITY = noClasses()
      .that().resideInAPackage("org.pilotgate.process..")
      .should().dependOnClassesThat().resideInAPackage("org.pilotgate.security..")
      .because("security decides who may do what to the process, so the engine glue must not need the rules it serves");

  private static final ArchRule NO_CYCLES = slices()
      .matching("org.pilotgate.(**)")
      .should().beFreeOfCycles()
      .because("a package in a cycle cannot be understood, tested or changed without all the others in it");

  private static final ArchRule DOMAIN_DOES_NOT_DEPEND_ON_DELIVERY = noClasses()
      .that().resideInAnyPackage("org.pilotgate.pilot..", "org.pilotgate.trial..", "org.pilotgate.gate..",
          "org.pilotgate.report..")
      .should().dependOnClassesThat().resideInAnyPackage("org.pilotgate.security..", "org.pilotgate.notify..",
          "org.pilotgate.audit..", "org.pilotgate.library..", "org.pilotgate.publishing..", "org.pilotgate.web..",
          "org.pilotgate.webapp..", "org.pilotgate.operations..")
      .because("the pilot's rules must hold whatever access, mail, audit, the library, the pages or the monitoring "
          + "do with them: a feature announces what happened, and those listen");

  private static final ArchRule LIBRARY_DOES_NOT_DEPEND_ON_GATE_OR_TRIAL = noClasses()
      .that().resideInAPackage("org.pilotgate.library..")
      .should().dependOnClassesThat().resideInAnyPackage("org.pilotgate.gate..", "org.pilotgate.trial..")
      .because("the library's report format is open and shared with other councils, so it must not change when "
          + "the way a trial is run or judged does; publishing puts a pilot into that format");

  private static final ArchRule ONLY_AUDIT_WRITES_THE_CHAIN = noClasses()
      .that().resideOutsideOfPackage("org.pilotgate.audit..")
      .should().callMethod(AuditChain.class, "append", String.class, AuditChain.Kind.class, String.class, Map.class)
      .because("features announce what happened and the audit feature decides what the chain keeps, so a "
          + "feature never depends on how the chain is written");

  private static final ArchRule ENGINE_INTERNALS_ONLY_IN_THE_GLUE = noClasses()
      .that(DescribedPredicate.not(ENGINE_GLUE))
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
      .because("Camunda may change its impl classes in any release, so an upgrade should touch only the named glue");

  private static final ArchRule GOVERNANCE_DEPENDS_ON_NO_FEATURE = noClasses()
      .that().resideInAPackage("org.pilotgate.governance..")
      .should().dependOnClassesThat(resideInAPackage("org.pilotgate..")
          .and(DescribedPredicate.not(resideInAPackage("org.pilotgate.governance.."))))
      .because("PilotGate's own records are what every feature builds on, so they must not change when a feature does");

  private static final ArchRule NOTHING_DEPENDS_ON_THE_DEMO = noClasses()
      .that().resideOutsideOfPackage("org.pilotgate.demo..")
      .should().dependOnClassesThat().resideInAPackage("org.pilotgate.demo..")
      .because("the demo exists only in the demo profile: production must work, and be the same, without it");

  private static final JavaClasses MAIN = classes(new ImportOption.DoNotIncludeTests());
  private static final JavaClasses MAIN_AND_BREACHES = classes(location ->
      new ImportOption.DoNotIncludeTests().includes(location) || location.contains("/ArchitectureBreach.class"));

  @Test
  void processDoesNotDependOnSecurity() {
    PROCESS_DOES_NOT_DEPEND_ON_SECURITY.check(MAIN);
  }

  @Test
  void noPackageCycles() {
    NO_CYCLES.check(MAIN);
  }

  @Test
  void domainFeaturesDoNotDependOnDelivery() {
    DOMAIN_DOES_NOT_DEPEND_ON_DELIVERY.check(MAIN);
  }

  @Test
  void libraryDoesNotDependOnGateOrTrial() {
    LIBRARY_DOES_NOT_DEPEND_ON_GATE_OR_TRIAL.check(MAIN);
  }

  @Test
  void onlyTheAuditFeatureWritesTheChain() {
    ONLY_AUDIT_WRITES_THE_CHAIN.check(MAIN);
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
  void nothingDependsOnTheDemo() {
    NOTHING_DEPENDS_ON_THE_DEMO.check(MAIN);
  }

  @Test
  void eachRuleCatchesTheEdgeItForbids() {
    assertBreaks(PROCESS_DOES_NOT_DEPEND_ON_SECURITY, "org.pilotgate.process.ArchitectureBreach");
    assertBreaks(NO_CYCLES, "org.pilotgate.process.ArchitectureBreach");
    assertBreaks(NO_CYCLES, "org.pilotgate.form.ArchitectureBreach");
    assertBreaks(NO_CYCLES, "org.pilotgate.pilot.ArchitectureBreach");
    assertBreaks(DOMAIN_DOES_NOT_DEPEND_ON_DELIVERY, "org.pilotgate.gate.ArchitectureBreach");
    assertBreaks(DOMAIN_DOES_NOT_DEPEND_ON_DELIVERY, "org.pilotgate.pilot.ArchitectureBreach");
    assertBreaks(LIBRARY_DOES_NOT_DEPEND_ON_GATE_OR_TRIAL, "org.pilotgate.library.ArchitectureBreach");
    assertBreaks(ONLY_AUDIT_WRITES_THE_CHAIN, "org.pilotgate.pilot.ArchitectureBreach");
    assertBreaks(ENGINE_INTERNALS_ONLY_IN_THE_GLUE, "org.pilotgate.gate.ArchitectureBreach");
    assertBreaks(GOVERNANCE_DEPENDS_ON_NO_FEATURE, "org.pilotgate.governance.ArchitectureBreach");
    assertBreaks(NOTHING_DEPENDS_ON_THE_DEMO, "org.pilotgate.library.ArchitectureBreach");
  }

  /** The package map in docs/architecture.md has exactly the edges the compiled code has. */
  @Test
  void thePackageMapInTheDocsMatchesTheCode() throws IOException {
    Set<String> documented = new TreeSet<>();
    Matcher edge = Pattern.compile("(?m)^  (\\w+) --> (\\w+)$")
        .matcher(Files.readString(Path.of("docs/architecture.md")));
    while (edge.find()) {
      documented.add(edge.group(1) + " --> " + edge.group(2));
    }
    assertThat(documented).as("the edges of the package map in docs/architecture.md; the code has:%n%s",
        "  " + String.join("\n  ", packageEdges())).isEqualTo(packageEdges());
  }

  /** Package to package, in the map's spelling: library.web is library_web; the root package's settings are left out. */
  private static Set<String> packageEdges() {
    Set<String> edges = new TreeSet<>();
    for (JavaClass javaClass : MAIN) {
      for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
        String from = mapName(javaClass.getPackageName());
        String to = mapName(dependency.getTargetClass().getPackageName());
        if (from != null && to != null && !from.equals(to)) {
          edges.add(from + " --> " + to);
        }
      }
    }
    return edges;
  }

  private static String mapName(String pkg) {
    return pkg.startsWith("org.pilotgate.") ? pkg.substring("org.pilotgate.".length()).replace('.', '_') : null;
  }

  private static void assertBreaks(ArchRule rule, String breach) {
    assertThatThrownBy(() -> rule.check(MAIN_AND_BREACHES)).as(rule.getDescription())
        .isInstanceOf(AssertionError.class).hasMessageContaining(breach);
  }

  private static JavaClasses classes(ImportOption option) {
    return new ClassFileImporter().withImportOption(option).importPackages("org.pilotgate");
  }
}
