package nl.stedendriehoek.kringloop.engine.execution;

import java.util.EnumMap;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.execution.container.CallActivityBehavior;
import nl.stedendriehoek.kringloop.engine.execution.container.EventSubProcessBehavior;
import nl.stedendriehoek.kringloop.engine.execution.container.MultiInstanceBodyBehavior;
import nl.stedendriehoek.kringloop.engine.execution.container.ProcessBehavior;
import nl.stedendriehoek.kringloop.engine.execution.container.SubProcessBehavior;
import nl.stedendriehoek.kringloop.engine.execution.event.BoundaryEventBehavior;
import nl.stedendriehoek.kringloop.engine.execution.event.EndEventBehavior;
import nl.stedendriehoek.kringloop.engine.execution.event.IntermediateCatchEventBehavior;
import nl.stedendriehoek.kringloop.engine.execution.event.IntermediateThrowEventBehavior;
import nl.stedendriehoek.kringloop.engine.execution.event.StartEventBehavior;
import nl.stedendriehoek.kringloop.engine.execution.gateway.EventBasedGatewayBehavior;
import nl.stedendriehoek.kringloop.engine.execution.gateway.ExclusiveGatewayBehavior;
import nl.stedendriehoek.kringloop.engine.execution.gateway.InclusiveGatewayBehavior;
import nl.stedendriehoek.kringloop.engine.execution.gateway.ParallelGatewayBehavior;
import nl.stedendriehoek.kringloop.engine.execution.task.BusinessRuleTaskBehavior;
import nl.stedendriehoek.kringloop.engine.execution.task.ManualTaskBehavior;
import nl.stedendriehoek.kringloop.engine.execution.task.ReceiveTaskBehavior;
import nl.stedendriehoek.kringloop.engine.execution.task.ScriptTaskBehavior;
import nl.stedendriehoek.kringloop.engine.execution.task.SendTaskBehavior;
import nl.stedendriehoek.kringloop.engine.execution.task.ServiceTaskBehavior;
import nl.stedendriehoek.kringloop.engine.execution.task.UndefinedTaskBehavior;
import nl.stedendriehoek.kringloop.engine.execution.task.UserTaskBehavior;
import nl.stedendriehoek.kringloop.engine.model.ElementType;

/** The behaviour of each element type, looked up by type. */
public final class Behaviors {

  private final Map<ElementType, ElementBehavior> byType = new EnumMap<>(ElementType.class);

  public Behaviors() {
    byType.put(ElementType.PROCESS, new ProcessBehavior());
    byType.put(ElementType.SUB_PROCESS, new SubProcessBehavior());
    byType.put(ElementType.EVENT_SUB_PROCESS, new EventSubProcessBehavior());
    byType.put(ElementType.MULTI_INSTANCE_BODY, new MultiInstanceBodyBehavior());
    byType.put(ElementType.CALL_ACTIVITY, new CallActivityBehavior());
    byType.put(ElementType.START_EVENT, new StartEventBehavior());
    byType.put(ElementType.END_EVENT, new EndEventBehavior());
    byType.put(ElementType.INTERMEDIATE_THROW_EVENT, new IntermediateThrowEventBehavior());
    byType.put(ElementType.INTERMEDIATE_CATCH_EVENT, new IntermediateCatchEventBehavior());
    byType.put(ElementType.BOUNDARY_EVENT, new BoundaryEventBehavior());
    byType.put(ElementType.SERVICE_TASK, new ServiceTaskBehavior());
    byType.put(ElementType.SEND_TASK, new SendTaskBehavior());
    byType.put(ElementType.SCRIPT_TASK, new ScriptTaskBehavior());
    byType.put(ElementType.BUSINESS_RULE_TASK, new BusinessRuleTaskBehavior());
    byType.put(ElementType.USER_TASK, new UserTaskBehavior());
    byType.put(ElementType.MANUAL_TASK, new ManualTaskBehavior());
    byType.put(ElementType.TASK, new UndefinedTaskBehavior());
    byType.put(ElementType.EXCLUSIVE_GATEWAY, new ExclusiveGatewayBehavior());
    byType.put(ElementType.PARALLEL_GATEWAY, new ParallelGatewayBehavior());
    byType.put(ElementType.INCLUSIVE_GATEWAY, new InclusiveGatewayBehavior());
    byType.put(ElementType.RECEIVE_TASK, new ReceiveTaskBehavior());
    byType.put(ElementType.EVENT_BASED_GATEWAY, new EventBasedGatewayBehavior());
  }

  public ElementBehavior of(ElementType type) {
    ElementBehavior behavior = byType.get(type);
    if (behavior == null) {
      throw new IllegalStateException("no behaviour for element type " + type);
    }
    return behavior;
  }
}
