package nl.stedendriehoek.kringloop.workers.demo;

import java.util.Map;

/** Who completes a task in the demo and with which form values. */
record Answer(String username, Map<String, Object> variables) {}
