package org.carepath.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The directory of local services through {@code /api/directory/services} (contract 4b). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class DirectoryApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/directory/services";

  @LocalServerPort int port;
  @Autowired LocalServiceRepository services;

  @Test
  void shouldAddAServiceThatTheRightSearchFindsFirstWithItsRedFlags() throws Exception {
    // given
    String name = "Rothbury Walking Group " + UUID.randomUUID().toString().substring(0, 6);

    // when an Alnwick worker adds it
    var added = as("alan").postJson(PATH, service(name, "[\"NE65\"]", "[\"Physical activity\",\"loneliness\"]"));

    // then
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long id = JSON.readTree(added.body()).get("id").asLong();
    var read = as("sam").get(PATH + "/" + id);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("\"name\":\"" + name + "\"", "\"provider\":\"VOLUNTARY\"", "\"areas\":[\"NE65\"]",
        "\"needs\":[\"loneliness\",\"physical-activity\"]", "\"ageGroups\":[\"ADULTS\"]",
        "\"redFlags\":\"Chest pain on walking: see the GP first.\"", "\"retired\":false", "\"updatedBy\":\"alan\"");
    JsonNode found = JSON.readTree(as("cath").get(PATH + "?need=loneliness&postcode=NE65%207AA&age=ADULTS").body());
    List<String> order = names(found);
    assertThat(order).doesNotContain("Blyth Valley Befriending", "Home-Start Cardiff")
        .contains(name, "Alnwick Community Connectors", "Samaritans");
    assertThat(order.indexOf(name)).as("services of its own district before those of everywhere")
        .isLessThan(order.indexOf("Samaritans"));
    assertThat(names(JSON.readTree(as("nina").get(PATH + "?q=rothbury%20walking").body()))).containsExactly(name);
  }

  @Test
  void shouldSearchTheDemoDirectoryForAChildInCardiff() throws Exception {
    JsonNode found = JSON.readTree(as("nina").get(PATH + "?need=parenting&postcode=CF3%204AA&age=CHILDREN").body());

    assertThat(names(found)).contains("Flying Start Cardiff", "Home-Start Cardiff", "ADHD Parenting Course")
        .doesNotContain("Carers Northumberland");
    found.forEach(s -> assertThat(s.get("ageGroups").toString()).containsAnyOf("CHILDREN", "ALL"));
  }

  @Test
  void shouldRetireAServiceThatStaysReadableButIsNoLongerFound() throws Exception {
    String name = "Pop-up advice " + UUID.randomUUID().toString().substring(0, 6);
    long id = JSON.readTree(as("lesley").postJson(PATH, service(name, "[\"ALL\"]", "[\"debt\"]")).body()).get("id").asLong();

    var retired = as("lesley").send(as("lesley").request(PATH + "/" + id).DELETE());
    var changed = as("lesley").putJson(PATH + "/" + id, service(name + " again", "[\"ALL\"]", "[\"debt\"]"));

    assertThat(retired.statusCode()).isEqualTo(204);
    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(as("nina").get(PATH + "/" + id).body()).contains("\"retired\":true", "\"retiredAt\":", "\"name\":\"" + name + "\"");
    assertThat(names(JSON.readTree(as("nina").get(PATH + "?need=debt").body()))).doesNotContain(name);
    assertThat(names(JSON.readTree(as("nina").get(PATH + "?need=debt&includeRetired=true").body()))).contains(name);
  }

  @Test
  void shouldChangeAServiceInPlace() throws Exception {
    String name = "Morpeth Carers Café " + UUID.randomUUID().toString().substring(0, 6);
    long id = JSON.readTree(as("ben").postJson(PATH, service(name, "[\"NE61\"]", "[\"carers\"]")).body()).get("id").asLong();

    var changed = as("sid").putJson(PATH + "/" + id, service(name, "[\"NE61\",\"NE62\"]", "[\"carers\",\"dementia\"]"));

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"areas\":[\"NE61\",\"NE62\"]", "\"needs\":[\"carers\",\"dementia\"]",
        "\"updatedBy\":\"sid\"");
    assertThat(as("sid").putJson(PATH + "/999999999", service(name, "[\"NE61\"]", "[\"carers\"]")).statusCode()).isEqualTo(404);
  }

  @Test
  void shouldLetOnlyTheWorkersWhoKeepTheDirectoryChangeIt() throws Exception {
    long before = services.count();
    for (String user : List.of("noah", "sam", "max")) {
      var refused = as(user).postJson(PATH, service("Not theirs", "[\"ALL\"]", "[\"debt\"]"));
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(as(user).get(PATH + "?need=debt").statusCode()).as(user + " searches").isEqualTo(200);
    }
    assertThat(HttpProbe.local(port).get(PATH).statusCode()).isEqualTo(401);
    assertThat(services.count()).isEqualTo(before);
  }

  @Test
  void shouldNameEveryBadFieldAndStoreNothing() {
    long before = services.count();
    var bad = as("nina").postJson(PATH, """
        {"name":"", "provider":"VOLUNTARY", "description":"x\\u0000", "areas":["Newcastle"], "needs":["!"],
         "ageGroups":[], "accessCriteria":"ok", "contact":{"phone":"call me","email":"not-an-email","web":"javascript:alert(1)"}}""");
    var unreachable = as("nina").postJson(PATH, service("No way to reach", "[\"ALL\"]", "[\"debt\"]")
        .replaceAll("\"contact\":\\{[^}]*}", "\"contact\":{}"));
    var badProvider = as("nina").postJson(PATH, service("Bad", "[\"ALL\"]", "[\"debt\"]").replace("VOLUNTARY", "CHARITY"));
    var badSearch = as("nina").get(PATH + "?postcode=nowhere&age=ELDERLY");

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("Invalid fields: ageGroups, areas[0], contact.email, contact.phone, contact.web, "
        + "description, name, needs[0]");
    assertThat(unreachable.statusCode()).isEqualTo(400);
    assertThat(unreachable.body()).contains("Invalid fields: contact", "give at least one of phone, email and web");
    assertThat(badProvider.statusCode()).isEqualTo(400);
    assertThat(badProvider.body()).contains("provider");
    assertThat(badSearch.statusCode()).isEqualTo(400);
    assertThat(badSearch.body()).contains("Invalid fields: age, postcode");
    assertThat(as("nina").get(PATH + "/999999999").statusCode()).isEqualTo(404);
    var hugeId = as("nina").get(PATH + "/99999999999999999999");
    var notABoolean = as("nina").get(PATH + "?includeRetired=maybe");
    assertThat(hugeId.statusCode()).isEqualTo(400);
    assertThat(hugeId.body()).contains("Invalid fields: id");
    assertThat(notABoolean.statusCode()).isEqualTo(400);
    assertThat(notABoolean.body()).contains("Invalid fields: includeRetired");
    assertThat(services.count()).isEqualTo(before);
  }

  private static String service(String name, String areas, String needs) {
    return """
        {"name":"%s","provider":"VOLUNTARY","description":"A weekly group.","areas":%s,"needs":%s,
         "ageGroups":["ADULTS"],"accessCriteria":"Adults 18+.","redFlags":"Chest pain on walking: see the GP first.",
         "contact":{"phone":"01632 960999","email":"group@services.example","web":"https://group.services.example"}}"""
        .formatted(name, areas, needs);
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.forEach(s -> names.add(s.get("name").asText()));
    return names;
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}
