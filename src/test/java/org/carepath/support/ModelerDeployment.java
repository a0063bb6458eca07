package org.carepath.support;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** What Camunda Modeler sends to deploy: a multipart form with the files and the deployment's name. */
public final class ModelerDeployment {

  private ModelerDeployment() {}

  /** {@code files}: file name, content, file name, content, ... */
  public static HttpResponse<String> deploy(HttpProbe probe, String name, String... files) {
    return deployTo(probe, "/engine-rest", name, files);
  }

  /** To the engine at {@code engineRest}, e.g. {@code /engine-rest/engine/<name>} for an engine not called default. */
  public static HttpResponse<String> deployTo(HttpProbe probe, String engineRest, String name, String... files) {
    String boundary = "----carepath" + UUID.randomUUID();
    StringBuilder body = new StringBuilder(part(boundary, "deployment-name", null, name))
        .append(part(boundary, "deployment-source", null, "Camunda Modeler"))
        .append(part(boundary, "deploy-changed-only", null, "false"));
    for (int i = 0; i + 1 < files.length; i += 2) {
      body.append(part(boundary, files[i], files[i], files[i + 1]));
    }
    body.append("--").append(boundary).append("--\r\n");
    return probe.send(probe.request(engineRest + "/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  private static String part(String boundary, String name, String fileName, String content) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
        + "\r\n\r\n" + content + "\r\n";
  }
}
