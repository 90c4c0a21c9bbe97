#!/usr/bin/env bash
# Runs every benchmark once (BenchmarkDotNet dry job, in process) so benchmarks never rot. Measures nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
dotnet run -c Release --project benchmarks/Leads.Sdk.Benchmarks -- --smoke > artifacts/benchmark-smoke.log 2>&1 || {
  tail -50 artifacts/benchmark-smoke.log
  exit 1
}
echo "Benchmark smoke run: OK"
