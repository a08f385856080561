package nl.stedendriehoek.kringloop.workers.demo;

import java.util.List;

/**
 * Where the demo year and the year after it stand between two rounds of the player.
 *
 * @param openThisYear element ids of the demo year's open tasks (the demo answers none of them)
 * @param openNextYear element ids of the next year's open tasks, one per task
 * @param meetingsWaitForUsers every running meeting of the demo year waits at a user task
 * @param completed the demo year's instance has completed
 * @param nextYearMunicipalities how many municipalities the next year started with; 0 before it
 * @param playedBefore the demo year had already completed when this run of the player began (a
 *     restart after the demo rested, maybe after real users worked on the open tasks)
 */
record DemoYearState(List<String> openThisYear, List<String> openNextYear, boolean meetingsWaitForUsers,
    boolean completed, int nextYearMunicipalities, boolean playedBefore) {}
