package nl.stedendriehoek.kringloop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter;
import nl.stedendriehoek.kringloop.engine.clock.EngineClock;
import nl.stedendriehoek.kringloop.engine.state.EngineSchemaConfiguration;
import nl.stedendriehoek.kringloop.engine.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EngineAutoConfigurationTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      // a delegate, so closing the context does not close the shared test pool
      .withBean(DataSource.class, () -> new DelegatingDataSource(TestDatabase.dataSource()))
      .withConfiguration(AutoConfigurations.of(EngineSchemaConfiguration.class, EngineAutoConfiguration.class));

  @Test
  void aDataSourceIsAllTheEngineNeeds() {
    context.run(app -> {
      assertThat(app).hasSingleBean(EngineService.class).hasSingleBean(EngineQueries.class)
          .hasSingleBean(EngineClock.class);
      assertThat(app.getBean(EngineQueries.class).processInstances(new ProcessInstanceFilter(null, null))).isNotNull();
    });
  }

  @Test
  void theEngineCanBeSwitchedOffForTheCamunda8Profile() {
    context.withPropertyValues("kringloop.engine.enabled=false")
        .run(app -> assertThat(app).doesNotHaveBean(EngineService.class));
  }
}
