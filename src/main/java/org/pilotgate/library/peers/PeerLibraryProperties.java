package org.pilotgate.library.peers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The peer councils' libraries this council follows, under {@code pilotgate.library.*}.
 *
 * @param peers the libraries to import from, e.g. {@code pilotgate.library.peers[0].url=https://pilotgate.example.gov.uk}
 * @param peerImportInterval how often each peer is asked for new reports (ISO-8601 or e.g. {@code 5m})
 * @param peerConnectTimeout how long to wait for a peer to accept the connection
 * @param peerRequestTimeout how long one request to a peer may take, from connecting to the last byte
 * @param peerMaxBackoff the longest wait before trying a failing peer again
 * @param peerPageSize how many reports to ask for in one request
 */
@ConfigurationProperties("pilotgate.library")
@Validated
public record PeerLibraryProperties(
    @DefaultValue List<@Valid Peer> peers,
    @DefaultValue("PT5M") Duration peerImportInterval,
    @DefaultValue("PT5S") Duration peerConnectTimeout,
    @DefaultValue("PT20S") Duration peerRequestTimeout,
    @DefaultValue("PT6H") Duration peerMaxBackoff,
    @DefaultValue("100") @Min(1) @Max(500) int peerPageSize) {

  public PeerLibraryProperties {
    peers = peers == null ? List.of() : List.copyOf(peers);
    requirePositive("peer-import-interval", peerImportInterval);
    requirePositive("peer-connect-timeout", peerConnectTimeout);
    requirePositive("peer-request-timeout", peerRequestTimeout);
    requirePositive("peer-max-backoff", peerMaxBackoff);
  }

  /**
   * A peer council's PilotGate.
   *
   * @param url its base URL, e.g. {@code https://pilotgate.bristol.gov.uk}; its reports are stored with this origin
   * @param name what to call it on the status page (optional); with {@code council}, also the name its
   *     reports show in the library's pages and feed ({@link PeerCouncilNames})
   * @param council the council code its reports must carry (optional): other reports from it are refused
   */
  public record Peer(
      @NotBlank @Size(max = 300) @Pattern(regexp = "https?://[^\\s?#]+", message = "must be an http(s) URL")
      String url,
      String name,
      String council) {

    /** The base URL without a trailing slash: the peer's key and the origin of its reports. */
    public String baseUrl() {
      String trimmed = url.trim();
      while (trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      return trimmed;
    }

    public String displayName() {
      return name == null || name.isBlank() ? baseUrl() : name;
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("pilotgate.library." + name + " must be a positive duration");
    }
  }
}
