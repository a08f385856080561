package nl.stedendriehoek.kringloop.gateway;

import java.util.Collection;

/**
 * Kringloop runs without multi-tenancy, like a Camunda 8 cluster with it disabled: the only tenant
 * is {@code <default>}, which the client sends unless told otherwise.
 */
public final class Tenants {

  public static final String DEFAULT = "<default>";

  private Tenants() {}

  public static void check(String tenantId) {
    if (tenantId != null && !tenantId.isEmpty() && !DEFAULT.equals(tenantId)) {
      throw new InvalidRequestException("Expected to handle the request with tenant identifier '" + tenantId
          + "', but multi-tenancy is disabled: the only tenant is '" + DEFAULT + "'");
    }
  }

  public static void checkAll(Collection<String> tenantIds) {
    if (tenantIds != null) {
      tenantIds.forEach(Tenants::check);
    }
  }
}
