package org.pilotgate.mypilots;

import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.pilotgate.security.Groups;

/** The signed-in person looking at pilots, with their Camunda groups as the engine knows them. */
record Viewer(String userId, Set<String> groups) {

  static Viewer of(String userId, IdentityService identity) {
    return new Viewer(userId, identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toUnmodifiableSet()));
  }

  boolean isManager() {
    return groups.contains(Groups.MANAGERS);
  }

  /** Managers decide on any pilot, auditors and operators read them all: each may open any pilot's page. */
  boolean readsEveryPilot() {
    return isManager() || groups.contains(Groups.AUDITORS) || groups.contains(Groups.ADMINS);
  }

  /** Whether a task offered to these groups (unassigned) waits for this person. */
  boolean inAnyOf(Set<String> candidateGroups) {
    return !Collections.disjoint(groups, candidateGroups);
  }
}
