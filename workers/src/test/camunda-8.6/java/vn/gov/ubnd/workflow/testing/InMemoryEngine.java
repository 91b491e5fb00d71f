package vn.gov.ubnd.workflow.testing;

import io.camunda.zeebe.spring.test.ZeebeSpringTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Camunda 8.6: a fresh Zeebe Process Test engine for every test, with the application's client
 * pointed at it ({@code spring-boot-starter-camunda-test}); its 8.8 twin lies in {@code
 * src/test/camunda-8.8}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@ZeebeSpringTest
public @interface InMemoryEngine {}
