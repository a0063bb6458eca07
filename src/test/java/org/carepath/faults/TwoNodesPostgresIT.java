package org.carepath.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carepath.referral.ReferralRequests;
import org.carepath.support.HttpProbe;
import org.carepath.support.PostgresTestDatabase;
import org.carepath.support.Sql;
import org.carepath.support.SmtpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two carepath nodes (two JVMs started from the built jar) on one PostgreSQL database, job executor on
 * in both. Node A was started first on the empty database, node B once A was UP (docs/operations.md,
 * "Cluster start order").
 *
 * <ol>
 *   <li>The not-eligible letters of many cases (asynchronous jobs) run once each, shared between the
 *       nodes: one mail, one SENT notification and one LETTER entry on the case file per case.
 *   <li>Node A is killed with SIGKILL while it is inside a letter job (its mail server accepted the
 *       connection and never answers): node B runs the job once A's lock has expired, and the letter
 *       still goes exactly once.
 * </ol>
 *
 * Node A reaches the mail server through a proxy in this test (pass through to GreenMail, or accept and
 * never answer); node B talks to GreenMail directly. Each node's output is in {@code
 * target/cluster-node-*.log}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesPostgresIT {

  static final int CASES = 100;
  static final int KILL_CASES = 10;
  // Short, so that node B takes over quickly; but a job that waits in a node's queue and runs longer than
  // this is taken by the other node as well (see the report of the first test and docs/operations.md).
  static final int LOCK_TIME_MILLIS = 30_000;
  static final long MAX_WAIT_MILLIS = 5_000;
  static final int TIMER_CASES = 20;
  static final String LETTER = "Activity_SendNotEligibleLetter";
  static final String CALL_RETRY = "Event_CallRetryDue";
  private static final String REFERRER = "owen.price@hv.example";
  private static final String GP = "gp@roath.example";
  private static final PostgresTestDatabase DATABASE = new PostgresTestDatabase("carepath_cluster_it");
  private static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private static final ObjectMapper JSON = new ObjectMapper();

  private static SmtpProxy smtpOfNodeA;
  private static Node nodeA;
  private static Node nodeB;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    DATABASE.recreate();
    SMTP.start();
    smtpOfNodeA = new SmtpProxy(SMTP.getSmtp().getPort());
    Path jar = builtJar();
    nodeA = Node.start("node-a", jar, smtpOfNodeA.port());
    nodeA.awaitUp(Duration.ofSeconds(90)); // the first node alone creates the schema on the empty database
    nodeB = Node.start("node-b", jar, SMTP.getSmtp().getPort());
    nodeB.awaitUp(Duration.ofSeconds(90));
    System.out.printf("cluster test: node A up after %s, node B after %s%n", nodeA.startUp, nodeB.startUp);
  }

  @AfterAll
  static void stopNodes() {
    for (Node node : new Node[] {nodeA, nodeB}) {
      if (node != null) {
        node.process.destroyForcibly();
      }
    }
    if (smtpOfNodeA != null) {
      smtpOfNodeA.close();
    }
    SMTP.stop();
  }

  @Test
  @Order(1)
  void shouldSendEachCasesLetterOnceWhenTwoNodesShareTheJobs() throws Exception {
    // given: referrals through both nodes, screened and decided NOT_ELIGIBLE through Camunda's REST API
    Instant start = Instant.now();
    List<String> references = parallel(CASES, n -> notEligibleCase(n % 2 == 0 ? nodeA : nodeB, "CLUSTER-" + n));

    // when both job executors run the letters
    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
        .until(() -> closedCount(references) == CASES);
    Duration elapsed = Duration.between(start, Instant.now());
    reportRunsTwice(references);

    // then one mail, one SENT notification, one LETTER entry per case, and nothing failed
    assertLettersSentOnce(references, 1);
    assertNoIncidentOrFailedJob();
    try (Connection db = DATABASE.connect()) {
      assertThat(Sql.rows(db, "select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1"))
          .as("no job completed twice").isEmpty();
      Map<String, Long> byNode = lettersByNode(db, references);
      assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(CASES);
      if (byNode.size() < 2) {
        System.out.printf("cluster test: WARNING the letters ran on one node only: %s%n", byNode);
      }
      Map<String, Long> allJobsByNode = countBy(db,
          "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_");
      System.out.printf("cluster test: %d cases decided and closed in %s; letter jobs per node %s, all successful jobs per node %s%n",
          CASES, elapsed, byNode, allJobsByNode);
    }
  }

  @Test
  @Order(2)
  void shouldFireEveryTimerOnceWhenTwoNodesShareTheJobs() throws Exception {
    // given cases waiting to call their family again (the call retry timer), worked through both nodes
    List<String> references = parallel(TIMER_CASES, n -> waitingToCallAgain(n % 2 == 0 ? nodeA : nodeB, "TIMER-" + n));

    // when every timer falls due at the same moment
    try (Connection db = DATABASE.connect(); var statement = db.createStatement()) {
      int due = statement.executeUpdate("update act_ru_job set duedate_ = now() where job_def_id_ in "
          + "(select id_ from act_ru_jobdef where act_id_ = '" + CALL_RETRY + "')");
      assertThat(due).as("call retry timers").isEqualTo(TIMER_CASES);
    }
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
        .until(() -> openCallRetryTimers() == 0 && openCalls(references) == TIMER_CASES);

    // then each timer fired once: one job, one successful run, one second call per case
    assertNoIncidentOrFailedJob();
    try (Connection db = DATABASE.connect()) {
      Map<String, String> calls = pairs(db, "select p.business_key_, count(*) from act_hi_taskinst t join act_hi_procinst p "
          + "on t.proc_inst_id_ = p.id_ where t.task_def_key_ = 'Activity_OptInCall' group by p.business_key_");
      Map<String, String> timers = pairs(db, "select p.business_key_, count(distinct l.job_id_) || ' ' || count(*) from act_hi_job_log l "
          + "join act_hi_procinst p on l.process_instance_id_ = p.id_ where l.act_id_ = '" + CALL_RETRY + "' and l.job_state_ = 2 "
          + "group by p.business_key_");
      for (String reference : references) {
        assertThat(calls.get(reference)).as("opt-in calls of " + reference).isEqualTo("2");
        assertThat(timers.get(reference)).as("call retry timers of %s (jobs, successful runs)", reference).isEqualTo("1 1");
      }
      Map<String, Long> byNode = countBy(db, "select l.hostname_, count(*) from act_hi_job_log l where l.act_id_ = '"
          + CALL_RETRY + "' and l.job_state_ = 2 group by l.hostname_");
      System.out.printf("cluster test: %d call retry timers fired once each; per node %s%n", TIMER_CASES, byNode);
    }
  }

  @Test
  @Order(3)
  void shouldLeaveAJobOfANodeKilledMidSendToTheOtherNodeAndSendTheLetterOnce() throws Exception {
    // given: node A's mail server accepts connections and never answers
    smtpOfNodeA.hang();
    String lockOwnerA = nodeA.lockOwner();
    List<String> references = parallel(KILL_CASES, n -> notEligibleCase(nodeA, "KILL-" + n));

    // when node A is inside a letter job (the attempt is recorded, the send hangs), kill it with SIGKILL
    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> !hungInNodeA(references, lockOwnerA).isEmpty());
    Thread.sleep(500); // let the other letters that node A took reach the mail server too
    List<String> hung = hungInNodeA(references, lockOwnerA);
    Instant kill = Instant.now();
    nodeA.process.destroyForcibly(); // SIGKILL on Linux
    assertThat(nodeA.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    System.out.printf("cluster test: node A (lock owner %s) killed with exit code %d inside %d letter job(s): %s%n",
        lockOwnerA, nodeA.process.exitValue(), hung.size(), hung);

    // then node B takes the jobs once node A's lock has expired and every letter goes once
    await().atMost(Duration.ofMillis(LOCK_TIME_MILLIS + MAX_WAIT_MILLIS).plusSeconds(30)).pollInterval(Duration.ofMillis(250))
        .until(() -> closedCount(references) == KILL_CASES);
    Duration takenOver = Duration.between(kill, Instant.now());
    assertLettersSentOnce(references, -1);
    assertNoIncidentOrFailedJob();
    try (Connection db = DATABASE.connect()) {
      for (String reference : hung) {
        assertThat(Sql.rows(db, "select n.status || ' ' || n.attempts from notification n join care_case c on n.case_id = c.id "
            + "where c.reference = '" + reference + "'"))
            .as("%s: node A's attempt is counted, node B's sent it", reference).containsExactly("SENT 2");
        assertThat(Sql.rows(db, "select l.hostname_ from act_hi_job_log l join act_hi_procinst p on l.process_instance_id_ = p.id_ "
            + "where p.business_key_ = '" + reference + "' and l.act_id_ = '" + LETTER + "' and l.job_state_ = 2 "
            + "and l.job_def_configuration_ = 'async-before'"))
            .as("%s: the letter job completed once, by node B", reference).containsExactly("node-b");
      }
      System.out.printf("cluster test: %d letter(s) node A died sending were sent once by node B; all %d cases closed %s after the kill%n",
          hung.size(), KILL_CASES, takenOver);
    }
    assertThat(smtpOfNodeA.hungConnections()).as("node A reached its mail server").isPositive();
  }

  // --- the pathway, worked through one node's REST API ------------------------------------------

  /** A referral through {@code POST /api/referrals}, screened and decided NOT_ELIGIBLE through {@code /engine-rest}. */
  private static String notEligibleCase(Node node, String externalReference) {
    return decidedCase(node.as("nina"), externalReference, Map.of("decision", "NOT_ELIGIBLE",
        "decisionReason", "Agreed at the ISCAN meeting"));
  }

  /** A referral through {@code POST /api/referrals}, screened and decided as {@code decision} says. */
  private static String decidedCase(HttpProbe nina, String externalReference, Map<String, Object> decision) {
    var created = nina.postJson("/api/referrals", ReferralRequests.valid("NORTH", externalReference));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = json(created.body()).get("reference").asText();
    complete(nina, reference, "Activity_ScreenReferral", Map.of("needsCount", 2, "asdAdhdRequested", false,
        "keyWorkerElsewhere", false, "complexMultiAgencyNeeds", true));
    complete(nina, reference, "Activity_IscanDecision", decision);
    return reference;
  }

  /** A referral offered care co-ordination whose family was not reached at the first call: the retry timer waits. */
  private static String waitingToCallAgain(Node node, String externalReference) {
    HttpProbe nina = node.as("nina");
    String reference = decidedCase(nina, externalReference, Map.of("decision", "CARE_COORDINATION",
        "decisionReason", "Agreed at the ISCAN meeting", "allocatedWorker", "nina"));
    // the call comes once the outcome letter (a job on either node) has gone
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
        json(nina.get("/engine-rest/task?processInstanceBusinessKey=" + URLEncoder.encode(reference, StandardCharsets.UTF_8)
            + "&taskDefinitionKey=Activity_OptInCall").body()).size() == 1);
    complete(nina, reference, "Activity_OptInCall", Map.of("familyResponse", "NO_CONTACT"));
    return reference;
  }

  private static void complete(HttpProbe nina, String reference, String taskKey, Map<String, Object> variables) {
    var found = nina.get("/engine-rest/task?processInstanceBusinessKey=" + URLEncoder.encode(reference, StandardCharsets.UTF_8)
        + "&taskDefinitionKey=" + taskKey);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    JsonNode tasks = json(found.body());
    assertThat(tasks.size()).as(taskKey + " of " + reference).isOne();
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", value.getClass().getSimpleName())));
    var completed = nina.postJson("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        write(Map.of("variables", typed)));
    assertThat(completed.statusCode()).as(taskKey + ": " + completed.body()).isEqualTo(204);
  }

  // --- what the database and the mail server show ---------------------------------------------

  /**
   * Each case: closed NOT_ELIGIBLE, one mail to the referrer and one copy to the GP, one notification,
   * SENT (after {@code attempts} attempts; -1: any), one LETTER entry on its case file.
   */
  private static void assertLettersSentOnce(List<String> references, int attempts) throws SQLException {
    Map<String, Long> toReferrer = mailsBySubjectReference(REFERRER);
    Map<String, Long> toGp = mailsBySubjectReference(GP);
    try (Connection db = DATABASE.connect()) {
      Map<String, String> cases = pairs(db, "select reference, status || ' ' || outcome from care_case");
      Map<String, String> notifications = pairs(db, "select c.reference, string_agg(n.status || ' ' || n.attempts, ',') "
          + "from notification n join care_case c on n.case_id = c.id group by c.reference");
      Map<String, String> letters = pairs(db, "select c.reference, count(*) from case_record_entry e "
          + "join care_case c on e.case_id = c.id where e.kind = 'LETTER' group by c.reference");
      for (String reference : references) {
        assertThat(cases.get(reference)).as(reference).isEqualTo("CLOSED NOT_ELIGIBLE");
        assertThat(toReferrer.get(reference)).as("mails to the referrer about " + reference).isEqualTo(1L);
        assertThat(toGp.get(reference)).as("copies to the GP about " + reference).isEqualTo(1L);
        assertThat(notifications.get(reference)).as("notifications of " + reference)
            .matches(attempts < 0 ? "SENT \\d+" : "SENT " + attempts);
        assertThat(letters.get(reference)).as("LETTER entries of " + reference).isEqualTo("1");
      }
    }
  }

  /** Before asserting: how many letters went twice, and how many jobs ran on both nodes (lock expired in a queue). */
  private static void reportRunsTwice(List<String> references) throws SQLException {
    Map<String, Long> toReferrer = mailsBySubjectReference(REFERRER);
    long mailedTwice = references.stream().filter(r -> toReferrer.getOrDefault(r, 0L) > 1).count();
    try (Connection db = DATABASE.connect()) {
      List<String> attemptedTwice = Sql.rows(db, "select c.reference from notification n join care_case c on n.case_id = c.id "
          + "where n.attempts > 1 order by 1");
      attemptedTwice.retainAll(references);
      System.out.printf("cluster test: %d of %d letters mailed more than once; attempted more than once: %s%n",
          mailedTwice, references.size(), attemptedTwice);
    }
  }

  private static void assertNoIncidentOrFailedJob() throws SQLException {
    try (Connection db = DATABASE.connect()) {
      assertThat(Sql.rows(db, "select incident_msg_ from act_ru_incident")).as("incidents").isEmpty();
      assertThat(Sql.rows(db, "select id_ || ': ' || exception_msg_ from act_ru_job where exception_msg_ is not null"))
          .as("failed jobs").isEmpty();
    }
  }

  private static long openCallRetryTimers() throws SQLException {
    try (Connection db = DATABASE.connect()) {
      return Long.parseLong(Sql.rows(db, "select count(*) from act_ru_job j join act_ru_jobdef d on j.job_def_id_ = d.id_ "
          + "where d.act_id_ = '" + CALL_RETRY + "'").get(0));
    }
  }

  /** How many of the cases have an opt-in call open (the second, once the timer has fired). */
  private static long openCalls(List<String> references) throws SQLException {
    try (Connection db = DATABASE.connect()) {
      List<String> open = Sql.rows(db, "select p.business_key_ from act_ru_task t join act_ru_execution p on t.proc_inst_id_ = p.id_ "
          + "where t.task_def_key_ = 'Activity_OptInCall' and p.parent_id_ is null");
      return references.stream().filter(open::contains).count();
    }
  }

  private static long closedCount(List<String> references) throws SQLException {
    try (Connection db = DATABASE.connect()) {
      Map<String, String> cases = pairs(db, "select reference, status from care_case");
      return references.stream().filter(r -> "CLOSED".equals(cases.get(r))).count();
    }
  }

  /** The cases whose letter job node A holds while it has claimed the letter but not sent it: node A is inside the send. */
  private static List<String> hungInNodeA(List<String> references, String lockOwnerA) throws SQLException {
    try (Connection db = DATABASE.connect()) {
      List<String> hung = Sql.rows(db, "select p.business_key_ from act_ru_job j join act_hi_procinst p on j.process_instance_id_ = p.id_ "
          + "join act_ru_jobdef d on j.job_def_id_ = d.id_ "
          + "join care_case c on c.reference = p.business_key_ join notification n on n.case_id = c.id "
          + "where d.act_id_ = '" + LETTER + "' and d.job_configuration_ = 'async-before' and j.lock_owner_ = '" + lockOwnerA + "' and j.lock_exp_time_ > now() "
          + "and n.status = 'SENDING' and n.attempts = 1");
      hung.retainAll(references);
      return hung;
    }
  }

  private static Map<String, Long> lettersByNode(Connection db, List<String> references) throws SQLException {
    Map<String, Long> byNode = new TreeMap<>();
    Map<String, String> nodeOfCase = pairs(db, "select p.business_key_, l.hostname_ from act_hi_job_log l "
        + "join act_hi_procinst p on l.process_instance_id_ = p.id_ where l.act_id_ = '" + LETTER + "' and l.job_state_ = 2 "
        + "and l.job_def_configuration_ = 'async-before'");
    for (String reference : references) {
      assertThat(nodeOfCase).as("letter job log of " + reference).containsKey(reference);
      byNode.merge(nodeOfCase.get(reference), 1L, Long::sum);
    }
    return byNode;
  }

  /** Mails in a mailbox, counted by the case reference in their subject ("... (ISC-N-2026-00001)..."). */
  private static Map<String, Long> mailsBySubjectReference(String mailbox) {
    return SMTP.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(mailbox), m -> true)
        .map(TwoNodesPostgresIT::subject)
        .map(s -> s.replaceAll("^[^(]*\\(([^)]+)\\).*$", "$1"))
        .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> pairs(Connection db, String sql) throws SQLException {
    Map<String, String> pairs = new TreeMap<>();
    try (var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
      while (result.next()) {
        String previous = pairs.put(result.getString(1), result.getString(2));
        assertThat(previous).as("one row for " + result.getString(1) + " in: " + sql).isNull();
      }
    }
    return pairs;
  }

  private static Map<String, Long> countBy(Connection db, String sql) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
      while (result.next()) {
        counts.put(String.valueOf(result.getString(1)), result.getLong(2));
      }
    }
    return counts;
  }

  // --- plumbing -------------------------------------------------------------------------------

  interface CaseMaker {
    String make(int n) throws Exception;
  }

  private static List<String> parallel(int count, CaseMaker maker) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> made = new ArrayList<>();
      for (int n = 0; n < count; n++) {
        int number = n;
        made.add(clients.submit(() -> maker.make(number)));
      }
      List<String> references = new ArrayList<>();
      for (Future<String> reference : made) {
        references.add(reference.get());
      }
      return references;
    } finally {
      clients.shutdownNow();
    }
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fat jar {@code package} built: target/carepath-*.jar, not the plain or original one. */
  private static Path builtJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      List<Path> jars = files.filter(p -> p.getFileName().toString().matches("carepath-.*\\.jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).toList();
      assertThat(jars).as("the built jar in target/ (run mvn package first)").hasSize(1);
      return jars.get(0);
    }
  }

  static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One carepath JVM started from the jar, its output in target/cluster-&lt;name&gt;.log. */
  static final class Node {
    final String name;
    final Process process;
    final int port;
    final Instant started = Instant.now();
    Duration startUp;

    private Node(String name, Process process, int port) {
      this.name = name;
      this.process = process;
      this.port = port;
    }

    static Node start(String name, Path jar, int smtpPort) throws IOException {
      int port = freePort();
      Map<String, Object> properties = new LinkedHashMap<>(DATABASE.springProperties());
      properties.put("spring.profiles.active", "postgres");
      properties.put("server.port", port);
      properties.put("spring.mail.host", "127.0.0.1");
      properties.put("spring.mail.port", smtpPort);
      properties.put("carepath.demo.users-enabled", "true");
      properties.put("carepath.demo.users-on-any-database", "true");
      // nina takes every case of the timer test (20) to the opt-in call
      properties.put("carepath.capacity.default-caseload", TIMER_CASES);
      properties.put("camunda.bpm.generic-properties.properties.hostname", name);
      properties.put("camunda.bpm.job-execution.lock-time-in-millis", LOCK_TIME_MILLIS);
      // a letter's send claim shorter than the job lock, so a killed node's claim has run out when
      // the other node takes the job (in production: 2 minutes against a 5-minute lock)
      properties.put("carepath.letters.send-lease", "PT10S");
      // an idle job executor looks for jobs at least this often (default 60 s): bounds the take-over time
      properties.put("camunda.bpm.job-execution.max-wait", MAX_WAIT_MILLIS);
      properties.put("camunda.bpm.webapp.enabled", "false");
      properties.put("management.endpoint.health.show-details", "always");
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar", jar.toString()));
      properties.forEach((key, value) -> command.add("--" + key + "=" + value));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(new File("target/cluster-" + name + ".log"));
      builder.environment().put("CAREPATH_ADMIN_PASSWORD", "cluster-kettle-42");
      return new Node(name, builder.start(), port);
    }

    void awaitUp(Duration patience) {
      await().atMost(patience).pollInterval(Duration.ofMillis(500)).until(() -> {
        if (!process.isAlive()) {
          throw new AssertionError(name + " exited with " + process.exitValue() + ", see target/cluster-" + name + ".log");
        }
        try {
          var health = HttpProbe.local(port).get("/actuator/health");
          return health.statusCode() == 200 && "UP".equals(json(health.body()).path("status").asText());
        } catch (RuntimeException notYet) {
          return false;
        }
      });
      startUp = Duration.between(started, Instant.now());
    }

    HttpProbe as(String user) {
      return HttpProbe.local(port).as(user, "demo");
    }

    /** The lock owner of this node's job executor, as its health details show it. */
    String lockOwner() {
      var health = HttpProbe.local(port).get("/actuator/health");
      JsonNode owner = json(health.body()).at("/components/jobExecutor/details/jobExecutor/lockOwner");
      assertThat(owner.isMissingNode()).as("the job executor's lock owner in " + health.body()).isFalse();
      return owner.asText();
    }
  }
}
