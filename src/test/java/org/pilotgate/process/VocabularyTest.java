package org.pilotgate.process;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One vocabulary: every name the model, the decision table and the forms share with Java (task keys
 * and other element ids, process variables, form fields, form ids) is written as a literal in one
 * place in src/main, the constant of the feature that owns it; everywhere else Java names it through
 * that constant. A name spelt twice can be renamed in one place and not the other, which fails only
 * when a pilot reaches that step. Plain Java: the files are read as the Modeler saved them.
 */
class VocabularyTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final String BASE = "org/pilotgate/";

  /**
   * Literals that spell a name of the model but mean something else where they stand: each listed
   * literal excuses one occurrence in that file, so a further one there still fails.
   */
  private static final Map<String, List<String>> OTHER_MEANINGS = Map.ofEntries(
      // the SQL columns of pilot_record and pilot_register
      entry("governance/PilotRecords.java", List.of("proposer", "recommendation")),
      entry("audit/PilotRegister.java", List.of("title", "title", "recommendation", "recommendation", "proposer")),
      entry("report/ReportObligations.java", List.of("title")),
      entry("hackday/HackDays.java", List.of("theme", "title", "problem")),
      entry("library/Insights.java", List.of("title")),
      entry("library/peers/PeerLibraries.java", List.of("url")),
      // the library's open report format (JSON fields, CSV columns, Lucene fields, search parameters)
      entry("library/LibraryExportController.java", List.of("globalId", "council", "title", "serviceArea",
          "evidenceLevel", "failureReasonCodes", "budgetRequested", "costSpent", "lessonsForOthers", "url")),
      entry("library/LibraryIndex.java", List.of("globalId", "title", "serviceArea", "council", "evidenceLevel")),
      entry("library/ReportSchema.java", List.of("globalId", "globalId", "council", "council")),
      entry("library/LibraryFeedController.java", List.of("serviceArea")),
      entry("library/web/SearchForm.java", List.of("serviceArea", "council", "evidenceLevel")),
      // the auditors' pages: request parameters, page model attributes, a timeline entry's details
      entry("audit/PilotSearchParameters.java", List.of("serviceArea", "role", "role", "role")),
      entry("audit/FindPilotsPage.java", List.of("serviceArea", "role")),
      entry("audit/TimelinePage.java", List.of("serviceArea")),
      entry("audit/Timeline.java", List.of("name")),
      // the values a mail template is rendered with
      entry("notify/Notifications.java", List.of("title", "name")),
      // the partner register's own fields (its form, CSV columns and open data) and SQL columns
      entry("partners/PartnerFields.java", List.of("name", "sector")),
      entry("partners/PartnerRegister.java", List.of("name", "sector")),
      entry("partners/PartnerExports.java", List.of("partners")),
      // the GeoJSON property that names an area on the partner map
      entry("partners/AreaShapes.java", List.of("name")));

  @Test
  void eachNameOfTheModelIsWrittenInOnePlaceInJava() {
    Map<String, List<String>> repeated = repeated(vocabulary(), literalsInMain(), OTHER_MEANINGS);
    assertThat(repeated).as("names written as a literal in more than one place in src/main: use the owner's "
        + "constant (or, for the same word meaning something else, list it in OTHER_MEANINGS)").isEmpty();
  }

  /** The check above would pass on nothing read: it must see the model's names, and find a second literal. */
  @Test
  void theCheckReadsTheModelAndFailsOnASecondLiteral() {
    Set<String> vocabulary = vocabulary();
    assertThat(vocabulary).contains(LifecycleModel.DECIDE_GATE, LifecycleModel.PROCESS, "gateDecision",
        "successCriteria", "similarFailures", "whatIsDifferent", "proposer", "recommendation", "decide-gate",
        "revisionRound", "harmLimitBreached", "failureReportDueDate");
    assertThat(vocabulary).doesNotContain("if", "then", "count", "this", "x", "d", "shown", "value", "get",
        "string", "join", "plusDays", "getEntry", "SUCCEEDED", "deployment");

    List<Literal> literals = new ArrayList<>(literalsInMain());
    literals.add(new Literal("gateDecision", "org/pilotgate/Planted.java:1"));
    Map<String, List<String>> repeated = repeated(vocabulary, literals, OTHER_MEANINGS);
    assertThat(repeated).containsOnlyKeys("gateDecision");
    assertThat(repeated.get("gateDecision")).hasSize(2).contains("org/pilotgate/Planted.java:1");
  }

  /** An excuse for a literal that is no longer there would hide the next one: the list matches the code. */
  @Test
  void everyLiteralExcusedIsThere() {
    Map<String, List<String>> found = new TreeMap<>();
    literalsInMain().forEach(literal -> found.computeIfAbsent(literal.file(), file -> new ArrayList<>())
        .add(literal.text()));
    OTHER_MEANINGS.forEach((file, names) -> {
      List<String> inFile = new ArrayList<>(found.getOrDefault(BASE + file, List.of()));
      names.forEach(name -> assertThat(inFile.remove(name)).as(file + " has a literal \"" + name + "\" to excuse")
          .isTrue());
    });
  }

  /** Per name, the places (file:line) of its literals, for the names with more than one place. */
  private static Map<String, List<String>> repeated(Set<String> vocabulary, List<Literal> literals,
      Map<String, List<String>> excused) {
    Map<String, List<String>> excuses = new HashMap<>();
    excused.forEach((file, names) -> excuses.put(BASE + file, new ArrayList<>(names)));
    Map<String, List<String>> places = new TreeMap<>();
    for (Literal literal : literals) {
      if (vocabulary.contains(literal.text())
          && !excuses.getOrDefault(literal.file(), new ArrayList<>()).remove(literal.text())) {
        places.computeIfAbsent(literal.text(), name -> new ArrayList<>()).add(literal.place());
      }
    }
    places.values().removeIf(where -> where.size() < 2);
    return places;
  }

  // ---- the vocabulary: what bpmn/ and forms/ name, and what Java passes to the engine as a variable name

  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern QUOTED = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  private static final Set<String> CAMUNDA_NAMES = Set.of("formRef", "assignee", "candidateGroups", "candidateUsers",
      "decisionRef", "resultVariable", "collection", "elementVariable", "calledElement");
  /** FEEL's keywords, which are not variables. */
  private static final Set<String> FEEL_WORDS = Set.of("if", "then", "else", "for", "in", "return", "some", "every",
      "satisfies", "and", "or", "not", "null", "true", "false", "this", "between", "instance", "of", "function");
  /** FEEL's built-in functions whose names have spaces. */
  private static final Pattern FEEL_SPACED_FUNCTION = Pattern.compile("\\b(?:string join|get value|get entries|"
      + "string length|upper case|lower case|starts with|ends with|date and time|day of week|day of year|"
      + "month of year|week of year)\\s*\\(");
  private static final Pattern FEEL_BOUND = Pattern.compile("\\b(?:for|some|every)\\s+([A-Za-z_]\\w*)\\s+in\\b");
  private static final Pattern JAVA_VARIABLE_NAME = Pattern.compile(
      "(?:[gs]etVariables?(?:Local)?(?:Typed)?|removeVariables?(?:Local)?|variableValueEquals|variableName(?:In)?)"
          + "\\(\\s*\"(\\w+)\"");

  static Set<String> vocabulary() {
    Set<String> names = new TreeSet<>();
    bpmnNames(Path.of("bpmn/pilot-lifecycle.bpmn"), names);
    dmnNames(Path.of("bpmn/pilot-evaluation.dmn"), names);
    ModelFiles.forms().forEach((id, form) -> {
      names.add(id);
      names.addAll(ModelFiles.fieldKeys(form));
      feelIn(form, names);
    });
    javaSources().forEach(file -> {
      Matcher named = JAVA_VARIABLE_NAME.matcher(read(file));
      while (named.find()) {
        names.add(named.group(1));
      }
    });
    return names;
  }

  /** Element ids (task keys, events, the process), the names in expressions, and the names Camunda's attributes give. */
  private static void bpmnNames(Path file, Set<String> names) {
    forEachElement(xml(file), element -> {
      if ("http://www.omg.org/spec/BPMN/20100524/MODEL".equals(element.getNamespaceURI())
          && element.hasAttribute("id") && !element.getLocalName().equals("sequenceFlow")) {
        names.add(element.getAttribute("id"));
      }
      if (element.hasAttribute("errorCode")) {
        names.add(element.getAttribute("errorCode"));
      }
      if (element.getLocalName().endsWith("Parameter") && String.valueOf(element.getNamespaceURI()).contains("camunda")) {
        names.add(element.getAttribute("name"));
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        if (attribute.getNamespaceURI() != null && attribute.getNamespaceURI().contains("camunda")
            && CAMUNDA_NAMES.contains(attribute.getLocalName()) && !attribute.getValue().contains("${")) {
          for (String name : attribute.getValue().split(",")) {
            names.add(name.trim());
          }
        }
        expressionNames(attribute.getValue(), names);
      }
      expressionNames(ownText(element), names);
    });
  }

  /** The decision's id, its inputs' expressions and its outputs' names. */
  private static void dmnNames(Path file, Set<String> names) {
    forEachElement(xml(file), element -> {
      switch (element.getLocalName()) {
        case "decision" -> names.add(element.getAttribute("id"));
        case "output" -> names.add(element.getAttribute("name"));
        case "inputExpression" -> feel(element.getTextContent(), names);
        default -> { }
      }
    });
  }

  /** The first name of each JUEL expression and every name in it outside quotes and after no dot. */
  private static void expressionNames(String text, Set<String> names) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher name = IDENTIFIER.matcher(QUOTED.matcher(expression.group(1)).replaceAll("''"));
      while (name.find()) {
        names.add(name.group());
      }
    }
  }

  private static void feelIn(JsonNode node, Set<String> names) {
    if (node.isTextual() && node.asText().startsWith("=")) {
      feel(node.asText().substring(1), names);
    }
    node.forEach(child -> feelIn(child, names));
  }

  /**
   * The variables a FEEL expression reads: the names outside strings that are no keyword, function,
   * member, or name the expression binds itself ({@code for x in}, a context's {@code d:}).
   */
  private static void feel(String expression, Set<String> names) {
    String code = FEEL_SPACED_FUNCTION.matcher(QUOTED.matcher(expression).replaceAll("\"\"")).replaceAll("f(");
    Set<String> bound = new HashSet<>(FEEL_WORDS);
    Matcher binding = FEEL_BOUND.matcher(code);
    while (binding.find()) {
      bound.add(binding.group(1));
    }
    List<String> read = new ArrayList<>();
    Matcher name = IDENTIFIER.matcher(code);
    while (name.find()) {
      String rest = code.substring(name.end()).stripLeading();
      if (rest.startsWith(":")) {
        bound.add(name.group());
      } else if (!rest.startsWith("(")) {
        read.add(name.group());
      }
    }
    read.stream().filter(variable -> !bound.contains(variable)).forEach(names::add);
  }

  private static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i).getNodeType() == Node.TEXT_NODE || children.item(i).getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(children.item(i).getNodeValue());
      }
    }
    return text.toString();
  }

  private static Element xml(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  private static void forEachElement(Element element, java.util.function.Consumer<Element> action) {
    action.accept(element);
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        forEachElement(child, action);
      }
    }
  }

  // ---- the string literals in src/main/java, outside comments, with where they stand

  record Literal(String text, String place) {
    String file() {
      return place.substring(0, place.lastIndexOf(':'));
    }
  }

  static List<Literal> literalsInMain() {
    List<Literal> literals = new ArrayList<>();
    javaSources().forEach(file -> literals.addAll(literals(MAIN.relativize(file).toString().replace('\\', '/'),
        read(file))));
    return literals;
  }

  /** A small Java lexer: comments, character literals and text blocks are skipped; escapes are kept as written. */
  static List<Literal> literals(String file, String source) {
    List<Literal> literals = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2) + 2;
        line += count(source, i, end);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3) + 3;
        line += count(source, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (source.charAt(end) != c) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        if (c == '"') {
          literals.add(new Literal(source.substring(i + 1, end), file + ":" + line));
        }
        i = end + 1;
      } else {
        line += c == '\n' ? 1 : 0;
        i++;
      }
    }
    return literals;
  }

  private static int count(String source, int from, int to) {
    return (int) source.substring(from, to).chars().filter(ch -> ch == '\n').count();
  }

  private static List<Path> javaSources() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
