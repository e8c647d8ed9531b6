package org.pilotgate.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure PilotGate's groups and {@link AccessRules} exist at start-up. Safe to repeat: a grant
 * that exists gains only permissions PilotGate grants and has lost, so a restart never duplicates
 * or widens anything.
 */
@Component
class AuthorizationSetup {

  private final AuthorizationService authorizations;
  private final IdentityService identity;

  AuthorizationSetup(AuthorizationService authorizations, IdentityService identity) {
    this.authorizations = authorizations;
    this.identity = identity;
  }

  static final int ORDER = 0;

  @EventListener(ApplicationStartedEvent.class)
  @Order(ORDER)
  void ensureGroupsAndGrants() {
    Groups.ALL.forEach(this::ensureGroup);
    AccessRules.grants().forEach(this::ensure);
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(Groups.ADMINS.equals(id) ? "SYSTEM" : "WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private void ensure(AccessRules.Grant grant) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(grant.group())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
    Authorization authorization = existing != null ? existing : newGrant(grant);
    if (existing != null && grant.permissions().stream().allMatch(existing::isPermissionGranted)) {
      return;
    }
    grant.permissions().forEach(authorization::addPermission);
    authorizations.saveAuthorization(authorization);
  }

  private Authorization newGrant(AccessRules.Grant grant) {
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(grant.group());
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    return authorization;
  }
}
