/**
 * Time-driven work: one thread that wakes at the earliest due time (job deadlines, retry
 * backoffs) and claims what is due.
 */
package nl.stedendriehoek.kringloop.engine.scheduling;
