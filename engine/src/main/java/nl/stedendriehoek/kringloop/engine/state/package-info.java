/**
 * State objects (process instances, element instances, variables, jobs, user tasks, incidents),
 * the lifecycle table, the change set one command writes, and the history records; SQL lives in
 * {@code jdbc}.
 */
package nl.stedendriehoek.kringloop.engine.state;
