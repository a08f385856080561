package nl.stedendriehoek.kringloop.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.KringloopEngine;
import nl.stedendriehoek.kringloop.engine.api.ActivateJobsRequest;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.clock.EngineClock;
import nl.stedendriehoek.kringloop.engine.state.EngineSchemaConfiguration;
import org.flywaydb.core.Flyway;

/** Kringloop's engine through its Java command API, in-process, as the gateway drives it. */
final class KringloopEngineUnderTest implements BenchEngine {

  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);

  private final HikariDataSource dataSource;
  private final KringloopEngine engine;
  private final EngineService service;
  private String lastTaskId = "";

  KringloopEngineUnderTest(String jdbcUrl, int poolSize) {
    dataSource = BenchDataSource.pool(jdbcUrl, poolSize);
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(EngineSchemaConfiguration.SCHEMA)
        .createSchemas(true)
        .locations("classpath:db/engine")
        .load()
        .migrate();
    engine = KringloopEngine.start(dataSource, new EngineClock(), 4 * 1024 * 1024);
    service = engine.service();
  }

  @Override
  public String name() {
    return "Kringloop engine (jobs)";
  }

  @Override
  public void deployChain(String id, int tasks) {
    service.deploy(List.of(new Resource(id + ".bpmn", ChainModel.zeebe(id, tasks).getBytes(StandardCharsets.UTF_8))));
    lastTaskId = ChainModel.lastTaskId(tasks);
  }

  @Override
  public String start(String processId) {
    return String.valueOf(service.createProcessInstance(CreateProcessInstance.latest(processId, Map.of())).processInstanceKey());
  }

  @Override
  public List<BenchJob> fetch(String worker, int max) {
    return service.activateJobs(new ActivateJobsRequest(ChainModel.JOB_TYPE, worker, JOB_TIMEOUT, max, List.of()))
        .stream()
        .map(job -> new BenchJob(String.valueOf(job.jobKey()), String.valueOf(job.processInstanceKey()),
            lastTaskId.equals(job.elementId()), worker))
        .toList();
  }

  @Override
  public void complete(BenchJob job) {
    service.completeJob(Long.parseLong(job.id()), Map.of());
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
