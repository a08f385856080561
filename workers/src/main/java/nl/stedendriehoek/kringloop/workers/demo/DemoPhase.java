package nl.stedendriehoek.kringloop.workers.demo;

import java.util.Optional;

/** The simulated users' answers for the tasks of one phase of the year; empty for other tasks. */
interface DemoPhase {

  Optional<Answer> answer(DemoTask task);
}
