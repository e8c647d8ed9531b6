package org.pilotgate.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A witness on disk: one JSON line per entry, only ever appended to, each batch forced to the disk
 * before it counts. A crash can leave a last line half-written; opening the file cuts it off, and the
 * next catch-up writes that entry again.
 */
final class WitnessFile implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WitnessFile.class);
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectReader ENTRY = JSON.readerFor(WitnessedEntry.class);

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;
  private long entries;
  private WitnessedEntry last;
  private List<WitnessedEntry> readAtOpening;

  private WitnessFile(Path path, FileChannel channel, FileLock lock) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
  }

  /** Opens (or creates) the witness at {@code path} for this process alone. */
  static WitnessFile open(Path path, String setting) throws IOException {
    Files.createDirectories(path.toAbsolutePath().getParent());
    FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IllegalStateException("The audit chain witness " + path + " is in use by another node: give each node "
          + "a witness file of its own (" + setting + ")");
    }
    WitnessFile file = new WitnessFile(path, channel, lock);
    List<WitnessedEntry> held;
    try {
      held = file.cutTornEnd();
    } catch (IOException | RuntimeException unreadable) {
      file.close();
      throw unreadable;
    }
    file.entries = held.size();
    file.last = held.isEmpty() ? null : held.get(held.size() - 1);
    file.readAtOpening = held;
    return file;
  }

  /** Every complete entry in the file, in the order written. */
  static List<WitnessedEntry> read(Path path) throws IOException {
    List<WitnessedEntry> entries = new ArrayList<>();
    readInto(path, entries);
    return entries;
  }

  /** Reads the file and cuts off a last line the writer did not finish; answers its entries. */
  private List<WitnessedEntry> cutTornEnd() throws IOException {
    List<WitnessedEntry> entries = new ArrayList<>();
    long complete = readInto(path, entries);
    if (complete < channel.size()) {
      LOG.warn("The audit chain witness {} ended in a line left half-written (a crash while appending): cut off; "
          + "the next catch-up writes that entry again", path);
      channel.truncate(complete);
      channel.force(true);
    }
    channel.position(complete);
    return entries;
  }

  /** Adds the file's entries to {@code entries}; answers the length of its complete lines in bytes. */
  private static long readInto(Path path, List<WitnessedEntry> entries) throws IOException {
    long complete = 0;
    long position = 0;
    byte[] buffer = new byte[1 << 16];
    ByteArrayOutputStream lineBegun = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(path)) {
      for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
        int start = 0;
        for (int i = 0; i < read; i++) {
          if (buffer[i] != '\n') {
            continue;
          }
          if (lineBegun.size() == 0) {
            parse(buffer, start, i - start, path, position + i).ifPresent(entries::add);
          } else {
            lineBegun.write(buffer, start, i - start);
            parse(lineBegun.toByteArray(), 0, lineBegun.size(), path, position + i).ifPresent(entries::add);
            lineBegun.reset();
          }
          start = i + 1;
          complete = position + start;
        }
        lineBegun.write(buffer, start, read - start);
        position += read;
      }
    }
    return complete;
  }

  private static Optional<WitnessedEntry> parse(byte[] bytes, int offset, int length, Path path, long end) {
    try {
      return Optional.of(ENTRY.readValue(bytes, offset, length));
    } catch (IOException unreadable) {
      LOG.warn("The audit chain witness {} has a line it cannot read, ending at byte {}: left out", path, end);
      return Optional.empty();
    }
  }

  /**
   * The entries read when the file was opened, handed over once (and then forgotten), so that a
   * comparison right after opening need not read the file again.
   */
  List<WitnessedEntry> takeEntriesReadAtOpening() throws IOException {
    List<WitnessedEntry> taken = readAtOpening == null ? read(path) : readAtOpening;
    readAtOpening = null;
    return taken;
  }

  /** Appends the entries and forces them to the disk. */
  void append(List<WitnessedEntry> added) {
    if (added.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    try {
      for (WitnessedEntry entry : added) {
        lines.append(JSON.writeValueAsString(entry)).append('\n');
      }
      ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not append to the audit chain witness " + path, e);
    }
    entries += added.size();
    last = added.get(added.size() - 1);
    readAtOpening = null;
  }

  Path path() {
    return path;
  }

  long entries() {
    return entries;
  }

  /** The newest entry witnessed, or null when none is. */
  WitnessedEntry last() {
    return last;
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
