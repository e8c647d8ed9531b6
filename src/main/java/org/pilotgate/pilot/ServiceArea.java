package org.pilotgate.pilot;

/** The fixed taxonomy of council service areas a pilot belongs to. */
public enum ServiceArea {
  ADULT_SOCIAL_CARE,
  CHILDRENS_SERVICES,
  HOUSING,
  WASTE_AND_RECYCLING,
  TRANSPORT,
  PUBLIC_HEALTH,
  REVENUES_AND_BENEFITS,
  CUSTOMER_SERVICES,
  PLANNING,
  COMMUNITY_SAFETY,
  ENVIRONMENT,
  OTHER
}
