/**
 * The Camunda 8 API of the embedded engine: REST {@code /v2} ({@code rest}) and the Zeebe gRPC
 * gateway ({@code grpc}), both thin transports over the engine's one command and query service, so
 * they never diverge in behaviour. Kept out of the engine module so the engine stays free of
 * transports and the gateway free of execution logic.
 */
package nl.stedendriehoek.kringloop.gateway;
