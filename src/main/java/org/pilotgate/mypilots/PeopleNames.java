package org.pilotgate.mypilots;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** People's names as the pages show them ("Mia Manager"), from Camunda's users, in one query. */
@Component
class PeopleNames {

  private final IdentityService identity;

  PeopleNames(IdentityService identity) {
    this.identity = identity;
  }

  /** Each user id's full name; an id without a user (removed since) is left out. */
  Map<String, String> of(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return identity.createUserQuery().userIdIn(userIds.stream().distinct().toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(User::getId, PeopleNames::fullName));
  }

  private static String fullName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
