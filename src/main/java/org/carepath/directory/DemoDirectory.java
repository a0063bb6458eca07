package org.carepath.directory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's directory: 46 invented services of Northumberland (adults) and Cardiff and the Vale
 * (children), demo profile only, loaded when the directory is empty. Phone numbers are in Ofcom's
 * drama range and addresses end in {@code .example}: nobody real is called or mailed.
 */
@Component
@ConditionalOnProperty(name = "carepath.demo.users-enabled", havingValue = "true")
class DemoDirectory implements ApplicationRunner {

  static final String RESOURCE = "directory/demo-services.json";

  private final LocalServices services;
  private final ObjectMapper json;

  DemoDirectory(LocalServices services, ObjectMapper json) {
    this.services = services;
    this.json = json;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!services.isEmpty()) {
      return;
    }
    for (LocalServiceRequest r : read(json)) {
      services.add(r.details(), "carepath");
    }
  }

  static List<LocalServiceRequest> read(ObjectMapper json) throws IOException {
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      return json.readValue(in, new TypeReference<>() {});
    }
  }
}
