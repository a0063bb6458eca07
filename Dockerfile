# syntax=docker/dockerfile:1

# ---- build stage ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies first, so they stay cached while only the sources change.
# go-offline cannot resolve everything (e.g. some plugin deps); the package step fetches the rest.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline || true

COPY src/ src/
COPY processes/ processes/
COPY forms/ forms/
RUN mvn -B -DskipTests package

# ---- runtime stage ----
FROM eclipse-temurin:17-jre

# Fixed uid/gid so volume ownership is predictable across rebuilds.
RUN groupadd --system --gid 10001 carepath \
 && useradd --system --uid 10001 --gid carepath --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin carepath

WORKDIR /app
# /app is owned by carepath so the default (demo) profile can still create its H2 files under ./data;
# the postgres profile used by docker-compose writes nothing here.
RUN chown carepath:carepath /app

# "carepath-*.jar" matches the fat jar only; the pattern must match the whole name,
# so target/carepath-0.1.0-SNAPSHOT.jar.original is not picked up.
COPY --from=build /build/target/carepath-*.jar /app/carepath.jar

EXPOSE 8080
USER carepath
ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-jar","/app/carepath.jar"]
