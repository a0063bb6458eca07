package org.carepath.modelchange;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carepath.api.InvalidFieldsException;
import org.carepath.api.InvalidFieldsException.Field;
import org.carepath.identity.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/models/check}: a process manager's changed BPMN, DMN and form files, checked as a
 * deployment would check them and set against the cases running now, without deploying anything
 * (docs/api.md, docs/modelling-guide.md). Process managers and administrators.
 */
@RestController
class ModelChangeController {

  /** Files of one change: carepath's whole model set is a dozen files. */
  static final int MOST_FILES = 40;

  private final ModelChanges changes;
  private final CurrentStaff staff;

  ModelChangeController(ModelChanges changes, CurrentStaff staff) {
    this.changes = changes;
    this.staff = staff;
  }

  @PostMapping("/api/models/check")
  ModelChangeReport check(HttpServletRequest request) throws IOException {
    if (!staff.changesModels()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Checking a model change is for process managers and administrators");
    }
    if (!(request instanceof MultipartHttpServletRequest multipart)) {
      throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send multipart/form-data");
    }
    return changes.check(read(multipart.getFiles("files")));
  }

  private static List<ModelChanges.File> read(List<MultipartFile> files) throws IOException {
    if (files == null || files.isEmpty()) {
      throw refused("send the changed BPMN, DMN and form files as the form field 'files'");
    }
    if (files.size() > MOST_FILES) {
      throw refused("at most " + MOST_FILES + " files in one change, not " + files.size());
    }
    List<ModelChanges.File> read = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (MultipartFile file : files) {
      String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
      String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      if (!base.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\\.(bpmn|dmn|form)")) {
        throw refused("'" + abbreviate(base) + "' is not a model file: a name of letters, digits, '_', '-' or '.' ending in .bpmn, .dmn or .form");
      }
      if (!names.add(base)) {
        throw refused("'" + base + "' is sent twice");
      }
      if (file.isEmpty()) {
        throw refused("'" + base + "' is empty");
      }
      read.add(new ModelChanges.File(base, file.getBytes()));
    }
    return read;
  }

  private static String abbreviate(String name) {
    return name.length() > 60 ? name.substring(0, 59) + "…" : name;
  }

  private static InvalidFieldsException refused(String message) {
    return new InvalidFieldsException(List.of(new Field("files", message)));
  }
}
