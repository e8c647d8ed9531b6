package org.pilotgate.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Checks a report in the library's open format against {@code docs/library-report.schema.json}
 * (on the classpath as {@value #CLASSPATH}), e.g. before importing it from a peer. The schema is
 * loaded once, when the application starts (it refuses to start without it); an instance is safe to
 * share between threads.
 */
@Component
public class ReportSchema {

  public static final String CLASSPATH = "schema/library-report.schema.json";

  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    if (ReportSchema.class.getClassLoader().getResource(CLASSPATH) == null) {
      throw new IllegalStateException(CLASSPATH + " is not on the classpath: the build copies it from "
          + "docs/library-report.schema.json (see the resources in pom.xml)");
    }
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(SchemaLocation.of("classpath:" + CLASSPATH), SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .locale(Locale.ENGLISH)
            .build());
  }

  /**
   * What is wrong with the report, one message per problem with the field's JSON path, e.g.
   * {@code $.outcome: does not have a value in the enumeration [FAILED, SUCCEEDED]}; empty when the
   * report is valid. Beyond the schema, {@code globalId} must be {@code <council>/<reference>}.
   */
  public List<String> problems(JsonNode report) {
    if (report == null || report.isMissingNode()) {
      return List.of("$: there is no report");
    }
    List<String> problems = new ArrayList<>(SCHEMA.validate(report).stream().map(ValidationMessage::getMessage)
        .sorted().toList());
    if (report.path("globalId").isTextual() && report.path("council").isTextual()
        && report.path("reference").isTextual()) {
      String expected = ReportDocument.globalId(report.path("council").asText(), report.path("reference").asText());
      if (!expected.equals(report.path("globalId").asText())) {
        problems.add("$.globalId: must be <council>/<reference>, here " + expected);
      }
    }
    return problems;
  }
}
