package org.pilotgate.notify;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** People's addresses from Camunda's identity service; a person without one is skipped. */
@Component
class Recipients {

  private static final Logger LOG = LoggerFactory.getLogger(Recipients.class);

  private final IdentityService identity;

  Recipients(IdentityService identity) {
    this.identity = identity;
  }

  Optional<Recipient> user(String userId) {
    User user = unrestricted(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      LOG.info("No mail to {}: no such user", userId);
      return Optional.empty();
    }
    return withAddress(user);
  }

  List<Recipient> membersOf(String groupId) {
    return unrestricted(() -> identity.createUserQuery().memberOfGroup(groupId).list()).stream()
        .map(this::withAddress).flatMap(Optional::stream).toList();
  }

  private Optional<Recipient> withAddress(User user) {
    if (user.getEmail() == null || user.getEmail().isBlank()) {
      LOG.info("No mail to {}: they have no e-mail address", user.getId());
      return Optional.empty();
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return Optional.of(new Recipient(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail()));
  }

  /**
   * Inside a process step the signed-in person (an officer, say) may not read other users; telling
   * a manager about a task must not depend on that.
   */
  private static <T> T unrestricted(Supplier<T> query) {
    CommandContext step = Context.getCommandContext();
    return step == null ? query.get() : step.runWithoutAuthorization(query::get);
  }
}
