package org.pilotgate.champions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.partners.PartnerChoices;
import org.pilotgate.partners.PartnerDetails;
import org.pilotgate.partners.PartnerRegister;
import org.pilotgate.partners.PartnerSuggestions;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Fills the Camunda Forms with the partner register as each form is opened, through Tasklist or the
 * REST API: Tasklist loads no variables for a start form, so options cannot come from a variable. A
 * select or checklist whose custom property {@code options} is {@code partner-register},
 * {@code partner-kinds} or {@code partner-areas} gets those options; a text whose property
 * {@code insert} is {@code partner-suggestions} lists the partners champions suggested to the task's
 * pilot. Only the form the engine served (to someone allowed to open it) is changed; what a
 * submission may hold is still checked by the steps that read it.
 */
@Component
class FormOptionsFromRegister extends OncePerRequestFilter {

  private static final Pattern DEPLOYED_FORM = Pattern.compile(".*/(?:task/([^/]+)/deployed-form|"
      + "process-definition/(?:key/)?[^/]+(?:/tenant-id/[^/]+)?/deployed-start-form)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PartnerRegister register;
  private final PartnerChoices choices;
  private final PartnerSuggestions suggestions;
  private final TaskService tasks;
  private final PilotRecords records;

  FormOptionsFromRegister(PartnerRegister register, PartnerChoices choices, PartnerSuggestions suggestions,
      TaskService tasks, PilotRecords records) {
    this.register = register;
    this.choices = choices;
    this.suggestions = suggestions;
    this.tasks = tasks;
    this.records = records;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !DEPLOYED_FORM.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ContentCachingResponseWrapper served = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, served);
    byte[] body = served.getContentAsByteArray();
    if (served.getStatus() == HttpServletResponse.SC_OK && body.length > 0) {
      Matcher form = DEPLOYED_FORM.matcher(request.getRequestURI());
      form.matches();
      byte[] filled = filled(body, form.group(1));
      served.resetBuffer();
      served.setContentLength(filled.length);
      served.getOutputStream().write(filled);
    }
    served.copyBodyToResponse();
  }

  private byte[] filled(byte[] body, String taskId) throws IOException {
    JsonNode form;
    try {
      form = JSON.readTree(body);
    } catch (IOException notJson) {
      return body;
    }
    if (!(form instanceof ObjectNode) || !fill(form, taskId)) {
      return body;
    }
    return JSON.writeValueAsBytes(form);
  }

  /** Fills the components in {@code container}, lists and groups too; says whether it changed any. */
  private boolean fill(JsonNode container, String taskId) {
    boolean changed = false;
    for (JsonNode component : container.path("components")) {
      JsonNode properties = component.path("properties");
      if (properties.hasNonNull("options")) {
        ((ObjectNode) component).set("values", options(properties.path("options").asText()));
        changed = true;
      } else if ("partner-suggestions".equals(properties.path("insert").asText()) && taskId != null) {
        ((ObjectNode) component).put("text", suggestionsText(component.path("text").asText(), taskId));
        changed = true;
      }
      changed |= fill(component, taskId);
    }
    return changed;
  }

  private ArrayNode options(String source) {
    ArrayNode values = JSON.createArrayNode();
    switch (source) {
      case "partner-register" -> register.all().stream()
          .filter(partner -> partner.details().status() != PartnerDetails.Status.ENDED)
          .forEach(partner -> values.addObject().put("label", partner.details().name() + " (" + partner.details().kind()
              + ")").put("value", String.valueOf(partner.id())));
      case "partner-kinds" -> choices.kinds().forEach(kind -> values.addObject().put("label", kind).put("value", kind));
      case "partner-areas" -> choices.areas().forEach(area -> values.addObject().put("label", area).put("value", area));
      default -> throw new IllegalStateException("A form asks for options from '" + source + "', which PilotGate has not");
    }
    return values;
  }

  /** The heading of {@code text} (its first line), then the suggestions, or {@code text} as it is when none. */
  private String suggestionsText(String text, String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      return text;
    }
    List<PartnerSuggestions.Suggestion> suggested = records.find(task.getProcessInstanceId())
        .map(pilot -> suggestions.of(pilot.reference())).orElse(List.of());
    if (suggested.isEmpty()) {
      return text;
    }
    StringBuilder list = new StringBuilder(text.lines().findFirst().orElse("")).append("\n");
    suggested.forEach(suggestion -> list.append("\n- **").append(plain(suggestion.partnerName())).append("**")
        .append(suggestion.note() == null ? "" : ": " + plain(suggestion.note()))
        .append(" (suggested by ").append(plain(suggestion.suggestedBy())).append(")"));
    return list.toString();
  }

  /** Text shown as it is, not read as Markdown or HTML. */
  private static String plain(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}
