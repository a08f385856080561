package nl.stedendriehoek.kringloop.gateway.support;

import io.camunda.client.CamundaClient;

/** Runs a test once with the client preferring REST (its default) and once preferring gRPC. */
public enum Transport {
  REST(true),
  GRPC(false);

  private final boolean preferRest;

  Transport(boolean preferRest) {
    this.preferRest = preferRest;
  }

  public CamundaClient client() {
    return EmbeddedKringloop.get().client(preferRest);
  }

  public CamundaClient newClient() {
    return EmbeddedKringloop.get().newClient(preferRest);
  }
}
