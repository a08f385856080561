package nl.stedendriehoek.kringloop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency direction of shared/ARCHITECTURE.md: workers and console talk to the engine only
 * through the Camunda API, so they run unchanged against a Camunda 8 cluster; the engine knows
 * nothing of the domain.
 */
@AnalyzeClasses(packages = "nl.stedendriehoek.kringloop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ENGINE = "nl.stedendriehoek.kringloop.engine..";
  private static final String GATEWAY = "nl.stedendriehoek.kringloop.gateway..";
  private static final String WORKERS = "nl.stedendriehoek.kringloop.workers..";
  private static final String CONSOLE = "nl.stedendriehoek.kringloop.console..";

  @ArchTest
  static final ArchRule workersNeverUseEngineClasses =
      noClasses().that().resideInAPackage(WORKERS).should().dependOnClassesThat().resideInAnyPackage(ENGINE, GATEWAY);

  @ArchTest
  static final ArchRule consoleNeverUsesEngineClasses =
      noClasses().that().resideInAPackage(CONSOLE).should().dependOnClassesThat().resideInAnyPackage(ENGINE, GATEWAY);

  @ArchTest
  static final ArchRule engineKnowsNothingOfItsTransports =
      noClasses().that().resideInAPackage(ENGINE).should().dependOnClassesThat().resideInAPackage(GATEWAY);

  @ArchTest
  static final ArchRule engineKnowsNothingOfTheDomainOrTheConsole =
      noClasses()
          .that()
          .resideInAPackage(ENGINE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(WORKERS, CONSOLE);
}
