package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.carepath.CarepathApplication;
import org.carepath.support.HttpProbe;
import org.carepath.support.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The production profile on the real PostgreSQL server. */
class StartupPostgresIT {

  private static final PostgresTestDatabase DATABASE = new PostgresTestDatabase("carepath_startup_it");

  @BeforeAll
  static void freshDatabase() {
    DATABASE.recreate();
  }

  @Test
  void shouldStartWithGroupsAndAdministratorButNoDemoUsers() throws Exception {
    try (var context = start(Map.of("carepath.admin.user", "root.admin", "carepath.admin.password", "s3cret-from-env"))) {
      // given
      var identity = context.getBean(IdentityService.class);
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();

      // then
      assertThat(identity.createGroupQuery().list()).extracting(Group::getId).contains(
          "iscan-north", "iscan-south", "iscan-west", "care-coordinators", "family-support-workers",
          "service-leads", "process-managers", "camunda-admin");
      assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("root.admin");
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("root.admin").count()).isOne();
      assertThat(identity.checkPassword("root.admin", "s3cret-from-env")).isTrue();
      assertThat(HttpProbe.local(port).get("/actuator/health").body()).contains("\"UP\"");
      try (var connection = DATABASE.connect();
          var tables = connection.getMetaData().getTables(null, null, "act_re_deployment", null)) {
        assertThat(tables.next()).as("Camunda's schema in PostgreSQL").isTrue();
      }
      // and the planner is set up for the engine's task queries (docs/benchmarks.md, "The sector queue")
      try (var connection = context.getBean(javax.sql.DataSource.class).getConnection();
          var statement = connection.createStatement()) {
        assertThat(text(statement, "show plan_cache_mode")).isEqualTo("force_custom_plan");
        assertThat(text(statement, "show jit")).isEqualTo("off");
        assertThat(text(statement, "select string_agg(stxname, ',' order by stxname) from pg_statistic_ext"
            + " where stxname like 'carepath_auth%'")).isEqualTo("carepath_auth_read,carepath_auth_read_task");
      }
    }
  }

  private static String text(java.sql.Statement statement, String sql) throws java.sql.SQLException {
    try (var result = statement.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }

  @Test
  void shouldFollowTheEnvironmentWhenTheAdministratorPasswordChanges() {
    try (var ignored = start(Map.of("carepath.admin.user", "rotating", "carepath.admin.password", "first-password"))) {
      // first start creates the administrator
    }
    try (var context = start(Map.of("carepath.admin.user", "rotating", "carepath.admin.password", "second-password"))) {
      assertThat(context.getBean(IdentityService.class).checkPassword("rotating", "second-password")).isTrue();
    }
  }

  @Test
  void shouldRefuseToStartWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> start(Map.of()).close())
        .hasStackTraceContaining("CAREPATH_ADMIN_PASSWORD must be set");
  }

  @Test
  void shouldRefuseToStartWithAnAdministratorPasswordAgainstThePolicy() {
    assertThatThrownBy(() -> start(Map.of("carepath.admin.password", "admin-2026")).close())
        .hasStackTraceContaining("CAREPATH_ADMIN_PASSWORD does not meet the staff password policy")
        .hasStackTraceContaining("PASSWORD_POLICY_LENGTH");
  }

  private static ConfigurableApplicationContext start(Map<String, Object> extra) {
    Map<String, Object> properties = new HashMap<>(DATABASE.springProperties());
    properties.put("server.port", "0");
    properties.put("camunda.bpm.process-engine-name", "startuppostgres");
    // The webapps keep static state per JVM: only the cached test contexts may start them.
    properties.put("camunda.bpm.webapp.enabled", "false");
    properties.putAll(extra);
    // Command-line arguments: they outrank the profile's application-postgres.yaml.
    return new SpringApplicationBuilder(CarepathApplication.class)
        .profiles("postgres")
        .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }
}
