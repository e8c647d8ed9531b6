# PilotGate container image: builds the Spring Boot jar with Maven, runs it on a Java 17 JRE.
#
# NOT BUILT YET: the development machine has no Docker engine, so this file has only been read
# and linted, never built. Usually started by docker-compose.yml (docker compose up --build);
# on its own, with an existing PostgreSQL (see docs/postgresql.md):
#   docker build -t pilotgate .
#   docker run -p 8080:8080 -e PILOTGATE_DB_URL=jdbc:postgresql://HOST:5432/pilotgate \
#     -e PILOTGATE_DB_USER=pilotgate -e PILOTGATE_DB_PASSWORD=... \
#     -e PILOTGATE_ADMIN_ID=admin -e PILOTGATE_ADMIN_PASSWORD=... pilotgate
# Extra JVM options: set JAVA_TOOL_OPTIONS (the JVM reads it itself), e.g. -Xss512k.

# ---- build: the same Maven build as CI (.ci/run), without the tests --------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies first, in their own layer: it is rebuilt only when pom.xml changes.
COPY pom.xml ./
RUN mvn -B dependency:go-offline

# Then the sources. The pom packs bpmn/, forms/ and the JSON Schemas in docs/ into the jar next to
# src/main/resources.
COPY src ./src
COPY bpmn ./bpmn
COPY forms ./forms
COPY docs/*.schema.json ./docs/
# The jar is unpacked into the application and its libraries (Spring Boot's "extract"): it starts
# about 3 s sooner than the packed jar, which reads every class from a jar inside the jar
# (docs/operations.md, "Start-up").
RUN mvn -B -Dmaven.test.skip=true package \
 && cp target/pilotgate-*.jar /build/pilotgate.jar \
 && java -Djarmode=tools -jar /build/pilotgate.jar extract --destination /build/app

# ---- runtime: JRE only, unprivileged user ----------------------------------------------------
FROM eclipse-temurin:17-jre

# A system user without a login shell or home. /app/data is writable for it: the node's audit chain
# witness (mount a volume there to keep it across containers; docs/operations.md, "Backup and restore"),
# and for a trial run with SPRING_PROFILES_ACTIVE=demo the H2 file database.
RUN groupadd --system pilotgate \
 && useradd --system --gid pilotgate --no-create-home --shell /usr/sbin/nologin pilotgate \
 && mkdir -p /app/data \
 && chown pilotgate:pilotgate /app/data

WORKDIR /app
# the libraries change less often than the application: their own layer
COPY --from=build /build/app/lib /app/lib
COPY --from=build /build/app/pilotgate.jar /app/pilotgate.jar

# A class-data-sharing archive: a training run as the image is built loads and links the classes a
# start needs (on the demo profile and an in-memory database, as there is no database here; most
# classes are the same) and writes them to one file the JVM maps at start-up instead of reading,
# verifying and linking them one by one (docs/operations.md, "Start-up"). An archive that does not
# match the JVM or the class path is ignored with a warning, never fatal.
RUN SPRING_PROFILES_ACTIVE=demo java -XX:ArchiveClassesAtExit=/app/pilotgate.jsa -Dspring.context.exit=onRefresh \
      -jar /app/pilotgate.jar --spring.datasource.url=jdbc:h2:mem:training --server.port=0 \
      --pilotgate.library.index-dir=/tmp/training-index \
      --pilotgate.audit.witness-file=/tmp/training-index/audit-witness.jsonl \
 && rm -rf /tmp/training-index

# Production by default: no demo users, the first administrator and the database come from the
# environment (PILOTGATE_ADMIN_ID/_PASSWORD, PILOTGATE_DB_URL/_USER/_PASSWORD); without the
# administrator PilotGate refuses to start.
ENV SPRING_PROFILES_ACTIVE=prod,postgres

USER pilotgate
EXPOSE 8080

# Readiness answers 200 once the application, the process engine and the database are up. Asked
# with bash's /dev/tcp, so the check needs no tool the JRE image may lack (curl, wget). Camunda's
# first start on an empty database takes a while, hence the long start period.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# Heap at most 75% of the container's memory limit; a JVM out of memory exits and the
# container's restart policy starts a fresh one.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/pilotgate.jsa", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", \
  "-jar", "/app/pilotgate.jar"]
