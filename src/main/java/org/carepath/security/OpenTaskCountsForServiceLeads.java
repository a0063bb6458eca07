package org.carepath.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.carepath.identity.CurrentStaff;
import org.carepath.system.EngineAsSystem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's dashboard counts open human tasks (all, assigned to a person, to groups, to nobody) with
 * the signed-in person's rights; a service lead may read no task (tasks name children and adults),
 * so it showed 0 while work was open. For a service lead, exactly the dashboard's four counts are
 * answered over all tasks: numbers only, by assignment, nothing else. A count with any other filter
 * (which could ask about one person's data) goes on to the engine with the person's own rights.
 */
@Configuration
class OpenTaskCountsForServiceLeads {

  /** The filters of Cockpit's dashboard; only {@code true} values. */
  static final Set<String> DASHBOARD_FILTERS =
      Set.of("unfinished", "assigned", "unassigned", "withCandidateGroups", "withoutCandidateGroups");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> openTaskCountsForServiceLeadsFilter(TaskService tasks, EngineAsSystem engine,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath,
      @Value("${camunda.bpm.process-engine-name:default}") String engineName) {
    String countPath = (applicationPath + "/api/engine/engine/" + engineName + "/task/count").toLowerCase(java.util.Locale.ROOT);
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (!"POST".equals(request.getMethod()) || !countPath.equals(SignInThrottleFilter.normalisedPath(request))
            || !serviceLead(request, engineName)) {
          chain.doFilter(request, response);
          return;
        }
        var body = new CachedBody(request);
        Map<String, Boolean> asked = dashboardFilters(body.text());
        if (asked == null) {
          chain.doFilter(body, response);
          return;
        }
        long count = engine.call(() -> query(tasks.createTaskQuery(), asked).count());
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"count\":" + count + "}");
      }
    };
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("open-task-counts-for-service-leads");
    registration.addUrlPatterns(applicationPath + "/api/engine/*");
    registration.setOrder(AuthenticationFilters.ORDER + 2);
    return registration;
  }

  /** The dashboard's filters of a count's body, or null for anything else. */
  static Map<String, Boolean> dashboardFilters(String body) {
    try {
      JsonNode node = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
      if (!node.isObject()) {
        return null;
      }
      Map<String, Boolean> asked = new java.util.HashMap<>();
      for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
        if (!DASHBOARD_FILTERS.contains(field.getKey()) || !field.getValue().isBoolean() || !field.getValue().asBoolean()) {
          return null;
        }
        asked.put(field.getKey(), true);
      }
      return asked;
    } catch (IOException notJson) {
      return null;
    }
  }

  static TaskQuery query(TaskQuery query, Map<String, Boolean> asked) {
    if (asked.containsKey("assigned")) {
      query.taskAssigned();
    }
    if (asked.containsKey("unassigned")) {
      query.taskUnassigned();
    }
    if (asked.containsKey("withCandidateGroups")) {
      query.withCandidateGroups();
    }
    if (asked.containsKey("withoutCandidateGroups")) {
      query.withoutCandidateGroups();
    }
    return query; // "unfinished": every runtime task is
  }

  private static boolean serviceLead(HttpServletRequest request, String engineName) {
    UserAuthentication signedIn = WebappSignIn.of(request, engineName);
    return signedIn != null && signedIn.getGroupIds() != null
        && CurrentStaff.readsReports(List.copyOf(signedIn.getGroupIds()));
  }

  /** The request with its body read once and offered again to the engine's API. */
  private static final class CachedBody extends jakarta.servlet.http.HttpServletRequestWrapper {
    private final byte[] bytes;

    CachedBody(HttpServletRequest request) throws IOException {
      super(request);
      this.bytes = request.getInputStream().readNBytes(64 * 1024);
    }

    String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public jakarta.servlet.ServletInputStream getInputStream() {
      var in = new java.io.ByteArrayInputStream(bytes);
      return new jakarta.servlet.ServletInputStream() {
        @Override public boolean isFinished() { return in.available() == 0; }
        @Override public boolean isReady() { return true; }
        @Override public void setReadListener(jakarta.servlet.ReadListener listener) { }
        @Override public int read() { return in.read(); }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
