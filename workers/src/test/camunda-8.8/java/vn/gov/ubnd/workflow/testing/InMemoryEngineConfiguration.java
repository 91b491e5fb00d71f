package vn.gov.ubnd.workflow.testing;

import io.camunda.client.CamundaClient;
import io.camunda.client.spring.testsupport.CamundaSpringProcessTestContext;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The SDK in test mode (its own client and lifecycle step back when this context bean exists), and
 * the clients and engine every bean and test sees, each following the current test's engine.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryEngineConfiguration {

  @Bean
  CamundaSpringProcessTestContext camundaSpringProcessTestContext() {
    return new CamundaSpringProcessTestContext();
  }

  @Bean
  CamundaClient camundaClient() {
    return following(CamundaClient.class, EngineHolder::camunda);
  }

  @Bean
  ZeebeClient zeebeClient() {
    return following(ZeebeClient.class, EngineHolder::zeebe);
  }

  @Bean
  ZeebeTestEngine zeebeTestEngine() {
    return following(ZeebeTestEngine.class, EngineHolder::engine);
  }

  private static <T> T following(Class<T> type, Supplier<T> current) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                  case "equals" -> proxy == args[0];
                  case "hashCode" -> System.identityHashCode(proxy);
                  default -> "current " + type.getSimpleName();
                };
              }
              try {
                return method.invoke(current.get(), args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
