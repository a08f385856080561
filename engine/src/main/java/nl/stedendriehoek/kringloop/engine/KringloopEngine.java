package nl.stedendriehoek.kringloop.engine;

import javax.sql.DataSource;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.MessageSubscriptionQueries;
import nl.stedendriehoek.kringloop.engine.clock.EngineClock;
import nl.stedendriehoek.kringloop.engine.decision.DecisionEvaluations;
import nl.stedendriehoek.kringloop.engine.decision.Decisions;
import nl.stedendriehoek.kringloop.engine.deployment.BpmnResources;
import nl.stedendriehoek.kringloop.engine.deployment.DeploymentService;
import nl.stedendriehoek.kringloop.engine.deployment.DeploymentStore;
import nl.stedendriehoek.kringloop.engine.deployment.ProcessDefinitions;
import nl.stedendriehoek.kringloop.engine.deployment.StartEvents;
import nl.stedendriehoek.kringloop.engine.deletion.ResourceDeletion;
import nl.stedendriehoek.kringloop.engine.execution.Behaviors;
import nl.stedendriehoek.kringloop.engine.execution.CommandRunner;
import nl.stedendriehoek.kringloop.engine.execution.EngineContext;
import nl.stedendriehoek.kringloop.engine.execution.EngineEvents;
import nl.stedendriehoek.kringloop.engine.execution.ProcessInstanceCommands;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator;
import nl.stedendriehoek.kringloop.engine.jobs.ErrorEventRouting;
import nl.stedendriehoek.kringloop.engine.jobs.JobActivator;
import nl.stedendriehoek.kringloop.engine.jobs.JobCommands;
import nl.stedendriehoek.kringloop.engine.jobs.JobPollers;
import nl.stedendriehoek.kringloop.engine.model.ProcessTransformer;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
import nl.stedendriehoek.kringloop.engine.scheduling.DueWorkScheduler;
import nl.stedendriehoek.kringloop.engine.state.KeyGenerator;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateReader;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateWriter;
import nl.stedendriehoek.kringloop.engine.usertask.UserTaskCommands;
import nl.stedendriehoek.kringloop.engine.message.MessageService;
import nl.stedendriehoek.kringloop.engine.message.MessageStore;
import nl.stedendriehoek.kringloop.engine.signal.SignalService;
import nl.stedendriehoek.kringloop.engine.subscription.Deliveries;
import nl.stedendriehoek.kringloop.engine.subscription.StartEventSubscriptions;
import nl.stedendriehoek.kringloop.engine.subscription.SubscriptionStore;
import nl.stedendriehoek.kringloop.engine.subscription.Subscriptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The assembled engine: everything it needs is a DataSource (schema migrated) and a clock. Plain
 * constructors, no framework magic, so tests and the Spring configuration build it the same way.
 * Closing it stops the scheduler and the job pollers.
 */
public final class KringloopEngine implements AutoCloseable {

  private final EngineService service;
  private final EngineQueries queries;
  private final DueWorkScheduler scheduler;
  private final JobPollers pollers;
  private final ProcessDefinitions definitions;
  private final Decisions decisions;
  private final EngineClock clock;
  private final JdbcTemplate jdbc;
  private final MessageSubscriptionQueries messageSubscriptions;
  private final EngineSearches searches;
  private final DecisionEvaluations decisionEvaluations;

  private KringloopEngine(
      EngineService service, EngineQueries queries, DueWorkScheduler scheduler, JobPollers pollers,
      ProcessDefinitions definitions, Decisions decisions, EngineClock clock, JdbcTemplate jdbc) {
    this.decisions = decisions;
    this.service = service;
    this.queries = queries;
    this.scheduler = scheduler;
    this.pollers = pollers;
    this.definitions = definitions;
    this.clock = clock;
    this.jdbc = jdbc;
    this.messageSubscriptions = new MessageSubscriptionQueries(JdbcClient.create(jdbc));
    this.searches = new EngineSearches(JdbcClient.create(jdbc));
    this.decisionEvaluations = new DecisionEvaluations(JdbcClient.create(jdbc), decisions,
        new KeyGenerator(JdbcClient.create(jdbc)), clock);
  }

