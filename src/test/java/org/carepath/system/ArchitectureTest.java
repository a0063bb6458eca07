package org.carepath.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The shape of the code, as tests: feature packages depend on each other in one direction only; the
 * engine's internals ({@code org.camunda.bpm.engine.impl}) are touched only where carepath plugs into
 * the engine, so a maintained fork (Operaton) stays a change of a few packages; delegates and listeners
 * live in the feature of their step.
 */
@AnalyzeClasses(packages = "org.carepath", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Where carepath plugs into the engine: security, deployment, identity, Tasklist, the audit of tasks. */
  static final String[] ENGINE_PLUMBING = {"org.carepath.security..", "org.carepath.deployment..",
      "org.carepath.identity..", "org.carepath.system..", "org.carepath.tasklist..", "org.carepath.audit.."};

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles = slices().matching("org.carepath.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule engineInternalsOnlyInThePlumbing = noClasses().that().resideOutsideOfPackages(ENGINE_PLUMBING)
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
      .because("process features use Camunda's public API only (keeps Operaton within reach)");

  @ArchTest
  static final ArchRule delegatesAreBeansOfAFeature = classes().that().implement(JavaDelegate.class)
      .or().implement(TaskListener.class)
      .should().beAnnotatedWith(org.springframework.stereotype.Component.class)
      .andShould().resideOutsideOfPackages("org.carepath", "org.carepath.system..")
      .because("a diagram calls a step by its bean name (no camunda:class), and the step lives in its feature");
}
