#!/usr/bin/env bash
# Copies the Spark jobs' dependencies that the apache/spark image does not hold into
# target/spark-jars/ (the Kafka source, the MongoDB driver, H3, the trips kernel and the local file
# system both jobs use, data prep's own jar, which its CronJob runs, and the Prometheus client of
# the worker's /metrics),
# for images/spark.Containerfile. Run from the repository root after a build.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/spark-jars
rm -rf "$out" && mkdir -p "$out"
mvn -q -s .mvn/settings.xml -f worker/pom.xml dependency:copy-dependencies \
  -DoutputDirectory="$PWD/$out" \
  -DincludeArtifactIds=spark-sql-kafka-0-10_2.13,spark-token-provider-kafka-0-10_2.13,kafka-clients,commons-pool2,mongodb-driver-sync,mongodb-driver-core,bson,bson-record-codec,h3,cab-portal-trips,cab-portal-sparkfs,prometheus-metrics-core,prometheus-metrics-model,prometheus-metrics-config,prometheus-metrics-tracer-initializer,prometheus-metrics-tracer-common,prometheus-metrics-tracer-otel,prometheus-metrics-tracer-otel-agent,prometheus-metrics-exporter-httpserver,prometheus-metrics-exporter-common,prometheus-metrics-exposition-textformats,prometheus-metrics-exposition-formats,prometheus-metrics-instrumentation-jvm
cp data-prep/target/cab-portal-data-prep-0.1.0-SNAPSHOT.jar "$out"/
ls "$out"
