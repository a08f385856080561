package nl.stedendriehoek.kringloop.gateway.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BrokerInfo;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DecisionRequirementsMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Deployment;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FormMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Partition;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ProcessMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.TopologyResponse;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.DeploymentResult;
import nl.stedendriehoek.kringloop.gateway.GatewayTopology;
import nl.stedendriehoek.kringloop.gateway.Tenants;

/** The engine's answers as gateway.proto messages. */
final class GrpcMessages {

  private GrpcMessages() {}

  static TopologyResponse topology(int port) {
    return TopologyResponse.newBuilder()
        .addBrokers(BrokerInfo.newBuilder()
            .setNodeId(0)
            .setHost("localhost")
            .setPort(port)
            .setVersion(GatewayTopology.VERSION)
            .addPartitions(Partition.newBuilder()
                .setPartitionId(GatewayTopology.PARTITION_ID)
                .setRole(Partition.PartitionBrokerRole.LEADER)
                .setHealth(Partition.PartitionBrokerHealth.HEALTHY)))
        .setClusterSize(1)
        .setPartitionsCount(1)
        .setReplicationFactor(1)
        .setGatewayVersion(GatewayTopology.VERSION)
        .build();
  }

  static DeployResourceResponse deployment(DeploymentResult deployed) {
    DeployResourceResponse.Builder response = DeployResourceResponse.newBuilder()
        .setKey(deployed.deploymentKey())
        .setTenantId(Tenants.DEFAULT);
    deployed.processes().forEach(p -> response.addDeployments(Deployment.newBuilder().setProcess(
        ProcessMetadata.newBuilder()
            .setBpmnProcessId(p.bpmnProcessId())
            .setVersion(p.version())
            .setProcessDefinitionKey(p.processDefinitionKey())
            .setResourceName(p.resourceName())
            .setTenantId(Tenants.DEFAULT))));
    deployed.decisionRequirements().forEach(d -> response.addDeployments(Deployment.newBuilder().setDecisionRequirements(
        DecisionRequirementsMetadata.newBuilder()
            .setDmnDecisionRequirementsId(d.dmnDecisionRequirementsId())
            .setVersion(d.version())
            .setDecisionRequirementsKey(d.decisionRequirementsKey())
            .setResourceName(d.resourceName())
            .setTenantId(Tenants.DEFAULT))));
    deployed.forms().forEach(f -> response.addDeployments(Deployment.newBuilder().setForm(
        FormMetadata.newBuilder()
            .setFormId(f.formId())
            .setVersion(f.version())
            .setFormKey(f.formKey())
            .setResourceName(f.resourceName())
            .setTenantId(Tenants.DEFAULT))));
    return response.build();
  }

  static GatewayOuterClass.ActivatedJob job(ActivatedJob job) {
    return GatewayOuterClass.ActivatedJob.newBuilder()
        .setKey(job.jobKey())
        .setType(job.type())
        .setProcessInstanceKey(job.processInstanceKey())
        .setBpmnProcessId(job.bpmnProcessId())
        .setProcessDefinitionVersion(job.processDefinitionVersion())
        .setProcessDefinitionKey(job.processDefinitionKey())
        .setElementId(job.elementId())
        .setElementInstanceKey(job.elementInstanceKey())
        .setCustomHeaders(GrpcVariables.write(job.customHeaders()))
        .setWorker(job.worker() == null ? "" : job.worker())
        .setRetries(job.retries())
        .setDeadline(job.deadline().toEpochMilli())
        .setVariables(GrpcVariables.write(job.variables()))
        .setTenantId(Tenants.DEFAULT)
        .build();
  }
}
