/**
 * Camunda behind our interfaces: tasks and forms through Tasklist (TaskEngine), the gateway
 * (EngineGateway); the line's adapter lives in camunda.line.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link
 * EngineCallException}, {@link EngineGateway}, {@link EngineTask}, {@link
 * EngineUnavailableException}, {@link TaskEngine}, {@link TaskGoneException}.
 */
package vn.gov.ubnd.workflow.camunda;
