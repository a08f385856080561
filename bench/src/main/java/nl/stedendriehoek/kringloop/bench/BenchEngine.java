package nl.stedendriehoek.kringloop.bench;

import java.util.List;

/** What the benchmark needs of an engine: deploy a chain, start it, fetch and complete its jobs. */
interface BenchEngine extends AutoCloseable {

  String name();

  /** Deploys process {@code id}: start, {@code tasks} service tasks of job type {@code bench}, end. */
  void deployChain(String id, int tasks);

  /** Starts an instance and returns its id. */
  String start(String processId);

  /** Activates (locks) up to {@code max} jobs of type {@code bench}; may return none. */
  List<BenchJob> fetch(String worker, int max);

  /** Completes a job; the instance ends when it was the chain's last task. */
  void complete(BenchJob job);

  /** Refreshes the planner statistics of the engine's tables, once, under load. */
  void analyze();

  @Override
  void close();

  record BenchJob(String id, String instanceId, boolean last, String worker) {}
}
