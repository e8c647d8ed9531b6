package org.pilotgate.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;

/**
 * The Spring beans that expressions may use: those named in the models PilotGate ships (such as
 * {@code ${proposePilot}} or {@code ${decisionDeadlines.review()}}), found when the engine starts so
 * the list cannot drift from the models. A model deployed later that names any other bean
 * ({@code ${dataSource}}) finds nothing by that name. Beans are looked up when first used: the
 * engine is built before them.
 */
final class ModelBeans extends AbstractMap<Object, Object> {

  private static final Logger LOG = LoggerFactory.getLogger(ModelBeans.class);
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern TEXT_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  /** A name at the start of a path, not a property or method after a dot. */
  private static final Pattern FIRST_NAME = Pattern.compile("(?<![\\w$.])[A-Za-z_$][\\w$]*");

  private final ApplicationContext context;
  private final Set<String> names;

  private ModelBeans(ApplicationContext context, Set<String> names) {
    this.context = context;
    this.names = names;
  }

  static ModelBeans namedIn(ApplicationContext context, String modelPattern) {
    Set<String> names = namesInExpressions(context, modelPattern).stream()
        .filter(context::containsBean)
        .collect(Collectors.toCollection(TreeSet::new));
    LOG.info("Expressions may use these beans, named in {}: {}", modelPattern, names);
    return new ModelBeans(context, names);
  }

  @Override
  public boolean containsKey(Object name) {
    return names.contains(name);
  }

  @Override
  public Object get(Object name) {
    return names.contains(name) ? context.getBean((String) name) : null;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    return names.stream().<Entry<Object, Object>>map(name -> new SimpleImmutableEntry<>(name, get(name)))
        .collect(Collectors.toSet());
  }

  private static Set<String> namesInExpressions(ApplicationContext context, String modelPattern) {
    Set<String> names = new TreeSet<>();
    try {
      for (Resource model : context.getResources(modelPattern)) {
        try (InputStream in = model.getInputStream()) {
          Matcher expression = EXPRESSION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          while (expression.find()) {
            FIRST_NAME.matcher(TEXT_LITERAL.matcher(expression.group(1)).replaceAll("''")).results()
                .forEach(name -> names.add(name.group()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the models under " + modelPattern, e);
    }
    return names;
  }
}
