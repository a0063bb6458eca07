package org.carepath.support;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** {@code POST /api/models/check} and {@code /deploy} with model files, each a multipart part named "files". */
public final class ModelCheck {

  private ModelCheck() {}

  /** {@code files}: file name, content, file name, content, ... */
  public static HttpResponse<String> send(HttpProbe probe, String... files) {
    return post(probe, "/api/models/check", files);
  }

  /** {@code POST /api/models/deploy} with the files, without moving running cases. */
  public static HttpResponse<String> deploy(HttpProbe probe, String... files) {
    return post(probe, "/api/models/deploy", files);
  }

  /** {@code POST /api/models/deploy} with the files and the form field {@code migrate}. */
  public static HttpResponse<String> deploy(HttpProbe probe, boolean migrate, String... files) {
    return post(probe, "/api/models/deploy?migrate=" + migrate, files);
  }

  private static HttpResponse<String> post(HttpProbe probe, String path, String... files) {
    String boundary = "----carepath" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i + 1 < files.length; i += 2) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"")
          .append(files[i]).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(files[i + 1]).append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    return probe.send(probe.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }
}
