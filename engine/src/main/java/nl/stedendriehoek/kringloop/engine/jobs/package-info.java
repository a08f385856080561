/**
 * Jobs for workers: claiming with {@code SKIP LOCKED}, long polling, and the worker commands
 * (complete, fail, throw error, update retries and timeout).
 */
package nl.stedendriehoek.kringloop.engine.jobs;
