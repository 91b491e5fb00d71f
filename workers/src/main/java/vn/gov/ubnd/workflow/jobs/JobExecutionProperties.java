package vn.gov.ubnd.workflow.jobs;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the worker application runs its jobs.
 *
 * <p>Sizing: every activated job runs at once on a virtual thread of its own, so no job type waits
 * for a thread another type holds; what bounds the work is the number of jobs a worker may hold,
 * per job type ({@code camunda.client.zeebe.defaults.max-jobs-active}, 16). Our handlers spend
 * their time waiting on the index, the gateway and mail, not on the two cores, so sixteen in flight
 * per type keep a 10,000-directive import moving while a report-cycle step is taken by its own
 * worker within one poll. The platform threads here only schedule polls and back-offs.
 *
 * @param schedulerThreads platform threads that schedule polls, retries and back-offs
 */
@Validated
@ConfigurationProperties("ubnd.jobs")
public record JobExecutionProperties(@DefaultValue("2") @Positive int schedulerThreads) {}
