/**
 * The engine's API for transports (REST {@code /v2}, gRPC): {@link nl.stedendriehoek.kringloop.engine.api.EngineService} for
 * commands, {@link nl.stedendriehoek.kringloop.engine.api.EngineQueries} for reads, records for requests and results, typed exceptions
 * for 404/400/409.
 */
package nl.stedendriehoek.kringloop.engine.api;
