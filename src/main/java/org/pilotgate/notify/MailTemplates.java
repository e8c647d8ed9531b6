package org.pilotgate.notify;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders templates/mail/{name}.txt and .html, the two parts of every mail. */
@Component
class MailTemplates {

  /** A mail's plain-text and HTML bodies. */
  record Body(String text, String html) {}

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setCharacterEncoding("UTF-8");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
    engine.setTemplateResolver(resolver);
  }

  Body render(String template, Map<String, Object> values) {
    Context context = new Context();
    context.setVariables(values);
    return new Body(engine.process(template + ".txt", context), engine.process(template + ".html", context));
  }
}
