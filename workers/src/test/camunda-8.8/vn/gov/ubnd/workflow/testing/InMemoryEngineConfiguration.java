package vn.gov.ubnd.workflow.testing;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The application's client aimed at the in-memory engine (gRPC: the engine has no REST API), and
 * the test's own client and engine handle, each following the current test's engine.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryEngineConfiguration {

  @Bean
  DynamicPropertyRegistrar inMemoryEngineAddress() {
    return registry -> {
      registry.add("camunda.client.grpc-address", EngineHolder::address);
      registry.add("camunda.client.prefer-rest-over-grpc", () -> "false");
    };
  }

  @Bean
  ZeebeTestEngine zeebeTestEngine() {
    return following(ZeebeTestEngine.class, EngineHolder::current);
  }

  /** Primary over the SDK's own compatibility {@code ZeebeClient}, which is aimed there too. */
  @Bean
  @Primary
  ZeebeClient testZeebeClient() {
    return following(ZeebeClient.class, EngineHolder::client);
  }

  private static <T> T following(Class<T> type, java.util.function.Supplier<T> current) {
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
