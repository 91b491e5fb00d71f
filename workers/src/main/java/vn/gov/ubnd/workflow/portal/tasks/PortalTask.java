package vn.gov.ubnd.workflow.portal.tasks;

import java.util.List;

/**
 * A task as the portal lists it.
 *
 * @param id the task's id
 * @param name the task's name in the model
 * @param context what it is about (directive, department and session)
 * @param processName the process it belongs to
 * @param elementId its element in the model
 * @param candidateGroups the groups it is offered to
 * @param due its due date-time, ISO, or null
 * @param dueText the due date as the office writes it (dd/MM/yyyy), or null
 * @param urgency how the deadline stands
 * @param urgencyLabel the same in words
 * @param created when it was created, HH:mm dd/MM/yyyy
 * @param isNew nobody has opened it in the portal yet
 * @param takenBy who works on it (name), or null
 * @param mine taken by the person viewing
 * @param processInstanceKey the instance (for Operate's link)
 */
record PortalTask(
    String id,
    String name,
    String context,
    String processName,
    String elementId,
    List<String> candidateGroups,
    String due,
    String dueText,
    Urgency urgency,
    String urgencyLabel,
    String created,
    boolean isNew,
    String takenBy,
    boolean mine,
    String processInstanceKey) {}
