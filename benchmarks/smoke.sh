#!/usr/bin/env bash
# Runs every benchmark once (BenchmarkDotNet dry job, in process) so benchmarks never rot. Measures nothing.
# The end-to-end cases start the emulator host (samples/Leads.Sdk.Emulator.Host, built by the benchmark project) in a
# separate process and kill it after each benchmark; the host also exits by itself when this run's process goes away.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
dotnet run -c Release --project benchmarks/Leads.Sdk.Benchmarks -- --smoke > artifacts/benchmark-smoke.log 2>&1 || {
  tail -50 artifacts/benchmark-smoke.log
  exit 1
}
echo "Benchmark smoke run: OK"
