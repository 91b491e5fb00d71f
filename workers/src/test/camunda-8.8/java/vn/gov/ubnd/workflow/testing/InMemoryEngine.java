package vn.gov.ubnd.workflow.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Camunda 8.8: the 8.8 engine in this JVM (Zeebe Process Test 8.8's, the last line that publishes
 * it), fresh for every test, with the application's {@code CamundaClient} pointed at it over gRPC.
 * The 8.8 SDK has no test starter for it (its own, Camunda Process Test, needs Docker or a running
 * cluster), so this does what the 8.6 starter's {@code @ZeebeSpringTest} does.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@Import(InMemoryEngineConfiguration.class)
@TestExecutionListeners(
    listeners = InMemoryEngineListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface InMemoryEngine {}
