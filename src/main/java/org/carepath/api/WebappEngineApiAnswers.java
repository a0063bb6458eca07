package org.carepath.api;

import jakarta.servlet.ServletRegistration;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.stereotype.Component;

/**
 * Tasklist, Cockpit and Admin do not call {@code /engine-rest}: they call the same engine API served a
 * second time by the webapps ({@code /camunda/api/engine}, Camunda's servlet "Engine Api"). Without
 * this, a form refused by carepath's checks reached staff in Tasklist as "Cannot submit task form …:
 * ENGINE-03051 There was an exception while invoking the TaskListener …". The webapps' engine API gets
 * the same answers as {@code /engine-rest} ({@link ConcurrentChangeAnswers}): a refusal a person
 * caused is a 400 with carepath's sentence, a concurrent change a 409. Added as Jersey's
 * {@code jersey.config.server.provider.classnames} to Camunda's servlet by an initializer of the web
 * server itself, which runs after every initializer bean (Camunda's, which registers the servlet,
 * included); the servlet starts on its first request, after that.
 */
@Component
class WebappEngineApiAnswers implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

  static final String ENGINE_API = "Engine Api";
  static final String PROVIDERS = "jersey.config.server.provider.classnames";

  @Override
  public void customize(ConfigurableServletWebServerFactory factory) {
    factory.addInitializers(context -> addAnswers(context.getServletRegistration(ENGINE_API)));
  }

  static void addAnswers(ServletRegistration engineApi) {
    if (engineApi == null) {
      return; // the webapps are switched off
    }
    String providers = Stream.of(ConcurrentChangeAnswers.WrappedConflict.class, ConcurrentChangeAnswers.Conflict.class,
            ConcurrentChangeAnswers.DecisionRefusal.class, ConcurrentChangeAnswers.EngineRefusal.class)
        .map(Class::getName).collect(Collectors.joining(","));
    if (!engineApi.setInitParameter(PROVIDERS, providers)) {
      throw new IllegalStateException("Camunda's " + ENGINE_API + " servlet names providers of its own ("
          + engineApi.getInitParameter(PROVIDERS) + "): carepath's plain refusals would be lost in Tasklist");
    }
  }
}
