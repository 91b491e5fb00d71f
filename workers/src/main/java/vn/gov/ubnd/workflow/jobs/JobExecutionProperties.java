package vn.gov.ubnd.workflow.jobs;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the worker application runs its jobs.
 *
 * <p>Sizing: a worker holds at most max-jobs-active (8, camunda-client.yaml) jobs of its type, and
 * the application has 21 job types: 168 jobs at most in work at once. With 256 handler threads each
 * of them starts at once, so a backlog of one type (10,000 registrations, hundreds of ladder steps
 * at a month's end) never delays a report-cycle step, whose own worker takes it within one poll.
 * The handlers wait on the index, the gateway and mail rather than on the two cores, and threads
 * end after a minute idle, so the ceiling costs nothing when quiet. Raise it with the number of job
 * types or max-jobs-active.
 *
 * @param schedulerThreads threads that schedule polls, retries and back-offs
 * @param handlerThreads threads that run jobs; at least max-jobs-active times the job types
 */
@Validated
@ConfigurationProperties("ubnd.jobs")
public record JobExecutionProperties(
    @DefaultValue("2") @Positive int schedulerThreads,
    @DefaultValue("256") @Positive int handlerThreads) {}
