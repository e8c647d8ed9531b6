package org.pilotgate.security;

import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One sign-in for everything: Spring Security signs people in (a login page) and API clients
 * (HTTP Basic on the engine REST API), and Camunda's webapps and engine take the signed-in user
 * from it, so nobody signs in twice and the engine knows who did what. The published library
 * (its API, feed and export), the description of that API and the partner register's open data
 * (organisations, never contacts) are the only things open to everyone.
 */
@Configuration
class SecurityConfig {

  static final String ENGINE_REST = "/engine-rest/**";
  static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/default/logout";

  /**
   * The engine REST API: HTTP Basic on every request, no session, no CSRF token (no cookie to forge).
   * What a caller may change is {@link EngineApiWriteRule}'s list.
   */
  @Bean
  @Order(1)
  SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
    return http
        .securityMatcher(path(ENGINE_REST))
        .authorizeHttpRequests(requests -> requests
            .anyRequest().access(new EngineApiWriteRule()))
        .httpBasic(basic -> basic.authenticationEntryPoint(new EngineApiRefusal()))
        .exceptionHandling(errors -> errors.accessDeniedHandler(new EngineApiRefusal())
            .authenticationEntryPoint(new EngineApiRefusal()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** Pages, webapps and PilotGate's own API. */
  @Bean
  @Order(2)
  SecurityFilterChain pagesAndWebapps(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path("/api/library/**"), path("/v3/api-docs/**"), path("/swagger-ui/**"),
                path("/swagger-ui.html"), path(SignInPage.PATH), path("/error"), path("/favicon.ico"),
                get("/library/**"), get("/webjars/govuk-frontend/**"), get("/actuator/health/**"),
                get("/api/partners/open-data.json"), get("/api/partners/open-data.csv"))
            .permitAll()
            .requestMatchers(get("/actuator/prometheus")).hasAnyAuthority(
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.ADMINS,
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.MONITORING)
            .requestMatchers(path("/actuator/**")).denyAll()
            // Camunda's own login and first-admin setup would bypass this sign-in: closed.
            .requestMatchers(path("/camunda/api/admin/auth/user/*/login/**"), path("/camunda/api/admin/setup/**")).denyAll()
            // the audit pages and API, for auditors and operators
            .requestMatchers(path("/audit/**"), path("/api/audit/**")).hasAnyAuthority(
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.AUDITORS,
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.ADMINS)
            // the demo's fast path (only in the demo profile): managers and operators move timers on
            .requestMatchers(path("/demo/**")).hasAnyAuthority(
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.MANAGERS,
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.ADMINS)
            // PilotGate's own operator pages and API (e.g. the followed peer libraries)
            .requestMatchers(path("/admin/**"), path("/api/admin/**"))
                .hasAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.ADMINS)
            // the partner register: champions and administrators change it (the pages check it too), all staff read it
            .requestMatchers(get("/partners/new"), get("/partners/*/edit"), get("/partners/import"),
                post("/partners"), post("/partners/**")).hasAnyAuthority(
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.CHAMPIONS,
                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.ADMINS)
            .requestMatchers(path("/partners"), path("/partners/**")).authenticated()
            // "My pilots", for everyone signed in: each pilot's page checks who may read that pilot
            .requestMatchers(path("/pilots"), path("/pilots/**")).authenticated()
            // the webapps' engine API: the same changes as the REST API
            .requestMatchers(EngineApiWriteRule.ENGINE_API).access(new EngineApiWriteRule())
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage(SignInPage.PATH).failureUrl(SignInPage.FAILED)
            .successHandler(new LandingPage()))
        .httpBasic(Customizer.withDefaults())
        // Signing out anywhere ends the one session and redirects to the login page, which says so. Also
        // for the webapps' "Log out", a script's POST to WEBAPP_LOGOUT (which by Spring's default for
        // such requests would get a bare 204): the browser follows the redirect, and the webapps' script
        // pilotgate-sign-out.js (webapp/) then goes where it led.
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(post("/logout"), post(WEBAPP_LOGOUT)))
            .logoutSuccessHandler(signedOut()))
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                new OrRequestMatcher(path("/camunda/api/**"), path("/actuator/**")))
            .defaultAccessDeniedHandlerFor(new EngineApiRefusal(), EngineApiWriteRule.ENGINE_API))
        // Camunda's webapps carry their own CSRF filter; a second token here breaks them.
        .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/api/**")))
        // the webapps frame their own pages; HSTS and nosniff are Spring's defaults
        .headers(headers -> headers.frameOptions(frames -> frames.sameOrigin()))
        .build();
  }

  private static LogoutSuccessHandler signedOut() {
    SimpleUrlLogoutSuccessHandler redirect = new SimpleUrlLogoutSuccessHandler();
    redirect.setDefaultTargetUrl(SignInPage.SIGNED_OUT);
    redirect.setAlwaysUseDefaultTargetUrl(true);
    return redirect;
  }

  /** Hands the signed-in user to Camunda's webapps (Tasklist, Cockpit, Admin). */
  @Bean
  FilterRegistrationBean<Filter> webappSingleSignOn() {
    return camundaFilter(new ContainerBasedAuthenticationFilter(), "/camunda/app/*", "/camunda/api/*");
  }

  /** Hands the signed-in user and their groups to the engine on every REST call. */
  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    return camundaFilter(new ProcessEngineAuthenticationFilter(), "/engine-rest/*");
  }

  /** Matches the request path whichever servlet serves it: the engine REST API is Jersey, not Spring MVC. */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static RequestMatcher get(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern);
  }

  private static RequestMatcher post(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern);
  }

  private static FilterRegistrationBean<Filter> camundaFilter(Filter filter, String... urlPatterns) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns(urlPatterns);
    // just after Spring Security's chain, which must have signed the user in first
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}