  public static KringloopEngine start(DataSource dataSource, EngineClock clock, int maxVariableDocumentBytes) {
    JdbcTemplate template = new JdbcTemplate(dataSource);
    JdbcClient jdbc = JdbcClient.create(template);
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    StateWriter writer = new StateWriter(template);
    StateReader reader = new StateReader(jdbc);
    KeyGenerator keys = new KeyGenerator(jdbc);
    FeelEvaluator feel = new FeelEvaluator(clock);
    BpmnResources bpmn = new BpmnResources(new ProcessTransformer(feel));
    ProcessDefinitions definitions = new ProcessDefinitions(jdbc, bpmn);
    Decisions decisions = new Decisions(jdbc);
    Subscriptions subscriptions = new Subscriptions(new SubscriptionStore(jdbc), new MessageStore(jdbc));
    EngineContext context =
        new EngineContext(clock, keys, feel, new Behaviors(), definitions, decisions, subscriptions);
    EngineEvents events = new EngineEvents();
    JobActivator activator = new JobActivator(jdbc, tx, writer, clock, events);
    JobPollers pollers = new JobPollers(activator);
    CommandRunner runner = new CommandRunner(tx, reader, writer, definitions, context, events);
    DueWorkScheduler scheduler = new DueWorkScheduler(jdbc, tx, writer, clock, events, runner::triggerTimer);
    events.onJobsAvailable(pollers::jobsAvailable);
    events.onDueAt(scheduler::dueAt);
    Deliveries deliveries = new Deliveries(tx, subscriptions.store(), subscriptions.messages(), runner, definitions);
    MessageService messages = new MessageService(tx, subscriptions, deliveries, keys, clock, writer);
    scheduler.alsoHandle(messages);
    events.onProcessInstanceEnded(messages::instanceEnded);
    scheduler.alsoHandle(deliveries);
    subscriptions.onDeliveriesWaiting(scheduler::wakeUp);
    EngineQueries queries = new EngineQueries(jdbc, definitions);
    DeploymentStore deploymentStore = new DeploymentStore(jdbc, writer);
    StartEvents startEvents =
        new StartEvents(deploymentStore, new StartEventSubscriptions(subscriptions.store(), writer));
    EngineService service = new EngineService(
        new DeploymentService(tx, deploymentStore, bpmn, definitions, keys, clock, decisions, events, startEvents),
        new ResourceDeletion(tx, jdbc, deploymentStore, definitions, startEvents, writer, keys, clock, events),
        definitions, new ProcessInstanceCommands(runner), activator, pollers,
        new JobCommands(runner, new ErrorEventRouting()), new UserTaskCommands(runner),
        queries, events, maxVariableDocumentBytes, messages,
        new SignalService(tx, subscriptions, deliveries, keys, clock, writer));
    clock.onChange(scheduler::wakeUp);
    scheduler.start();
    return new KringloopEngine(
        service, queries, scheduler, pollers, definitions, decisions, clock, template);
  }

  public EngineService service() {
    return service;
  }

  public EngineQueries queries() {
    return queries;
  }

  /** Reads of process instances' message subscriptions. */
  public MessageSubscriptionQueries messageSubscriptions() {
    return messageSubscriptions;
  }

  /** The API's searches, in SQL. */
  public EngineSearches searches() {
    return searches;
  }

  /** Evaluating deployed decisions on request (the API's evaluate decision). */
  public DecisionEvaluations decisionEvaluations() {
    return decisionEvaluations;
  }

  public EngineClock clock() {
    return clock;
  }

  /** Runs the scheduler's pass now (job time-outs, ended backoffs); for tests and operators. */
  public int processDueWork() {
    return scheduler.processDueWork();
  }

  /** Forgets cached executable graphs; for tests that wipe the schema between classes. */
  public void clearCaches() {
    definitions.clearCache();
    decisions.clearCache();
  }

  /**
   * Deletes all engine data (deployments, instances, jobs, tasks, incidents, history) and the
   * caches; keeps the key sequence, so keys stay unique. For test clusters
   * ({@code /actuator/cluster/purge}), never for production data.
   */
  public void purge() {
    jdbc.execute("""
        TRUNCATE engine.process_instance, engine.timer, engine.job, engine.record, engine.incident,
          engine.user_task, engine.variable, engine.element_instance, engine.decision, engine.resource,
          engine.process_definition, engine.deployment, engine.message, engine.event_subscription,
          engine.event_delivery, engine.message_start""");
    clearCaches();
  }

  @Override
  public void close() {
    scheduler.close();
    pollers.close();
    service.close();
  }
}
