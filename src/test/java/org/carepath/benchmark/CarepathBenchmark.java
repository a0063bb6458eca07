package org.carepath.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.CarepathOnPostgres;
import org.carepath.support.HttpProbe;
import org.carepath.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * carepath's speed on PostgreSQL, side by side with a bare Camunda model in the same server and with
 * PostgreSQL's own commit rate (docs/benchmarks.md). Run with {@code mvn -B -Pbenchmark verify}: never
 * part of the test suite, and it asserts nothing about timings. Prints a table and writes it to
 * {@code target/benchmark.md}. Settings: {@code -Dbenchmark.threads=4}, {@code -Dbenchmark.seconds=20},
 * {@code -Dbenchmark.warmup=5}, {@code -Dbenchmark.queue=10000,50000,100000}.
 */
class CarepathBenchmark {

  static final int THREADS = Integer.getInteger("benchmark.threads", 4);
  static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);
  static final int WARMUP = Integer.getInteger("benchmark.warmup", 5);
  static final List<Integer> QUEUE = Arrays.stream(System.getProperty("benchmark.queue", "10000,50000,100000")
      .split(",")).map(String::strip).map(Integer::valueOf).toList();
  static final String BARE = "BenchmarkBareIntake";
  /** Cases worked whole, one after the other (two North workers of twelve cases each take them). */
  static final int CASES = Integer.getInteger("benchmark.cases", 10);
  static final String WORKER = "nina";
  static final String TEAM = "iscan-north";
  static final String QUEUE_FILTER = "North ISCAN meeting queue";
  /** A queue slower than this (p95) is not measured at the next, larger level: it would take hours. */
  static final int SLOW_QUEUE_MS = Integer.getInteger("benchmark.slow-queue-ms", 2000);

  private final List<String> table = new ArrayList<>();

  @Test
  void measure() throws Exception {
    PostgresTestDatabase database = new PostgresTestDatabase("carepath_benchmark");
    database.recreate();
    line("| what | carepath | bare Camunda / reference | ratio |");
    line("| --- | --- | --- | --- |");

    Load.Result commits = PostgresCommits.measure(database, THREADS, WARMUP, SECONDS);
    line("| PostgreSQL single-row commits, %d clients | | %.0f/s (p95 %.1f ms) | |", THREADS, commits.perSecond(), commits.p95());

    // letters go to a real SMTP server, as in production (GreenMail keeps them in memory)
    int smtpPort;
    try (var socket = new java.net.ServerSocket(0)) {
      smtpPort = socket.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    long starting = System.nanoTime();
    ConfigurableApplicationContext context = CarepathOnPostgres.start(database, "default", // engine-rest serves the default engine
        Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", smtpPort));
    double startup = (System.nanoTime() - starting) / 1e9;
    try {
      line("| start-up (Spring context on an empty database, migrations included) | %.1f s | | |", startup);
      line("| resident memory after start-up (this JVM: carepath and the driver) | %d MiB | | |", residentMiB());
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      deployBare(engine);
      HttpProbe worker = HttpProbe.local(CarepathOnPostgres.port(context)).as(WORKER, "demo");

      expect(worker.postJson("/engine-rest/process-definition/key/" + BARE + "/start", "{}"), 200, "bare start");
      Load.Result intake = Load.run("intake", THREADS, WARMUP, SECONDS,
          () -> worker.postJson("/api/referrals", ReferralRequests.valid("NORTH", null)).statusCode() == 201);
      Load.Result bareStart = Load.run("bare start", THREADS, WARMUP, SECONDS,
          () -> worker.postJson("/engine-rest/process-definition/key/" + BARE + "/start", "{}").statusCode() == 200);
      line("| referral intake (`POST /api/referrals` vs starting a one-task process), %d clients | %.1f/s, p50 %.0f ms, p95 %.0f ms%s | %.1f/s, p50 %.0f ms, p95 %.0f ms%s | %.2f |",
          THREADS, intake.perSecond(), intake.p50(), intake.p95(), errors(intake), bareStart.perSecond(), bareStart.p50(),
          bareStart.p95(), errors(bareStart), intake.perSecond() / bareStart.perSecond());
      line("| single-row commits PostgreSQL makes in the time carepath takes one referral | %.0f | | |",
          commits.perSecond() / intake.perSecond());

      CaseRuns cases = new CaseRuns(engine, CarepathOnPostgres.port(context), List.of("nina", "noah"), "demo");
      cases.awaitQuiet();
      Load.Result whole = Load.repeat("whole case", 2, CASES, SECONDS * 3, () -> cases.toAgreedPlan() != null);
      line("| a case from referral to agreed plan through the REST API as staff work it (6 steps, letters, decision), one at a time | %.2f s each (p50), p95 %.2f s | not built yet | |",
          whole.p50() / 1000, whole.p95() / 1000);
      List<String> closed = new ArrayList<>();
      for (int i = 0; i < CASES; i++) {
        closed.add(cases.notEligible());
      }
      long[] history = CaseRuns.historyOf(database, engine, closed);
      line("| engine history per finished case (referral, screening, decision \"not eligible\", letter, closed; history level full) | %d rows, %.1f KB | | |",
          history[0] / closed.size(), history[1] / 1024.0 / closed.size());

      String filter = engine.getFilterService().createFilterQuery().filterName(QUEUE_FILTER).singleResult().getId();
      List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(WORKER).list().stream()
          .map(g -> g.getId()).toList();
      double previousP95 = 0;
      for (int level : QUEUE) {
        if (previousP95 > SLOW_QUEUE_MS) {
          line("| the North queue at %,d open tasks | not measured: above %,d ms p95 at the level before | | |", level,
              SLOW_QUEUE_MS);
          continue;
        }
        long filling = System.nanoTime();
        long before = open(engine);
        long open = fill(engine, level);
        double fillSeconds = (System.nanoTime() - filling) / 1e9;
        analyze(database); // as autovacuum would by then: the planner sees the tables as they are
        expect(listOf(worker, filter), 200, "queue list");
        expect(worker.get("/engine-rest/filter/" + filter + "/count"), 200, "queue count");
        Load.Result http = Load.repeat("queue http", 1, 200, SECONDS, () ->
            listOf(worker, filter).statusCode() == 200
            && worker.get("/engine-rest/filter/" + filter + "/count").statusCode() == 200);
        Load.Result java = Load.repeat("queue engine", 1, 200, SECONDS, () -> {
          engine.getIdentityService().setAuthentication(WORKER, groups);
          try {
            var query = engine.getTaskService().createTaskQuery().taskCandidateGroup(TEAM).includeAssignedTasks();
            return query.orderByDueDate().asc().listPage(0, 50).size() == 50 && query.count() >= level;
          } finally {
            engine.getIdentityService().clearAuthentication();
          }
        });
        if (open > before) {
          line("| bare cases started through the Java API to fill the queue, %d threads | | %.0f/s | |", THREADS,
              (open - before) / fillSeconds);
        }
        previousP95 = http.p95();
        line("| the North queue at %,d open tasks: list of 50 + count, one worker (HTTP with sign-in vs the engine's Java API, authorization on) | p50 %.1f ms, p95 %.1f ms%s | p50 %.1f ms, p95 %.1f ms | %.1f |",
            open, http.p50(), http.p95(), errors(http), java.p50(), java.p95(), http.p95() / java.p95());
      }
      line("| resident memory at the end | %d MiB | | |", residentMiB());
    } finally {
      context.close();
      smtp.stop();
      String report = String.join("\n", table) + "\n";
      System.out.println("\n" + report);
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "benchmark.md"), report);
    }
  }

  /** The first page of the queue, as Tasklist asks for it. */
  private static java.net.http.HttpResponse<String> listOf(HttpProbe worker, String filter) {
    return worker.send(worker.request("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=50")
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
  }

  /** A benchmark of failing calls measures nothing: stop with the answer. */
  private static void expect(java.net.http.HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
    }
  }

  /** The bare model, and the North team's right to start it (as carepath grants ReferralPathway). */
  private static void deployBare(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("benchmark")
        .addClasspathResource("benchmark/BareIntake.bpmn").deploy();
    grant(engine, Resources.PROCESS_DEFINITION, BARE, Permissions.CREATE_INSTANCE, Permissions.READ);
    grant(engine, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
  }

  /** Grants the North team these permissions on the resource, unless a grant of it is already there. */
  private static void grant(ProcessEngine engine, Resources resource, String id, Permissions... permissions) {
    var authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createAuthorizationQuery().groupIdIn(TEAM).resourceType(resource)
        .resourceId(id).list().stream().filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
        .findFirst().orElseGet(() -> {
          Authorization created = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          created.setGroupId(TEAM);
          created.setResource(resource);
          created.setResourceId(id);
          return created;
        });
    for (Permissions permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }

  /** Starts bare cases until the North team has {@code level} open tasks; tells how many it has. */
  private static long fill(ProcessEngine engine, int level) throws Exception {
    long open = open(engine);
    int missing = (int) Math.max(0, level - open);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int share = missing / THREADS + (t < missing % THREADS ? 1 : 0);
      work.add(pool.submit(() -> {
        for (int i = 0; i < share; i++) {
          engine.getRuntimeService().startProcessInstanceByKey(BARE);
        }
        return null;
      }));
    }
    for (Future<?> each : work) {
      each.get();
    }
    pool.shutdown();
    return open(engine);
  }

  private static void analyze(PostgresTestDatabase database) throws Exception {
    try (var connection = database.connect(); var statement = connection.createStatement()) {
      statement.execute("analyze");
    }
  }

  private static long open(ProcessEngine engine) {
    return engine.getTaskService().createTaskQuery().taskCandidateGroup(TEAM).includeAssignedTasks().count();
  }

  private static long residentMiB() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  private static String errors(Load.Result result) {
    return result.errors() == 0 ? "" : " (" + result.errors() + " errors)";
  }

  private void line(String format, Object... values) {
    String line = String.format(Locale.UK, format, values);
    table.add(line);
    System.out.println(line);
  }
}
