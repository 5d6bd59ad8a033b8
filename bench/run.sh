#!/usr/bin/env bash
# Runs every benchmark and prints the figures (see bench/RESULTS.md for the last recorded run).
# Not part of CI: it takes minutes and wants a quiet machine. Needs wrk (Debian package "wrk").
#   bench/run.sh [ROWS] [SECONDS]    defaults: 1000000 rows, 15 s per load test; ROWS 0 skips the
#                                    roster part (import, lookups, name search)
# The 6 million ASN import alone: java ... id.netral.bench.RosterBench 6000000 0
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)"; exit 2; }
mvn -B -q -DskipTests install
cp="bench/target/classes:bench/target/lib/*"
mkdir -p bench/out
echo "== Start-up and memory: each service alone and all four, against a minimal Quarkus app (bench/minimal-app)"
java -Dnetral.root="$root" -Djava.util.logging.config.file=/dev/null -cp "$cp" id.netral.bench.StartupBench 3
echo "== Classification over HTTP (also saves the served catalog for the in-process benchmark)"
java -Dnetral.root="$root" -Djava.util.logging.config.file=/dev/null -cp "$cp" id.netral.bench.SuiteBench "${2:-15}"
if [ "${1:-1000000}" != 0 ]; then
  echo "== roster: import, account lookups, batch lookups, name search"
  java -Dnetral.root="$root" -Djava.util.logging.config.file=/dev/null -cp "$cp" id.netral.bench.RosterBench "${1:-1000000}" "${2:-15}"
fi
echo "== In-process classifier (JMH, one thread)"
java -cp "$cp" org.openjdk.jmh.Main ClassifierBenchmark -rf json -rff bench/out/jmh.json | tail -4
echo "== notification-service: webhook deliveries and a broadcast to a large audience"
java -Dnetral.root="$root" -Djava.util.logging.config.file=/dev/null -cp "$cp" id.netral.bench.NotificationBench "${NETRAL_BENCH_EVENTS:-20000}" "${NETRAL_BENCH_RECIPIENTS:-100000}"
echo "== case-service: intake under load (roster and rules calls, audit and outbox), nothing lost"
java -Dnetral.root="$root" -Djava.util.logging.config.file=/dev/null -cp "$cp" id.netral.bench.CaseBench "${2:-15}"
