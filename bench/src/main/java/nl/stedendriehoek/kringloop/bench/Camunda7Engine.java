package nl.stedendriehoek.kringloop.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Camunda 7 CE, embedded, on its own database of the same PostgreSQL server: external tasks are
 * its job-worker model (fetch-and-lock, complete), the job executor is off, history at its default
 * level ("full" would be closer to our record table and only slower).
 */
final class Camunda7Engine implements BenchEngine {

  private final HikariDataSource dataSource;
  private final ProcessEngine engine;
  private final ExternalTaskService externalTasks;
  private String lastTaskId = "";

  Camunda7Engine(String jdbcUrl, int poolSize) {
    dataSource = BenchDataSource.pool(jdbcUrl, poolSize);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    configuration.setDmnEnabled(false);
    // Keep C7's DMN engine off the Scala FEEL engine, whose shaded classes clash with ours.
    DefaultDmnEngineConfiguration dmn =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.setFeelEngineFactory(new FeelEngineFactoryImpl());
    configuration.setDmnEngineConfiguration(dmn);
    configuration.setProcessEngineName("bench-" + System.nanoTime());
    engine = configuration.buildProcessEngine();
    externalTasks = engine.getExternalTaskService();
  }

  @Override
  public String name() {
    return "Camunda 7.24 CE (external tasks)";
  }

  @Override
  public void deployChain(String id, int tasks) {
    engine.getRepositoryService()
        .createDeployment()
        .addString(id + ".bpmn", ChainModel.camunda7(id, tasks))
        .deploy();
    lastTaskId = ChainModel.lastTaskId(tasks);
  }

  @Override
  public String start(String processId) {
    return engine.getRuntimeService().startProcessInstanceByKey(processId).getId();
  }

  @Override
  public List<BenchJob> fetch(String worker, int max) {
    return externalTasks.fetchAndLock(max, worker).topic(ChainModel.JOB_TYPE, 300_000L).execute().stream()
        .map(task -> new BenchJob(task.getId(), task.getProcessInstanceId(), lastTaskId.equals(task.getActivityId()), worker))
        .toList();
  }

  @Override
  public void complete(BenchJob job) {
    externalTasks.complete(job.id(), job.worker());
  }

  @Override
  public void analyze() {
    BenchDataSource.analyze(dataSource);
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }

}
