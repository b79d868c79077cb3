# One of the three applications on the local Java runtime (docker-compose.podman.yml): the same
# layout, user (185) and options as src/main/docker/Dockerfile.jvm, whose upstream base image
# cannot be pulled on machines without a registry. Build context: the module's directory.
ARG JRE_IMAGE=localhost/rehab-jre:bookworm
FROM ${JRE_IMAGE}
ARG APP_PORT=8080

COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 target/quarkus-app/*.jar /deployments/
COPY --chown=185 target/quarkus-app/app/ /deployments/app/
COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE ${APP_PORT}
USER 185
WORKDIR /deployments
ENV HOME=/deployments LANGUAGE='en_US:en'
ENV MALLOC_ARENA_MAX=2
ENV JAVA_OPTS="-Xmx128m -XX:+UseSerialGC -Xss512k -XX:TrimNativeHeapInterval=5000 -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar"]
