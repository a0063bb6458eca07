package org.carepath.carefunctions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepath.support.HttpProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The coordinating-care function map, its gaps and the learning needs, as a service lead keeps them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CareFunctionIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  void shouldMapWhoDeliversWhichFunctionAndShowTheGaps() throws Exception {
    // given the 42 functions of the guide
    JsonNode all = JSON.readTree(as("lesley").get("/api/care-functions").body());
    assertThat(all).hasSize(42);
    assertThat(all.get(0).get("code").asText()).isEqualTo("COM_01");
    assertThat(all.get(0).get("area").asText()).isEqualTo("Communication");

    // when lesley maps Age UK and the social workers of the council
    var ageUk = as("lesley").putJson("/api/care-functions/map",
        "{\"organisation\": \"Age UK Northumberland\", \"functions\": [\"COM_01\", \"SUP_12\", \"INF_03\"]}");
    var socialWorkers = as("lesley").putJson("/api/care-functions/map",
        "{\"organisation\": \"Northumberland County Council\", \"role\": \"Social worker\", \"functions\": [\"SUP_01\", \"COM_01\"]}");

    // then the map, its matrix and the gaps say so
    assertThat(ageUk.statusCode()).as(ageUk.body()).isEqualTo(200);
    assertThat(JSON.readTree(socialWorkers.body()).get("functions").toString()).isEqualTo("[\"COM_01\",\"SUP_01\"]");
    JsonNode gaps = JSON.readTree(as("lesley").get("/api/care-functions/gaps").body());
    assertThat(gaps.toString()).doesNotContain("\"COM_01\"", "\"SUP_12\"", "\"SUP_01\"").contains("\"BUS_02\"");
    var matrix = as("lesley").send(as("lesley").request("/api/care-functions/map").header("Accept", "text/csv").GET());
    assertThat(matrix.body()).startsWith("area,code,function,")
        .contains("Age UK Northumberland", "Northumberland County Council / Social worker",
            "Communication,COM_01,Build strong relationships with people who access care and support,");
    assertThat(as("lesley").get("/reports").body()).contains("Functions of coordinating care nobody delivers");

    // and an empty list takes the organisation off the map
    as("lesley").putJson("/api/care-functions/map", "{\"organisation\": \"Age UK Northumberland\", \"functions\": []}");
    assertThat(as("lesley").get("/api/care-functions/map").body()).doesNotContain("Age UK Northumberland");
  }

  @Test
  void shouldRecordLearningNeedsPerFunction() throws Exception {
    var added = as("demo").postJson("/api/care-functions/learning-needs", """
        {"organisation": "Northumberland County Council", "role": "Care navigator", "function": "COM_10",
         "need": "Motivational interviewing", "activity": "Two-day course, spring", "comment": "=cmd|' /C calc'!A0"}""");

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(JSON.readTree(added.body()).get("functionTitle").asText()).isEqualTo("Support self-care using motivational interviewing");
    var csv = as("demo").send(as("demo").request("/api/care-functions/learning-needs").header("Accept", "text/csv").GET());
    assertThat(csv.body()).startsWith("organisation,role,code,function,need,activity,comment,recordedBy,recordedAt\r\n")
        .contains("Care navigator,COM_10,", "'=cmd|' /C calc'!A0");
  }

  @Test
  void shouldRefuseOthersAndNameWhatIsWrong() {
    assertThat(as("nina").get("/api/care-functions/map").statusCode()).isEqualTo(403);
    assertThat(as("max").putJson("/api/care-functions/map", "{\"organisation\": \"X\", \"functions\": []}").statusCode())
        .isEqualTo(403);
    assertThat(as("lesley").putJson("/api/care-functions/map", "{\"organisation\": \"X\", \"functions\": [\"COM_99\"]}").body())
        .contains("functions[0]", "a function code");
    assertThat(as("lesley").putJson("/api/care-functions/map", "{\"organisation\": \"X\", \"functions\": [\"COM_01\", \"COM_01\"]}").body())
        .contains("functions[1]", "is named twice");
    assertThat(as("lesley").putJson("/api/care-functions/map", "{\"functions\": []}").body()).contains("organisation");
    assertThat(as("lesley").postJson("/api/care-functions/learning-needs",
        "{\"organisation\": \"X\", \"function\": \"COM_01\"}").body()).contains("need");
  }

  private HttpProbe as(String user) {
    return HttpProbe.local(port).as(user, "demo");
  }
}
