package vn.gov.ubnd.workflow.portal.tasks;

import java.util.List;

/**
 * One page of a person's open tasks.
 *
 * @param total the tasks the filters keep, all pages together
 * @param open the person's open tasks, unfiltered
 * @param newCount of those, the ones nobody has opened yet
 * @param page this page, from 0
 * @param pageSize the most tasks a page holds
 * @param processes the processes the open tasks belong to (the filter's choices)
 * @param tasks this page's tasks, the earliest deadline first
 */
record TaskPage(
    int total,
    int open,
    int newCount,
    int page,
    int pageSize,
    List<String> processes,
    List<PortalTask> tasks) {}
